#!/usr/bin/env python3
"""Where is each hand-labelled corpus pair lost? For every pair of bench/corpus_pairs/pairs.tsv
(one split), follows each of its two sentences through the stages of `verbatim report corpus/`
and prints the first stage that fails, with counts per stage:

  no quotation   no quotation of the article overlaps the gold sentence (attribution missed it),
                 and no figure (a number the article states) stands for it
  figure in no series   the sentence states a figure, which no number series took up
  no speaker     quotations there, none with a named speaker (person, organization, place):
                 claims are made only for those
  no claim       named quotations there, but no report claim stands for the sentence (the
                 scorer's test: same date, 60% of the claim's words in the sentence)
  not linked     both sentences have claims, the report links none of them; `verbatim compare`
                 on the best pair of claim texts then says what the rules would have said had the
                 claims met (so: lost in matching/speakers vs lost in the judgement)
  found          linked (with the relation) by a change, a disagreement or a step of numbers that moved

Usage: bench/trace_corpus_pairs.py [dev|heldout|all] [--list] [--sides]
  --list: one line per pair; --sides: with it, each sentence lost before the claims (no quotation,
  no speaker, no claim) printed with the quotations the article has there and their speakers
Reads no gold into the program: it runs the CLI on corpus/ and compares outputs with the pairs.
"""
import csv
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VERBATIM = os.environ.get('VERBATIM', os.path.join(ROOT, 'build', 'verbatim'))
FLAGGED = ('contradiction', 'number-change', 'certainty-change')
SCORER = os.path.join(ROOT, '..', 'shared', 'eval', 'score_report.py')


