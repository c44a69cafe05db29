"""Print how many claims of real articles get a subject, place, period and
source, and a seeded sample of subjects to read by eye.

    python -m claims.extract.context.measure ../shared/corpus/vnnews.jsonl.gz \\
        --every 100 --show 50 --seed 97

Runs the whole pipeline (``claims.services.analyze``) on every N-th article
(title + text) of a gzip JSON-lines corpus with fields id, title, text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from claims.model import Claim
from claims.services import analyze, read_text

_NO_SUBJECT_KINDS = ("date", "year", "time", "duration")


def _articles(path: Path, every: int, limit: int) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        taken = 0
        for index, line in enumerate(handle):
            if index % every or taken >= limit:
                continue
            row = json.loads(line)
            taken += 1
            yield row["id"], read_text(f"{row['title']}\n\n{row['text']}".encode())


def _context(claim: Claim, width: int = 70) -> str:
    at = claim.sentence.find(claim.text)
    return claim.sentence[max(0, at - width) : at + len(claim.text) + width // 2].replace("\n", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=100, help="take every N-th article")
    parser.add_argument("--limit", type=int, default=100, help="at most this many articles")
    parser.add_argument("--show", type=int, default=50, help="subjects to print")
    parser.add_argument("--seed", type=int, default=97)
    args = parser.parse_args(argv)

    claims: list[tuple[str, Claim]] = []
    read = 0
    for article, text in _articles(args.corpus, args.every, args.limit):
        read += 1
        claims += [(article, claim) for claim in analyze(text).claims]
    total = len(claims)
    able = [c for _, c in claims if c.kind not in _NO_SUBJECT_KINDS]
    counts = Counter[str]()
    for _, claim in claims:
        counts["subject"] += claim.subject is not None
        counts["place"] += claim.scope.place is not None
        counts["period"] += claim.scope.period is not None
        counts["source"] += claim.source is not None
    print(f"articles {read}, claims {total}")
    for field in ("subject", "place", "period", "source"):
        print(f"  with {field}: {counts[field]} ({100 * counts[field] / max(total, 1):.1f}%)")
    with_subject = sum(c.subject is not None for c in able)
    print(
        f"  subject among kinds that can have one (not {', '.join(_NO_SUBJECT_KINDS)}): "
        f"{with_subject}/{len(able)} ({100 * with_subject / max(len(able), 1):.1f}%)"
    )
    sample = [(a, c) for a, c in claims if c.subject]
    for article, claim in random.Random(args.seed).sample(sample, min(args.show, len(sample))):
        print(f"{article} | {claim.kind} {claim.text!r} -> {claim.subject!r} | …{_context(claim)}…")


if __name__ == "__main__":
    main()
