"""``claims db``: database migrations (Alembic)."""

from __future__ import annotations

import click


@click.group()
def db() -> None:
    """Manage the database schema.

    Example:

        claims db upgrade --db postgresql+psycopg://127.0.0.1/test
    """
