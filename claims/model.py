"""The one vocabulary every layer speaks, and the JSON contract of the reports.

Data flows one way: text -> document -> mentions -> claims -> relations ->
findings -> verdicts -> reports.  Every stage reads and writes these models;
nothing here knows about the database, the terminal or the grammar.

Values are intervals.  ``lower``/``upper`` bound the quantity a phrase
asserts; ``lower_open``/``upper_open`` say whether the bound itself is
excluded ("hơn 74.000" is (74 000, 75 000], so ``lower_open`` is true).  A
missing bound (``None``) is unbounded on that side.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claims.attribute_reads import read_fields_directly

Number = int | float

ClaimKind = Literal[
    "count",
    "money",
    "percent",
    "fraction",
    "measure",
    "date",
    "year",
    "time",
    "age",
    "duration",
    "ordinal",
    "multiple",
    "other",
]
"""What a claim's number measures."""

MentionKind = Literal[ClaimKind, "identifier"]
"""A claim kind, or ``identifier``: a number that names or codes something
("100/2019/NĐ-CP", "lớp 1", "COVID-19").  Identifiers are shown by
``claims parse`` but never become claims."""

Qualifier = Literal[
    "exact",  # "74.739": the number as printed (percents keep their rounding)
    "over",  # hơn, trên, vượt: (v, v + step]
    "at_least",  # ít nhất, tối thiểu, không dưới, từ ... trở lên: [v, +inf)
    "nearly",  # gần, gần như, suýt: [v - step, v)
    "under",  # dưới, chưa đến, chưa tới: [0, v)
    "at_most",  # không quá, tối đa: [0, v]
    "up_to",  # tới, lên tới, lên đến: [v - step, v]
    "about",  # khoảng, chừng, xấp xỉ, ước, trên dưới: v +/- step/2
    "range",  # từ A đến B, A - B: [A, B]
    "vague",  # hàng trăm, vài chục: an order of magnitude
]
"""How a hedge word bends the printed number into an interval.  The exact
semantics are written down in ``features/hedges.feature``."""

Verdict = Literal["verified", "inconsistent", "unsourced", "attributed"]
VERDICTS: tuple[Verdict, ...] = ("inconsistent", "verified", "attributed", "unsourced")

FindingStatus = Literal["pass", "fail"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Interval(_Model):
    """A set of reals between two bounds; ``None`` is unbounded."""

    lower: Number | None = None
    upper: Number | None = None
    lower_open: bool = False
    upper_open: bool = False


class Mention(_Model):
    """One quantity reading found in text, before any claim filtering.

    ``text == source[start:end]`` where ``source`` is the normalised text the
    grammar was given.
    """

    text: str
    start: int
    end: int
    kind: MentionKind
    value: Number | str | None = Field(
        default=None,
        description="The number as stated with scale words applied; percent in percent "
        "units; an ISO string for dates ('2024-11-29', '--11-29' with no known year); "
        "null for ranges.",
    )
    lower: Number | None = None
    upper: Number | None = None
    lower_open: bool = False
    upper_open: bool = False
    unit: str | None = Field(
        default=None,
        description="'VND', 'USD', '%', the unit word for measures, 'tuổi', 'năm'...; "
        "null for plain counts.",
    )
    qualifier: Qualifier = "exact"
    numerator: Number | None = None
    denominator: Number | None = None
    per: str | None = Field(
        default=None, description="The 'per' unit of a rate: 'bộ' in '150.000 đồng/bộ'."
    )

    @property
    def interval(self) -> Interval:
        return Interval(
            lower=self.lower,
            upper=self.upper,
            lower_open=self.lower_open,
            upper_open=self.upper_open,
        )


class Scope(_Model):
    """Where and when a claim holds, when the text says so."""

    place: str | None = None
    period: str | None = None


class Claim(Mention):
    """A factual claim: a mention with what it counts, where, and who says so."""

    kind: ClaimKind
    id: str
    sentence: str = Field(description="The sentence the claim sits in.")
    paragraph: int = Field(description="0-based index of the paragraph.")
    subject: str | None = Field(
        default=None, description="The noun phrase counted: 'trẻ em dưới 6 tuổi'."
    )
    scope: Scope = Field(default_factory=Scope)
    source: str | None = Field(
        default=None, description="The attribution covering the claim: 'Theo số liệu thống kê'."
    )
    verdict: Verdict = "unsourced"
    findings: list[str] = Field(default_factory=list)

    def judged(self, verdict: Verdict, findings: list[str]) -> Claim:
        """A copy with ``verdict`` and ``findings`` set: what
        ``model_copy(update={"verdict": ..., "findings": ...})`` makes, built
        directly because it runs for every claim of every document and the
        generic copy costs about twice as much.  Both values are valid by type."""
        copied = object.__new__(Claim)
        _set = object.__setattr__
        _set(copied, "__dict__", {**self.__dict__, "verdict": verdict, "findings": findings})
        _set(copied, "__pydantic_fields_set__", self.__pydantic_fields_set__ | _JUDGED)
        _set(copied, "__pydantic_extra__", None)
        _set(copied, "__pydantic_private__", None)
        return copied


_JUDGED = frozenset({"verdict", "findings"})


class Finding(_Model):
    """One rule's judgement over one group of claims, with its arithmetic."""

    id: str
    rule: str
    status: FindingStatus
    claims: list[str]
    message: str
    detail: str = Field(description="The arithmetic, so a reviewer can redo it.")


class DocumentInfo(_Model):
    id: str
    path: str
    sha256: str
    title: str | None = None
    published: date | None = None


class DocumentReport(_Model):
    """Everything known about one validated document: the JSON contract."""

    document: DocumentInfo
    claims: list[Claim]
    findings: list[Finding]
    summary: dict[Verdict, int]
    text: str = Field(
        default="",
        exclude=True,
        description="The normalised text the offsets point into (not serialised).",
    )


# Every stage reads these models' fields, the grammar and the rules hundreds of
# times per article: off pydantic's ``__getattr__`` hook (see claims.attribute_reads).
read_fields_directly(Interval, Mention, Scope, Claim, Finding, DocumentInfo, DocumentReport)


def summarise(claims: list[Claim]) -> dict[Verdict, int]:
    """Count claims per verdict, every verdict present."""
    counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
    for claim in claims:
        counts[claim.verdict] += 1
    return counts
