"""The command line as a user meets it: help, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED

from claims.cli import cli
from claims.report import FORMATS
from claims.services import analyze, read_text


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", all_commands(cli), ids=" ".join)
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"`claims {' '.join(path)} --help` has no example"
    example = result.output.split("Example:", 1)[1].strip().splitlines()[0].strip()
    assert example.startswith("claims "), example


def test_commands_listed_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in all_commands(cli):
        assert f"claims {' '.join(path)}" in readme, f"README does not show `claims {path}`"


def run_claims(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from claims.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claims: ") and needle in lines[0], lines


def test_version() -> None:
    result = run_claims("--version")
    assert result.returncode == 0 and "0.1.0" in result.stdout


def test_python_m_claims_cli_is_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claims.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (0, "claims, version 0.1.0\n")


def test_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    assert_one_line_error(
        run_claims("validate", "--no-store", str(tmp_path / "nope.txt")), "nope.txt"
    )


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert_one_line_error(run_claims("validate", "--no-store", str(bad)), "binary")


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert_one_line_error(run_claims("validate", "--no-store", str(empty)), "empty")


def test_bad_published_date(tmp_path: Path) -> None:
    result = run_claims("validate", "--no-store", "--published", "2024-13-45", str(SEED))
    assert_one_line_error(result, "YYYY-MM-DD")


def test_unknown_format() -> None:
    assert_one_line_error(run_claims("validate", "--format", "pdf", str(SEED)), "pdf")


def test_unknown_rule() -> None:
    assert_one_line_error(run_claims("validate", "--no-store", "--rule", "nope", str(SEED)), "nope")


def test_bad_document_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Năm 2023, huyện có 120 xã.", encoding="utf-8")
    result = run_claims(
        "validate", "--no-store", "--format", "jsonl", str(tmp_path / "gone.txt"), str(good)
    )
    assert result.returncode == 2
    assert "gone.txt" in result.stderr and "Traceback" not in result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["path"] for d in documents] == [str(good)]


def test_stdin_and_json_contract() -> None:
    text = "Theo báo cáo, năm 2023 tỉnh có 1.250 giáo viên."
    result = run_claims("validate", "--no-store", "--format", "json", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {"document", "claims", "findings", "summary"}
    for claim in document["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    assert any(c["value"] == 1250 for c in document["claims"])
    assert sum(document["summary"].values()) == len(document["claims"])


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_claims("validate", "--no-store", "-f", "json", "-o", str(out), str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["path"] == str(SEED)


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "jsonl", "json", "html"])
def test_a_batch_report_is_the_report_of_all_its_documents(tmp_path: Path, fmt: str) -> None:
    """Streamed formats are written one document at a time; the bytes must not change."""
    cases = sorted((ROOT / "tests" / "cases").glob("0[1-3]_*.txt"))
    out = tmp_path / f"report.{fmt}"
    result = run_claims("validate", "--no-store", "-f", fmt, "-o", str(out), *map(str, cases))
    assert result.returncode == 1, result.stderr  # the "_bad" twins are inconsistent
    reports = [analyze(read_text(case.read_bytes()), path=str(case)) for case in cases]
    assert out.read_text(encoding="utf-8") == FORMATS[fmt](reports)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no partial file left


def test_worker_processes_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    cases = sorted((ROOT / "tests" / "cases").glob("*.txt"))[:20]
    missing = str(tmp_path / "gone.txt")
    paths = [*map(str, cases[:7]), missing, *map(str, cases[7:])]
    serial = run_claims("validate", "--no-store", "-f", "jsonl", *paths)
    parallel = run_claims("validate", "--no-store", "-f", "jsonl", "--jobs", "3", *paths)
    assert serial.returncode == parallel.returncode == 2  # the missing file
    assert parallel.stderr == serial.stderr and "gone.txt" in parallel.stderr
    assert parallel.stdout == serial.stdout
    assert len(parallel.stdout.splitlines()) == len(cases)


def test_no_report_file_when_no_document_could_be_read(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = run_claims("validate", "--no-store", "-f", "markdown", "-o", str(out), "gone.txt")
    assert_one_line_error(result, "gone.txt")
    assert list(tmp_path.iterdir()) == []


def test_parse_prints_one_json_line_per_phrase() -> None:
    result = run_claims("parse", "hơn 74.000 trẻ", "có 87 đơn vị")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["hơn 74.000 trẻ", "có 87 đơn vị"]
    assert [m["value"] for m in rows[1]["mentions"]] == [87]


def test_schema_is_json() -> None:
    result = run_claims("schema")
    assert result.returncode == 0
    assert "DocumentReport" in json.loads(result.stdout)["$defs"]


def test_rules_lists_every_registered_rule() -> None:
    from claims.rules import RULES

    result = run_claims("rules")
    assert result.returncode == 0
    for rule in RULES:
        assert rule.id in result.stdout


def test_readme_lists_every_rule() -> None:
    from claims.rules import RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.description} |" in readme
