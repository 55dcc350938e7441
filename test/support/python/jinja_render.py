"""Renders templates with real Jinja2 (default settings), for test/definition/render-node-context.

stdin:  [{"template": "...", "vars": {...}}, ...]     stdout: ["rendered", ...]
Exits with code 3 when jinja2 is not importable, so the caller can skip with a reason.
"""
import json
import sys

try:
    import jinja2
except ImportError:
    sys.stderr.write("jinja2 is not importable")
    sys.exit(3)

jobs = json.load(sys.stdin)
sys.stdout.write(json.dumps([jinja2.Template(job["template"]).render(**job["vars"]) for job in jobs]))
