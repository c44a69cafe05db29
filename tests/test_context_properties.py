"""The subject a property noun gives the measure or price right after it
(claims.extract.context.properties), on hand-made mentions."""

from __future__ import annotations

import pytest

from claims.extract.context import build_claims
from claims.text import segment
from tests.test_context import mention, subject_of


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        # The property before the value wins over the words after it.
        ("Động cơ V12 DOHC 6,75 lít phun xăng điện tử.", "6,75 lít", "measure", "Động cơ V12 DOHC"),
        (
            "Nhà máy có công suất gần 7.000 tấn vải mỗi năm.",
            "gần 7.000 tấn",
            "measure",
            "công suất",
        ),
        # No property before: a verb stands there, and the thing measured follows.
        ("Đội quản lý thị trường tịch thu 3.031 kg thực phẩm.", "3.031 kg", "measure", "thực phẩm"),
        # Words before the property are dropped: as often a verb as a noun.
        (
            "Bị cáo chiếm đoạt của Nhà nước số tiền hơn 249 tỷ đồng.",
            "hơn 249 tỷ đồng",
            "money",
            "số tiền",
        ),
        (
            "Các cơ sở bị phạt với tổng số tiền gần 7 tỷ đồng.",
            "gần 7 tỷ đồng",
            "money",
            "tổng số tiền",
        ),
        # A bare price word "had" by a noun prices that noun.
        (
            "Chiếc túi Chanel có giá khoảng 120 triệu.",
            "khoảng 120 triệu",
            "money",
            "Chiếc túi Chanel có giá",
        ),
        ("Trước đó, OnePlus 3 chỉ có giá 399 USD.", "399 USD", "money", "OnePlus 3 chỉ có giá"),
        # A price word after a noun keeps the noun priced.
        (
            "Anh mua một khẩu súng bắn bi giá 500.000 đồng.",
            "500.000 đồng",
            "money",
            "khẩu súng bắn bi giá",
        ),
        (
            "Số kim cương có giá trị lên đến 6 triệu đô.",
            "lên đến 6 triệu đô",
            "money",
            "Số kim cương có giá trị",
        ),
        # The owner is not part of the subject (claims.rules.owners reads it).
        (
            "Theo thống kê, căn nhà nhỏ nhất tại Hong Kong có diện tích 6m2.",
            "6m2",
            "measure",
            "diện tích",
        ),
        (
            "Elizabeth Turner sở hữu chiều cao 1m78.",
            "1m78",
            "measure",
            "chiều cao",
        ),
        (
            "MIT miễn học phí cho sinh viên thuộc gia đình có thu nhập dưới 200 nghìn USD.",
            "dưới 200 nghìn USD",
            "money",
            "thu nhập",
        ),
        # A measure property does not name a money amount, nor the other way round.
        ("Nông dân vay vốn đầu tư trồng mới gần 3 ha tiêu.", "gần 3 ha", "measure", "tiêu"),
    ],
)
def test_a_property_named_before_the_value(text: str, phrase: str, kind: str, subject: str) -> None:
    assert subject_of(text, phrase, kind) == subject


def test_a_property_after_another_measure_is_the_next_dimension() -> None:
    text = "Cột bê tông cao 7,4m đường kính 6,4m được vẽ tranh."
    claims = build_claims(
        segment(text), [mention(text, "7,4m", "measure"), mention(text, "6,4m", "measure")]
    )
    assert [c.subject for c in claims] == ["Cột bê tông", "đường kính"]


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        (
            "Đến năm 2020 sẽ có hơn 45.000 nhà ở xã hội được xây dựng.",
            "hơn 45.000",
            "nhà ở xã hội được xây dựng",
        ),
        ("Anh có 2 căn nhà ở Hà Nội.", "2", "căn nhà"),
        (
            "Juve có chuỗi 22 trận bất bại trên sân nhà ở Champions League.",
            "22",
            "trận bất bại trên sân nhà",
        ),
        ("Công ty đạt 500 tỷ đồng lợi nhuận sau thuế.", "500 tỷ đồng", "lợi nhuận sau thuế"),
    ],
)
def test_nouns_made_with_a_stop_word_are_read_whole(text: str, phrase: str, subject: str) -> None:
    kind = "money" if "đồng" in phrase else "count"
    assert subject_of(text, phrase, kind) == subject


def test_a_counted_noun_before_co_gia_is_a_modifier_s() -> None:
    text = "Bản trang bị 4 bánh có giá 1,936 tỷ đồng."  # "dẫn động 4 bánh" is a kind (specs)
    mentions = [mention(text, "4", "count"), mention(text, "1,936 tỷ đồng", "money")]
    assert build_claims(segment(text), mentions)[1].subject == "giá"
