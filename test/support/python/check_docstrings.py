"""Judge docstring conversations with real Python (ast), independently of trajgen's TypeScript.

Reads {"items": [...]} as JSON on stdin and prints {"results": [{"id", "problems": [...]}]}.
An item: before (file text when the conversation starts), after (file text after
write_docstring, or null), qualname, style, reads ([{"when": "before"|"after", "result"}]),
hints (read_type_hints results), written (the write_docstring argument or null) and
judge ("written", "before" or null: which docstring must document the signature completely).
"""

import ast
import json
import re
import sys

STYLES = ("google", "numpy", "sphinx")
GOOGLE_HEADERS = {"Args", "Returns", "Yields", "Raises"}
NUMPY_TITLES = {"Parameters", "Returns", "Yields", "Raises"}


def find(tree, qualname):
    """The def or class with this dotted qualified name (Outer.method, outer.inner)."""
    scope = [tree]
    node = None
    for part in qualname.split("."):
        node = next(
            (
                n
                for s in scope
                for n in ast.iter_child_nodes(s)
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == part
            ),
            None,
        )
        if node is None:
            raise LookupError(f"no {qualname}")
        scope = [node]
    return node


def own_nodes(fn):
    """Nodes of fn's body, not descending into nested functions, classes or lambdas."""
    stack = list(fn.body)
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(ast.iter_child_nodes(n))


def segment(src, node):
    return None if node is None else ast.get_source_segment(src, node)


def signature_of(src, target):
    """(function node whose header is documented, its arguments as [(name, annotation, has_default)])."""
    fn = target
    if isinstance(target, ast.ClassDef):
        fn = next((n for n in target.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        if fn is None:
            return None, []
    a = fn.args
    positional = a.posonlyargs + a.args
    first_default = len(positional) - len(a.defaults)
    out = [(p.arg, segment(src, p.annotation), i >= first_default) for i, p in enumerate(positional)]
    if a.vararg:
        out.append(("*" + a.vararg.arg, segment(src, a.vararg.annotation), False))
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append((p.arg, segment(src, p.annotation), d is not None))
    if a.kwarg:
        out.append(("**" + a.kwarg.arg, segment(src, a.kwarg.annotation), False))
    return fn, out


def is_bound_method(fn, parents):
    parent = parents.get(fn)
    if not isinstance(parent, ast.ClassDef):
        return False
    return not any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in fn.decorator_list)


def facts(src, tree, target):
    """What a docstring of target must document, from ast alone."""
    parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
    fn, params = signature_of(src, target)
    if fn is not None and is_bound_method(fn, parents) and params and not params[0][0].startswith("*"):
        params = params[1:]
    if isinstance(target, ast.ClassDef):
        return {"params": params, "returns_needed": False, "yields": False, "raises": [], "ret_ann": None}
    nodes = list(own_nodes(target))
    generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in nodes)
    ret_ann = segment(src, target.returns)
    valued = any(
        isinstance(n, ast.Return) and n.value is not None and not (isinstance(n.value, ast.Constant) and n.value.value is None)
        for n in nodes
    )
    empty = all(
        isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and (isinstance(s.value.value, str) or s.value.value is Ellipsis))
        for s in target.body
    )
    returns = not generator and (valued or (empty and ret_ann is not None and ret_ann != "None"))
    raises = []
    for n in sorted(nodes, key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0))):
        if isinstance(n, ast.Raise) and n.exc is not None:
            exc = n.exc.func if isinstance(n.exc, ast.Call) else n.exc
            name = segment(src, exc) if isinstance(exc, (ast.Name, ast.Attribute)) else None
            if name and name not in raises:
                raises.append(name)
    return {"params": params, "returns_needed": returns, "yields": generator, "raises": raises, "ret_ann": ret_ann}


def entries(lines, indent):
    """Group lines into (head, body lines) where head lines start exactly at indent."""
    out = []
    for line in lines:
        # numpydoc allows a blank line between entries.
        if not line.strip():
            continue
        if line.startswith(" " * indent) and not line.startswith(" " * (indent + 1)):
            out.append([line[indent:], []])
        elif line.strip() and out:
            out[-1][1].append(line)
        elif line.strip():
            raise ValueError(f"stray line {line!r}")
    return out


def split_type(t):
    optional = t.endswith(", optional")
    return (t[: -len(", optional")] if optional else t), optional


