"""Claim building: subjects the fourth development set (dev4) found read wrong,
one cause per test, each a form that recurs in the news corpus.  Mentions are
built by hand (see test_context).
"""

from __future__ import annotations

import pytest
from test_context import mention, subject_of

from claims.extract.context import build_claims
from claims.text import segment


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Tỷ giá ở mức 6,8849 nhân dân tệ, tương đương mức giảm 0,36% so với phiên trước.",
            "0,36%",
            "percent",
            "mức giảm",
        ),
        ("Két tiền giảm so với mức giảm 513 tỷ USD.", "513 tỷ USD", "money", "mức giảm"),
        ("Số người giàu có đạt mức tăng 56%.", "56%", "percent", "mức tăng"),
        ("Nhiệt độ tại Hà Nội đạt ngưỡng 42 độ C.", "42 độ C", "measure", "Nhiệt độ"),
        ("Dự trữ đã vượt mốc 3 nghìn tỷ USD.", "3 nghìn tỷ USD", "money", "Dự trữ"),
    ],
)
def test_a_change_size_or_a_placeholder_is_no_verb(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Con số này tăng lên 500.000 bảng.", "500.000 bảng", "money", "Con số này"),
        (
            "Được biết chi phí cho cảnh quay này lên đến 7 tỷ đồng.",
            "lên đến 7 tỷ đồng",
            "money",
            "chi phí cho cảnh quay này",
        ),
        ("Chùm này nặng 1,2kg, quả dày khít.", "1,2kg", "measure", "Chùm này"),
        # Read later, a pointer ends another phrase: "Sau đó" is no subject.
        ("Sau đó giảm 5% trong tháng.", "5%", "percent", None),
    ],
)
def test_a_pointer_read_first_closes_the_phrase_before_it(
    text: str, phrase: str, kind: str, subject: str | None
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subject"),
    [
        # A count inside the phrase before a copula: read through it, from the property.
        (
            "Luật sư đòi bồi thường chi phí đầu tư 6 vở kịch là 430 triệu đồng.",
            ["6", "430 triệu đồng"],
            ["count", "money"],
            "chi phí đầu tư 6 vở kịch",
        ),
        (
            "Bà rút lại 2 yêu cầu về khoản bù lỗ tiền diễn viên là 96 triệu đồng.",
            ["2", "96 triệu đồng"],
            ["count", "money"],
            "khoản bù lỗ tiền diễn viên",
        ),
        # What the clause's subject has ("đều có"), after another quantity.
        (
            "Các trụ bơm dầu DO 0,05% đều có sai số trung bình là 6%.",
            ["0,05%", "6%"],
            ["percent", "percent"],
            "sai số trung bình",
        ),
    ],
)
def test_a_quantity_inside_the_phrase_before_a_copula_is_read_through(
    text: str, phrases: list[str], kinds: list[str], subject: str
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert build_claims(segment(text), mentions)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kinh phí làm bộ phim “Hai Phượng” là 20 tỷ đồng.", "Kinh phí làm bộ phim “Hai Phượng”"),
        # One quoted word is irony, no title: it ends the reading as before.
        ('Mức lương của anh ở đội "chỉ" là 220 nghìn bảng.', None),
    ],
)
def test_a_quoted_title_belongs_to_the_phrase_before_a_copula(
    text: str, subject: str | None
) -> None:
    phrase = "20 tỷ đồng" if "20 tỷ" in text else "220 nghìn bảng"
    claims = build_claims(segment(text), [mention(text, phrase, "money")])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Quốc hội yêu cầu bà hoàn trả lại khoản tiền 300.000 euro.", "300.000 euro", "khoản tiền"),
        # "khoản" of "điều khoản", "tài khoản", "chuyển khoản" is no property.
        (
            "Anh có điều khoản giải phóng lên tới 86 triệu bảng.",
            "86 triệu bảng",
            "điều khoản giải phóng",
        ),
    ],
)
def test_khoan_names_an_amount(text: str, phrase: str, subject: str) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "money")])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subjects"),
    [
        (
            "Forbes xếp sau Bill Gates (89,4 tỷ USD) và Jeff Bezos (84,8 tỷ USD).",
            ["89,4 tỷ USD", "84,8 tỷ USD"],
            ["money", "money"],
            ["Bill Gates", "Jeff Bezos"],
        ),
        ("Giá vé (50.000 đồng) khá rẻ.", ["50.000 đồng"], ["money"], ["Giá vé"]),
        # Right after a value, the bracket restates it.
        (
            "Điện thoại có giá bán 479 USD (10 triệu đồng).",
            ["479 USD", "10 triệu đồng"],
            ["money", "money"],
            ["giá bán", "giá bán"],
        ),
        # A value of the same item before the bracket: a restatement too.
        (
            "Tòa nhà trị giá 13 tỷ đô la Hồng Kông (37,9 nghìn tỷ đồng).",
            ["37,9 nghìn tỷ đồng"],
            ["money"],
            [None],
        ),
        # More inside the brackets: the value's own noun follows it.
        (
            "Công ty Đức Bổn (100% vốn Đài Loan) khai trương.",
            ["100%"],
            ["percent"],
            ["vốn Đài Loan"],
        ),
        # Items of a list whose property the clause named keep it.
        (
            "Tỷ lệ đỗ đạt trên 90% như Quảng Ninh (96,7%), Hưng Yên (97,42%).",
            ["trên 90%", "96,7%", "97,42%"],
            ["percent", "percent", "percent"],
            ["Tỷ lệ đỗ", "Tỷ lệ đỗ", "Tỷ lệ đỗ"],
        ),
    ],
)
def test_an_amount_bracketed_after_a_name_is_its(
    text: str, phrases: list[str], kinds: list[str], subjects: list[str | None]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.subject for c in build_claims(segment(text), mentions)] == subjects


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Liên hợp quốc dự báo kinh tế Nga sẽ tăng 1% năm 2017.",
            "1%",
            "percent",
            "kinh tế Nga",
        ),
        ("Nghiên cứu cho biết tỷ lệ này khoảng 60%.", "khoảng 60%", "percent", "tỷ lệ này"),
        ("Real cho rằng mức giá 3 triệu euro quá cao.", "3 triệu euro", "money", "mức giá"),
        ("Người ta tin rằng chân sút 28 tuổi đã tính đến tương lai.", "28 tuổi", "age", "chân sút"),
    ],
)
def test_a_verb_of_saying_ends_the_phrase_read_before_the_value(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Tổng cộng có 4.608 mục tiêu bị tiêu diệt kể từ ngày 1/1.",
            "4.608",
            "count",
            "mục tiêu bị tiêu diệt",
        ),
        ("Đồng USD đã giảm 3% kể từ ngày 3/1.", "3%", "percent", "Đồng USD"),
    ],
)
def test_ke_tu_ends_a_forward_reading(text: str, phrase: str, kind: str, subject: str) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        (
            "Nhiệt độ cao nhất trong ngày phổ biến 37-39 độ C.",
            "37-39 độ C",
            "Nhiệt độ cao nhất trong ngày",
        ),
        ("Với nhiệt độ lúc 13h phổ biến 37-39 độ C.", "37-39 độ C", "nhiệt độ"),
        ("Lượng mưa phổ biến từ 40-60mm.", "từ 40-60mm", "Lượng mưa"),
        # "bằng" of "đồng bằng" is no copula: the phrase is not cut before it.
        ("Nhiệt độ ở vùng đồng bằng phổ biến 13-16 độ C.", "13-16 độ C", "vùng đồng bằng"),
    ],
)
def test_pho_bien_is_a_hedge(text: str, phrase: str, subject: str) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "measure")])
    assert claims[0].subject == subject


