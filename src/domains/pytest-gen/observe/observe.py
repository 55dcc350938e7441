"""Observes what functions of a module really do, for tests trajgen writes from it.

Input (stdin, JSON): {"root": fixtures folder, "module": dotted name, "file": its path,
                      "calls": [{"fn", "id", "call"}], "call_timeout": seconds}
Run it as `python3 -I -S`: only the standard library and the fixtures folder are importable, so
what is observed does not depend on what else the machine has installed.
Output (stdout, JSON): {"import": null | "Error: message",
                        "results": [{"fn", "id", "returns": repr} | {"fn", "id", "raises", "message"}
                                    | {"fn", "id", "skip": reason}]}

Every call runs twice and is kept only when both runs agree. Before the module is imported,
file writes, file-system reads outside the module, the network, subprocesses, the clock and
randomness are made to raise Guarded: a function that needs any of them is skipped, never
observed, and the machine is left as it was. The process works in a fresh temp folder.
"""

import ast
import builtins
import io
import json
import os
import signal
import sys
import tempfile


class Guarded(BaseException):
    """Raised by a guard; a BaseException so that `except Exception` in the code cannot swallow it."""


class CallTimeout(BaseException):
    pass


def deny(what):
    def guard(*args, **kwargs):
        raise Guarded(what)

    return guard


# Standard-library modules that read the clock or the file system when they are imported (logging
# notes its start time, locale and sysconfig read files). They are the machine's, not the code
# under test's: importing them before the guards go up keeps them from passing for its side effects.
TRUSTED_FIRST = (
    "logging", "platform", "sysconfig", "locale", "gettext", "tempfile", "email.utils", "http.client", "urllib.parse",
    "urllib.request", "threading", "concurrent.futures", "asyncio", "inspect", "typing", "dataclasses", "functools",
    "decimal", "fractions", "enum", "warnings", "pathlib", "glob", "fnmatch", "string", "textwrap", "hashlib", "hmac",
    "base64", "copy", "pprint", "contextlib", "statistics", "ipaddress", "unicodedata", "zipfile", "tarfile", "csv",
    "configparser", "argparse", "difflib", "shlex", "calendar", "heapq", "bisect", "weakref", "operator",
)


def import_trusted():
    import importlib

    for name in TRUSTED_FIRST:
        try:
            importlib.import_module(name)
        except Exception:
            pass


def install_guards():
    import datetime
    import random
    import secrets
    import shutil
    import socket
    import subprocess
    import time
    import uuid

    real_open = builtins.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            raise Guarded("writes a file")
        raise Guarded("reads a file")

    builtins.open = guarded_open
    io.open = guarded_open
    for name in ("stat", "lstat", "listdir", "scandir", "walk", "remove", "unlink", "rename", "replace", "mkdir", "makedirs", "rmdir", "removedirs", "chmod", "chown", "utime", "symlink", "link", "truncate", "access", "open"):
        if hasattr(os, name):
            setattr(os, name, deny("touches the file system"))
    for name in ("copy", "copy2", "copyfile", "copytree", "move", "rmtree"):
        setattr(shutil, name, deny("touches the file system"))
    # What depends on where or in which environment it runs gives another answer under pytest.
    os.getcwd = deny("reads the working directory")
    os.getcwdb = deny("reads the working directory")
    os.getenv = deny("reads the environment")

    class GuardedEnviron(dict):
        def refuse(self, *args, **kwargs):
            raise Guarded("reads the environment")

        __getitem__ = get = __contains__ = __iter__ = keys = items = values = __len__ = copy = setdefault = refuse

    os.environ = GuardedEnviron()
    socket.socket = deny("opens a socket")
    socket.create_connection = deny("opens a socket")
    socket.getaddrinfo = deny("looks up a host")
    for name in ("Popen", "run", "call", "check_call", "check_output", "getoutput", "getstatusoutput"):
        setattr(subprocess, name, deny("starts a process"))
    for name in ("system", "popen", "fork", "execv", "execve", "execvp", "spawnv", "kill"):
        if hasattr(os, name):
            setattr(os, name, deny("starts a process"))
    for name in ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time", "sleep", "localtime", "gmtime", "ctime", "asctime", "strftime"):
        setattr(time, name, deny("reads the clock"))

    class GuardedDateTime(datetime.datetime):
        now = classmethod(deny("reads the clock"))
        utcnow = classmethod(deny("reads the clock"))
        today = classmethod(deny("reads the clock"))

    class GuardedDate(datetime.date):
        today = classmethod(deny("reads the clock"))

    datetime.datetime = GuardedDateTime
    datetime.date = GuardedDate
    for name in ("random", "randint", "randrange", "choice", "choices", "shuffle", "sample", "uniform", "gauss", "getrandbits", "seed", "normalvariate", "triangular", "betavariate", "expovariate"):
        setattr(random, name, deny("draws random numbers"))
    random.Random = deny("draws random numbers")
    random.SystemRandom = deny("draws random numbers")
    os.urandom = deny("draws random numbers")
    for name in ("token_bytes", "token_hex", "token_urlsafe", "choice", "randbelow", "randbits"):
        setattr(secrets, name, deny("draws random numbers"))
    uuid.uuid1 = deny("draws random numbers")
    uuid.uuid4 = deny("draws random numbers")
    return real_open


