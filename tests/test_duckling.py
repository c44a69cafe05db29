"""Conformance with Duckling's Vietnamese corpus (numeral, ordinal, money; time reported).

A phrase passes when one mention spans the whole phrase (or its numeric core,
ignoring surrounding spaces and a final full stop) with Duckling's value, and
for money its unit.  Duckling intervals map onto our bounds: "from" is the
lower bound, "to" the upper bound.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date
from typing import Any

import pytest
from conftest import DUCKLING

from claims.extract.grammar import find_mentions
from claims.model import Mention

UNITS = {"$": "USD", "£": "GBP", "cent": "cent"}
"""Duckling's generic dollar is the US dollar in Vietnamese news; its pound is sterling."""

DEVIATIONS: dict[str, str] = {
    "không": "bare 'không' is the negation 'not' in running text, read only inside numerals",
    "một": "bare 'một' is the article 'a/one'; read only before a scale word or unit",
    "hai": "a bare number word is read only where it quantifies (unit, scale, counted noun)",
    "trăm": "a bare 'trăm' is read only after a number or inside a numeral",
    ",0012G": "a 'G' after digits names network generations in news (4G, 5G), not giga",
    "-,0012G": "as ',0012G'",
    "- 1.200.000": "a dash followed by a space starts a list item in news text, not a minus",
    "đầu tiên": "'lần đầu tiên' (for the first time) ranks nothing checkable; not a mention",
}

CORE_DIMENSIONS = ("numeral", "ordinal", "amount_of_money")


def _rows() -> list[dict[str, Any]]:
    if not DUCKLING.exists():
        pytest.skip(f"Duckling corpus not found at {DUCKLING} (it lives in ../shared/corpus)")
    with DUCKLING.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _close(actual: object, expected: object) -> bool:
    if not isinstance(actual, int | float) or not isinstance(expected, int | float):
        return False
    return math.isclose(float(actual), float(expected), rel_tol=1e-9, abs_tol=1e-9)


def _spans(mention: Mention, phrase: str) -> bool:
    core = phrase.strip().rstrip(".").strip()
    return mention.text == core or (mention.text in core and len(mention.text) >= len(core) - 6)


def _passes(row: dict[str, Any]) -> bool:
    phrase, expected = row["text"], row["expected"]
    mentions = find_mentions(phrase)
    for mention in mentions:
        if not _spans(mention, phrase):
            continue
        if expected["type"] == "value":
            if not _close(mention.value, expected["value"]):
                continue
            if "unit" in expected and mention.unit != UNITS.get(expected["unit"], expected["unit"]):
                continue
            return True
        low, high = expected.get("from"), expected.get("to")
        unit = (low or high)["unit"]
        if mention.unit != UNITS.get(unit, unit):
            continue
        if low is not None and not _close(mention.lower, low["value"]):
            continue
        if high is not None and not _close(mention.upper, high["value"]):
            continue
        return True
    return False


def _time_passes(row: dict[str, Any]) -> bool:
    expected = row["expected"]
    if expected["type"] != "value":
        return False
    stamp, grain = expected["value"], expected["grain"]
    want = {"day": stamp[:10], "month": stamp[:7], "year": stamp[:4]}.get(grain)
    if grain in ("hour", "minute"):
        want = stamp[11:16]
    mentions = find_mentions(row["text"], published=date(2017, 2, 2))
    return any(want is not None and str(m.value) == want for m in mentions)


def test_duckling_conformance() -> None:
    rows = _rows()
    totals: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    deviated: list[str] = []
    failures: list[str] = []
    for row in rows:
        dimension = row["dimension"]
        if dimension == "time":
            totals[dimension] += 1
            passed[dimension] += _time_passes(row)
            continue
        if row["text"] in DEVIATIONS:
            deviated.append(row["text"])
            continue
        totals[dimension] += 1
        if _passes(row):
            passed[dimension] += 1
        else:
            failures.append(f"{dimension}: {row['text']!r} -> {row['expected']}")
    for dimension in (*CORE_DIMENSIONS, "time"):
        print(f"{dimension}: {passed[dimension]}/{totals[dimension]}")
    print(f"deliberate deviations: {len(deviated)}: {deviated}")
    print("failures:", *failures, sep="\n  ")
    core_total = sum(totals[d] for d in CORE_DIMENSIONS)
    core_passed = sum(passed[d] for d in CORE_DIMENSIONS)
    rate = core_passed / core_total
    print(f"numeral+ordinal+money: {core_passed}/{core_total} = {rate:.1%}")
    assert rate >= 0.98, failures


def test_deviations_are_real_phrases_of_the_corpus() -> None:
    texts = {row["text"] for row in _rows()}
    assert set(DEVIATIONS) <= texts
