"""The clause that says which of a counted noun are counted.

"có hơn 11.000 người đang cai nghiện ở đây", "Khoảng 10.000 người đã được huy
động để phục vụ việc hoàn thiện con tàu", "5 vụ đã khởi tố", "12 tỉnh không bị
ảnh hưởng", "bốn em còn lại bị đuối nước": a bare head noun ("người", "vụ",
"tỉnh") right after the number, then a verb phrase opened by an aspect or a
negation ("đã", "đang", "không", "chưa", or "còn lại" before one of them or a
passive), which the reading forward stops at as if a new clause
began; the people counted are those who are doing or did it, so the phrase is the
noun and its clause.  A named place before that clause says which too ("hơn 11.000
người ở TP.HCM đang cai nghiện", "hai người ở chợ Lương Văn Can", "16 bàn tại Ligue
1"): "ở" or "tại", maybe a kind of place ("chợ", "huyện", "thành phố"), and a name in
capitals, up to its last capitalised word, when a stop word, an aspect or punctuation
follows it; not a lower-case place, which runs on into the clause ("ở quận Sơn Trà
phải túc trực"), nor after "nhà", "chỗ", "nơi",
which make a noun with "ở" ("căn nhà ở Hà Nội").  Only a head of one or two words.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.extract.grammar.char_classes import VIETNAMESE_CAPITAL
from claims.model import Mention

_ASPECTS = r"đã|đang|không|chưa"
_ASPECT = re.compile(
    rf"\s+((?:còn lại\s+(?=(?:{_ASPECTS}|được|bị)\s))?"
    rf"(?:(?:{_ASPECTS})\s+)?(?:(?:được|bị)\s+)?)(?=\w)"
)
""""đã", "đang", "không", "chưa", maybe with the passive after it ("đã được"),
and "còn lại" before one of them or a passive ("còn lại bị", "còn lại đang"), not
before a plain verb ("hai thiết bị còn lại nhìn khá giống")."""
_OPENS = re.compile(rf"(?:còn lại|{_ASPECTS})(?!\w)")
_NAME_WORD = rf"{VIETNAMESE_CAPITAL}[\w.&'-]*"
_PLACE = re.compile(
    r"\s+(?:ở|tại)\s+(?:(?:thôn|xã|huyện|quận|tỉnh|thành phố|TP\.?|thị xã|thị trấn|phường|"
    r"chợ|bang|tiểu bang|thủ đô|đảo|sân|trường|bệnh viện)\s+)?"
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|\d+(?!\S*\d)))*(?!\w)"
)
""""ở TP.HCM", "ở chợ Lương Văn Can", "tại Ligue 1": a named place (``_named_place``)."""
_HOUSING = re.compile(r"(?<!\w)(?:nhà|chỗ|nơi)$", re.IGNORECASE)
"""'căn nhà ở Hà Nội': 'nhà ở' (housing) is a noun too, so the 'ở' is left unread."""
_MAX_HEAD_WORDS = 2


def count_clause(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, with the place and clause that follow it when it is a count's bare head."""
    if mention.kind != "count" or not found or len(found.split()) > _MAX_HEAD_WORDS:
        return found
    text = words.text
    if mention.text.endswith(found):
        at = mention.end  # "hơn 11.000 người": the noun inside the mention
    else:
        lead = len(text[mention.end : words.end]) - len(text[mention.end : words.end].lstrip())
        start = mention.end + lead
        if not text.startswith(found, start):
            return found
        at = start + len(found)
    phrase = found
    place = None if _HOUSING.search(found) else _named_place(words, at)
    if place is not None:
        phrase = f"{phrase} {place[0]}"
        at = place[1]
    aspect = _ASPECT.match(text, at, words.end)
    opener = aspect.group(1) if aspect is not None else ""
    if aspect is None or _OPENS.match(opener) is None:
        return phrase  # no clause, or a bare passive the reading forward reads on
    if opener.startswith("không") and found.lower().endswith("hàng"):
        return phrase  # "hai hãng hàng không": a compound, no negation
    clause = forward_from(words, aspect.end())
    if not clause or not text.startswith(clause, aspect.end()):
        return phrase  # "không đồng tình": a reading that skipped a word ("đồng" as a unit)
    return f"{phrase} {' '.join(opener.split())} {clause}"


_NEXT_WORD = re.compile(r"\s+([^\W\d_])")


def _named_place(words: SentenceWords, at: int) -> tuple[str, int] | None:
    """The named place right at ``at`` and where it ends, or ``None`` when the name runs
    on in lower case ("tại Khu công nghiệp …", "tại Ngoại hạng Anh", "ở Mỹ ký vào đơn"):
    a longer noun or a new clause, read no further."""
    place = _PLACE.match(words.text, at, words.end)
    if place is None:
        return None
    name = place.group().rstrip(".")  # "tại Calais.": the sentence's full stop
    end = place.start() + len(name)
    following = _NEXT_WORD.match(words.text, end, words.end)
    if (
        following is not None
        and following.group(1).islower()
        and words.forward_stops.end_at(following.start(1)) is None
    ):
        return None
    return " ".join(name.split()), end
