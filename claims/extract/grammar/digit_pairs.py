"""Two figures joined by a dash or a slash: a span of years or days, a date, or a share.

'2021-2025' is a span of years only when the second is later and near ('1152 - 1154
đường Láng' are houses, unless a cue says era); '28-30/7' a run of days in one month;
'ngày 10-2' a day and month after a date cue, though 'từ 3-5 triệu đồng' is a range of
an amount.  'a/b' is a day and month, a month and year, a share, an exam mark or a
code, as the cue before it and the words after it say (``slash_dates`` weighs those
words).  Both are asked by ``DigitReadings`` once a number is known to be paired.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates, identifiers, scores, slash_dates
from claims.extract.grammar.char_classes import VIETNAMESE_CAPITAL
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.date_readings import FOUR_DIGIT_YEAR, DateReadings, year_end
from claims.extract.grammar.mentions import fraction_mention, identifier, plain_mention
from claims.extract.grammar.number_followers import FUNCTION_WORDS, WORD_AFTER, amount_follows
from claims.extract.grammar.patterns import DATE_CUE_WORDS, DAY_CUE_WORDS, NOUN_TAIL
from claims.extract.grammar.seasons import listed_season, short_span
from claims.extract.grammar.slash_dates import (
    day_named_after,
    day_named_before,
    listed_after_date,
    share_follows,
)
from claims.model import Mention

_YEAR_RANGE = re.compile(r"((?:1\d|20)\d\d)\s*[-–—]\s*((?:1\d|20)\d\d)")
_MODERN = 1800
"""A run of years before 1800 is read only after a year's cue ('giai đoạn 1185 -1868') or
in brackets after a name ('nước Đại Ngu (1400-1407)'): '1152 - 1154 đường Láng' are houses."""
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_RANKED_BEFORE = re.compile(r"(?<![^\W_])(?:đứng|xếp|vị[ \t]+trí|hạng)[ \t]+$", re.IGNORECASE)
"""'đứng thứ 82/190', 'xếp thứ 8/112', 'vị trí thứ 2/64', 'xếp hạng thứ 5/44', 'tạm xếp
hạng 5/44': a verb of ranking before 'thứ' or 'hạng'."""
_PLACE_BEFORE = re.compile(r"(?<![^\W_])vị[ \t]+trí[ \t]+$", re.IGNORECASE)


def _rank_of_total(text: str, start: int, cue: Cue, terms: tuple[int, int]) -> bool:
    """'Philippines được xếp hạng 49/126', 'Việt Nam đứng thứ 82/190 trên thế giới': a place
    out of the number ranked, one ordinal claim of the place (tests/gold/dev21 labels
    '49/126' ordinal 49), no share: 49 of 126 is where Philippines stands, not a part of
    anything."""
    a, b = terms
    if not 1 <= a <= b:
        return False
    if cue.kind is None:  # '(từ vị trí 91/189 lên 82/190)': the place named, 'thứ' left out
        return _PLACE_BEFORE.search(text, max(0, start - 10), start) is not None
    if cue.kind != "ordinal" or cue.word.lower() not in ("thứ", "hạng"):
        return False
    # the verb of ranking before 'hạng' too: 'thương binh hạng 2/4' is a grade, no place
    return _RANKED_BEFORE.search(text, max(0, cue.start - 16), cue.start) is not None


_LIFE = 120
"""The longest run of years before 1800 read in brackets after a name: a life or a reign."""
_NAME_THEN_BRACKET = re.compile(VIETNAMESE_CAPITAL + r"[^\W\d_]*[ \t]*\($")
"""'Hồ Xuân Hương (1772 – 1822)', 'Philippe Vandermaelen (1795 -1869)': a capitalised word, then
the bracket that opens a life or a reign of years before 1800."""


def _named_before(text: str, start: int) -> bool:
    return _NAME_THEN_BRACKET.search(text, max(0, start - 30), start) is not None


def _bracketed(text: str, start: int, end: int) -> bool:
    """'(1977-2017)', 'nhà văn Nguyễn Tuân (1910-1987)': a run of modern years alone in
    brackets is an era or a life, however long ("giai đoạn 1185 -1868" is one by its cue;
    '(1500-2000) đồng' is no run of years)."""
    return text[start - 1 : start] == "(" and _BRACKET_CLOSE.match(text, end) is not None


