#!/usr/bin/env python3
"""Pronoun resolution on PolNeAR: of the gold quotations whose source is a pronoun (he, she,
they, ...), the share whose predicted speaker name is a name the article contains (not a
pronoun, not empty). Quotations are matched to predictions as the scorer matches them
(../shared/eval/score_brat.py: Jaccard >= 0.5 of content characters).

Usage: bench/pronoun_resolution.py [dev|train] [--subset quotes|all] [--list N]
Runs build/verbatim (or $VERBATIM) on the split and prints the figure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, '..', 'shared')
PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'you'}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('split', nargs='?', default='dev')
    ap.add_argument('--subset', choices=('quotes', 'all'), default='quotes')
    ap.add_argument('--list', type=int, default=0, help='print up to N failures')
    a = ap.parse_args()
    gold_dir = os.path.join(SHARED, 'data', 'polnear', a.split)
    if not os.path.isdir(gold_dir):
        print(f'{gold_dir} is not here: pronoun check skipped')
        return 0
    sys.path.insert(0, os.path.join(SHARED, 'eval'))
    import score_brat as sb

    verbatim = os.environ.get('VERBATIM', os.path.join(ROOT, 'build', 'verbatim'))
    docs = sorted(f[:-4] for f in os.listdir(gold_dir) if f.endswith('.ann'))
    with tempfile.NamedTemporaryFile('w+', suffix='.jsonl') as out:
        subprocess.run([verbatim, 'quotes', '--quiet', '--format', 'jsonl'] +
                       [os.path.join(gold_dir, d + '.txt') for d in docs],
                       stdout=out, stderr=subprocess.DEVNULL, check=False)
        out.seek(0)
        preds = {}
        for line in out:
            r = json.loads(line)
            if a.subset == 'quotes' and r['kind'] == 'indirect':
                continue
            preds.setdefault(r['doc'], []).append(r)

    total = resolved = unmatched = 0
    failures = []
    for doc in docs:
        with open(os.path.join(gold_dir, doc + '.txt'), encoding='utf-8') as f:
            text = f.read()
        gold = sb.read_ann(os.path.join(gold_dir, doc + '.ann'))
        if a.subset == 'quotes':
            gold = [g for g in gold if sb.has_double_quote(text, g['Content'])]
        plist = preds.get(doc, [])
        pp = [sb.positions(text, [tuple(s) for s in p['content']['spans']]) for p in plist]
        for g in gold:
            src = g.get('Source')
            if not src or len(src) != 1:
                continue
            source = text[src[0][0]:src[0][1]].strip()
            if source.lower().split("'")[0].split('\u2019')[0] not in PRONOUNS:
                continue
            total += 1
            gp = sb.positions(text, g['Content'])
            best, best_j = None, 0.0
            for p, pos in zip(plist, pp):
                if gp & pos:
                    j = len(gp & pos) / len(gp | pos)
                    if j > best_j:
                        best, best_j = p, j
            if best is None or best_j < 0.5:
                unmatched += 1
                excerpt = text[min(gp):max(gp) + 1][:160].replace('\n', ' ') if gp else ''
                failures.append((doc, source, None, f'quotation not found (best overlap {best_j:.2f}): {excerpt}'))
                continue
            name = (best.get('speaker') or {}).get('name') or ''
            # (a body's name may carry its article: "the Security Council" counts as "Security Council")
            bare = name[4:] if name.startswith('the ') else name
            ok = bool(name) and name.lower() not in PRONOUNS and bare in text
            resolved += ok
            if not ok:
                failures.append((doc, source, name, text[gp and min(gp) or 0:][:80].replace('\n', ' ')))
    share = resolved / total if total else 0.0
    for f in failures[:a.list]:
        print('  ', *f)
    print(f'pronoun sources ({a.split}, {a.subset}): {total} | resolved to a name in the article {resolved} '
          f'({share:.3f}) | quotation not found {unmatched} | share of found {resolved / max(1, total - unmatched):.3f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