def parse_google(text):
    doc = {"params": [], "returns": None, "yields": None, "raises": []}
    sections = re.split(r"\n\n(?=(?:Args|Returns|Yields|Raises):\n)", text)
    for sec in sections[1:]:
        header, *body = sec.split("\n")
        items = entries(body, 4)
        if header == "Args:":
            for head, _ in items:
                m = re.fullmatch(r"(\*{0,2}\w+)(?: \((.+?)\))?: \S.*", head)
                if not m:
                    raise ValueError(f"bad Args entry {head!r}")
                t, opt = split_type(m.group(2)) if m.group(2) else (None, False)
                doc["params"].append((m.group(1), t, opt))
        elif header in ("Returns:", "Yields:"):
            if len(items) != 1:
                raise ValueError(f"{header} needs one entry")
            m = re.fullmatch(r"(?:([^\s:][^:]*?): )?(\S.*)", items[0][0])
            doc["returns" if header == "Returns:" else "yields"] = {"type": m.group(1)}
        elif header == "Raises:":
            for head, _ in items:
                m = re.fullmatch(r"([\w.]+): \S.*", head)
                if not m:
                    raise ValueError(f"bad Raises entry {head!r}")
                doc["raises"].append(m.group(1))
    return doc


def parse_numpy(text):
    doc = {"params": [], "returns": None, "yields": None, "raises": []}
    lines = text.split("\n")
    # Any underlined title ends the section before it (References, Notes, Examples too).
    titles = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1] == "-" * len(lines[i]) and len(lines[i]) >= 3]
    starts = [i for i in titles if lines[i] in NUMPY_TITLES]
    for i in starts:
        if lines[i - 1] != "":
            raise ValueError("a section must follow a blank line")
        end = next((t - 1 for t in titles if t > i), len(lines))
        items = entries(lines[i + 2 : end], 0)
        title = lines[i]
        for head, body in items:
            if not body:
                raise ValueError(f"{title} entry {head!r} has no description")
        if title == "Parameters":
            for head, _ in items:
                m = re.fullmatch(r"(\*{0,2}\w+)(?: : (.+))?", head)
                if not m:
                    raise ValueError(f"bad Parameters entry {head!r}")
                t, opt = split_type(m.group(2)) if m.group(2) else (None, False)
                doc["params"].append((m.group(1), t, opt))
        elif title in ("Returns", "Yields"):
            if len(items) != 1:
                raise ValueError(f"{title} needs one entry")
            doc[title.lower()] = {"type": items[0][0]}
        else:
            doc["raises"] += [h for h, _ in items]
    return doc


def parse_sphinx(text):
    """The field list as Sphinx reads it, with its synonyms (:return:, :raise:, :arg: and
    `:param int x:`): a real docstring that is shown as it is (skipped) may use any of them."""
    doc = {"params": [], "returns": None, "yields": None, "raises": []}
    types = {}
    rtype = None
    for line in text.split("\n"):
        if m := re.fullmatch(r":(?:param|parameter|arg|argument) (?:[^:]+ )?\**(\w+): \S.*", line):
            doc["params"].append([m.group(1), None, False])
        elif m := re.fullmatch(r":type (\w+): (.+)", line):
            types[m.group(1)] = split_type(m.group(2))
        elif re.fullmatch(r":returns?: \S.*", line):
            doc["returns"] = {"type": None}
        elif m := re.fullmatch(r":rtype: (.+)", line):
            rtype = m.group(1)
        elif re.fullmatch(r":yields?: \S.*", line):
            doc["yields"] = {"type": None}
        elif m := re.fullmatch(r":(?:raises|raise|except|exception) ([\w.]+): \S.*", line):
            doc["raises"].append(m.group(1))
        elif line.startswith(":"):
            raise ValueError(f"unknown field {line!r}")
    for p in doc["params"]:
        if p[0] in types:
            p[1], p[2] = types.pop(p[0])
    if types:
        raise ValueError(f":type for undocumented {sorted(types)}")
    if doc["returns"] is not None:
        doc["returns"]["type"] = rtype
    elif rtype is not None:
        raise ValueError(":rtype without :returns:")
    doc["params"] = [tuple(p) for p in doc["params"]]
    return doc


PARSERS = {"google": parse_google, "numpy": parse_numpy, "sphinx": parse_sphinx}
MARKERS = {
    "google": lambda t: any(l in {h + ":" for h in GOOGLE_HEADERS} for l in t.split("\n")),
    "numpy": lambda t: bool(re.search(r"^(Parameters|Returns|Yields|Raises)\n-+$", t, re.M)),
    "sphinx": lambda t: bool(re.search(r"^:(param|parameter|arg|argument|type|returns?|rtype|yields?|raises?|except|exception)\b", t, re.M)),
}


