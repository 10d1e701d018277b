#!/usr/bin/env python3
"""Between-run spread of four run statistics over the committed runs of one GateAccuracy run (no measurement).

usage: statistic-spread.py runs-<run>.json [quiet_shift]

For each case: the sd of log over runs of (1) the pooled median of the run's samples (what the gate judges), (2) the
median of its launch medians each corrected by the host memory probe, (probe quartile / probe) ** beta with beta the
case's own least-squares elasticity fitted on these same runs (in-sample, so an optimistic bound), (3) the run's fastest
launch median, (4) its fastest launch among those whose probe read within quiet_shift (default 0.15) of the quartile.
The probe quartile is the lower quartile of every reading in the file, as the interference witness takes a run's.
"""
import json
import math
import statistics as st
import sys


def sd_log(values):
    return st.stdev([math.log(v) for v in values])


def main(path, quiet_shift=0.15):
    runs = json.load(open(path))
    readings = sorted(p for r in runs for c in r["cases"].values() for p in c["probe_ms"])
    quartile = readings[len(readings) // 4]
    print(f"{len(runs)} runs, {len(readings)} case-launches, probe quartile {quartile:.4f} ms")
    print(f"{'case':60s} {'beta':>5s} {'r2':>5s} {'median':>7s} {'probe-corr':>10s} {'fastest':>8s} {'quiet-fastest':>13s}")
    rows = []
    for case in sorted(runs[0]["cases"]):
        xs, ys = [], []
        for r in runs:
            c = r["cases"][case]
            for m, p in zip(c["launch_medians_ns"], c["probe_ms"]):
                xs.append(math.log(p / quartile))
                ys.append(math.log(m))
        mx, my = st.mean(xs), st.mean(ys)
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
        sxx = sum((x - mx) ** 2 for x in xs)
        syy = sum((y - my) ** 2 for y in ys)
        beta, r2 = sxy / sxx, sxy * sxy / (sxx * syy)
        median, corrected, fastest, quiet = [], [], [], []
        for r in runs:
            c = r["cases"][case]
            pairs = list(zip(c["launch_medians_ns"], c["probe_ms"]))
            median.append(st.median(c["execution_times"]))
            corrected.append(st.median([m * (quartile / p) ** beta for m, p in pairs]))
            fastest.append(min(m for m, _ in pairs))
            calm = [m for m, p in pairs if p <= quartile * (1 + quiet_shift)]
            quiet.append(min(calm) if calm else min(m for m, _ in pairs))
        row = (sd_log(median), sd_log(corrected), sd_log(fastest), sd_log(quiet))
        rows.append(row)
        print(f"{case[-60:]:60s} {beta:5.2f} {r2:5.2f} {row[0]:7.3f} {row[1]:10.3f} {row[2]:8.3f} {row[3]:13.3f}")
    for label, pick in (("median over cases", st.median), ("worst case", max)):
        print(f"{label:60s} {'':5s} {'':5s} " + " ".join(f"{pick([r[i] for r in rows]):{w}.3f}" for i, w in enumerate((7, 10, 8, 13))))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.15)
