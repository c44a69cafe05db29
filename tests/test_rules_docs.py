"""Every rule's documented examples behave as documented, through the real
pipeline: the passing example passes the rule, the failing example fails it."""

from __future__ import annotations

import re

import pytest

from claims.rules import RULES, Rule
from claims.services import analyze

_EXAMPLE = re.compile(r"(Passing|Failing) examples?::\n\n((?:    .*\n?)+)")


def _examples(rule: Rule) -> dict[str, str]:
    found = {
        kind: " ".join(line.strip() for line in body.splitlines())
        for kind, body in _EXAMPLE.findall(rule.documentation + "\n")
    }
    assert set(found) == {"Passing", "Failing"}, f"{rule.id} documents both examples"
    return found


def test_the_registry_is_explicit_and_kebab_case() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) == 9
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule_id) for rule_id in ids)
    assert all(rule.description and not rule.description.endswith(":") for rule in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_documented_examples(rule: Rule) -> None:
    examples = _examples(rule)
    passing = analyze(examples["Passing"], rules=[rule]).findings
    failing = analyze(examples["Failing"], rules=[rule]).findings
    assert passing and all(f.status == "pass" for f in passing), passing
    assert any(f.status == "fail" for f in failing), failing
