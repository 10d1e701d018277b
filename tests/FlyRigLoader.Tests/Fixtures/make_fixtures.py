#!/usr/bin/python3
"""Generates the pickle fixtures and their manifest for FlyRigLoader.Tests/Loading, and (with the argument "yaml") the
config files written by common YAML writers for FlyRigLoader.Tests/Configuration.

Run with the Debian interpreter (numpy 1.24 / pandas 1.5): /usr/bin/python3 make_fixtures.py
YAML writer fixtures (python3-yaml 6.0, python3-ruamel.yaml 0.17; code in make_yaml_fixtures.py):
    /usr/bin/python3 make_fixtures.py yaml
Tests never run this; they read the committed outputs and manifest.json.

numpy 2.x and pandas 2.x cannot be installed here, so their variants are produced by re-pickling with a Pickler whose
reducer_override swaps numpy's reconstruction functions for same-behaving wrappers registered under the numpy 2 module
names (numpy._core.multiarray / numpy._core.numeric) and, for pandas 2.x, the removed Int64Index/Float64Index classes
for plain Index. Every variant is loaded back with pickle.loads here before it is written, so each file is a valid
pickle whose values match the manifest.
"""
import sys

if __name__ == "__main__" and sys.argv[1:] == ["yaml"]:
    # The YAML fixtures need neither numpy nor pandas; their generator lives next to this file.
    import make_yaml_fixtures

    make_yaml_fixtures.main()
    sys.exit(0)

import copyreg  # noqa: E402  (the pickle generator's imports follow the dispatch above)
import gzip
import hashlib
import io
import json
import os
import pickle
import types

import numpy as np
import pandas as pd
from numpy.core import multiarray as _ma
from numpy.core import numeric as _nm
from pandas.core.internals.managers import BlockManager

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Pickles")


# --- numpy 2.x module names -------------------------------------------------------------------------------------------
def _register(module_name, fname, real):
    def wrapper(*args):
        return real(*args)

    wrapper.__module__ = module_name
    wrapper.__qualname__ = wrapper.__name__ = fname
    mod = sys.modules.get(module_name) or types.ModuleType(module_name)
    setattr(mod, fname, wrapper)
    sys.modules[module_name] = mod
    return wrapper


NP2 = {
    _ma._reconstruct: _register("numpy._core.multiarray", "_reconstruct", _ma._reconstruct),
    _ma.scalar: _register("numpy._core.multiarray", "scalar", _ma.scalar),
    _nm._frombuffer: _register("numpy._core.numeric", "_frombuffer", _nm._frombuffer),
}
from pandas.core.indexes import numeric as _pd_numeric  # noqa: E402  (pandas 1.x only)

_INDEX_SUBCLASSES = (_pd_numeric.Int64Index, _pd_numeric.Float64Index, _pd_numeric.UInt64Index)


class Numpy2Pickler(pickle.Pickler):
    """Writes numpy 2.x module names; with pandas2=True also drops pandas 1.x-only index classes."""

    def __init__(self, f, protocol, pandas2=False):
        super().__init__(f, protocol=protocol)
        self.protocol = protocol
        self.pandas2 = pandas2

    def reducer_override(self, obj):
        if isinstance(obj, (np.ndarray, np.generic)):
            rv = obj.__reduce_ex__(self.protocol)
            if isinstance(rv, tuple) and rv[0] in NP2:
                return (NP2[rv[0]],) + tuple(rv[1:])
            return rv
        if self.pandas2 and isinstance(obj, _INDEX_SUBCLASSES):
            return (pd.core.indexes.base._new_Index, (pd.Index, {"data": obj._data, "name": obj.name}))
        return NotImplemented


