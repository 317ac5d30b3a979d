#!/usr/bin/env bash
# Builds and runs every benchmark, sized for a 2-core machine (about nine minutes in all), writes
# JMH's JSON results to benchmarks/target/, and prints a table of the figures against their
# targets. Usage: benchmarks/run.sh   (JAVA_HOME selects the JDK for JMH and the Java 17 start-up
# runs; JAVA25_HOME the Java 25 one, /usr/lib/jvm/temurin-25-jdk-amd64 by default; RUNS sets the
# start-up pairs, 15 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target
runs=${RUNS:-15}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

echo "== build" >&2
./mvnw -B -q -Dmaven.test.skip=true -pl benchmarks,cli -am package >&2
jar=$out/benchmarks.jar
jmh() { "$java" -jar "$jar" "$@"; }

# Grading and analysis warm up for five 2 s iterations: with three 1 s ones, the JIT was at times
# still compiling the grader into the measured iterations on two cores (a 100-word run rising
# from 28,000 to 90,000 grades/s, a 1 MB one falling from 114 to 29 ms, within one run).
echo "== JMH: grading (1 fork, 5 x 2 s warm-up, 5 x 1 s measured, 1 thread)" >&2
jmh 'GradeBenchmark|MegabyteBenchmark' -f 1 -wi 5 -w 2s -i 5 -r 1s -t 1 -prof gc -rf json \
  -rff "$out/jmh-main.json" >&2
echo "== JMH: queries (1 fork, 3 x 1 s warm-up, 5 x 1 s measured, 1 thread)" >&2
jmh 'BankBenchmark\.(findById|selectFiltered|sampleFive)' -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 \
  -rf json -rff "$out/jmh-queries.json" >&2
echo "== JMH: analysis against Lucene, three consecutive runs (3 forks, 5 x 2 s warm-up)" >&2
jmh 'AnalysisBenchmark' -f 3 -wi 5 -w 2s -i 5 -r 1s -t 1 -rf json \
  -rff "$out/jmh-analysis.json" >&2
# The same comparison with the two sides taking turns in one JVM, in three JVMs: a ratio that does
# not drift with the machine between the forks above (AnalysisAlternating).
echo "== analysis against Lucene, taking turns in one JVM (three JVMs, 40 rounds each)" >&2
for _ in 1 2 3; do
  "$java" -cp "$jar" io.github.interviewbank.benchmarks.AnalysisAlternating 40
done > "$out/analysis-alternating.tsv"
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
  median "${times[@]}"
}

# The median of microsecond figures, in milliseconds.
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}

# Microseconds since the epoch, without starting a process.
now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }

# The command line's three start-up commands against a JVM that prints one line, on the JDK in
# $1, named $2 in the table: $runs rounds, each running Hello then one command, for each command
# in turn, so that every command is paired with a Hello run made just before it on a machine in
# the same state. Each command runs once first (which also trains the launcher's start-up record
# for that JVM), its result discarded. Prints "name<TAB>median ms" lines.
paired_startup() {
  local jdk=$1 name=$2 hello=("$1/bin/java" -cp "$jar" io.github.interviewbank.benchmarks.startup.Hello)
  local answer="Pick two of consistency, availability and partition tolerance; during a partition a CP store refuses writes."
  local -a names=(show list grade)
  declare -A base=() cmd=()
  run_cli() {
    case $1 in
      show) JAVA_HOME=$jdk ./interview-bank show cap-theorem ;;
      list) JAVA_HOME=$jdk ./interview-bank list ;;
      grade) JAVA_HOME=$jdk ./interview-bank grade -q cap-theorem --answer "$answer" ;;
    esac
  }
  local c t0 t1 t2
  for c in "${names[@]}"; do run_cli "$c" >/dev/null 2>&1; done
  "${hello[@]}" >/dev/null
  for _ in $(seq "$runs"); do
    for c in "${names[@]}"; do
      t0=$(now_us); "${hello[@]}" >/dev/null 2>&1; t1=$(now_us)
      run_cli "$c" >/dev/null 2>&1; t2=$(now_us)
      base[$c]+=" $((t1 - t0))"; cmd[$c]+=" $((t2 - t1))"
    done
  done
  printf '%s-version\t%s\n' "$name" "$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.runtime.version/ {print $2}')"
  for c in "${names[@]}"; do
    # shellcheck disable=SC2086
    printf '%s-%s-hello\t%s\n%s-%s\t%s\n' "$name" "$c" "$(median ${base[$c]})" \
      "$name" "$c" "$(median ${cmd[$c]})"
  done
}

# The one-line JVM, the Jackson-only process and the load-and-grade process, run in turn in each
# of $runs rounds after one discarded round, so that the load-and-grade gap compares processes that
# met the machine in the same state (run apart, the two series drifted by tens of milliseconds).
# Prints "name<TAB>median ms" lines.
whole_processes() {
  local -a hello=("$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.Hello)
  local -a jackson=("$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.JacksonOnly)
  local -a grade=("$java" -cp "$jar" io.github.interviewbank.benchmarks.startup.LoadAndGrade)
  local -a h=() j=() g=()
  local t0 t1 t2 t3
  "${hello[@]}" >/dev/null 2>&1; "${jackson[@]}" >/dev/null 2>&1; "${grade[@]}" >/dev/null 2>&1
  for _ in $(seq "$runs"); do
    t0=$(now_us); "${hello[@]}" >/dev/null 2>&1; t1=$(now_us)
    "${jackson[@]}" >/dev/null 2>&1; t2=$(now_us)
    "${grade[@]}" >/dev/null 2>&1; t3=$(now_us)
    h+=($((t1 - t0))); j+=($((t2 - t1))); g+=($((t3 - t2)))
  done
  printf 'hello\t%s\njackson-only\t%s\nload-and-grade\t%s\n' "$(median "${h[@]}")" \
    "$(median "${j[@]}")" "$(median "${g[@]}")"
}

java_home_of() { local j; j=$(readlink -f "$(command -v "$1")"); echo "${j%/bin/java}"; }
jdk17=${JAVA_HOME:-$(java_home_of java)}
jdk25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

echo "== start-up: whole processes, median of $runs runs or pairs" >&2
{
  whole_processes
  JAVA_HOME=$jdk17 ./interview-bank show cap-theorem >/dev/null   # trains the start-up record once
  printf 'show-with-cds\t%s\n' "$(JAVA_HOME=$jdk17 median_ms ./interview-bank show cap-theorem)"
  printf 'show-without-cds\t%s\n' "$(JAVA_HOME=$jdk17 INTERVIEW_BANK_CDS=off median_ms ./interview-bank show cap-theorem)"
  paired_startup "$jdk17" jdk17
  if [ -x "$jdk25/bin/java" ]; then
    paired_startup "$jdk25" jdk25
  else
    echo "== no Java 25 at $jdk25 (set JAVA25_HOME): its start-up ratios are left out" >&2
  fi
} > "$out/startup.tsv"

"$java" -cp "$jar" io.github.interviewbank.benchmarks.Report "$out" "$runs"
