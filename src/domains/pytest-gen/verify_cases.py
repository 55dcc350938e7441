"""Calls every curated case of the test fixtures and reports the ones the code disagrees with.

Input (stdin, JSON): {"modules": [{"dir": the fixtures root, "module": dotted name, "functions": [{"name", "cases": [...]}]}]}.
Output (stdout, JSON): a list of {"module", "function", "case", "problem"}; empty when all agree.
"""

import asyncio
import importlib
import inspect
import json
import sys


def load(root, name):
    """The module by its dotted name, imported with the fixtures root first on sys.path."""
    sys.path.insert(0, root)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(root)


def outcome(expression, namespace):
    try:
        value = eval(compile(expression, "<case>", "eval"), namespace)
        if inspect.iscoroutine(value):
            value = asyncio.run(value)
        return ("returns", value)
    except Exception as exc:  # the case under check may raise anything
        return ("raises", exc)


def check(case, module, namespace):
    kind, got = outcome(case["call"], namespace)
    if kind == "raises":
        said = f"raised {type(got).__name__}: {got}"
    else:
        said = f"returned {got!r}"
    if "returns" in case:
        if kind != "returns" or repr(got) != case["returns"]:
            return f"{said}, curated returns {case['returns']}"
        try:
            again = eval(compile(case["returns"], "<returns>", "eval"), namespace)
        except Exception as exc:
            return f"the curated repr {case['returns']} is not an expression a test can use ({type(exc).__name__})"
        if again != got:
            return f"the curated repr {case['returns']} does not evaluate to an equal value"
        return None
    wanted = f"raised {case['raises']}: {case['message']}"
    if kind != "raises" or type(got).__name__ != case["raises"] or str(got) != case["message"]:
        return f"{said}, curated {wanted}"
    if type(got).__module__ not in ("builtins", module.__name__):
        return f"raises {type(got).__module__}.{type(got).__name__}, which the tests cannot import from {module.__name__}"
    return None


def main():
    request = json.load(sys.stdin)
    problems = []
    for entry in request["modules"]:
        try:
            module = load(entry["dir"], entry["module"])
        except Exception as exc:
            problems.append({"module": entry["module"], "function": None, "case": None, "problem": f"cannot import: {type(exc).__name__}: {exc}"})
            continue
        for function in entry["functions"]:
            for case in function["cases"]:
                problem = check(case, module, dict(vars(module)))
                if problem:
                    problems.append({"module": entry["module"], "function": function["name"], "case": case["id"], "call": case["call"], "problem": problem})
    json.dump(problems, sys.stdout)


main()
