"""``claims validate``: extract, check, store and report."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from claims.cli.common import (
    EXIT_INCONSISTENT,
    EXIT_OK,
    EXIT_USAGE,
    database_url,
    db_option,
    format_option,
    parse_day,
)
from claims.model import DocumentReport
from claims.report import FORMATS, STREAMING_SEPARATORS, Renderer
from claims.report.terminal import render_terminal
from claims.rules import UnknownRuleError, select_rules
from claims.services import Outcome, expand_paths
from claims.services import validate as validate_service


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@db_option
@click.option("--no-store", is_flag=True, help="Do not write to the database.")
@click.option(
    "--published",
    callback=parse_day,
    metavar="YYYY-MM-DD",
    help="Publication date: gives days without a year their year, bounds event dates.",
)
@click.option(
    "--rule", "only", multiple=True, metavar="ID", help="Run only this rule (repeatable)."
)
@click.option("--skip-rule", "skip", multiple=True, metavar="ID", help="Do not run this rule.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for the analysis; 0 means one per CPU.",
)
def validate(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    db_url: str | None,
    no_store: bool,
    published: date | None,
    only: tuple[str, ...],
    skip: tuple[str, ...],
    jobs: int,
) -> None:
    """Validate articles: files, directories of .txt/.md/.html, or - for stdin.

    Exit 0 when no claim is inconsistent, 1 when any is, 2 on a usage or
    input error (the other documents are still processed).

    Example:

        claims validate seeds/000_2ba98bd3a0c87d25.txt --format markdown

        claims validate articles/ --no-store --format jsonl --jobs 0 -o report.jsonl
    """
    try:
        rules = select_rules(only, skip)
    except UnknownRuleError as exc:
        raise click.UsageError(str(exc)) from None
    store = None
    if not no_store:
        # deferred: --no-store needs no database
        from claims.db import open_database
        from claims.db.database import invocation

        database = open_database(database_url(db_url))
        database.record_run(
            invocation(),
            {
                "published": published.isoformat() if published else None,
                "rules": [rule.id for rule in rules],
            },
        )
        store = database.unit_of_work
    outcomes = validate_service(
        expand_paths(paths, sys.stdin.buffer.read),
        published=published,
        rules=rules,
        store=store,
        jobs=jobs or os.cpu_count() or 1,
    )
    render = renderer(fmt, to_terminal=not output and sys.stdout.isatty())
    with _destination(output) as write:
        failed, inconsistent = _write_reports(outcomes, fmt, render, write)
    if failed:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_INCONSISTENT if inconsistent else EXIT_OK)


def renderer(fmt: str, *, to_terminal: bool) -> Renderer:
    """The report format ``fmt``; on a terminal, the terminal one in colour and at its width."""
    if fmt == "terminal" and to_terminal:
        width = max(80, shutil.get_terminal_size().columns)
        return lambda reports: render_terminal(reports, color=True, width=width)
    return FORMATS[fmt]


def _write_reports(
    outcomes: Iterable[Outcome], fmt: str, render: Renderer, write: Callable[[str], object]
) -> tuple[bool, bool]:
    """Write the report; ``(any input failed, any claim inconsistent)``.

    Streaming formats are written document by document and nothing is kept,
    so memory stays flat however many articles are validated; the others
    need every document before they can start.
    """
    separator = STREAMING_SEPARATORS.get(fmt)
    failed = inconsistent = written = False
    kept: list[DocumentReport] = []
    for outcome in outcomes:
        if outcome.error:
            failed = True
            click.echo(f"claims: {outcome.error}", err=True)
        report = outcome.report
        if report is None:
            continue
        inconsistent = inconsistent or any(c.verdict == "inconsistent" for c in report.claims)
        if separator is None:
            kept.append(report)
            continue
        write((separator if written else "") + render([report]))
        written = True
    if separator is None and kept:
        write(render(kept))
    return failed, inconsistent


@contextmanager
def _destination(output: str | None) -> Iterator[Callable[[str], object]]:
    """Standard output, or a file that appears only once a report is complete
    (and not at all when no document could be read)."""
    if not output:
        yield lambda chunk: click.echo(chunk, nl=False)
        return
    target = Path(output)
    partial = target.with_name(f".{target.name}.partial")
    chunks = 0

    def write(chunk: str) -> None:
        nonlocal chunks
        chunks += 1
        handle.write(chunk)

    try:
        with partial.open("w", encoding="utf-8") as handle:
            yield write
        if chunks:
            partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
