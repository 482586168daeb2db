#!/usr/bin/env python3
"""Scale of one long article: how time and peak memory grow with the number of quotations in a
single document (a transcript or a book-length text), not with the corpus.

  bench/long_article.py [--verbatim build/verbatim] [--sizes 25000,50000,100000] [--memory-mb 50]

Times `verbatim quotes -q -f jsonl` on one JSONL record holding N copies of
`Jones said the plan "is done" and will work. ` (one line), best of three, and prints each time
and its ratio to the one before; then the peak memory on one record of about MEMORY_MB MB of
`He said "yes". ` (one quotation every 16 bytes). Linear time: doubling N about doubles the time.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def record(path, sentence, copies):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(json.dumps({'id': 'long', 'text': sentence * copies}) + '\n')


def run(verbatim, path):
    """(seconds, peak KB, quotations, exit code) of one run (the records go to /dev/null; the
    count is the summary's)."""
    start = time.monotonic()
    p = subprocess.run(['/usr/bin/time', '-f', 'peak=%M', verbatim, 'quotes', '-f', 'jsonl', path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    peak = int(re.search(r'peak=(\d+)', p.stderr).group(1))
    found = re.search(r'(\d+) quotations?', p.stderr)
    return seconds, peak, int(found.group(1)) if found else 0, p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--verbatim', default=os.path.join(HERE, '..', 'build', 'verbatim'))
    ap.add_argument('--sizes', default='25000,50000,100000')
    ap.add_argument('--memory-mb', type=int, default=50)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'long.jsonl')
        before = None
        for n in [int(x) for x in args.sizes.split(',')]:
            record(path, 'Jones said the plan \u201cis done\u201d and will work. ', n)
            best = min(run(args.verbatim, path)[0] for _ in range(3))
            ratio = f'  ({best / before:.2f}x the one before)' if before else ''
            print(f'{n:>9,} quoted sentences, one line: {best:6.2f} s{ratio}')
            before = best
        if args.memory_mb:
            sentence = 'He said "yes". '
            record(path, sentence, args.memory_mb * 1_000_000 // len(sentence))
            size = os.path.getsize(path) / 1e6
            seconds, peak, quotes, rc = run(args.verbatim, path)
            print(f'one record of {size:.1f} MB ({quotes:,} quotations): {seconds:.1f} s, '
                  f'peak memory {peak / 1024:.0f} MB ({peak / 1024 / size:.1f}x the record), exit {rc}')


if __name__ == '__main__':
    main()