def on_alarm(signum, frame):
    raise CallTimeout()


def literal(value):
    """The repr of a value a test can write back as a literal equal to it, else None."""
    text = repr(value)
    if len(text) > 160:
        return None
    try:
        again = ast.literal_eval(text)
    except Exception:
        return None
    if type(again) is not type(value) or again != value:
        return None
    return text


def run_once(call, namespace, timeout):
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return ("returns", eval(compile(call, "<call>", "eval"), dict(namespace)))
    except (Guarded, CallTimeout):
        raise
    except RecursionError:
        raise Guarded("recurses too deep")
    except Exception as exc:  # what the call really raises is the observation
        return ("raises", exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def observe(call, module, namespace, timeout):
    try:
        first = run_once(call, namespace, timeout)
        second = run_once(call, namespace, timeout)
    except Guarded as g:
        return {"skip": str(g)}
    except CallTimeout:
        return {"skip": f"takes longer than {timeout:g} s"}
    if first[0] != second[0]:
        return {"skip": "not deterministic"}
    if first[0] == "raises":
        a, b = first[1], second[1]
        if type(a) is not type(b) or str(a) != str(b):
            return {"skip": "not deterministic"}
        if type(a).__module__ not in ("builtins", module.__name__):
            return {"skip": "raises an exception the test cannot import from the module"}
        return {"raises": type(a).__name__, "message": str(a)}
    ra, rb = literal(first[1]), literal(second[1])
    if ra is None:
        return {"skip": "returns a value a test cannot write as a literal"}
    if ra != rb:
        return {"skip": "not deterministic"}
    return {"returns": ra}


def main():
    request = json.load(sys.stdin)
    out = sys.stdout
    # Whatever the code prints must not reach the JSON on stdout.
    sys.stdout = io.StringIO()
    work = tempfile.mkdtemp(prefix="trajgen-observe-")
    os.chdir(work)
    sys.path.insert(0, request["root"])
    signal.signal(signal.SIGALRM, on_alarm)
    import importlib

    import_trusted()
    install_guards()
    response = {"import": None, "results": []}
    signal.setitimer(signal.ITIMER_REAL, request.get("import_timeout", 5))
    try:
        module = importlib.import_module(request["module"])
        # The module must be the file shown, not a namesake installed elsewhere.
        # (normpath, not realpath: the guards forbid the file-system calls realpath makes.)
        if os.path.normpath(getattr(module, "__file__", "") or "") != os.path.normpath(request["file"]):
            raise ImportError(f"{request['module']} resolves to {getattr(module, '__file__', None)}, not the fixture file")
    except (Guarded, CallTimeout, Exception) as exc:
        response["import"] = "takes too long to import" if isinstance(exc, CallTimeout) else f"{type(exc).__name__}: {exc}"
        module = None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if module is not None:
        namespace = vars(module)
        skipped = set()
        for c in request["calls"]:
            if c["fn"] in skipped:
                continue
            result = observe(c["call"], module, namespace, request.get("call_timeout", 1.0))
            # A guard or a timeout says the function needs the outside world: none of its calls count.
            if "skip" in result and result["skip"] not in ("returns a value a test cannot write as a literal", "raises an exception the test cannot import from the module"):
                skipped.add(c["fn"])
            response["results"].append({"fn": c["fn"], "id": c["id"], **result})
    json.dump(response, out)
    out.flush()
    os._exit(0)


main()
