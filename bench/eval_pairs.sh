#!/usr/bin/env bash
# Claim-pair judgements (contradiction, unrelated, ...) on the pairs kept outside the repository in
# ../shared/data/claims (political statements, RTE-3, SICK). Usage: bench/eval_pairs.sh [--errors N]
# Prints the scorer's per-dataset precision, recall and F1.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/data/claims/pairs_dev.tsv
scorer=../shared/eval/score_pairs.py
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
  echo "The claim pairs or their scorer are not here ($gold, $scorer): evaluation skipped."
  exit 0
fi
[ -x build/verbatim ] || scripts/build.sh >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/verbatim compare --quiet --pairs "$gold" -o "$out/pred.jsonl"
python3 "$scorer" "$gold" "$out/pred.jsonl" "$@"
