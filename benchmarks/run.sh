#!/usr/bin/env bash
# Builds and runs every benchmark, sized for a 2-core machine (about six minutes in all), writes
# JMH's JSON results to benchmarks/target/, and prints a table of the figures against their
# targets. Usage: benchmarks/run.sh   (JAVA_HOME selects the JDK; RUNS sets start-up repeats)
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target
runs=${RUNS:-15}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

echo "== build" >&2
./mvnw -B -q -Dmaven.test.skip=true -pl benchmarks,cli -am package >&2
jar=$out/benchmarks.jar
jmh() { "$java" -jar "$jar" "$@"; }

echo "== JMH: grading, analysis, queries (1 fork, 3 x 1 s warm-up, 5 x 1 s measured, 1 thread)" >&2
jmh 'GradeBenchmark|MegabyteBenchmark|AnalysisBenchmark|BankBenchmark\.(findById|selectFiltered|sampleFive)' \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 -prof gc -rf json -rff "$out/jmh-main.json" >&2
echo "== JMH: loading the bundled bank, warm" >&2
jmh 'BankBenchmark\.load' -bm avgt -f 1 -wi 5 -w 1s -i 5 -r 1s -rf json \
  -rff "$out/jmh-load-warm.json" >&2
echo "== JMH: loading the bundled bank, cold (single shot in 10 fresh JVMs)" >&2
jmh 'BankBenchmark\.load' -bm ss -f 10 -wi 0 -i 1 -rf json -rff "$out/jmh-load-cold.json" >&2

# Whole-process timings: the median of $runs runs after one discarded run.
median_ms() {
  local times=() t0 t1
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}

echo "== start-up: whole processes, median of $runs runs" >&2
{
  printf 'hello\t%s\n' "$(median_ms "$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.Hello)"
  printf 'jackson-only\t%s\n' "$(median_ms "$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.JacksonOnly)"
  printf 'load-and-grade\t%s\n' "$(median_ms "$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.LoadAndGrade)"
  ./interview-bank show cap-theorem >/dev/null   # builds the class-data archive once
  printf 'show-with-cds\t%s\n' "$(median_ms ./interview-bank show cap-theorem)"
  printf 'show-without-cds\t%s\n' "$(INTERVIEW_BANK_CDS=off median_ms ./interview-bank show cap-theorem)"
} > "$out/startup.tsv"

"$java" -cp "$jar" io.github.interviewbank.benchmarks.Report "$out" "$runs"
