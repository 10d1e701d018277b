#!/usr/bin/env python3
"""Does a run's launch agreement predict that its case medians stay put between runs?

usage: settled-criterion.py [artifacts/accuracy/runs] [profile=default]
Reads every scratch-baseline and A/A run report of every GateAccuracy run under the folder (the shipped build, so any
move between runs is the machine), keeps the runs whose cases all have three launches, and for each criterion and limit
prints how many runs it keeps and how far the kept runs' case medians moved between runs (median over cases, and the
worst case, of the sd of log medians), beside the runs it refused. `sd` is the gate's rule (baseline_max_launch_spread:
median over cases of the sd of log launch medians); `pair` forgives one launch (the closest two launches agreeing).
"""
import collections
import glob
import json
import math
import os
import statistics as st
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "artifacts/accuracy/runs"
profile = sys.argv[2] if len(sys.argv) > 2 else "default"
runs = {}
for path in glob.glob(os.path.join(root, "*", "*", "reports", "benchmark-report-*.json")):
    folder = path.split(os.sep)[-3]
    if not (folder.startswith("baseline") or folder.startswith("aa")):
        continue
    report = json.load(open(path, encoding="utf-8"))
    if report["benchmark_suite"].get("profile") != profile:
        continue
    cases = {n: e for c in report["benchmark_results"].values() for n, e in c.items() if not e.get("launch_indices")}
    if cases and all(len(e.get("launch_medians_ns") or []) == 3 for e in cases.values()):
        runs[report["run_id"]] = cases


def sd_log(values):
    logs = [math.log(v) for v in values]
    mean = sum(logs) / len(logs)
    return math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))


def spread(cases):
    return st.median(sd_log(e["launch_medians_ns"]) for e in cases.values())


def pair(cases):
    def closest(m):
        m = sorted(m)
        return min(math.log(m[1] / m[0]), math.log(m[2] / m[1])) / math.sqrt(2)
    return st.median(closest(e["launch_medians_ns"]) for e in cases.values())


def moved(ids):
    per = collections.defaultdict(list)
    for run in ids:
        for name, e in runs[run].items():
            per[name].append(e["statistics"]["median"])
    sds = sorted(sd_log(v) for v in per.values() if len(v) >= 2)
    return (st.median(sds), sds[-1]) if sds else (float("nan"), float("nan"))


print(f"{len(runs)} {profile}-profile runs of three launches under {root}")
for name, criterion, limits in [("sd", spread, [0.04, 0.06, 0.08]), ("pair", pair, [0.02, 0.03, 0.04, 0.06])]:
    for limit in limits:
        kept = [r for r, cases in runs.items() if criterion(cases) <= limit]
        rest = [r for r in runs if r not in kept]
        (median, worst), (other, _) = moved(kept), moved(rest)
        print(f"{name} <= {limit}: kept {len(kept)}/{len(runs)}, moved between runs by {median:.3f} (worst case {worst:.3f}); the others by {other:.3f}")
