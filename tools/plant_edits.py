"""Recall of the consistency rules, measured by planting edits in real articles.

For every passing finding that ties two or more claims, one claim of it (the
first the rule lists) has the digits of its number rewritten so its value
changes by a factor (x1.5 and x0.5 by default; a fraction "a/b" with a < b is
also swapped to "b/a").  The edited text is analysed again; the edit counts as

* detected when a finding of the same rule now fails on a claim at the edited
  digits, or a claim there became ``inconsistent``;
* disappeared when it is not detected and the original finding (same rule,
  same claim positions) is gone: the edit broke the reading, not the check;
* missed otherwise: the check still passes (a loose check such as part <= whole
  may legitimately pass a halved part, hence the factors are reported apart).

    python tools/plant_edits.py                    # first 2,000 articles
    python tools/plant_edits.py --limit 10000 --factor 1.5 --factor 0.5

Only counts and, with ``--examples``, short claim spans are printed: the corpus
has no licence, so no article text leaves /tmp or the terminal.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

from flag_survey import iter_articles  # noqa: E402

from claims.model import Claim, DocumentReport, Finding  # noqa: E402
from claims.services import analyze  # noqa: E402

DEFAULT_FACTORS = (1.5, 0.5)
SWAP = "swap"
TIED_RULES = frozenset(
    {
        "part-within-whole",
        "percent-of-whole",
        "fractions",
        "change",
        "averages",
        "sum-of-parts",
        "restated-values",
        "time",
        "units",
    }
)

# Vietnamese print: "." groups thousands, "," marks decimals ("74.739", "1,5").
_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_PLAIN = r"\d+(?:[.,]\d+)?"
DIGIT_GROUP = re.compile(rf"(?<![\d.,])(?:{_GROUPED}|{_PLAIN})(?![\d])")
FRACTION = re.compile(r"(?<![\d/])(\d+)\s*/\s*(\d+)(?![\d/])")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (the old digits) by ``new``."""

    start: int
    end: int
    old: str
    new: str

    @property
    def shift(self) -> int:
        return len(self.new) - len(self.old)

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]


def parse_digits(digits: str) -> tuple[Decimal, str, int, bool]:
    """Value, decimal mark, decimals and whether thousands are grouped with '.'."""
    if re.fullmatch(_GROUPED, digits):
        whole, _, fraction = digits.partition(",")
        value = Decimal(whole.replace(".", "") + ("." + fraction if fraction else ""))
        return value, ",", len(fraction), True
    mark = "," if "," in digits else "." if "." in digits else ","
    whole, _, fraction = digits.partition(mark)
    return Decimal(whole + ("." + fraction if fraction else "")), mark, len(fraction), False


