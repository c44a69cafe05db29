"""Database layer: the only code that touches SQL.

``open_database(url)`` gives a ``Database`` whose ``unit_of_work()`` yields a
``Repository`` inside one transaction; ``claims.services.validate`` stores
each document through one.  Nothing outside this package imports SQLAlchemy.
"""

from claims.db.database import Database, create_database_engine, open_database, open_stored
from claims.db.errors import DatabaseError
from claims.db.repository import Repository, StoredClaim, StoredDocument
from claims.db.url import normalize_url

__all__ = [
    "Database",
    "DatabaseError",
    "Repository",
    "StoredClaim",
    "StoredDocument",
    "create_database_engine",
    "normalize_url",
    "open_database",
    "open_stored",
]
