"""Scope: where and when a claim holds, as the text says it.

Place: an administrative unit with its proper name ("tỉnh Lạng Sơn",
"toàn tỉnh Lạng Sơn", "TP Điện Biên Phủ"), a province or city named alone
("Lạng Sơn", "Hà Nội", "TP.HCM"), or the whole country ("cả nước").  Period:
"Năm 2023", "tháng 5/2017", "quý III/2024", "6 tháng đầu năm", "15 ngày đầu
tháng 1/2017", "năm học 2023-2024", and times told relative to the story: "cách
đây hai năm", "hai năm trước", "trước đó", "dịp Tết", "kể từ năm 2010".  "hiện nay" is present
tense, not a period, and a period after "so với" / "cùng kỳ" is the baseline
of a comparison, not the claim's own.

Each claim takes the nearest place and period of its sentence; a sentence
with none carries those of the previous sentence of its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from claims.extract.context.guards import Guard, PerSentence, Vocabularies, Vocabulary
from claims.extract.context.openers import OTHER_DIGIT, opened_on_letters
from claims.extract.context.period_pattern import PERIOD, PERIOD_FLAT
from claims.extract.context.words import named_alternation, phrase_pattern, words
from claims.model import Mention, Scope
from claims.text import Sentence

PROVINCES = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bà Rịa-Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Thừa Thiên - Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
    "Thanh Hoá",
    "Khánh Hoà",
    "Hoà Bình",
    "TP.HCM",
    "TP HCM",
    "TP. HCM",
    "TPHCM",
    "TP.Hồ Chí Minh",
    "TP. Hồ Chí Minh",
    "Thành phố Hồ Chí Minh",
    "Sài Gòn",
    "Việt Nam",
)

_WHOLE_PHRASES = (
    "cả nước",
    "toàn quốc",
    "trên toàn quốc",
    "trên cả nước",
    "toàn cầu",
    "trên thế giới",
)
_WHOLE = phrase_pattern(_WHOLE_PHRASES)
_NAMED_FLAT = re.compile(
    r"(?<!\w)(?<![Bb]à )(?<![Ôô]ng )"  # "bà xã", "ông xã": a spouse, not a commune
    r"(?:[Tt]oàn\s+|[Cc]ả\s+)?(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|Tp\.?|[Hh]uyện|[Qq]uận|"
    r"[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường)\s+(?=\w)"
)
"""An administrative unit before a name, as first written; ``_NAMED`` is it opened on
letters (openers), what ``places`` searches."""
_UNITS = (
    ("Tt", "ỉnh"),
    ("Tt", "hành phố"),
    ("T", r"P\.?"),
    ("T", r"p\.?"),
    ("Hh", "uyện"),
    ("Qq", "uận"),
    ("Tt", "hị xã"),
    ("Tt", "hị trấn"),
    ("Xx", "ã"),
    ("Pp", "hường"),
)
_UNIT = "(?:" + "|".join(f"[{firsts}]{rest}" for firsts, rest in _UNITS) + ")"
_NAMED = re.compile(
    opened_on_letters(
        [("Tt", rf"oàn\s+{_UNIT}"), ("Cc", rf"ả\s+{_UNIT}"), *_UNITS],
        before=r"(?<![Bb]à .)(?<![Ôô]ng .)",
    )
    + r"\s+(?=\w)"
)
_ALONE = re.compile(rf"{named_alternation(PROVINCES)}(?!\w)")
_WHOLE_UNIT = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:tỉnh|thành phố|huyện|quận|xã)(?!\w)", re.I)
# The words every match holds (see guards).
_NAMED_GUARD = Guard(words("tỉnh|thành phố|TP|huyện|quận|thị xã|thị trấn|xã|phường"))
_ALONE_GUARD = Guard(PROVINCES)
_WHOLE_GUARD = Guard(_WHOLE_PHRASES)
_WHOLE_UNIT_GUARD = Guard(
    f"{whole} {unit}" for whole in ("toàn", "cả") for unit in words("tỉnh|thành phố|huyện|quận|xã")
)
_NAME_WORD = re.compile(r"(?:\w+(?:\.\w+)*|\d+)")

_PERIOD_GUARD = Guard(words("năm|giai|tháng|quý|ngày|tuần|trước|tết|kể"))
"""Every period holds one of these as a whole word ("cách đây hai năm", "Tết")."""
_PERIOD_KINDS = frozenset({"date", "year", "time"})
_BASELINE_BEFORE = re.compile(r"(?:so với|cùng kỳ|hơn|gấp|từ|sinh|SN)\s*$", re.IGNORECASE)
"""Before a comparison baseline ("so với năm 2022") or a birth year ("sinh năm 1970")."""


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str


def places(text: str, start: int, end: int, vocabulary: Vocabulary = None) -> list[Found]:
    """Every place named in ``text[start:end]``, in order, without overlaps.
    With the sentence's ``vocabulary``, patterns it cannot match are skipped."""
    found: list[Found] = []
    if _NAMED_GUARD.admits(vocabulary):
        for match in _NAMED.finditer(text, start, end):
            name_end = _proper_name_end(text, match.end(), end)
            if name_end is not None:
                found.append(Found(match.start(), name_end, text[match.start() : name_end]))
    for pattern, guard in (
        (_ALONE, _ALONE_GUARD),
        (_WHOLE, _WHOLE_GUARD),
        (_WHOLE_UNIT, _WHOLE_UNIT_GUARD),
    ):
        if not guard.admits(vocabulary):
            continue
        for match in pattern.finditer(text, start, end):
            if pattern is _ALONE and _inside_longer_name(text, match.start(), match.end()):
                continue
            if not any(f.start < match.end() and match.start() < f.end for f in found):
                found.append(Found(match.start(), match.end(), match.group()))
    return sorted(found, key=lambda f: f.start)


