"""Dump every claim and finding of the case set and N corpus articles, one JSON line each.

Speed work must not change what the pipeline says. Take a snapshot before and after a
change and compare them byte for byte:

    python tools/snapshot.py --limit 2000 > /tmp/before.jsonl
    (change the code)
    python tools/snapshot.py --limit 2000 > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Python puts this script's folder, not the working directory, first on the import path,
so ``claims`` comes from wherever the venv installed it.  To snapshot another checkout
(a baseline of main, a branch's worktree) with one venv, name it:
``PYTHONPATH=/path/to/checkout python /path/to/checkout/tools/snapshot.py``.  The corpus
is looked for beside the checkout (``../shared/corpus/``), so put the other checkout next
to this one (``git worktree add ../NAME``): one made under /tmp snapshots only the case
set and the seed.

The corpus part is the first N articles and then the next ``--dated`` articles
that have a ``crawled_date``.  That date (the crawl, within about a day of
publication; see the corpus README) is given as the publication date wherever a row
has one, so the rules that read it (an event after publication, the year of an age)
are proven too: none of the first 2,429 rows has a date.  The blind gold
sets' articles are left out: nothing is run on them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from annotate_helper import blind_ids, load_corpus  # tools/ is this script's folder

from claims.services import analyze
from claims.text import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz"


def documents(limit: int, dated: int) -> list[tuple[str, str, date | None]]:
    found: list[tuple[str, str, date | None]] = [
        (path.name, path.read_text(encoding="utf-8"), None)
        for path in sorted((ROOT / "tests" / "cases").glob("*.txt"))
    ]
    found += [
        (path.name, path.read_text(encoding="utf-8"), None)
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    if not CORPUS.exists():
        return found
    corpus = load_corpus()
    blind = blind_ids(corpus)
    rows = [row for row in corpus.values() if row["id"] not in blind]  # in file order
    chosen = rows[:limit] + [row for row in rows[limit:] if row.get("crawled_date")][:dated]
    for row in chosen:
        crawled = row.get("crawled_date")
        published = date.fromisoformat(crawled) if crawled else None
        found.append((row["id"], row["title"] + "\n\n" + row["text"], published))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="corpus articles (default 2000)")
    parser.add_argument(
        "--dated", type=int, default=500, help="then this many with a date (default 500)"
    )
    args = parser.parse_args()
    out = sys.stdout
    for name, text, published in documents(args.limit, args.dated):
        report = analyze(normalize(text), path=name, published=published)
        out.write(
            report.model_dump_json(include={"document": {"path"}, "claims": True, "findings": True})
        )
        out.write("\n")


if __name__ == "__main__":
    main()
