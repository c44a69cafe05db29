"""Readings of a core that starts with a digit: quantities, dates, times, identifiers."""

from __future__ import annotations

import re

from claims.extract.grammar import dates, identifiers
from claims.extract.grammar.cues import Cue, look_back
from claims.extract.grammar.named_numbers import (
    CENTURY_WORDS,
    NAMING_BEFORE,
    NamedNumbers,
    amount_follows,
    century_mention,
    counts_noun_after,
)
from claims.extract.grammar.patterns import (
    CLOCK_CUE_WORDS,
    DATE_CUE_WORDS,
    DAY_CUE_WORDS,
    MONTH_YEAR_TAIL,
    NOUN_TAIL,
    QUANTITY_ONLY,
)
from claims.extract.grammar.quantities import (
    Core,
    build_quantity,
    fraction_mention,
    identifier,
    plain_mention,
    read_figure,
    read_tail,
)
from claims.extract.grammar.scan_state import WEEKDAY_FOLLOW
from claims.model import Mention

_FOUR_DIGIT_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_RANGE = re.compile(r"((?:1[89]|20)\d\d)\s*[-–—]\s*((?:1[89]|20)\d\d)")
_RESOLUTION = re.compile(r"[ \t]*[x×][ \t]*\d+(?![\d.,]\d)")
_MEASURED = frozenset({"money", "measure", "percent"})
"""Units that make 'khoản 1,6 triệu km' a quantity despite the identifier cue."""
_PAIR_JOINERS = frozenset("-–—.x×/")
"""What may follow a number that pairs it with the next one."""
_DAY_RANGE = re.compile(r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})/(\d{1,2})(?![\d/])")
_DOT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})")
_DATE_THEN_DASH = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}[ \t]*[-–][ \t]*$")
_TIME_ADVERB_AFTER = re.compile(r"[ \t]+(?:mới|đã|sẽ|vẫn|đang|sắp)[ \t]+(?:chỉ[ \t]+)?[^\W\d_]")
"""'trong khi 2017 mới chỉ trôi qua': a year is the subject an aspect word follows; a
count is followed by the noun it counts."""
_RANKED_BY = re.compile(r"(?<![^\W_])(?:xếp|đứng|xếp hạng|về|đạt hạng)[ \t]+$")
_DIGIT_HALF = re.compile(r"[ \t]+nửa(?![^\W_])")
_SMALL_PAIR = re.compile(r"(\d{1,2})\s*[-–.]\s*(\d{1,2})")


def _decade_start(raw: str) -> int:
    number = int(raw)
    return number if number >= 100 else 1900 + number


def _year_end(text: str, end: int) -> int:
    year = MONTH_YEAR_TAIL.match(text, end)
    return year.end() if year else end


