"""Writes the hostile configs the hostile-configs check loads: nested aliases, deep flow and deep block nesting.

Usage: python3 make_hostile.py <out-dir>  (any Python 3; the 20,000-level block file is 400 MB)
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
with open(os.path.join(out, "laughs.yaml"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "deep_flow.yaml"), "w") as f:
    f.write("a: " + "[" * 20000 + "]" * 20000 + "\n")
for name, levels in (("deep_block_16m.yaml", 4000), ("deep_block.yaml", 20000)):
    with open(os.path.join(out, name), "w") as f:
        for i in range(levels):
            f.write("  " * i + f"k{i}:\n")
        f.write("  " * levels + "v: 1\n")
