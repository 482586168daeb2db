# Sourced by the command-line tests (`. "$(dirname "$0")/lib.sh" "$@"`): the verbatim binary and
# the source folder from the arguments, a temporary folder removed at exit, and
# `check DESCRIPTION STATUS`, which prints ok/FAILED and counts the failures.
set -u
verbatim=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # description, condition result
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; failures=$((failures + 1)); fi
}
