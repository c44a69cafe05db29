"""Instructions per article of ``analyze`` and of every stage, counted by valgrind.

Timings on a shared machine swing by ±15%; instruction counts do not, so this is the
measure to compare two trees by. Articles 10–109 of the benchmark set
(``bench_validate.load``: ../shared/corpus/vnnews.jsonl.gz, blind gold sets left out)
are normalised, articles 0–9 warm the caches, and then, under callgrind, each stage
runs over the 100 articles on inputs made beforehand (as in ``bench_stages.py``),
and last the whole of ``analyze``; before each, the memoised functions are emptied and
articles 0–9 run again, so no stage finds the articles measured already in memory.
The garbage collector is off while a stage runs and collects before each, so a stage's
figure holds only its own work, not a collection that other stages' allocations placed.
The stages are cut apart by calling ``os.getppid`` between them, with
``--dump-before=os_getppid``: callgrind writes one profile per part, and each part's
total is printed per article.

    .venv/bin/python benchmarks/instructions.py [--keep DIR]

``--keep DIR`` leaves the profiles in DIR; ``callgrind_annotate DIR/callgrind.out.*.12``
then shows where the instructions of ``analyze`` go (part 12; the stages are parts 2, 4,
6, 8 and 10).
Takes about two minutes.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

FIRST, LAST = 10, 110  # articles 10–109 are measured; 0–9 warm the caches
STAGES = ("segment", "grammar", "build", "rules", "verdicts", "analyze")


def child(path: str) -> None:
    """Runs under callgrind: the stages, each between two ``os.getppid`` markers."""
    from claims.extract import build_claims, find_mentions
    from claims.rules import RuleContext, run_rules
    from claims.rules.verdicts import assign_verdicts
    from claims.services import analyze
    from claims.text import segment

    texts: list[str] = json.loads(Path(path).read_text(encoding="utf-8"))
    warm = texts[:FIRST]
    texts = texts[FIRST:]

    def fresh_caches() -> None:
        """The caches as after articles 0-9 alone: making a stage's inputs ran the
        articles measured, and the memoised functions would answer from memory."""
        for name, module in list(sys.modules.items()):
            if name.startswith("claims"):
                for value in vars(module).values():
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()
        re.purge()
        for text in warm:
            analyze(text)
        gc.collect()  # each stage starts with the same garbage: none

    segmented = [segment(text) for text in texts]
    mentions = [find_mentions(text) for text in texts]
    claims = [build_claims(s, m) for s, m in zip(segmented, mentions, strict=True)]
    findings = [run_rules(c, RuleContext(text=t)) for c, t in zip(claims, texts, strict=True)]
    gc.collect()
    gc.freeze()  # the prepared inputs stay alive; the collector need not walk them
    # A collection that falls inside one stage or the next, as allocation counts happen to
    # run, moved a stage's figure by 0.1-0.3 M between trees whose stage code is the same.
    # With the collector off (100 articles' garbage fits in memory) and a collection
    # before each stage, outside the measured part, a stage counts only its own work.
    gc.disable()

    def stages() -> Iterator[None]:
        for text in texts:
            segment(text)
        yield
        for text in texts:
            find_mentions(text)
        yield
        for segments_of, mentions_of in zip(segmented, mentions, strict=True):
            build_claims(segments_of, mentions_of)
        yield
        for claims_of, text in zip(claims, texts, strict=True):
            run_rules(claims_of, RuleContext(text=text))
        yield
        for claims_of, findings_of in zip(claims, findings, strict=True):
            assign_verdicts(claims_of, findings_of)
        yield
        for text in texts:
            analyze(text)
        yield

    # parts: setup, then for each stage the caches made fresh and the stage
    run = stages()
    for _ in STAGES:
        fresh_caches()
        os.getppid()
        next(run)
        os.getppid()


def totals(folder: Path) -> list[int]:
    """Each part's instruction count, in dump order (the last part has no number)."""

    def order(path: Path) -> int:
        tail = path.name.rsplit(".", 1)[-1]  # callgrind.out.PID.N, the last callgrind.out.PID
        return int(tail) if path.name.count(".") == 3 else 1_000_000

    counts = []
    for path in sorted(folder.glob("callgrind.out.*"), key=order):
        found = re.search(r"^(?:summary|totals): (\d+)", path.read_text(), re.MULTILINE)
        counts.append(int(found.group(1)) if found else 0)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="leave the callgrind profiles in this folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    from bench_validate import CORPUS, load

    from claims.text import normalize

    if not CORPUS.exists():
        raise SystemExit(f"corpus not found at {CORPUS}")
    texts = [normalize(raw) for raw in load(LAST)]
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("callgrind.out.*"):
            old.unlink()
        data = Path(scratch, "texts.json")
        data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        command = [
            "valgrind",
            "--tool=callgrind",
            "--dump-before=os_getppid",
            "--compress-strings=no",  # each part readable alone by callgrind_annotate
            f"--callgrind-out-file={folder}/callgrind.out.%p",
            sys.executable,
            __file__,
            "--child",
            str(data),
        ]
        subprocess.run(command, check=True, capture_output=True)
        counts = totals(folder)
    # parts: the setup, then each stage and the fresh start before the next, then the exit
    if len(counts) != 2 * len(STAGES) + 1:
        raise SystemExit(f"expected {2 * len(STAGES) + 1} callgrind parts, found {len(counts)}")
    counts = counts[1:-1:2]
    articles = LAST - FIRST
    print(f"instructions per article, articles {FIRST}-{LAST - 1} ({articles})")
    for name, count in zip(STAGES, counts, strict=True):
        print(f"{name:9s} {count / articles / 1e6:7.2f} M")
    parts = sum(counts[:-1])
    print(f"{'sum':9s} {parts / articles / 1e6:7.2f} M  (the stages)")


if __name__ == "__main__":
    main()
