"""The one exception the database layer lets out."""

from __future__ import annotations


class DatabaseError(ValueError):
    """A database problem told in one line: a bad URL, an unreachable server,
    a schema this version cannot use.  The CLI prints it as ``claims: <message>``."""

    def __init__(self, message: str) -> None:
        # One line, whatever the driver said: drivers like psycopg add hints on
        # further lines, and the CLI promises a single line on stderr.
        first_line = next((line.strip() for line in message.splitlines() if line.strip()), "")
        super().__init__(first_line or "database error")
