"""``claims db documents``, ``claims db inconsistent`` and ``claims db report``: the
stored reports read back, on both backends, through the console entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED
from test_db_cli import run_claims

BAD_SUM = "Tổng số 1.000 người, trong đó có 600 nam và 500 nữ.\n"


@pytest.fixture
def two_stored(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """The seed and one article whose parts overrun their total, validated and stored."""
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD_SUM, encoding="utf-8")
    code, _out, err = run_claims(
        ["validate", str(SEED), str(bad), "-f", "jsonl", "--db", database_url], monkeypatch, capsys
    )
    assert code == 1, err  # the bad article is inconsistent
    return bad


def test_documents_lists_each_stored_document_with_its_verdicts(
    two_stored: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_claims(["db", "documents", "--db", database_url], monkeypatch, capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(str(SEED)) and lines[1].endswith(str(two_stored))
    assert "3 inconsistent · 0 verified · 0 attributed · 0 unsourced" in lines[1]
    assert " 0 inconsistent · " in lines[0]


def test_inconsistent_lists_the_failing_claims_across_documents_and_exits_1(
    two_stored: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_claims(["db", "inconsistent", "--db", database_url], monkeypatch, capsys)
    assert code == 1, err
    lines = out.splitlines()
    assert len(lines) == 3  # the total and both parts
    assert all(line.startswith(str(two_stored)) for line in lines)
    assert all("1.100" in line for line in lines)  # the sum the finding reports


def test_report_renders_a_stored_document_again_by_id_path_or_hash(
    two_stored: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_claims(
        ["db", "report", str(two_stored), "-f", "json", "--db", database_url], monkeypatch, capsys
    )
    assert code == 1, err
    document = json.loads(out)  # one document: one JSON object, as `claims validate` prints it
    assert document["document"]["path"] == str(two_stored)
    assert document["summary"]["inconsistent"] == 3
    for name in (document["document"]["id"], document["document"]["sha256"][:12]):
        again = run_claims(
            ["db", "report", name, "-f", "json", "--db", database_url], monkeypatch, capsys
        )
        assert again[0] == 1 and json.loads(again[1]) == json.loads(out)


def test_report_of_the_seed_exits_0_and_an_unknown_name_is_one_line(
    two_stored: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_claims(
        ["db", "report", str(SEED), "--db", database_url], monkeypatch, capsys
    )
    assert code == 0, err
    assert "Summary:" in out
    code, out, err = run_claims(
        ["db", "report", "nothere", "--db", database_url], monkeypatch, capsys
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no stored document is named 'nothere'" in err


def test_an_empty_database_lists_nothing_and_exits_0(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_claims(["db", "upgrade", "--db", database_url], monkeypatch, capsys)[0] == 0
    assert run_claims(["db", "documents", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        "No documents stored.\n",
    )
    assert run_claims(["db", "inconsistent", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        "No inconsistent claims stored.\n",
    )


def test_reading_a_database_that_does_not_exist_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    for command in ("documents", "inconsistent"):
        code, out, err = run_claims(
            ["db", command, "--db", f"sqlite:///{missing}"], monkeypatch, capsys
        )
        assert code == 2 and out == ""
        assert err == f"claims: no database at {missing}: validate some articles first\n"
    assert not missing.exists()


def test_reading_a_database_without_the_schema_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    code, out, err = run_claims(
        ["db", "documents", "--db", f"sqlite:///{empty}"], monkeypatch, capsys
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "holds no claims yet" in err
