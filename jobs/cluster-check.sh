#!/usr/bin/env bash
# CI step: runs the job on data/sample in local mode and on a real standalone cluster (jobs/cluster-local.sh), with the
# same buyer key, and checks that both published snapshots are equal table by table (CompareSnapshots: rows matched
# on their keys, doubles within a relative 1e-9). Exit 0 when they agree.
#   jobs/cluster-check.sh [WORK_DIR]      (default: a fresh temporary directory, removed on success)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$(mktemp -d /tmp/cluster-check.XXXXXX)}"
mkdir -p "$work"
snapshot=2026-11-28
export TRUST_SCORE_BUYER_KEY="${TRUST_SCORE_BUYER_KEY:-cluster-check-key}"
# Same shuffle partitioning in both modes, so that even floating-point sums are added in the same groups.
export SHUFFLE_PARTITIONS=4

"$here/lib/classpath.sh" > /dev/null
cp_file="$root/target/test-classpath.txt"
if [[ ! -f "$cp_file" || "$root/pom.xml" -nt "$cp_file" \
      || -n "$(find "$root/src/test/java/dev/sellertrust/bench" -newer "$cp_file" -type f -print -quit)" ]]; then
  (cd "$root" && mvn -q -B test-compile >&2 \
    && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2)
fi

start=$(date +%s)
echo "== local mode" >&2
"$here/trust-score" run --input "$root/data/sample" --output "$work/local" --snapshot-date "$snapshot" \
  > "$work/local.log" 2>&1 || { echo "local run failed, see $work/local.log" >&2; exit 1; }
echo "== standalone cluster" >&2
CLUSTER_DIR="$work/cluster-local" "$here/cluster-local.sh" run --input "$root/data/sample" \
  --output "$work/cluster" --snapshot-date "$snapshot" > "$work/cluster.log" 2>&1 \
  || { echo "cluster run failed, see $work/cluster.log and $work/cluster-local/logs" >&2; exit 1; }
grep -q "Registered app seller-trust" "$work/cluster-local/logs/master.log" \
  || { echo "the standalone master never saw the application, see $work/cluster-local/logs" >&2; exit 1; }
echo "== compare" >&2
java -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" dev.sellertrust.bench.CompareSnapshots \
  "$work/local" "$work/cluster" "$snapshot"
echo "cluster output equals local output ($(( $(date +%s) - start )) s)" >&2
if [[ $# -eq 0 ]]; then
  rm -rf "$work"
fi
