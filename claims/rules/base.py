"""What a rule is: an id, a one-line description, and a pure ``check``.

A rule reads claims and yields ``Outcome`` objects; it never touches the
database or the terminal.  The runner in ``claims.rules`` numbers the
outcomes into ``Finding`` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from claims.intervals import Iv
from claims.model import Claim, FindingStatus
from claims.rules.shared import Shared


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a rule may know besides the claims: the publication date, and the
    normalised text the claims' offsets point into (to read the words between
    two claims: "trong đó", "chiếm", "so với"); and a memo of what several
    rules derive from the same claims (``claims.rules.shared``)."""

    published: date | None = None
    text: str = ""
    shared: Shared = field(default_factory=Shared, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One judgement: ``fail`` when the intervals cannot be reconciled, ``pass``
    when they can and the check could have failed."""

    status: FindingStatus
    claims: tuple[str, ...]
    message: str
    detail: str


def agreement(
    ok: bool, claims: tuple[str, ...], computed: str, stated: str, detail: str
) -> Outcome:
    """The outcome of comparing a figure a rule computed with the one the text
    states: "<computed> khớp với <stated>" when they agree, else
    "<computed> không khớp với <stated>"."""
    verb = "khớp với" if ok else "không khớp với"
    return Outcome(
        status="pass" if ok else "fail",
        claims=claims,
        message=f"{computed} {verb} {stated}",
        detail=detail,
    )


def interval_agreement(
    implied: Iv,
    stated: Iv,
    claims: tuple[str, ...],
    computed: str,
    said: str,
    working: str,
    *,
    stated_as: str = "nêu",
) -> Outcome:
    """``agreement`` of the interval a rule worked out with the one the text
    states; the detail gives the ``working``, then the stated interval and the
    two's meet, so that every such finding shows its sum the same way."""
    common = implied.intersect(stated)
    return agreement(
        not common.is_empty,
        claims,
        computed,
        said,
        f"{working}; {stated_as} {stated}; giao = {common}",
    )


Check = Callable[[Sequence[Claim], RuleContext], Iterator[Outcome]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    description: str
    check: Check
    documentation: str

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        doc = (module.__doc__ or "").strip()
        return cls(
            id=module.ID,
            description=doc.splitlines()[0] if doc else module.ID,
            check=module.check,
            documentation=doc,
        )
