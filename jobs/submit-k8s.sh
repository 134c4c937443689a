#!/usr/bin/env bash
# Example: the job on Kubernetes (cluster deploy mode), inputs and outputs on object storage.
#   jobs/submit-k8s.sh YYYY-MM-DD [--full]
# Needs: spark-submit of Spark 4.1 (Scala 2.13), a kubeconfig for the target cluster, and an image built from Spark's
# docker-image-tool.sh (spark:4.1.3-scala2.13-java17) with the shaded jar and the config copied in, e.g.
#   FROM apache/spark:4.1.3-scala2.13-java17-ubuntu
#   COPY target/seller-trust-0.1.0-cluster.jar /opt/seller-trust/seller-trust.jar
#   COPY my-config.json /opt/seller-trust/config.json
# plus the hadoop-aws jar matching Spark's Hadoop (3.4.2) if the data is on S3. The config is read from the image's
# local filesystem (the only local path the job reads); data paths are Hadoop URIs.
set -euo pipefail
snapshot="${1:?usage: submit-k8s.sh YYYY-MM-DD}"
api="${K8S_API:-https://kubernetes.example.internal:6443}"
image="${TRUST_SCORE_IMAGE:-registry.example.internal/seller-trust:0.1.0}"
namespace="${K8S_NAMESPACE:-seller-trust}"
# One input root for every day, datasets partitioned by date (<dataset>/date=YYYY-MM-DD/): daily runs then continue
# the previous day\'s state and read only the recent partitions (docs/INCREMENTAL.md).
input="${TRUST_SCORE_INPUT:-s3a://marketplace-lake/seller-trust/input}"
output="${TRUST_SCORE_OUTPUT:-s3a://marketplace-lake/seller-trust/output}"

# The buyer key comes from a Kubernetes secret (kubectl -n seller-trust create secret generic seller-trust-buyer-key
# --from-literal=key=...), never from the command line.
# spark.sellertrust.autoCodegen: a run whose input and state are each under 32 MB skips Spark's
# code generation, larger runs keep it (docs/CLUSTER.md); drop the line to leave code generation to the cluster.
exec spark-submit \
  --master "k8s://$api" \
  --deploy-mode cluster \
  --name "seller-trust-$snapshot" \
  --class dev.sellertrust.cli.TrustScoreCli \
  --driver-memory 2g \
  --executor-memory 4g \
  --conf spark.executor.instances=4 \
  --conf spark.executor.cores=4 \
  --conf spark.sellertrust.autoCodegen=true \
  --conf spark.kubernetes.namespace="$namespace" \
  --conf spark.kubernetes.container.image="$image" \
  --conf spark.kubernetes.authenticate.driver.serviceAccountName=seller-trust \
  --conf spark.kubernetes.driver.secretKeyRef.TRUST_SCORE_BUYER_KEY=seller-trust-buyer-key:key \
  --conf spark.hadoop.fs.s3a.aws.credentials.provider=software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider \
  --conf spark.hadoop.fs.s3a.path.style.access=false \
  "local:///opt/seller-trust/seller-trust.jar" run \
  --input "$input" \
  --output "$output" \
  --snapshot-date "$snapshot" \
  "${@:2}" \
  --config /opt/seller-trust/config.json
