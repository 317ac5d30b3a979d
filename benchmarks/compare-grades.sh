#!/usr/bin/env bash
# Grades the same made-up answers (1,000 per bundled question by default) with the keyword grader
# of git revision REF and with the working tree's, and prints the first grade that differs
# (GradeComparison): the check that a speed-up changed no grade. Builds both (REF in a temporary
# worktree). Usage: benchmarks/compare-grades.sh REF [ANSWERS_PER_QUESTION]   (exits 1 on a
# difference; JAVA_HOME selects the JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:?usage: benchmarks/compare-grades.sh REF [ANSWERS_PER_QUESTION]}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach -q "$work/base" "$ref"
echo "== build $ref" >&2
(cd "$work/base" && ./mvnw -B -q -Dmaven.test.skip=true -pl benchmarks -am package >&2)
echo "== build the working tree" >&2
./mvnw -B -q -Dmaven.test.skip=true -pl benchmarks -am package >&2
echo "== compare" >&2
"$java" -cp benchmarks/target/benchmarks.jar io.github.interviewbank.benchmarks.GradeComparison \
  "$work/base/benchmarks/target/benchmarks.jar" benchmarks/target/benchmarks.jar "${2:-1000}"
