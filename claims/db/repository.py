"""Reports in and out of the database, inside one session (one transaction).

A document is known by its SHA-256: validating the same bytes again replaces
its claims and findings (the rules may have changed) instead of adding a
second document, and links it to the current run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, get_args

from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.orm import Session

from claims.db.convert import (
    claim_ids_of,
    claim_model,
    claim_row,
    document_info,
    fill_document,
    finding_model,
    finding_row,
    findings_per_claim,
)
from claims.db.schema import (
    ClaimRow,
    DocumentRow,
    FindingClaimRow,
    FindingRow,
    RunDocumentRow,
    RunRow,
)
from claims.model import Claim, DocumentInfo, DocumentReport, Finding, Verdict, summarise


@dataclass
class RunState:
    """The run this process records: created with its first stored document.

    ``created_in_transaction`` lets the unit of work forget a run whose
    creating transaction rolled back, so the next document creates it anew.
    """

    command: str
    options: dict[str, Any] | None = None
    run_id: int | None = None
    created_in_transaction: bool = field(default=False, repr=False)


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with its claim counts, for listings."""

    document: DocumentInfo
    created: datetime
    updated: datetime
    text_length: int
    summary: dict[Verdict, int]


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim with the document it belongs to and the findings that name it."""

    document: DocumentInfo
    claim: Claim
    findings: list[Finding]


def _now() -> datetime:
    return datetime.now(UTC)


class Repository:
    """Reads and writes reports through one session; the caller owns the transaction."""

    def __init__(self, session: Session, run: RunState | None = None) -> None:
        self.session = session
        self.run = run

    # -- writing ---------------------------------------------------------

    def save_report(self, report: DocumentReport) -> None:
        """Store ``report``: a new document, or new claims and findings for a known one."""
        now = _now()
        document = self.session.scalar(
            select(DocumentRow).where(DocumentRow.sha256 == report.document.sha256)
        )
        if document is None:
            document = DocumentRow(created=now)
            self.session.add(document)
            counted = None
        else:
            counted = self._already_in_run(document.id)
            self._forget_results(document.id)
        fill_document(document, report.document, report.text, now)
        self.session.flush()
        claim_rows = [
            claim_row(claim, document.id, position) for position, claim in enumerate(report.claims)
        ]
        self.session.add_all(claim_rows)
        self.session.flush()
        claim_ids = {row.key: row.id for row in claim_rows}
        finding_rows = [
            finding_row(finding, document.id, position)
            for position, finding in enumerate(report.findings)
        ]
        self.session.add_all(finding_rows)
        self.session.flush()  # one batched INSERT; the rows learn their ids
        self.session.add_all(
            FindingClaimRow(finding_id=row.id, position=index, claim_id=claim_id)
            for row, finding in zip(finding_rows, report.findings, strict=True)
            for index, claim_id in enumerate(claim_ids_of(finding, claim_ids))
        )
        self.session.flush()
        if self.run is not None:
            self._record_in_run(document.id, report, counted, now)
        self.session.flush()

    def _forget_results(self, document_id: int) -> None:
        """Delete a document's claims and findings (links first: no cascade is assumed)."""
        findings = select(FindingRow.id).where(FindingRow.document_id == document_id)
        self.session.execute(
            delete(FindingClaimRow).where(FindingClaimRow.finding_id.in_(findings))
        )
        self.session.execute(delete(FindingRow).where(FindingRow.document_id == document_id))
        self.session.execute(delete(ClaimRow).where(ClaimRow.document_id == document_id))

    def _verdict_counts(self, document_id: int) -> dict[str, int]:
        rows = self.session.execute(
            select(ClaimRow.verdict, func.count())
            .where(ClaimRow.document_id == document_id)
            .group_by(ClaimRow.verdict)
        )
        return {verdict: count for verdict, count in rows}

    def _already_in_run(self, document_id: int) -> dict[str, int] | None:
        """The verdict counts this run already holds for the document, None if it has none."""
        if self.run is None or self.run.run_id is None:
            return None
        if self.session.get(RunDocumentRow, (self.run.run_id, document_id)) is None:
            return None
        return self._verdict_counts(document_id)

    def _record_in_run(
        self,
        document_id: int,
        report: DocumentReport,
        counted: dict[str, int] | None,
        now: datetime,
    ) -> None:
        """Link the document to this run and move the run's counts by the difference.

        ``counted`` is what the run already counted for this document (stored
        twice in one run, it counts once, with its latest verdicts); updating
        by difference keeps a long run linear instead of recounting it all.
        """
        assert self.run is not None
        if self.run.run_id is None:
            row = RunRow(
                started=now,
                command=self.run.command,
                options=self.run.options,
                documents=0,
                **dict.fromkeys(get_args(Verdict), 0),
            )
            self.session.add(row)
            self.session.flush()
            self.run.run_id = row.id
            self.run.created_in_transaction = True
        run = self.session.get_one(RunRow, self.run.run_id)
        if counted is None:
            self.session.add(RunDocumentRow(run_id=run.id, document_id=document_id, stored=now))
            run.documents += 1
        else:
            self.session.get_one(RunDocumentRow, (run.id, document_id)).stored = now
        for verdict, count in summarise(report.claims).items():
            setattr(run, verdict, getattr(run, verdict) + count - (counted or {}).get(verdict, 0))
        run.finished = now

    # -- reading ---------------------------------------------------------

    def load_report(self, sha256: str) -> DocumentReport | None:
        """The stored report of the document with this SHA-256, or None."""
        document = self.session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))
        return None if document is None else self._report(document)

    def _report(self, document: DocumentRow) -> DocumentReport:
        claim_rows = self.session.scalars(
            select(ClaimRow).where(ClaimRow.document_id == document.id).order_by(ClaimRow.position)
        ).all()
        finding_rows = self.session.scalars(
            select(FindingRow)
            .where(FindingRow.document_id == document.id)
            .order_by(FindingRow.position)
        ).all()
        named: dict[int, list[str]] = defaultdict(list)
        links = self.session.execute(
            select(FindingClaimRow.finding_id, ClaimRow.key)
            .join(ClaimRow, ClaimRow.id == FindingClaimRow.claim_id)
            .where(ClaimRow.document_id == document.id)
            .order_by(FindingClaimRow.finding_id, FindingClaimRow.position)
        )
        for finding_id, claim_key in links:
            named[finding_id].append(claim_key)
        findings = [finding_model(row, named[row.id]) for row in finding_rows]
        per_claim = findings_per_claim(findings)
        claims = [claim_model(row, per_claim.get(row.key, [])) for row in claim_rows]
        return DocumentReport(
            document=document_info(document),
            claims=claims,
            findings=findings,
            summary=summarise(claims),
            text=document.text,
        )

    def reports_named(self, name: str, limit: int = 2) -> list[DocumentReport]:
        """Stored reports whose document id or path is ``name``, or whose SHA-256
        starts with it (at least 8 hex digits); at most ``limit``, oldest first."""
        wanted = name.strip()
        conditions = [DocumentRow.key == wanted, DocumentRow.path == wanted]
        if len(wanted) >= 8 and all(ch in "0123456789abcdef" for ch in wanted.lower()):
            conditions.append(DocumentRow.sha256.startswith(wanted.lower()))
        documents = self.session.scalars(
            select(DocumentRow)
            .where(or_(*conditions))
            .order_by(DocumentRow.created, DocumentRow.id)
            .limit(limit)
        ).all()
        return [self._report(document) for document in documents]

    def list_documents(self) -> list[StoredDocument]:
        """Every stored document, oldest first, with its claims counted per verdict."""
        verdicts: Sequence[Verdict] = get_args(Verdict)
        counts = [
            func.coalesce(func.sum(case((ClaimRow.verdict == verdict, 1), else_=0)), 0)
            for verdict in verdicts
        ]
        rows = self.session.execute(
            select(DocumentRow, *counts)
            .outerjoin(ClaimRow, ClaimRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.id)
            .order_by(DocumentRow.created, DocumentRow.id)
        ).all()
        return [
            StoredDocument(
                document=document_info(row[0]),
                created=row[0].created,
                updated=row[0].updated,
                text_length=row[0].text_length,
                summary={verdict: int(n) for verdict, n in zip(verdicts, row[1:], strict=True)},
            )
            for row in rows
        ]

    def inconsistent_claims(self) -> list[StoredClaim]:
        """Every claim judged inconsistent, across documents, with its failing findings."""
        documents = self.session.scalars(
            select(DocumentRow)
            .where(
                DocumentRow.id.in_(
                    select(ClaimRow.document_id).where(ClaimRow.verdict == "inconsistent")
                )
            )
            .order_by(DocumentRow.path, DocumentRow.id)
        ).all()
        found: list[StoredClaim] = []
        for document in documents:
            report = self._report(document)
            for claim in report.claims:
                if claim.verdict != "inconsistent":
                    continue
                failing = [
                    f for f in report.findings if f.status == "fail" and claim.id in f.claims
                ]
                found.append(StoredClaim(report.document, claim, failing))
        return found
