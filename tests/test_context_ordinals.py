"""The noun an ordinal ranks (claims.extract.context.ordinals), on hand-made mentions."""

from __future__ import annotations

import pytest

from claims.extract.context import build_claims
from claims.text import segment
from tests.test_context import mention


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Kante trở thành cầu thủ thứ 18 cùng lúc giành 2 danh hiệu.", "thứ 18", "cầu thủ"),
        # The noun inside the mention.
        ("Họa sỹ đã đoạt giải Ba cho tác phẩm tranh tường.", "giải Ba", "giải"),
        ("Chi cục lại gửi mẫu thử nghiệm (lần 3) tại Trung tâm.", "lần 3", "lần"),
        # "lần" after a noun ranks that noun: the third interview.
        ("Sau cuộc phỏng vấn chính thức lần 3, em Huy trở về.", "lần 3", "phỏng vấn chính thức"),
        # A time noun right before the number.
        ("Phút 21, Ronaldo sút phạt dội xà ngang.", "21", "Phút"),
        # A ranking verb and its modals: the thing before them.
        ("Boro kém 7 điểm so với đội đang xếp thứ 17.", "thứ 17", "đội"),
        ("Họ đứng thứ 3 ở bảng A với 4 điểm.", "thứ 3", "Họ"),
        ("Tuyển Việt Nam được đánh giá cao, nhưng lại xếp thứ 3.", "thứ 3", None),
        # After "là" the time ranks the event the clause after it tells.
        ("Đây là lần thứ 33 Real vô địch La Liga.", "thứ 33", "Real vô địch La Liga"),
        (
            "Đây là lần thứ hai, Xa Thi Mạn quay lại Việt Nam.",
            "lần thứ hai",
            "Xa Thi Mạn quay lại Việt Nam",
        ),
        ("Đây là lần thứ 4 kể từ năm 2005.", "thứ 4", "lần"),
    ],
)
def test_the_noun_an_ordinal_ranks(text: str, phrase: str, subject: str | None) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "ordinal")])
    assert claims[0].subject == subject


def test_a_second_rank_joined_to_the_first_ranks_the_same_noun() -> None:
    text = "Đây là các đường chuyền thành bàn thứ 10 và 11 của Fabregas."
    claims = build_claims(
        segment(text), [mention(text, "thứ 10", "ordinal"), mention(text, "11", "ordinal")]
    )
    assert [c.subject for c in claims] == ["đường chuyền thành bàn", "đường chuyền thành bàn"]
