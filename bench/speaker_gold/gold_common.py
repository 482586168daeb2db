"""Shared helpers for the speaker gold sample (standard library only).

Loads the articles of corpus/ under the document ids Verbatim prints:
  *.csv   -> '<path relative to corpus/ without .csv>#N'  (N = 1-based data row)
  *.jsonl -> the record's 'id' field
  *.txt   -> '<path relative to corpus/ without .txt>'
and reads statements.tsv / articles.tsv.
"""
import csv
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(REPO, 'corpus')
STATEMENTS = os.path.join(HERE, 'statements.tsv')
ARTICLES = os.path.join(HERE, 'articles.tsv')

COLUMNS = ['id', 'doc', 'split', 'start', 'end', 'content', 'mention', 'mention_start',
           'speaker', 'kind', 'cue', 'cue_class', 'note']
KINDS = {'person', 'organization', 'place', 'media', 'document', 'unknown'}
CUE_CLASSES = {'speech', 'denial', 'question', 'belief', 'intention', 'report'}
SPLITS = {'dev', 'heldout'}

csv.field_size_limit(10 ** 9)


def load_corpus(corpus=CORPUS, wanted=None):
    """Return {doc_id: text}. If `wanted` is a set of ids, files holding none of them
    are still read (ids are only known after reading) but only wanted ids are kept."""
    texts = {}
    for root, _dirs, files in os.walk(corpus):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, corpus).replace(os.sep, '/')
            stem, ext = os.path.splitext(rel)
            if ext == '.csv':
                with open(path, encoding='utf-8', newline='') as f:
                    reader = csv.reader(f)
                    header = next(reader)
                    col = header.index('text')
                    for n, row in enumerate(reader, 1):
                        texts[f'{stem}#{n}'] = row[col]
            elif ext == '.jsonl':
                with open(path, encoding='utf-8') as f:
                    for line in f:
                        if line.strip():
                            d = json.loads(line)
                            texts[str(d['id'])] = d['text']
            elif ext == '.txt':
                with open(path, encoding='utf-8') as f:
                    texts[stem] = f.read()
    if wanted is not None:
        texts = {k: v for k, v in texts.items() if k in wanted}
    return texts


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f, delimiter='\t')
        return reader.fieldnames, list(reader)


def speaker_alternatives(speaker):
    """'A | B' lists joint speakers or accepted alternative names: any one counts as right."""
    return [s.strip() for s in speaker.split('|') if s.strip()]


_TRANSLIT = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                           'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', '’': "'", '‘': "'", '`': "'"})
_TITLES = ['prime minister', 'deputy prime minister', 'foreign minister', 'chief justice',
           'secretary general', 'secretary-general', 'director general', 'director-general',
           'president', 'vice president', 'chancellor', 'premier', 'minister', 'secretary',
           'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'judge',
           'justice', 'dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'sir',
           'dame', 'lord', 'lady', 'captain', 'capt', 'sheriff', 'commissioner', 'archbishop',
           'bishop', 'monsenor', 'monsignor', 'pope', 'king', 'queen', 'general', 'gen',
           'speaker', 'director', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson']
_TITLES.sort(key=len, reverse=True)


def norm_name(name):
    """Lower-case, strip accents, drop '.', turn other punctuation (but apostrophes) and
    hyphens into spaces, drop a leading 'the' and leading personal titles, drop a final 's."""
    s = unicodedata.normalize('NFKD', (name or '').translate(_TRANSLIT))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('.', '')
    s = re.sub(r"[^\w']+", ' ', s).strip()
    s = re.sub(r"'s$", '', s).strip()
    changed = True
    while changed:
        changed = False
        if s.startswith('the '):
            s, changed = s[4:], True
        for t in _TITLES:
            t = t.replace('-', ' ')
            if s.startswith(t + ' '):
                s, changed = s[len(t) + 1:], True
                break
    return s
