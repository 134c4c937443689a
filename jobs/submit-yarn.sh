#!/usr/bin/env bash
# Example: the job on YARN (cluster deploy mode), inputs and outputs on object storage or HDFS.
#   jobs/submit-yarn.sh YYYY-MM-DD [--full]
# Needs: spark-submit of Spark 4.1 (Scala 2.13) on PATH, HADOOP_CONF_DIR pointing at the cluster's configuration,
# and the shaded jar (mvn -DskipTests package -> target/seller-trust-0.1.0-cluster.jar). Adapt the variables below.
# The config file is the only local path the job reads: in cluster mode the driver runs on a cluster node, so ship it
# with --files and pass its bare name (YARN puts shipped files in the driver's working directory).
set -euo pipefail
snapshot="${1:?usage: submit-yarn.sh YYYY-MM-DD}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${TRUST_SCORE_JAR:-$root/target/seller-trust-0.1.0-cluster.jar}"
config="${TRUST_SCORE_CONFIG:-$root/jobs/config/default.json}"
# One input root for every day, datasets partitioned by date (<dataset>/date=YYYY-MM-DD/): daily runs then continue
# the previous day\'s state and read only the recent partitions (docs/INCREMENTAL.md).
input="${TRUST_SCORE_INPUT:-s3a://marketplace-lake/seller-trust/input}"
output="${TRUST_SCORE_OUTPUT:-s3a://marketplace-lake/seller-trust/output}"
# The buyer-pseudonym key must be the same every day (pseudonyms stay stable): keep it in your secret store and export
# it before calling this script. It is only read by the driver.
: "${TRUST_SCORE_BUYER_KEY:?export TRUST_SCORE_BUYER_KEY (from your secret store)}"

# spark.sellertrust.autoCodegen: a run whose input and state are each under 32 MB skips Spark's
# code generation, larger runs keep it (docs/CLUSTER.md); drop the line to leave code generation to the cluster.
exec spark-submit \
  --master yarn \
  --deploy-mode cluster \
  --name "seller-trust $snapshot" \
  --queue "${YARN_QUEUE:-default}" \
  --class dev.sellertrust.cli.TrustScoreCli \
  --driver-memory 2g \
  --executor-memory 4g \
  --executor-cores 4 \
  --conf spark.dynamicAllocation.enabled=true \
  --conf spark.dynamicAllocation.shuffleTracking.enabled=true \
  --conf spark.dynamicAllocation.maxExecutors=20 \
  --conf spark.yarn.appMasterEnv.TRUST_SCORE_BUYER_KEY="$TRUST_SCORE_BUYER_KEY" \
  --conf spark.yarn.maxAppAttempts=1 \
  --conf spark.sellertrust.autoCodegen=true \
  --files "$config" \
  "$jar" run \
  --input "$input" \
  --output "$output" \
  --snapshot-date "$snapshot" \
  "${@:2}" \
  --config "$(basename "$config")"
