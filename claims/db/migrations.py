"""Alembic glue: where the migration scripts are, and running them on a connection.

The scripts live in the top-level ``alembic/`` directory of the source
checkout (the package is installed editable), beside ``alembic.ini``, so
``alembic upgrade head`` from the repository root and ``claims db upgrade``
run the very same scripts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, text

import claims
from claims.db.errors import DatabaseError

SCRIPT_LOCATION = Path(claims.__file__).resolve().parent.parent / "alembic"

# Any fixed 64-bit number: PostgreSQL's advisory lock that serialises
# migrations when several processes open an empty database at once.
_MIGRATION_LOCK = 7_426_113_508_221


def alembic_config(connection: Connection | None = None) -> Config:
    """A config for the scripts in ``SCRIPT_LOCATION``, bound to ``connection``."""
    if not (SCRIPT_LOCATION / "env.py").is_file():
        raise DatabaseError(
            f"migration scripts not found in {SCRIPT_LOCATION}; "
            "install claims from its source checkout (pip install -e .)"
        )
    config = Config()
    # ConfigParser interpolates '%': a path containing one must be escaped.
    config.set_main_option("script_location", str(SCRIPT_LOCATION).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise DatabaseError(f"no migration scripts in {SCRIPT_LOCATION / 'versions'}")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def lock_for_migration(connection: Connection) -> None:
    """Serialise migrations across processes; call first in the migration's transaction.

    PostgreSQL: an advisory lock.  SQLite: the driver would open a transaction
    only at the first INSERT, leaving DDL outside it; an explicit
    ``BEGIN IMMEDIATE`` takes the write lock now and makes the DDL atomic.
    Either is released when the caller's transaction ends.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
    elif connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def check_foreign_keys(connection: Connection) -> None:
    """Raise when a migration left rows pointing at nothing (SQLite, keys off meanwhile)."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise DatabaseError(
            f"migration left {len(broken)} broken foreign keys in {', '.join(tables)}"
        )


def is_behind(connection: Connection) -> bool:
    """True when the schema is empty or an older revision; raises when it is unknown."""
    current = current_revision(connection)
    head = head_revision()
    if current == head:
        return False
    if current is not None:
        script = ScriptDirectory.from_config(alembic_config())
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseError(
                f"the database schema is at revision {current!r}, which this version of "
                f"claims does not know (its newest is {head!r}); was it written by a newer claims?"
            ) from None
    return True


def upgrade(connection: Connection, revision: str) -> None:
    _run(command.upgrade, connection, revision)


def downgrade(connection: Connection, revision: str) -> None:
    _run(command.downgrade, connection, revision)


def _run(action: Callable[[Config, str], None], connection: Connection, revision: str) -> None:
    config = alembic_config(connection)
    try:
        action(config, revision)
    except CommandError as exc:
        raise DatabaseError(f"migration to {revision!r} failed: {exc}") from None
