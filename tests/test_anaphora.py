"""Counts of two parties named just before (claims.extract.context.anaphora)."""

from __future__ import annotations

import pytest

from claims.extract.context.anaphora import refers_back
from claims.extract.grammar import find_mentions


def _refers_back(text: str, number: str) -> bool:
    start = text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {number!r}"
    return refers_back(text, found[0])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Italy và Hà Lan nhận số phiếu bằng nhau, sau đó hai nước đã thỏa thuận.", "hai"),
        ("Thông và chị T. qua lại. Trong lúc 2 người xô xát, Thông bỏ chạy.", "2 người"),
        ("Hòa và Điệp bị bắt. Tại cơ quan điều tra, hai đối tượng khai nhận.", "hai"),
        ("Khởi My và Kelvin Khánh thừa nhận khoảng thời gian mà hai người yêu nhau.", "hai"),
        ("Nga và Indonesia đàm phán; hợp đồng sẽ được hai nước ký kết.", "hai"),
    ],
)
def test_two_parties_named_before(text: str, number: str) -> None:
    assert _refers_back(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Xe tải đâm xe khách, 2 người bị thương.", "2"),  # no pair named before
        ("Hoa và Dung bị bắt. Tòa xét xử hai bị cáo Lại Văn Tuấn và La Văn Dũng.", "hai"),
        ("Trấn Thành và Cẩm Ly chấm thi. Khán giả nghe ước mơ của 2 ông thầy Ancelotti.", "2"),
        ("Anh Sơn và anh Khánh bị thương, công an tìm được 2 người khác.", "2"),  # after a verb
        ("Hà Nội và Huế có 3 người mắc bệnh.", "3"),  # not two
    ],
)
def test_a_count_said_for_the_first_time_stays(text: str, number: str) -> None:
    assert not _refers_back(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("đạt mục tiêu 10 tỷ USD như lãnh đạo cấp cao hai nước đã nhất trí", "hai"),
        ("Tuyên bố nêu rõ: “Hai nhà lãnh đạo tái khẳng định nhiệm vụ cốt lõi", "Hai"),
        ("các thỏa thuận giữa lãnh đạo cấp cao hai Đảng, hai nước và hai Quốc hội", "hai Đảng"),
        ("Liên đoàn bóng đá 2 nước để chuẩn bị cho giải đấu quan trọng nhất là SEA Games", "2"),
        ("Quan hệ Mỹ - Trung sẽ tiếp tục xu thế đấu tranh. Hai quốc gia duy trì lợi ích", "Hai"),
    ],
)
def test_the_two_sides_of_a_relation_between_states(text: str, number: str) -> None:
    assert _refers_back(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hai nước khác cũng ủng hộ TPP 11 là Singapore và Brunei.", "Hai"),  # named after
        ("thỏa thuận với hai nước có lượng phát thải cao nhất thế giới là Mỹ và Trung Quốc", "hai"),
        ("Điều này dẫn đến việc hình thành 2 quốc gia riêng biệt.", "2"),  # no pair: a count
        ("Sập cần cẩu tại công trường cầu Việt Trì - Ba Vì, hai người tử vong", "hai"),
    ],
)
def test_states_named_after_or_a_dash_between_places_keep_the_count(text: str, number: str) -> None:
    assert not _refers_back(text, number)
