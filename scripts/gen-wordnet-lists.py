#!/usr/bin/env python3
"""Writes the word lists Verbatim takes from WordNet 3.0 (Debian's wordnet-base package):

  grammars/en/antonyms.txt        one `a|v word antonym` line a pair (direct antonyms of adjectives
                                  and verbs; single words only)
  grammars/en/irregular_forms.txt one `form base` pair a line (WordNet's exception lists:
                                  went go, children child, worse bad)
  grammars/en/common_words.txt    one word a line: lower-case words of everyday English (lemmas
                                  tagged at least once in WordNet's sense-tagged corpus), without
                                  the ones WordNet also knows as surnames (King, Bush, Brown)

The lists are committed, so the build needs no WordNet; rerun this after a WordNet update:
  apt-get install wordnet-base && scripts/gen-wordnet-lists.py
"""
import os
import sys

WN = '/usr/share/wordnet'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'grammars', 'en')

NOTICE = """# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def clean(word):
    word = word.lower()
    if '(' in word:  # adjective markers: good(a), galore(ip)
        word = word[:word.index('(')]
    return word


def synsets(pos):
    with open(os.path.join(WN, 'data.' + pos), encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            parts = line.split(' | ')[0].split()
            offset, wcnt = parts[0], int(parts[3], 16)
            words = [clean(parts[4 + 2 * i]) for i in range(wcnt)]
            i = 4 + 2 * wcnt
            pcnt = int(parts[i])
            ptrs = []
            for k in range(pcnt):
                sym, target, tpos, st = parts[i + 1 + 4 * k: i + 5 + 4 * k]
                ptrs.append((sym, target, tpos, int(st[:2], 16), int(st[2:], 16)))
            yield offset, words, ptrs


def antonyms():
    pairs = set()
    # Nouns and adverbs are left out: man/woman, day/night, inside/outside name different things or
    # places rather than opposite claims.
    for pos in ('adj', 'verb'):
        table = {}
        rows = list(synsets(pos))
        for offset, words, _ in rows:
            table[offset] = words
        for offset, words, ptrs in rows:
            for sym, target, tpos, src, dst in ptrs:
                if sym != '!' or src == 0 or dst == 0 or target not in table:
                    continue
                a, b = words[src - 1], table[target][dst - 1]
                if '_' in a or '_' in b or '-' in a or '-' in b or a == b:
                    continue
                pairs.add((pos[0],) + tuple(sorted((a, b))))
    return sorted(pairs)


def irregular():
    pairs = set()
    for pos in ('verb', 'noun', 'adj', 'adv'):
        with open(os.path.join(WN, pos + '.exc'), encoding='latin-1') as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and '_' not in parts[0] and '_' not in parts[1]:
                    pairs.add((parts[0], parts[1]))
    return sorted(pairs)


def common_words():
    tagged = set()
    for pos in ('noun', 'verb', 'adj', 'adv'):
        with open(os.path.join(WN, 'index.' + pos), encoding='latin-1') as f:
            for line in f:
                if line.startswith(' '):
                    continue
                parts = line.split()
                lemma, pcnt = parts[0], int(parts[3])
                if lemma.isalpha() and lemma.isascii() and len(lemma) >= 3 and int(parts[5 + pcnt]) > 0:
                    tagged.add(lemma)
    # A word WordNet writes as the last word of a person's name (Martin_Luther_King) is a surname too.
    surnames = set()
    with open(os.path.join(WN, 'data.noun'), encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            parts = line.split()
            if parts[1] != '18':  # noun.person
                continue
            for i in range(int(parts[3], 16)):
                name = parts[4 + 2 * i].split('(')[0].split('_')
                if len(name) >= 2 and all(w[:1].isupper() for w in name if w.isalpha()):
                    surnames.add(name[-1].lower())
    return sorted(tagged - surnames)


def main():
    if not os.path.isdir(WN):
        sys.exit('WordNet not found in %s: apt-get install wordnet-base' % WN)
    with open(os.path.join(OUT, 'antonyms.txt'), 'w', encoding='utf-8') as f:
        f.write('# Antonyms: `a word antonym` (adjectives) or `v word antonym` (verbs), symmetric. Generated by scripts/gen-wordnet-lists.py from\n'
                '# the direct antonym pointers (adjectives, verbs) of WordNet 3.0 (Debian wordnet-base). Do not edit by hand.\n')
        f.write(NOTICE)
        for pos, a, b in antonyms():
            f.write('%s %s %s\n' % (pos, a, b))
    with open(os.path.join(OUT, 'irregular_forms.txt'), 'w', encoding='utf-8') as f:
        f.write('# Irregular inflections: `form base`. Generated by scripts/gen-wordnet-lists.py from the\n'
                '# exception lists of WordNet 3.0 (Debian wordnet-base). Do not edit by hand.\n')
        f.write(NOTICE)
        for form, base in irregular():
            f.write('%s %s\n' % (form, base))
    with open(os.path.join(OUT, 'common_words.txt'), 'w', encoding='utf-8') as f:
        f.write('# Everyday English words, lower case: a name made only of these (and no first name) is no\n'
                "# person's (\"Environmental Protection\"). Generated by scripts/gen-wordnet-lists.py from WordNet 3.0\n"
                '# (Debian wordnet-base): lemmas tagged in its sense-tagged corpus, less the surnames of its\n'
                '# person names. Do not edit by hand.\n')
        f.write(NOTICE)
        for w in common_words():
            f.write(w + '\n')


if __name__ == '__main__':
    main()
