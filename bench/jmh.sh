#!/usr/bin/env bash
# Builds the JMH benchmarks (benchmarks/) and runs them with short settings that suit a small
# machine: one fork, 2 warm-up and 3 measured iterations. Extra arguments go to JMH, e.g.
#   bench/jmh.sh ParseBenchmark -p chart=argo-cd
#   bench/jmh.sh -l                      # list the benchmarks
#   bench/jmh.sh Render -prof stack      # where the time goes
# The corpus is read from ../shared (or -Dcapstan.shared=DIR / CAPSTAN_SHARED).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/pom.xml "$root"/benchmarks/pom.xml "$root"/chart-engine/src/main "$root"/benchmarks/src -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package >&2)
fi
shared="${CAPSTAN_SHARED:-$root/../shared}"
[ -d "$shared/compat" ] || shared="$root/../../shared"
cd "$root"
exec java -Dcapstan.shared="$shared" -jar "$jar" -f 1 -wi 2 -i 3 -w 2 -r 2 "$@"
