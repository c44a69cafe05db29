"""Compare two snapshots (``tools/snapshot.py``) claim by claim, for review.

A reading change is judged by what it changes on real text: every claim that appears,
disappears or reads differently, with its sentence, so a person can mark each right or
wrong.  Findings that change are counted too.

    python tools/snapdiff.py before.jsonl after.jsonl            # counts and 20 examples
    python tools/snapdiff.py before.jsonl after.jsonl --show 200 # more examples

A claim is keyed by its document and its span (start, end); "changed" means the same
span reads a different kind, value, interval, unit, qualifier or subject.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

FIELDS = ("kind", "value", "lower", "upper", "unit", "qualifier", "subject", "source")


def load(path: Path) -> dict[str, dict[str, Any]]:
    documents: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            report = json.loads(line)
            documents[report["document"]["path"]] = report
    return documents


def claims_by_span(report: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    return {(claim["start"], claim["end"]): claim for claim in report["claims"]}


def brief(claim: dict[str, Any]) -> str:
    shown = {field: claim.get(field) for field in FIELDS if claim.get(field) is not None}
    return f"{claim['text']!r} {json.dumps(shown, ensure_ascii=False)}"


def context(claim: dict[str, Any], width: int = 160) -> str:
    sentence: str = claim.get("sentence", "")
    return sentence if len(sentence) <= width else sentence[:width] + "…"


def compare(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]
) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for path in sorted(before.keys() | after.keys()):
        old = claims_by_span(before.get(path, {"claims": []}))
        new = claims_by_span(after.get(path, {"claims": []}))
        for span in sorted(old.keys() | new.keys()):
            was, now = old.get(span), new.get(span)
            if was is not None and now is None:
                counts["removed"] += 1
                lines.append(f"- {path} {brief(was)}\n    {context(was)}")
            elif now is not None and was is None:
                counts["added"] += 1
                lines.append(f"+ {path} {brief(now)}\n    {context(now)}")
            elif was is not None and now is not None:
                moved = [field for field in FIELDS if was.get(field) != now.get(field)]
                if moved:
                    counts["changed"] += 1
                    counts.update(f"changed {field}" for field in moved)
                    lines.append(f"~ {path} {brief(was)}\n  -> {brief(now)}\n    {context(now)}")
        old_findings = Counter(
            (f["rule"], f["status"]) for f in before.get(path, {"findings": []})["findings"]
        )
        new_findings = Counter(
            (f["rule"], f["status"]) for f in after.get(path, {"findings": []})["findings"]
        )
        if old_findings != new_findings:
            counts["documents whose findings changed"] += 1
    return counts, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=20, help="examples to print (default 20)")
    args = parser.parse_args()
    counts, lines = compare(load(args.before), load(args.after))
    for name, number in sorted(counts.items()):
        print(f"{name}: {number}")
    if not counts:
        print("no claim changed")
    for line in lines[: args.show]:
        print(line)


if __name__ == "__main__":
    main()
