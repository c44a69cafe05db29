"""The repository on SQLite and PostgreSQL: round trips, replacing, rolling back, runs."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, get_args

import pytest
from conftest import ROOT, SEED
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from claims.db import Database, DatabaseError, open_database
from claims.db.migrations import head_revision
from claims.db.schema import Base, ClaimRow, FindingClaimRow, FindingRow, RunDocumentRow, RunRow
from claims.model import (
    Claim,
    ClaimKind,
    DocumentReport,
    Qualifier,
    Scope,
    Verdict,
    summarise,
)
from claims.rules import Outcome, Rule, RuleContext
from claims.services import analyze


def _pairs(claims: Sequence[Claim], _context: RuleContext) -> Iterator[Outcome]:
    """A stand-in rule: the first two claims clash, the next two agree (one named twice)."""
    if len(claims) >= 2:
        yield Outcome("fail", (claims[0].id, claims[1].id), "first two disagree", "a != b")
    if len(claims) >= 4:
        ids = (claims[2].id, claims[3].id, claims[2].id)
        yield Outcome("pass", ids, "next two agree", "c = d")


PAIRS = Rule(id="test-pairs", description="test rule", check=_pairs, documentation="")


def seed_report(
    text: str, *, rules: Sequence[Rule] = (PAIRS,), path: str = str(SEED)
) -> DocumentReport:
    return analyze(text, path=path, published=date(2024, 11, 29), rules=rules)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url, command="pytest")
    yield opened
    opened.dispose()


def save(database: Database, report: DocumentReport) -> None:
    with database.unit_of_work() as repository:
        repository.save_report(report)


def load(database: Database, sha256: str) -> DocumentReport | None:
    with database.unit_of_work() as repository:
        return repository.load_report(sha256)


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with Session(database.engine) as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns)).all()
            ]
            for table in Base.metadata.sorted_tables
        }


def test_a_new_database_is_migrated_to_head_on_first_use(database: Database) -> None:
    assert database.current() == head_revision()


def test_a_real_report_survives_the_round_trip(database: Database, seed_text: str) -> None:
    report = seed_report(seed_text)
    assert report.findings and report.summary["inconsistent"] == 2  # the rule did fire
    save(database, report)
    loaded = load(database, report.document.sha256)
    assert loaded == report
    assert loaded is not None and loaded.text == report.text
    assert loaded.model_dump(mode="json") == report.model_dump(mode="json")
    assert load(database, "0" * 64) is None


def test_every_field_and_enumeration_value_survives(database: Database, seed_text: str) -> None:
    base = seed_report(seed_text, rules=()).claims[0]
    variants: list[Claim] = []
    kinds, qualifiers, verdicts = get_args(ClaimKind), get_args(Qualifier), get_args(Verdict)
    for index in range(max(len(kinds), len(qualifiers), len(verdicts))):
        variants.append(
            base.model_copy(
                update={
                    "id": f"c{index + 1}",
                    "kind": kinds[index % len(kinds)],
                    "qualifier": qualifiers[index % len(qualifiers)],
                    "verdict": verdicts[index % len(verdicts)],
                }
            )
        )
    variants[0] = variants[0].model_copy(
        update={"kind": "date", "value": "--11-29", "lower": None, "upper": None}
    )
    variants[1] = variants[1].model_copy(
        update={
            "kind": "fraction",
            "value": 0.375,
            "lower": 0.3,
            "upper": 0.45,
            "lower_open": True,
            "upper_open": True,
            "numerator": 3,
            "denominator": 8,
            "unit": "%",
            "per": "bộ",
            "subject": "trẻ em dưới 6 tuổi",
            "scope": Scope(place="Lạng Sơn", period="năm 2024"),
            "source": "Theo số liệu thống kê",
        }
    )
    variants[2] = variants[2].model_copy(update={"value": 12_500_000_000_000, "upper": None})
    report = seed_report(seed_text, rules=())
    report = report.model_copy(
        update={"claims": variants, "findings": [], "summary": summarise(variants)}
    )
    save(database, report)
    assert load(database, report.document.sha256) == report


def test_revalidating_a_document_replaces_its_results(database_url: str, seed_text: str) -> None:
    first = open_database(database_url)
    save(first, seed_report(seed_text))
    save(first, seed_report(seed_text))  # the same document twice in one run
    first.dispose()
    second = open_database(database_url)
    replacement = seed_report(seed_text, rules=())  # the rules changed: no findings now
    save(second, replacement)
    with second.unit_of_work() as repository:
        documents = repository.list_documents()
        assert [d.document.sha256 for d in documents] == [replacement.document.sha256]
        assert repository.load_report(replacement.document.sha256) == replacement
    with second.session() as session:
        assert len(session.scalars(select(ClaimRow)).all()) == len(replacement.claims)
        assert session.scalars(select(FindingRow)).all() == []
        assert session.scalars(select(FindingClaimRow)).all() == []
        links = session.scalars(select(RunDocumentRow).order_by(RunDocumentRow.run_id)).all()
        assert [link.run_id for link in links] == [first.run_id, second.run_id]
        earlier_run, later_run = session.scalars(select(RunRow).order_by(RunRow.id)).all()
    assert earlier_run.documents == 1  # stored twice, counted once
    assert earlier_run.inconsistent == 2
    for verdict in get_args(Verdict):
        assert getattr(later_run, verdict) == replacement.summary[verdict]
    second.dispose()


def test_a_run_counts_its_documents_and_verdicts(database: Database, seed_text: str) -> None:
    reports = [seed_report(seed_text), seed_report(seed_text + "\n\nThêm 7 và 9 em.")]
    for report in reports:
        save(database, report)
    with database.session() as session:
        run = session.get_one(RunRow, database.run_id)
        assert run.command == "pytest"
        assert run.documents == 2
        assert run.finished is not None
        for verdict in get_args(Verdict):
            assert getattr(run, verdict) == sum(r.summary[verdict] for r in reports)


def test_a_document_stored_twice_in_a_run_counts_with_its_latest_verdicts(
    database: Database, seed_text: str
) -> None:
    save(database, seed_report(seed_text))
    latest = seed_report(seed_text, rules=())
    save(database, latest)
    with database.session() as session:
        run = session.get_one(RunRow, database.run_id)
        assert run.documents == 1
        assert {v: getattr(run, v) for v in get_args(Verdict)} == latest.summary


@pytest.mark.parametrize("existing", [False, True], ids=["new document", "known document"])
def test_a_failure_in_the_middle_of_a_save_leaves_the_database_as_it_was(
    database: Database, seed_text: str, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    earlier = seed_report(seed_text)
    save(database, earlier)
    before = snapshot(database)
    broken = earlier if existing else seed_report(seed_text + "\n\nCó 3 lớp học mới.")

    def fail(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    # Findings are written after the document row and its claims.
    monkeypatch.setattr("claims.db.repository.finding_row", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        save(database, broken)
    assert snapshot(database) == before


def test_a_run_whose_first_save_failed_starts_again_with_the_next(
    database_url: str, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(database_url)
    with monkeypatch.context() as patch:
        patch.setattr("claims.db.repository.finding_row", lambda *_: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            save(database, seed_report(seed_text))
    assert database.run_id is None
    save(database, seed_report(seed_text))
    with database.session() as session:
        assert [run.id for run in session.scalars(select(RunRow))] == [database.run_id]
    database.dispose()


def test_inconsistent_claims_are_listed_across_documents(
    database: Database, seed_text: str
) -> None:
    flagged = [seed_report(seed_text), seed_report(seed_text + "\n\nThêm 7 và 9 em.", path="b")]
    clean = seed_report(seed_text + "\n\nKhông có gì.", rules=(), path="c")
    for report in (*flagged, clean):
        save(database, report)
    with database.unit_of_work() as repository:
        found = repository.inconsistent_claims()
    expected = {
        (r.document.sha256, c.id) for r in flagged for c in r.claims if c.verdict == "inconsistent"
    }
    assert {(item.document.sha256, item.claim.id) for item in found} == expected
    assert len(found) == 4
    for item in found:
        assert [f.status for f in item.findings] == ["fail"]
        assert item.claim.id in item.findings[0].claims


def test_documents_are_listed_with_their_counts(database: Database, seed_text: str) -> None:
    reports = [seed_report(seed_text), seed_report(seed_text + "\n\nThêm 7 em.", rules=())]
    for report in reports:
        save(database, report)
    with database.unit_of_work() as repository:
        listed = repository.list_documents()
    assert [d.document for d in listed] == [r.document for r in reports]
    assert [d.summary for d in listed] == [r.summary for r in reports]
    assert [d.text_length for d in listed] == [len(r.text) for r in reports]


def test_a_finding_naming_an_unknown_claim_stores_nothing(
    database: Database, seed_text: str
) -> None:
    report = seed_report(seed_text)
    bad = report.findings[0].model_copy(update={"claims": ["c1", "c999"]})
    with pytest.raises(DatabaseError, match="c999"):
        save(database, report.model_copy(update={"findings": [bad]}))
    assert snapshot(database)["documents"] == []


def test_a_database_written_by_a_newer_version_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(DatabaseError, match="ffff_future") as raised:
        open_database(database.engine.url)
    assert "\n" not in str(raised.value)


def test_foreign_keys_are_enforced(database: Database) -> None:
    with database.session() as session:
        session.add(RunDocumentRow(run_id=12345, document_id=67890, stored=datetime.now(UTC)))
        with pytest.raises(IntegrityError):
            session.flush()


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_database_layer_imports_sqlalchemy() -> None:
    package = ROOT / "claims"
    for path in package.rglob("*.py"):
        if package / "db" in path.parents:
            continue
        imported = _imported_modules(path)
        assert not any(name.split(".")[0] in ("sqlalchemy", "alembic") for name in imported), path
        if "cli" not in path.relative_to(package).parts:  # the domain knows no database
            assert not any(name.startswith("claims.db") for name in imported), path


def test_a_run_records_its_command_and_options(database: Database, seed_text: str) -> None:
    database.record_run("claims validate seeds/", {"published": "2024-11-29", "rules": ["a"]})
    save(database, seed_report(seed_text))
    with database.session() as session:
        run = session.get_one(RunRow, database.run_id)
    assert (run.command, run.options) == (
        "claims validate seeds/",
        {"published": "2024-11-29", "rules": ["a"]},
    )


def test_the_recorded_command_line_hides_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.db.database import invocation

    argv = ["/usr/bin/claims", "validate", "a b.txt", "--db", "postgresql://u:s3cret@h/db"]
    monkeypatch.setattr("sys.argv", argv)
    assert invocation() == "claims validate 'a b.txt' --db postgresql://u:***@h/db"
