"""An edition's or a draw's number, which names the event: 'Hội nghị APEC lần 2'.

'Giải thưởng Thiết kế quốc tế lần thứ 10', 'Đối thoại Shangri-La lần thứ 16', 'Thế
chiến thứ 2', 'kỳ quay thứ 88': after the head of a recurring event (a contest, a
congress, a festival, a fair…), a world war or a lottery draw, 'lần (thứ) N' numbers
the occurrence and counts nothing; so does the rank of an amendment or of an exam's
day ('Tu chính án thứ nhất', 'ngày thi thứ nhất').  An acronym before it ('UPU lần thứ
46') is an event's only when the text puts it in an event's name; 'FED lần thứ 2' is an
organisation acting a second time, and 'phiên tòa lần 2' a second hearing.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cue_words import NOT_A_DRAW_BEFORE
from claims.extract.grammar.number_followers import amount_follows
from claims.extract.grammar.scan_state import ScanState
from claims.extract.grammar.written_again import written

_EVENT_HEADS = (
    r"(?:[Cc]uộc thi|[Hh]ội nghị|[Đđ]ại hội|[Ll]iên hoan|[Hh]ội thảo|[Dd]iễn đàn|[Kk]ỳ họp|[Gg]iải"
    r"|[Ff]estival|[Tt]riển lãm|[Hh]ội chợ|[Pp]hiên|[Cc]ách mạng|[Hh]ội diễn|[Ll]ễ hội|[Hh]ội thao"
    r"|[Hh]ội thi|Đối thoại|[Cc]uộc họp|[Gg]iao lưu|LHP|ĐHĐCĐ)"
)
"""Nouns that head the name of a recurring event. 'Đối thoại' only capitalised, as a name
('Đối thoại Shangri-La'): 'tổ chức đối thoại lần thứ 2 giữa công ty và bà O.' counts tries."""
_HEAD_BEFORE = re.compile(rf"{_EVENT_HEADS}[^.,;:!?\n]{{0,60}}\Z")
"""Searched up to a place of an acronym (``endpos``): an event's head up to 60 characters
before it, in the clause."""
_HEAD_REACH = 60 + 20  # every head is shorter than 20 characters
_EVENT_EDITION = re.compile(rf"{_EVENT_HEADS}[^.,;:!?\n]{{0,80}}lần[ \t]+$")
"""'cuộc thi ... lần thứ 10', 'Đối thoại Shangri-La lần thứ 16': the edition of a named
event, which names it."""
_BARE_EDITION = re.compile(
    rf"(?<![^\W_])(?!.hiên)(?!.iải[ \t]+(?:thích|quyết|pháp|trình|tỏa|ngân|phóng|đáp|cứu))"
    rf"(?:{_EVENT_HEADS})(?![^\W_])[^.,;:!?\n]{{0,80}}lần[ \t]+$"
)
"""'Hội nghị Cấp cao APEC lần 2', 'LHP Kim Mã lần 37', 'ĐHĐCĐ bất thường lần 1': an edition
without 'thứ'; not a court's 'phiên tòa lần 2' (a hearing), nor inside 'Giải thích'."""
_EDITION_YEAR_BEFORE = re.compile(r"(?<=(?<![\d.,])(?:19|20)\d\d)[ \t]+lần[ \t]+$")
"""'Vietbuild Hà Nội 2017 lần 2': the edition after an edition's year (a mention already,
so the search starts after it and looks behind)."""
_WORLD_WAR = re.compile(
    r"(?:[Cc]hiến[ \t]+tranh[ \t]+[Tt]hế[ \t]+giới|[Tt]hế[ \t]+chiến|[Đđ]ại[ \t]+chiến)"
    r"[ \t]+(?:lần[ \t]+)?$"
)
"""'Chiến tranh Thế giới thứ hai', 'Thế chiến thứ 2', 'Đại chiến lần thứ nhất': a war's name."""
_NAMED_BY_RANK = re.compile(
    r"(?<![^\W_])(?:[Tt]u[ \t]+chính[ \t]+án|[Đđ]ạo[ \t]+luật[ \t]+[Bb]ổ[ \t]+túc"
    r"|[Nn]gày[ \t]+thi|[Bb]uổi[ \t]+thi)[ \t]+$"
)
"""'Tu chính án thứ nhất', 'Đạo luật Bổ túc thứ nhất của Hiến pháp Hoa Kỳ' (the First
Amendment), 'kết thúc ngày thi thứ nhất', 'buổi thi thứ 2': the rank is the name of an
amendment or of an exam's day, as 'hiệp 2' names a half (identifiers in tests/gold/dev21)."""
_ACRONYM_EDITION = re.compile(r"(?<![\w.])([A-Z]{3,})[ \t]+lần[ \t]+$")
"""'gửi thư UPU lần thứ 46', 'Chủ tịch APPF lần thứ 25': an acronym before the edition,
an event's when the text names it after an event's head ('cuộc thi viết thư quốc tế UPU
46', 'Hội nghị APPF'); 'FED lần thứ 2' (a second rate rise) is an organisation acting."""
_DRAW_EDITION = re.compile(
    r"(?:(?<![^\W_])([^\W\d_]+)[ \t]+)?(?<![^\W_])[Kk]ỳ(?:[ \t]+[^\W\d_]+){0,4}[ \t]+$"
)
"""'tại kỳ quay thứ 88', 'các kỳ quay số mở thưởng thứ 76': the draw's number."""


