"""Writes a 1 GiB rig recording with numpy (protocols 4 and 5) and the sums the zero-copy check compares with.

Run with Debian's python3 and python3-numpy: /usr/bin/python3 make_recording.py <out-dir>
"""
import json
import os
import pickle
import sys

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rows = (1 << 30) // (28 * 8)
rng = np.random.default_rng(7)
d = {}
for name in ["t","trjn","x","y","theta","theta_smooth","dtheta_smooth","vx_smooth","vy_smooth","spd_smooth","jumps","signal"]:
    d[name] = rng.standard_normal(rows)
d["signal_disp"] = rng.standard_normal((16, rows))
d["rig"] = "rig_01"
for proto in (4, 5):
    with open(os.path.join(out, f"rec1g_p{proto}.pkl"), "wb") as f:
        pickle.dump(d, f, protocol=proto)
json.dump({"rows": rows, "sum_x": float(np.sum(d["x"])), "sum_sd3": float(np.sum(d["signal_disp"][3])), "x_last": float(d["x"][-1])}, open(os.path.join(out, "expected.json"), "w"))
print(rows)
