#!/usr/bin/python3
"""Writes FlyRigLoader.Tests/Fixtures/Configuration/Writers/*.yaml: one experiment config as common YAML writers write it
(PyYAML safe_dump/dump with default_flow_style False/None/True and sort_keys both ways, indent 4 with allow_unicode,
shared objects as anchors; ruamel.yaml round trip, plain and indented, and a hand-written file edited through it).

Run with Debian's interpreter and packages (python3-yaml 6.0, python3-ruamel.yaml 0.17):
    /usr/bin/python3 make_fixtures.py yaml      (or /usr/bin/python3 make_yaml_fixtures.py)
hand_written.yaml is written by hand and only read here. Tests never run this; they read the committed files, and
prove each one parses on the fast path to YamlDotNet's tree and loads to the same config.
"""
import io
import os

YAML_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Configuration", "Writers")


def writer_config(shared=False):
    """One valid experiment config with the values writers treat differently: date keys PyYAML must quote, strings that
    look like other types or hold indicators (not yes/on, which ruamel.yaml writes for YAML 1.2 and PyYAML reads as
    booleans), regexes with braces, non-ASCII text, long and multi-line strings (which
    writers break over lines), empty lists and mappings. With shared=True some lists are one object, so PyYAML writes
    anchors and aliases for them."""
    vials = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    common_params = {"threshold": 0.5, "enabled": True, "label": None, "tags": [], "n": 10,
                     "scale": 1.5e-3, "offset": -2, "version": "1.10", "count": "007"}
    datasets = {}
    for i in range(4):
        dates = {}
        for d in range(6):
            dates[f"2024-{1 + i:02d}-{9 + d:02d}"] = vials if shared else vials[: 3 + ((i + d) % 10)]
        datasets[f"plume_{i}"] = {
            "rig": f"rig_{i % 2}",
            "dates_vials": dates,
            "metadata": {"extraction_patterns": [r".*_(?P<date>\d{8})_(?P<fly>fly\d{1,3})\.pkl", r"parts[-2]::(?P<session>s\d+)"],
                         "genotype": "w1118; UAS-GCaMP7f/+", "temperature_c": 25},
            "parameters": common_params if shared else dict(common_params, n=10 + i),
        }
    return {
        "schema_version": "1.0.0",
        "project": {
            "directories": {"major_data_directory": "/data/lab share/fly data", "batchfile_directory": "~/batch: files"},
            "ignore_substrings": ["._", "temp", "#draft", "@eaDir", "% done", "*.bak"],
            "mandatory_experiment_strings": [],
            "extraction_patterns": [r"(?P<date>\d{4}-\d{2}-\d{2})_(?P<rig>rig_\d)"],
        },
        "rigs": {"rig_0": {"sampling_frequency": 60, "mm_per_px": 0.154, "camera": "Basler acA1300-200um"}, "rig_1": {}},
        "datasets": datasets,
        "experiments": {
            "plume_navigation": {
                "datasets": ["plume_0", "plume_1", "plume_2"],
                "filters": {"ignore_substrings": ["smoke_test", "calibration"], "mandatory_experiment_strings": ["plume"]},
                "parameters": {
                    "analysis_window_seconds": 300,
                    "description": "Flies walk upwind in a turbulent odor plume; trials shorter than the analysis window are dropped before any statistics are computed",
                    "notes": "first line\nsecond line\n\nafter a blank line",
                    "researcher": "Dr. Müller",
                    "quote": "it's \"quoted\" text",
                    "empty": {},
                    "ratio": 0.25,
                },
            },
            "odor_preference": {"datasets": ["plume_3"], "metadata": {"extraction_patterns": [r"(?P<trial>trial\d+)"]}},
        },
    }


def main():
    import yaml
    from ruamel.yaml import YAML

    os.makedirs(YAML_OUT, exist_ok=True)
    data = writer_config()
    outputs = {
        "pyyaml_safe_dump.yaml": yaml.safe_dump(data),
        "pyyaml_safe_dump_unsorted.yaml": yaml.safe_dump(data, sort_keys=False),
        "pyyaml_block.yaml": yaml.safe_dump(data, default_flow_style=False, sort_keys=False),
        "pyyaml_flow_none.yaml": yaml.safe_dump(data, default_flow_style=None),
        "pyyaml_flow_true.yaml": yaml.safe_dump(data, default_flow_style=True),
        "pyyaml_flow_true_unsorted.yaml": yaml.safe_dump(data, default_flow_style=True, sort_keys=False),
        "pyyaml_dump.yaml": yaml.dump(data),
        "pyyaml_indent4_unicode.yaml": yaml.safe_dump(data, indent=4, allow_unicode=True),
        "pyyaml_shared_anchors.yaml": yaml.safe_dump(writer_config(shared=True)),
    }
    for name, indent in (("ruamel_roundtrip.yaml", None), ("ruamel_roundtrip_indented.yaml", (2, 4, 2))):
        writer = YAML()
        if indent:
            writer.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
        text = io.StringIO()
        writer.dump(data, text)
        outputs[name] = text.getvalue()

    # A hand-written file edited and saved by ruamel.yaml's round trip keeps its comments, flow lists and anchors.
    with open(os.path.join(YAML_OUT, "hand_written.yaml"), encoding="utf-8") as f:
        hand_written = f.read()
    editor = YAML()
    edited = editor.load(hand_written)
    edited["experiments"]["plume_navigation"]["parameters"]["analysis_window_seconds"] = 240
    text = io.StringIO()
    editor.dump(edited, text)
    outputs["ruamel_roundtrip_edited.yaml"] = text.getvalue()
    expected_edited = yaml.safe_load(hand_written)
    expected_edited["experiments"]["plume_navigation"]["parameters"]["analysis_window_seconds"] = 240

    for name, text in outputs.items():
        # Every file must read back as the data it came from (the edited one as the edited hand-written file).
        expected = expected_edited if name == "ruamel_roundtrip_edited.yaml" else (writer_config(shared=True) if "shared" in name else data)
        assert yaml.safe_load(text) == expected, name
        with open(os.path.join(YAML_OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)



if __name__ == "__main__":
    main()
