"""flyrigloader's discover_files, step for step as its source does it (spec: flyrigloader-library.md §2.1).

Prints the median wall time (ms) of `rounds` discoveries of <root> with the suite's filters and one regex, then the
number of files kept. Run with any Python 3: /usr/bin/python3 discover.py <root> <rounds>
"""
import fnmatch
import os
import re
import statistics
import sys
import time
from pathlib import Path

EXTENSIONS = ["pkl", "pkl.gz", "csv"]
IGNORE = ["*._*", "temp_*", "backup_*"]
MANDATORY = ["baseline", "treatment", "stim"]
PATTERN = re.compile(r"(?P<animal>mouse|rat|fly)_(?P<date>\d{8})_(?P<condition>[a-z]+)_(?P<replicate>\d+)")


def discover(root):
    found = [str(p) for p in Path(root).rglob("*")]
    exts = ["." + e.lower().lstrip(".") for e in EXTENSIONS]
    found = [f for f in found if any(f.lower().endswith(e) for e in exts)]
    found = [f for f in found if not any(fnmatch.fnmatch(os.path.basename(f), g) for g in IGNORE)]
    found = [f for f in found if any(s in f for s in MANDATORY)]
    result = {}
    for f in found:
        meta = {"path": f}
        m = PATTERN.search(f)
        if m:
            meta.update({k: v for k, v in m.groupdict().items() if v is not None})
        result[f] = meta
    return result


def main():
    root, rounds = sys.argv[1], int(sys.argv[2])
    discover(root)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        n = len(discover(root))
        times.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.median(times):.3f} {n}")


main()