def load_scorer():
    """The scorer's own `words` and `stands_for` (../shared/eval/score_report.py), so that a claim
    stands for a gold sentence here exactly when it does there."""
    spec = importlib.util.spec_from_file_location('score_report', SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_texts():
    csv.field_size_limit(10 ** 9)
    docs = {}
    for year in ('2019', '2020'):
        with open(os.path.join(ROOT, 'corpus', 'wikinews', f'wikinews_{year}.csv'), newline='', encoding='utf-8') as f:
            for n, row in enumerate(csv.DictReader(f), 1):
                docs[f'wikinews/wikinews_{year}#{n}'] = row['text']
    with open(os.path.join(ROOT, 'corpus', 'wikinews', 'wikinews_2020_2024.jsonl'), encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            docs[d['id']] = d['text']
    with open(os.path.join(ROOT, 'corpus', '2026-01-23-moscow-witkoff-putin-talks.txt'), encoding='utf-8') as f:
        docs['2026-01-23-moscow-witkoff-putin-talks'] = f.read()
    return docs


def run(*args):
    return subprocess.run([VERBATIM, *args], capture_output=True, text=True, check=True).stdout


def main():
    if not os.path.exists(SCORER):
        print(f'{SCORER} is not here: trace skipped')
        return 0
    scorer = load_scorer()
    words, stands_for = scorer.words, scorer.stands_for
    split = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('--') else 'dev'
    listing = '--list' in sys.argv
    sides = '--sides' in sys.argv
    with open(os.path.join(HERE, 'corpus_pairs', 'pairs.tsv'), newline='', encoding='utf-8') as f:
        pairs = [r for r in csv.DictReader(f, delimiter='\t') if split == 'all' or r['split'] == split]
    aliases = os.path.join(ROOT, 'corpus', 'aliases.conf')
    corpus = os.path.join(ROOT, 'corpus')
    quotes, figures = {}, {}
    for line in run('quotes', '-q', '-f', 'jsonl', '--figures', '--aliases', aliases, corpus).splitlines():
        q = json.loads(line)
        if 'figure' in q:
            figures.setdefault(q['doc'], []).append(q['figure'])
        else:
            quotes.setdefault(q['doc'], []).append(q)
    report = json.loads(run('report', '-q', '-f', 'json', '--aliases', aliases, corpus))
    claims = report['claims']
    links = {}
    steps = [s for n in report.get('numbers', []) for s in n['steps']]
    for x in report.get('changes', []) + report.get('disagreements', []) + steps:
        links[frozenset((x['earlier'], x['later']))] = x['relation']
    texts = corpus_texts()

    def quotes_at(doc, text):
        body = texts.get(doc, '')
        at = body.find(text)
        span = (at, at + len(text)) if at >= 0 else None
        return [q for q in quotes.get(doc, [])
                if span and any(b < span[1] and e > span[0] for b, e in q['content']['spans'])]

    def side(doc, text, date):
        """(stage, claim indices) of one gold sentence."""
        body = texts.get(doc, '')
        at = body.find(text)
        span = (at, at + len(text)) if at >= 0 else None
        here = [q for q in quotes.get(doc, [])
                if span and any(b < span[1] and e > span[0] for b, e in q['content']['spans'])]
        mine = [i for i, c in enumerate(claims) if stands_for(c, text, date)]
        if mine:  # (a figure of a number series stands for its sentence without a quotation)
            return 'claim', mine
        if not here:
            # A figure the article states there, which no series took up (the report lists only
            # the figures its numbers cite).
            if span and any(f['text'] in body[span[0]:span[1]] or body[span[0]:span[1]] in f['text']
                            for f in figures.get(doc, [])):
                return 'figure in no series', []
            return 'no quotation', []
        if not any(q['speaker'] and q['speaker']['kind'] in ('person', 'organization', 'place') for q in here):
            return 'no speaker', []
        return 'no claim', []

    stages = Counter()
    rows = []
    for r in pairs:
        sa, ca = side(r['doc_a'], r['text_a'], r['date_a'])
        sb, cb = side(r['doc_b'], r['text_b'], r['date_b'])
        rel = next((links[frozenset((i, j))] for i in ca for j in cb if i != j and frozenset((i, j)) in links), None)
        if rel:
            stage = 'found'
        elif sa != 'claim' or sb != 'claim':
            stage = sa if sa != 'claim' else sb
        else:
            stage = 'not linked'
        rows.append((r, stage, rel, ca, cb))
    # What the rules say of the unlinked pairs whose claims exist (best pair by shared words).
    probe = [(r, ca, cb) for r, stage, rel, ca, cb in rows if stage == 'not linked']
    judged, shown = {}, {}
    if probe:
        with tempfile.NamedTemporaryFile('w', suffix='.tsv', delete=False, encoding='utf-8', newline='') as f:
            w = csv.writer(f, delimiter='\t', lineterminator='\n')
            w.writerow(['id', 'text_a', 'text_b'])
            for r, ca, cb in probe:
                i, j = max(((i, j) for i in ca for j in cb),
                           key=lambda p: len(set(words(claims[p[0]]['text'])) & set(words(claims[p[1]]['text']))))
                w.writerow([r['id'], claims[i]['text'], claims[j]['text']])
                shown[r['id']] = (claims[i], claims[j])
            name = f.name
        for line in run('compare', '--pairs', name, '-q').splitlines():
            j = json.loads(line)
            judged[j['id']] = j['relation']
        os.remove(name)
    for r, stage, rel, ca, cb in rows:
        flag = r['label'] in FLAGGED
        key = stage
        if stage == 'not linked':
            key += ' (rules: ' + ('would flag' if judged.get(r['id']) in FLAGGED else 'would not flag') + ')'
        if stage == 'found':
            key += ' (right relation)' if rel == r['label'] else ' (other relation)'
        stages[('flag-worthy' if flag else 'negative', key)] += 1
        if listing:
            print(f"{r['id']}\t{r['label']}\t{key}\t{rel or judged.get(r['id'], '')}\t{r['speaker_a']} / {r['speaker_b']}")
            if r['id'] in shown:
                for c in shown[r['id']]:
                    print(f"\t\t{c['date']} {c['speaker']} [{c['entity']}]: {c['text'][:160]}")
            if sides and stage not in ('found', 'not linked'):
                for x in 'ab':
                    doc, text = r['doc_' + x], r['text_' + x]
                    st, _ = side(doc, text, r['date_' + x])
                    if st == 'claim':
                        continue
                    print(f"\t\t[{x}: {st}] {text[:220]}")
                    for q in quotes_at(doc, text):
                        sp = q['speaker'] or {}
                        print(f"\t\t\t{q['kind']} {q.get('cue', {}).get('text', '') if isinstance(q.get('cue'), dict) else q.get('cue', '')!s}"
                              f" -> {sp.get('mention')!s} ({sp.get('kind')!s}: {sp.get('name')!s})")
    for group in ('flag-worthy', 'negative'):
        total = sum(n for (g, _), n in stages.items() if g == group)
        print(f'{group} pairs ({split}): {total}')
        for (g, k), n in sorted(stages.items(), key=lambda x: -x[1]):
            if g == group:
                print(f'  {n:4d}  {k}')


if __name__ == '__main__':
    sys.exit(main())
