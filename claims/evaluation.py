"""Scoring extracted claims against the hand-annotated gold set.

A gold row is one numeric mention in one article (``tests/gold/``).  Only rows
with ``is_claim`` true are claims to find; the others (identifiers such as
"100/2019/NĐ-CP", numbers inside names or subject modifiers) are there to
measure how often the system wrongly reads them as claims.

Matching is one-to-one per article and per level.  A predicted claim matches
a gold claim when their spans overlap and the values agree:

- value: numbers within a relative tolerance of 1e-6, strings (dates, times)
  equal; a gold row with no single value (a range or a vague amount) agrees
  when the predicted lower and upper bounds agree with its bounds;
- value+unit: also the units agree (case-folded, "m²" written "m2"; null only
  agrees with null);
- value+subject: also the subjects agree: both null, or both present and
  either their syllable-overlap F1 is at least 0.5 or the gold subject's head
  (its first two syllables, or its only one) occurs in the predicted subject.
  Subjects are what is counted or measured; that reading is looser than a
  value, so the yardstick is lenient about modifiers but not about the head.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from claims.model import Claim, MentionKind, Number, Qualifier

RELATIVE_TOLERANCE = 1e-6
SUBJECT_MIN_F1 = 0.5
SUBJECT_HEAD_SYLLABLES = 2

Level = Literal["value", "value+unit", "value+subject"]
LEVELS: tuple[Level, ...] = ("value", "value+unit", "value+subject")
MissKind = Literal["missed", "spurious", "unit", "subject"]


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One hand-annotated numeric mention (a line of ``annotations.jsonl``)."""

    article: str
    start: int
    end: int
    text: str
    kind: MentionKind
    value: Number | str | None
    lower: Number | None
    upper: Number | None
    unit: str | None
    qualifier: Qualifier
    subject: str | None
    source: str | None
    is_claim: bool


def load_gold(path: Path) -> list[GoldMention]:
    """Read ``annotations.jsonl``; a malformed line raises ``ValueError``."""
    rows: list[GoldMention] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(GoldMention(**json.loads(line)))
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}:{number}: not a gold row ({exc})") from None
    return rows


