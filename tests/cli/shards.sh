#!/usr/bin/env bash
# Scale-out: the corpus extracted in shards by GNU parallel (per file, and as a stream of JSONL
# articles cut into chunks), the record files handed to `report --from-records`: the report is
# byte-identical to the one a single process writes. Usage: shards.sh VERBATIM SOURCE_DIR
. "$(dirname "$0")/lib.sh" "$@"
if ! command -v parallel >/dev/null; then
  echo "GNU parallel is not installed (scripts/install-deps.sh installs it)"
  exit 1
fi
files=$(find "$src/corpus" -type f \( -name '*.txt' -o -name '*.csv' -o -name '*.jsonl' \) | sort)

for format in md json; do
  "$verbatim" report -q -f $format $files >"$tmp/single.$format" 2>/dev/null
  printf '%s\n' $files | parallel --will-cite -j4 "'$verbatim' quotes -q -f jsonl --figures {} > '$tmp/shard-$format-{#}.jsonl' 2>/dev/null"
  "$verbatim" report -q -f $format --from-records "$tmp"/shard-$format-*.jsonl >"$tmp/sharded.$format"
  [ "$(ls "$tmp"/shard-$format-*.jsonl | wc -l)" -eq 4 ] && [ -s "$tmp/single.$format" ] && cmp -s "$tmp/single.$format" "$tmp/sharded.$format"
  check "report -f $format from 4 shards (parallel -j4, one file each) = single process" $?
done

# A stream filter: JSONL articles (with ids) on stdin, cut into chunks of 50 by parallel --pipe.
articles="$src/corpus/wikinews/wikinews_2020_2024.jsonl"
"$verbatim" report -q "$articles" >"$tmp/stream-single.md" 2>/dev/null
# Without --keep-order the chunks come back in the order they finish: the report must not care.
parallel --will-cite --pipe -N 50 -j4 "'$verbatim' quotes -q -f jsonl --figures - 2>/dev/null" <"$articles" >"$tmp/stream-records.jsonl"
"$verbatim" report -q --from-records "$tmp/stream-records.jsonl" >"$tmp/stream-sharded.md"
[ -s "$tmp/stream-single.md" ] && cmp -s "$tmp/stream-single.md" "$tmp/stream-sharded.md"
check "quotes -f jsonl - under parallel --pipe (chunks of 50 articles, any order): same report" $?

echo "shards: $failures failed"
[ "$failures" -eq 0 ]
