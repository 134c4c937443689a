#!/usr/bin/env bash
# Builds the project on first use (or when sources changed) and prints the local-mode classpath:
# the job's classes plus Spark and every other dependency, including the 'provided' ones.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/target/seller-trust-0.1.0.jar"
cp_file="$root/target/local-classpath.txt"
stale=""
if [[ ! -f "$jar" || ! -f "$cp_file" ]]; then
  stale=yes
elif [[ -n "$(find "$root/src/main" "$root/pom.xml" "$root/jobs/config" -newer "$jar" -type f -print -quit)" ]]; then
  stale=yes
fi
if [[ -n "$stale" ]]; then
  echo "building seller-trust (first use or sources changed) ..." >&2
  (cd "$root" && mvn -q -B -DskipTests package >&2 \
    && mvn -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$cp_file" >&2)
fi
printf '%s:%s\n' "$jar" "$(cat "$cp_file")"