@dataclass(frozen=True, slots=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A false negative, a false positive, or a value match with the wrong unit/subject."""

    article: str
    kind: MissKind
    start: int
    end: int
    span: str
    gold: str | None
    predicted: str | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    articles: int
    gold_claims: int
    predicted_claims: int
    scores: dict[Level, Score]
    non_claims: int
    non_claims_read_as_claims: int
    identifiers: int = 0
    identifiers_read_as_claims: int = 0
    misses: list[Miss] = field(default_factory=list)
    found_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per gold kind: (claims found at the value level, gold claims)."""

    @property
    def identifier_false_positive_rate(self) -> float:
        return self.non_claims_read_as_claims / self.non_claims if self.non_claims else 0.0

    def figures(self) -> dict[str, float]:
        """The headline numbers, keyed as in ``tests/gold/floors.json``."""
        out: dict[str, float] = {}
        for level, score in self.scores.items():
            out[f"{level} precision"] = score.precision
            out[f"{level} recall"] = score.recall
            out[f"{level} f1"] = score.f1
        out["identifier false-positive rate"] = self.identifier_false_positive_rate
        return out


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _same_number(gold: Number | None, predicted: object) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if isinstance(predicted, bool) or not isinstance(predicted, int | float):
        return False
    return math.isclose(gold, predicted, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12)


def values_agree(gold: GoldMention, claim: Claim) -> bool:
    if gold.value is None:
        return _same_number(gold.lower, claim.lower) and _same_number(gold.upper, claim.upper)
    if isinstance(gold.value, str):
        return isinstance(claim.value, str) and claim.value.strip() == gold.value.strip()
    return _same_number(gold.value, claim.value)


def _canonical_unit(unit: str | None) -> str | None:
    if unit is None or not unit.strip():
        return None
    return unit.strip().casefold().replace("²", "2").replace("³", "3")


def units_agree(gold: GoldMention, claim: Claim) -> bool:
    return _canonical_unit(gold.unit) == _canonical_unit(claim.unit)


def syllables(phrase: str) -> list[str]:
    return re.findall(r"\w+", phrase.casefold())


def subjects_agree(gold: str | None, predicted: str | None) -> bool:
    """Both null, or a shared head / syllable-overlap F1 >= 0.5 (see module docs)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_tokens, predicted_tokens = syllables(gold), syllables(predicted)
    if not gold_tokens or not predicted_tokens:
        return gold_tokens == predicted_tokens
    head = gold_tokens[:SUBJECT_HEAD_SYLLABLES]
    if any(
        predicted_tokens[i : i + len(head)] == head
        for i in range(len(predicted_tokens) - len(head) + 1)
    ):
        return True
    shared = sum(min(gold_tokens.count(t), predicted_tokens.count(t)) for t in set(gold_tokens))
    if not shared:
        return False
    precision, recall = shared / len(predicted_tokens), shared / len(gold_tokens)
    return 2 * precision * recall / (precision + recall) >= SUBJECT_MIN_F1


def _agrees(level: Level, gold: GoldMention, claim: Claim) -> bool:
    if not (overlaps(gold.start, gold.end, claim.start, claim.end) and values_agree(gold, claim)):
        return False
    if level == "value+unit":
        return units_agree(gold, claim)
    if level == "value+subject":
        return subjects_agree(gold.subject, claim.subject)
    return True


def match(
    level: Level, gold: Sequence[GoldMention], claims: Sequence[Claim]
) -> list[tuple[GoldMention, Claim]]:
    """Greedy one-to-one pairs in text order: each gold claim takes the first free agreeing one."""
    taken: set[int] = set()
    pairs: list[tuple[GoldMention, Claim]] = []
    ordered = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end))
    for row in sorted(gold, key=lambda g: (g.start, g.end)):
        for index in ordered:
            if index not in taken and _agrees(level, row, claims[index]):
                taken.add(index)
                pairs.append((row, claims[index]))
                break
    return pairs


def describe_gold(row: GoldMention) -> str:
    value = row.value if row.value is not None else f"[{row.lower}, {row.upper}]"
    return f"{row.kind} {value} {row.unit or '-'} subject={row.subject or '-'}"


def describe_claim(claim: Claim) -> str:
    value = claim.value if claim.value is not None else f"[{claim.lower}, {claim.upper}]"
    return f"{claim.kind} {value} {claim.unit or '-'} subject={claim.subject or '-'}"


def evaluate(gold: Iterable[GoldMention], predictions: Mapping[str, Sequence[Claim]]) -> Evaluation:
    """Score predicted claims per article against the gold rows of the same articles."""
    by_article: dict[str, list[GoldMention]] = {}
    for row in gold:
        by_article.setdefault(row.article, []).append(row)
    counts = {level: [0, 0, 0] for level in LEVELS}
    misses: list[Miss] = []
    non_claims = read_as_claims = predicted_total = gold_total = 0
    identifiers = identifiers_read = 0
    found_by_kind: dict[str, list[int]] = {}
    for article, rows in by_article.items():
        claims = list(predictions.get(article, ()))
        wanted = [row for row in rows if row.is_claim]
        predicted_total += len(claims)
        gold_total += len(wanted)
        value_pairs: list[tuple[GoldMention, Claim]] = []
        for level in LEVELS:
            pairs = match(level, wanted, claims)
            if level == "value":
                value_pairs = pairs
            tally = counts[level]
            tally[0] += len(pairs)
            tally[1] += len(claims) - len(pairs)
            tally[2] += len(wanted) - len(pairs)
        misses.extend(_misses(article, wanted, claims, value_pairs))
        found_rows = {id(row) for row, _ in value_pairs}
        for row in wanted:
            tally = found_by_kind.setdefault(row.kind, [0, 0])
            tally[0] += id(row) in found_rows
            tally[1] += 1
        matched_claims = {id(claim) for _, claim in value_pairs}
        for row in rows:
            if row.is_claim:
                continue
            read = any(
                id(claim) not in matched_claims
                and overlaps(row.start, row.end, claim.start, claim.end)
                for claim in claims
            )
            non_claims += 1
            read_as_claims += read
            if row.kind == "identifier":
                identifiers += 1
                identifiers_read += read
    return Evaluation(
        articles=len(by_article),
        gold_claims=gold_total,
        predicted_claims=predicted_total,
        scores={level: Score(*tally) for level, tally in counts.items()},
        non_claims=non_claims,
        non_claims_read_as_claims=read_as_claims,
        identifiers=identifiers,
        identifiers_read_as_claims=identifiers_read,
        misses=misses,
        found_by_kind={
            kind: (found, total)
            for kind, (found, total) in sorted(found_by_kind.items(), key=lambda kv: -kv[1][1])
        },
    )


def _misses(
    article: str,
    wanted: Sequence[GoldMention],
    claims: Sequence[Claim],
    value_pairs: Sequence[tuple[GoldMention, Claim]],
) -> list[Miss]:
    found_gold = {id(row) for row, _ in value_pairs}
    found_claims = {id(claim) for _, claim in value_pairs}
    out = [
        Miss(article, "missed", row.start, row.end, row.text, describe_gold(row), None)
        for row in wanted
        if id(row) not in found_gold
    ]
    out += [
        Miss(article, "spurious", claim.start, claim.end, claim.text, None, describe_claim(claim))
        for claim in claims
        if id(claim) not in found_claims
    ]
    for row, claim in value_pairs:
        checks: tuple[tuple[MissKind, bool], ...] = (
            ("unit", units_agree(row, claim)),
            ("subject", subjects_agree(row.subject, claim.subject)),
        )
        for kind, agree in checks:
            if not agree:
                out.append(
                    Miss(
                        article,
                        kind,
                        row.start,
                        row.end,
                        row.text,
                        describe_gold(row),
                        describe_claim(claim),
                    )
                )
    return sorted(out, key=lambda miss: (miss.start, miss.kind))
