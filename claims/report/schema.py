"""The JSON Schema of the JSON report, generated from the models."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from claims.model import DocumentReport


def report_schema() -> dict[str, Any]:
    """One document's report object, or an array of them (several documents)."""
    single = TypeAdapter(DocumentReport).json_schema(mode="serialization")
    defs = single.pop("$defs", {})
    defs["DocumentReport"] = single
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claims report",
        "oneOf": [
            {"$ref": "#/$defs/DocumentReport"},
            {"type": "array", "items": {"$ref": "#/$defs/DocumentReport"}},
        ],
        "$defs": defs,
    }
