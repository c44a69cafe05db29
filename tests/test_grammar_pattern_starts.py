"""Patterns rewritten to open on a character rather than on a look-behind or a
case-folded group, so the regex engine skips to their candidates at C speed: each finds
exactly what its flat form (as first written) finds, on news articles and on crafted
edges."""

from __future__ import annotations

import re
from itertools import islice, product

import pytest

from claims.extract.context import attribution, lunar, non_claims, period_pattern, scope
from claims.extract.context.openers import cased
from claims.extract.grammar import (
    few_spans,
    hour_pairs,
    layout,
    measure_pairs,
    minute_marks,
    named_places,
    one_readings,
    set_scores,
)
from tests.conftest import VNNEWS, iter_open_vnnews

_DASH = measure_pairs._DASH
_SIDE = measure_pairs._SIDE
FLAT = {
    "three sizes": (
        measure_pairs.THREE_SIZES,
        re.compile(
            rf"(?<![^\W_])(?:[Ss]ố[ \t]+đo|vòng)(?![^\W_])[^.!?\n\d]{{0,30}}(?:3[ \t]+vòng)?"
            rf"[^.!?\n\d]{{0,20}}(?<![\d.,/-])(?P<a>\d{{2,3}}){_DASH}(?P<b>\d{{2,3}}){_DASH}"
            rf"(?P<c>\d{{2,3}})(?!\d|[.,/]\d|{_DASH}\d)(?P<cm>[ \t]*cm(?![^\W_]))?"
        ),
    ),
    "dimensions": (
        measure_pairs._DIMENSIONS,
        re.compile(
            rf"(?<![\d.,/])(?P<sides>{_SIDE}(?:[ \t]*[xX×][ \t]*{_SIDE}){{1,2}})"
            r"[ \t]*(?P<unit>cm|mm|m)(?![^\W_])"
        ),
    ),
    "few spans": (
        few_spans._FEW_SPAN,
        re.compile(
            r"(?<![^\W_])(?P<lead>[Vv]ài|[Mm]ấy|[Dd]ăm)[ \t]+(?P<unit>năm|tháng|tuần|ngày)"
            r"(?=[ \t]+(?:vừa[ \t]+qua|qua|trở[ \t]+lại[ \t]+đây|gần[ \t]+đây)(?![^\W_]))"
        ),
    ),
    "hour pairs": (
        hour_pairs._PAIR,
        re.compile(
            r"(?<![\d.,])(\d{1,2}),[ \t]?(\d{1,2})[ \t]*giờ(?![^\W_])"
            r"(?:[ \t]+(sáng|trưa|chiều|tối|đêm)(?![^\W_]))?"
        ),
    ),
    "minute marks": (
        minute_marks._MINUTE,
        re.compile(r"(?<![\w.,°'’′+\-])(\d{1,3})['’′](?![\w'’′])"),
    ),
    "later item": (  # multi-line, so that '$' closes matches inside an article
        re.compile(one_readings._LATER_ITEM.pattern, re.MULTILINE),
        re.compile(
            r"(?<![^\W_])gồm(?:[ \t]+cả)?[ \t]+một[ \t][^.;:!?\n()]{1,80}?"
            r"(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$",
            re.MULTILINE,
        ),
    ),
    "period": (period_pattern.PERIOD, period_pattern.PERIOD_FLAT),
    "named place": (scope._NAMED, scope._NAMED_FLAT),
    "speaker verb": (attribution._SPEAKER_VERB, attribution._SPEAKER_VERB_FLAT),
    "dates or ages": (
        attribution._DATE_OR_AGE,
        re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d+\s*tuổi"),
    ),
    "place heads": (
        named_places._PLACE_HEAD,
        re.compile(rf"(?<![^\W_])(?i:{named_places._PLACE_HEAD_LIST})(?![^\W_])"),
    ),
    "set score runs": (
        set_scores._SCORE_RUN,
        re.compile(
            rf"(?<![\d/.,–-]){set_scores._PAIR}(?:(?:[ \t]*(?:,|;|và)[ \t]*){set_scores._PAIR})*"
            r"(?![\d/]|[.,]\d|[ \t]*[-–])"
        ),
    ),
    "tennis set runs": (
        layout._SET_RUN,
        re.compile(
            rf"(?<![\d/.,-]){layout._SET}(?:[ \t]*[,;]?[ \t]+\(?{layout._SET}\)?)+"
            r"(?![\d/.,]\d|[-–]\d)"
        ),
    ),
}
CRAFTED = (
    "Số đo 3 vòng (86 - 60 - 91). số đo 3 vòng là: 81-64-89 cm, xsố đo 90-60-90",
    "vòng 86-60-91vòng 80-60-90 cm, Vòng 1 86-60-91, chiến thắng vòng 12-10-11",
    "10x15cm, a10x15cm, 3.10x15cm, /10x15 cm, 150x74,5x7,7 mm, 12345x20 m, 1x2x3x4 m",
    "kích thước 10 X 15 m, 10×15×20cm, 9x9mm2, ,5x5 m, 5x5",
    "Vài năm qua, vài tháng gần đây, mấy năm trở lại đây, Dăm ngày vừa qua, xvài năm qua",
    "Mấy tuần qua; dăm năm gần đây, vài  năm qua, 2vài năm qua, _vài năm qua",
    "từ 4, 5 giờ sáng, dậy 4,5 giờ, 1.4,5 giờ, 14,15 giờ, ,4,5 giờ, 123,45 giờ, 4,5giờx",
    "Kane 22', (1'), 62’ và 90′, 1234', x22', 4.22', +3’, -5', 22'', '7', ٣' và ٣٤'",
    "bao gồm một tin tốt và \ngồm cả một cảnh sát, \nxgồm một tin và \ngồm một (tin) và ",
    "Rằm tháng Giêng, mùng 1 Tết, ÂM LỊCH, 15 AL, 15 ÂL, 15 Â.L, tức ngày, İÊNG ıêng HẠP",
    "Năm học 2023-2024, năm học này, 16 năm qua, năm 2020, xnăm 2020, 6 tháng đầu năm nay",
    "ſáu ngày đầu tháng, MỘT tuần cuối năm 2023, 15 ngày đầu tháng 1/2017, Quý III/2024",
    "trong 6 tháng năm 2017, 10 tháng của năm 2015, Sáu tháng năm nay, 6 tháng năm, 3 tháng của",
    "hai năm trước, VÀI tháng trước, 12 tuần trước, cách đây 3 năm, trước đó, Từ đầu năm",
    "dịp Tết Nguyên Đán, Tết Nguyên đán, kể từ năm 2010, ngày 2/9, tháng 5 năm nay, 1năm",
    "Toàn tỉnh Lạng Sơn, cả nước, TP. Hồ Chí Minh, TP Huế, bà xã Hoa, ông xã, thị trấn Sa Pa",
    "huyện Mỹ Đức, Quận 1, xã Yên Bài, phường 3, aTỉnh Nam, Cả huyện, toàn xã X, Tp.Vinh",
    "ông A cho biết, bà B cho hay: ông cho phóng viên biết, xnói, nói, kểcả, cho PV Tuổi Trẻ biết",
    "Nói, ước tính, _nhận định, nhận xét, nêu rõ; đưa tin, đưa tinh, 3nói, cho rằng, Cho biết",
    "6-4 7-6(5) 6-3, a6-4 6-2; 1.6-4 6-3, –6-4 6-3, 6-4, 3-6 và 7-5 (10-8), 25-23 6-4-, 06-4 6-1",
    "ngày 6.2, 15/10/2019, 1-2-20199, 45 tuổi, 7tuổi, 123 tuổi 1/2, 12/34/5 ٣ tuổi, 3.12.24",
    "thôn 3, Thôn, THÔN, _thôn, athôn, xóm, Khu phố 2, \u212ahu công nghiệp, khuôn, ấp 5, Ấp",
    "tổ dân phố 4, Tổ Dân Phố, trường, trườngx, nhà máy, Nhà Máy, mỏ, MỎ, cảng, Cảng; tàu.",
    "7-6 (7-5) 6-4, ٣-٤ 6-2, /6-4 6-3, 6 - 4 ; 6 - 2 2-0.5 3-1 x 6-4 6-2/ 64-3 6-2 1-2-3",
)


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None], tuple[str | None, ...]]]:
    """Each match's span and groups, named and numbered."""
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", FLAT)
def test_crafted_edges(name: str) -> None:
    rewritten, flat = FLAT[name]
    for text in CRAFTED:
        assert _found(rewritten, text) == _found(flat, text), text
    assert any(_found(flat, text) for text in CRAFTED)  # the rows bite


