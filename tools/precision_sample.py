"""Draw a uniform sample of the program's claims from a snapshot, for judging precision by hand.

A precision sample must be uniform over the claims the program makes on news nobody tuned
on, and reproducible, so that a later reader can redraw exactly the claims that were
judged.  Given a snapshot (``tools/snapshot.py``: one JSON report per line), a seed and N:

    python tools/snapshot.py --limit 10000 > /tmp/snap.jsonl
    python tools/precision_sample.py /tmp/snap.jsonl --seed 15 -n 300 \\
        --exclude /work/notes/dev19_ids.txt > /tmp/sample.txt

Only corpus articles are sampled (the snapshot's case files and seeds are written for
tests, not news).  Articles of every gold set (``annotate_helper.SETS``, blind ones
included) are left out: their ids only are used, never their labels; so are the ids
listed one per line in ``--exclude`` files.  Each claim is printed with its kind, value
or interval, unit, qualifier and subject, and about 150 characters of the article around
its span, the span marked ``[[...]]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from annotate_helper import SETS, load_corpus, select  # tools/ is this script's folder

from claims.text.normalize import normalize

CONTEXT = 75  # characters each side of the span: about 150 around it


def excluded_ids(corpus: dict[str, dict[str, str]], exclude_files: list[Path]) -> set[str]:
    """Ids of every gold set's articles and of the --exclude files."""
    ids = {ident for name in SETS for ident in select(corpus, name=name)}
    for path in exclude_files:
        ids.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    ids.discard("")
    return ids


def claim_pool(
    snapshot: Path, corpus: dict[str, Any], excluded: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    """Every claim of the snapshot's sampleable articles, in snapshot order."""
    pool: list[tuple[str, dict[str, Any]]] = []
    with snapshot.open(encoding="utf-8") as handle:
        for line in handle:
            report = json.loads(line)
            ident = report["document"]["path"]
            if ident not in corpus or ident in excluded:
                continue
            pool.extend((ident, claim) for claim in report["claims"])
    return pool


def reading(claim: dict[str, Any]) -> str:
    """Value, or the interval when it is not a single point."""
    value, lower, upper = claim["value"], claim["lower"], claim["upper"]
    if lower is None and upper is None:
        return str(value)
    left = "(" if claim["lower_open"] else "["
    right = ")" if claim["upper_open"] else "]"
    interval = f"{left}{lower}, {upper}{right}"
    if value is not None and lower == upper == value:
        return str(value)
    return f"{value} {interval}"


def context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", type=Path, help="a tools/snapshot.py output file")
    parser.add_argument(
        "--seed", type=int, required=True, help="random seed (the draw is fixed by it)"
    )
    parser.add_argument("-n", type=int, default=300, help="claims to draw (default 300)")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[],
        help="file of article ids, one a line, to leave out as well (repeatable)",
    )  # fmt: skip
    args = parser.parse_args()

    corpus = load_corpus()
    excluded = excluded_ids(corpus, args.exclude)
    pool = claim_pool(args.snapshot, corpus, excluded)
    if args.n > len(pool):
        sys.exit(f"only {len(pool)} claims to draw from")
    drawn = sorted(random.Random(args.seed).sample(range(len(pool)), args.n))
    texts: dict[str, str] = {}
    out = sys.stdout
    out.write(
        f"# seed {args.seed}: {args.n} of {len(pool)} claims ({len(excluded)} ids excluded)\n"
    )
    for number, position in enumerate(drawn, 1):
        ident, claim = pool[position]
        if ident not in texts:
            row = corpus[ident]
            texts[ident] = normalize(row["title"] + "\n\n" + row["text"])
        out.write(
            f"\n{number}. {ident} @{claim['start']} {claim['kind']} {reading(claim)}"
            f" unit={claim['unit']} q={claim['qualifier']} subject={claim['subject']}\n"
            f"   {context(texts[ident], claim['start'], claim['end'])}\n"
        )


if __name__ == "__main__":
    main()
