"""Between the pydantic models of ``claims.model`` and the rows of ``claims.db.schema``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from claims.db.errors import DatabaseError
from claims.db.schema import ClaimRow, DocumentRow, FindingRow
from claims.model import Claim, DocumentInfo, Finding, Number, Scope

_EXACT_INTEGERS = 2**53  # beyond this a double no longer holds every integer


def restore_number(stored: float | None) -> Number | None:
    """A stored double as the model had it: whole numbers come back as ``int``.

    The extractor writes counts as ints and fractional readings as floats;
    a double column cannot tell 5 from 5.0, and equal values compare equal in
    the models, so whole numbers are read back as the int they almost always were.
    """
    if stored is None:
        return None
    if stored.is_integer() and abs(stored) < _EXACT_INTEGERS:
        return int(stored)
    return stored


def _double(value: Number | None) -> float | None:
    return None if value is None else float(value)


def fill_document(row: DocumentRow, info: DocumentInfo, text: str, now: datetime) -> None:
    row.sha256 = info.sha256
    row.key = info.id
    row.path = info.path
    row.title = info.title
    row.published = info.published
    row.text = text
    row.text_length = len(text)
    row.updated = now


def document_info(row: DocumentRow) -> DocumentInfo:
    return DocumentInfo(
        id=row.key, path=row.path, sha256=row.sha256, title=row.title, published=row.published
    )


def claim_row(claim: Claim, document_id: int, position: int) -> ClaimRow:
    value = claim.value
    return ClaimRow(
        document_id=document_id,
        key=claim.id,
        position=position,
        text=claim.text,
        start_offset=claim.start,
        end_offset=claim.end,
        sentence=claim.sentence,
        paragraph=claim.paragraph,
        kind=claim.kind,
        value_number=None if isinstance(value, str) else _double(value),
        value_text=value if isinstance(value, str) else None,
        lower=_double(claim.lower),
        upper=_double(claim.upper),
        lower_open=claim.lower_open,
        upper_open=claim.upper_open,
        unit=claim.unit,
        qualifier=claim.qualifier,
        numerator=_double(claim.numerator),
        denominator=_double(claim.denominator),
        per=claim.per,
        subject=claim.subject,
        scope_place=claim.scope.place,
        scope_period=claim.scope.period,
        source=claim.source,
        verdict=claim.verdict,
    )


def claim_model(row: ClaimRow, findings: list[str]) -> Claim:
    value = row.value_text if row.value_text is not None else restore_number(row.value_number)
    return Claim.model_validate(
        {
            "id": row.key,
            "text": row.text,
            "start": row.start_offset,
            "end": row.end_offset,
            "sentence": row.sentence,
            "paragraph": row.paragraph,
            "kind": row.kind,
            "value": value,
            "lower": restore_number(row.lower),
            "upper": restore_number(row.upper),
            "lower_open": row.lower_open,
            "upper_open": row.upper_open,
            "unit": row.unit,
            "qualifier": row.qualifier,
            "numerator": restore_number(row.numerator),
            "denominator": restore_number(row.denominator),
            "per": row.per,
            "subject": row.subject,
            "scope": Scope(place=row.scope_place, period=row.scope_period),
            "source": row.source,
            "verdict": row.verdict,
            "findings": findings,
        }
    )


def finding_row(finding: Finding, document_id: int, position: int) -> FindingRow:
    return FindingRow(
        document_id=document_id,
        key=finding.id,
        position=position,
        rule=finding.rule,
        status=finding.status,
        message=finding.message,
        detail=finding.detail,
    )


def finding_model(row: FindingRow, claim_keys: list[str]) -> Finding:
    return Finding.model_validate(
        {
            "id": row.key,
            "rule": row.rule,
            "status": row.status,
            "claims": claim_keys,
            "message": row.message,
            "detail": row.detail,
        }
    )


def claim_ids_of(finding: Finding, claim_ids: dict[str, int]) -> list[int]:
    """The row ids of the claims a finding names, in its order."""
    try:
        return [claim_ids[key] for key in finding.claims]
    except KeyError as exc:
        raise DatabaseError(
            f"finding {finding.id} ({finding.rule}) names claim {exc.args[0]!r}, "
            "which is not among the document's claims"
        ) from None


def findings_per_claim(findings: Sequence[Finding]) -> dict[str, list[str]]:
    """Each claim's finding ids, in finding order, as ``assign_verdicts`` lists them."""
    per_claim: dict[str, list[str]] = {}
    for finding in findings:
        for key in finding.claims:
            per_claim.setdefault(key, []).append(finding.id)
    return per_claim