_WORD_BEFORE = re.compile(r"(\w+) $")
_WORD_AFTER = re.compile(r" (\w+)")


def only_a_place(phrase: str) -> bool:
    """The whole phrase is one place's name: "TP.HCM" before "là 500 ca" is scope, and so
    is a reading of what is worth an amount that stopped at a place."""
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """ "Thái Bình" in "Thái Bình Dương", "Hòa Bình" in "Nguyễn Hòa Bình": a
    province name run together with other capitalised words names something else."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    return any(m is not None and m.group(1)[0].isupper() for m in (before, after))


def _proper_name_end(text: str, position: int, end: int) -> int | None:
    """End of the run of capitalised words (or a number: "Quận 1") at ``position``."""
    name_end: int | None = None
    for _ in range(5):
        word = _NAME_WORD.match(text, position, end)
        first = name_end is None
        if word is None or not (word.group()[0].isupper() or (first and word.group().isdigit())):
            break
        name_end = word.end()
        if word.group().isdigit():
            break
        position = word.end()
        while position < end and text[position] == " ":
            position += 1
    return name_end


def periods(text: str, start: int, end: int, vocabulary: Vocabulary = None) -> list[Found]:
    """Every period named in ``text[start:end]`` that is not a comparison baseline.
    With the sentence's ``vocabulary``, a sentence it cannot match is skipped."""
    found: list[Found] = []
    if not _PERIOD_GUARD.admits(vocabulary):
        return found
    pattern = PERIOD if OTHER_DIGIT.search(text, start, end) is None else PERIOD_FLAT
    for match in pattern.finditer(text, start, end):
        if _BASELINE_BEFORE.search(text, max(start, match.start() - 12), match.start()):
            continue
        found.append(Found(match.start(), match.end(), match.group()))
    return found


_CLAUSE_BREAK = re.compile(r"[,;:()]|(?<!\w)(?:và|nhưng|còn|trong khi)(?!\w)")


def nearest(
    found: list[Found], mention: Mention, text: str | None = None, *, overlap: bool = False
) -> str | None:
    """The candidate closest to the mention, a following one counting double
    (Vietnamese states place and time first), never the mention itself.  With
    ``text``, a following candidate past a clause boundary belongs to the next
    clause ("… còn 60% và đến năm 2025 còn 25%") and is not considered.

    ``found`` is sorted by start and free of overlaps, so only the few
    candidates around the mention's position need a look (tables stay linear).
    """
    index = bisect_left(found, mention.start, key=lambda f: f.start)
    best: tuple[int, str] | None = None
    for candidate in found[max(0, index - 3) : index + 3]:
        if candidate.start < mention.end and mention.start < candidate.end:
            if overlap:
                return candidate.text  # "Josephine Law, 29 tuổi, … cho biết"
            continue
        if candidate.end <= mention.start:
            distance = mention.start - candidate.end
        elif text is not None and _CLAUSE_BREAK.search(text, mention.end, candidate.start):
            continue
        else:
            distance = 2 * (candidate.start - mention.end)
        if best is None or distance < best[0]:
            best = (distance, candidate.text)
    return None if best is None else best[1]


class SentenceScopes:
    """Places and periods of the sentences of one text, each read on first ask:
    only sentences with claims, and the sentence before each, need theirs.

    A sentence without a place or period takes the last one the previous
    sentence of its paragraph states itself.  Inheritance is one sentence deep:
    scraped news often runs a whole article as one paragraph, and a year stated
    ten sentences back no longer scopes anything.
    """

    def __init__(
        self, text: str, sentences: Sequence[Sentence], vocabularies: Vocabularies
    ) -> None:
        self._text = text
        self._sentences = sentences
        self.places = PerSentence(places, text, sentences, vocabularies).at
        """The places each sentence names itself."""
        self.periods = PerSentence(periods, text, sentences, vocabularies).at
        """The periods each sentence names itself (no comparison baselines)."""

    def scope(self, index: int, mention: Mention) -> Scope:
        """The place and period of a claim of sentence ``index``."""
        text = self._text
        own_places = self.places(index)
        previous = self._previous_in_paragraph(index)
        if own_places:
            place = nearest(own_places, mention, text)
        else:
            place = _last(self.places(previous)) if previous is not None else None
        if mention.kind in _PERIOD_KINDS:
            return scope_of(place, None)  # a date or year is itself a time
        own_periods = self.periods(index)
        if own_periods:
            period = nearest(own_periods, mention, text)
        else:
            period = _last(self.periods(previous)) if previous is not None else None
        return scope_of(place, period)

    def _previous_in_paragraph(self, index: int) -> int | None:
        sentences = self._sentences
        if index > 0 and sentences[index - 1].paragraph == sentences[index].paragraph:
            return index - 1
        return None


_SCOPE_FIELDS_SET = frozenset(Scope.model_fields)


def scope_of(place: str | None, period: str | None) -> Scope:
    """``Scope(place=place, period=period)`` without pydantic's validation, which
    cost more than finding the place and period of a claim: both are strings cut
    from the text or ``None``, the types the model declares (as ``build._claim``
    copies a validated mention).  tests/test_context_scope.py compares it with
    the validated model."""
    scope = object.__new__(Scope)
    _set = object.__setattr__
    _set(scope, "__dict__", {"place": place, "period": period})
    _set(scope, "__pydantic_fields_set__", set(_SCOPE_FIELDS_SET))
    _set(scope, "__pydantic_extra__", None)
    _set(scope, "__pydantic_private__", None)
    return scope


def _last(found: list[Found]) -> str | None:
    return found[-1].text if found else None
