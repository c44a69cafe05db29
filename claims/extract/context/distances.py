"""The subject of a distance: the thing placed and the point it is measured from.

"Vị trí tai nạn cách lề đường khoảng 1m", "Marawi cách Cagayan de Oro khoảng 100 km",
"cách nơi gặp nạn khoảng 3km": a distance is between two points, and a fact-checker
compares two tellings of it only when both name the same ones ("cách Tripoli 50 km"
and "cách Tripoli 70 km" disagree; "cách Tripoli 50 km" and "cách Misrata 70 km" need
not).  So the subject runs, as written, from the thing placed, read backward from
"cách" and its verbs ("nằm", "ở" …) as before, to the point after "cách": "Vị trí tai
nạn cách lề đường", "Marawi cách Cagayan de Oro", "Khu mộ nằm cách vị trí kim tự
tháp".  A comma may set the distance off from the place ("đang bay ở không phận quốc
tế, cách Hồng Kông 240 km"); when nothing is placed ("(cách thủ đô Seoul 240km", "vào
khoảng 9h sáng 10.7, cách nơi gặp nạn"), the subject is "cách" and the point alone.
The gold sets name either the thing ("khu vực cháy", "Vị trí tai nạn") or the span
("khoảng cách tới quán", "cách nơi gặp nạn"); the phrase from one to the other agrees
with both.  A point that only points back ("cách đó 3.000 km") names nothing new: the
thing alone stays, and "cách nhau" (apart) keeps both ("Hai đền cách nhau": the two
temples).  Words that run past a comma ("Nói cách khác, MX-5 Miata …") are no point.
"""

from __future__ import annotations

import re

from claims.extract.context.passive_subject import past_auxiliary
from claims.extract.context.phrase_backward import backward
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import HEDGES_BEFORE, MAX_SUBJECT_WORDS

_CACH = re.compile(r"(?<!\w)cách(?!\w)", re.IGNORECASE)
_JOINED = re.compile(r"(?:^|\s)cách\s", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r"\s*,\s*$")
_NOT_A_PLACE = re.compile(
    r"\d|^(?:vĩ|kinh)(?:\s+(?:độ|tuyến))?\s+(?:bắc|nam|đông|tây)$", re.IGNORECASE
)
_PUNCTUATION = re.compile(r"[,;:]")
_POINTING = frozenset({"đó", "đây", "ấy", "này"})
_TRAILING = re.compile(r"(?:(?:^|\s+)(?:xa|chỉ|vẫn|cũng|độ|tầm))+$", re.IGNORECASE)
""""cách xa trường hơn 1km", "cách bờ chỉ 100m": an adverb before the number, no part
of the point."""


def measured_from(subject: str | None) -> bool:
    """Whether ``subject`` is a distance's ("… cách <point>"): its last words name the
    point, no predicate to read past ("đậu xe cách chốt": not "chốt", to close at)."""
    return subject is not None and _JOINED.search(subject) is not None


def distance_subject(words: SentenceWords, cue: int, before: str, start: int) -> str | None:
    """The subject of a distance whose cue (``DISTANCE_BEFORE``) starts at ``start + cue``
    in the window ``before`` that runs from ``start`` to the number: the words from the
    thing placed to the point, as written."""
    text = words.text
    # "Vị trí tâm áp thấp nhiệt đới ở cách …": a longer name than a closed reading's;
    # "Thi thể nạn nhân được tìm thấy cách …": the noun before the passive (passive_subject).
    at = start + cue
    thing = past_auxiliary(
        words, backward(words, at, closed=True, limit=MAX_SUBJECT_WORDS), at, "measure"
    )
    comma = _COMMA_BEFORE.search(text, words.start, at)
    if thing is None and comma is not None:
        # "đang bay ở không phận quốc tế, cách Hồng Kông 240 km": the place the comma
        # sets the distance off from.  Not a coordinate's direction ("20,1 độ vĩ Bắc;
        # 115,3 độ kinh Đông, cách …").
        placed = backward(words, comma.start(), closed=True)
        thing = placed if placed and not _NOT_A_PLACE.search(placed) else None
    found = _CACH.search(before, cue)
    if found is None:
        return thing
    hedges = HEDGES_BEFORE.search(before, found.end())
    end = hedges.start() if hedges is not None else len(before)
    point = _TRAILING.sub("", before[found.end() : end].strip())
    if not point or point.lower() in _POINTING or _PUNCTUATION.search(point):
        return thing  # "Nói cách khác, MX-5 Miata chỉ mạnh 160 mã lực": no point
    point_end = text.find(point, start + found.end()) + len(point)
    thing_at = text.rfind(thing, words.start, at) if thing else -1
    return text[thing_at if thing_at >= 0 else start + found.start() : point_end]
