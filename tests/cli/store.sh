#!/usr/bin/env bash
# The claim store: ingest twice changes nothing, a changed article replaces its rows, a kill -9
# in the middle of an ingest leaves a consistent store that the next run completes, readers run
# while an ingest writes, and two ingests at once corrupt nothing. Usage: store.sh VERBATIM SOURCE_DIR
. "$(dirname "$0")/lib.sh" "$@"
counts() { # db -> one line of table counts
  sqlite3 "$1" "select (select count(*) from documents)||' '||(select count(*) from quotations)||' '||(select count(*) from claims)||' '||(select count(*) from claim_terms)||' '||(select count(*) from relations)||' '||(select count(*) from entities)"
}
corpus="$src/corpus"

"$verbatim" ingest -q --db "$tmp/a.db" "$corpus" 2>/dev/null; rc=$?
c1=$(counts "$tmp/a.db")
"$verbatim" report -q --db "$tmp/a.db" >"$tmp/r1.md"
"$verbatim" quotes -q --db "$tmp/a.db" >"$tmp/q1.txt"
"$verbatim" quotes -q "$corpus" >"$tmp/q0.txt" 2>/dev/null
set -- $c1
[ "$rc" -eq 0 ] && [ "$1" -eq 799 ] && [ "$3" -gt 3000 ] && [ "$5" -gt 0 ]
check "ingest of corpus/: every article stored ($c1)" $?
cmp -s "$tmp/q0.txt" "$tmp/q1.txt"; check "quotes --db prints what quotes on the folder prints" $?

"$verbatim" ingest --db "$tmp/a.db" "$corpus" 2>"$tmp/err"
c2=$(counts "$tmp/a.db")
"$verbatim" report -q --db "$tmp/a.db" >"$tmp/r2.md"
[ "$c1" = "$c2" ] && cmp -s "$tmp/r1.md" "$tmp/r2.md" && grep -q "0 new, 0 replaced, [0-9]* unchanged" "$tmp/err"
check "ingest twice: same counts, same report" $?

# Replacement: the sample article with one sentence changed, under the same id.
mkdir -p "$tmp/day1" "$tmp/day2"
cp "$corpus/2026-01-23-moscow-witkoff-putin-talks.txt" "$tmp/day1/sample.txt"
sed 's/Zelensky said these talks would last two days./Zelensky said these talks would last three days./' \
  "$corpus/2026-01-23-moscow-witkoff-putin-talks.txt" >"$tmp/day2/sample.txt"
"$verbatim" ingest -q --db "$tmp/b.db" "$tmp/day1"
before=$(sqlite3 "$tmp/b.db" "select count(*) from documents; select text from claims where text like '%talks would last%'")
"$verbatim" ingest --db "$tmp/b.db" "$tmp/day2" 2>"$tmp/err"
after=$(sqlite3 "$tmp/b.db" "select count(*) from documents; select text from claims where text like '%talks would last%'")
grep -q "0 new, 1 replaced" "$tmp/err" && echo "$before" | grep -q "two days" && echo "$after" | grep -q "three days" &&
  ! echo "$after" | grep -q "two days" && [ "$(echo "$after" | head -n 1)" = 1 ]
check "a changed article replaces its rows" $?

# A store made by an earlier schema (1: no cue class, mention or confidence; 2: no claims.turn) is
# migrated by the next ingest, which analyses its articles again; reading it before says what to
# run.
cp "$tmp/b.db" "$tmp/v1.db"
sqlite3 "$tmp/v1.db" "alter table quotations drop column cue_class; alter table quotations drop column speaker_mention;
  alter table quotations drop column confidence; alter table claims drop column turn; pragma user_version = 1"
