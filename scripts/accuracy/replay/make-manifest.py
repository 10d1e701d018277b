#!/usr/bin/env python3
"""Builds trials.json, the replay manifest of the recorded accuracy trials, from the trial logs.

usage: make-manifest.py > trials.json; make-manifest.py --same-period > trials-same-period.json
Each trial names its report (run id), what was done to it (A/A, CPU burner, injected slowdown, injected allocation) and
the verdicts the gate logged at the time, so `FlyRigLoader.Gate.Accuracy replay-accuracy` can first check that replaying the
recorded data with the rule of that day reproduces them. Only reads /work/notes and /work/acc*; writes stdout.
"""
import glob
import json
import os
import re
import sys

NOTES = "/work/notes"
TARGET = "*PickleSmokeBenchmarks.LoadStandardPickle*"
LINE = re.compile(r"^\d\d:\d\d:\d\d (A/A|burner|inject|alloc) ")


def logged(path, prefix=None):
    """Trial lines of one log, in order, parsed into kind/factor/exit/regression/suspected/alloc."""
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not LINE.match(line):
            continue
        kind = line.split(" ")[1]
        def names(key):
            m = re.search(r"\b" + key + r"=(\S+)", line)
            if not m:
                return None  # this script does not log the field: not compared
            if m.group(1) == "-":
                return []
            return [n.replace("\\", "") for n in re.split(r",(?=FlyRigLoader\.)", m.group(1))]
        factor = None
        m = re.search(r"=(\d+\.\d+) \d+:", line)
        if kind == "inject" and m:
            factor = float(m.group(1))
        code = int(re.search(r"exit (\d+)", line).group(1))
        out.append({"kind": {"A/A": "aa"}.get(kind, kind), "factor": factor, "logged": {
            "exit": code, "regression": names("regression"), "suspected": names("suspected"), "alloc": names("alloc")}})
    return out


def runs(directory):
    files = sorted(glob.glob(os.path.join(directory, "artifacts/reports/benchmark-report-*.json")))
    return [os.path.basename(f)[len("benchmark-report-"):-len(".json")] for f in files]


def trial(run, entry):
    t = {"run": run, "kind": entry["kind"]}
    if entry["kind"] in ("inject", "alloc"):
        t["target"] = TARGET
    if entry["factor"] is not None:
        t["factor"] = entry["factor"]
    if entry["kind"] == "alloc":
        t["bytes"] = 1024
    t["logged"] = entry["logged"]
    return t


def acc():
    ids = runs("/work/acc")
    entries = logged(os.path.join(NOTES, "accuracy.log"))
    trials = [trial(r, e) for r, e in zip(ids[5:], entries)]
    # The fourth x1.10 run finished but the script was stopped before it logged a verdict: replayed, not compared.
    for r in ids[5 + len(entries):]:
        trials.append({"run": r, "kind": "inject", "target": TARGET, "factor": 1.10, "logged": None})
    return {"name": "acc", "profile": "smoke (5 samples/benchmark)", "reports": "/work/acc/artifacts/reports",
            "baseline": "/work/acc/artifacts/accuracy/baselines", "baseline_runs": ids[:5], "trials": trials}


def acc2():
    ids = runs("/work/acc2")
    default = logged(os.path.join(NOTES, "accuracy-default.log"))
    alloc = logged(os.path.join(NOTES, "accuracy-alloc.log"))
    inject = logged(os.path.join(NOTES, "accuracy-inject.log"))
    aa = [e for e in default if e["kind"] == "aa"]
    inj1 = [e for e in default if e["kind"] == "inject"]
    trials = [trial(r, e) for r, e in zip(ids[5:15], aa)]
    # inject.sh and alloc.sh ran at the same time: report pairs 3-4 s apart, the inject run first (its allocation is
    # unchanged; the second carries the extra 1 KB), so each of these runs had the other suite as a neighbour.
    pairs = ids[15:35]
    for i in range(10):
        t = trial(pairs[2 * i], inj1[i]); t["concurrent"] = True; trials.append(t)
        t = trial(pairs[2 * i + 1], alloc[i]); t["concurrent"] = True; trials.append(t)
    trials += [trial(r, e) for r, e in zip(ids[35:45], inject)]
    return {"name": "acc2", "profile": "default (15 samples/benchmark)", "reports": "/work/acc2/artifacts/reports",
            "baseline": "/work/acc2/artifacts/accuracy/baselines", "baseline_runs": ids[:5], "trials": trials}


def same_period(set_):
    """The same trials judged against the set's first five A/A runs (minutes, not a quarter hour, before the injected
    runs) instead of the recorded baseline; those five leave the trials, the other A/A runs stay as held-out A/A."""
    aa = [t for t in set_["trials"] if t["kind"] == "aa"]
    base = [t["run"] for t in aa[:5]]
    trials = [dict(t, logged=None) for t in set_["trials"] if t["run"] not in base]
    out = {k: v for k, v in set_.items() if k not in ("baseline", "trials")}
    out.update({"name": set_["name"] + "-same-period", "baseline_reports": base, "trials": trials})
    return out


sets = [acc2(), acc()]
if "--same-period" in sys.argv:
    sets = [same_period(s) for s in sets]
json.dump({"$comment": "Recorded accuracy trials of the regression gate (see make-manifest.py); replay with FlyRigLoader.Gate replay-accuracy.",
           "sets": sets}, sys.stdout, indent=1)
print()
