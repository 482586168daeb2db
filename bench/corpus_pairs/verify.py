#!/usr/bin/env python3
"""Check bench/corpus_pairs/pairs.tsv against the articles in corpus/.

For every pair: text_a / text_b must occur verbatim in the article named by doc_a / doc_b
(after collapsing runs of whitespace to one space), and date_a / date_b must equal that
article's date. Also prints label and split counts, cross-article pairs, hard negatives and
the largest number of pairs from one story (pair_stories.tsv), and fails if a story has more
than three pairs. Does not run or read anything from Verbatim.

Usage: python3 bench/corpus_pairs/verify.py   (from the repository root or anywhere)
"""
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "corpus"
COLS = "id label split speaker_a date_a doc_a text_a speaker_b date_b doc_b text_b note".split()
LABELS = {"contradiction", "number-change", "certainty-change", "consistent", "unrelated"}
MAX_PER_STORY = 3


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load_corpus():
    csv.field_size_limit(10**9)
    docs = {}
    for year in ("2019", "2020"):
        with open(CORPUS / "wikinews" / f"wikinews_{year}.csv", newline="", encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f), 1):
                docs[f"wikinews/wikinews_{year}#{n}"] = (row["date"], row["text"])
    with open(CORPUS / "wikinews" / "wikinews_2020_2024.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = (d["date"], d["text"])
    for p in CORPUS.glob("*.txt"):
        first, rest = p.read_text(encoding="utf-8").split("\n", 1)
        docs[p.stem] = (first.split()[1], rest)
    return docs


def main():
    docs = load_corpus()
    ntext = {k: norm(v[1]) for k, v in docs.items()}
    # (read as the scorers read it: csv with tab as delimiter, fields with a '"' quoted)
    with open(HERE / "pairs.tsv", newline="", encoding="utf-8") as f:
        table = list(csv.reader(f, delimiter="\t"))
    header, body = table[0], table[1:]
    errors = []
    if header != COLS:
        errors.append(f"header is {header}")
    rows = []
    for ln, f in enumerate(body, 2):
        if len(f) != len(COLS):
            errors.append(f"row {ln}: {len(f)} fields")
            continue
        rows.append(dict(zip(COLS, f)))
    ids = [r["id"] for r in rows]
    if ids != [f"p{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids are not p001.. in order")
    for r in rows:
        if r["label"] not in LABELS:
            errors.append(f"{r['id']}: bad label {r['label']}")
        if r["split"] not in ("dev", "heldout"):
            errors.append(f"{r['id']}: bad split {r['split']}")
        for s in "ab":
            doc, date, text = r[f"doc_{s}"], r[f"date_{s}"], r[f"text_{s}"]
            if doc not in docs:
                errors.append(f"{r['id']}: unknown doc_{s} {doc}")
                continue
            if date != docs[doc][0]:
                errors.append(f"{r['id']}: date_{s} {date} != article date {docs[doc][0]}")
            if not text.strip() or norm(text) not in ntext[doc]:
                errors.append(f"{r['id']}: text_{s} not found verbatim in {doc}")
            if not r[f"speaker_{s}"].strip():
                errors.append(f"{r['id']}: empty speaker_{s}")
        if not r["note"].strip():
            errors.append(f"{r['id']}: empty note")
        if r["doc_a"] == r["doc_b"] and norm(r["text_a"]) == norm(r["text_b"]):
            errors.append(f"{r['id']}: text_a == text_b")

    stories = {}
    hard = {}
    sp = HERE / "pair_stories.tsv"
    for line in sp.read_text(encoding="utf-8").split("\n")[1:]:
        if line:
            pid, story, hn = line.split("\t")
            stories[pid], hard[pid] = story, hn
    if set(stories) != set(ids):
        errors.append("pair_stories.tsv ids do not match pairs.tsv")
    per_story = Counter(stories.values())
    for st, n in per_story.items():
        if n > MAX_PER_STORY:
            errors.append(f"story {st!r} has {n} pairs (> {MAX_PER_STORY})")

    lab = Counter(r["label"] for r in rows)
    spl = Counter(r["split"] for r in rows)
    by = Counter((r["label"], r["split"]) for r in rows)
    flag = sum(lab[x] for x in ("contradiction", "number-change", "certainty-change"))
    neg = [r for r in rows if r["label"] in ("consistent", "unrelated")]
    nhard = sum(1 for r in neg if hard.get(r["id"]) == "yes")
    cross = sum(1 for r in rows if r["doc_a"] != r["doc_b"])
    diffdate = sum(1 for r in rows if r["date_a"] != r["date_b"])
    print(f"pairs: {len(rows)}")
    for l in sorted(LABELS):
        print(f"  {l:17s} {lab[l]:4d}   dev {by[(l, 'dev')]:3d}  heldout {by[(l, 'heldout')]:3d}")
    print(f"flag-worthy: {flag}   negatives: {len(neg)} (hard: {nhard}, {nhard / max(1, len(neg)):.0%})")
    print(f"splits: dev {spl['dev']}, heldout {spl['heldout']}")
    print(f"cross-article pairs: {cross}  (different dates: {diffdate})")
    print(f"stories: {len(per_story)}, max pairs per story: {max(per_story.values())}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: every text found verbatim (whitespace-normalised) in its article; dates match")


if __name__ == "__main__":
    main()
