"""Shirt numbers in brackets after a player's name in a football report.

'Trung vệ Đình Luật (20) trong pha truy cản', 'Phi Sơn (10), cầu thủ nổi trội nhất trận',
'Olaha (69, vàng) trong pha đi bóng', '5 cầu thủ dính thẻ gồm: Đặng Anh Tuấn (số 6), Ngô
Quang Huy (9), Bùi Văn Long (4)': a sports desk prints the player's number in brackets
after the name, in photo captions and in lists of booked players; it counts nothing.

Elsewhere '(N)' after a name is most often an age ('Song Joong Ki (32)', 'anh Nguyễn Văn
B (35) bị bắt') and, in football too, a figure the sentence compares or lists ('xếp sau
Courtois (16) và hơn De Gea (14)', 'Pepe (34), Ronaldo (32), Sergio Ramos (31)', 'Bilbao
(63) và Sociedad (63)', 'Marcos (phút 33) và Chaivat (39)').  So a bracketed number of
one or two digits right after a capitalised name is a shirt number only in a football
report (``_FOOTBALL`` words three times or more) and only where

- another name of the same sentence carries its number as '(số N)', the booked players'
  list; or
- the name opens its sentence or caption, or follows a position ('Trung vệ', 'Tiền
  đạo', 'Thủ môn'), and the bracket is not followed by another name's bracket, a
  minute's mark or a comparison: a caption, told of one player.

Read after the scan, over the finished mentions (like ``layout``'s line-ups).
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.sentence_bounds import sentence_around
from claims.model import Mention

_FOOTBALL = re.compile(
    r"(?<![^\W_])(?:cầu thủ|bàn thắng|ghi bàn|thủ môn|tiền đạo|tiền vệ|hậu vệ|trung vệ|HLV"
    r"|V\.?League|thẻ vàng|thẻ đỏ|đội bóng|sân cỏ)(?![^\W_])",
    re.IGNORECASE,
)
_FOOTBALL_WORDS_MIN = 3
_NAME_WORDS_MAX = 4
_BRACKET_BEFORE = re.compile(r"[ \t]*\([ \t]*$")
_BRACKET_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:thẻ[ \t]+)?(?:vàng|đỏ)[ \t]*)?\)(?![ \t]*['’′])")
"""'(20)', '(69, vàng)': the number alone in its bracket, or with the colour of a card; not
'(35)'' (a minute printed after the bracket)."""
_NUMBERED_SIBLING = re.compile(r"[^\W\d_][ \t]*\([ \t]*số[ \t]+\d{1,2}[ \t]*\)")
"""'Đặng Anh Tuấn (số 6)': a name of the list given its number with 'số'."""
_POSITIONS = re.compile(
    r"(?<![^\W_])(?i:trung vệ|tiền đạo|tiền vệ|hậu vệ|thủ môn|thủ thành|đội trưởng|cầu thủ"
    r"|chân sút|ngoại binh)[ \t]+$"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;…\n])[ \t\"“'(]*$")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|và)[ \t]*(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+[ \t]*\(")
"""', Ronaldo (32)', 'và Di Stefano (7)': another name with its bracket, a list of figures."""
_COMPARED_AFTER = re.compile(r"[^.!?\n]{0,60}(?<![^\W_])(?:hơn|kém|xếp sau|đứng sau)(?![^\W_])")
"""'Messi (51) ghi được số bàn thắng nhiều hơn Ibrahimovic (50)': a figure compared."""
_SHIRT_MAX = 99


def bracketed_shirt_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with shirt numbers in brackets after a player's name as identifiers."""
    candidates = [i for i, m in enumerate(mentions) if _bare_in_brackets(text, m)]
    if not candidates or len(_FOOTBALL.findall(text)) < _FOOTBALL_WORDS_MIN:
        return mentions
    shirts = {i for i in candidates if _shirt_number(text, mentions[i])}
    if not shirts:
        return mentions
    return [
        identifier(text, m.start, m.end) if index in shirts else m
        for index, m in enumerate(mentions)
    ]


def _bare_in_brackets(text: str, mention: Mention) -> bool:
    """'(20)', '(69, vàng)': a small exact count alone in its bracket."""
    if mention.kind != "count" or mention.qualifier != "exact" or not mention.text.isdigit():
        return False
    if len(mention.text) > 2 or not 0 < int(mention.text) <= _SHIRT_MAX:
        return False
    before = text[max(0, mention.start - 3) : mention.start]
    return (
        "(" in before
        and _BRACKET_BEFORE.search(before) is not None
        and _BRACKET_AFTER.match(text, mention.end) is not None
    )


def _name_before(text: str, start: int) -> int | None:
    """Where the capitalised name before the bracket at ``start`` starts, if one is there."""
    line = text[max(0, start - 60) : start]
    words = line[line.rfind("\n") + 1 :].rstrip(" \t(").split(" ")
    taken = 0
    for word in reversed(words):
        if not word or not word[0].isupper() or not word.isalpha() or taken == _NAME_WORDS_MAX:
            break
        taken += 1
    if taken == 0:
        return None
    name = " ".join(words[len(words) - taken :])
    return text.rfind(name, 0, start)


def _shirt_number(text: str, mention: Mention) -> bool:
    bracket = text.rfind("(", 0, mention.start)
    name = _name_before(text, bracket)
    if name is None or name < 0:
        return False
    sentence_start, sentence_end = sentence_around(text, name, mention.end)
    sentence = text[sentence_start:sentence_end]
    if _NUMBERED_SIBLING.search(sentence) is not None:  # the booked players' list
        return True
    opens = _SENTENCE_OPENS.search(text, max(0, name - 6), name) is not None
    if not opens and _POSITIONS.search(text, max(0, name - 14), name) is None:
        return False
    close = text.find(")", mention.end) + 1
    if _LIST_GOES_ON.match(text, close) is not None:
        return False
    return _COMPARED_AFTER.match(text, close) is None
