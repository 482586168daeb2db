#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and run the main job on corpus/.
# Writes the per-speaker quotation lists to out/quotes.txt (and every record to
# out/quotes.jsonl), then shows the top of the list.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >&2
mkdir -p out
build/verbatim quotes --quiet --format jsonl -o out/quotes.jsonl corpus/ 2>/dev/null || true
build/verbatim quotes -o out/quotes.txt corpus/
echo
head -n 40 out/quotes.txt
echo "..."
echo "Per-speaker lists: out/quotes.txt   One JSON record per quotation: out/quotes.jsonl"
