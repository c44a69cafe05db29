"""Properties of find_mentions that hold for any input."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.grammar import find_mentions
from claims.extract.grammar.numbers import read_digits
from claims.model import Mention
from claims.text import normalize

_ROOT = Path(__file__).resolve().parent.parent

_PIECES = [
    "0", "1", "2", "5", "9", "12", "144", "2023", ".", ",", "/", "-", "–", " ", "%",
    "hơn ", "trên ", "dưới ", "gần ", "khoảng ", "từ ", " đến ", "không quá ",
    "nghìn", "triệu", "tỷ", " trăm", " mươi", "một ", "hai ", "ba ", "năm ",
    "ngày ", "tháng ", "quý ", "III", "đồng", "USD", "tuổi", "lớp ", "Điều ", "\n",
]  # fmt: skip

news_like = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _check(text: str) -> None:
    mentions = find_mentions(text)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, (mention, previous_end)
        assert mention.start < mention.end
        # Every mention round-trips through the JSON contract unchanged.
        assert Mention.model_validate(mention.model_dump()) == mention
        previous_end = mention.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_string_reads_without_error(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(news_like)
def test_offsets_slice_sorted_and_disjoint(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("text", ["0USD-0", "giá 5USD-10", "mua 3M-14"])
def test_inputs_hypothesis_once_found_overlapping(text: str) -> None:
    """'0USD-0' read '0USD' as money and then the model code '0USD-0' over it."""
    _check(text)


def test_one_megabyte_of_adversarial_input_finishes() -> None:
    """Digits, separators, hedges and scale words in bulk: a backtracking trap would hang."""
    rng = random.Random(20241129)
    pieces = [*_PIECES, "1.2.3.4.5.6.7.8.9", "1,2,3,4,5", "1/2/3/4/5", "9" * 40]
    chunks: list[str] = []
    size = 0
    while size < 1_000_000:
        piece = rng.choice(pieces)
        chunks.append(piece)
        size += len(piece)
    text = "".join(chunks)
    mentions = find_mentions(text)
    assert mentions, "a megabyte of numbers yields mentions"
    assert all(text[m.start : m.end] == m.text for m in mentions)


def _typed(mention: Mention) -> list[tuple[str, type, object]]:
    return [(name, type(value), value) for name, value in mention.__dict__.items()]


def test_mentions_are_the_objects_validation_builds() -> None:
    """The grammar builds mentions without pydantic's checks (``mentions.py``): each
    must be what ``Mention(...)`` makes of its fields, to the type of every value."""
    paths = sorted((_ROOT / "tests" / "cases").glob("*.txt")) + sorted(
        (_ROOT / "seeds").glob("*.txt")
    )
    kinds: set[str] = set()
    for path in paths:
        for mention in find_mentions(normalize(path.read_text(encoding="utf-8"))):
            given = {name: getattr(mention, name) for name in mention.model_fields_set}
            validated = Mention(**given)
            assert _typed(mention) == _typed(validated), mention
            assert mention.model_fields_set == validated.model_fields_set
            kinds.add(mention.kind)
    assert {"count", "money", "percent", "date", "identifier"} <= kinds


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**30), max_value=10**30), st.integers(0, 12))
def test_the_step_of_a_whole_number_is_its_last_non_zero_place(base: int, zeros: int) -> None:
    """'74.000' steps by 1000: the place of the last digit that is not zero."""
    number = base * 10**zeros
    step = 1
    while number and number % (step * 10) == 0:
        step *= 10
    assert read_digits(str(abs(number))).step == Decimal(step)
