"""The digit scan tries only the branches the character after a number's digits allows
(``digit_scans``): at every digit it must find what the flat scan, every branch in turn,
finds, on news articles, on a row for each branch and on random texts."""

from __future__ import annotations

import re
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.grammar.digit_scans import FOLLOWERS, digit_scan
from claims.extract.grammar.patterns import DIGIT_SCAN
from tests.conftest import VNNEWS, iter_open_vnnews

_DIGIT_RUN = re.compile(r"\d+")
"""The runs of digits, as the scanner finds them (``word_starts.candidates``)."""

ROWS = (
    "khẩu độ f/2.0, f/1.7 và f2.0, f/4-5.6, f/22 hay f/2a",
    "ngày 2017-05-12, 2017-5-12, 12017-05-12, biển số 51A-123.45, 29LD 12345, 30E.123.45",
    "số 12A/3/4 và 35/12/7, 1/15/3, Nghị định 100/2019/NĐ-CP, 12.3/QĐ-UBND",
    "gọi 0912 345 678, 0912.345.678, +84 912 345 678, 1900 1234, 1800.123456",
    "các số 1-2-3-4, 1 – 2 – 3 – 4 – 5, tỷ lệ (0 : 1/2), (1/2:0), (2 : 0)",
    "ngày 12/5/2017, 12.5.17, 12-5-2017, từ 7h-9h sáng, 7 - 9 giờ sáng, 7–9h tối",
    "lúc 7:30, 7:30:15, 7h30, 7g30, 7h, 7 giờ 30 phút, 8 giờ rưỡi, 9 giờ kém 15, 4 rưỡi sáng",
    "ngày 12 tháng 5 năm 2017, 12 tháng Chín, 3\u00a0tháng\u00a04, 12/5, 1/2 số người",
    "sơ đồ 4-4-2 và IP 192.168.1.1, màn hình 16:9, cao 1m78 và 1m7, 1m2 đất",
    "3 người, 1.000 tỷ đồng, 2,5 triệu, 45,127 mm, 10K, 1,2M, 12 345 lượt, 2 chấm 5",
    "٣ năm, ٣/٤, ١٢:٣٠, 12٣ và 5_a, 7\n8, 9",
)


def _found(match: re.Match[str] | None) -> object:
    if match is None:
        return None
    return match.span(), match.lastgroup, match.groupdict()


def _compare(text: str) -> int:
    """Compares the two scans at every digit of ``text``; the number of digits."""
    digits = 0
    for run in _DIGIT_RUN.finditer(text):
        for start in range(run.start(), run.end()):  # every digit, as the scan may resume
            scan = digit_scan(text[run.end() : run.end() + 1])
            assert _found(scan.match(text, start)) == _found(DIGIT_SCAN.match(text, start)), text[
                max(0, start - 20) : start + 40
            ]
            digits += 1
    return digits


def test_rows() -> None:
    branches = set()
    for row in ROWS:
        _compare(row)
        branches |= {
            found.lastgroup
            for run in _DIGIT_RUN.finditer(row)
            if (found := DIGIT_SCAN.match(row, run.start()))
        }
    assert branches == set(FOLLOWERS)  # a row for every branch


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789٣ .,:/-–hgmAĐfF(+\t\u00a0giờtháng rưỡisáng)", max_size=30))
def test_random_texts(text: str) -> None:
    _compare(text)


def test_news_articles() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    digits = sum(_compare(row["text"]) for row in islice(iter_open_vnnews(), 1500))
    assert digits > 10_000
