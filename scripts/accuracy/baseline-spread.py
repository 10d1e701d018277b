#!/usr/bin/env python3
"""The fresh-process spread table of a baseline file's runs (GateAccuracy's `spread`, over runs already measured).

usage: baseline-spread.py <baseline.json> [last-n-runs]
Every run of a baseline file is one fresh `Benchmarks` run of the suite (its launches pooled), so the runs' case medians
give the spread table of GateAccuracy's `spread` experiment (SpreadCalculator: per case the sample sd of ln(median)
across runs and max/min median; then the median, mean and worst over the cases) without measuring again. Each run's own
launch agreement (the median over cases of the sd of log launch medians, UpdateBaseline's settled test) is printed
first, so a table over unsettled runs is not mistaken for one over settled runs.
Exit 0 with the table, 2 on a missing or malformed file.
"""
import json
import math
import statistics as st
import sys


def sd_log(values):
    logs = [math.log(v) for v in values]
    mean = sum(logs) / len(logs)
    return math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            runs = json.load(f)["runs"]
        last = int(argv[2]) if len(argv) > 2 else len(runs)
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"baseline-spread: {path}: not a readable baseline file with runs ({e})", file=sys.stderr)
        return 2
    runs = runs[-last:]
    medians = {}
    for run in runs:
        launches = [sd_log(b["launch_medians_ns"]) for b in run["benchmarks"] if len(b.get("launch_medians_ns") or []) >= 2]
        agreement = f"{st.median(launches):.3f}" if launches else "n/a"
        print(f"{run['run_id']}: {len(run['benchmarks'])} cases, launches agree by a median sd of log {agreement}")
        for b in run["benchmarks"]:
            if b.get("median_ns", 0) > 0:
                medians.setdefault(b["full_name"], []).append(b["median_ns"])
    rows = sorted(((sd_log(v), max(v) / min(v), name) for name, v in medians.items() if len(v) >= 2), reverse=True)
    if not rows:
        print("no case measured by two runs")
        return 0
    sds = [r[0] for r in rows]
    worst_ratio = max(rows, key=lambda r: r[1])
    print(f"{len(runs)} runs, {len(rows)} cases: sd of log(median) between runs: median {st.median(sds):.3f}, mean {st.mean(sds):.3f}, "
          f"worst {rows[0][0]:.3f} ({rows[0][2]}); max/min up to {worst_ratio[1]:.2f}x ({worst_ratio[2]})")
    print(f"bar (issue 13): median <= 0.03, worst <= 0.10: {'met' if st.median(sds) <= 0.03 and rows[0][0] <= 0.10 else 'not met'}")
    for sd, ratio, name in rows[:8]:
        print(f"  {sd:.3f}  {ratio:.2f}x  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