class DigitReadings(NamedNumbers):
    """What a digit-anchored match means, given the words around it."""

    def _digits(self, found: re.Match[str]) -> tuple[Mention | None, int]:
        branch = found.lastgroup
        start, end = found.span()
        text = self.text
        if branch in ("plate", "document", "ratio", "run"):
            return identifier(text, start, end), end
        if branch == "phone":
            if identifiers.is_phone(found.group()):
                plus = start - 1 if start and text[start - 1] == "+" else start
                return identifier(text, plus, end), end
            return self._quantity_at(start)
        if (
            start > self.floor
            and text[start - 1] == ","
            and (start < 2 or text[start - 2].isspace())
        ):
            return self._quantity_at(start - 1)  # ",77": a decimal with no leading zero
        cue = look_back(text, start, self.floor)
        if branch == "dmy":
            return self._day_month_year(found, cue), end
        if branch == "height":  # "1m78" = 1,78 m: read as the decimal it says
            figure = read_figure(
                f"{found.group('height_m')},{found.group('height_cm')}", None, None
            )
            height = build_quantity(text, Core(start, end, figure), cue)
            return height.model_copy(update={"kind": "measure", "unit": "m"}), end
        if branch == "clock":
            return self._clock(found, cue)
        if branch == "hours":
            return self._hours(found, cue)
        if branch == "dword":
            return self._day_month_words(found, cue)
        if branch == "slash":
            tail = read_tail(text, end)
            shared_unit = tail.unit_found and tail.kind != "count"
            if shared_unit and cue.kind not in ("identifier", "attached", "month", "date"):
                # "64/128GB": two alternatives sharing a unit; read the first, then the second
                slash = found.start("slash_b") - 1
                figure = read_figure(found.group("slash_a"), None, None)
                first = build_quantity(text, Core(start, slash, figure), cue)
                first = first.model_copy(update={"unit": tail.unit, "kind": tail.kind})
                return first, slash + 1
            return self._slash(found, cue), end
        return self._quantity(found, cue), end

    def _quantity_at(self, start: int) -> tuple[Mention | None, int]:
        found = QUANTITY_ONLY.match(self.text, start)
        if found is None:
            return None, start + 1
        return self._quantity(found, look_back(self.text, start, self.floor)), found.end()

    def _quantity(self, found: re.Match[str], cue: Cue) -> Mention | None:
        text = self.text
        start, end = found.span()
        raw = found.group("num")
        special = self._special_number(found, cue)
        if special is not False:
            return special if isinstance(special, Mention) else None
        figure = read_figure(raw, found.group("dec"), found.group("scale"))
        outer = look_back(text, cue.start, self.floor) if cue.kind == "currency" else None
        return build_quantity(text, Core(start, end, figure, raw=found.group()), cue, outer=outer)

    def _special_number(self, found: re.Match[str], cue: Cue) -> Mention | bool | None:
        """Identifier, year, month, day or ordinal readings; False when none applies."""
        text = self.text
        start, end = found.span()
        raw = found.group("num")
        plain = found.group() == raw
        if len(raw) > 24:  # a digit run no quantity is written with: a code or garbage
            return identifier(text, start, end)
        if cue.kind == "identifier" and (
            not plain or read_tail(text, end).kind in _MEASURED or counts_noun_after(text, end)
        ):
            cue = Cue(None, "", start)  # "khoản 1,6 triệu km": a typo'd hedge, not "khoản 1"
        if cue.kind == "year" and read_tail(text, end).unit_found:
            cue = Cue(None, "", start)  # "từ năm 3 tuổi", "nhiệm kỳ 5 năm": no year
        century = cue.word in CENTURY_WORDS and raw.isdigit() and 1 <= int(raw) <= 21
        if cue.kind == "identifier" and century and plain:
            return century_mention(text, cue.start, end, int(raw))  # "thế kỷ 18": 1701-1800
        if cue.kind == "identifier" and cue.word == "số" and self._ranks(cue.start):
            number = int(raw) if raw.isdigit() else 0
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        lone = text[end : end + 3].lstrip(" \t")[:1] not in _PAIR_JOINERS
        if cue.kind == "score" and cue.word == "set" and plain and lone:
            return identifier(text, cue.start, end)  # "set 2": the set's number, no score
        if cue.kind == "attached" and cue.word == "sn" and _FOUR_DIGIT_YEAR.fullmatch(raw):
            number = int(raw)  # "(SN1970, ở ...)": 'sinh năm' glued to the year of birth
            return plain_mention(text, cue.start, end, "year", number, lower=number, upper=number)
        if cue.kind in ("attached", "identifier"):
            if cue.kind == "attached":
                tail = identifiers.ATTACHED_TAIL.match(text, end)
                end = tail.end() if tail is not None else end
            return identifier(text, cue.start, end)
        if (
            plain
            and end < len(text)
            and (text[end].isalpha() and not read_tail(text, end).unit_found)
        ):
            return identifier(text, start, end)
        if not plain:
            return False
        if raw[0] == "0" and len(raw) >= 4 and raw.isdigit():  # "06951": a code, not a count
            return identifier(text, start, end)
        following = text[end : end + 2]
        common = following[:1] == " " and following[1:].islower() and raw != "1"
        if not common or text.endswith(NAMING_BEFORE, 0, start):
            named_number = self._named_number(raw, start, end)
            if named_number is not False:
                return named_number
        half = _DIGIT_HALF.match(text, end) if raw == "1" else None
        if half is not None:  # "hơn 1 nửa" is "hơn một nửa"
            return fraction_mention(text, start, half.end(), (1, 2), cue)
        if raw in ("1", "01") and self._per_one(start, end):
            return None  # "(gần 90 triệu)/1 tháng": per month, no count of months
        paired = text[end : end + 3].lstrip(" \t")[:1] in _PAIR_JOINERS
        resolution = _RESOLUTION.match(text, end) if paired else None
        if resolution is not None:  # "1920 x 1080 pixel"
            return identifier(text, start, resolution.end())
        named = self._named_model(start, end) if cue.kind is None else None
        if named is not None:
            return named
        if cue.kind is None and (
            self._border_marker(start, end) or self._street_number(start, end)
        ):
            return identifier(text, start, end)
        if following in (". ", "- ") and self._list_number(start, end, raw):
            return identifier(text, start, end + 1)
        if paired:
            found_pair = self._pair(start, cue)
            if found_pair is not None:
                return found_pair
        return self._dated_or_ranked(raw, start, end, cue)

    def _pair(self, start: int, cue: Cue) -> Mention | None:
        """Year ranges, runs of days and dashed day-months: '2021-2025', '28-30/7', 'ngày 10-2'."""
        text = self.text
        pair = _YEAR_RANGE.match(text, start)
        if pair is not None and (cue.kind == "year" or int(pair.group(1)) < int(pair.group(2))):
            first, second = int(pair.group(1)), int(pair.group(2))
            if cue.word == "nhiệm kỳ" and first < second:  # "Bộ trưởng nhiệm kỳ 2011-2016"
                return identifier(text, cue.start, pair.end())  # names the term
            if first < second <= first + 20:
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
        days = _DAY_RANGE.match(text, start)
        if days is not None:  # "28-30/7": a run of days in one month
            first, last, month = (int(days.group(i)) for i in (1, 2, 3))
            if first < last and dates.plausible_day_month(last, month):
                in_year = self._year_after(days.end())
                iso = dates.iso_day(first, month, in_year, self.published)
                iso_end = dates.iso_day(last, month, in_year, self.published)
                begin = cue.start if cue.kind in ("from",) or cue.word in DAY_CUE_WORDS else start
                stop = _year_end(text, days.end())
                return plain_mention(
                    text, begin, stop, "date", f"{iso}/{iso_end}", qualifier="range"
                )
        small = _SMALL_PAIR.match(text, start)
        if (
            small is not None
            and cue.kind in ("date", "from")
            and cue.word in DATE_CUE_WORDS | {"từ"}
            and not amount_follows(text, small.end())  # "từ 3-5 triệu đồng": a range
        ):
            day, month = int(small.group(1)), int(small.group(2))
            if dates.plausible_day_month(day, month):
                iso = dates.iso_day(day, month, self._year_after(small.end()), self.published)
                return plain_mention(text, cue.start, small.end(), "date", iso)
        return None

    def _dated_or_ranked(self, raw: str, start: int, end: int, cue: Cue) -> Mention | bool | None:
        """Dotted dates, years, months, days, decades and ranks read from the cue."""
        text = self.text
        dotted = _DOT_DATE.fullmatch(raw)
        if dotted is not None and not read_tail(text, end).unit_found:
            day, month = int(dotted.group(1)), int(dotted.group(2))
            if dates.plausible_day_month(day, month):  # "(2.6)": news writes dates with a point
                iso = dates.iso_day(day, month, self._year_after(end), self.published)
                begin = cue.start if cue.word in DAY_CUE_WORDS else start
                stop = _year_end(text, end)
                return plain_mention(text, begin, stop, "date", iso)
        if not raw.isdigit():
            return False
        number = int(raw)
        if len(raw) == 4 and _FOUR_DIGIT_YEAR.fullmatch(raw) and cue.kind in ("year", None):
            begin = cue.start if cue.kind == "year" else start
            if self._law_year(begin if cue.kind is None else start) or self._model_year(start):
                return identifier(text, begin, end)
        if cue.kind == "year":
            decade = self._decade(cue, raw)
            if decade is not None:
                return plain_mention(
                    text, decade, end, "year", None, lower=_decade_start(raw),
                    upper=_decade_start(raw) + 9, qualifier="range",
                )  # fmt: skip
            if _FOUR_DIGIT_YEAR.fullmatch(raw):
                return plain_mention(
                    text, cue.start, end, "year", number, lower=number, upper=number
                )
            return identifier(text, cue.start, end)
        if cue.kind == "month" and self._capitalised_inside(cue.start):
            return identifier(text, cue.start, end)  # "Quảng trường Cách mạng Tháng 8"
        if cue.kind == "month" and 1 <= number <= 12:
            year = MONTH_YEAR_TAIL.match(text, end)
            year_value = int(year.group("year") or year.group("year2")) if year else None
            stop = year.end() if year else end
            iso = dates.iso_month(number, year_value, self.published)
            return plain_mention(text, cue.start, stop, "date", iso)
        day_cue = cue.kind == "date" and cue.word in DAY_CUE_WORDS
        if day_cue and 1 <= number <= 31 and not read_tail(text, end).unit_found:
            return plain_mention(text, cue.start, end, "date", f"---{number:02d}")
        if cue.kind == "ordinal":
            if cue.word == "thứ" and 2 <= number <= 7 and self._weekday(cue, end):
                return None
            if cue.word == "thứ" and self._event_edition(cue.start):
                return identifier(text, cue.start, end)
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        if len(raw) == 4 and _FOUR_DIGIT_YEAR.fullmatch(raw):
            year_mention = self._year_reading(raw, start, end, cue)
            if year_mention is not None:
                return year_mention
        if cue.kind == "time_rank" and number < 100 and self._ends_phrase(end):
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        return False

    def _decade(self, cue: Cue, raw: str) -> int | None:
        """Start of 'những năm 90' / 'thập niên 60' when the number names a decade."""
        if not raw.endswith("0") or len(raw) not in (2, 4):
            return None
        if cue.word in ("thập niên", "thập kỷ"):
            return cue.start
        lead = self.text[max(self.floor, cue.start - 6) : cue.start].lower()
        return cue.start - 6 if cue.word == "năm" and lead == "những " else None

    def _year_reading(self, raw: str, start: int, end: int, cue: Cue) -> Mention | None:
        """A bare 19xx/20xx: the year ('đến 2010 bị', 'hè 2017', '(2016)') or a name's edition."""
        text, number = self.text, int(raw)
        linked = cue.word in ("từ", "đến", "tới") and self._ends_phrase(end)  # "đến 2010 bị"
        if linked or (cue.kind is None and self._after_season(start)):
            return plain_mention(text, start, end, "year", number, lower=number, upper=number)
        if cue.kind is None and self._names_edition(start, end):
            return identifier(text, start, end)
        subject_year = cue.kind is None and _TIME_ADVERB_AFTER.match(text, end) is not None
        if self._bare_year(end) or subject_year:
            return plain_mention(text, start, end, "year", number, lower=number, upper=number)
        return None

    def _weekday(self, cue: Cue, end: int) -> bool:
        if _RANKED_BY.search(self.text, max(self.floor, cue.start - 12), cue.start):
            return False  # "xếp thứ 3, với 2 điểm": a rank, not Tuesday
        capital = self.text[cue.start] == "T"
        return capital or WEEKDAY_FOLLOW.match(self.text, end) is not None or end == len(self.text)

    def _bare_year(self, end: int) -> bool:
        """A lone 19xx/20xx closing a clause ('(2016)', 'trong 2016.') is a year."""
        following = self.text[end : end + 2]
        return not following or following[0] in ".,;:)!?\n" or following == " -"

    def _year_after(self, end: int) -> int | None:
        year = MONTH_YEAR_TAIL.match(self.text, end)
        return int(year.group("year") or year.group("year2")) if year else None

    def _day_month_year(self, found: re.Match[str], cue: Cue) -> Mention:
        day, month = int(found.group("dmy_d")), int(found.group("dmy_m"))
        if month > 12 >= day:  # 12/25/2017 written the American way
            day, month = month, day
        if not dates.plausible_day_month(day, month):  # "85-56-92 cm": no date at all
            return identifier(self.text, found.start(), found.end())
        year = dates.full_year(found.group("dmy_y"))
        start = cue.start if cue.kind == "date" and cue.word in DAY_CUE_WORDS else found.start()
        iso = dates.iso_day(day, month, year, self.published)
        return plain_mention(self.text, start, found.end(), "date", iso)

    def _clock(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        hour = int(found.group("clock_h") or found.group("clock_h2"))
        minute = int(found.group("clock_m") or found.group("clock_m2") or 0)
        second = found.group("clock_s")
        if hour > 23 or minute > 59 or cue.kind == "score":
            if cue.kind == "score":
                return identifier(self.text, found.start(), found.end()), found.end()
            return self._quantity_at(found.start())
        pod = found.group("clock_pod")
        value = dates.clock_value(hour, minute, int(second) if second else None, pod)
        return plain_mention(self.text, found.start(), found.end(), "time", value), found.end()

    def _hours(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        hour = int(found.group("hours_h"))
        minute_raw, half = found.group("hours_m"), found.group("hours_half")
        less, part = found.group("hours_less"), found.group("hours_pod")
        afternoon = 13 <= hour <= 23 and cue.qualifier in (None, "about")
        clock_like = minute_raw or half or less or part or cue.word in CLOCK_CUE_WORDS or afternoon
        hedged = cue.kind == "hedge" and cue.qualifier != "about"
        if not clock_like or hour > 24 or (hedged and not (minute_raw or part)):
            return self._quantity_at(found.start())
        minute = int(minute_raw) if minute_raw else 30 if half else 0
        if less:
            hour, minute = hour - 1, 60 - int(less)
        if minute > 59:
            return self._quantity_at(found.start())
        start = cue.start if cue.kind == "clock_cue" or cue.qualifier == "about" else found.start()
        value = dates.clock_value(hour % 24, minute, None, part)
        return plain_mention(self.text, start, found.end(), "time", value), found.end()

    def _day_month_words(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        year_raw = found.group("dword_y") or found.group("dword_y2")
        if not year_raw and not (cue.kind == "date" and cue.word in DAY_CUE_WORDS):
            return self._quantity_at(found.start())
        month_raw = found.group("dword_m")
        month = int(month_raw) if month_raw.isdigit() else dates.month_word_value(month_raw)
        day = int(found.group("dword_d"))
        if not dates.plausible_day_month(day, month):
            return self._quantity_at(found.start())
        start = cue.start if cue.kind == "date" and cue.word in DAY_CUE_WORDS else found.start()
        iso = dates.iso_day(day, month, int(year_raw) if year_raw else None, self.published)
        return plain_mention(self.text, start, found.end(), "date", iso), found.end()

    def _slash(self, found: re.Match[str], cue: Cue) -> Mention | None:
        text = self.text
        raw_a, raw_b = found.group("slash_a"), found.group("slash_b")
        a, b = int(raw_a), int(raw_b)
        start, end = found.span()
        points_won = cue.word == "điểm" and a <= b < 1000  # "ăn điểm 33/44": 33 of 44 points
        if cue.kind in ("identifier", "attached") and not points_won:
            return identifier(text, cue.start, end)
        if found.group() in identifiers.SEPARATED_ROUND_TRIP:
            return None
        if dates.plausible_day_month(a, b) and _DATE_THEN_DASH.search(
            text, max(0, start - 12), start
        ):
            # "tuần này 29/5 - 3/6": the second day of a run of dates
            return plain_mention(
                text, start, end, "date", dates.iso_day(a, b, None, self.published)
            )
        if _FOUR_DIGIT_YEAR.fullmatch(raw_a) and len(raw_b) <= 2:  # "mùa giải 2016/17"
            return identifier(text, cue.start if cue.kind == "year" else start, end)
        if len(raw_b) == 4 and _FOUR_DIGIT_YEAR.fullmatch(raw_b):
            if 1 <= a <= 12:
                begin = cue.start if cue.kind == "month" else start
                return plain_mention(
                    text, begin, end, "date", dates.iso_month(a, b, self.published)
                )
            if cue.kind != "month":
                return identifier(text, start, end)
        day_cue = cue.word in DATE_CUE_WORDS or cue.kind == "from"
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
        return fraction_mention(text, start, end, (a, b), cue)

    # --- words ------------------------------------------------------------