def judge(text, style, f, found=False):
    """Problems of `text` as a complete `style` docstring of a def with facts f. A docstring found
    in the code (not written by the agent) is complete as trajgen judges it: every parameter in
    order, a Returns or Yields section where the code needs one, every raise; the types it states
    are its author's words (`:class:`Timeout``, "int, float or None" for an alias) and are not
    compared with the annotations, which only the docstrings trajgen writes must repeat."""
    problems = []
    others = [s for s in STYLES if s != style and MARKERS[s](text)]
    if others:
        problems.append(f"has {others} sections in a {style} docstring")
    summary = text.split("\n")[0]
    if not summary.strip() or (len(text.split("\n")) > 1 and text.split("\n")[1] != ""):
        problems.append("the summary must be one line followed by a blank line")
    doc = PARSERS[style](text)
    want = []
    for name, ann, has_default in f["params"]:
        shown = name.lstrip("*") if style == "sphinx" else name
        want.append((shown, ann, has_default and ann is not None))
    got = doc["params"]
    if found:
        got = [(n, None, False) for n, _, _ in got]
        want = [(n, None, False) for n, _, _ in want]
    if [tuple(p) for p in got] != [tuple(p) for p in want]:
        problems.append(f"params {got} != signature {want}")
    if f.get("returns_needed"):
        if doc["returns"] is None:
            problems.append("no Returns section for a function that returns a value")
        elif not found and f["ret_ann"] is not None and doc["returns"]["type"] != f["ret_ann"]:
            problems.append(f"return type {doc['returns']['type']} != annotation {f['ret_ann']}")
    elif doc["returns"] is not None:
        problems.append("a Returns section for a function that returns nothing")
    if f["yields"] != (doc["yields"] is not None):
        problems.append(f"Yields section present={doc['yields'] is not None}, generator={f['yields']}")
    if doc["raises"] != f["raises"]:
        problems.append(f"raises {doc['raises']} != raise statements {f['raises']}")
    return problems


def strip_docstring(tree, qualname):
    node = find(tree, qualname)
    if ast.get_docstring(node, clean=False) is not None:
        node.body = node.body[1:]
    return ast.dump(tree)


def check(item):
    problems = []
    before_src = item["before"]
    before = ast.parse(before_src)
    target = find(before, item["qualname"])
    after_src = item.get("after")
    after = ast.parse(after_src) if after_src is not None else None
    for read in item["reads"]:
        tree = before if read["when"] == "before" else after
        truth = ast.get_docstring(find(tree, item["qualname"]))
        if read["result"] != {"docstring": truth, "has_docstring": truth is not None}:
            problems.append(f"read_current_docstring said {read['result']!r}, ast says {truth!r}")
    fn, params = signature_of(before_src, target)
    want_hints = {
        "parameters": [{"name": n, "annotation": a} for n, a, _ in params],
        "return_annotation": segment(before_src, fn.returns) if fn is not None else None,
    }
    want_hints["has_annotations"] = want_hints["return_annotation"] is not None or any(p["annotation"] is not None for p in want_hints["parameters"])
    for h in item["hints"]:
        if h != want_hints:
            problems.append(f"read_type_hints said {h!r}, ast says {want_hints!r}")
    f = facts(before_src, before, target)
    if item["written"] is not None:
        node = find(after, item["qualname"])
        got = ast.get_docstring(node)
        if got != item["written"]:
            problems.append(f"ast.get_docstring after the edit is {got!r}, write_docstring was given {item['written']!r}")
        if strip_docstring(ast.parse(before_src), item["qualname"]) != strip_docstring(ast.parse(after_src), item["qualname"]):
            problems.append("the edit changed more than the docstring")
        expr = node.body[0]
        raw = expr.value.value
        lines = after_src.split("\n")
        if lines[expr.lineno - 1][: expr.col_offset].strip() == "":
            for line in raw.split("\n")[1:]:
                if line and not line.startswith(" " * expr.col_offset):
                    problems.append(f"continuation line {line!r} is not indented to column {expr.col_offset}")
    text = {"written": item["written"], "before": ast.get_docstring(target)}.get(item.get("judge") or "", None)
    if item.get("judge"):
        if text is None:
            problems.append(f"no docstring to judge ({item['judge']})")
        else:
            try:
                problems += judge(text, item["style"], f, found=item["judge"] == "before")
            except ValueError as e:
                problems.append(f"does not parse as {item['style']}: {e}")
    return problems


def main():
    items = json.load(sys.stdin)["items"]
    results = []
    for item in items:
        try:
            problems = check(item)
        except Exception as e:  # a crash on one item is that item's verdict
            problems = [f"{type(e).__name__}: {e}"]
        results.append({"id": item["id"], "problems": problems})
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    main()
