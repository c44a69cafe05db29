"""``validate(jobs=N)``: the analysis runs in worker processes, the outcomes stay in order."""

from __future__ import annotations

import os
from datetime import date

import pytest
from conftest import ROOT

from claims import services
from claims.rules import RULES
from claims.services import Outcome, Source, validate
from claims.text import InputError

_ORIGINAL = services._analysed_by_rule_ids


def _tagged_with_pid(read: object, published: date | None, rule_ids: tuple[str, ...]) -> Outcome:
    outcome = _ORIGINAL(read, published, rule_ids)  # type: ignore[arg-type]
    return Outcome(name=f"{outcome.name}@{os.getpid()}", report=outcome.report, error=outcome.error)


def sources() -> list[Source | InputError]:
    cases = sorted((ROOT / "tests" / "cases").glob("*.txt"))[:13]
    found: list[Source | InputError] = [Source(str(p), p.read_bytes) for p in cases]
    found.insert(5, InputError("gone.txt: no such file or directory"))
    found.insert(9, Source("empty.txt", lambda: b"   "))
    return found


def test_workers_analyse_and_the_order_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "_PER_WORKER_IN_FLIGHT", 2)  # several windows
    monkeypatch.setattr(services, "_analysed_by_rule_ids", _tagged_with_pid)
    serial = list(validate(sources(), rules=RULES[:3]))
    parallel = list(validate(sources(), rules=RULES[:3], jobs=2))
    assert [o.name.split("@")[0] for o in parallel] == [o.name for o in serial]
    assert [o.report for o in parallel] == [o.report for o in serial]
    assert [o.error for o in parallel] == [o.error for o in serial]
    assert serial[5].error and serial[9].error  # the bad inputs stay where they were
    workers = {o.name.split("@")[1] for o in parallel if "@" in o.name}
    assert workers and str(os.getpid()) not in workers
    assert {f.rule for o in parallel if o.report for f in o.report.findings} <= {
        rule.id for rule in RULES[:3]
    }
