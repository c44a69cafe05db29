"""Engines, units of work and schema upkeep for one database URL.

Schema policy: ``open_database`` brings an empty or older database up to the
newest migration before first use, on SQLite and on PostgreSQL alike, so
``claims validate --db URL`` needs no setup step.  On PostgreSQL the check and
the upgrade run under an advisory lock inside one transaction (DDL is
transactional there), so concurrent first runs do not race and a failed
migration leaves nothing half-done.  A database at a revision this version
does not know (written by a newer claims) is refused, never downgraded.  Pass
``migrate=False`` (as ``claims db`` does) to leave the schema alone.
"""

from __future__ import annotations

import re
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from claims.db import migrations
from claims.db.errors import DatabaseError
from claims.db.repository import Repository, RunState
from claims.db.url import mask, normalize_url

_CONNECT_TIMEOUT_SECONDS = 10
_MIGRATION_WAIT_MS = 10 * 60 * 1000  # SQLite: how long to wait for another process's migration


def create_database_engine(url: str | URL) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys switched on for every connection."""
    normalized = normalize_url(url)
    connect_args: dict[str, Any] = {}
    if normalized.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = _CONNECT_TIMEOUT_SECONDS
    try:
        engine = create_engine(normalized, connect_args=connect_args, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"no database driver for {mask(normalized)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores REFERENCES unless asked, per connection, outside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def describe_failure(url: URL | str, exc: DBAPIError) -> str:
    """One line naming the database and the driver's first line of complaint."""
    reason = str(exc.orig) if exc.orig is not None else str(exc)
    first = next((line.strip() for line in reason.splitlines() if line.strip()), type(exc).__name__)
    return f"database {mask(url)}: {first}"


_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def invocation() -> str:
    """This process's command line, passwords in URLs masked, for the runs table."""
    words = [Path(sys.argv[0]).name, *sys.argv[1:]] if sys.argv and sys.argv[0] else ["python"]
    return _PASSWORD_IN_URL.sub(r"\1***@", shlex.join(words))


class Database:
    """One database: units of work for the pipeline, and its migrations."""

    def __init__(self, engine: Engine, *, command: str | None = None) -> None:
        self.engine = engine
        self.url = mask(engine.url)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._run = RunState(command=command or invocation())

    @contextmanager
    def unit_of_work(self) -> Iterator[Repository]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        run = self._run
        run.created_in_transaction = False
        try:
            with self._sessions() as session, session.begin():
                yield Repository(session, run)
        except BaseException as exc:
            if run.created_in_transaction:
                run.run_id = None  # its row went with the rollback
            if isinstance(exc, DBAPIError):
                raise DatabaseError(describe_failure(self.engine.url, exc)) from exc
            raise
        finally:
            run.created_in_transaction = False

    def record_run(self, command: str, options: dict[str, Any] | None = None) -> None:
        """Describe the run the next stored documents belong to (starts a new run)."""
        self._run = RunState(command=command, options=options)

    @property
    def run_id(self) -> int | None:
        """The id of this process's run once a document was stored, else None."""
        return self._run.run_id

    def session(self) -> Session:
        return self._sessions()

    def current(self) -> str | None:
        """The schema revision of the database, or None when it has none."""
        with self._connect() as connection:
            return migrations.current_revision(connection)

    def upgrade(self, revision: str = "head") -> None:
        with self.migration_connection() as connection:
            migrations.upgrade(connection, revision)

    def downgrade(self, revision: str) -> None:
        with self.migration_connection() as connection:
            migrations.downgrade(connection, revision)

    def ensure_schema(self) -> None:
        """Upgrade to the newest revision when the database is empty or behind."""
        with self.migration_connection() as connection:
            if migrations.is_behind(connection):
                migrations.upgrade(connection, "head")

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except DBAPIError as exc:
            raise DatabaseError(describe_failure(self.engine.url, exc)) from exc

    @contextmanager
    def migration_connection(self) -> Iterator[Connection]:
        """A connection for schema changes, in one transaction, under the migration lock.

        On SQLite, foreign keys are off meanwhile: Alembic's batch mode rebuilds
        a table by dropping it, and with foreign keys on, dropping ``documents``
        would cascade-delete every claim.  The keys are checked before commit.
        And the connection waits as long as another process's migration takes,
        as PostgreSQL's advisory lock does: sqlite3's busy timeout of 5 s is
        what a migration on a loaded machine with a slow disk can outlast.
        """
        with self._connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:  # foreign_keys is ignored inside a transaction: set it first
                waited_ms = int(connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one())
                connection.exec_driver_sql(f"PRAGMA busy_timeout={_MIGRATION_WAIT_MS}")
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            try:
                with connection.begin():
                    migrations.lock_for_migration(connection)
                    yield connection
                    if sqlite:
                        migrations.check_foreign_keys(connection)
            finally:
                if sqlite:
                    connection.rollback()  # nothing is open; makes sure the pragma applies
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.exec_driver_sql(f"PRAGMA busy_timeout={waited_ms}")
                    connection.commit()


def open_database(url: str | URL, *, migrate: bool = True, command: str | None = None) -> Database:
    """Connect to ``url`` and, unless ``migrate`` is false, bring its schema up to date.

    Raises ``DatabaseError`` (one line) for a bad URL, an unreachable server or
    a schema this version cannot use.
    """
    database = Database(create_database_engine(url), command=command)
    if migrate:
        database.ensure_schema()
    else:
        with database._connect():
            pass  # fail here, with one line, rather than at first use
    return database


def open_stored(url: str | URL, *, command: str | None = None) -> Database:
    """Connect to a database ``claims validate`` has stored into, to read it.

    Never creates anything: a SQLite file that does not exist, or a database
    with no claims schema, is a one-line ``DatabaseError`` (a query has nothing
    to read there, and an empty file left behind would only mislead).
    """
    normalized = normalize_url(url)
    path = normalized.database
    in_a_file = normalized.get_backend_name() == "sqlite" and path not in (None, "", ":memory:")
    if in_a_file and not Path(str(path)).is_file():
        raise DatabaseError(f"no database at {path}: validate some articles first")
    database = open_database(normalized, migrate=False, command=command)
    if database.current() is None:
        database.dispose()
        raise DatabaseError(f"{mask(normalized)} holds no claims yet: validate some articles first")
    return database
