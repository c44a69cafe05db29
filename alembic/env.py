"""Alembic environment for the claims database.

The URL, first found wins: a connection handed over in
``config.attributes["connection"]`` (what ``claims db`` and ``open_database``
do), ``config.attributes["database_url"]``, ``alembic -x db=URL``,
``$CLAIMS_DATABASE_URL``, ``sqlalchemy.url`` in alembic.ini, then
``sqlite:///claims.db``.  SQLite runs in batch mode, which rebuilds tables for
the ALTERs it lacks.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from claims.db.database import create_database_engine
from claims.db.schema import Base
from claims.db.url import normalize_url

config = context.config
target_metadata = Base.metadata

if config.config_file_name is not None and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    candidates = (
        config.attributes.get("database_url"),
        context.get_x_argument(as_dictionary=True).get("db"),
        os.environ.get("CLAIMS_DATABASE_URL"),
        config.get_main_option("sqlalchemy.url"),
    )
    return next((url for url in candidates if url), "sqlite:///claims.db")


def run_migrations_offline() -> None:
    """Print the SQL instead of running it (``alembic upgrade head --sql``)."""
    url = normalize_url(database_url())
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=url.get_backend_name() == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        run_with(given)
        return
    engine = create_database_engine(database_url())
    try:
        with engine.connect() as connection:
            run_with(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
