#!/usr/bin/env bash
# The house rules of the source (README, Architecture): no C++ file over 900 lines and no function
# over 120 lines in src/ and grammars/ (clang-tidy's readability-function-size, on the build's
# compile_commands.json). Lists what breaks them and fails; CI runs it (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --house
scripts/build.sh >&2
if [ ! -f build/compile_commands.json ]; then
  echo "house: build/compile_commands.json is missing (configure build/ again: rm -rf build)" >&2
  exit 1
fi
status=0
for f in $(git ls-files 'src/*.cpp' 'src/*.hpp' 'grammars/*.cpp' 'grammars/*.hpp'); do
  n=$(wc -l < "$f")
  if [ "$n" -gt 900 ]; then
    echo "house: $f has $n lines (at most 900)" >&2
    status=1
  fi
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
files=$(git ls-files 'src/*.cpp' 'grammars/*.cpp')
# (clang-tidy's own exit status says nothing here; what it prints does)
printf '%s\n' $files | xargs -P2 -n8 clang-tidy -p build --quiet --checks='-*,readability-function-size' \
  --config='{CheckOptions: [{key: readability-function-size.LineThreshold, value: 120}]}' > "$out" 2>/dev/null || true
if grep -q 'error:' "$out"; then
  echo "house: clang-tidy could not read the sources:" >&2
  grep 'error:' "$out" | head -20 >&2
  status=1
fi
if grep -q 'exceeds recommended size' "$out"; then
  echo "house: functions over 120 lines:" >&2
  grep -A1 'exceeds recommended size' "$out" >&2
  status=1
fi
[ $status -eq 0 ] && echo "house: $(printf '%s\n' $files | wc -l) files read; none over 900 lines, no function over 120 lines" >&2
exit $status
