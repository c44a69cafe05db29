"""The models read their fields through the generic lookup (claims.attribute_reads)
and behave as pydantic's ``__getattr__`` made them behave."""

from __future__ import annotations

import platform
import sys

import pytest
from pydantic import BaseModel, PrivateAttr

from claims.attribute_reads import read_fields_directly, reads_fields_directly
from claims.model import (
    Claim,
    DocumentInfo,
    DocumentReport,
    Finding,
    Interval,
    Mention,
    Scope,
)

_MODELS = (Interval, Mention, Scope, Claim, Finding, DocumentInfo, DocumentReport)
_ON_CPYTHON_311 = platform.python_implementation() == "CPython" and sys.version_info[:2] == (
    3,
    11,
)


@pytest.mark.skipif(not _ON_CPYTHON_311, reason="only CPython 3.11 needs the generic lookup")
@pytest.mark.parametrize("model", _MODELS, ids=lambda model: model.__name__)
def test_every_model_reads_its_fields_directly(model: type[BaseModel]) -> None:
    assert reads_fields_directly(model)


def test_fields_properties_and_methods_read_as_before() -> None:
    mention = Mention(text="hơn 5", start=0, end=5, kind="count", value=5, lower=5, upper=6)
    assert (mention.text, mention.value, mention.qualifier) == ("hơn 5", 5, "exact")
    assert mention.interval == Interval(lower=5, upper=6)
    assert mention.model_dump()["upper"] == 6
    assert getattr(mention, "missing", None) is None
    assert not hasattr(mention, "missing")


def test_a_missing_attribute_raises_pydantics_message() -> None:
    claim = Claim(
        text="5", start=0, end=1, kind="count", value=5, id="c1", sentence="5", paragraph=0
    )
    with pytest.raises(AttributeError, match=r"^'Claim' object has no attribute 'missing'$"):
        _ = claim.missing  # type: ignore[attr-defined]


def test_a_model_with_private_attributes_keeps_the_hook() -> None:
    class Private(BaseModel):
        _secret: int = PrivateAttr(default=3)

    assert not read_fields_directly(Private)
    assert not reads_fields_directly(Private)
    assert Private()._secret == 3
