#!/usr/bin/env bash
# The command line on bad input and bad places to write: a clear message, a documented exit
# status, nothing half-written. Usage: cli_errors.sh VERBATIM SOURCE_DIR
. "$(dirname "$0")/lib.sh" "$@"
article="$src/corpus/2026-01-23-moscow-witkoff-putin-talks.txt"

"$verbatim" quotes -o /nonexistent-folder/out.txt "$article" 2>"$tmp/err"; rc=$?
grep -q "does not exist" "$tmp/err"; check "output in a missing folder: exit 2 and a message" $(( rc == 2 ? $? : 1 ))

"$verbatim" quotes "$tmp/missing.txt" "$article" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q "missing.txt: error: cannot read" "$tmp/err" && grep -q "Zelensky" "$tmp/out"
check "missing file: reported, the rest read, exit 1" $(( rc == 1 ? $? : 1 ))

printf '{"text": "\\u201cA,\\u201d she said. \\u201cB.\\u201d"}\nnot json\n{"text": "He said the deal was done."}\n' >"$tmp/a.jsonl"
"$verbatim" quotes -f jsonl "$tmp/a.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q "a.jsonl:2: error: invalid JSON" "$tmp/err" && [ "$(wc -l <"$tmp/out")" -eq 2 ]
check "bad JSONL line: file and line reported, the other lines read" $(( rc == 1 ? $? : 1 ))

head -c 4096 /dev/urandom >"$tmp/binary.txt"
"$verbatim" quotes "$tmp/binary.txt" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "binary file, skipped" "$tmp/err"; check "binary file: skipped with a message" $(( rc == 1 ? $? : 1 ))

printf 'id,text\n1,"unterminated\n' >"$tmp/bad.csv"
"$verbatim" quotes "$tmp/bad.csv" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "bad.csv:2: error: quoted field opened here is never closed" "$tmp/err"
check "CSV with an unterminated field: reported with its line" $(( rc == 1 ? $? : 1 ))

printf 'dataset\tid\ttext_a\ttext_b\ns\t1\tThe pool is empty\tThe pool is full\ns\t2\tonly two fields\ns\t3\t"He said ""no"""\tHe said yes\n' >"$tmp/pairs.tsv"
"$verbatim" compare --pairs "$tmp/pairs.tsv" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q "pairs.tsv:3: error: row has 3 fields" "$tmp/err" && [ "$(wc -l <"$tmp/out")" -eq 2 ] &&
  grep -q '"id": "1", "relation": "contradiction"' "$tmp/out" && grep -q '"id": "3"' "$tmp/out"
check "compare --pairs: a broken TSV row reported with its line, the others judged" $(( rc == 1 ? $? : 1 ))

printf 'id\tdate_a\ttext_a\tdate_b\ttext_b\n1\t2021-07-15\tVictoria had 18 active cases\t2021-07-21\tVictoria had 85 active cases\n2\t2021-07-15\tVictoria had 18 active cases\t2021-07-15\tVictoria had 85 active cases\n' >"$tmp/dated.tsv"
"$verbatim" compare -q --pairs "$tmp/dated.tsv" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q '"id": "1", .*"relation": "number-change"' "$tmp/out" && grep -q '"id": "2", .*"relation": "contradiction"' "$tmp/out"
check "compare --pairs with date columns: a number on two dates moved, on one date it contradicts" $(( rc == 0 ? $? : 1 ))

"$verbatim" report -q -f html -o "$tmp/report.html" "$article"; rc=$?
grep -q "Russia" "$tmp/report.html" && grep -q "</html>" "$tmp/report.html" && ! ls "$tmp"/report.html.tmp-* >/dev/null 2>&1
check "report -f html: one complete page, no temporary file left" $(( rc == 0 ? $? : 1 ))

"$verbatim" report -f pdf "$article" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "must be md, html, json or csv" "$tmp/err"; check "report with an unknown format: exit 2 and a message" $(( rc == 2 ? $? : 1 ))

"$verbatim" quotes -f jsonl "$src/corpus" 2>"$tmp/err" | head -n 1 >/dev/null
# Only the input warnings may be on stderr: no error, no exception, no "broken pipe".
grep -v ": warning: " "$tmp/err" | grep -qiE "error|broken pipe|terminate|exception"
check "closed stdout (| head): exits without an error message" $(( $? == 1 ? 0 : 1 ))

"$verbatim" quotes -o "$tmp/out.txt" "$article" 2>/dev/null
[ -s "$tmp/out.txt" ] && [ -z "$(ls "$tmp" | grep '\.tmp-')" ]
check "-o writes the file whole, no temporary left" $?

"$verbatim" nonsense >/dev/null 2>&1; rc=$?
check "usage error: exit 2" $(( rc == 2 ? 0 : 1 ))

"$verbatim" quotes -q -j 1 -f jsonl "$src/corpus" >"$tmp/j1" 2>/dev/null
"$verbatim" quotes -q -j 3 -f jsonl "$src/corpus" >"$tmp/j3" 2>/dev/null
"$verbatim" quotes -q -j 3 "$src/corpus" >"$tmp/t3" 2>/dev/null
"$verbatim" quotes -q -j 1 "$src/corpus" >"$tmp/t1" 2>/dev/null
[ -s "$tmp/j1" ] && cmp -s "$tmp/j1" "$tmp/j3" && cmp -s "$tmp/t1" "$tmp/t3"
check "--jobs 3 writes exactly what --jobs 1 writes" $?

