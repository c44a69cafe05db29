"""A number before two capitalised words starts an address or a title (named_places)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.grammar import find_mentions, named_again


def _kind_of(text: str, number: str) -> str:
    start = text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {number!r} in {text!r}"
    return found[0].kind


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bà Thanh ở ngõ 289 Hoàng Hoa Thám đã có hơn 60 năm gắn với loa.", "289"),
        ("khai thác quỹ đất tại các khu vực 148 Giảng Võ, khu vực Mễ Trì", "148"),
        ("Ngoài ra, “50 Sắc Thái Đen” có sự xuất hiện của nhân vật mới.", "50"),
        ("Loạt phim (“50 Shades Of Grey”) ra mắt năm 2015.", "50"),
        ("Công ty cổ phần vận tải 57 Hà Nội (Thanhcong Car) tham gia.", "57"),
    ],
)
def test_address_or_title_is_an_identifier(text: str, number: str) -> None:
    assert _kind_of(text, number) == "identifier"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Có 3 người bị thương khi xe lao vào nhà.", "3"),  # a lower-case noun: a count
        ("một trong 19 Phó Tổng giám đốc Sacombank", "19"),  # a title, counted
        ("Đội giành 5 FA Cup và 4 League Cup.", "5"),  # an acronym: a trophy, counted
        ("Đội giành 2 Champions League liên tiếp.", "2"),  # Latin words: counted
        ("Giá: Chư Sê 72.000 0  Châu Đức 75.000", " 0 "),  # a cell before the next row
        ("Bảng điểm: Khánh Hòa 4 0 1 3 3 13 1 Nguyễn Đăng", " 1 N"),  # before the byline
    ],
)
def test_count_before_capitals_stays_a_count(text: str, number: str) -> None:
    offset = number.index(number.strip()[0])
    start = text.index(number) + offset
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found and found[0].kind == "count", found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("cơ sở mầm non ở ngõ 120 đường Hoàng Mai để trẻ", "120"),
        ("tại địa chỉ số 25A, ngõ 8, ngách 379 trên đường Đội Cấn", "379"),
        ("Kiệt 12 Lê Duẩn bị ngập sâu.", "12"),
        ("tại ngã 3 sông Hồng về đền Trần", "3"),
    ],
)
def test_alley_or_junction_number_is_an_identifier(text: str, number: str) -> None:
    assert _kind_of(text, number) == "identifier"


def test_junction_word_is_no_number() -> None:
    assert find_mentions("Khi đến đoạn ngã ba giao nhau với đường Ecopark, xe rẽ.") == []
    assert find_mentions("Thị trường đang ở ngã tư đường trong ngắn hạn.") == []


def test_a_fall_still_counts() -> None:
    assert _kind_of("Cháu bé bị ngã 2 lần trong tuần.", "2") == "count"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Sự việc xảy ra tại Trường Mầm non Sen Vàng, cơ sở 2 ở Minh Khai.", "2", "identifier"),
        ("Dự án Nhà máy Nhiệt điện Thái Bình 1 được khởi công năm 2015.", "1", "identifier"),
        ("Ban Chỉ đạo Đề án 896 cấp tỉnh có nhiệm vụ", "896", "identifier"),
        ("Công ty có 3 cơ sở 2 tầng.", "2", "count"),  # a counted noun follows
        ("Tổng công ty đã giảm 3 đơn vị.", "3", "count"),  # a verb between: no name
    ],
)
def test_number_ending_a_plant_fleet_or_project_name(text: str, number: str, kind: str) -> None:
    assert _kind_of(text, number) == kind


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("chiếc lắc 2 chỉ vàng 24K của bà Nga", "24K", "identifier"),
        ("phiên bản vàng trắng 18k nạm kim cương", "18k", "identifier"),
        ("hỗ trợ quay video 8K trong ba năm tới", "8K", "identifier"),
        ("Chiếc khăn giá 120k.", "120k", "money"),  # a thousand (đồng, a price), no gold
        ("lương 24k một giờ", "24k", "count"),
        ("quay video 4k cho vui", "4k", "count"),  # a lower-case k: a thousand
    ],
)
def test_glued_k_as_karat_or_resolution(text: str, number: str, kind: str) -> None:
    assert _kind_of(text, number) == kind


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Hội nghị Thủ tướng với doanh nghiệp lần thứ nhất được tổ chức", "thứ nhất", "identifier"),
        ("Ông phát biểu tại Đối thoại Shangri-La lần thứ 16.", "thứ 16", "identifier"),
        ("Hội thi hợp xướng quốc tế lần thứ 5 tại Việt Nam", "thứ 5", "identifier"),
        ("sự kiện giao lưu cấp cao biên giới Việt - Trung lần thứ 4.", "thứ 4", "identifier"),
        ("Phạm Băng Băng là giám khảo của LHP lần thứ 70 này", "thứ 70", "identifier"),
        # an acronym the text names as an event's elsewhere
        (
            "Cuộc thi viết thư quốc tế UPU 46 đã bắt đầu. Bài viết thư UPU lần thứ 46 rõ ràng.",
            "thứ 46 rõ",
            "identifier",
        ),
        (
            "Hội nghị APPF lần thứ 26. Với vai trò chủ nhà của APPF lần thứ 25, Fiji",
            "thứ 25",
            "identifier",
        ),
        # an organisation acting again, a dialogue tried again: the times are counted
        ("Quyết định nâng lãi suất của FED lần thứ 2 trong vòng 3 tháng", "thứ 2", "ordinal"),
        ("ông chủ FLC lần thứ 3 phải trả lại vị trí", "thứ 3", "ordinal"),
        ("xã tổ chức đối thoại lần thứ nhất giữa công ty và bà Oanh", "thứ nhất", "ordinal"),
        ("trở về TP.HCM lần thứ hai.", "thứ hai", "ordinal"),
    ],
)
def test_edition_of_a_named_event(text: str, number: str, kind: str) -> None:
    assert _kind_of(text, number) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đội hình xuất phát: Atletico (4-4-2): Oblak; Real (4-3-3): Navas", ["4-4-2", "4-3-3"]),
        ("Juventus vẫn chơi với sơ đồ quen thuộc là 3-5-2 nhưng", ["3-5-2"]),
    ],
)
def test_a_football_formation_is_an_identifier(text: str, expected: list[str]) -> None:
    found = [(m.text, m.kind) for m in find_mentions(text)]
    assert found == [(code, "identifier") for code in expected]


def test_three_small_numbers_not_adding_up_to_ten_read_as_before() -> None:
    found = [(m.text, m.kind) for m in find_mentions("Hôm đó, ngày 2-3-4 người đến.")]
    assert found == [("ngày 2-3", "date"), ("4", "count")]


def test_a_bookmakers_handicap_is_an_identifier() -> None:
    text = (
        "21:30 11/2 RB Leipzig - Hamburg (0 : 1) 22:15 11/2 Alavés - Barcelona (1 1/2 : 0) "
        "0:30 12/2 Liverpool - Tottenham (0 : 1/4) Đức chấp đồng banh (0: 1/4)"
    )
    odds = [m.text for m in find_mentions(text) if m.kind == "identifier"]
    assert odds == ["0 : 1", "1 1/2 : 0", "0 : 1/4", "0: 1/4"]
    assert [m.kind for m in find_mentions(text) if m.kind not in ("identifier",)] == [
        "time", "date", "time", "date", "time", "date"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Đội thắng với tỷ lệ (2 : 1) phiếu bầu", "tỷ lệ (0 : 5 người)"],
)
def test_no_handicap_without_a_side_at_zero_and_a_closing_bracket(text: str) -> None:
    assert all(m.kind == "count" for m in find_mentions(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Đứng thứ 5 là Paul Pogba của MU. 4) Sanchez (Arsenal) qua người thành công.", "4)"),
        ("theo hướng: (1) Thực hiện quyền; (2) Phê duyệt và giám sát", "2)"),
        ("mỗi ngày uống 4 gói. (2) Hoàng kỳ sống 15g, sinh địa 30g", "2)"),
    ],
)
def test_a_bracketed_list_label_is_an_identifier(text: str, label: str) -> None:
    assert _kind_of(text, label) == "identifier"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Có 3 người (2 nam) Tuy nhiên", "2"),  # inside a bracket, mid-sentence
        ("Hai đội hòa 1-1. 2) đội khách", "2"),  # no capital after: no item opens
    ],
)
def test_a_number_before_a_bracket_mid_sentence_still_counts(text: str, number: str) -> None:
    start = text.index(f"{number})") if f"{number})" in text else text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found and found[0].kind == "count"


_NAMED_BA = (
    "Giữa Võ Hữu Ba và anh Triển xảy ra mâu thuẫn khi Ba rào đất. Trong lúc xô xát, Ba bị "
    "đánh. Bị cáo Ba bật khóc. Ba vừa mãn hạn tù. Ba đối tượng bị bắt."
)


def test_a_number_word_the_text_uses_as_a_full_name_names_the_person() -> None:
    counts = [m.text for m in find_mentions(_NAMED_BA) if m.kind == "count"]
    # the three inside a sentence are the man; a sentence may open with him or with a count
    assert counts == ["Ba", "Ba"]


@pytest.mark.parametrize(
    "text",
    [
        "trong vấn đề Biển Đông Hai học giả Ryan Martinson nhận xét",  # no surname: no name
        "Nguyễn Văn Ba đến. Cả nhóm có ba người.",  # lower case: a count
    ],
)
def test_no_name_read_without_a_full_name_or_a_capital(text: str) -> None:
    assert any(m.kind == "count" and m.value in (2, 3) for m in find_mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mở địa chỉ IP 192.168.1.1. Ngay lập tức", [("192.168.1.1", "identifier")]),
        ("phiên bản 131.0.0.29.69 dành cho Android", [("131.0.0.29.69", "identifier")]),
        # every inner group of three digits: a number, however long
        ("trốn thuế 2.067.950.314 đồng", [("2.067.950.314 đồng", "money")]),
        ("ngày 6.2.2017", [("ngày 6.2.2017", "date")]),
    ],
)
def test_an_address_or_a_version_in_dotted_groups(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.kind) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "number", "named"),
    [
        ("2 công ty đã nộp đơn lên Tòa phúc thẩm khu vực 9 ở San Francisco", "9", True),
        ("bà H. trú ở tổ 19, khu vực 5, phường Thủy Xuân", "5", True),
        ("Chi cục Hải quan cảng Sài Gòn khu vực 1 cho biết", "1", True),
        ("cấp nước sạch cho khu vực 5 phường thuộc vùng Đông", "5", False),  # wards
        ("chống sạt lở tại khu vực 40 móng biệt thự không phép", "40", False),
        ("giá quanh khu vực 1990-2002 Usd/tấn", "1990", False),  # a price range
    ],
)
def test_an_areas_number_names_it(text: str, number: str, named: bool) -> None:
    assert (_kind_of(text, number) == "identifier") is named


def _kind_at(text: str, marked: str) -> str:
    """The kind of the mention at the last occurrence of ``marked`` in ``text``."""
    start = text.rindex(marked)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {marked!r} in {text!r}"
    return found[0].kind


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # named with "số", written again after the same noun (named_again)
        ("Trâu số 18 húc chết chủ. Khi trâu 18 lao tới, anh Vũ lùi lại.", "18"),
        ("Chủ trâu số 23 kể lại. Trâu điên 18 húc chết chủ; chủ trâu 23 thoát.", "23"),
        ("Xe buýt tuyến số 50 có 40 chỗ. Transerco thay xe cho tuyến buýt 50.", "50"),
    ],
)
def test_a_number_named_with_so_is_named_again(text: str, marked: str) -> None:
    assert _kind_at(text, marked) == "identifier"


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # a counted noun after the number: a count, named or not
        ("Trâu số 18 thắng. Anh nuôi trâu 18 con bò nữa.", "18"),
        # the number after a different noun: not the named thing
        ("Trâu số 18 thắng. Sau đó đội có thêm 18 tuyển thủ.", "18"),
        # 'trong số 30' names nothing: a count, and 'trong 30' stays one too
        ("Trong số 30 người, chỉ 2 người về. Trong 30 người ấy có bà Lan.", "30"),
    ],
)
def test_a_count_is_not_named_again(text: str, marked: str) -> None:
    assert _kind_at(text, marked) == "count"


_SO_PIECES = [
    *("số", "Số", "sốt", "trâu", "Trâu", "chọi", "tuyến", "x5", "a_b", "²", "18", "5,5"),
    *("2019", "12345", " ", "  ", "\t", ",", ".", "(", "\n", "con", "trong", "ở"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SO_PIECES), max_size=16), st.booleans())
def test_named_with_so_finds_what_finditer_finds(pieces: list[str], spaced: bool) -> None:
    text = " ".join(pieces) if spaced else "".join(pieces)
    expected = [(m.span(), m.groups()) for m in named_again._NAMED_WITH_SO.finditer(text)]
    assert [(m.span(), m.groups()) for m in named_again.named_with_so(text)] == expected, text


def test_named_with_so_finds_runs_of_so() -> None:
    for text in ("A số số 12", "A số B số 12 C số 3", "A số 5 số 6", "x số  \t 7, y z số 8"):
        expected = [(m.span(), m.groups()) for m in named_again._NAMED_WITH_SO.finditer(text)]
        assert expected, text
        assert [(m.span(), m.groups()) for m in named_again.named_with_so(text)] == expected
