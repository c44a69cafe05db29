"""The tables: documents, their claims and findings, and the runs that stored them.

Typed SQLAlchemy 2 ORM.  Every constraint is named through the MetaData naming
convention, so Alembic migrations can drop and alter them by name on every
backend (SQLite's batch mode needs the names).  The enumerations of
``claims.model`` become CHECK constraints built from the model's ``Literal``
types; the migrations freeze their values, and ``tests/test_db.py`` stores
every value so a new kind without a migration fails loudly.

Numbers (value, bounds, numerator, denominator) are stored as double precision;
an ISO date value ("2024-11-29", "--11-29") goes to ``value_text`` instead, so
``value_number`` stays queryable as a number.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, get_args

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from claims.model import ClaimKind, FindingStatus, Qualifier, Verdict

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(column: str, literal: Any, name: str) -> CheckConstraint:
    """``column IN (...)`` over the values of a ``Literal`` type."""
    values = ", ".join(f"'{value}'" for value in get_args(literal))
    return CheckConstraint(f"{column} IN ({values})", name=name)


def _timestamp() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False)


class DocumentRow(Base):
    """One validated text, known by the SHA-256 of its bytes."""

    __tablename__ = "documents"
    __table_args__ = (CheckConstraint("text_length >= 0", name="text_length_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    key: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text_length: Mapped[int] = mapped_column(Integer)
    # The normalised text the claim offsets point into: without it a stored
    # claim's start/end could not be shown in context again.
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = _timestamp()
    updated: Mapped[datetime] = _timestamp()


class ClaimRow(Base):
    """One claim of a document, in document order (``position``)."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("document_id", "key"),
        UniqueConstraint("document_id", "position"),
        one_of("kind", ClaimKind, "kind"),
        one_of("qualifier", Qualifier, "qualifier"),
        one_of("verdict", Verdict, "verdict"),
        CheckConstraint("start_offset <= end_offset", name="offsets_ordered"),
        CheckConstraint(
            "value_number IS NULL OR value_text IS NULL", name="one_value_representation"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    paragraph: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    value_number: Mapped[float | None] = mapped_column(Double)
    value_text: Mapped[str | None] = mapped_column(String(32))
    lower: Mapped[float | None] = mapped_column(Double)
    upper: Mapped[float | None] = mapped_column(Double)
    lower_open: Mapped[bool] = mapped_column(Boolean)
    upper_open: Mapped[bool] = mapped_column(Boolean)
    unit: Mapped[str | None] = mapped_column(Text)
    qualifier: Mapped[str] = mapped_column(String(16))
    numerator: Mapped[float | None] = mapped_column(Double)
    denominator: Mapped[float | None] = mapped_column(Double)
    per: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    scope_place: Mapped[str | None] = mapped_column(Text)
    scope_period: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(16), index=True)


class FindingRow(Base):
    """One rule outcome over a group of claims of the same document."""

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("document_id", "key"),
        UniqueConstraint("document_id", "position"),
        one_of("status", FindingStatus, "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)


class FindingClaimRow(Base):
    """A finding names its claims in order (a rule may name one claim twice)."""

    __tablename__ = "finding_claims"

    finding_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)


class RunRow(Base):
    """One invocation that stored documents, with its claim counts per verdict."""

    __tablename__ = "runs"
    __table_args__ = tuple(
        CheckConstraint(f"{column} >= 0", name=f"{column}_not_negative")
        for column in ("documents", *get_args(Verdict))
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[datetime] = _timestamp()
    # When the run's last document was stored: a run is a sequence of
    # per-document transactions and has no other natural end.
    finished: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    command: Mapped[str] = mapped_column(Text)
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    documents: Mapped[int] = mapped_column(Integer)
    inconsistent: Mapped[int] = mapped_column(Integer)
    verified: Mapped[int] = mapped_column(Integer)
    attributed: Mapped[int] = mapped_column(Integer)
    unsourced: Mapped[int] = mapped_column(Integer)


class RunDocumentRow(Base):
    """Which documents a run stored (a document re-validated later joins that run too)."""

    __tablename__ = "run_documents"

    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    stored: Mapped[datetime] = _timestamp()
