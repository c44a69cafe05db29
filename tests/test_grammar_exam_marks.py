"""Exam marks in a list: the paragraph that introduces the list names the exam, each item
on its own line gives a school and its cut-off mark (``scores._exam_in_paragraph``).  The
feature table cannot hold line breaks, so the list is tested here."""

from __future__ import annotations

from claims.extract.grammar import find_mentions
from claims.model import Mention

_INTRO = "Dưới đây là điểm chuẩn dự kiến của các trường đại học khu vực phía Bắc:"
_ITEMS = [
    "Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm",
    "Đại Học Mỏ Địa Chất (A): Khoảng 19 điểm",
    "Đại Học Thủy Lợi (A, A1): 18 điểm",
]


def _the(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r}; got {[m.text for m in mentions]}"
    return found[0]


def test_a_cut_off_mark_in_a_list_takes_the_exam_of_the_paragraph_introducing_it() -> None:
    for blank in ("\n", "\n\n"):
        mentions = find_mentions(blank.join([_INTRO, *_ITEMS]))
        for text, value in (("Khoảng 19 điểm", 19), ("18 điểm", 18)):
            mark = _the(mentions, text)
            assert (mark.kind, mark.unit, mark.value) == ("measure", "điểm", value)


def test_a_long_paragraph_between_ends_the_list() -> None:
    """The walk back stops at the first paragraph longer than a list item: a mark under a
    long paragraph that names no exam stays a count, whatever the title said."""
    long_paragraph = (
        "Chelsea tiếp tục dẫn đầu với khoảng cách an toàn sau vòng đấu cuối tuần, khi các "
        "đối thủ trực tiếp đều đánh rơi điểm trên sân nhà và sân khách, còn đội bóng của "
        "HLV Conte thắng thuyết phục nhờ lối chơi phòng ngự chắc chắn và phản công sắc bén."
    )
    text = "\n".join([_INTRO, long_paragraph, "Tottenham: 70 điểm"])
    mark = _the(find_mentions(text), "70")
    assert (mark.kind, mark.unit) == ("count", None)


def test_a_list_under_no_exam_stays_counts() -> None:
    text = "\n".join(["Bảng xếp hạng sau vòng 36:", "Chelsea: 84 điểm", "Tottenham: 77 điểm"])
    mark = _the(find_mentions(text), "77")
    assert (mark.kind, mark.unit) == ("count", None)
