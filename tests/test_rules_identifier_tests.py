"""The identifier guard's string tests say what the patterns they replaced said."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.rules import identifiers

_CUT_AFTER = re.compile(r"[.,]\d")
_CUT_BEFORE = re.compile(r"\d[.,]$")
_LABEL_BEFORE = re.compile(
    r"(?<!kim )(?<!phân )(?<!thanh )"
    r"\b(?:loại|mã đề|mã số|mã|hạng|khu|điều|khoản|chương|phiên bản|model|size)\s*$"
)
_WHEELS = re.compile(r"^\s*bánh\b")
_BARE_NUMBER = re.compile(r"\d+")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")

PIECES = [
    *("loại", "mã đề", "mã số", "mã", "hạng", "khu", "điều", "khoản", "chương", "phiên bản"),
    *("model", "size", "kim ", "phân ", "thanh ", "bánh", "bánhx", "xe "),
    *("1", "20", "19", "٣", "²", ".", ",", " ", "  ", "\n", "\t", "\xa0", "_", "a", "đ", "(", ")"),
]
texts = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=2000)
@given(texts, texts)
def test_string_tests_equal_the_patterns(before: str, after: str) -> None:
    assert identifiers._cut(before, after) == bool(
        _CUT_AFTER.match(after) or _CUT_BEFORE.search(before)
    )
    assert identifiers._label_before(before) == bool(_LABEL_BEFORE.search(before))
    assert identifiers._is_bare_number(before) == bool(_BARE_NUMBER.fullmatch(before))
    wheels = identifiers._vehicle_class("xe ", after)
    assert wheels == bool(_WHEELS.match(after))
    assert identifiers._is_bare_year(before) == bool(_BARE_YEAR.fullmatch(before))