"$verbatim" quotes --explain "$article" >"$tmp/explain" 2>/dev/null
grep -q "found by   clause-after-cue" "$tmp/explain" && grep -q "found by subject-before-cue" "$tmp/explain"
check "quotes --explain names the rule behind each quotation and its speaker" $?

"$verbatim" quotes --explain -f jsonl "$article" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "leave out --format" "$tmp/err"; check "--explain with another format: exit 2 and a message" $(( rc == 2 ? $? : 1 ))

# Messages: a misspelt command gets a suggestion; warnings are counted, the first ten shown (all
# with -v, none with -q); a folder with nothing to read says so and fails; empty standard input
# stays a quiet success (a shard may be empty).
"$verbatim" quote "$article" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "unknown command 'quote'; did you mean 'quotes'?" "$tmp/err"; check "misspelt command: exit 2 and did you mean" $(( rc == 2 ? $? : 1 ))

mkdir -p "$tmp/unclosed"
for i in $(seq 1 15); do printf 'Ann Berg said: \xE2\x80\x9cThe bridge opens in May.\n\nShe said it would cost less.\n' >"$tmp/unclosed/$i.txt"; done
"$verbatim" quotes "$tmp/unclosed" >/dev/null 2>"$tmp/err"; rc=$?
shown=$(grep -c ": warning: quotation mark never closed" "$tmp/err")
[ "$rc" -eq 0 ] && [ "$shown" -eq 10 ] && grep -q "15 warnings (quotation mark never closed: 15; the first 10 shown, -v shows all)" "$tmp/err"
check "15 warnings: the first 10 shown, all 15 counted by kind in the summary (shown $shown)" $?
"$verbatim" quotes -v "$tmp/unclosed" >/dev/null 2>"$tmp/err"
[ "$(grep -c ": warning: quotation mark never closed" "$tmp/err")" -eq 15 ]; check "-v: every warning" $?
"$verbatim" quotes -q "$tmp/unclosed" >/dev/null 2>"$tmp/err"
[ ! -s "$tmp/err" ]; check "-q: nothing on standard error but errors" $?

mkdir -p "$tmp/pdfs"
printf '%%PDF-1.4\n' >"$tmp/pdfs/paper.pdf"
"$verbatim" quotes "$tmp/pdfs" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "warning: no document found in $tmp/pdfs (1 file skipped: run with -v to see why)" "$tmp/err"
check "a folder with only a PDF: a warning that nothing was found, exit 1" $(( rc == 1 ? $? : 1 ))
"$verbatim" quotes "$tmp/pdfs/paper.pdf" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "paper.pdf: error: PDF: not supported; convert it to text first" "$tmp/err"
check "a PDF named on the command line: an error that says what to do, exit 1" $(( rc == 1 ? $? : 1 ))
"$verbatim" quotes -f jsonl - </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$tmp/out" ]; check "empty standard input: a quiet success" $?

# brat standoff: a DOC.txt and DOC.ann per article; each T line's offsets (code points) hold its
# words; each E line ties existing T lines; without -o, or into a folder that holds files, exit 2.
"$verbatim" quotes -q -f brat -o "$tmp/brat" "$article" "$src/corpus/wikinews/wikinews_2019.csv"; rc=$?
python3 - "$tmp/brat" <<'PY'
import os, sys
folder = sys.argv[1]
stems = sorted(f[:-4] for f in os.listdir(folder) if f.endswith('.ann'))
assert len(stems) > 100 and all(os.path.exists(os.path.join(folder, s + '.txt')) for s in stems), stems[:3]
events = 0
for s in stems:
    text = open(os.path.join(folder, s + '.txt'), encoding='utf-8', newline='').read()
    ids = set()
    for line in open(os.path.join(folder, s + '.ann'), encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if line.startswith('T'):
            kind, where = parts[1].split(' ', 1)
            words = ' '.join(text[int(b):int(e)] for b, e in (w.split() for w in where.split(';')))
            assert words.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ') == parts[2], (s, line)
            ids.add(parts[0])
        else:
            events += 1
            roles = dict(a.split(':') for a in parts[1].split())
            assert 'Content' in roles and 'Attribution' in roles and set(roles.values()) <= ids, (s, line)
assert events > 500, events
PY
check "quotes -f brat: DOC.txt and DOC.ann per article, offsets holding their words, events tying them" $(( rc == 0 ? $? : 1 ))
"$verbatim" quotes -q -f brat "$article" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "give it with -o FOLDER" "$tmp/err"; check "-f brat without -o: exit 2 and a message" $(( rc == 2 ? $? : 1 ))
"$verbatim" quotes -q -f brat -o "$tmp/brat" "$article" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "exists and is not an empty folder" "$tmp/err" && [ "$(ls "$tmp/brat" | wc -l)" -gt 200 ]
check "-f brat into a folder that holds files: refused, nothing changed" $(( rc == 2 ? $? : 1 ))

# The report as CSV: one row per flagged pair, both claims, as a spreadsheet reads it.
"$verbatim" report -q -f csv --aliases "$src/corpus/aliases.conf" -o "$tmp/report.csv" "$src/corpus"; rc=$?
python3 - "$tmp/report.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
sections = {r['section'] for r in rows}
assert rows and sections <= {'change', 'disagreement', 'number'} and 'disagreement' in sections, sections
assert all(r['text_a'] and r['text_b'] and r['date_a'] and r['relation'] for r in rows)
PY
check "report -f csv: the flagged pairs, both claims on one row" $(( rc == 0 ? $? : 1 ))

echo "$(( 23 - failures )) passed, $failures failed"
[ "$failures" -eq 0 ]
