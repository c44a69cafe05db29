"""Cost of each regular expression the pipeline uses, one row per pattern, costliest first.

Runs ``analyze`` over articles 10-109 of the benchmark set (0-9 warm up) as
``instructions.py`` does, recording every call ``claims`` makes to a pattern (before
``claims`` is imported, ``re.compile`` and ``re.search`` and the like called from it are
replaced by proxies that pass each call on), then replays the calls pattern by pattern.
A pattern is named ``module:NAME`` after the module global holding it (or ``NAME[i]``,
``NAME['key']``, ``NAME.attr`` one level in), else ``module:line`` where it was made.

Cost: **instructions** by default, counted by valgrind's callgrind (each pattern's replay
follows an ``os.getppid`` call, and ``--dump-before=os_getppid`` dumps one profile per
pattern), including the replay loop's call of the method (~150 instructions, paid by the
pipeline too).  ``--time`` (or no valgrind): nanoseconds by ``time.perf_counter_ns``
around each pattern's replay, best of three.  2-3 minutes.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/pattern_costs.py [--top N] [--time]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

FIRST, LAST = 10, 110  # as instructions.py: articles 10-109 measured, 0-9 warm up
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
FLAGS_AT = {"sub": 3, "subn": 3, "split": 2}  # where a module function takes its flags
PROXIES: dict[str, Proxy] = {}  # by the name given when made
recording = False
_compile = re.compile
TOTAL = re.compile(r"^(?:summary|totals): (\d+)", re.MULTILINE)  # in a callgrind profile


def _caller() -> str | None:  # ``module:line`` of the caller's caller, if in claims
    frame = sys._getframe(2)
    module = frame.f_globals.get("__name__", "")
    return f"{module}:{frame.f_lineno}" if module.startswith("claims") else None


def counted(matches: Any, call: list[Any]) -> Any:
    # passes on a finditer's matches, counting the pulls (the exhausting one too)
    for match in matches:
        call[-1] += 1
        yield match
    call[-1] += 1


class Proxy:
    """Stands for one compiled pattern: forwards everything, logs the calls in METHODS."""

    def __init__(self, pattern: re.Pattern[str], name: str) -> None:
        self._pattern, self.name, self.named, self.calls = pattern, name, False, []

    def __getattr__(self, method: str) -> Any:
        found = getattr(self._pattern, method)

        def logged(*args: Any, **kwargs: Any) -> Any:
            result = found(*args, **kwargs)
            if not recording:
                return result
            self.calls.append(call := [method, args, kwargs, 0])
            return counted(result, call) if method == "finditer" else result

        return logged if method in METHODS else found


def _proxy(pattern: re.Pattern[str], name: str) -> Proxy:
    if name in PROXIES and PROXIES[name]._pattern is not pattern:
        name = f"{name}#{len(PROXIES)}"  # one line compiling several patterns
    return PROXIES.setdefault(name, Proxy(pattern, name))


def proxied_compile(pattern: Any, flags: int = 0) -> Any:
    compiled = _compile(pattern._pattern if isinstance(pattern, Proxy) else pattern, flags)
    where = _caller()
    return _proxy(compiled, where) if where else compiled


def module_function(method: str) -> Any:
    """``re.search`` and the like, logged under the caller's ``module:line``."""
    original = getattr(re, method)

    def logged(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        where = _caller() if recording and not isinstance(pattern, Proxy) else None
        if where is None:  # not recording, or a proxy's pattern: not logged
            return original(getattr(pattern, "_pattern", pattern), *args, **kwargs)
        at = FLAGS_AT.get(method, 1)  # re.sub(pattern, repl, string, count, flags)
        flags = kwargs.pop("flags", args[at] if len(args) > at else 0)
        proxy = _proxy(_compile(pattern, flags), f"{where} re.{method}")
        proxy.named = True
        return getattr(proxy, method)(*args[:at], **kwargs)

    return logged


def name_proxies() -> None:
    """Names each proxy after a module global holding it, looking one level into
    tuples, lists, dicts and objects; the defining module's global first."""
    modules = sorted((n, m) for n, m in sys.modules.items() if n.startswith("claims"))
    for own_module_only in (True, False):
        for module_name, module in modules:
            for key, value in list(vars(module).items()):
                held: list[tuple[str, Any]] = [(key, value)]
                if isinstance(value, (tuple, list)):
                    held += [(f"{key}[{i}]", item) for i, item in enumerate(value)]
                elif isinstance(value, dict):
                    held += [(f"{key}[{k!r}]", item) for k, item in value.items()]
                elif hasattr(value, "__dict__") and not isinstance(value, type):
                    held += [(f"{key}.{a}", item) for a, item in vars(value).items()]
                for label, item in held:
                    own = isinstance(item, Proxy) and item.name.startswith(module_name + ":")
                    if isinstance(item, Proxy) and not item.named and (own or not own_module_only):
                        item.name, item.named = f"{module_name}:{label}", True


def child(path: str, timed: bool) -> None:
    """Records the calls over the articles in ``path``, then replays them by pattern."""
    global recording
    texts: list[str] = json.loads(Path(path).read_text(encoding="utf-8"))
    re.compile = proxied_compile  # type: ignore[assignment]
    for method in METHODS:
        setattr(re, method, module_function(method))
    from claims.services import analyze

    name_proxies()
    for number, text in enumerate(texts):
        recording = number >= FIRST
        analyze(text)
    recording = False
    used = sorted((p for p in PROXIES.values() if p.calls), key=lambda p: p.name)
    rows, costs = [{"name": p.name, "calls": len(p.calls)} for p in used], []
    for proxy in used:
        if timed:
            costs.append(min(replay(proxy) for _ in range(3)))
        else:
            os.getppid()  # callgrind dumps its counts here: one part per pattern
            replay(proxy)
    os.getppid()
    print(json.dumps({"rows": rows, "costs": costs}))


def replay(proxy: Proxy) -> int:
    """Makes the recorded calls again, pulling as many matches as before; nanoseconds."""
    start = time.perf_counter_ns()
    for method, args, kwargs, pulled in proxy.calls:
        result = getattr(proxy._pattern, method)(*args, **kwargs)
        for _ in islice(result, pulled) if pulled else ():
            pass
    return time.perf_counter_ns() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=40, help="rows to print (default 40)")
    parser.add_argument("--time", action="store_true", help="wall time instead of callgrind")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], args.child[1] == "time")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_validate import load

    from claims.text import normalize

    timed = args.time or shutil.which("valgrind") is None
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch, "texts.json")
        data.write_text(json.dumps([normalize(raw) for raw in load(LAST)]), encoding="utf-8")
        command = [sys.executable, __file__, "--child", str(data), "time" if timed else "ir"]
        if not timed:
            out = f"--callgrind-out-file={scratch}/callgrind.out"  # parts: .1, .2, ...
            command[:0] = ["valgrind", "--tool=callgrind", "--dump-before=os_getppid", out]
        report = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        parts = sorted(Path(scratch).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        totals = [int(TOTAL.search(part.read_text())[1]) for part in parts[1:]]  # 1: recording
    costs, rows, articles = report["costs"] if timed else totals, report["rows"], LAST - FIRST
    assert len(costs) == len(rows), f"{len(rows)} patterns but {len(costs)} measurements"
    total = sum(costs)
    unit = "ns" if timed else "instructions"
    print(f"{len(rows)} patterns called, {total / articles / 1e6:.2f} M {unit} per article")
    print(f"{'per article':>12} {'share':>6} {'calls/art':>9} {'per call':>9}  pattern")
    for cost, row in sorted(zip(costs, rows, strict=True), key=lambda pair: -pair[0])[: args.top]:
        each, calls = f"{cost / articles:12,.0f} {cost / total:6.1%}", row["calls"]
        print(f"{each} {calls / articles:9.1f} {cost / calls:9,.0f}  {row['name']}")


if __name__ == "__main__":
    main()
