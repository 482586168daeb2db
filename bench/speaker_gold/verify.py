#!/usr/bin/env python3
"""Check the speaker gold sample against the corpus.

  python3 bench/speaker_gold/verify.py

Checks that every statement's content and mention are exact substrings of its article at the
recorded code-point offsets (falling back to a whitespace-normalised search, reported as a
problem), that ids, splits, kinds and cue classes are valid, that the statements of one
article share one split and do not overlap, and that articles.tsv agrees with statements.tsv.
Prints counts per split, article, kind and cue class. Exits 1 on any problem.
"""
import collections
import re
import sys

from gold_common import (ARTICLES, COLUMNS, CUE_CLASSES, KINDS, SPLITS, STATEMENTS,
                         load_corpus, read_tsv, speaker_alternatives)


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    problems = []
    fields, rows = read_tsv(STATEMENTS)
    if fields != COLUMNS:
        problems.append(f'statements.tsv columns {fields} != {COLUMNS}')
    afields, arts = read_tsv(ARTICLES)
    docs = {r['doc'] for r in rows} | {a['doc'] for a in arts}
    texts = load_corpus(wanted=docs)

    seen = set()
    split_of = {}
    spans = collections.defaultdict(list)
    for i, r in enumerate(rows, 1):
        sid = r['id']
        if sid in seen:
            problems.append(f'{sid}: duplicate id')
        seen.add(sid)
        if sid != f's{i:03d}':
            problems.append(f'{sid}: expected id s{i:03d}')
        doc = r['doc']
        if doc not in texts:
            problems.append(f'{sid}: unknown doc {doc!r}')
            continue
        t = texts[doc]
        if r['split'] not in SPLITS:
            problems.append(f'{sid}: bad split {r["split"]!r}')
        if split_of.setdefault(doc, r['split']) != r['split']:
            problems.append(f'{sid}: {doc} has statements in two splits')
        if r['kind'] not in KINDS:
            problems.append(f'{sid}: bad kind {r["kind"]!r}')
        if r['cue_class'] not in CUE_CLASSES:
            problems.append(f'{sid}: bad cue_class {r["cue_class"]!r}')
        if not speaker_alternatives(r['speaker']):
            problems.append(f'{sid}: empty speaker')
        if 'UNKNOWN' in speaker_alternatives(r['speaker']) and r['speaker'] != 'UNKNOWN':
            problems.append(f'{sid}: UNKNOWN mixed with names')
        if not r['content']:
            problems.append(f'{sid}: empty content')
        try:
            st, en = int(r['start']), int(r['end'])
        except ValueError:
            problems.append(f'{sid}: bad offsets {r["start"]!r},{r["end"]!r}')
            continue
        if t[st:en] != r['content']:
            if ws(r['content']) in ws(t):
                problems.append(f'{sid}: content found only whitespace-normalised / elsewhere')
            else:
                problems.append(f'{sid}: content not in article: {r["content"][:60]!r}')
        spans[doc].append((st, en, sid))
        if r['mention']:
            try:
                ms = int(r['mention_start'])
            except ValueError:
                problems.append(f'{sid}: mention without mention_start')
                continue
            if t[ms:ms + len(r['mention'])] != r['mention']:
                where = 'elsewhere' if r['mention'] in t else 'nowhere'
                problems.append(f'{sid}: mention {r["mention"]!r} not at {ms} (found {where})')
        elif r['mention_start']:
            problems.append(f'{sid}: mention_start without mention')
        if r['cue'] and '...' not in r['cue'] and r['cue'] not in t:
            problems.append(f'{sid}: cue {r["cue"]!r} not in article')

    for doc, sp in spans.items():
        sp.sort()
        for (a0, a1, ai), (b0, b1, bi) in zip(sp, sp[1:]):
            if b0 < a1:
                problems.append(f'{ai} and {bi} overlap in {doc}')

    counts = collections.Counter(r['doc'] for r in rows)
    adocs = set()
    for a in arts:
        d = a['doc']
        adocs.add(d)
        if d not in counts:
            problems.append(f'articles.tsv: {d} has no statements')
            continue
        if int(a['statements']) != counts[d]:
            problems.append(f'articles.tsv: {d} says {a["statements"]} statements, found {counts[d]}')
        if a['split'] != split_of.get(d):
            problems.append(f'articles.tsv: {d} split {a["split"]} != {split_of.get(d)}')
    for d in counts:
        if d not in adocs:
            problems.append(f'{d} missing from articles.tsv')

    # report
    by_split = collections.Counter(r['split'] for r in rows)
    art_split = collections.Counter(split_of.values())
    print(f'statements: {len(rows)}   articles: {len(counts)}')
    for s in sorted(SPLITS):
        print(f'  {s:8s} {by_split[s]:4d} statements in {art_split[s]:3d} articles')
    if art_split['heldout'] < 5:
        problems.append('fewer than 5 heldout articles')

    def source(doc):
        if doc.startswith('wikinews/'):
            return doc.split('#')[0]
        if doc.startswith('hsm'):
            return 'wikinews_2020_2024.jsonl'
        return 'txt'
    print('articles per source:', dict(collections.Counter(source(d) for d in counts)))
    print('articles per year:  ', dict(sorted(collections.Counter(a['date'][:4] for a in arts).items())))
    for col in ('kind', 'cue_class'):
        for s in ('dev', 'heldout'):
            c = collections.Counter(r[col] for r in rows if r['split'] == s)
            print(f'{col:9s} {s:8s}', dict(c.most_common()))
    unk = collections.Counter(r['split'] for r in rows if r['speaker'] == 'UNKNOWN')
    multi = sum(1 for r in rows if len(speaker_alternatives(r['speaker'])) > 1)
    nomention = sum(1 for r in rows if not r['mention'])
    print(f'UNKNOWN speaker: {dict(unk)}   alternatives (A | B): {multi}   no mention: {nomention}')
    print('statements per article:')
    for a in arts:
        print(f'  {a["split"]:8s} {counts.get(a["doc"], 0):3d}  {a["doc"]:40s} {a["title"][:60]}')

    if problems:
        print(f'\n{len(problems)} PROBLEM(S):')
        for p in problems:
            print('  ' + p)
        return 1
    print('\nOK: no problems')
    return 0


if __name__ == '__main__':
    sys.exit(main())
