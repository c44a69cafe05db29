"""Thresholds that draw a class of things, as rules and tallies do: no claim of their own.

- **"từ X trở lên".** "dự án sử dụng từ 500 lao động trở lên", "tài sản có giá trị từ
  năm trăm triệu đồng trở lên", "Nam từ 20 tuổi trở lên", "2.800 người đi khám từ 50
  lần trở lên": the number says which projects, goods, people are meant (those at or
  over it), not how much there is of anything; the claim, if any, is the size of the
  class ("2.800 người"). After a word of change or comparison the same words state a
  figure ("tăng giá vé từ 50% trở lên", "lên mức từ 4,1 triệu đồng trở lên", "dao động
  từ 20 trở lên", "giá thấp nhất là từ 150 triệu đồng trở lên"): those stay claims.
- **"X trở xuống".** "ô tô chở người từ 9 chỗ trở xuống", "19 loại ô tô lắp ráp trong
  nước 9 chỗ ngồi trở xuống", "hộ kinh doanh … từ 20 - 30 lao động trở xuống", "bán theo
  hộp với khối lượng 100 g trở xuống": a ceiling that draws a class ("and below"); the
  same words after a change stay a figure, as with 'trở lên'.  Also a rank's bound on a
  class: "những đội bóng xếp từ hạng 16 trở xuống", "BV từ hạng 1 trở lên".
- **A one-sided threshold per class.** "có giá trị dưới 30 tỷ đồng đối với các thành
  phố trực thuộc Trung ương; dưới 10 tỷ đồng đối với các tỉnh miền núi", "không nhỏ hơn
  6,0 đối với trình độ ĐH": a bound below or above which a rule applies to each class
  named after "đối với". A range per class ("chiếm từ 25% đến 35% đối với xe chạy
  xăng", "phạt tiền từ 1 triệu đến 3 triệu đồng đối với ...") states values, and a
  ceiling ("tối đa", "không quá") may be a penalty's size: both stay claims.
- **The heat that a spell of hot hours is measured above.** "Thời gian có nhiệt độ trên 35
  độ từ 10-18 giờ", "Thời gian trong ngày có nhiệt độ trên 35 độ C từ 12-16 giờ": the
  forecast states the hours; 35 degrees only says which hours are counted as hot
  (tests/gold/dev4 and dev13 label all four such non-claims).  The heat of a place
  ("có nơi trên 40 độ C", "Một số nơi nhiệt độ trên 40 độ C") stays a claim.

The session-3 convention of tests/gold/README.md: class and segment descriptions are
non-claims.
"""

from __future__ import annotations

import re

from claims.model import Mention

_FROM_BEFORE = re.compile(r"(?<![^\W_])[Tt]ừ[ \t]+$")
_AT_LEAST_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+trở[ \t]+lên(?![^\W_])")
"""'từ 500 lao động trở lên': the counted noun between the number and 'trở lên'."""
_AT_MOST_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+trở[ \t]+xuống(?![^\W_])")
"""'9 chỗ| trở xuống', '20 - 30| lao động trở xuống', '100 g| trở xuống'."""
_RANK_BOUND_AFTER = re.compile(r"[ \t]+trở[ \t]+(?:lên|xuống)(?![^\W_])")
_CHANGE_WORD_LIST = "tăng giảm lên xuống là động lệch cũng thì hơn chênh nâng hạ"
_CHANGE_WORDS = frozenset(_CHANGE_WORD_LIST.split())
"""Words of change or comparison ('tăng', 'lên mức', 'dao động', 'chênh lệch', 'là',
'cũng') in the three words before 'từ': the threshold is a figure stated, no class."""
_WORDS_BEFORE = 3
_AT_LEAST_WORDS = re.compile(r"trở[ \t]+lên")
_LETTERS = re.compile(r"[^\W\d_]+")
_PER_CLASS_AFTER = re.compile(r"[ \t]*,?[ \t]*đối[ \t]+với(?![^\W_])")
_ONE_SIDED = frozenset({"under", "over", "at_least"})
_PENALTY_BEFORE = re.compile(r"(?<![^\W_])(?:phạt|bồi thường|nộp|thu|chi)(?![^\W_])")
"""'xử phạt hơn 550 triệu đồng đối với Chi nhánh ...': a sum imposed on or paid by the one
named after 'đối với', no threshold."""
_HOT_HOURS_BEFORE = re.compile(
    r"(?<![^\W_])(?i:thời[ \t]+gian)(?:[ \t]+trong[ \t]+ngày)?(?:[ \t]+có)?"
    r"[ \t]+nhiệt[ \t]+độ[ \t]+$"
)
"""'Thời gian có nhiệt độ ', 'Thời gian trong ngày có nhiệt độ ': the hours above a heat."""


def draws_a_class(text: str, mention: Mention) -> bool:
    """True for a threshold that says which things a rule or a tally is about.

    Called for every quantity: the cheap tests ('đối' right after, 'từ' at or
    right before the start) come before any regex."""
    if mention.qualifier == "over" and "nhiệt" in text[mention.start - 12 : mention.start]:
        return _HOT_HOURS_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
    per_class = "đối" in text[mention.end : mention.end + 6]
    if per_class and mention.qualifier in _ONE_SIDED and _per_class(text, mention):
        return True
    if "trở xuống" in text[mention.end : mention.end + 30] or mention.text.endswith("trở xuống"):
        at_most = mention.text.endswith("trở xuống") or _AT_MOST_AFTER.match(text, mention.end)
        if at_most and not _after_a_change(text, mention):
            return True
    if mention.qualifier not in ("at_least", "exact"):
        return False
    return _from_at_least(text, mention) and not _after_a_change(text, mention)


def bounds_a_rank_class(text: str, mention: Mention) -> bool:
    """'từ hạng 16 trở xuống', 'từ hạng 1 trở lên': the ranks that draw a class."""
    if not mention.text.startswith("hạng") or text[mention.start - 3 : mention.start] != "từ ":
        return False
    return _RANK_BOUND_AFTER.match(text, mention.end) is not None


def _per_class(text: str, mention: Mention) -> bool:
    """'dưới 30 tỷ đồng đối với các thành phố', no sum imposed ('xử phạt hơn 550 triệu')."""
    if _PER_CLASS_AFTER.match(text, mention.end) is None:
        return False
    return _PENALTY_BEFORE.search(text, max(0, mention.start - 24), mention.start) is None


def _from_at_least(text: str, mention: Mention) -> bool:
    """'từ X trở lên', read whole by the grammar or around a counted noun."""
    if mention.text[:3] in ("từ ", "Từ "):
        return mention.qualifier == "at_least" and mention.text.endswith("trở lên")
    if mention.qualifier != "exact" or text[mention.start - 3 : mention.start - 1] != "từ":
        return False
    if _FROM_BEFORE.search(text, max(0, mention.start - 4), mention.start) is None:
        return False
    return _AT_LEAST_AFTER.match(text, mention.end) is not None


def _after_a_change(text: str, mention: Mention) -> bool:
    start = mention.start if mention.text[:1] in "tT" else mention.start - 3
    # the 'lên' of a threshold just before is no change: "nam từ 20 tuổi trở lên, nữ từ"
    window = _AT_LEAST_WORDS.sub(" ", text[max(0, start - 40) : start])
    words = _LETTERS.findall(window)
    return not _CHANGE_WORDS.isdisjoint(word.lower() for word in words[-_WORDS_BEFORE:])
