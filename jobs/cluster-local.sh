#!/usr/bin/env bash
# Starts a real Spark standalone cluster on this machine (a Master and two Workers on 127.0.0.1, built from the
# Maven-resolved Spark jars), submits the job's shaded jar to it with spark-submit, and stops the cluster again.
#   jobs/cluster-local.sh run --input DIR --output DIR --snapshot-date YYYY-MM-DD [--config FILE]
#   jobs/cluster-local.sh <any trust-score subcommand and options>
# Paths must be absolute (or any Hadoop URI): the executors run in other processes and directories.
# Environment: CLUSTER_WORKERS (2), WORKER_CORES (1), WORKER_MEMORY (2g), EXECUTOR_MEMORY (1g), DRIVER_HEAP (2g),
#   SHUFFLE_PARTITIONS (8), CLUSTER_DIR (target/cluster-local: logs and worker dirs), TRUST_SCORE_BUYER_KEY.
# REST submission is disabled and every UI binds to 127.0.0.1. The Master's and the Workers' logs are kept in
# CLUSTER_DIR/logs; the exit code is the job's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
workers="${CLUSTER_WORKERS:-2}"
worker_cores="${WORKER_CORES:-1}"
worker_memory="${WORKER_MEMORY:-2g}"
executor_memory="${EXECUTOR_MEMORY:-1g}"
cluster_dir="${CLUSTER_DIR:-$root/target/cluster-local}"
spark_home="$root/target/spark-home"
jar="$root/target/seller-trust-0.1.0-cluster.jar"

"$here/lib/classpath.sh" > /dev/null   # builds the jars if sources changed
if [[ ! -f "$spark_home/jars/.complete" || "$root/pom.xml" -nt "$spark_home/jars/.complete" ]]; then
  echo "copying Spark's jars (provided scope) to $spark_home/jars ..." >&2
  rm -rf "$spark_home/jars"
  (cd "$root" && mvn -q -B dependency:copy-dependencies -DincludeScope=provided \
    -DoutputDirectory="$spark_home/jars" >&2)
  touch "$spark_home/jars/.complete"
fi
[[ -f "$jar" ]] || { echo "missing $jar (mvn package builds it)" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

mapfile -t jvm_opts < "$here/lib/spark-jvm-options.txt"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
mkdir -p "$cluster_dir/logs"
log4j="-Dlog4j2.configurationFile=$here/lib/log4j2.properties"
daemon_log4j="-Dlog4j2.configurationFile=$here/lib/log4j2-daemons.properties"
pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_cluster EXIT

master_port="$(free_port)"
master_ui="$(free_port)"
master="spark://127.0.0.1:$master_port"
java -Xmx512m "${jvm_opts[@]}" "$daemon_log4j" -Dspark.master.rest.enabled=false -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" \
  > "$cluster_dir/logs/master.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 60); do
  grep -q "I have been elected leader" "$cluster_dir/logs/master.log" 2>/dev/null && break
  sleep 1
done
grep -q "I have been elected leader" "$cluster_dir/logs/master.log" \
  || { echo "the Spark master did not start; see $cluster_dir/logs/master.log" >&2; exit 1; }

for i in $(seq 1 "$workers"); do
  mkdir -p "$cluster_dir/worker-$i"
  worker_ui="$(free_port)"
  java -Xmx512m "${jvm_opts[@]}" "$daemon_log4j" -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port "$worker_ui" --cores "$worker_cores" --memory "$worker_memory" \
    --work-dir "$cluster_dir/worker-$i" "$master" > "$cluster_dir/logs/worker-$i.log" 2>&1 &
  pids+=("$!")
done
for _ in $(seq 1 60); do
  n="$(cat "$cluster_dir"/logs/worker-*.log 2>/dev/null | grep -c "Successfully registered with master" || true)"
  [[ "$n" -ge "$workers" ]] && break
  sleep 1
done
[[ "${n:-0}" -ge "$workers" ]] || { echo "only ${n:-0} of $workers workers registered; see $cluster_dir/logs" >&2; exit 1; }
echo "standalone cluster up: $master, $workers workers x $worker_cores core(s), master UI http://127.0.0.1:$master_ui" >&2

status=0
java -Xmx"${DRIVER_HEAP:-2g}" "${jvm_opts[@]}" "$log4j" -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client \
  --class dev.sellertrust.cli.TrustScoreCli \
  --name seller-trust \
  --executor-memory "$executor_memory" \
  --total-executor-cores "$(( workers * worker_cores ))" \
  --conf spark.driver.host=127.0.0.1 \
  --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.ui.port=0 \
  --conf spark.sql.shuffle.partitions="${SHUFFLE_PARTITIONS:-8}" \
  "$jar" "$@" || status=$?
exit "$status"
