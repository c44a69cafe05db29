"""``validate(jobs=N)``: the analysis runs in worker processes, the outcomes stay in order."""

from __future__ import annotations

import itertools
import os
from concurrent.futures import Future
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


class _HeldFuture(Future[Outcome]):
    """A future that never reports done: the scheduler waits for it only when it must."""

    def __init__(self, log: list[str], name: str) -> None:
        super().__init__()
        self.log, self.name = log, name

    def result(self, timeout: float | None = None) -> Outcome:
        self.log.append(f"wait {self.name}")
        return Outcome(name=self.name)


def _scheduled(
    items: list[services._Read | Outcome], window: int, take: int | None = None
) -> tuple[list[str], list[_HeldFuture]]:
    log: list[str] = []
    futures: list[_HeldFuture] = []

    def submit(read: services._Read) -> Future[Outcome]:
        log.append(f"submit {read.name}")
        futures.append(_HeldFuture(log, read.name))
        return futures[-1]

    outcomes = services._in_input_order(items, submit, window)
    for outcome in itertools.islice(outcomes, take):
        log.append(f"take {outcome.name}")
    outcomes.close()
    return log, futures


def test_a_new_read_is_submitted_as_soon_as_the_oldest_outcome_is_taken() -> None:
    """Workers are fed continuously: no batch has to drain before the next read goes out."""
    items: list[services._Read | Outcome] = [services._Read(str(n), b"") for n in range(7)]
    items.insert(3, Outcome(name="bad", error="bad: unreadable"))
    log, _ = _scheduled(items, window=3)
    assert log == [
        *("submit 0", "submit 1", "submit 2", "wait 0", "take 0", "wait 1", "take 1"),
        *("submit 3", "wait 2", "take 2", "take bad", "submit 4", "submit 5", "wait 3", "take 3"),
        *("submit 6", "wait 4", "take 4", "wait 5", "take 5", "wait 6", "take 6"),
    ]


def test_reads_never_started_are_cancelled_when_the_caller_stops() -> None:
    items: list[services._Read | Outcome] = [services._Read(str(n), b"") for n in range(9)]
    log, futures = _scheduled(items, window=4, take=2)
    assert log[-2:] == ["wait 1", "take 1"]
    assert [f.name for f in futures] == ["0", "1", "2", "3", "4"]
    assert [f.cancelled() for f in futures] == [False, False, True, True, True]