def test_trailing_adverbs_are_dropped() -> None:
    text = "Chuyên gia cho biết lãi suất cho vay rất 7%."
    claims = build_claims(segment(text), [mention(text, "7%", "percent")])
    assert claims[0].subject == "lãi suất cho vay"


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subject"),
    [
        # ", còn N": what is left of the amount that moved.
        (
            "Dự trữ đã giảm 12,3 tỷ USD trong tháng 1, mạnh hơn dự báo, còn 2,998 nghìn tỷ USD.",
            ["12,3 tỷ USD", "2,998 nghìn tỷ USD"],
            ["money", "money"],
            "Dự trữ",
        ),
        # A change of another item between: not the same amount.
        (
            "Phải thu tăng 31,6%, lên 4.424 tỷ đồng, hàng tồn kho giảm nhẹ, còn 8.244 tỷ đồng.",
            ["31,6%", "4.424 tỷ đồng", "8.244 tỷ đồng"],
            ["percent", "money", "money"],
            None,
        ),
        # Before a count "còn" sets another group apart.
        (
            "Đã có 6 bệnh nhân tử vong, còn 12 bệnh nhân đã qua cơn nguy kịch.",
            ["6", "12"],
            ["count", "count"],
            "bệnh nhân",
        ),
        # ", tương đương N" after a noun and no value: that noun's value.
        (
            "Ông đã quyên tặng một lượng cổ phiếu của Berkshire, tương đương 3,17 tỷ USD.",
            ["3,17 tỷ USD"],
            ["money"],
            "lượng cổ phiếu của Berkshire",
        ),
    ],
)
def test_what_is_left_or_restated_after_a_comma(
    text: str, phrases: list[str], kinds: list[str], subject: str | None
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert build_claims(segment(text), mentions)[-1].subject == subject


def test_tu_thien_is_one_noun() -> None:
    text = "Có 4 quỹ từ thiện còn lại."
    claims = build_claims(segment(text), [mention(text, "4", "count")])
    assert claims[0].subject == "quỹ từ thiện"


@pytest.mark.parametrize(
    ("text", "part", "whole", "subject"),
    [
        ("Tại buổi kiểm tra, 3 trong số 6 trụ bơm đều có sai số.", "3", "6", "trụ bơm"),
        (
            "Có 43 trong tổng số 108 trường THPT công lập đã thay đổi.",
            "43",
            "108",
            "trường THPT công lập",
        ),
    ],
)
def test_a_part_among_a_whole_counts_what_the_whole_counts(
    text: str, part: str, whole: str, subject: str
) -> None:
    mentions = [mention(text, part, "count"), mention(text, whole, "count")]
    assert [c.subject for c in build_claims(segment(text), mentions)] == [subject, subject]
