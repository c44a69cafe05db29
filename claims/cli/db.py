"""``claims db``: database migrations (Alembic); the reading commands are in ``stored``.

``claims validate`` already brings an empty or older database up to date; these
commands are for doing it on purpose, going back, or asking where it stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from claims.cli.common import database_url, db_option

if TYPE_CHECKING:
    from claims.db import Database


@contextmanager
def _database(db_url: str | None) -> Iterator[Database]:
    """The database named by ``--db``, with its errors as one-line click errors."""
    from claims.db import DatabaseError, open_database  # deferred: SQLAlchemy loads slowly

    try:
        database = open_database(database_url(db_url), migrate=False)
        try:
            yield database
        finally:
            database.dispose()
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None


def _revision_line(database: Database) -> str:
    return database.current() or "base"


@click.group()
def db() -> None:
    """Manage the database schema and read back what it stores.

    Example:

        claims db upgrade --db postgresql://postgres@127.0.0.1/test
    """


@db.command()
@click.argument("revision", default="head")
@db_option
def upgrade(revision: str, db_url: str | None) -> None:
    """Upgrade the schema to REVISION (default: head).

    Prints the revision the database is at afterwards.

    Example:

        claims db upgrade --db sqlite:///claims.db
    """
    with _database(db_url) as database:
        database.upgrade(revision)
        click.echo(_revision_line(database))


@db.command(context_settings={"ignore_unknown_options": True})  # so "-1" is a REVISION
@click.argument("revision")
@db_option
def downgrade(revision: str, db_url: str | None) -> None:
    """Downgrade the schema to REVISION.

    Prints the revision the database is at afterwards.  REVISION is a
    revision id, -1 for one step back, or base for no schema.

    Downgrading to base drops every table and the data in them.

    Example:

        claims db downgrade base --db sqlite:///scratch.db
    """
    with _database(db_url) as database:
        database.downgrade(revision)
        click.echo(_revision_line(database))


@db.command()
@db_option
def current(db_url: str | None) -> None:
    """Print the schema revision of the database (base: none).

    Example:

        claims db current --db postgresql://postgres@127.0.0.1/test
    """
    with _database(db_url) as database:
        click.echo(_revision_line(database))
