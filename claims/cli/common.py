"""Options and helpers shared by commands."""

from __future__ import annotations

import os
from datetime import date

import click

from claims.report import FORMATS

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_USAGE = 2

DEFAULT_DATABASE_URL = "sqlite:///claims.db"


def database_url(option: str | None) -> str:
    """``--db``, else ``CLAIMS_DATABASE_URL``, else ``claims.db`` here."""
    return option or os.environ.get("CLAIMS_DATABASE_URL") or DEFAULT_DATABASE_URL


db_option = click.option(
    "--db",
    "db_url",
    metavar="URL",
    help="SQLAlchemy database URL. Default: $CLAIMS_DATABASE_URL, else sqlite:///claims.db.",
)


def parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


format_option = click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="terminal",
    show_default=True,
    help="Report format.",
)
