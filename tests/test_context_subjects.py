"""Claim building: where a claim's subject starts and ends.

Before or after the number, through an identifier, up to the next quantity, a
copula, a list item that heads a new clause; a bracketed count or age names the
noun before it.  Mentions are built by hand (see test_context).
"""

from __future__ import annotations

import pytest
from test_context import mention, subject_of

from claims.extract.context import build_claims
from claims.text import segment


def test_an_age_in_brackets_is_a_claim_about_the_noun_before() -> None:
    text = "Bệnh viện E đã cứu sống một nam thanh niên (32 tuổi) nhập viện do nhồi máu cơ tim."
    claims = build_claims(segment(text), [mention(text, "32 tuổi", "age", value=32, unit="tuổi")])
    assert [c.text for c in claims] == ["32 tuổi"]
    assert claims[0].subject == "nam thanh niên"


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Tỷ lệ hộ nghèo toàn tỉnh chiếm 3,5%.", "3,5%", "percent", "Tỷ lệ hộ nghèo toàn tỉnh"),
        ("Doanh thu đạt 300 tỷ đồng.", "300 tỷ đồng", "money", "Doanh thu"),
        (
            "MIT miễn học phí cho sinh viên thuộc gia đình có thu nhập dưới 200 nghìn USD.",
            "dưới 200 nghìn USD",
            "money",
            "thu nhập",
        ),
        ("Học phí năm nay là 5 triệu đồng.", "5 triệu đồng", "money", "Học phí"),
        ("Cả nước có 3 triệu hộ kinh doanh, tăng mạnh.", "3 triệu", "count", "hộ kinh doanh"),
    ],
)
def test_subject_before_or_after_the_number(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject


def test_an_identifier_stays_inside_the_subject() -> None:
    text = "Trường tuyển 300 học sinh lớp 10 cho năm học mới."
    mentions = [mention(text, "300", "count"), mention(text, "lớp 10", "identifier")]
    claims = build_claims(segment(text), mentions)
    assert [(c.text, c.subject) for c in claims] == [("300", "học sinh lớp 10")]


def test_a_later_quantity_ends_the_subject() -> None:
    text = "Huyện có 300 học sinh và 20 giáo viên."
    claims = build_claims(
        segment(text), [mention(text, "300", "count"), mention(text, "20", "count")]
    )
    assert [c.subject for c in claims] == ["học sinh", "giáo viên"]


@pytest.mark.parametrize(
    ("text", "phrases", "subjects"),
    [
        (
            "Số thí sinh đạt từ 20 điểm trở lên là 107.616 thí sinh.",
            ["từ 20 điểm", "107.616"],
            ["Số thí sinh", "thí sinh"],
        ),
        ("Hà Nội có 300 ca, TP.HCM là 500 ca.", ["300", "500"], ["ca", "ca"]),
        (
            "Mặc dù vốn FDI đạt 1,3 tỷ USD, tỷ lệ giải ngân thấp.",
            ["1,3 tỷ USD"],
            ["vốn FDI"],
        ),
    ],
)
def test_the_subject_before_a_copula_gives_way(
    text: str, phrases: list[str], subjects: list[str]
) -> None:
    kinds = {"1,3 tỷ USD": "money"}
    claims = build_claims(segment(text), [mention(text, p, kinds.get(p, "count")) for p in phrases])
    assert [c.subject for c in claims] == subjects


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subjects"),
    [
        (
            "Đến lượt 3 giám khảo dành hai điểm.",
            ["3", "hai điểm"],
            ["count", "measure"],
            ["giám khảo dành", None],
        ),
        ("Phương tiện chính của ba người chính là tàu điện.", ["ba"], ["count"], ["người"]),
        (
            "Tăng lãi suất ngắn hạn thêm 0,25 điểm.",
            ["0,25 điểm"],
            ["measure"],
            ["lãi suất ngắn hạn"],
        ),
        (
            "Chỉ số tăng 0,1% lên khép phiên ở mức 21.553 điểm.",
            ["0,1%", "21.553 điểm"],
            ["percent", "measure"],
            ["Chỉ số", None],
        ),
    ],
)
def test_a_phrase_right_after_another_quantity_is_not_a_subject(
    text: str, phrases: list[str], kinds: list[str], subjects: list[str | None]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.subject for c in build_claims(segment(text), mentions)] == subjects


def test_a_noun_compound_is_not_cut_at_a_stop_word() -> None:
    text = "Có 2 lý do, 300 người, do không có vé."
    claims = build_claims(
        segment(text), [mention(text, "2", "count"), mention(text, "300", "count")]
    )
    assert [c.subject for c in claims] == ["lý do", "người"]


def test_a_bracketed_count_names_its_own_noun() -> None:
    text = "Quỹ lương của Barca cao hơn Real 50 triệu euro nhưng đội hình (23 người) ít hơn."
    mentions = [mention(text, "50 triệu euro", "money"), mention(text, "23", "count")]
    claims = build_claims(segment(text), mentions)
    assert claims[1].subject == "người"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bố mẹ sinh được 2 người con, nạn nhân là con thứ hai.", "người con"),
        ("Không giữ khoảng cách giữa 2 xe, chuyển làn không có tín hiệu.", "xe"),
        ("Có 144 xã, phường, thị trấn đạt chuẩn.", "xã, phường, thị trấn"),
    ],
)
def test_a_list_item_that_heads_a_new_clause_ends_the_subject(text: str, subject: str) -> None:
    number = next(p for p in ("144", "2") if p in text)
    claims = build_claims(segment(text), [mention(text, number, "count")])
    assert claims[0].subject == subject
