#!/usr/bin/env python3
"""Throughput benchmark: builds a news corpus of a chosen size from the bulk text in
../shared/data/bench (Reuters-21578 bodies, FNC-1 article bodies, Chronicling America 1916 front
pages), replicated with distinct ids, as one JSONL file; runs `verbatim quotes --format jsonl` on
it and prints MB/s, documents/s, quotations found and peak memory, and the time of
`LC_ALL=C.UTF-8 wc -w` on the same file in the same run, as a yardstick for the machine.

Usage: bench/throughput.py [--mb 1000] [--jobs 1] [--runs 1] [--keep FILE] [--reuse FILE] [--verbatim PATH]
With --runs N, each program runs N times and the best time counts.
The corpus is written to a temporary file (or FILE with --keep) and removed afterwards.
"""
import argparse
import csv
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, '..', 'shared', 'data', 'bench')


def articles():
    """(source id, text) of every article in the bench folder, in a fixed order."""
    reuters = os.path.join(BENCH, 'reuters21578')
    for name in sorted(os.listdir(reuters)):
        if not name.endswith('.xml'):
            continue
        with open(os.path.join(reuters, name), encoding='latin-1') as f:
            data = f.read()
        for i, body in enumerate(re.findall(r'<BODY>(.*?)</BODY>', data, re.S)):
            yield f'reuters/{name}/{i}', html.unescape(body)
    csv.field_size_limit(10 ** 9)
    for name in ('train_bodies.csv', 'competition_test_bodies.csv'):
        with open(os.path.join(BENCH, name), encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                yield f'fnc/{name}/{row["Body ID"]}', row['articleBody']
    chronam = os.path.join(BENCH, 'chronam-1916-01')
    for day in sorted(os.listdir(chronam)):
        folder = os.path.join(chronam, day)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as f:
                yield f'chronam/{day}/{name}', f.read()


def build(path, megabytes):
    target = megabytes * 1_000_000
    written = docs = 0
    pool = list(articles())
    if not pool:
        sys.exit(f'no articles under {BENCH}')
    with open(path, 'w', encoding='utf-8') as out:
        copy = 0
        while written < target:
            for source, text in pool:
                line = json.dumps({'id': f'{source}#{copy}', 'text': text}, ensure_ascii=False) + '\n'
                out.write(line)
                written += len(line.encode('utf-8'))
                docs += 1
                if written >= target:
                    break
            copy += 1
    return written, docs


def time_wc(path):
    """Seconds of `LC_ALL=C.UTF-8 wc -w` on the file."""
    start = time.perf_counter()
    subprocess.run(['wc', '-w', path], stdout=subprocess.DEVNULL, env=dict(os.environ, LC_ALL='C.UTF-8'), check=True)
    return time.perf_counter() - start


def time_verbatim(verbatim, jobs, path):
    """(seconds, quotations, peak KB or None, exit code) of one run of `verbatim quotes -f jsonl`."""
    # Peak memory from GNU time when it is there: the child's own ru_maxrss would count the
    # Python process it was forked from.
    timer = '/usr/bin/time' if os.path.exists('/usr/bin/time') else None
    stats = tempfile.mkstemp(suffix='.time')[1]
    command = [verbatim, 'quotes', '--quiet', '--format', 'jsonl', '--jobs', str(jobs), path]
    if timer:
        command = [timer, '-f', '%M', '-o', stats] + command
    start = time.perf_counter()
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    quotations = 0
    while chunk := run.stdout.read(1 << 20):
        quotations += chunk.count(b'\n')
    run.wait()
    seconds = time.perf_counter() - start
    peak_kb = None
    if timer:
        with open(stats) as f:
            lines = [l for l in f.read().split() if l.isdigit()]
        peak_kb = int(lines[-1]) if lines else None
    os.remove(stats)
    return seconds, quotations, peak_kb, run.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--mb', type=int, default=1000, help='corpus size in MB (default 1000)')
    ap.add_argument('--keep', help='write the corpus here and keep it')
    ap.add_argument('--reuse', help='run on this corpus file (made with --keep) instead of building one')
    ap.add_argument('--jobs', type=int, default=1, help='worker threads (verbatim -j)')
    ap.add_argument('--runs', type=int, default=1, help='runs of each program; the best time counts')
    ap.add_argument('--verbatim', default=os.environ.get('VERBATIM', os.path.join(ROOT, 'build', 'verbatim')))
    a = ap.parse_args()
    if not os.path.isdir(BENCH):
        print(f'{BENCH} is not here: benchmark skipped')
        return 0
    path = a.reuse or a.keep or tempfile.mkstemp(suffix='.jsonl')[1]
    try:
        if a.reuse:
            size = os.path.getsize(path)
            with open(path, 'rb') as f:
                docs = sum(1 for _ in f)
        else:
            size, docs = build(path, a.mb)
        wc_seconds = min(time_wc(path) for _ in range(max(a.runs, 1)))
        seconds, quotations, peak_kb, code = min((time_verbatim(a.verbatim, a.jobs, path) for _ in range(max(a.runs, 1))),
                                                 key=lambda r: r[0])
        print(f'corpus: {size / 1e6:.1f} MB, {docs} documents (JSONL), {a.jobs} job{"s" if a.jobs > 1 else ""}')
        print(f'time: {seconds:.2f} s | {size / 1e6 / seconds:.1f} MB/s | {docs / seconds:.0f} documents/s | '
              f'{quotations} quotations | peak memory '
              f'{f"{peak_kb / 1024:.0f} MB" if peak_kb else "unknown (no /usr/bin/time)"} | exit {code}')
        print(f'LC_ALL=C.UTF-8 wc -w on the same file: {wc_seconds:.2f} s | verbatim takes {seconds / wc_seconds:.1f}x as long')
    finally:
        if not a.keep and not a.reuse and os.path.exists(path):
            os.remove(path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
