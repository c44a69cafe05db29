"""Throughput of the validation pipeline against two yardsticks.

Over the articles of ../shared/corpus/vnnews.jsonl.gz, prints articles/second of
(a) the full pipeline ``claims.services.analyze`` with text normalisation (what
``claims validate --no-store`` does per document) and the command itself run
over a directory of the same articles, terminal report to a file, (b) underthesea's
``word_tokenize`` and (c) a bare digit-regex scan (and, for attribution, the
grammar's ``find_mentions`` alone), the ratios between them, and
peak memory at 25%, 50% and 100% of the corpus.

    .venv/bin/python benchmarks/bench_validate.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from annotate_helper import blind_ids  # tools/ is no package: on the path above

from claims.extract.grammar import find_mentions
from claims.services import analyze
from claims.text import normalize

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "vnnews.jsonl.gz"
_DIGITS = re.compile(r"\d+")


def load(limit: int | None) -> list[str]:
    """The first ``limit`` articles (all without one), the blind gold set left out:
    nothing is run on it."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        corpus = {row["id"]: row for row in map(json.loads, handle)}
    blind = blind_ids(corpus)
    rows = [row for row in corpus.values() if row["id"] not in blind]  # in file order
    return [row["title"] + "\n\n" + row["text"] for row in rows[:limit]]


def rate(texts: list[str], work: Callable[[str], object]) -> float:
    start = time.perf_counter()
    for text in texts:
        work(text)
    return len(texts) / (time.perf_counter() - start)


def pipeline(text: str) -> object:
    return analyze(normalize(text))


def digit_floor(text: str) -> object:
    return sum(1 for _ in _DIGITS.finditer(text))


def command_rate(texts: list[str]) -> tuple[float, float]:
    """Articles/s of ``claims validate --no-store`` over a directory, and its peak RSS in MiB."""
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            Path(folder, f"{number:06d}.txt").write_text(text, encoding="utf-8")
        report = Path(folder, "report.txt")
        command = [sys.executable, "-c", "from claims.cli import main; main()"]
        start = time.perf_counter()
        subprocess.run(
            [*command, "validate", "--no-store", "-o", str(report), folder],
            check=False,  # exit 1 means an inconsistent claim, which real news has
            capture_output=True,
        )
        elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return len(texts) / elapsed, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found at {CORPUS}")
    texts = load(args.limit)
    print(f"articles: {len(texts)}, characters: {sum(map(len, texts)):,}")

    pipeline_rate = rate(texts, pipeline)
    floor_rate = rate(texts, digit_floor)
    grammar_rate = rate(texts, lambda text: find_mentions(normalize(text)))
    print(f"(a) pipeline (analyze):        {pipeline_rate:10.1f} articles/s")
    print(f"    of which the grammar alone: {grammar_rate:9.1f} articles/s (find_mentions)")
    command, command_rss = command_rate(texts)
    print(
        f"    claims validate --no-store: {command:9.1f} articles/s "
        f"(files, terminal report; max RSS {command_rss:.1f} MiB)"
    )
    try:
        from underthesea import word_tokenize
    except ImportError:
        print("(b) underthesea word_tokenize: not installed (pip install -e '.[bench]')")
        tokenize_rate = None
    else:
        tokenize_rate = rate(texts, word_tokenize)
        print(f"(b) underthesea word_tokenize: {tokenize_rate:10.1f} articles/s")
    print(f"(c) digit-regex floor:         {floor_rate:10.1f} articles/s")
    if tokenize_rate:
        print(f"pipeline / word_tokenize: {pipeline_rate / tokenize_rate:.1f}x (goal >= 20x)")
    print(f"floor / pipeline:         {floor_rate / pipeline_rate:.1f}x (goal <= 10x)")
    print(f"floor / grammar:          {floor_rate / grammar_rate:.1f}x")

    tracemalloc.start()
    marks = {len(texts) * share // 100: share for share in (25, 50, 100)}
    for index, text in enumerate(texts, start=1):
        pipeline(text)
        if index in marks:
            _, peak = tracemalloc.get_traced_memory()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            traced = peak / 2**20
            share = marks[index]
            print(f"peak memory at {share:3d}%: traced {traced:6.1f} MiB, max RSS {rss:6.1f} MiB")
    tracemalloc.stop()


if __name__ == "__main__":
    main()
