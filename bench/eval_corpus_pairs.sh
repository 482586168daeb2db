#!/usr/bin/env bash
# Does the claim-change report on corpus/ find the hand-labelled pairs of bench/corpus_pairs/
# unprompted? Runs `verbatim report -f json corpus/` (with corpus/aliases.conf, as
# scripts/run-corpus.sh does) and scores it with ../shared/eval/score_report.py on one split:
# once as the scorer reads a report (changes and disagreements), once with the steps of the
# numbers that moved counted as links too (issue 21's definition of a found pair).
# Usage: bench/eval_corpus_pairs.sh [dev|heldout|all] [--verbose]
# The held-out fifth is scored only at the end of the work it measures (bench/corpus_pairs/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
scorer=../shared/eval/score_report.py
if [ ! -f "$scorer" ]; then
  echo "the scorer is not here ($scorer): evaluation skipped."
  exit 0
fi
[ -x build/verbatim ] || scripts/build.sh >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/verbatim report --quiet --aliases corpus/aliases.conf -f json -o "$out/report.json" corpus/ 2>/dev/null
python3 - "$split" bench/corpus_pairs/pairs.tsv "$out/pairs.tsv" <<'PY'
import csv, sys
split, src, dst = sys.argv[1:]
with open(src, newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f, delimiter='\t'))
with open(dst, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter='\t', lineterminator='\n')
    w.writeheader()
    w.writerows(r for r in rows if split == 'all' or r['split'] == split)
PY
echo "changes and disagreements (the scorer as it stands):"
python3 "$scorer" "$out/report.json" "$out/pairs.tsv" "$@"
# Issue 21 counts a step of a number series as finding a pair too: the same scorer on a copy of
# the report whose disagreements also hold the steps of its numbers that moved.
python3 - "$out/report.json" "$out/with-steps.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding='utf-8'))
r['disagreements'] = r.get('disagreements', []) + [s for n in r.get('numbers', []) for s in n['steps']]
json.dump(r, open(sys.argv[2], 'w', encoding='utf-8'))
PY
echo "changes, disagreements and steps of numbers that moved:"
python3 "$scorer" "$out/with-steps.json" "$out/pairs.tsv" "$@"
