#!/usr/bin/env bash
# Builds this commit twice, from two fresh clones, and checks that every published jar
# (main, sources and javadoc jars of the library modules, the command line and its single jar)
# is byte for byte the same. Usage: scripts/check-reproducible.sh [COMMIT]  (default: HEAD)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
  git clone -q "$root" "$work/$n"
  git -C "$work/$n" checkout -q "$commit"
  (cd "$work/$n" && ./mvnw -B -q -o -Dmaven.test.skip=true -Dinvoker.skip=true package) >&2
done
list() {
  (cd "$1" && find . -path ./benchmarks -prune -o -path ./examples -prune -o -path ./consumers \
    -prune -o -path ./fuzz -prune -o -path '*/target/*.jar' -print | sort)
}
if ! diff <(list "$work/1") <(list "$work/2") >/dev/null; then
  echo "check-reproducible: the two builds made different sets of jars" >&2
  exit 1
fi
status=0
count=0
while read -r jar; do
  a=$(sha256sum "$work/1/$jar" | cut -d' ' -f1)
  b=$(sha256sum "$work/2/$jar" | cut -d' ' -f1)
  count=$((count + 1))
  if [ "$a" != "$b" ]; then
    echo "DIFFERS  $jar" >&2
    status=1
  else
    echo "same     $a  $jar"
  fi
done < <(list "$work/1")
[ "$count" -gt 0 ] || { echo "check-reproducible: no jar was built" >&2; exit 1; }
echo "check-reproducible: $count jars compared, $([ $status = 0 ] && echo all equal || echo SOME DIFFER)"
exit $status