_DAY_RANGE = re.compile(
    r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}(?!\d)))?(?![\d/])"
)
"""'28-30/7', '20-25/12/2016': a run of days in one month, the year printed or not."""
_DATE_THEN_DASH = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}[ \t]*[-–][ \t]*$")
_POINTS_AFTER = re.compile(r"[ \t]+điểm(?![^\W_])")
YEAR_NAMED_AFTER = re.compile(
    r"[ \t]+năm[ \t]+(?:nay|ngoái|trước|sau|tới|(?:1[89]|20)\d\d(?!\d))(?![^\W_])"
)
"""'đến 20-8 năm nay': the year the day and month are in, no span of years."""
_SMALL_PAIR = re.compile(r"(\d{1,2})\s*[-–.]\s*(\d{1,2})(?!\d|[.,]\d)")
"""'ngày 10-2', 'từ 5.8': a dashed or dotted day and month; not the start of a range of
decimals ('từ 2 - 2,5 triệu đồng' is 2 to 2.5 million, no 2 February; 'từ 3 - 4.5 triệu
đồng'), nor the days of a run whose month follows a dot ('Từ ngày 9 - 11.2' is 9 to 11
February, no 9 November; the run is read as '12 - 13.8' always was)."""

_RANGE_CUE_WORDS = frozenset({"từ", "đến", "tới", "trước", "sau", "("})
"""Cues a range of amounts shares with a date: 'từ 4-8 gói', '(3 –5 bữa'; not 'ngày', 'sáng'."""
_SCORE_CUE_WORDS = frozenset({"trước", "đến", "tới"})
"""Cues of a date that also stand between a result and its score: 'thua đến 1-6'."""
_DATE_FOLLOWERS = FUNCTION_WORDS | {
    "tới", "đến", "trong", "trước", "sau", "năm", "nay", "vừa", "qua", "trở", "hàng", "hằng",
    "lúc", "hoặc", "hay", "đầu", "cuối", "giờ",
}  # fmt: skip
"""Words a day and month goes on with ('từ 1-8 tới', 'đến 30-8 sẽ', 'trước 30-6 trong')."""


def _counted_after(text: str, pair: re.Match[str], cue_word: str) -> bool:
    """'từ 4-8 gói', 'từ 5-10 viên', 'từ 1-5 sao': a rising pair after a range's cue, then a
    lower-case word that no day and month goes on with: a range of things counted."""
    if cue_word not in _RANGE_CUE_WORDS or int(pair.group(1)) >= int(pair.group(2)):
        return False
    following = WORD_AFTER.match(text, pair.end())
    word = following.group(1) if following is not None else None
    return word is not None and word[:1].islower() and word not in _DATE_FOLLOWERS


