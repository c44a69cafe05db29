"""Dump every claim and finding of the case set and N corpus articles, one JSON line each.

Speed work must not change what the pipeline says. Take a snapshot before and after a
change and compare them byte for byte:

    python tools/snapshot.py --limit 2000 > /tmp/before.jsonl
    (change the code)
    python tools/snapshot.py --limit 2000 > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from claims.services import analyze
from claims.text import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz"


def documents(limit: int) -> list[tuple[str, str]]:
    found = [
        (path.name, path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "tests" / "cases").glob("*.txt"))
    ]
    found += [
        (path.name, path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if number >= limit:
                    break
                row = json.loads(line)
                found.append((row["id"], row["title"] + "\n\n" + row["text"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="corpus articles (default 2000)")
    limit = parser.parse_args().limit
    out = sys.stdout
    for name, text in documents(limit):
        report = analyze(normalize(text), path=name)
        out.write(
            report.model_dump_json(include={"document": {"path"}, "claims": True, "findings": True})
        )
        out.write("\n")


if __name__ == "__main__":
    main()
