"""Numbers whose print was damaged in the corpus: lost superscripts, stray spaces."""

from __future__ import annotations

import pytest

from claims.extract.grammar import find_mentions
from claims.model import Mention


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.unit) for m in find_mentions(text)]


def _at(text: str, piece: str) -> Mention:
    start = text.index(piece)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {piece!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("mua một lô đất có diện tích 198 m 2 từ năm 2003", "198 m 2", "m2"),
        ("bình quân đạt 25m 2 /người", "25m 2 /người", "m2/người"),
        ("khai thác 700.000 m 3 nước mỗi năm", "700.000 m 3", "m3"),
        ("diện tích đạt 8 km 2 .", "8 km 2", "km2"),
        ("động cơ xăng, dung tích 1.497 cm 3 588.000.000", "1.497 cm 3", "cm3"),
        ("dung tích 2694 cm3 giá", "2694 cm3", "cm3"),
        ("Tây Ninh 21 0 C, Long Khánh 19,5 0 C.", "21 0 C", "°C"),
        ("Ba Tri 21,4 0 C.", "21,4 0 C", "°C"),
        ("thay vì bật xuống 16oC rồi tắt", "16oC", "°C"),
        ("nhiệt độ thấp nhất từ 21 - 24 o C.", "từ 21 - 24 o C", "°C"),
        ("nơi cao nhất 35ºC.", "35ºC", "°C"),
    ],
)
def test_lost_superscript_is_part_of_the_unit(text: str, span: str, unit: str) -> None:
    """The exponent or degree sign printed as a spaced '2', '3' or '0' is no count of its own."""
    mention = _at(text, span)
    assert (mention.text, mention.kind, mention.unit) == (span, "measure", unit)
    assert [m for m in find_mentions(text) if m.start >= mention.end and m.text in "230"] == []


def test_lost_superscript_in_a_rate() -> None:
    (price,) = find_mentions("giá 14 triệu đồng/m 2 thì")
    assert (price.text, price.unit, price.per) == ("14 triệu đồng/m 2", "VND", "m2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-digit number after the metres is a count of its own, not an exponent
        ("đứng cách 5 m 23 người", [("5 m", "measure", "m"), ("23", "count", None)]),
        # a plate is no temperature
        ("xe biển kiểm soát 60C-2937 chạy", [("60C-2937", "identifier", None)]),
    ],
)
def test_no_superscript_read_where_none_was_lost(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("công suất tiêu thụ điện đạt mức 29 .306 MW, lượng", "29 .306 MW", 29306),
        ("đã tăng hơn 1 .0 00 MW, tức là", "hơn 1 .0 00 MW", 1000),
        ("miền Bắc đạt mức 13 .141 MW và", "13 .141 MW", 13141),
        ("Với trọng lượng 3. 600 tấn, dài 118 mét", "3. 600 tấn", 3600),
    ],
)
def test_stray_space_in_a_thousands_group_is_one_number(text: str, span: str, value: int) -> None:
    mention = _at(text, span)
    assert (mention.text, mention.kind, mention.value) == (span, "measure", value)


def test_stray_space_before_a_range_ends_last_digit() -> None:
    text = "nhiệt độ cao nhất trong ngày lên đến 39-4 0 độ C. Điều này"
    (heat,) = find_mentions(text)
    assert (heat.text, heat.lower, heat.upper, heat.unit) == ("lên đến 39-4 0 độ C", 39, 40, "°C")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date and a time, or a date and a count: no point with a stray space
        ("Lịch thi đấu ngày 1.6 16h00: Hà Nội", ["ngày 1.6", "16h00"]),
        ("ngày 1.6 16 người", ["ngày 1.6", "16"]),
        # the joined end would not pass the first: two numbers
        ("giá 300-2 5 USD", ["300", "2", "5 USD"]),
    ],
)
def test_no_number_joined_across_a_real_gap(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Khoảng 9h sáng 1/6, hàng chục người dân tụ tập", "1/6", "date"),
        ("vào lúc 19 giờ 30 phút tối 5/7, thi thể được tìm thấy", "5/7", "date"),
        ("chung kết giữa Real và Juventus (1h45, 4/6), toàn đội", "4/6", "date"),
        # a share after a time: a noun follows, no date closes there
        ("lúc 8h, 1/2 số người đã về", "1/2", "fraction"),
    ],
)
def test_a_day_and_month_after_a_time_of_day(text: str, span: str, kind: str) -> None:
    assert _at(text, span).kind == kind


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Giá vàng hôm nay 4/6 tăng nhẹ", "4/6", "date"),
        ("Sáng nay 2/6, hơn 70 nghìn học sinh", "2/6", "date"),
        ("vào ngày hôm qua 2/7. Theo thông tin", "2/7", "date"),
        ("vở kịch diễn ra vào tối nay 13.5. Tham gia", "13.5", "date"),
        ("hiện nay 2/3 dân số sống ở nông thôn", "2/3", "fraction"),  # no day named before
    ],
)
def test_a_day_and_month_after_today_tomorrow_or_yesterday(text: str, span: str, kind: str) -> None:
    assert _at(text, span).kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sai lầm của Lloris ở phút 90+3. Tại bảng A", [("phút 90+3", 93)]),
        ("ở phút 45 + 1, Sau khi", [("phút 45 + 1", 46)]),
        # 'phút 30 + 20 người': more than a half's added time, and a count
        ("phút 30 + 20 người", [("phút 30", 30), ("20", 20)]),
    ],
)
def test_added_time_is_one_minute_of_the_match(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.text, m.value) for m in find_mentions(text)] == expected