def test_news_articles() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    found = 0
    for row in islice(iter_open_vnnews(), 1500):
        for name, (rewritten, flat) in FLAT.items():
            expected = _found(flat, row["text"])
            assert _found(rewritten, row["text"]) == expected, (name, row["id"])
            found += len(expected)
    assert found > 10


HINTS = {
    "lunar hint": (lunar._HINT, re.compile(r"(?i:iêng|hạp|lịch|tết|rằm)|AL|ÂL|Â\.L|tức")),
    "list hint": (non_claims._LIST_HINT, re.compile(r"sách|bảng|top", re.IGNORECASE)),
}
"""Hints asked only whether they occur in a window cut out of the text: each opens on a
rarer letter than its first, which it looks for behind, so its matches start later than
the flat form's, but it occurs in every window the flat form occurs in, and only there."""
_HINT_PIECES = (
    *("i", "I", "İ", "ı", "ê", "Ê", "ng", "NG", "h", "H", "ạ", "Ạ", "p", "P", "l", "L", "ị"),
    *("Ị", "ch", "CH", "t", "T", "ế", "Ế", "r", "R", "ằ", "Ằ", "m", "M", "A", "Â", ".", "tứ"),
    *("c", "ức", "s", "S", "ſ", "á", "Á", "b", "B", "ả", "Ả", "o", "O", " ", "x"),
)


