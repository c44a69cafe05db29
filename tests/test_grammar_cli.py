"""``claims parse``: the grammar's window, with a publication date and a brief format."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claims.cli.parse import parse


def test_published_year_fills_dates_without_one() -> None:
    result = CliRunner().invoke(parse, ["--published", "2024-12-01", "Ngày 29/11, đoàn"])
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.output)["mentions"]
    assert [(m["kind"], m["value"]) for m in mentions] == [("date", "2024-11-29")]


def test_brief_shows_interval_and_qualifier() -> None:
    result = CliRunner().invoke(parse, ["--brief", "hơn 74.000 trẻ"])
    assert result.exit_code == 0, result.output
    assert "(74000, 75000]" in result.output
    assert "over" in result.output


def test_stdin_lines_are_phrases() -> None:
    result = CliRunner().invoke(parse, ["-"], input="144/200 xã\nlớp 1\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [[m["kind"] for m in row["mentions"]] for row in rows] == [["fraction"], ["identifier"]]
