#!/usr/bin/env bash
# Installs the Debian 12 packages Verbatim needs to build and test, if any is missing.
# Idempotent; prints nothing when everything is already there. Run as root (or with sudo).
# With --fuzz, also clang and its sanitizer runtime (for scripts/test-fuzz.sh); with --house,
# clang-tidy (for scripts/check-house.sh).
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config python3
  libboost-dev        # Boost.Spirit X3 (header-only)
  libfmt-dev libspdlog-dev libcli11-dev doctest-dev
  libsimdjson-dev libutf8proc-dev
  libsqlitecpp-dev libsqlite3-dev   # the claim store
  sqlite3                           # the store's tests read it with the sqlite3 shell
  parallel                          # the scale-out test shards the corpus with GNU parallel
  chromium                          # the explorer page is tested in a real browser (headless)
  libbenchmark-dev                  # bench/micro (Google Benchmark), built on demand
)
for flag in "$@"; do
  [[ $flag == --fuzz ]] && packages+=(clang libclang-rt-14-dev)
  [[ $flag == --house ]] && packages+=(clang-tidy)
done

missing=()
for p in "${packages[@]}"; do
  [[ $p == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
