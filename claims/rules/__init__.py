"""Consistency rules: an explicit registry, and the runner.

Each rule is a module with ``ID``, a ``check(claims, context)`` generator and a
docstring whose first line is the description ``claims rules`` prints and whose
body is the user documentation, with a passing and a failing example.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType

from claims.model import Claim, Finding
from claims.rules import (
    averages,
    change,
    fractions,
    part_within_whole,
    percent_of_whole,
    restated_values,
    sum_of_parts,
    time,
    units,
)
from claims.rules.base import Outcome, Rule, RuleContext
from claims.rules.identifiers import misread

_MODULES: tuple[ModuleType, ...] = (
    restated_values,
    part_within_whole,
    sum_of_parts,
    percent_of_whole,
    fractions,
    change,
    averages,
    time,
    units,
)

RULES: tuple[Rule, ...] = tuple(Rule.from_module(m) for m in _MODULES)


class UnknownRuleError(ValueError):
    pass


def select_rules(
    only: Iterable[str] = (), skip: Iterable[str] = (), rules: Sequence[Rule] = RULES
) -> tuple[Rule, ...]:
    """The rules named by ``--rule`` (all when empty) less those named by ``--skip-rule``."""
    known = {rule.id for rule in rules}
    only, skip = tuple(only), tuple(skip)
    for name in (*only, *skip):
        if name not in known:
            raise UnknownRuleError(
                f"unknown rule {name!r}; known rules: {', '.join(sorted(known))}"
            )
    return tuple(r for r in rules if (not only or r.id in only) and r.id not in skip)


def run_rules(
    claims: Sequence[Claim], context: RuleContext, rules: Sequence[Rule] = RULES
) -> list[Finding]:
    """Every rule's outcomes over ``claims``, numbered ``f1``, ``f2``...

    Numbers that name or code something ("Luật Du lịch 2005", "xe 4 bánh",
    "78/6 đường ...") are left out first: no rule may pair them with amounts.
    """
    # a tuple, so that ``context.shared`` may remember what rules derive from it
    quantities = tuple(c for c in claims if not misread(c, context.text))
    findings: list[Finding] = []
    for rule in rules:
        for outcome in rule.check(quantities, context):
            findings.append(
                Finding(
                    id=f"f{len(findings) + 1}",
                    rule=rule.id,
                    status=outcome.status,
                    claims=list(outcome.claims),
                    message=outcome.message,
                    detail=outcome.detail,
                )
            )
    return findings


__all__ = ["RULES", "Outcome", "Rule", "RuleContext", "run_rules", "select_rules"]