class EventEditions(ScanState):
    """Checks that a 'lần' or 'thứ' number is an event's edition (a mixin of the scanner)."""

    def _event_edition(self, cue_start: int) -> bool:
        """'Giải thưởng Thiết kế quốc tế lần thứ 10', 'kỳ quay thứ 88': an edition
        number names the event or the draw."""
        if _EVENT_EDITION.search(self.text, max(self.floor, cue_start - 120), cue_start):
            return True
        if _WORLD_WAR.search(self.text, max(self.floor, cue_start - 32), cue_start):
            return True
        if _NAMED_BY_RANK.search(self.text, max(self.floor, cue_start - 24), cue_start):
            return True
        acronym = _ACRONYM_EDITION.search(self.text, max(self.floor, cue_start - 16), cue_start)
        if acronym is not None and self._named_as_event(acronym.group(1)):
            return True
        draw = _DRAW_EDITION.search(self.text, max(self.floor, cue_start - 50), cue_start)
        return draw is not None and (draw.group(1) or "") not in NOT_A_DRAW_BEFORE

    def _bare_edition(self, start: int) -> bool:
        """'lần 2' at ``start`` - 4 numbers an event's edition or a world war ('Chiến tranh
        thế giới lần 2', 'Thế chiến lần 3'), 'thứ' left out."""
        if _BARE_EDITION.search(self.text, max(self.floor, start - 120), start) is not None:
            return True
        if _EDITION_YEAR_BEFORE.search(self.text, max(self.floor, start - 12), start) is not None:
            return True  # "Vietbuild Hà Nội 2017 lần 2" (named_years reads the year)
        return _WORLD_WAR.search(self.text, max(self.floor, start - 36), start) is not None

    def _world_war_number(self, start: int, end: int) -> bool:
        """'trong Thế chiến 2,', 'lo ngại thế chiến 3 xảy ra': one digit right after a
        world war's name numbers the war, 'thứ' and 'lần' left out; 'cuộc đại chiến 2 đội'
        counts (a noun follows)."""
        text = self.text
        if end - start != 1 or text[start] not in "123":
            return False
        if not text.endswith(("chiến ", "giới "), max(0, start - 6), start):
            return False  # cheap test first: the regex runs on few numbers
        if _WORLD_WAR.search(text, max(self.floor, start - 32), start) is None:
            return False
        return not amount_follows(text, end)

    def _named_as_event(self, acronym: str) -> bool:
        """The text puts the acronym in an event's name: 'Cuộc thi viết thư quốc tế UPU'."""
        # where HEAD + '[^.,;:!?\n]{0,60}(?<![\w.])ACRONYM(?![^\W_])' matches (written_again)
        text = self.text
        return any(
            not (text[at - 1 : at].isalnum() or text[at - 1 : at] in ("_", "."))
            and not text[stop : stop + 1].isalnum()
            and _HEAD_BEFORE.search(text, max(0, at - _HEAD_REACH), at) is not None
            for at, stop in written(text, (acronym,))
        )
