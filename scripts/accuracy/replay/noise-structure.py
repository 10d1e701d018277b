#!/usr/bin/env python3
"""Is the between-run noise of the recorded trials common-mode (the whole suite faster/slower together)?

usage: noise-structure.py [trials.json]
Per set: per-benchmark spread of log(run median / baseline reference) across the null trials (A/A, burner, alloc runs,
whose times were not touched) and across the baseline runs, raw and after dividing by the median of the other
benchmarks of the same run (leave-one-out), the mean pairwise correlation between benchmarks, and how well even an
oracle threshold on the target's leave-one-out ratio separates the x1.25 trials from the null trials.
Reads the reports named in the manifest; writes stdout only.
"""
import json
import math
import os
import statistics as st
import sys

manifest = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "trials.json")
m = json.load(open(manifest, encoding="utf-8"))
for s in m["sets"]:
    def medians(run_id):
        r = json.load(open(os.path.join(s["reports"], f"benchmark-report-{run_id}.json"), encoding="utf-8"))
        return {n: math.log(st.median(e["execution_times"])) for v in r["benchmark_results"].values() for n, e in v.items()}

    base = [medians(r) for r in s["baseline_runs"]]
    names = sorted(base[0])
    ref = {n: st.median([b[n] for b in base]) for n in names}
    target = next(n for n in names if "LoadStandardPickle" in n)

    def loo(row, n):
        return row[n] - st.median([row[j] for j in names if j != n])

    groups = {
        "baseline runs": [{n: b[n] - ref[n] for n in names} for b in base],
        "null trials": [{n: x[n] - ref[n] for n in names} for x in (medians(t["run"]) for t in s["trials"] if t["kind"] in ("aa", "burner", "alloc"))],
    }
    print(f"== {s['name']} ({s['profile']})")
    print("   benchmarks:", ", ".join(n.split(".")[-1] for n in names))
    for label, rows in groups.items():
        corr = []
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                xa, xb = [r[a] for r in rows], [r[b] for r in rows]
                ma, mb = st.mean(xa), st.mean(xb)
                den = math.sqrt(sum((p - ma) ** 2 for p in xa) * sum((q - mb) ** 2 for q in xb))
                corr.append(sum((p - ma) * (q - mb) for p, q in zip(xa, xb)) / den if den else 0.0)
        rms = [math.sqrt(st.mean([r[n] ** 2 for r in rows])) for n in names]
        rms_loo = [math.sqrt(st.mean([loo(r, n) ** 2 for r in rows])) for n in names]
        print(f"   {label} (n={len(rows)}): mean pairwise correlation {st.mean(corr):+.2f} (min {min(corr):+.2f}, max {max(corr):+.2f})")
        print("      RMS log ratio, raw:          ", " ".join(f"{v:.3f}" for v in rms))
        print("      RMS log ratio, leave-one-out:", " ".join(f"{v:.3f}" for v in rms_loo))

    offset = st.median([loo({n: b[n] - ref[n] for n in names}, target) for b in base])
    null, inj = [], []
    for t in s["trials"]:
        x = medians(t["run"])
        v = loo({n: x[n] - ref[n] for n in names}, target) - offset
        if t["kind"] in ("aa", "burner", "alloc"):
            null.append(v)
        elif t.get("factor") == 1.25:
            inj.append(v)
    print(f"   target leave-one-out log ratio: null sd {st.pstdev(null):.3f}, x1.25 mean {st.mean(inj):+.3f} (log 1.25 = {math.log(1.25):.3f})")
    for thr in (0.05, 0.10, 0.15, 0.20):
        print(f"      oracle threshold {thr:+.2f}: x1.25 above it {sum(v > thr for v in inj)}/{len(inj)}, null above it {sum(v > thr for v in null)}/{len(null)}")
