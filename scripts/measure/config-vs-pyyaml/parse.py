"""PyYAML's C loader parsing a config already in memory (the floor a Python flyrigloader user pays before validating).

Prints the median time per parse in ms over <batches> batches of <per_batch> parses.
Run with Debian's python3 and python3-yaml: /usr/bin/python3 parse.py <config.yaml> <batches> <per_batch>
"""
import statistics
import sys
import time

import yaml

path, batches, per_batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, encoding="utf-8") as f:
    text = f.read()
for _ in range(per_batch):
    yaml.load(text, Loader=yaml.CSafeLoader)
times = []
for _ in range(batches):
    start = time.perf_counter()
    for _ in range(per_batch):
        yaml.load(text, Loader=yaml.CSafeLoader)
    times.append((time.perf_counter() - start) * 1000 / per_batch)
print(f"{statistics.median(times):.4f}")
