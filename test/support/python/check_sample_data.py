"""Truth check for sample-data conversations, run by the mocha tests.

Reads {"items": [...]} as JSON on stdin and prints one verdict per item: {"id", "errors": [...]}.
Each item names a fixture module and a function (qualified name) and carries, as the raw JSON
strings the conversation recorded, the analyze_signature result, the refused writes and the
accepted fixtures. For the accepted fixtures it binds each to the real signature, checks every
value against the real annotation (dataclass fields and Literal members included) and, when the
item says the function is pure, calls it.
"""

import ast
import builtins
import asyncio
import collections.abc
import dataclasses
import enum
import importlib.util
import inspect
import itertools
import json
import os
import sys
import textwrap
import types
import typing

MODULES = {}
EMPTY_MESSAGE = "fixtures is empty: write at least one fixture"


class Mismatch(Exception):
    pass


class Stub(ast.NodeTransformer):
    """Keeps what a signature is made of: names, kinds, which parameters have a default, the
    annotations (as text), staticmethod/classmethod. Bodies, other decorators and imports go."""

    KEEP = ("staticmethod", "classmethod")

    def visit_FunctionDef(self, node):
        node.decorator_list = [d for d in node.decorator_list if isinstance(d, ast.Name) and d.id in self.KEEP]
        node.body = [ast.Pass()]
        node.args.defaults = [ast.Constant(None) for _ in node.args.defaults]
        node.args.kw_defaults = [None if d is None else ast.Constant(None) for d in node.args.kw_defaults]
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        node.decorator_list, node.bases, node.keywords = [], [], []
        node.body = [self.visit(n) for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))] or [ast.Pass()]
        return node


