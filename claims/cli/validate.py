"""``claims validate``: extract, check, store and report."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import click

from claims.cli.common import (
    EXIT_INCONSISTENT,
    EXIT_OK,
    EXIT_USAGE,
    database_url,
    db_option,
    parse_day,
)
from claims.report import FORMATS
from claims.report.terminal import render_terminal
from claims.rules import UnknownRuleError, select_rules
from claims.services import expand_paths
from claims.services import validate as validate_service


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="terminal",
    show_default=True,
    help="Report format.",
)
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
def validate(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    db_url: str | None,
    no_store: bool,
    published: date | None,
    only: tuple[str, ...],
    skip: tuple[str, ...],
) -> None:
    """Validate articles: files, directories of .txt/.md/.html, or - for stdin.

    Exit 0 when no claim is inconsistent, 1 when any is, 2 on a usage or
    input error (the other documents are still processed).

    Example:

        claims validate seeds/000_2ba98bd3a0c87d25.txt --format markdown
    """
    try:
        rules = select_rules(only, skip)
    except UnknownRuleError as exc:
        raise click.UsageError(str(exc)) from None
    store = None
    if not no_store:
        from claims.db import open_database  # deferred: --no-store needs no database

        store = open_database(database_url(db_url)).unit_of_work
    outcomes = list(
        validate_service(
            expand_paths(paths, sys.stdin.buffer.read),
            published=published,
            rules=rules,
            store=store,
        )
    )
    reports = [o.report for o in outcomes if o.report is not None]
    for outcome in outcomes:
        if outcome.error:
            click.echo(f"claims: {outcome.error}", err=True)
    if reports:
        if fmt == "terminal" and not output and sys.stdout.isatty():
            size = shutil.get_terminal_size()
            rendered = render_terminal(reports, color=True, width=max(80, size.columns))
        else:
            rendered = FORMATS[fmt](reports)
        if output:
            Path(output).write_text(rendered, encoding="utf-8")
        else:
            click.echo(rendered, nl=False)
    if any(o.error for o in outcomes):
        sys.exit(EXIT_USAGE)
    inconsistent = any(c.verdict == "inconsistent" for r in reports for c in r.claims)
    sys.exit(EXIT_INCONSISTENT if inconsistent else EXIT_OK)
