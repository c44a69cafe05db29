"""Readings of a digit core as a point in time: dates, years, decades, months, days, and
the ranks and weekdays that share their cue words (clock times: ``clock_readings``)."""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.bare_years import part_of_year_before, year_named_after
from claims.extract.grammar.clock_readings import ClockReadings
from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cue_words import GRADE_CUES
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.decades import decade_mention
from claims.extract.grammar.historic_years import (
    bracketed_historic_year,
    historic_mention,
    historic_year,
)
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.extract.grammar.named_numbers import opens_an_item
from claims.extract.grammar.named_years import model_year_before_name
from claims.extract.grammar.number_followers import ends_phrase
from claims.extract.grammar.patterns import (
    DAY_CUE_WORDS,
    MONTH_YEAR_TAIL,
    NOUN_TAIL,
)
from claims.extract.grammar.scan_state import (
    DAY_LED_WEEKDAY_BEFORE,
    PART_OF_DAY_BEFORE,
    RANKED_BY,
    WEEKDAY_FOLLOW,
    WEEKDAY_OF_AFTER,
)
from claims.extract.grammar.scores import POINTS
from claims.model import Mention

FOUR_DIGIT_YEAR = re.compile(r"(?:1[89]|20)\d\d")
DOT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})")
"""A day and a month written with a point ('(2.6)', 'công viên 30.4'), or a decimal:
the words around it and ``dates.plausible_day_month`` decide."""
_DOTTED_YEAR_AFTER = re.compile(r"\.((?:19|20)\d\d)(?![\d.,]\d|\d|[^\W_])")
"""The year after a month and its point ('từ 5.2017'), read by ``_bare_month_year``."""
_DASH_ONLY = re.compile(r"[ \t]*[-–][ \t]*")
_ZONE_HOURS_AFTER = re.compile(
    r"[ \t]+giờ[ \t]+(?:địa[ \t]+phương|Việt[ \t]+Nam|VN|Hà[ \t]+Nội|GMT|UTC|quốc[ \t]+tế|Mỹ"
    r"|miền[ \t]+Đông|Bắc[ \t]+Kinh|Anh|Pháp|Nga|Nhật|Hàn[ \t]+Quốc|Trung[ \t]+Quốc|Úc|Đức)"
    r"(?![^\W_])"
)
"""'ngày 9.7 giờ địa phương', 'rạng sáng ngày 29.5 giờ Việt Nam', 'tối 9.2 giờ Mỹ': the day in
a time zone's clock, not 9.7 hours (a length of hours is told by no zone)."""
_TIME_ADVERB_AFTER = re.compile(r"[ \t]+(?:mới|đã|sẽ|vẫn|đang|sắp)[ \t]+(?:chỉ[ \t]+)?[^\W\d_]")
"""'trong khi 2017 mới chỉ trôi qua': a year is the subject an aspect word follows; a
count is followed by the noun it counts."""
_MONTH_RUN = re.compile(r"[ \t]*[-–][ \t]*(\d{1,2})(?!\d|[.,]\d)")
"""The last month of a run after 'tháng 3': '-4/2017', ' – 6'."""
_RANK_RUN = re.compile(
    r"[ \t]*(?:[-–]|đến|tới)[ \t]*(?:thứ[ \t]+)?(\d{1,3})(?!\d|[.,/:]\d|[ \t]*[-–/]\d)"
)
"""The last rank of a run after 'thứ 25': ' đến 31', '-5', ' đến thứ 12'."""
_MOST_RANKS = 999
_WEEKDAYS_END = 8
_BORN_BEFORE = re.compile(r"(?<![^\W_])(?<!tuyển )(?<!Tuyển )[Ss]inh[ \t]+$")
"""'Nguyễn Đăng T (sinh 1999)', 'Trúc Mai sinh 1995 tại Cần Thơ', 'năm sinh 1967': the year
of birth, as 'sinh năm 1999' ('tuyển sinh 2017' names an admission season)."""


def year_end(text: str, end: int) -> int:
    year = MONTH_YEAR_TAIL.match(text, end)
    return year.end() if year else end


