#!/usr/bin/env bash
# Attribution accuracy on PolNeAR (annotated US political news, kept outside the repository in
# ../shared/data/polnear). Usage: bench/eval_polnear.sh [dev|train] [--errors N]
# Prints the scorer's summary for the 'quotes' and 'all' subsets.
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
gold=../shared/data/polnear/$split
scorer=../shared/eval/score_brat.py
if [ ! -d "$gold" ] || [ ! -f "$scorer" ]; then
  echo "PolNeAR or its scorer is not here ($gold, $scorer): evaluation skipped."
  exit 0
fi
[ -x build/verbatim ] || scripts/build.sh >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/verbatim quotes --quiet --format jsonl "$gold"/*.txt > "$out/pred.jsonl" 2>/dev/null
python3 "$scorer" "$gold" "$out/pred.jsonl" --subset quotes "$@"
python3 "$scorer" "$gold" "$out/pred.jsonl" --subset all "$@"