class DigitPairs(DateReadings):
    """Dashed and slashed pairs of figures (a mixin of the scanner)."""

    def _pair(self, start: int, cue: Cue) -> Mention | None:
        """Year ranges, runs of days and dashed day-months: '2021-2025', '28-30/7', 'ngày 10-2'."""
        text = self.text
        pair = _YEAR_RANGE.match(text, start)
        if pair is not None and int(pair.group(1)) < _MODERN and cue.kind != "year":
            pair = pair if text[start - 1 : start] == "(" else None  # "Dự án 1152 - 1154 đường"
        if pair is not None and (cue.kind == "year" or int(pair.group(1)) < int(pair.group(2))):
            first, second = int(pair.group(1)), int(pair.group(2))
            era = cue.kind == "year" or (
                _bracketed(text, start, pair.end())
                and (first >= _MODERN or (second <= first + _LIFE and _named_before(text, start)))
            )
            if first < second <= first + 20 or (era and first < second):
                begin = cue.start if cue.kind in ("year", "from") else start
                return plain_mention(
                    text,
                    begin,
                    pair.end(),
                    "year",
                    None,
                    lower=first,
                    upper=second,
                    qualifier="range",
                )
        span = short_span(text, start, cue) or listed_season(text, start)
        if span is not None:  # "mùa giải 2016-17", "1997-99", "(1993-94, 94-95"
            return span
        days = _DAY_RANGE.match(text, start)
        if days is not None:  # "28-30/7": a run of days in one month
            first, last, month = (int(days.group(i)) for i in (1, 2, 3))
            if first < last and dates.plausible_day_month(last, month):
                printed = days.group(4)
                in_year = dates.full_year(printed) if printed else self._year_after(days.end())
                iso = dates.iso_day(first, month, in_year, self.published)
                iso_end = dates.iso_day(last, month, in_year, self.published)
                begin = cue.start if cue.kind in ("from",) or cue.word in DAY_CUE_WORDS else start
                stop = year_end(text, days.end())
                return plain_mention(
                    text, begin, stop, "date", f"{iso}/{iso_end}", qualifier="range"
                )
        small = _SMALL_PAIR.match(text, start)
        if (
            small is not None and cue.word in _SCORE_CUE_WORDS and scores.result_before(text, start)
        ):  # "vươn lên dẫn trước 2-1", "để thua đến 1-6": a match's score, no day
            return identifier(text, start, small.end())
        if (
            small is not None
            and cue.kind in ("date", "from")
            and cue.word in DATE_CUE_WORDS | {"từ"}
            and not _counted_after(text, small, cue.word)
            and (
                not amount_follows(text, small.end())  # "từ 3-5 triệu đồng": a range
                or (  # "đến 20-8 năm nay", "ngày 5-8 năm nay": no span of years
                    (cue.word in DAY_CUE_WORDS or int(small.group(1)) > int(small.group(2)))
                    and YEAR_NAMED_AFTER.match(text, small.end()) is not None
                )
            )
        ):
            day, month = int(small.group(1)), int(small.group(2))
            if dates.plausible_day_month(day, month):
                iso = dates.iso_day(day, month, self._year_after(small.end()), self.published)
                stop = year_end(text, small.end())
                return plain_mention(text, cue.start, stop, "date", iso)
        return None

    def _slash(self, found: re.Match[str], cue: Cue) -> Mention | None:
        text = self.text
        raw_a, raw_b = found.group("slash_a"), found.group("slash_b")
        a, b = int(raw_a), int(raw_b)
        start, end = found.span()
        points_won = cue.word == "điểm" and a <= b < 1000  # "ăn điểm 33/44": 33 of 44 points
        if cue.kind in ("identifier", "attached") and not points_won:
            return identifier(text, cue.start, end)
        if _rank_of_total(text, start, cue, (a, b)):
            begin = start if cue.kind is None else cue.start
            return plain_mention(text, begin, end, "ordinal", a, lower=a, upper=a)
        suffix = identifiers.MODEL_SUFFIX.match(text, end)
        if suffix is not None:  # "bộ đôi iPhone 7/7 Plus": the two models, no 7 July
            return identifier(text, start, suffix.end())
        if slash_dates.street_named(text, start):  # "tuyến đường 30/4": a street's name, no day
            return identifier(text, start, end)
        if slash_dates.house_numbered(text, start, end) or (  # "trụ sở 16/26 Trần Thiện Chánh"
            cue.kind is None and slash_dates.listed_street(text, start, end)
        ):  # "các tuyến đường Lê Đại Hành, 30/4, Phan Đăng Lưu"
            return identifier(text, start, end)
        day_cue = cue.kind == "date" and cue.word in DAY_CUE_WORDS  # "Ngày 24/7:" is a day
        if found.group() in identifiers.SEPARATED_ROUND_TRIP and not day_cue:
            return None
        if dates.plausible_day_month(a, b) and _DATE_THEN_DASH.search(
            text, max(0, start - 12), start
        ):
            # "tuần này 29/5 - 3/6": the second day of a run of dates
            return plain_mention(
                text, start, end, "date", dates.iso_day(a, b, None, self.published)
            )
        if FOUR_DIGIT_YEAR.fullmatch(raw_a) and len(raw_b) <= 2:  # "mùa giải 2016/17"
            return identifier(text, cue.start if cue.kind == "year" else start, end)
        if len(raw_b) == 4 and FOUR_DIGIT_YEAR.fullmatch(raw_b):
            if 1 <= a <= 12:
                begin = cue.start if cue.kind == "month" else start
                return plain_mention(
                    text, begin, end, "date", dates.iso_month(a, b, self.published)
                )
            if cue.kind != "month":
                return identifier(text, start, end)
        day_cue = cue.word in DATE_CUE_WORDS or cue.kind == "from"
        named_day = cue.kind == "date" and cue.word in DAY_CUE_WORDS
        if a < b and cue.kind is not None and not named_day and share_follows(text, end):
            return fraction_mention(text, start, end, (a, b), cue)
        if a < b and cue.kind is None and dates.plausible_day_month(a, b):
            padded = len(raw_a) == 2 and raw_a[0] == "0"  # "17:00 - 03/06:" no share is 03/06
            listed = padded or listed_after_date(text, self.last_date_end, start, end)
            day_cue = listed or day_named_after(text, end)  # "Hết 7/8:", "5/6 là ngày"
            day_cue = day_cue or day_named_before(text, start, end)  # "Thiếu nhi 1/6", "phiên 2/6"
        if dates.plausible_day_month(a, b) and (day_cue or a >= b):
            begin = cue.start if cue.kind == "date" and cue.word in DAY_CUE_WORDS else start
            return plain_mention(
                text, begin, end, "date", dates.iso_day(a, b, None, self.published)
            )
        # "100/80" (a tyre size) names a thing; "244/200 xã" is a wrong share to flag.
        if b == 0 or (a > b and NOUN_TAIL.match(text, end) is None):
            return identifier(text, start, end)
        named = self._named_model(start, end) if cue.kind is None else None
        if named is not None:  # "Mega 6/45": a game's name, no share
            return named
        if b in scores.SCALES and a <= b and scores.is_exam_mark(text, start, None):
            points = _POINTS_AFTER.match(text, end)  # "thi được 99/100": a mark of 99
            stop = points.end() if points else end
            return plain_mention(text, start, stop, "measure", a, unit="điểm", lower=a, upper=a)
        return fraction_mention(text, start, end, (a, b), cue)
