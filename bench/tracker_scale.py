#!/usr/bin/env python3
"""Tracker scaling benchmark: how `verbatim report --from-records` grows with the number of claims.

Takes quotation records (the JSONL of `verbatim quotes -f jsonl`) from a large corpus, made by
bench/throughput.py --keep FILE, and runs the tracker on the first N records for growing N,
printing claims, seconds, claims/s and peak memory for each; the last column shows how close to
linear the cost grows (seconds per claim, relative to the smallest run).

Usage: bench/tracker_scale.py --corpus FILE [--records FILE] [--sizes 150000,450000,1500000] [--jobs 1]
  --corpus   JSONL articles (bench/throughput.py --mb 1000 --keep FILE)
  --records  where to keep the records (made from --corpus with -j 2 when missing)
  --jobs     threads for the tracker (`report -j`: claim analysis and matching)
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--records', default=None)
    ap.add_argument('--sizes', default='150000,450000,1500000', help='numbers of quotation records to read')
    ap.add_argument('--jobs', type=int, default=1, help='threads for the tracker (report -j)')
    ap.add_argument('--verbatim', default=os.environ.get('VERBATIM', os.path.join(ROOT, 'build', 'verbatim')))
    a = ap.parse_args()
    records = a.records or a.corpus + '.records.jsonl'
    if not os.path.exists(records):
        print(f'extracting {a.corpus} -> {records}', file=sys.stderr)
        with open(records, 'w') as out:
            subprocess.run([a.verbatim, 'quotes', '-q', '-j', '2', '-f', 'jsonl', a.corpus], stdout=out,
                           stderr=subprocess.DEVNULL, check=False)
    base = None
    print('records | claims | seconds | claims/s | peak memory | s per claim vs smallest')
    print('---: | ---: | ---: | ---: | ---: | ---:')
    for n in [int(x) for x in a.sizes.split(',')]:
        part = f'{records}.{n}'
        with open(records) as src, open(part, 'w') as dst:
            for i, line in enumerate(src):
                if i >= n:
                    break
                dst.write(line)
        # Peak memory from GNU time (the child's own ru_maxrss would count the forked Python).
        stats = part + '.time'
        t0 = time.monotonic()
        p = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', stats, a.verbatim, 'report', '-j', str(a.jobs), '-f', 'json', '-o', os.devnull,
                            '--from-records', part], stderr=subprocess.PIPE, text=True)
        secs = time.monotonic() - t0
        with open(stats) as f:
            digits = [x for x in f.read().split() if x.isdigit()]
        os.unlink(stats)
        peak_mb = int(digits[-1]) / 1024 if digits else 0
        os.unlink(part)
        m = re.search(r'(\d+) claims?\b', p.stderr)
        claims = int(m.group(1)) if m else 0
        per = secs / claims if claims else 0
        base = base or per
        mem = f'{peak_mb:.0f} MB'
        print(f'{n} | {claims} | {secs:.1f} | {claims / secs:.0f} | {mem} | {per / base if base else 0:.2f}', flush=True)
        if p.returncode != 0:
            print(p.stderr[-2000:], file=sys.stderr)


if __name__ == '__main__':
    main()
