"""Initial schema: documents, claims, findings and the runs that stored them.

Revision ID: 0001
Revises:
Create Date: 2026-11-30 03:33:29.065949

The CHECK constraints freeze the enumerations of claims.model as they were at
this revision; a new kind, qualifier or verdict needs a migration that
replaces the constraint (tests/test_db.py stores every value to catch that).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text_length", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("text_length >= 0", name=op.f("ck_documents_text_length_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True), nullable=True),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=True),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("inconsistent", sa.Integer(), nullable=False),
        sa.Column("verified", sa.Integer(), nullable=False),
        sa.Column("attributed", sa.Integer(), nullable=False),
        sa.Column("unsourced", sa.Integer(), nullable=False),
        sa.CheckConstraint("attributed >= 0", name=op.f("ck_runs_attributed_not_negative")),
        sa.CheckConstraint("documents >= 0", name=op.f("ck_runs_documents_not_negative")),
        sa.CheckConstraint("inconsistent >= 0", name=op.f("ck_runs_inconsistent_not_negative")),
        sa.CheckConstraint("unsourced >= 0", name=op.f("ck_runs_unsourced_not_negative")),
        sa.CheckConstraint("verified >= 0", name=op.f("ck_runs_verified_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value_number", sa.Double(), nullable=True),
        sa.Column("value_text", sa.String(length=32), nullable=True),
        sa.Column("lower", sa.Double(), nullable=True),
        sa.Column("upper", sa.Double(), nullable=True),
        sa.Column("lower_open", sa.Boolean(), nullable=False),
        sa.Column("upper_open", sa.Boolean(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("numerator", sa.Double(), nullable=True),
        sa.Column("denominator", sa.Double(), nullable=True),
        sa.Column("per", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("scope_place", sa.Text(), nullable=True),
        sa.Column("scope_period", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "kind IN ('count', 'money', 'percent', 'fraction', 'measure', 'date', 'year', "
            "'time', 'age', 'duration', 'ordinal', 'multiple', 'other')",
            name=op.f("ck_claims_kind"),
        ),
        sa.CheckConstraint(
            "qualifier IN ('exact', 'over', 'at_least', 'nearly', 'under', 'at_most', 'up_to', "
            "'about', 'range', 'vague')",
            name=op.f("ck_claims_qualifier"),
        ),
        sa.CheckConstraint(
            "verdict IN ('verified', 'inconsistent', 'unsourced', 'attributed')",
            name=op.f("ck_claims_verdict"),
        ),
        sa.CheckConstraint("start_offset <= end_offset", name=op.f("ck_claims_offsets_ordered")),
        sa.CheckConstraint(
            "value_number IS NULL OR value_text IS NULL",
            name=op.f("ck_claims_one_value_representation"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_claims_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("document_id", "key", name=op.f("uq_claims_document_id_key")),
        sa.UniqueConstraint("document_id", "position", name=op.f("uq_claims_document_id_position")),
    )
    op.create_index(op.f("ix_claims_document_id"), "claims", ["document_id"], unique=False)
    op.create_index(op.f("ix_claims_kind"), "claims", ["kind"], unique=False)
    op.create_index(op.f("ix_claims_verdict"), "claims", ["verdict"], unique=False)

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('pass', 'fail')", name=op.f("ck_findings_status")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_findings_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("document_id", "key", name=op.f("uq_findings_document_id_key")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_findings_document_id_position")
        ),
    )
    op.create_index(op.f("ix_findings_document_id"), "findings", ["document_id"], unique=False)
    op.create_index(op.f("ix_findings_rule"), "findings", ["rule"], unique=False)

    op.create_table(
        "run_documents",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("stored", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_run_documents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["runs.id"], name=op.f("fk_run_documents_run_id_runs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("run_id", "document_id", name=op.f("pk_run_documents")),
    )
    op.create_index(
        op.f("ix_run_documents_document_id"), "run_documents", ["document_id"], unique=False
    )

    op.create_table(
        "finding_claims",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_finding_claims_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name=op.f("fk_finding_claims_finding_id_findings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("finding_id", "position", name=op.f("pk_finding_claims")),
    )
    op.create_index(
        op.f("ix_finding_claims_claim_id"), "finding_claims", ["claim_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_finding_claims_claim_id"), table_name="finding_claims")

    op.drop_table("finding_claims")
    op.drop_index(op.f("ix_run_documents_document_id"), table_name="run_documents")

    op.drop_table("run_documents")
    op.drop_index(op.f("ix_findings_rule"), table_name="findings")
    op.drop_index(op.f("ix_findings_document_id"), table_name="findings")

    op.drop_table("findings")
    op.drop_index(op.f("ix_claims_verdict"), table_name="claims")
    op.drop_index(op.f("ix_claims_kind"), table_name="claims")
    op.drop_index(op.f("ix_claims_document_id"), table_name="claims")

    op.drop_table("claims")
    op.drop_table("runs")
    op.drop_table("documents")
