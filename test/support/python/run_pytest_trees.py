"""Runs real pytest on many small project trees and reports each run as junitxml says it.

Each tree is `<dir>/<module>.py`, `<dir>/tests/test_<module>.py`, `<dir>/pytest.ini`. pytest
runs in-process (pytest.main) once per tree, with the tree as the working directory, because a
fresh interpreter per tree costs seconds on a busy machine; the modules a run imported from its
tree are dropped afterwards so the next tree imports its own. Trees listed in "subprocess" are
also run as `python3 -m pytest` in a child process, to show both ways report the same.

stdin: {"trees": [{"dir", "path"}], "subprocess": [index, ...]}
stdout: {"inprocess": [report, ...], "subprocess": {index: report}}
report: {"exit": int, "tests": [{"classname", "name", "outcome", "message"}]}
"""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

ARGS = ["-q", "-p", "no:cacheprovider", "--junitxml=report.xml"]


def read_report(directory, exit_code):
    tests = []
    for case in ET.parse(os.path.join(directory, "report.xml")).getroot().iter("testcase"):
        outcome, message = "passed", None
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome, message = {"failure": "failed", "error": "error", "skipped": "skipped"}[child.tag], child.get("message")
                break
        tests.append({"classname": case.get("classname"), "name": case.get("name"), "outcome": outcome, "message": message})
    return {"exit": int(exit_code), "tests": tests}


def run_inprocess(tree):
    directory = os.path.realpath(tree["dir"])
    saved_path, saved_cwd = list(sys.path), os.getcwd()
    os.chdir(directory)
    try:
        with open(os.devnull, "w") as sink:
            real_stdout, sys.stdout = sys.stdout, sink
            try:
                code = pytest.main([*ARGS, tree["path"]])
            finally:
                sys.stdout = real_stdout
        return read_report(directory, code)
    finally:
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        for name, module in list(sys.modules.items()):
            origin = getattr(module, "__file__", None) or ""
            if name in ("tests", "conftest") or os.path.realpath(origin).startswith(directory + os.sep):
                del sys.modules[name]


def run_subprocess(tree):
    directory = os.path.realpath(tree["dir"])
    done = subprocess.run([sys.executable, "-B", "-m", "pytest", *ARGS, tree["path"]], cwd=directory, capture_output=True, timeout=120)
    return read_report(directory, done.returncode)


def main():
    sys.dont_write_bytecode = True
    request = json.load(sys.stdin)
    inprocess = [run_inprocess(tree) for tree in request["trees"]]
    separate = {str(i): run_subprocess(request["trees"][i]) for i in request.get("subprocess", [])}
    json.dump({"inprocess": inprocess, "subprocess": separate}, sys.stdout)


main()
