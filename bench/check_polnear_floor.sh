#!/usr/bin/env bash
# Fails when a PolNeAR dev score drops more than 0.01 below its floor in bench/polnear_floor.txt.
# Where the annotated data is absent (as on a user's machine) it says so and exits 77, which ctest
# reports as skipped (SKIP_RETURN_CODE), not passed.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/data/polnear/dev
scorer=../shared/eval/score_brat.py
if [ ! -d "$gold" ] || [ ! -f "$scorer" ]; then
  echo "polnear floor: ../shared/data/polnear is not here; accuracy check skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"${VERBATIM:-build/verbatim}" quotes --quiet --format jsonl "$gold"/*.txt > "$out/pred.jsonl" 2>/dev/null
python3 "$scorer" "$gold" "$out/pred.jsonl" --subset quotes --json | tail -n 1 > "$out/quotes.json"
python3 "$scorer" "$gold" "$out/pred.jsonl" --subset all --json | tail -n 1 > "$out/all.json"
python3 - "$out" bench/polnear_floor.txt <<'PY'
import json, sys
out, floor_file = sys.argv[1], sys.argv[2]
scores = {s: json.load(open(f"{out}/{s}.json")) for s in ("quotes", "all")}
failed = 0
for line in open(floor_file):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    subset, metric, floor = line.split()
    value = scores[subset][metric]
    ok = value >= float(floor) - 0.01
    failed += not ok
    print(f"polnear floor: {subset} {metric} {value:.3f} (floor {float(floor):.3f}) {'ok' if ok else 'BELOW FLOOR'}")
sys.exit(1 if failed else 0)
PY
