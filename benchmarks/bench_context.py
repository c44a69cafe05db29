"""CPU time of claim building (``build_claims``) alone over N articles.

The articles of ../shared/corpus/vnnews.jsonl.gz are segmented and their
mentions found first (not timed); then ``build_claims`` runs over all of them
with ``time.process_time`` (CPU time, so other processes on the machine count
less), several rounds, keeping the best.

    .venv/bin/python benchmarks/bench_context.py [--limit 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import time

from bench_validate import CORPUS, load

from claims.extract import build_claims, find_mentions
from claims.model import Mention
from claims.text import Segmented, normalize, segment


def prepare(limit: int) -> list[tuple[Segmented, list[Mention]]]:
    prepared = []
    for raw in load(limit):
        text = normalize(raw)
        prepared.append((segment(text), find_mentions(text)))
    return prepared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found at {CORPUS}")
    articles = prepare(args.limit)
    for segmented, mentions in articles[:50]:
        build_claims(segmented, mentions)  # warm the caches and imports
    times = []
    for _ in range(args.rounds):
        gc.collect()
        start = time.process_time()
        for segmented, mentions in articles:
            build_claims(segmented, mentions)
        times.append(time.process_time() - start)
    best = min(times)
    print(f"articles: {len(articles)}")
    per_article = best / len(articles) * 1e6
    print(f"build_claims: {best:.3f} s CPU (best of {args.rounds}), {per_article:.0f} us/article")


if __name__ == "__main__":
    main()
