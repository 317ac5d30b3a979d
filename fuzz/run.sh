#!/usr/bin/env bash
# The long runs of docs/fuzzing.md, one command: each Jazzer target fuzzed for SECONDS (default
# 600) from its committed seeds, then the properties at scale (100,000 tries of each bank mutation
# property, 1,000,000 hostile answers), then grading time per KB at growing answer lengths.
# Usage: fuzz/run.sh [SECONDS] [MUTATION_TRIES] [ANSWER_TRIES]
# Findings go to fuzz/target/findings/ (reproducer inputs), the grown corpora to
# fuzz/target/corpus/; copy an input worth keeping into the target's *Inputs/ seed directory, where
# the build replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
mutation_tries=${2:-100000}
answer_tries=${3:-1000000}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

echo "== build" >&2
./mvnw -B -q -o -pl fuzz -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >&2
cp="fuzz/target/test-classes:$(cat fuzz/target/classpath.txt)"
mkdir -p fuzz/target/findings

fuzz() {
  local class=$1 method=$2 package_dir
  package_dir=$(dirname "${class//.//}")
  local name=${class##*.}
  local seeds="fuzz/src/test/resources/$package_dir/${name}Inputs/$method"
  local corpus="fuzz/target/corpus/$name"
  mkdir -p "$corpus"
  echo "== fuzzing $name for ${seconds}s" >&2
  local start=$(date +%s) status=0
  "$java" -Xmx512m -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$class" \
    --instrumentation_includes='io.github.interviewbank.**:tools.jackson.**' \
    --reproducer_path=fuzz/target/findings -artifact_prefix=fuzz/target/findings/ \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 "$corpus" "$seeds" \
    > "fuzz/target/$name.log" 2>&1 || status=$?
  echo "$name: ran $(( $(date +%s) - start ))s, exit $status, $(grep -c '' "$corpus"/* 2>/dev/null \
    | wc -l) corpus inputs; $(grep -E '^#[0-9]+.*DONE|cov:' "fuzz/target/$name.log" | tail -1)"
  grep -E '== Java Exception|FuzzerSecurityIssue|AssertionError' "fuzz/target/$name.log" | head -5 || true
}

fuzz io.github.interviewbank.fuzz.BankLoaderFuzzTest loadsWholeOrFailsCleanly
fuzz io.github.interviewbank.fuzz.PatternFuzzTest parsesOrFailsCleanly
fuzz io.github.interviewbank.cli.BatchInputFuzzTest readsEveryLine
fuzz io.github.interviewbank.fuzz.KeywordGraderFuzzTest gradesAnyAnswer

properties() {
  local test=$1 tries=$2 start status=0
  echo "== $test: $tries tries a property" >&2
  start=$(date +%s)
  ./mvnw -B -o -pl fuzz -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$test" \
    -Dfuzz.tries="$tries" > "fuzz/target/$test.log" 2>&1 || status=$?
  echo "$test: $tries tries a property, $(( $(date +%s) - start ))s, exit $status;" \
    "$(grep -E 'Tests run:.*in io' "fuzz/target/$test.log" | tail -1)"
}

properties BankMutationProperties "$mutation_tries"
properties HostileAnswerProperties "$answer_tries"

echo "== grading time per KB" >&2
"$java" -cp "$cp" io.github.interviewbank.fuzz.GradingTimeScan
