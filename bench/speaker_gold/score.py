#!/usr/bin/env python3
"""Score Verbatim's speakers against the hand-labelled gold sample.

usage: score.py [dev|heldout|all] [--list] [--input FILE.jsonl]

Runs (from the repository root)
    $VERBATIM quotes -f jsonl --aliases corpus/aliases.conf corpus/
($VERBATIM defaults to build/verbatim), or reads that JSONL from --input.

MATCHING RULE
  Offsets are code points into the article text (gold: start/end columns; Verbatim:
  content.spans, half-open [begin, end)). A gold statement is FOUND when the Verbatim
  records of its article together cover >= 50% of the gold content's characters (union of
  their spans). Its speaker is judged on the single record with the largest overlap (ties:
  the earlier record). 'strict_found' also counts how many would be found by that best
  record alone (>= 50%). One record may match several gold statements.

SPEAKER RULE (names compared after gold_common.norm_name: lower case, accents stripped,
  '.' dropped, punctuation/hyphens -> space, leading 'the' and personal titles such as
  'President', 'Dr', 'Judge' dropped; gold 'A | B' lists joint speakers or accepted
  alternative names, any one counts)
  right    speaker.name equals a gold name
  partial  speaker.name and a gold name differ but one's words are a proper subset of the
           other's (e.g. 'Trump' for 'Donald Trump'): the right entity, not fully resolved.
           Not counted as right.
  wrong    speaker.name is any other name  (the worst error)
  missing  no named speaker: speaker is null, has no name, or Verbatim marks it unresolved,
           i.e. speaker.kind is 'unknown' (an unresolved mention such as 'She', 'the
           study') or 'group' (a description such as 'officials', 'the police'); for these
           Verbatim copies the mention text into speaker.name, so the name is not a name.
  Gold UNKNOWN: no named speaker predicted -> 'unknown_ok'; a named speaker predicted ->
  'unknown_named', which is also a wrong speaker.
  For comparison the JSON line also gives 'wrong_total_any_name': the wrong count if every
  non-empty speaker.name, whatever its kind, were taken as a name.
"""
import collections
import json
import os
import subprocess
import sys

from gold_common import REPO, STATEMENTS, norm_name, read_tsv, speaker_alternatives

COVER = 0.5


def run_verbatim():
    exe = os.environ.get('VERBATIM', os.path.join(REPO, 'build', 'verbatim'))
    cmd = [exe, 'quotes', '-f', 'jsonl', '--aliases', 'corpus/aliases.conf', 'corpus/']
    try:
        p = subprocess.run(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        sys.exit(f'score.py: cannot run {exe}: {e} (set VERBATIM to the binary)')
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode('utf-8', 'replace'))
        sys.exit(f'score.py: {" ".join(cmd)} failed with exit code {p.returncode}')
    return p.stdout.decode('utf-8'), ' '.join(cmd)


UNNAMED_KINDS = {'unknown', 'group'}


def judge(gold_speaker, rec, any_name=False):
    sp = (rec.get('speaker') if rec else None) or {}
    name = (sp.get('name') or '').strip()
    named = bool(name) and (any_name or sp.get('kind') not in UNNAMED_KINDS)
    shown = name or sp.get('text') or ''
    if gold_speaker == 'UNKNOWN':
        return ('unknown_named' if named else 'unknown_ok'), shown
    if not named:
        return 'missing', shown
    pn = norm_name(name)
    pt = set(pn.split())
    status = 'wrong'
    for g in speaker_alternatives(gold_speaker):
        gn = norm_name(g)
        if pn == gn:
            return 'right', name
        gt = set(gn.split())
        if pt and gt and (pt < gt or gt < pt):
            status = 'partial'
    return status, name


def mention_class(m):
    if not m:
        return 'none'
    if m.lower() in {'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their'}:
        return 'pronoun'
    if m[0].islower() or m.split()[0] in {'The', 'A', 'An', 'Some', 'Both', 'Local'}:
        return 'description'
    return 'name'


