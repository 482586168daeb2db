#!/usr/bin/env bash
# Builds the three libFuzzer targets (clang, with ASan and UBSan) in build-fuzz/ and runs each
# on its seeds for a short while (FUZZ_SECONDS, default 60), so that they keep compiling and the
# seeds keep going through. Any crash, leak, sanitizer report or timeout fails the run; the input
# that caused it is left in build-fuzz/crashes/. CI runs it (.ci/run); tests/fuzz/README.md says
# how to fuzz for longer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --fuzz
seconds=${FUZZ_SECONDS:-60}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake -S . -B build-fuzz "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DVERBATIM_FUZZ=ON -DVERBATIM_SANITIZE=ON -DVERBATIM_BUILD_TESTS=OFF >/dev/null
fi
cmake --build build-fuzz -j 2 --target fuzz_extract fuzz_readers fuzz_claims
work=build-fuzz/runs
rm -rf "$work"
mkdir -p "$work"/{extract,readers,claims} build-fuzz/crashes
cp tests/fuzz/seeds/sample.txt "$work"/extract/
cp tests/fuzz/seeds/*.bin tests/fuzz/regressions/* "$work"/readers/
cp tests/fuzz/seeds/claims.txt tests/fuzz/seeds/pairs.tsv "$work"/claims/
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in extract readers claims; do
  max_len=20000
  [ "$target" = claims ] && max_len=4000
  echo "fuzz_$target: ${seconds} s on its seeds" >&2
  if ! build-fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
       -dict=tests/fuzz/dictionary.txt -artifact_prefix=build-fuzz/crashes/$target- -print_final_stats=1 \
       "$work"/$target >"$work/$target.log" 2>&1; then
    echo "fuzz_$target failed:" >&2
    tail -n 40 "$work/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units' "$work/$target.log" | sed "s/^/  fuzz_$target /" >&2 || true
  fi
done
exit $status