class DateReadings(ClockReadings):
    """Dates read from a digit core and its cue (a mixin of the scanner)."""

    def _dated_or_ranked(self, raw: str, start: int, end: int, cue: Cue) -> Mention | bool | None:
        """Dotted dates, years, months, days, decades and ranks read from the cue."""
        text = self.text
        dotted = DOT_DATE.fullmatch(raw) if "." in raw else None
        if (
            dotted is not None
            and text[max(0, start - 2) : start] not in ("f/", "F/")  # "khẩu độ f/1.7": no 1 July
            and (not read_tail(text, end).unit_found or _ZONE_HOURS_AFTER.match(text, end))
            and (cue.word in DAY_CUE_WORDS or POINTS.match(text, end) is None)  # "là 15.5 điểm"
        ):
            day, month = int(dotted.group(1)), int(dotted.group(2))
            if dates.plausible_day_month(day, month):  # "(2.6)": news writes dates with a point
                iso = dates.iso_day(day, month, self._year_after(end), self.published)
                begin = cue.start if cue.word in DAY_CUE_WORDS else start
                stop = year_end(text, end)
                return plain_mention(text, begin, stop, "date", iso)
        if not raw.isdigit():
            return False
        number = int(raw)
        if bracketed_historic_year(text, start, end):
            return plain_mention(text, start, end, "year", number, lower=number, upper=number)
        month_year = self._bare_month_year(number, start, end, cue)
        if month_year is not None:
            return month_year
        if len(raw) == 4 and FOUR_DIGIT_YEAR.fullmatch(raw) and cue.kind in ("year", None):
            begin = cue.start if cue.kind == "year" else start
            if self._law_year(begin if cue.kind is None else start) or self._model_year(start):
                return identifier(text, begin, end)
        if cue.kind == "year":
            decade = self._decade(cue, raw)
            if decade is not None:  # 'những năm 90', 'thập niên 80 - 90'
                return decade_mention(text, decade, raw, end)
            if historic_year(text, cue, raw, end):
                return historic_mention(text, cue, number, end)
            if FOUR_DIGIT_YEAR.fullmatch(raw):
                return plain_mention(
                    text, cue.start, end, "year", number, lower=number, upper=number
                )
            return identifier(text, cue.start, end)
        if (
            cue.kind == "month"
            and self._capitalised_inside(cue.start)
            # "Ảnh: T.KHÁNH Tháng 7-2016, phường 10 …": a month with its year opens a
            # sentence after a photo credit; a name's month has no year glued to it
            and MONTH_YEAR_TAIL.match(text, end) is None
        ):
            return identifier(text, cue.start, end)  # "Quảng trường Cách mạng Tháng 8"
        if cue.kind == "month" and 1 <= number <= 12:
            run = self._month_run(cue, number, end)
            if run is not None:
                return run
            year = MONTH_YEAR_TAIL.match(text, end)
            year_value = int(year.group("year") or year.group("year2")) if year else None
            stop = year.end() if year else end
            iso = dates.iso_month(number, year_value, self.published)
            return plain_mention(text, cue.start, stop, "date", iso)
        day_cue = cue.kind == "date" and cue.word in DAY_CUE_WORDS
        if day_cue and 1 <= number <= 31 and not read_tail(text, end).unit_found:
            return plain_mention(text, cue.start, end, "date", f"---{number:02d}")
        if cue.kind == "ordinal":
            if cue.word in GRADE_CUES and read_tail(text, end).unit_found:
                return False  # 'chuông báo động 3 lần': the times, no grade
            if cue.word == "thứ" and 2 <= number <= 7 and self._weekday(cue, end):
                return None
            if cue.word == "thứ" and (
                self._event_edition(cue.start) or opens_an_item(text, cue.start, end)
            ):  # "Hội nghị lần thứ 2", "…; thứ 2 là dòng tiền …"
                return identifier(text, cue.start, end)
            ranks = self._rank_run(cue, number, end)
            if ranks is not None:
                return ranks
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        if len(raw) == 4 and FOUR_DIGIT_YEAR.fullmatch(raw):
            year_mention = self._year_reading(raw, start, end, cue)
            if year_mention is not None:
                return year_mention
        if cue.word == "lần" and self._bare_edition(start):  # "Hội nghị APEC lần 2"
            return identifier(text, cue.start, end)
        if cue.kind == "time_rank" and number < 100 and ends_phrase(text, end):
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        return False

    def _rank_run(self, cue: Cue, first: int, end: int) -> Mention | None:
        """'đời thứ 25 đến 31', 'xếp thứ 3-5': a run of ranks, one mention; not weekdays
        ('thứ 2 đến thứ 6') unless a rank verb stands before."""
        run = _RANK_RUN.match(self.text, end)
        if run is None or cue.word != "thứ" or not first < int(run.group(1)) <= _MOST_RANKS:
            return None
        last = int(run.group(1))
        ranked = RANKED_BY.search(self.text, max(self.floor, cue.start - 16), cue.start)
        if last <= _WEEKDAYS_END and ranked is None:
            return None
        if read_tail(self.text, run.end()).unit_found:
            return None
        return plain_mention(
            self.text, cue.start, run.end(), "ordinal", None, lower=first, upper=last,
            qualifier="range",
        )  # fmt: skip

    def _month_run(self, cue: Cue, first: int, end: int) -> Mention | None:
        """'tháng 3-4/2017', 'tháng 8 - 10': a run of months, one mention (an ISO interval)."""
        run = _MONTH_RUN.match(self.text, end)
        if run is None or not first < int(run.group(1)) <= 12:
            return None
        year = self._year_after(run.end())
        first_iso = dates.iso_month(first, year, self.published)
        last_iso = dates.iso_month(int(run.group(1)), year, self.published)
        stop = year_end(self.text, run.end())
        return plain_mention(
            self.text, cue.start, stop, "date", f"{first_iso}/{last_iso}", qualifier="range"
        )

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
        season = self._named_season(start) if cue.kind is None else None
        if season is not None:
            return identifier(text, season, end)  # "kỳ chuyển nhượng hè 2017"
        linked = cue.word in ("từ", "đến", "tới") and ends_phrase(text, end)  # "đến 2010 bị"
        born = cue.kind is None and self._born_before(start, end)
        if linked or born or (cue.kind is None and self._after_season(start)):
            return plain_mention(text, start, end, "year", number, lower=number, upper=number)
        if cue.kind is None and (
            self._names_edition(start, end) or model_year_before_name(text, end)
        ):
            return identifier(text, start, end)  # "APEC 2017", "2017 Yamaha FZ150i"
        subject_year = cue.kind is None and _TIME_ADVERB_AFTER.match(text, end) is not None
        subject_year = subject_year or (cue.kind is None and year_named_after(text, end))
        part = cue.kind in (None, "date") and part_of_year_before(text, self.floor, start)
        if self._bare_year(end) or subject_year or (part and self._no_count_after(end)):
            return plain_mention(text, start, end, "year", number, lower=number, upper=number)
        return None

    def _born_before(self, start: int, end: int) -> bool:
        if _BORN_BEFORE.search(self.text, max(self.floor, start - 12), start) is None:
            return False
        return self._no_count_after(end)

    def _no_count_after(self, end: int) -> bool:
        return not read_tail(self.text, end).unit_found and not NOUN_TAIL.match(self.text, end)

    def _weekday(self, cue: Cue, end: int) -> bool:
        if RANKED_BY.search(self.text, max(self.floor, cue.start - 16), cue.start):
            return False  # "xếp thứ 3, với 2 điểm", "set thứ 3,": a rank, not Tuesday
        capital = self.text[cue.start] == "T"
        if capital or WEEKDAY_FOLLOW.match(self.text, end) is not None or end == len(self.text):
            return True
        if PART_OF_DAY_BEFORE.search(self.text, max(0, cue.start - 12), cue.start) is not None:
            return True
        return (
            DAY_LED_WEEKDAY_BEFORE.search(self.text, max(0, cue.start - 60), cue.start) is not None
            and WEEKDAY_OF_AFTER.match(self.text, end) is None
        )

    def _bare_year(self, end: int) -> bool:
        """A lone 19xx/20xx closing a clause ('(2016)', 'trong 2016.') is a year."""
        following = self.text[end : end + 2]
        return not following or following[0] in ".,;:)!?\n" or following == " -"

    def _bare_month_year(self, month: int, start: int, end: int, cue: Cue) -> Mention | None:
        """'bắt đầu từ 5.2017', 'Tháng 7.1979 – 6.1994': a month and a year written with a
        point and no 'tháng', after 'từ', 'đến' or 'tới' or as the second end of a run whose
        first end is a date ('tháng 10.2011 - 7.2012'); the run is joined by ``date_runs``."""
        if not 1 <= month <= 12 or self.text[end : end + 1] != ".":
            return None
        year = _DOTTED_YEAR_AFTER.match(self.text, end)
        if year is None or read_tail(self.text, year.end()).unit_found:
            return None  # "ngưỡng 1.2060 USD/ounce": a price printed with a stray point
        bound = cue.word.lower() in ("từ", "đến", "tới") and cue.start < start
        after_date = 0 <= self.last_date_end < start and (
            _DASH_ONLY.fullmatch(self.text, self.last_date_end, start) is not None
        )
        if not (bound or after_date):
            return None
        iso = f"{year.group(1)}-{month:02d}"
        return plain_mention(self.text, start, year.end(), "date", iso)

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

    def _iso_date(self, found: re.Match[str]) -> Mention:
        """'2017-06-04': a date when month and day are shaped like ones, else a code."""
        day, month = int(found.group("iso_d")), int(found.group("iso_m"))
        if not dates.plausible_day_month(day, month):
            return identifier(self.text, found.start(), found.end())
        iso = dates.iso_day(day, month, int(found.group("iso_y")), self.published)
        return plain_mention(self.text, found.start(), found.end(), "date", iso)

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
