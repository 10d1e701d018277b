"""Per process: the load's median and 5 s profile beside each probe's; then, over windows of 10 rounds, how each probe's
window median is distributed in quiet windows (load median < 55 us) and in burst ones (> 65 us)."""
import csv
import statistics as st
import sys

rows = [list(map(float, r)) for r in csv.reader(open(sys.argv[1]))]
procs = {}
for r in rows:
    procs.setdefault(int(r[0]), []).append(r)
quiet, burst = [], []
for pid, rs in procs.items():
    bins = {}
    for r in rs:
        bins.setdefault(int(r[1] // 5), []).append(r)
    profile = " | ".join("%.0f/%.2f/%.2f/%.1f" % tuple(st.median(x[i] for x in b) for i in (5, 2, 3, 4)) for _, b in sorted(bins.items()))
    print(pid, "rounds %d, 5 s bins load us / cpu ms / memory ms / chase ms:" % len(rs), profile)
    for i in range(0, len(rs) - 10, 10):
        w = rs[i:i + 10]
        load = st.median(x[5] for x in w)
        probes = tuple(st.median(x[i] for x in w) for i in (3, 2, 4))
        (burst if load > 65 else quiet if load < 55 else []).append(probes)
for name, i in (("memory", 0), ("cpu", 1), ("chase", 2)):
    q = sorted(x[i] for x in quiet)
    b = sorted(x[i] for x in burst)
    line = "%-6s quiet windows %d: p50 %.3f p95 %.3f p99 %.3f max %.3f" % (name, len(q), q[len(q) // 2], q[int(.95 * len(q))], q[int(.99 * len(q))], q[-1]) if q else name + " no quiet window"
    line += ("; burst windows %d: p5 %.3f p50 %.3f" % (len(b), b[int(.05 * len(b))], b[len(b) // 2])) if b else "; no burst window"
    print(line)
