#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and run the main job on corpus/.
# Writes the claim-change report to out/report.md (and out/report.html), the per-speaker
# quotation lists to out/quotes.txt (and every record to out/quotes.jsonl), the explorer page to
# out/explorer.html, then shows the top of the report and of the lists.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >&2
mkdir -p out
build/verbatim quotes --quiet --aliases corpus/aliases.conf --format jsonl -o out/quotes.jsonl corpus/ 2>/dev/null || true
build/verbatim report --quiet --aliases corpus/aliases.conf --format html -o out/report.html corpus/ 2>/dev/null || true
build/verbatim quotes --quiet --aliases corpus/aliases.conf -o out/quotes.txt corpus/ 2>/dev/null || true
build/verbatim explore --quiet --aliases corpus/aliases.conf -o out/explorer.html corpus/ 2>/dev/null || true
build/verbatim report --aliases corpus/aliases.conf -o out/report.md corpus/
echo
head -n 30 out/report.md
echo "..."
echo
head -n 4 out/quotes.txt # (the index of speakers, then the first speaker's quotations)
echo "  ..."
echo
awk 'seen && n < 14 { print; n++ } /^$/ && !seen { seen = 1 }' out/quotes.txt
echo "..."
echo "Claim-change report: out/report.md (one page: out/report.html)"
echo "Per-speaker lists: out/quotes.txt   One JSON record per quotation: out/quotes.jsonl"
echo "To search and browse it all in a browser: out/explorer.html"
