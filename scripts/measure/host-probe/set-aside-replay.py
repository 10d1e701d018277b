"""Setting burst launches aside, replayed on a GateAccuracy run (README "Accuracy of the gate"): per run, the quiet probe
level (lower quartile of every case-launch reading); per case, the launches whose probe read more than SHIFT over it are
left out when at least MIN_QUIET others stay, and the run median is that of the kept launches' pooled samples. Prints
how the probe sorted slow launches (> 1.3x the case's typical launch) and, per case, the between-run spread (sd of log
run median) over the runs with all launches and with the flagged ones left out.
Usage: set-aside-replay.py RUNS [SHIFT=0.25] [MIN_QUIET=2]
  RUNS: artifacts/accuracy/runs/<run> (its baseline and A/A runs' reports) or a file --extract wrote.
       set-aside-replay.py --extract artifacts/accuracy/runs/<run> OUT.json   keeps only what the replay reads."""
import collections
import glob
import json
import math
import os
import statistics as st
import sys


def extract(root):
    runs = []
    for f in sorted(glob.glob(root + '/*/reports/benchmark-report-*.json')):
        kind = f.split('/')[-3].rsplit('-', 1)[0]
        if kind not in ('baseline', 'aa'):
            continue
        r = json.load(open(f))
        cases = {}
        for cs in r['benchmark_results'].values():
            for k, v in cs.items():
                tt = v.get('launch_thread_times') or [None] * len(v['launch_medians_ns'])
                cases[k] = {'launch_medians_ns': v['launch_medians_ns'], 'probe_ms': [t.get('memory_probe_ms') if t else None for t in tt],
                            'execution_times': v['execution_times']}
        runs.append({'run': r['run_id'], 'kind': kind, 'cases': cases})
    return runs


def spread(values):
    logs = [math.log(v) for v in values]
    mean = st.mean(logs)
    return math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))


def replay(runs, shift, min_quiet):
    typical = collections.defaultdict(list)
    for run in runs:
        for k, c in run['cases'].items():
            typical[k] += c['launch_medians_ns']
    typical = {k: st.median(v) for k, v in typical.items()}
    sorted_by = collections.Counter()
    medians = collections.defaultdict(lambda: ([], []))
    for run in runs:
        probes = sorted(p for c in run['cases'].values() for p in c['probe_ms'] if p)
        quiet = probes[(len(probes) - 1) // 4] if len(probes) >= 4 else None
        for k, c in run['cases'].items():
            lm, samples = c['launch_medians_ns'], c['execution_times']
            flagged = [i for i, p in enumerate(c['probe_ms']) if p and quiet and p > quiet * (1 + shift)]
            for i, m in enumerate(lm):
                sorted_by[(m / typical[k] > 1.3, i in flagged)] += 1
            per = len(samples) // len(lm)
            chunks = [samples[i * per:(i + 1) * per] for i in range(len(lm))]
            keep = [ch for i, ch in enumerate(chunks) if i not in flagged] if len(lm) - len(flagged) >= min_quiet else chunks
            medians[k][0].append(st.median(samples))
            medians[k][1].append(st.median([x for ch in keep for x in ch]))
    print('%d runs; case-launches slow (>1.3x typical): probe flagged %d, not %d; others: flagged %d, not %d' % (
        len(runs), sorted_by[(True, True)], sorted_by[(True, False)], sorted_by[(False, True)], sorted_by[(False, False)]))
    rows = [('.'.join(k.split('.')[-2:])[:60], spread(a), spread(b)) for k, (a, b) in sorted(medians.items())]
    for row in rows:
        print('%-60s sd(log median) all launches %.3f  set aside %.3f' % row)
    print('median over cases %.3f -> %.3f; worst %.3f -> %.3f' % (
        st.median(r[1] for r in rows), st.median(r[2] for r in rows), max(r[1] for r in rows), max(r[2] for r in rows)))


if sys.argv[1] == '--extract':
    json.dump(extract(sys.argv[2]), open(sys.argv[3], 'w'), separators=(',', ':'))
else:
    source = sys.argv[1]
    runs = json.load(open(source)) if os.path.isfile(source) else extract(source)
    replay(runs, float(sys.argv[2]) if len(sys.argv) > 2 else 0.25, int(sys.argv[3]) if len(sys.argv) > 3 else 2)
