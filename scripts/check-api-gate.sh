#!/usr/bin/env bash
# Shows that the API gate (the api-gate profile: japicmp against a committed baseline) works.
# On a temporary clone of a commit, never the working tree, it builds core's jar and keeps it as
# a trial baseline (api-baseline/9.9.9, in the clone only), then runs `verify` of core with
# -Dapi.baseline.version=9.9.9 three times and expects:
#   1. the unchanged code passes;
#   2. with QuestionBank.find(String) removed, the build fails and japicmp names the method;
#   3. with a public method added instead, the build passes.
# Exits non-zero if any of the three does not happen. Usage: scripts/check-api-gate.sh [COMMIT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="${1:-HEAD}"
trial=9.9.9
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
git clone -q "$root" "$repo"
git -C "$repo" checkout -q "$commit"
cd "$repo"
bank=core/src/main/java/io/github/interviewbank/core/QuestionBank.java

# Tests and documentation jars do not change the API; skipping them keeps each run short.
build() {
  ./mvnw -B -o -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true "$@" \
    -pl core
}

build -q package >&2
mkdir -p "api-baseline/$trial"
jars=(core/target/interview-bank-core-*.jar)
[ "${#jars[@]}" -eq 1 ] || { echo "check-api-gate: expected one core jar, found ${jars[*]}" >&2; exit 1; }
cp "${jars[0]}" "api-baseline/$trial/interview-bank-core-$trial.jar"

status=0
gate() {
  build -Dapi.baseline.version="$trial" verify >"$work/$1.log" 2>&1
}
report() {
  echo "$1  $2"
  [ "$1" = pass ] || status=1
}
# The build passes and japicmp ran in it (a build without the gate would pass too).
expect_pass() {
  if gate "$1" && grep -q 'japicmp.*(api-gate)' "$work/$1.log"; then
    report pass "$2 passes the gate"
  else
    report FAIL "$2 did not run and pass the gate (log below)"
    tail -n 30 "$work/$1.log"
  fi
}

# 1. Unchanged: the gate runs and passes.
expect_pass unchanged "the unchanged code"

# 2. A public method removed: the gate fails, naming it. (The field only find read gets a
#    suppression, or Error Prone would stop the build before the gate.)
git checkout -q -- "$bank"
perl -0pi -e 's/\n  \/\*\*\n   \* Finds a question by id\..*?\n  public Optional<Question> find\(String id\) \{.*?\n  \}\n//s;
  s/(\n  private final Map<String, Question> byId;)/\n  \@SuppressWarnings("UnusedVariable")$1/' "$bank"
if grep -q 'public Optional<Question> find(String id)' "$bank"; then
  report FAIL "could not remove QuestionBank.find(String) from $bank: update this script"
elif gate removed; then
  report FAIL "removing QuestionBank.find(String) passed the gate"
elif grep -q 'METHOD_REMOVED' "$work/removed.log" \
    && grep -q 'find(java.lang.String)' "$work/removed.log"; then
  report pass "removing QuestionBank.find(String) fails the gate:"
  grep -m 3 -E 'find\(java.lang.String\)|METHOD_REMOVED' "$work/removed.log" | sed 's/^/      /'
else
  report FAIL "removing QuestionBank.find(String) failed the build, but not with japicmp naming it"
  tail -n 30 "$work/removed.log"
fi

# 3. A public method added: the gate passes.
git checkout -q -- "$bank"
perl -0pi -e 's/\n}\s*\z/\n\n  \/** {\@return the number of questions, again} *\/\n  public int apiGateProbe() {\n    return questions.size();\n  }\n}\n/' "$bank"
if grep -q 'public int apiGateProbe()' "$bank"; then
  expect_pass added "adding a public method"
else
  report FAIL "could not add a method to $bank: update this script"
fi
git checkout -q -- "$bank"

echo "check-api-gate: $([ $status = 0 ] && echo the gate behaves || echo THE GATE DOES NOT BEHAVE)"
exit $status