def pct(a, b):
    return f'{100.0 * a / b:5.1f}%' if b else '   - '


def main(argv):
    split = 'all'
    listing = False
    inp = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ('dev', 'heldout', 'all'):
            split = a
        elif a == '--list':
            listing = True
        elif a == '--input':
            inp = args.pop(0)
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            sys.exit(f'usage: score.py [dev|heldout|all] [--list] [--input FILE]  (bad argument {a!r})')

    _, gold = read_tsv(STATEMENTS)
    if inp:
        with open(inp, encoding='utf-8') as f:
            out, how = f.read(), f'--input {inp}'
    else:
        out, how = run_verbatim()
    docs = {g['doc'] for g in gold}
    recs = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get('doc') in docs:
                recs[r['doc']].append(r)

    results = []
    for g in gold:
        st, en = int(g['start']), int(g['end'])
        glen = max(1, en - st)
        covered = set()
        best, best_ov = None, 0
        for r in recs.get(g['doc'], []):
            ov = 0
            for b, e in (r.get('content') or {}).get('spans') or []:
                lo, hi = max(st, b), min(en, e)
                if hi > lo:
                    ov += hi - lo
                    covered.update(range(lo, hi))
            if ov > best_ov:
                best, best_ov = r, ov
        cov = len(covered) / glen
        found = cov >= COVER
        if found:
            status, pred = judge(g['speaker'], best)
            naive, _ = judge(g['speaker'], best, any_name=True)
        else:
            status, pred, naive = 'not_found', '', 'not_found'
        results.append(dict(g=g, found=found, strict=best_ov / glen >= COVER, cov=cov,
                            status=status, naive=naive, pred=pred, rec=best if found else None))

    print('# speaker gold score')
    print(f'# verbatim: {how}')
    print(f'# match: gold content >= {int(COVER * 100)}% covered by the union of overlapping records;'
          ' speaker judged on the record with the largest overlap')
    print('# speaker: right = same name after normalisation (titles/accents/case/punctuation);'
          ' partial = one name\'s words a proper subset of the other\'s; wrong = other name;'
          ' missing = null speaker, no name, or speaker.kind unknown/group (unresolved mention or'
          ' description); gold UNKNOWN + a named speaker = wrong')

    def counts(rs):
        c = collections.Counter(x['status'] for x in rs)
        named = [x for x in rs if x['g']['speaker'] != 'UNKNOWN']
        unk = [x for x in rs if x['g']['speaker'] == 'UNKNOWN']
        found = sum(x['found'] for x in rs)
        d = dict(total=len(rs), found=found, strict_found=sum(x['strict'] for x in rs),
                 named_gold=len(named), named_found=sum(x['found'] for x in named),
                 right=c['right'], partial=c['partial'], wrong=c['wrong'], missing=c['missing'],
                 unknown_gold=len(unk), unknown_found=sum(x['found'] for x in unk),
                 unknown_ok=c['unknown_ok'], unknown_named=c['unknown_named'])
        d['wrong_total'] = d['wrong'] + d['unknown_named']
        d['wrong_total_any_name'] = sum(x['naive'] in ('wrong', 'unknown_named') for x in rs)
        d['recall'] = round(found / len(rs), 4) if rs else 0.0
        d['speaker_right_of_found'] = round((d['right'] + d['unknown_ok']) / found, 4) if found else 0.0
        d['speaker_wrong_of_found'] = round(d['wrong_total'] / found, 4) if found else 0.0
        d['speaker_right_of_all'] = round((d['right'] + d['unknown_ok']) / len(rs), 4) if rs else 0.0
        return d

    def show(label, rs):
        d = counts(rs)
        f = d['found']
        print(f'\n== {label}: {d["total"]} statements')
        print(f'  found (recall)        {f:4d} / {d["total"]:<4d} {pct(f, d["total"])}'
              f'   (best single record >= 50%: {d["strict_found"]})')
        print(f'  named gold, found     {d["named_found"]:4d} / {d["named_gold"]}')
        print(f'    speaker right       {d["right"]:4d}        {pct(d["right"], d["named_found"])} of found')
        print(f'    speaker partial     {d["partial"]:4d}        {pct(d["partial"], d["named_found"])} of found')
        print(f'    speaker WRONG       {d["wrong"]:4d}        {pct(d["wrong"], d["named_found"])} of found')
        print(f'    speaker missing     {d["missing"]:4d}        {pct(d["missing"], d["named_found"])} of found'
              '   (null, or kind unknown/group)')
        print(f'  UNKNOWN gold, found   {d["unknown_found"]:4d} / {d["unknown_gold"]}')
        print(f'    no name (right)     {d["unknown_ok"]:4d}')
        print(f'    named (WRONG)       {d["unknown_named"]:4d}')
        print(f'  (if any non-empty speaker.name counted as a name: {d["wrong_total_any_name"]} wrong)')
        print(f'  >>> WRONG SPEAKER: {d["wrong_total"]} of {f} found = {pct(d["wrong_total"], f).strip()}'
              f'   (right incl. UNKNOWN: {pct(d["right"] + d["unknown_ok"], f).strip()} of found,'
              f' {pct(d["right"] + d["unknown_ok"], d["total"]).strip()} of all)')
        return d

    sel = [x for x in results if split == 'all' or x['g']['split'] == split]
    per = {}
    if split == 'all':
        for s in ('dev', 'heldout'):
            per[s] = show(s, [x for x in results if x['g']['split'] == s])
    final = show(split, sel)

    # breakdowns for the selected split
    def breakdown(title, key):
        groups = collections.defaultdict(list)
        for x in sel:
            groups[key(x)].append(x)
        print(f'\n  by {title}:  total found right partial wrong missing | unk_ok unk_named')
        for k in sorted(groups, key=lambda k: -len(groups[k])):
            c = counts(groups[k])
            print(f'    {k:14s} {c["total"]:4d} {c["found"]:4d} {c["right"]:4d} {c["partial"]:4d}'
                  f' {c["wrong"]:4d} {c["missing"]:4d} | {c["unknown_ok"]:4d} {c["unknown_named"]:4d}')
    breakdown('gold kind', lambda x: x['g']['kind'])
    breakdown('cue_class', lambda x: x['g']['cue_class'])
    breakdown('mention', lambda x: mention_class(x['g']['mention']))

    # the records' confidence against what the hand labels say of their speaker
    bands = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
    print('\n  by confidence:  found  mean  name right (right or no-name-for-UNKNOWN, of found)')
    for lo, hi in bands:
        xs = [x for x in sel if x['found'] and x['rec'].get('confidence') is not None
              and lo <= x['rec']['confidence'] < hi]
        if xs:
            ok = sum(x['status'] in ('right', 'unknown_ok') for x in xs)
            mean = sum(x['rec']['confidence'] for x in xs) / len(xs)
            print(f'    {lo:.2f}-{min(hi, 1.0):.2f}     {len(xs):4d}  {mean:.2f}  {ok / len(xs):.2f} ({ok})')

    if listing:
        print('\n# id split status | gold speaker | predicted name (or speaker text) | coverage | content')
        for x in sel:
            g = x['g']
            rule = ''
            if x['rec']:
                kind = ((x['rec'].get('speaker') or {}).get('kind')) or 'null'
                rule = f' ({kind}) [{x["rec"].get("rule")}/{x["rec"].get("speaker_rule")}]'
            print(f'{g["id"]} {g["split"]:7s} {x["status"]:13s} | {g["speaker"]} | {x["pred"] or "-"}{rule}'
                  f' | {x["cov"]:.2f} | {g["content"][:70]!r}')

    final = dict(split=split, **final)
    if per:
        final['per_split'] = per
    print(json.dumps(final, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
