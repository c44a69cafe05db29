"""``claims validate --db`` and ``claims db`` through the console entry point, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED
from sqlalchemy import select

from claims.cli import main
from claims.db import open_database
from claims.db.migrations import head_revision
from claims.db.repository import StoredDocument
from claims.db.schema import RunRow
from claims.rules import RULES


def run_claims(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``claims ARGS`` as the console script runs it."""
    monkeypatch.setattr("sys.argv", ["claims", *args])
    with pytest.raises(SystemExit) as exited:
        main()
        raise SystemExit(0)
    captured = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


def stored(database_url: str) -> list[StoredDocument]:
    database = open_database(database_url)
    try:
        with database.unit_of_work() as repository:
            return repository.list_documents()
    finally:
        database.dispose()


def test_validate_stores_the_document(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_claims(
        ["validate", str(SEED), "--format", "json", "--db", database_url], monkeypatch, capsys
    )
    assert code in (0, 1), err  # 1 would mean a rule found an inconsistency: still stored
    [document] = stored(database_url)
    assert document.document.path == str(SEED)
    assert sum(document.summary.values()) > 0


def test_the_run_records_the_rules_and_date_it_used(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["validate", str(SEED), "-f", "jsonl", "--skip-rule", "time", "--db", database_url]
    code, _out, err = run_claims([*args, "--published", "2024-11-29"], monkeypatch, capsys)
    assert code in (0, 1), err
    database = open_database(database_url)
    try:
        with database.session() as session:
            [run] = session.scalars(select(RunRow)).all()
    finally:
        database.dispose()
    assert run.command.startswith("claims validate ") and "--skip-rule time" in run.command
    assert run.options == {
        "published": "2024-11-29",
        "rules": [rule.id for rule in RULES if rule.id != "time"],
    }


def test_a_bad_document_among_good_ones_stores_nothing_for_it(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (articles / "a_good.txt").write_text(seed, encoding="utf-8")
    (articles / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (articles / "c_good.txt").write_text(seed + "\n\nThêm 12 trường mới.\n", encoding="utf-8")
    code, _out, err = run_claims(
        ["validate", str(articles), "--format", "json", "--db", database_url], monkeypatch, capsys
    )
    assert code == 2
    assert err.strip().splitlines() == [f"claims: {articles / 'b_empty.txt'}: document is empty"]
    paths = sorted(Path(d.document.path).name for d in stored(database_url))
    assert paths == ["a_good.txt", "c_good.txt"]


def test_db_upgrade_current_and_downgrade(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    head = head_revision()
    assert run_claims(["db", "current", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        "base\n",
    )
    assert run_claims(["db", "upgrade", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        f"{head}\n",
    )
    assert run_claims(["db", "current", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        f"{head}\n",
    )
    downgraded = run_claims(["db", "downgrade", "-1", "--db", database_url], monkeypatch, capsys)
    assert downgraded[:2] == (0, "base\n")
    assert run_claims(["db", "current", "--db", database_url], monkeypatch, capsys)[:2] == (
        0,
        "base\n",
    )


def test_db_upgrade_to_an_unknown_revision_is_one_line(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_claims(
        ["db", "upgrade", "nosuchrev", "--db", database_url], monkeypatch, capsys
    )
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("claims: ") and "nosuchrev" in err


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://root@127.0.0.1/test", "unsupported database 'mysql'"),
        ("postgresql://claims:s3cret@127.0.0.1:1/nowhere", "127.0.0.1:1"),
        ("sqlite:////nonexistent/dir/claims.db", "unable to open database file"),
    ],
    ids=["garbage", "unsupported", "unreachable", "unwritable"],
)
@pytest.mark.parametrize("command", [["validate", str(SEED)], ["db", "current"]])
def test_a_bad_database_is_one_line_and_exit_2(
    url: str,
    expected: str,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_claims([*command, "--db", url], monkeypatch, capsys)
    assert code == 2
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("claims: ") and expected in line
    assert "s3cret" not in line
    assert "Traceback" not in err


def test_the_default_database_is_claims_db_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMS_DATABASE_URL", raising=False)
    code, _out, err = run_claims(["validate", str(SEED), "-f", "json"], monkeypatch, capsys)
    assert code in (0, 1), err
    assert (tmp_path / "claims.db").is_file()
    assert [d.document.path for d in stored("sqlite:///claims.db")] == [str(SEED)]