@pytest.mark.parametrize("name", HINTS)
def test_hints_occur_where_their_flat_forms_do(name: str) -> None:
    hint, flat = HINTS[name]
    windows = [*CRAFTED, *(text[i : i + 12] for text in CRAFTED for i in range(len(text)))]
    windows += ["".join(run) for run in product(_HINT_PIECES, repeat=2)]
    windows += [
        a + b + c
        for a in _HINT_PIECES
        for b in ("ê", "ạ", "ị", "ế", "ằ", "á", "ả", "o")
        for c in _HINT_PIECES
    ]
    for window in windows:
        assert (hint.search(window) is None) == (flat.search(window) is None), window
    assert any(flat.search(window) for window in windows)  # the rows bite


def test_hints_in_news_windows() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    for row in islice(iter_open_vnnews(), 300):
        text = row["text"]
        for start in range(0, len(text), 37):
            window = text[start : start + 120]
            for name, (hint, flat) in HINTS.items():
                expected = flat.search(window) is None
                assert (hint.search(window) is None) == expected, (name, row["id"], start)


def test_cased_letters_are_every_fold() -> None:
    """``openers.cased`` gives every character the engine folds to each letter that
    opens a case-folded branch of the period pattern or of the place heads."""
    for letter in "mhbnstcvkxpđấ":
        folds = {chr(c) for c in range(0x10000) if re.fullmatch(f"(?i:{letter})", chr(c))}
        assert folds == set(cased(letter)), letter


def test_periods_with_other_digits() -> None:
    """A digit other than 0-9 opens no branch of ``PERIOD``: such a sentence is searched
    with the flat pattern."""
    text = "cách đây ٣ năm, ٣ năm trước và ٦ tháng đầu năm"
    flat = [m.group() for m in period_pattern.PERIOD_FLAT.finditer(text)]
    assert len(flat) == 3
    assert [p.text for p in scope.periods(text, 0, len(text))] == flat
