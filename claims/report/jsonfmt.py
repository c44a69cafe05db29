"""JSON and JSON Lines: the contract, one object per document."""

from __future__ import annotations

import json
from collections.abc import Sequence

from claims.model import DocumentReport


def _dump(report: DocumentReport) -> dict[str, object]:
    return report.model_dump(mode="json")


def render_json(reports: Sequence[DocumentReport]) -> str:
    """The report object of one document; an array of them for several."""
    payload: object = _dump(reports[0]) if len(reports) == 1 else [_dump(r) for r in reports]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: Sequence[DocumentReport]) -> str:
    """One compact JSON object per line, one line per document."""
    return "".join(json.dumps(_dump(r), ensure_ascii=False) + "\n" for r in reports)
