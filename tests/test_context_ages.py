"""The person an age belongs to (claims.extract.context.ages) and the thing a
distance places, on hand-made mentions."""

from __future__ import annotations

import pytest

from claims.extract.context import build_claims
from claims.text import segment
from tests.test_context import mention


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Bé trai 6 tuổi rơi xuống hố.", "6 tuổi", "Bé trai"),
        ("Zosimo Tano, người ngư dân 41 tuổi đã bắt được con cá.", "41 tuổi", "Zosimo Tano"),
        ("Miranda Kerr là siêu mẫu 34 tuổi người Úc.", "34 tuổi", "Miranda Kerr"),
        ("Năm nay 20 tuổi, Ostapenko là tay vợt trẻ.", "20 tuổi", "Ostapenko"),
        ("Nạn nhân là chị Nguyễn Thị Tám, 41 tuổi.", "41 tuổi", "Nguyễn Thị Tám"),
        # A name after a preposition, or a single word mid-sentence, is no apposition.
        ("Theo Simon Peach của Press Association, hậu vệ 21 tuổi ngồi nhà.", "21 tuổi", "hậu vệ"),
        ("Khi vừa đặt chân tới Pháp, nữ diễn viên 35 tuổi đã chào hỏi.", "35 tuổi", "nữ diễn viên"),
        # The age is said of the name before it in its clause, not of the one after.
        ("Messi đã 30 tuổi, Ronaldo 32.", "30 tuổi", "Messi"),
        # A province is where, not who.
        ("Cậu bé 6 tuổi, Hà Nội bị lạc.", "6 tuổi", "Cậu bé"),
        # A dash sets an age off like a comma; a name after it names the noun before.
        ("Sự việc Công chúa Mako - 25 tuổi, con gái cả - gây chú ý.", "25 tuổi", "Mako"),
        ("Công chúa kết hôn với giáo sĩ Kunimaro Senge - 44 tuổi.", "44 tuổi", "Kunimaro Senge"),
        ("Bị xử hòa vì tay đấm 33 tuổi - Eddie đã phạm luật.", "33 tuổi", "Eddie"),
        # With no noun before the age, a capitalised word after a dash opens an item.
        ("Ông Irisawa (trái) năm nay 63 tuổi - Dự kiến sẽ nhận lương.", "63 tuổi", None),
        # "Ở tuổi 32, X" says when, like "Năm nay 20 tuổi, X".
        ("Ở tuổi 32, Ronaldo vẫn ghi bàn.", "tuổi 32", "Ronaldo"),
        # Whoever turns the age stands before the verb.
        ("Bà Đinh Thị Thanh vừa bước sang tuổi 90.", "tuổi 90", "Bà Đinh Thị Thanh"),
        ("Con chưa tròn một tháng tuổi, vợ đã bỏ đi.", "một tháng tuổi", "Con"),
        ("Khi bước sang tuổi 25, Messi đã giành nhiều danh hiệu.", "tuổi 25", "Messi"),
    ],
)
def test_the_person_an_age_belongs_to(text: str, phrase: str, subject: str | None) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "age")])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Vị trí tai nạn cách lề đường khoảng 1m.", "khoảng 1m", "Vị trí tai nạn cách lề đường"),
        (
            "Tiểu hành tinh nằm cách Trái đất 1,6 triệu km.",
            "1,6 triệu km",
            "Tiểu hành tinh nằm cách Trái đất",
        ),
        ("Hắn trốn ở bờ kênh cách đó 10 km.", "10 km", "bờ kênh"),
        ("Khoảng cách hơn 100 m gần như không thấy gì.", "hơn 100 m", "Khoảng cách"),
    ],
)
def test_a_distance_places_the_thing_before_cach(text: str, phrase: str, subject: str) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "measure")])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "subject"),
    [
        (
            "Cách làm: Cho 1 muỗng tinh dầu trà và nước sôi để nguội vào bát.",
            "1 muỗng",
            "thìa",
            "tinh dầu trà",
        ),
        ("Cách làm: Cho 1 thìa mật ong vào cốc nước.", "1 thìa", "thìa", "mật ong"),
    ],
)
def test_the_way_to_make_it_places_nothing(text: str, phrase: str, unit: str, subject: str) -> None:
    """'Cách làm' (the way to make it) heads a recipe; it is no 'cách' (away from)."""
    claims = build_claims(segment(text), [mention(text, phrase, "measure", unit=unit)])
    assert claims[0].subject is not None and claims[0].subject.startswith(subject)