class LegacyManagerPickler(pickle.Pickler):
    """Writes the pre-1.3 BlockManager layout: NEWOBJ + BUILD with the ('0.14.1') state tuple."""

    def reducer_override(self, obj):
        if type(obj) is BlockManager:
            blocks = [{"values": b.values, "mgr_locs": b.mgr_locs.indexer} for b in obj.blocks]
            state = (list(obj.axes), [b.values for b in obj.blocks], [obj.items[b.mgr_locs.indexer] for b in obj.blocks],
                     {"0.14.1": {"axes": list(obj.axes), "blocks": blocks}})
            return (copyreg.__newobj__, (BlockManager,), state)
        return NotImplemented


def dumps(obj, protocol, pickler=None, **kw):
    buf = io.BytesIO()
    (pickler or pickle.Pickler)(buf, protocol=protocol, **kw).dump(obj)
    return buf.getvalue()


# --- data -------------------------------------------------------------------------------------------------------------
def numpy_dict():
    rng = np.random.default_rng(20240601)
    d = {
        "f8": np.array([0.0, -1.5, 3.25, 1e300, -2.5e-310, 7.0], dtype="<f8"),
        "f4": np.array([1.5, -2.25, 3.0e38, 0.0], dtype="<f4"),
        "i1": np.array([-128, -1, 0, 127], dtype="i1"),
        "i2": np.array([-32768, 0, 32767], dtype="<i2"),
        "i4": np.array([-2147483648, 5, 2147483647], dtype="<i4"),
        "i8": np.array([-9223372036854775808, 0, 9223372036854775807], dtype="<i8"),
        "u1": np.array([0, 200, 255], dtype="u1"),
        "u2": np.array([0, 65535], dtype="<u2"),
        "u4": np.array([0, 4294967295], dtype="<u4"),
        "u8": np.array([0, 18446744073709551615], dtype="<u8"),
        "b1": np.array([True, False, True, True], dtype="?"),
        "be_f8": np.array([1.0, -2.5, 1e-7], dtype=">f8"),
        "be_f4": np.array([3.5, -0.125], dtype=">f4"),
        "be_i4": np.array([1, -2, 305419896], dtype=">i4"),
        "be_i8": np.array([1, -2, 1234567890123], dtype=">i8"),
        "be_u2": np.array([1, 258, 65535], dtype=">u2"),
        "c2d": np.arange(12, dtype="f8").reshape(3, 4),
        "f2d": np.asfortranarray(np.arange(12, dtype="i4").reshape(3, 4)),
        "be_f2d": np.asfortranarray(np.arange(6, dtype=">f8").reshape(2, 3)),
        "empty": np.array([], dtype="f8"),
        "empty2d": np.zeros((0, 3), dtype="i8"),
        "zero_d": np.array(42.5),
        "big": rng.standard_normal(9_000),
        "date": "2024-06-01",
        "exp_name": "odor_plume_ü",
        "count": 18000,
        "huge_int": 2**70,
        "rate": 60.0,
        "flag": True,
        "nothing": None,
        "np_f8": np.float64(2.5),
        "np_f4": np.float32(0.25),
        "np_i4": np.int32(-7),
        "np_u8": np.uint64(18446744073709551615),
        "np_bool": np.bool_(True),
        "nested": {"rig": "A", "channels": [1, 2, 3], "pair": (1.5, "x")},
    }
    return d


def exp_matrix():
    rng = np.random.default_rng(7)
    T = 500
    t = np.arange(T) / 60.0
    return {
        "t": t,
        "trjn": np.ones(T),
        "x": np.cumsum(rng.standard_normal(T)),
        "y": np.cumsum(rng.standard_normal(T)),
        "theta": rng.uniform(-np.pi, np.pi, T),
        "jumps": (rng.random(T) > 0.99).astype("f8"),
        "signal_disp": rng.standard_normal((16, T)),
        "date": "20240601",
        "rig": "old_opto",
    }


