#!/usr/bin/env python3
"""Per setting: each case's sd(log median) across fresh processes; median, mean and worst case over cases (issue 13)."""
import glob, json, math, os, statistics, sys

out = sys.argv[1]
for setting in sorted(os.listdir(out)):
    if not os.path.isdir(os.path.join(out, setting)):
        continue
    medians = {}
    for report in glob.glob(os.path.join(out, setting, "p*", "results", "*-report-full.json")):
        for b in json.load(open(report))["Benchmarks"]:
            values = [m["Nanoseconds"] / m["Operations"] for m in b.get("Measurements", [])
                      if m.get("IterationMode") == "Workload" and m.get("IterationStage") == "Result"]
            if values:
                medians.setdefault(b["FullName"], []).append(statistics.median(values))
    sds, worst = [], (0, "")
    for name, ms in medians.items():
        if len(ms) < 2:
            continue
        sd = statistics.stdev([math.log(m) for m in ms])
        sds.append(sd)
        spread = max(ms) / min(ms)
        if spread > worst[0]:
            worst = (spread, name.split(".")[-1][:70])
    if sds:
        print(f"{setting:22s} processes={max(len(m) for m in medians.values())} cases={len(sds)} "
              f"median_sd={statistics.median(sds):.3f} mean_sd={statistics.mean(sds):.3f} max_sd={max(sds):.3f} "
              f"worst={worst[0]:.2f}x {worst[1]}")
    if "-v" in sys.argv:
        for name, ms in sorted(medians.items()):
            print(f"    {statistics.stdev([math.log(m) for m in ms]) if len(ms) > 1 else float('nan'):.3f}  "
                  f"{' '.join(f'{m/1e6:.3f}' for m in ms)} ms  {name.split('.')[-1][:80]}")
