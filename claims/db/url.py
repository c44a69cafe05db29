"""Database URLs: parse, normalise the driver, and mask passwords for messages."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from claims.db.errors import DatabaseError

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_EXAMPLES = "sqlite:///claims.db or postgresql://user@host:5432/name"


def normalize_url(raw: str | URL) -> URL:
    """The SQLAlchemy URL for ``raw``, PostgreSQL pinned to psycopg 3.

    ``postgresql://`` (and ``postgres://``, as some hosts print it) would pick
    psycopg2 by default, which is not installed; psycopg 3 is.
    """
    if isinstance(raw, URL):
        url = raw
    else:
        try:
            url = make_url(raw.strip())
        except (ArgumentError, ValueError):
            raise DatabaseError(
                f"{raw!r} is not a database URL (expected e.g. {_EXAMPLES})"
            ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    backend = url.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise DatabaseError(
            f"unsupported database {backend!r} in {mask(url)} "
            f"(supported: {', '.join(SUPPORTED_BACKENDS)}; e.g. {_EXAMPLES})"
        )
    return url


def mask(url: URL | str) -> str:
    """``url`` as text with its password hidden, for messages and run records."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except (ArgumentError, ValueError):
            return "<unparsable URL>"
    return url.render_as_string(hide_password=True)