def frame():
    return pd.DataFrame({
        "t": np.arange(5) / 60.0,
        "x": np.array([1.0, 2.0, 3.0, 4.0, 5.0]),
        "y": np.array([-1.0, -2.0, -3.0, -4.0, -5.0]),
        "trial": np.array([1, 1, 2, 2, 3], dtype="i8"),
        "valid": np.array([True, False, True, True, False]),
        "label": ["a", None, "c", "d", "e"],
        "small": np.array([1, 2, 3, 4, 5], dtype="i4"),
    })


def writer_reference_dict():
    """Plain values only, so PickleWriter's output can be compared with Python's byte for byte."""
    return {
        "t": np.arange(5, dtype="f8"),
        "x": np.arange(9000, dtype="f8"),
        "n": np.arange(3, dtype="i4"),
        "f2d": np.asfortranarray(np.arange(6, dtype="i8").reshape(2, 3)),
        "b": np.array([True, False]),
        "name": "abc",
        "k": 7,
        "big": -(2**40),
        "r": 1.5,
        "ok": True,
        "none": None,
        "items": [1, "a", 2.5],
    }


def writer_reference_frame():
    """One column per dtype, so pandas keeps one block per column exactly as PickleWriter writes it."""
    return pd.DataFrame({"a": np.arange(3.0), "b": np.array([1, 2, 3]), "c": ["x", None, "z"], "d": [True, False, True]})


def frame_indexed():
    df = pd.DataFrame({"v": np.array([0.5, 1.5, 2.5]), "w": np.array([1.0, 2.0, 3.0])}, index=pd.Index([10, 20, 30], dtype="int64", name="frame_no"))
    return df


# --- manifest ---------------------------------------------------------------------------------------------------------
def describe_array(a):
    a = np.asarray(a)
    fortran = bool(a.ndim > 1 and a.flags.f_contiguous and not a.flags.c_contiguous)
    native = a.astype(a.dtype.newbyteorder("<"))
    raw = native.tobytes(order="F" if fortran else "C")
    entry = {"kind": "ndarray", "dtype": a.dtype.name, "shape": list(a.shape), "fortran": fortran,
             "big_endian": a.dtype.byteorder == ">", "sha256": hashlib.sha256(raw).hexdigest()}
    if a.size <= 64:
        flat = native.ravel(order="F" if fortran else "C")
        entry["values"] = [repr(float(v)) if a.dtype.kind == "f" else (bool(v) if a.dtype.kind == "b" else int(v)) for v in flat]
    return entry


def describe(v):
    if isinstance(v, np.ndarray):
        return describe_array(v)
    if isinstance(v, (bool, np.bool_)):
        return {"kind": "bool", "value": bool(v)}
    if isinstance(v, (int, np.integer)):
        return {"kind": "int", "value": str(int(v))}
    if isinstance(v, (float, np.floating)):
        return {"kind": "float", "value": repr(float(v))}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if v is None:
        return {"kind": "none"}
    if isinstance(v, dict):
        return {"kind": "dict", "value": {k: describe(x) for k, x in v.items()}}
    if isinstance(v, (list, tuple)):
        return {"kind": "list", "value": [describe(x) for x in v]}
    raise TypeError(type(v))


def describe_frame(df):
    cols = []
    for name in df.columns:
        s = df[name]
        if s.dtype == object:
            cols.append({"name": name, "kind": "strings", "values": [None if x is None else x for x in s.tolist()]})
        else:
            e = describe_array(s.to_numpy())
            e["name"] = name
            cols.append(e)
    idx = df.index
    if isinstance(idx, pd.RangeIndex):
        index = {"kind": "range", "start": idx.start, "stop": idx.stop, "step": idx.step}
    else:
        index = {"kind": "values", "name": idx.name, "values": describe_array(idx.to_numpy())}
    return {"rows": len(df), "columns": cols, "index": index}