"$verbatim" quotes -q --db "$tmp/v1.db" >/dev/null 2>"$tmp/err"; r_old=$?
"$verbatim" ingest -q --db "$tmp/v1.db" "$tmp/day2" 2>/dev/null; r_mig=$? # (the article as stored: unchanged)
migrated=$(sqlite3 "$tmp/v1.db" "pragma user_version; select count(*) from quotations where confidence is null or (cue_text is not null and cue_class is null) or (speaker_text is not null and speaker_mention is null); select count(*) from quotations; select count(*) from claims where turn is null")
"$verbatim" quotes -q -f jsonl --db "$tmp/v1.db" >"$tmp/v1.jsonl"
"$verbatim" quotes -q -f jsonl "$tmp/day2" >"$tmp/v2.jsonl"
[ "$r_old" -ne 0 ] && grep -q "schema 1 is older.*verbatim ingest --db" "$tmp/err" && [ "$r_mig" -eq 0 ] &&
  [ "$(echo "$migrated" | head -n 2 | tr '\n' ' ')" = "3 0 " ] && [ "$(echo "$migrated" | sed -n 3p)" -gt 5 ] &&
  [ "$(echo "$migrated" | tail -n 1)" = 0 ] &&
  grep -q '"confidence": 0\.[0-9][0-9]' "$tmp/v1.jsonl" && grep -q '"mention": "pronoun"' "$tmp/v1.jsonl" &&
  [ "$(grep -o '"confidence": [0-9.]*' "$tmp/v1.jsonl")" = "$(grep -o '"confidence": [0-9.]*' "$tmp/v2.jsonl")" ]
check "a schema-1 store: reading it says to ingest; the ingest migrates it (schema 3, cue class, mention and confidence on every row, as a run on the files gives)" $?

# Crash: kill -9 in the middle of an ingest, then finish the work.
"$verbatim" ingest -q --db "$tmp/c.db" "$corpus" 2>/dev/null &
pid=$!
sleep 2
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
partial=$(sqlite3 "$tmp/c.db" "pragma integrity_check" 2>&1)
mid=$(sqlite3 "$tmp/c.db" "select count(*) from documents" 2>/dev/null || echo 0)
"$verbatim" ingest -q --db "$tmp/c.db" "$corpus" 2>/dev/null
c3=$(counts "$tmp/c.db")
"$verbatim" report -q --db "$tmp/c.db" >"$tmp/r3.md"
[ "$partial" = ok ] && [ "$c3" = "$c1" ] && cmp -s "$tmp/r1.md" "$tmp/r3.md"
check "kill -9 mid-ingest ($mid articles committed): consistent, and the next run gives the same counts and report" $?

# Readers while an ingest writes; two ingests at once.
"$verbatim" ingest -q --db "$tmp/d.db" "$tmp/day1"
"$verbatim" ingest -q --db "$tmp/d.db" "$corpus" 2>"$tmp/err1" &
p1=$!
"$verbatim" ingest -q --db "$tmp/d.db" "$corpus" 2>"$tmp/err2" &
p2=$!
sleep 1
"$verbatim" quotes -q --db "$tmp/d.db" >/dev/null 2>"$tmp/err3"; rr=$?
wait "$p1"; r1=$?
wait "$p2"; r2=$?
"$verbatim" ingest -q --db "$tmp/e.db" "$tmp/day1" "$corpus" 2>/dev/null # the same, one after the other
expected=$(sqlite3 "$tmp/e.db" "select count(*) from documents; select count(*) from claims")
d=$(sqlite3 "$tmp/d.db" "pragma integrity_check; select count(*) from documents; select count(*) from claims")
[ "$rr" -eq 0 ] && { [ "$r1" -eq 0 ] || [ "$r2" -eq 0 ]; } && [ "$d" = "$(printf 'ok\n%s' "$expected")" ]
check "a reader during an ingest, and two ingests at once: nothing corrupted (exits $r1 $r2)" $?
# The one that gave way (if one did) says why.
for k in 1 2; do
  rk=$([ $k = 1 ] && echo "$r1" || echo "$r2")
  if [ "$rk" -ne 0 ]; then
    grep -q "the store is busy" "$tmp/err$k"; check "the ingest that gave way says the store is busy" $?
    grep -v "the store is busy" "$tmp/err$k" | grep -v ": warning: " | grep -q . && cat "$tmp/err$k"
  fi
done

echo "store: $failures failed"
[ "$failures" -eq 0 ]