def stub_module(name, source):
    """The module's defs as stubs, for code that cannot be imported here (its dependencies are
    missing): binding is checked exactly; an annotation is checked only where it names builtins
    or typing, and dropped where it names what only the missing imports define."""
    tree = ast.parse(source)
    body = [Stub().visit(n) for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    module = types.ModuleType(name)
    exec(compile("from __future__ import annotations\n" + ast.unparse(ast.Module(body=body, type_ignores=[])), name, "exec"), module.__dict__)
    scope = {**vars(builtins), **vars(typing)}

    def settle(fn):
        for key, text in list(fn.__annotations__.items()):
            try:
                fn.__annotations__[key] = eval(text, scope, dict(module.__dict__))
            except Exception:
                del fn.__annotations__[key]

    def walk(obj):
        for value in list(vars(obj).values()):
            raw = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if inspect.isfunction(raw):
                settle(raw)
            elif inspect.isclass(raw) and raw.__module__ == name:
                walk(raw)

    walk(module)
    return module


STUBS = {}


def stub_for(path, source):
    """One stub module per file, for every caller that cannot use the real import."""
    if path not in STUBS:
        STUBS[path] = stub_module(f"stub_{len(STUBS)}", source)
    return STUBS[path]


def load_module(path, root=None, dotted=None):
    if path not in MODULES:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        if dotted:
            # A package module imports as its package does; one whose dependencies are missing is stubbed.
            sys.path.insert(0, root)
            try:
                module = importlib.import_module(dotted)
            except Exception:
                module = stub_for(path, source)
            finally:
                sys.path.remove(root)
        else:
            name = f"sample_fixture_{len(MODULES)}"
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            # dataclasses look their module up in sys.modules while the class is being built
            sys.modules[name] = module
            spec.loader.exec_module(module)
        MODULES[path] = (module, source, ast.parse(source))
    return MODULES[path]


def defined_here(fn, path):
    code = getattr(fn, "__code__", None)
    return code is not None and os.path.realpath(code.co_filename) == os.path.realpath(path)


def find_def(tree, qualname):
    """The ast node of Outer.method / outer.inner, and whether it sits directly in a class."""
    nodes = tree.body
    found, in_class = None, False
    for i, part in enumerate(qualname.split(".")):
        match = [n for n in nodes if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == part]
        if not match:
            # a def nested deeper inside an if/for/with
            match = [n for n in ast.walk(ast.Module(body=nodes, type_ignores=[])) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == part]
        if not match:
            raise LookupError(f"no definition {qualname}")
        in_class = isinstance(found, ast.ClassDef)
        # The last def of a name is the one Python binds (overloads come before it).
        found = match[-1]
        nodes = found.body
    return found, in_class


def nested_code(code, name):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_name == name:
                return const
            found = nested_code(const, name)
            if found:
                return found
    return None


def nested_function(module, source, node, parent):
    """A nested def exists only while its parent runs: rebuild it from its own source inside a
    factory that gives its free variables (nonlocal ones) a binding, in the module's namespace."""
    code = nested_code(parent.__code__, node.name)
    free = code.co_freevars if code else ()
    segment = textwrap.indent(textwrap.dedent(ast.get_source_segment(source, node, padded=True)), "    ")
    factory = "def __factory__():\n" + "".join(f"    {name} = None\n" for name in free) + segment + f"\n    return {node.name}\n"
    namespace = dict(vars(module))
    exec(compile(factory, module.__file__, "exec"), namespace)
    return namespace["__factory__"]()


def resolve(module, source, tree, qualname):
    """The function object and whether Python binds its first parameter (self, cls)."""
    node, in_class = find_def(tree, qualname)
    obj = module
    parts = qualname.split(".")
    for i, part in enumerate(parts):
        if inspect.isfunction(obj):
            return nested_function(module, source, node, obj), False, node, in_class
        raw = obj.__dict__[part] if inspect.isclass(obj) else getattr(obj, part)
        if isinstance(raw, staticmethod):
            return raw.__func__, False, node, in_class
        if isinstance(raw, classmethod):
            return raw.__func__, True, node, in_class
        obj = raw
    return obj, in_class, node, in_class


def signature_of(fn, drop_first):
    try:
        sig = inspect.signature(fn, eval_str=True)
    except NameError:
        # An annotation names what only a type checker sees (TYPE_CHECKING imports, Self): keep the
        # ones Python can evaluate, and leave the others unchecked.
        sig = inspect.signature(fn)
        scope = getattr(fn, "__globals__", {})

        def settle(ann):
            if not isinstance(ann, str):
                return ann
            try:
                return eval(ann, scope)
            except Exception:
                return inspect.Parameter.empty

        sig = sig.replace(parameters=[p.replace(annotation=settle(p.annotation)) for p in sig.parameters.values()], return_annotation=inspect.Signature.empty)
    params = list(sig.parameters.values())
    return sig.replace(parameters=params[1:] if drop_first else params)


def source_analysis(source, node, drop_first):
    """analyze_signature as the source text says it: names, annotations and defaults verbatim."""
    a = node.args
    seg = lambda n: None if n is None else ast.get_source_segment(source, n)
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    params = [(p.arg, p.annotation, d) for p, d in zip(positional, defaults)]
    if a.vararg:
        params.append(("*" + a.vararg.arg, a.vararg.annotation, None))
    params += [(p.arg, p.annotation, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
    if a.kwarg:
        params.append(("**" + a.kwarg.arg, a.kwarg.annotation, None))
    if drop_first:
        params = params[1:]
    return {"function_name": node.name, "parameters": [{"name": n, "type": seg(t), "default": seg(d)} for n, t, d in params]}


def conv(value, t, where, module):
    """The Python value a fixture value stands for under annotation t; Mismatch when it does not fit."""
    if t is inspect.Parameter.empty or t is typing.Any or t is object:
        return value
    if t is None or t is type(None):
        if value is None:
            return None
        raise Mismatch(f"{where}: {value!r} is not None")
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        for option in args:
            try:
                return conv(value, option, where, module)
            except Mismatch:
                pass
        raise Mismatch(f"{where}: {value!r} fits none of {t}")
    if origin is typing.Literal:
        if any(type(m) is type(value) and m == value for m in args):
            return value
        raise Mismatch(f"{where}: {value!r} is not one of {args}")
    if t is bool:
        if isinstance(value, bool):
            return value
        raise Mismatch(f"{where}: {value!r} is not a bool")
    if t is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise Mismatch(f"{where}: {value!r} is not an int")
    if t is float:
        # Strict on purpose: a float must be written with its decimal point (19.0, not 19).
        if type(value) is float:
            return value
        raise Mismatch(f"{where}: {value!r} is not written as a float")
    if t is str:
        if isinstance(value, str):
            return value
        raise Mismatch(f"{where}: {value!r} is not a str")
    if origin in (list, collections.abc.Sequence, collections.abc.Iterable, collections.abc.MutableSequence, collections.abc.Collection):
        if not isinstance(value, list):
            raise Mismatch(f"{where}: {value!r} is not a list")
        return [conv(v, args[0], f"{where}[{i}]", module) for i, v in enumerate(value)]
    if origin is tuple:
        if not isinstance(value, list):
            raise Mismatch(f"{where}: a tuple is written as a list, got {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(conv(v, args[0], f"{where}[{i}]", module) for i, v in enumerate(value))
        if len(value) != len(args):
            raise Mismatch(f"{where}: {len(value)} items for {t}")
        return tuple(conv(v, a, f"{where}[{i}]", module) for i, (v, a) in enumerate(zip(value, args)))
    if origin in (dict, collections.abc.Mapping, collections.abc.MutableMapping):
        if not isinstance(value, dict):
            raise Mismatch(f"{where}: {value!r} is not a dict")
        return {conv(k, args[0], f"{where} key", module): conv(v, args[1], f"{where}[{k!r}]", module) for k, v in value.items()}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        # The fixture holds the member's value, as the system prompt says.
        if isinstance(value, bool) or not any(type(m.value) is type(value) and m.value == value for m in t):
            raise Mismatch(f"{where}: {value!r} is not the value of a {t.__name__} member")
        return t(value)
    if dataclasses.is_dataclass(t) and isinstance(t, type):
        if not isinstance(value, dict):
            raise Mismatch(f"{where}: a {t.__name__} is written as a dict of its fields, got {value!r}")
        hints = typing.get_type_hints(t, vars(module))
        fields = {f.name: f for f in dataclasses.fields(t) if f.init}
        for key in value:
            if key not in fields:
                raise Mismatch(f"{where}: {t.__name__} has no field {key!r}")
        for name, f in fields.items():
            if name not in value and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise Mismatch(f"{where}: {t.__name__} field {name!r} is missing")
        return t(**{k: conv(v, hints[k], f"{where}.{k}", module) for k, v in value.items()})
    raise Mismatch(f"{where}: the check does not know annotation {t!r}")


def check_item(item):
    errors = []
    module, source, tree = load_module(item["module"], item.get("root"), item.get("dotted"))
    fn, drop_first, node, _ = resolve(module, source, tree, item["qualname"])
    if not defined_here(fn, item["module"]):
        # The imported name is not this def (heapq's functions are replaced by _heapq's C
        # builtins at import): the def the conversation shows is the one to bind against.
        fn, drop_first, node, _ = resolve(stub_for(item["module"], source), source, tree, item["qualname"])
    sig = signature_of(fn, drop_first)

    analysis = json.loads(item["analysis"])
    expected = source_analysis(source, node, drop_first)
    if analysis != expected:
        errors.append(f"analyze_signature says {analysis}, the source says {expected}")

    for raw in item.get("refused", []):
        call, result = json.loads(raw["args"]), json.loads(raw["result"])
        fixtures = call["fixtures"]
        want = EMPTY_MESSAGE if not fixtures else None
        for i, fixture in enumerate(fixtures):
            if want:
                break
            try:
                sig.bind(**fixture)
            except TypeError as e:
                want = f"fixture {i + 1} of {len(fixtures)} does not bind: {e}"
        if result != {"success": False, "path": None, "message": want}:
            errors.append(f"refused write answered {result}, Python says {want}")

    if item.get("written") is not None:
        call = json.loads(item["written"])
        for i, fixture in enumerate(call["fixtures"]):
            try:
                bound = sig.bind(**fixture)
            except TypeError as e:
                errors.append(f"fixture {i + 1} does not bind: {e}")
                continue
            kwargs = {}
            try:
                for name, value in bound.arguments.items():
                    param = sig.parameters[name]
                    if param.kind is param.VAR_KEYWORD:
                        kwargs.update({k: conv(v, param.annotation, f"fixture {i + 1} {k}", module) for k, v in value.items()})
                        continue
                    ann = param.annotation
                    if ann is param.empty and name in item.get("inferred", {}):
                        ann = eval(item["inferred"][name], vars(module))
                    if value is None and param.default is None:
                        kwargs[name] = None
                        continue
                    kwargs[name] = conv(value, ann, f"fixture {i + 1} {name}", module)
            except Mismatch as e:
                errors.append(str(e))
                continue
            if item.get("pure"):
                try:
                    out = fn(**kwargs)
                    if inspect.iscoroutine(out):
                        asyncio.run(out)
                    elif inspect.isgenerator(out):
                        list(itertools.islice(out, 100000))
                except Exception as e:  # noqa: BLE001 - any exception is the finding
                    errors.append(f"fixture {i + 1}: calling {item['qualname']} raised {type(e).__name__}: {e}")
    return errors


def main():
    items = json.load(sys.stdin)["items"]
    out = []
    for item in items:
        try:
            errors = check_item(item)
        except Exception as e:  # noqa: BLE001 - report, do not stop the batch
            errors = [f"check crashed: {type(e).__name__}: {e}"]
        out.append({"id": item["id"], "errors": errors})
    json.dump({"verdicts": out}, sys.stdout)


if __name__ == "__main__":
    main()
