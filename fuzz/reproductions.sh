#!/usr/bin/env bash
# Runs every command-line reproduction of issue 12 as a user would, through ./interview-bank, and
# checks each against its expected exit code and message, under 5 s of wall time and 256 MB of
# resident memory (measured by /usr/bin/time -v). Prints one line per reproduction and exits 1 if
# any check failed. Timings depend on the machine: run it on a quiet one.
# Usage: fuzz/reproductions.sh
set -uo pipefail
cd "$(dirname "$0")/.."
ib="$PWD/interview-bank"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ib" list >/dev/null 2>&1 || { echo "the command line does not build" >&2; exit 1; }

# The issue's hostile bank: 16 MiB of {"formatVersion":1,"questions":[1,1,1,...]}.
python3 - "$work/ones.json" <<'PY'
import sys
head, tail = '{"formatVersion":1,"questions":[', ']}'
n = (16 * 1024 * 1024 - len(head) - len(tail) + 1) // 2
open(sys.argv[1], 'w').write(head + ','.join(['1'] * n) + tail)
PY
# A valid bank of exactly 16 MiB: 100,000 small questions, padded with white space.
python3 - "$work/valid.json" <<'PY'
import json, sys
qs = [{"id": "q-%d" % i, "prompt": "How does %d scale?" % i, "difficulty": "beginner",
       "topics": ["t"], "referenceAnswer": "By sharding %d." % i,
       "keyPoints": [{"id": "k", "text": "Shard"}]} for i in range(100000)]
s = json.dumps({"formatVersion": 1, "topics": [{"id": "t", "name": "T"}], "questions": qs},
               separators=(',', ':'))
open(sys.argv[1], 'w').write(s[:-1] + ' ' * (16 * 1024 * 1024 - len(s)) + '}')
PY
sed 's/"What is a cache?"/"What is a \\ud800 cache?"/' \
  core/src/test/resources/io/github/interviewbank/core/tiny-bank.json > "$work/surrogate.json"
echo old > "$work/kept.json"; chmod 644 "$work/kept.json"
echo old > "$work/real.json"; ln -s real.json "$work/link.json"

failed=0
# check NAME EXPECTED_EXIT EXPECTED_MESSAGE (on standard error or output) COMMAND...
check() {
  local name=$1 want=$2 message=$3
  shift 3
  local out="$work/out" err="$work/err" tv="$work/time"
  /usr/bin/time -v -o "$tv" bash -c "$*" >"$out" 2>"$err"
  local code=$? secs kb verdict=ok
  code=$(grep -oP 'Exit status: \K\d+' "$tv" || echo "$code")
  secs=$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$tv" \
    | awk -F: '{print ($1*60)+$2}')
  kb=$(grep -oP 'Maximum resident set size \(kbytes\): \K\d+' "$tv")
  [ "$code" = "$want" ] || verdict="exit $code, wanted $want"
  if [ -n "$message" ] && ! cat "$err" "$out" | grep -qF -- "$message"; then
    verdict="message missing: $message"
  fi
  awk -v s="$secs" 'BEGIN { exit !(s < 5) }' || verdict="$verdict; ${secs}s"
  [ "$kb" -lt 262144 ] || verdict="$verdict; ${kb} KB"
  [ "$verdict" = ok ] || failed=1
  printf '%-52s exit %-3s %5.2f s %7d KB  %s\n' "$name" "$code" "$secs" "$kb" "$verdict"
}

check "1  validate a hostile 16 MiB bank" 1 "is not a valid bank: 8,388,592 problems" \
  "'$ib' validate '$work/ones.json'"
check "1  load it as --bank" 1 "(and 8388591 more problems)" \
  "'$ib' --bank '$work/ones.json' list"
check "2  yes | grade --answer-file -" 1 "longer than the limit of 1,000,000 characters" \
  "yes consistency | '$ib' grade -q cap-theorem --answer-file -"
check "2  yes | practice" 1 "the session ends" "yes | '$ib' practice --count 1"
check "3  export > /dev/full" 4 "cannot write to standard output: No space left on device" \
  "'$ib' export --format json > /dev/full"
check "3  list > /dev/full" 4 "No space left on device" "'$ib' list > /dev/full"
check "3  grade --format json > /dev/full" 4 "No space left on device" \
  "'$ib' grade -q cap-theorem --answer x --format json > /dev/full"
check "4  export --out keeps 0644" 0 "" \
  "'$ib' export --format json --out '$work/kept.json' && [ \$(stat -c %a '$work/kept.json') = 644 ]"
check "5  export --out through a link" 0 "" \
  "'$ib' export --format json --out '$work/link.json' && [ -L '$work/link.json' ]"
check "5  export --out /dev/null is refused" 4 "it is not a regular file" \
  "'$ib' export --format json --out /dev/null"
check "6  one over-long practice answer" 1 "the session ends" \
  "head -c 3000000 /dev/zero | tr '\\\\0' x | '$ib' practice --count 2"
check "6  practice with standard input closed" 0 "" "'$ib' practice --count 1 <&-"
check "7  export a valid 16 MiB bank" 0 "" \
  "'$ib' --bank '$work/valid.json' export --format json --out '$work/rt.json'"
check "7  and load what it wrote" 0 "" "'$ib' --bank '$work/rt.json' list | tail -1"
check "8  a lone surrogate fails validate" 1 "lone surrogate" \
  "'$ib' validate '$work/surrogate.json'"
printf '{"questionId": "cap-theorem", "answer": "x"}\n\n{"questionId": "nope", "answer": "y"}\n' \
  > "$work/batch.jsonl"
check "10 grade --input keeps going" 1 "2 of 3 lines not graded" \
  "'$ib' grade --input '$work/batch.jsonl'"
check "10 grade --input - reads standard input" 1 "2 of 3 lines not graded" \
  "'$ib' grade --input - < '$work/batch.jsonl'"
exit $failed