def main():
    os.makedirs(OUT, exist_ok=True)
    files = []

    def emit(name, data, obj, protocol, layout, note=None, gz=False):
        check = pickle.loads(data)
        if isinstance(obj, pd.DataFrame):
            pd.testing.assert_frame_equal(check, obj)
        payload = gzip.compress(data, mtime=0) if gz else data
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(payload)
        entry = {"file": name, "protocol": protocol, "gzip": gz, "layout": layout}
        if note:
            entry["note"] = note
        if isinstance(obj, pd.DataFrame):
            entry["root"] = "dataframe"
            entry["frame"] = describe_frame(obj)
        else:
            entry["root"] = "dict"
            entry["entries"] = {k: describe(v) for k, v in obj.items()}
        files.append(entry)

    d = numpy_dict()
    for p in (2, 3, 4, 5):
        emit(f"numpy_dict_p{p}.pkl", pickle.dumps(d, protocol=p), d, p, "numpy1")
        emit(f"numpy_dict_p{p}_numpy2.pkl", dumps(d, p, Numpy2Pickler), d, p, "numpy2",
             "numpy 2.x module names (numpy._core.*) produced by reducer_override on numpy 1.24")
    em = exp_matrix()
    emit("exp_matrix_p4.pkl", pickle.dumps(em, protocol=4), em, 4, "numpy1")
    emit("exp_matrix_p5.pkl.gz", pickle.dumps(em, protocol=5), em, 5, "numpy1", gz=True)
    emit("exp_matrix_p4.pklz", pickle.dumps(em, protocol=4), em, 4, "numpy1", gz=True)
    emit("exp_matrix_p2_gzip_no_extension", pickle.dumps(em, protocol=2), em, 2, "numpy1", gz=True)

    df = frame()
    for p in (2, 4, 5):
        emit(f"frame_p{p}_pandas15.pkl", pickle.dumps(df, protocol=p), df, p, "pandas1.5")
    emit("frame_p5_pandas2.pkl", dumps(df, 5, Numpy2Pickler, pandas2=True), df, 5, "pandas2",
         "pandas 2.x / numpy 2.x names produced by reducer_override on pandas 1.5 (same BlockManager/_unpickle_block layout)")
    emit("frame_p4_legacy_manager.pkl", dumps(df, 4, LegacyManagerPickler), df, 4, "pandas-legacy",
         "pre-1.3 BlockManager.__setstate__ layout ('0.14.1' dict) produced by reducer_override")
    emit("frame_p5_pandas15.pkl.gz", pickle.dumps(df, protocol=5), df, 5, "pandas1.5", gz=True)
    dfi = frame_indexed()
    emit("frame_indexed_p5_pandas15.pkl", pickle.dumps(dfi, protocol=5), dfi, 5, "pandas1.5")
    emit("frame_indexed_p5_pandas2.pkl", dumps(dfi, 5, Numpy2Pickler, pandas2=True), dfi, 5, "pandas2",
         "Int64Index rewritten to Index as pandas 2.x writes it")

    wd = writer_reference_dict()
    for p in (2, 3, 4, 5):
        emit(f"writer_ref_dict_p{p}.pkl", pickle.dumps(wd, protocol=p), wd, p, "numpy1", "byte-for-byte reference for PickleWriter")
    wf = writer_reference_frame()
    for p in (2, 4, 5):
        emit(f"writer_ref_frame_p{p}.pkl", pickle.dumps(wf, protocol=p), wf, p, "pandas1.5", "byte-for-byte reference for PickleWriter")

    wide = pd.DataFrame(np.arange(12.0).reshape(4, 3), columns=["a", "b", "c"])
    for p in (4, 5):
        emit(f"frame_2d_block_p{p}_pandas15.pkl", pickle.dumps(wide, protocol=p), wide, p, "pandas1.5",
             "one consolidated (3, 4) float64 block, Fortran-ordered as DataFrame(2-D array) stores it")

    manifest = {"schema_version": 1, "generator": "make_fixtures.py", "python": sys.version.split()[0],
                "numpy": np.__version__, "pandas": pd.__version__, "files": files}
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
