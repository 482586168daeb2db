#!/usr/bin/env bash
# The explorer in a real browser: headless chromium opens the page made from corpus/ with a
# search in its address (#q=Zelensky, read as if typed) and returns the page it then shows; only
# that speaker's quotations may remain. Exits 77 (skipped) where chromium is absent.
# Usage: explorer.sh VERBATIM SOURCE_DIR
. "$(dirname "$0")/lib.sh" "$@"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed: the browser test is skipped (scripts/install-deps.sh installs it)"
  exit 77
fi
dom() { # address -> the page as the browser shows it, after its script ran
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$tmp/profile" \
    --virtual-time-budget=10000 --dump-dom "$1" 2>/dev/null
}
"$verbatim" explore -q --aliases "$src/corpus/aliases.conf" -o "$tmp/explorer.html" "$src/corpus"; rc=$?
size=$(wc -c <"$tmp/explorer.html")
[ "$rc" -eq 0 ] && [ "$size" -lt 15000000 ] && grep -q "</html>" "$tmp/explorer.html"
check "explore on corpus/: one page, under 15 MB ($size bytes)" $?

start=$(date +%s%N)
dom "file://$tmp/explorer.html" >"$tmp/first.html"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q 'data-ready="1"' "$tmp/first.html" && grep -q "<h2>What changed</h2>" "$tmp/first.html" &&
  grep -q '<h2>Quotations — [1-9][0-9][0-9][0-9]' "$tmp/first.html" && grep -q "Disagreements between speakers — [1-9]" "$tmp/first.html"
check "the page opens on what changed, then every quotation (browser returned it in $ms ms)" $?

# (the items read with Python: the page is on few lines)
items() { # page -> one line per quotation shown: its speaker, a tab, its words
  python3 -c '
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r"<li class=\"q\" data-speaker=\"([^\"]*)\">(.*?)</li>", page, re.S):
    print(html.unescape(m.group(1)) + "\t" + re.sub(r"<[^>]+>", "", m.group(2)).replace("\n", " "))
' "$1"
}
dom "file://$tmp/explorer.html#q=Zelensky" >"$tmp/zelensky.html"
items "$tmp/zelensky.html" >"$tmp/zelensky.txt"
shown=$(wc -l <"$tmp/zelensky.txt")
speakers=$(cut -f1 "$tmp/zelensky.txt" | sort -u)
[ "$shown" -gt 5 ] && [ "$(echo "$speakers" | wc -l)" -eq 1 ] && echo "$speakers" | grep -q "^Volodymyr Zelensky"
check "#q=Zelensky: only Zelensky's quotations remain ($shown shown, by: $(echo "$speakers" | tr '\n' ' '))" $?

dom "file://$tmp/explorer.html#q=ceasefire&words=1" >"$tmp/words.html"
items "$tmp/words.html" >"$tmp/words.txt"
n=$(wc -l <"$tmp/words.txt")
[ "$n" -gt 0 ] && [ "$n" -lt 200 ] && [ "$(grep -ci ceasefire "$tmp/words.txt")" -eq "$n" ]
check "#q=ceasefire&words=1: only quotations that say it ($n)" $?

echo "explorer: $failures failed"
[ "$failures" -eq 0 ]
