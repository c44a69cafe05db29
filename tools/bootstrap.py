"""How sure a gold figure is: a 95% interval from resampling the articles.

    python tools/bootstrap.py tests/gold/dev16.jsonl
    python tools/bootstrap.py tests/gold/blind/*.jsonl   # the pool, figures only, no misses

The articles of the given sets are drawn with replacement (2,000 draws, seed 0), their
true positives, false positives and false negatives summed per draw, and the 2.5th and
97.5th percentiles of each level's F1 and of the identifier rate printed. Articles, not
mentions, are the unit drawn: mentions of one article share its writer and its forms, so
resampling mentions would make the interval look narrower than it is. Nothing but figures
is printed, so it may be run on the blind sets.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from annotate_helper import CORPUS  # tools/ is this script's folder

from claims.cli.evaluate import read_articles
from claims.evaluation import LEVELS, Evaluation, evaluate, load_gold
from claims.services import analyze

DRAWS = 2_000


def per_article(paths: list[Path]) -> list[Evaluation]:
    """One evaluation per annotated article, over every given set."""
    gold = [row for path in paths for row in load_gold(path)]
    articles = sorted({row.article for row in gold})
    texts = read_articles(CORPUS, set(articles))
    return [
        evaluate(
            [row for row in gold if row.article == article],
            {article: analyze(texts[article], path=article).claims},
        )
        for article in articles
    ]


def f1(true_positives: int, false_positives: int, false_negatives: int) -> float:
    both = 2 * true_positives + false_positives + false_negatives
    return 2 * true_positives / both if both else 0.0


def interval(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[int(0.025 * len(ordered))], ordered[int(0.975 * len(ordered)) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold sets (annotations .jsonl)")
    args = parser.parse_args()
    results = per_article(args.gold)
    rng = random.Random(0)
    draws = [rng.choices(results, k=len(results)) for _ in range(DRAWS)]
    print(f"{len(results)} articles, {DRAWS} draws of articles with replacement")
    for level in LEVELS:
        scores = [result.scores[level] for result in results]
        point = f1(*(sum(getattr(s, f) for s in scores) for f in _FIELDS))
        spread = [
            f1(*(sum(getattr(r.scores[level], f) for r in draw) for f in _FIELDS)) for draw in draws
        ]
        low, high = interval(spread)
        print(f"{level:<15} F1 {point:.3f}  95% [{low:.3f}, {high:.3f}]")
    read = sum(r.identifiers_read_as_claims for r in results)
    total = sum(r.identifiers for r in results)
    rates = [
        sum(r.identifiers_read_as_claims for r in draw) / max(sum(r.identifiers for r in draw), 1)
        for draw in draws
    ]
    low, high = interval(rates)
    rate = read / max(total, 1)
    print(f"identifiers    {read}/{total} = {rate:.3f}  95% [{low:.3f}, {high:.3f}]")


_FIELDS = ("true_positives", "false_positives", "false_negatives")

if __name__ == "__main__":
    main()