def format_digits(value: Decimal, mark: str, decimals: int, grouped: bool) -> str:
    """``value`` printed the way the original digits were printed."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{rounded:f}".partition(".")
    if grouped and len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + (mark + fraction if decimals else "")


def scale_digits(digits: str, factor: float) -> str:
    """'74.739' x 1.5 -> '112.108': same grouping, same number of decimals."""
    value, mark, decimals, grouped = parse_digits(digits)
    scaled = format_digits(value * Decimal(str(factor)), mark, decimals, grouped)
    if digits.startswith("0") and not grouped:  # "02" stays two digits wide: "03"
        whole = len(digits.split(mark)[0])
        scaled = scaled.zfill(whole + (len(scaled) - len(scaled.split(mark)[0])))
    return scaled


def scale_edit(claim: Claim, text: str, factor: float) -> Edit | None:
    """Scale the first plain digit group of the claim; None when there is none
    or when the printed value would not change after rounding (1 x 1.5 -> 2 changes)."""
    found = DIGIT_GROUP.search(text, claim.start, claim.end)
    if found is None or found.end() > claim.end:
        return None
    new = scale_digits(found.group(), factor)
    if parse_digits(new)[0] == parse_digits(found.group())[0]:
        return None
    return Edit(found.start(), found.end(), found.group(), new)


def swap_edit(claim: Claim, text: str) -> Edit | None:
    """'18/20' -> '20/18', only when that makes the numerator the larger."""
    found = FRACTION.search(text, claim.start, claim.end)
    if found is None or found.end() > claim.end:
        return None
    numerator, denominator = found.group(1), found.group(2)
    if int(numerator) >= int(denominator):
        return None
    return Edit(found.start(), found.end(), found.group(), f"{denominator}/{numerator}")


def overlaps(claim: Claim, start: int, end: int) -> bool:
    return claim.start < end and start < claim.end


def moved(position: int, edit: Edit) -> int:
    """Where an offset of the original text lies in the edited text."""
    return position + edit.shift if position >= edit.end else position


def finding_positions(finding: Finding, report: DocumentReport) -> frozenset[int]:
    by_id = {c.id: c for c in report.claims}
    return frozenset(by_id[i].start for i in finding.claims if i in by_id)


def judge(
    rule: str, original: frozenset[int], edit: Edit, edited: DocumentReport
) -> tuple[bool, bool]:
    """(detected, disappeared) for one edited analysis."""
    by_id = {c.id: c for c in edited.claims}
    start, end = edit.start, edit.start + len(edit.new)
    detected = any(
        c.verdict == "inconsistent" and overlaps(c, start, end) for c in edited.claims
    ) or any(
        f.rule == rule
        and f.status == "fail"
        and any(overlaps(by_id[i], start, end) for i in f.claims if i in by_id)
        for f in edited.findings
    )
    expected = frozenset(moved(p, edit) for p in original)
    still_there = any(
        f.rule == rule and finding_positions(f, edited) == expected for f in edited.findings
    )
    return detected, not detected and not still_there


@dataclass(frozen=True, slots=True)
class Planted:
    article: str
    rule: str
    edit_kind: str
    before: str
    after: str
    detected: bool
    disappeared: bool


def edits_for(claim: Claim, text: str, factors: Sequence[float]) -> Iterator[tuple[str, Edit]]:
    for factor in factors:
        edit = scale_edit(claim, text, factor)
        if edit is not None:
            yield f"x{factor:g}", edit
    if claim.kind == "fraction":
        swapped = swap_edit(claim, text)
        if swapped is not None:
            yield SWAP, swapped


def pick(finding: Finding, article: str, seed: int) -> str:
    """The claim to edit: the first the rule lists, or with a seed a seeded draw."""
    if seed == 0:
        return finding.claims[0]
    return random.Random(f"{seed}|{article}|{finding.id}").choice(finding.claims)


def plant(article: str, text: str, factors: Sequence[float], seed: int = 0) -> Iterator[Planted]:
    """Every planted edit of one article, in finding order."""
    report = analyze(text, path=article)
    by_id = {c.id: c for c in report.claims}
    cache: dict[Edit, DocumentReport] = {}
    for finding in report.findings:
        if finding.status != "pass" or finding.rule not in TIED_RULES:
            continue
        chosen = pick(finding, article, seed)
        if len(finding.claims) < 2 or chosen not in by_id:
            continue
        claim = by_id[chosen]
        original = finding_positions(finding, report)
        for kind, edit in edits_for(claim, text, factors):
            if edit not in cache:
                cache[edit] = analyze(edit.apply(text), path=article)
            detected, disappeared = judge(finding.rule, original, edit, cache[edit])
            yield Planted(
                article, finding.rule, kind, claim.text[:40], edit.new, detected, disappeared
            )


@dataclass
class Tally:
    planted: Counter[tuple[str, str]]
    detected: Counter[tuple[str, str]]
    disappeared: Counter[tuple[str, str]]

    @classmethod
    def empty(cls) -> Tally:
        return cls(Counter(), Counter(), Counter())

    def add(self, item: Planted) -> None:
        key = (item.rule, item.edit_kind)
        self.planted[key] += 1
        self.detected[key] += item.detected
        self.disappeared[key] += item.disappeared


def rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_table(tally: Tally, articles: int, seconds: float) -> None:
    print(f"{articles} articles, {seconds:.0f} s")
    header = f"{'rule':<20} {'edit':<6} {'planted':>8} {'detected':>9} {'disappeared':>12}"
    print(header + f" {'detection':>10} {'det/kept':>9}")
    kinds = sorted({kind for _, kind in tally.planted})
    rules = sorted({rule for rule, _ in tally.planted})
    rows = [(r, k) for r in rules for k in kinds if tally.planted[(r, k)]]
    rows += [("ALL", k) for k in kinds] + [("ALL", "all")]
    for rule, kind in rows:
        keys = [
            key
            for key in tally.planted
            if (rule == "ALL" or key[0] == rule) and (kind == "all" or key[1] == kind)
        ]
        planted = sum(tally.planted[k] for k in keys)
        detected = sum(tally.detected[k] for k in keys)
        gone = sum(tally.disappeared[k] for k in keys)
        print(
            f"{rule:<20} {kind:<6} {planted:>8} {detected:>9} {gone:>12} "
            f"{rate(detected, planted):>10} {rate(detected, planted - gone):>9}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=2000, help="first N articles (2000)")
    parser.add_argument(
        "--seed", type=int, default=0, help="0: edit the first claim; else a seeded draw"
    )
    parser.add_argument("--factor", type=float, action="append", help="x1.5 and x0.5 if unset")
    parser.add_argument("--examples", type=int, default=0, help="print N missed edits' spans")
    args = parser.parse_args(argv)
    factors = tuple(args.factor) if args.factor else DEFAULT_FACTORS
    tally, articles, began = Tally.empty(), 0, time.monotonic()
    missed: list[Planted] = []
    for row in iter_articles(limit=args.limit):
        articles += 1
        for item in plant(str(row["id"]), row["text"], factors, args.seed):
            tally.add(item)
            if not item.detected and not item.disappeared and len(missed) < args.examples:
                missed.append(item)
    print_table(tally, articles, time.monotonic() - began)
    for item in missed:
        print(
            f"missed {item.article} {item.rule} {item.edit_kind}: «{item.before}» -> {item.after}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
