"""Loads exported files with datasets.load_dataset("json") and compares every row with the file.

argv: <file.jsonl> ...
stdout: {"<file>": {"rows": n, "same": n, "features": "<repr of the features>", "tools_is_string": bool}}

Rows are compared as json.dumps(..., sort_keys=True) texts, which keep 1 and 1.0 apart.
"""
import json
import sys

try:
    import datasets
except ImportError:
    sys.stderr.write("python3 has no `datasets`: install it as .ci/run does: "
                     "pip install --index-url file:///opt/pypi/simple --extra-index-url file:///opt/pypi-more/simple "
                     "--find-links /opt/wheels datasets\n")
    sys.exit(3)

datasets.disable_progress_bars()
answer = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    ds = datasets.load_dataset("json", data_files={"train": path}, split="train")
    same = sum(json.dumps(row, sort_keys=True) == json.dumps(line, sort_keys=True) for row, line in zip(ds, lines))
    tools = ds.features.get("tools")
    answer[path] = {
        "rows": len(ds),
        "lines": len(lines),
        "same": same,
        "features": repr(ds.features),
        "tools_is_string": tools is not None and getattr(tools, "dtype", None) == "string",
        "version": datasets.__version__,
    }
json.dump(answer, sys.stdout)
