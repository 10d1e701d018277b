#!/usr/bin/env python3
"""Adds one GateAccuracy run to a self-contained replay manifest (e.g. 2026-12-04/trials.json).

usage: add-gate-accuracy-set.py <artifacts/accuracy/gate-accuracy-<run>.json> <manifest.json>
Copies the run's scratch baseline to <manifest dir>/baselines/<profile>-<run stamp>.json and each judged single-run
trial's report, minified, to <manifest dir>/reports/, then appends a set named <run stamp> whose trials carry the verdicts
GateAccuracy recorded at first look (names without spaces, as the replay compares them). Reads the artifacts folder the
GateAccuracy JSON names; writes the manifest through a temporary file. Exit 2 when the run is already in the manifest
or a file is missing.
"""
import json
import os
import sys

KINDS = {"aa": ("aa", None), "inject125": ("inject", 1.25), "inject110": ("inject", 1.10), "alloc": ("alloc", None)}


def fail(message):
    print(f"add-gate-accuracy-set: {message}", file=sys.stderr)
    sys.exit(2)


def main(accuracy_path, manifest_path):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(accuracy_path))))
    run = json.load(open(accuracy_path, encoding="utf-8"))
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    stamp = run["run_id"].split("Z-")[0]
    if any(s["name"] == stamp for s in manifest["sets"]):
        fail(f"set {stamp} is already in {manifest_path}")
    here = os.path.dirname(os.path.abspath(manifest_path))
    profile = run["settings"]["profile"]
    baseline_name = f"baselines/{profile}-{stamp}Z.json"
    source = os.path.join(root, run["baseline"]["path"])
    target = run["settings"]["target_benchmark"]
    # Every input is found before anything is written, so a missing file leaves the manifest folder as it was.
    copies = [(source, os.path.join(here, baseline_name))]
    trials = []
    for experiment in run["experiments"]:
        if experiment["name"] not in KINDS:
            continue
        kind, factor = KINDS[experiment["name"]]
        for trial in experiment["trials"]:
            verdicts = trial.get("verdicts")
            if verdicts is None:
                continue
            folder = f"{experiment['name']}-{trial['index']:02d}"
            report = os.path.join(root, "artifacts", "accuracy", "runs", run["run_id"], folder, "reports", f"benchmark-report-{trial['run_id']}.json")
            copies.append((report, os.path.join(here, "reports", os.path.basename(report))))
            entry = {"run": trial["run_id"], "kind": kind, "logged": {
                "exit": trial["exit_code"],
                "regression": [n.replace(" ", "") for n in verdicts["regression"]],
                "suspected": [n.replace(" ", "") for n in verdicts["suspected"]],
                "alloc": [n.replace(" ", "") for n in verdicts["allocation_regression"]]}}
            if kind != "aa":
                entry["target"] = target
            if factor is not None:
                entry["factor"] = factor
            trials.append(entry)
    missing = [src for src, _ in copies if not os.path.exists(src)]
    if missing:
        fail("not found: " + ", ".join(missing))
    for src, dst in copies:
        with open(src, encoding="utf-8") as f:
            data = json.load(f)
        with open(dst, "w", encoding="utf-8") as f:
            json.dump(data, f, separators=(",", ":"))
    manifest["sets"].append({"name": stamp, "profile": profile, "reports": "reports", "baseline": baseline_name, "trials": trials})
    temporary = manifest_path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    os.replace(temporary, manifest_path)
    print(f"added set {stamp}: {len(trials)} trials, baseline {baseline_name}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail("usage: add-gate-accuracy-set.py <gate-accuracy-<run>.json> <manifest.json>")
    main(sys.argv[1], sys.argv[2])
