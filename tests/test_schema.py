"""The JSON report of the real pipeline validates against the published schema."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from claims.model import DocumentReport
from claims.report.jsonfmt import render_json, render_jsonl
from claims.report.schema import report_schema
from claims.services import analyze

# Written for this test: a total, two parts, a share, a hedge, a date, a source.
SMALL_TEXT = (
    "Huyện Mường Lát có 1.250 hộ nghèo.\n\n"
    "Theo UBND huyện, năm 2024 có 700 hộ thoát nghèo và khoảng 550 hộ còn nghèo, "
    "chiếm 44% tổng số hộ nghèo; ngày 15/3 huyện đã chi hơn 2 tỷ đồng hỗ trợ."
)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return report_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def single_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """One document's object only, as each JSON Lines line must be."""
    single = {"$ref": "#/$defs/DocumentReport", "$defs": schema["$defs"]}
    single["$schema"] = schema["$schema"]
    Draft202012Validator.check_schema(single)
    return Draft202012Validator(single)


@pytest.fixture(scope="module")
def reports(seed_text: str) -> list[DocumentReport]:
    return [
        analyze(seed_text, path="seeds/000_2ba98bd3a0c87d25.txt"),
        analyze(SMALL_TEXT, path="muong-lat.txt"),
    ]


def test_the_pipeline_finds_claims_to_validate(reports: list[DocumentReport]) -> None:
    # Without claims the schema checks of Claim would prove nothing.
    assert all(report.claims for report in reports)


def test_one_document_is_one_valid_object(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    for report in reports:
        payload = json.loads(render_json([report]))
        assert isinstance(payload, dict)
        validator.validate(payload)


def test_several_documents_are_a_valid_array(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = json.loads(render_json(reports))
    assert isinstance(payload, list)
    assert len(payload) == len(reports)
    validator.validate(payload)


def test_every_jsonl_line_is_one_valid_document(
    reports: list[DocumentReport], single_validator: Draft202012Validator
) -> None:
    lines = render_jsonl(reports).splitlines()
    assert len(lines) == len(reports)
    for line, report in zip(lines, reports, strict=True):
        payload = json.loads(line)
        single_validator.validate(payload)
        assert payload["document"]["path"] == report.document.path


def test_the_array_is_not_a_single_document(
    reports: list[DocumentReport], single_validator: Draft202012Validator
) -> None:
    assert not single_validator.is_valid(json.loads(render_json(reports)))


def _seed_payload(reports: list[DocumentReport]) -> dict[str, Any]:
    payload = json.loads(render_json([reports[0]]))
    assert isinstance(payload, dict)
    return payload


def test_an_unknown_verdict_fails(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = _seed_payload(reports)
    payload["claims"][0]["verdict"] = "maybe"
    with pytest.raises(ValidationError):
        validator.validate(payload)


def test_an_unknown_summary_key_fails(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = _seed_payload(reports)
    payload["summary"]["maybe"] = 1
    assert not validator.is_valid(payload)


def test_a_missing_required_field_fails(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = _seed_payload(reports)
    del payload["claims"][0]["start"]
    assert not validator.is_valid(payload)


def test_the_article_text_is_not_part_of_the_contract(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = _seed_payload(reports)
    assert "text" not in payload
    payload["text"] = reports[0].text
    assert not validator.is_valid(payload)


def test_a_wrongly_typed_offset_fails(
    reports: list[DocumentReport], validator: Draft202012Validator
) -> None:
    payload = _seed_payload(reports)
    payload["claims"][0]["end"] = "12"
    assert not validator.is_valid(payload)
