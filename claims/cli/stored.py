"""``claims db documents``, ``claims db inconsistent``, ``claims db report``: what the
database holds, read back without validating anything again.

``claims validate`` stores every report; a fact-checker coming back to a story,
or a desk sharing one PostgreSQL database, reads them here: which documents
are in, which claims failed a check across all of them, and any document's
report again in any format.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from claims.cli.common import EXIT_INCONSISTENT, EXIT_OK, database_url, db_option, format_option
from claims.cli.db import db
from claims.cli.validate import renderer
from claims.model import Verdict

if TYPE_CHECKING:
    from claims.db import Repository


@contextmanager
def _stored(db_url: str | None) -> Iterator[Repository]:
    """A read of the database ``--db`` names, its errors as one-line click errors."""
    from claims.db import DatabaseError, open_stored  # deferred: SQLAlchemy loads slowly

    try:
        database = open_stored(database_url(db_url))
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        with database.unit_of_work() as repository:
            yield repository
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        database.dispose()


_VERDICTS: tuple[Verdict, ...] = ("inconsistent", "verified", "attributed", "unsourced")
"""The order of `claims validate`'s summary line: what needs a look first."""


@db.command()
@db_option
def documents(db_url: str | None) -> None:
    """List the stored documents, oldest first, with their claims per verdict.

    One line each: the document id (what `claims db report` takes), when it
    was last validated, the claims counted per verdict, and its path.

    Example:

        claims db documents --db postgresql://postgres@127.0.0.1/test
    """
    with _stored(db_url) as repository:
        stored = repository.list_documents()
    if not stored:
        click.echo("No documents stored.")
        return
    for row in stored:
        counts = " · ".join(f"{row.summary.get(verdict, 0)} {verdict}" for verdict in _VERDICTS)
        when = row.updated.strftime("%Y-%m-%d %H:%M")
        click.echo(f"{row.document.id}  {when}  {counts}  {row.document.path}")


@db.command()
@db_option
def inconsistent(db_url: str | None) -> None:
    """List every claim judged inconsistent, across all stored documents.

    One line per claim: the document's path, the claim's id and text, and the
    message of each failing check that names it.  Exits 1 when there is any,
    0 when there is none, as `claims validate` does.

    Example:

        claims db inconsistent --db sqlite:///claims.db
    """
    with _stored(db_url) as repository:
        found = repository.inconsistent_claims()
    if not found:
        click.echo("No inconsistent claims stored.")
        sys.exit(EXIT_OK)
    for stored in found:
        messages = " | ".join(finding.message for finding in stored.findings)
        click.echo(f"{stored.document.path}  {stored.claim.id}  «{stored.claim.text}»  {messages}")
    sys.exit(EXIT_INCONSISTENT)


@db.command()
@click.argument("name")
@format_option
@db_option
def report(name: str, fmt: str, db_url: str | None) -> None:
    """Print the stored report of one document, as `claims validate` printed it.

    NAME is the document id `claims db documents` lists, its path as stored,
    or the first 8 or more hex digits of its SHA-256.  Exits 1 when a claim of
    it is inconsistent, else 0.

    Example:

        claims db report 97adde9a7fa43f32 --format html > report.html
    """
    with _stored(db_url) as repository:
        reports = repository.reports_named(name)
    if not reports:
        raise click.ClickException(
            f"no stored document is named {name!r} (see claims db documents)"
        )
    if len(reports) > 1:
        raise click.ClickException(f"{name!r} names more than one document: give its id")
    render = renderer(fmt, to_terminal=sys.stdout.isatty())
    click.echo(render(reports), nl=False)
    inconsistent = any(claim.verdict == "inconsistent" for claim in reports[0].claims)
    sys.exit(EXIT_INCONSISTENT if inconsistent else EXIT_OK)
