"""The scan: run the digit and word scanners together, left to right.

Each scanner proposes its next core; the earlier one (the longer on a tie) is
read into a mention with the cue before it, and both scanners move past it.
The cue window never reaches back before the previous mention, so mentions
never overlap and come out sorted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from claims.extract.grammar import dates
from claims.extract.grammar.age_ranges import age_ranges
from claims.extract.grammar.centuries import listed_century
from claims.extract.grammar.change_multiples import change_multiples
from claims.extract.grammar.change_pairs import share_change_units
from claims.extract.grammar.clock_hedges import clock_hedges
from claims.extract.grammar.clock_windows import clock_windows
from claims.extract.grammar.comma_pairs import guessed_pairs
from claims.extract.grammar.coordination import listed_days, share_months
from claims.extract.grammar.date_runs import join_date_runs
from claims.extract.grammar.digit_readings import DigitReadings
from claims.extract.grammar.digit_scans import digit_scan
from claims.extract.grammar.few_spans import few_recent_spans
from claims.extract.grammar.hedged_hours import hedged_hours
from claims.extract.grammar.hedged_multiples import hedged_multiples
from claims.extract.grammar.hour_pairs import hour_pairs
from claims.extract.grammar.implied_currency import implied_currency
from claims.extract.grammar.joined_forms import join_forms
from claims.extract.grammar.last_year import date_last_year
from claims.extract.grammar.layout import relabel_layout
from claims.extract.grammar.letter_codes import letter_coded
from claims.extract.grammar.listed_units import share_listed_units
from claims.extract.grammar.listed_years import listed_year
from claims.extract.grammar.measure_pairs import split_measure_pairs
from claims.extract.grammar.mentions import plain_mention, trusted_mention
from claims.extract.grammar.minute_marks import listed_minutes, minute_marks
from claims.extract.grammar.named_again import relabel_named_again
from claims.extract.grammar.number_followers import amount_follows
from claims.extract.grammar.patterns import NOUN_TAIL, WORD_START
from claims.extract.grammar.price_quotes import continued_rate
from claims.extract.grammar.price_tables import price_table_rows
from claims.extract.grammar.set_scores import set_scores
from claims.extract.grammar.shirt_numbers import bracketed_shirt_numbers
from claims.extract.grammar.spec_units import reread_units
from claims.extract.grammar.tens_and_some import tens_and_some
from claims.extract.grammar.wind_levels import wind_level
from claims.extract.grammar.word_readings import WordReadings
from claims.extract.grammar.word_starts import Candidates, candidates
from claims.model import Mention


class Scanner(DigitReadings, WordReadings):
    """One pass over one text."""

    # where the scanners' candidates are, found once per text (``word_starts``)
    word_starts: list[int]
    digit_starts: list[int]
    digit_ends: list[int]

    def run(self, starts: Candidates) -> list[Mention]:
        """The mentions, read where ``starts`` (``word_starts.candidates``) says."""
        mentions: list[Mention] = []
        self.word_starts, self.digit_starts, self.digit_ends = starts
        digit = self._next_digit(0)
        word = self._next_word(0)
        while digit is not None or word is not None:
            use_word = digit is None or (word is not None and word.start() < digit.start())
            found = word if use_word else digit
            assert found is not None
            dated = None if use_word else self._day_after_time(found.start(), mentions)
            mention: Mention | None
            if dated is not None:  # "lúc 2h15 sáng 29.5", "sáng nay, 22-5"
                mention, resume = dated, dated.end
            else:
                mention, resume = (self._word if use_word else self._digits)(found)
            if mention is not None:
                if mention.kind == "count" and mentions:
                    previous = mentions[-1]
                    if previous.kind == "money":
                        mention = converted_to_dong(self.text, previous, mention)
                    if previous.kind in ("money", "measure") and mention.kind == "count":
                        mention = compared_in_brackets(self.text, previous, mention)
                    elif previous.kind == "identifier":
                        mention = listed_with_identifier(self.text, previous, mention)
                    elif previous.kind == "year":  # "thế kỷ 18, 19", "năm 2015, 2016 đối với"
                        mention = listed_century(self.text, previous, mention)
                        mention = listed_year(self.text, previous, mention)
                if mention.kind == "count" and mentions and mentions[-1].kind == "ordinal":
                    added = stoppage_time(self.text, mentions[-1], mention)
                    if added is not None:  # "phút 90+3": one minute, the 93rd
                        mentions.pop()
                        mention = added
                if mention.kind == "fraction" and mentions and mentions[-1].kind == "time":
                    mention = dated_after_time(self.text, mentions[-1], mention, self.published)
                if mention.kind == "count":  # "giá 500.000", "lỗ hơn 727 tỷ": money unsaid
                    mention = implied_currency(self.text, mentions, mention)
                    if mention.kind == "count":  # "quốc lộ 1K", "Retina 5K": no thousand
                        mention = letter_coded(self.text, mention)
                elif mention.kind == "measure" and mentions:  # "từ 3,4 triệu tấn/năm lên 5,6"
                    mention = continued_rate(self.text, mentions[-1], mention)
                elif mention.kind == "identifier":  # "gió giật cấp 8": a force, no level's name
                    mention = wind_level(self.text, mention)
                mentions.append(mention)
                self.floor = mention.end
                # a list of counts goes on after a count ("3 xe, một phương tiện và một
                # hệ thống"); a one never opens one ("Trước đó một thời gian, một ...",
                # "của 1 tiền đạo hàng đầu, một sự hội tụ")
                if mention.value != 1:
                    self.last_count_end = mention.end if mention.kind == "count" else -1
                if mention.kind == "date":
                    self.last_date_end = mention.end
                resume = max(resume, mention.end)
            if digit is not None and (digit is found or digit.start() < resume):
                digit = self._next_digit(max(resume, digit.start() + 1))
            if word is not None and (word is found or word.start() < resume):
                word = self._next_word(max(resume, word.start() + 1))
        return mentions

    def _day_after_time(self, start: int, mentions: list[Mention]) -> Mention | None:
        """'12 giờ trưa 29-5', '2h15 sáng 29.5', 'sáng nay, 22-5': a day and month right
        after a time of day (or 'sáng nay') is that time's date, however it is joined."""
        text = self.text
        after_time = bool(mentions) and mentions[-1].kind == "time"
        if after_time and _AFTER_TIME.fullmatch(text, mentions[-1].end, start) is None:
            after_time = False
        # every 'sáng nay' holds 'nay': most numbers have none before them, and a
        # substring search answers that without trying the pattern at every offset
        low = max(self.floor, start - 16)
        today = text.find("nay", low, start) != -1 and (
            _TODAY_BEFORE.search(text, low, start) is not None
        )
        if not (after_time or today):
            return None
        day = _DAY_MONTH_AFTER_TIME.match(text, start)
        if day is None:
            return None
        closes = _DATE_CLOSES.match(text, day.end()) is not None
        if not closes and (day.group(2) == "/" or amount_follows(text, day.end())):
            return None  # "lúc 8h, 1/2 số người": a share of the people
        a, b = int(day.group(1)), int(day.group(3))
        if not dates.plausible_day_month(a, b):
            return None
        year = dates.full_year(day.group(4)) if day.group(4) else None
        iso = dates.iso_day(a, b, year, self.published)
        return plain_mention(text, start, day.end(), "date", iso)

    def _next_word(self, pos: int) -> re.Match[str] | None:
        """The first candidate word at or after ``pos``, read where ``word_starts`` found it."""
        index = bisect_left(self.word_starts, pos)
        if index == len(self.word_starts):
            return None
        return WORD_START.match(self.text, self.word_starts[index])

    def _next_digit(self, pos: int) -> re.Match[str] | None:
        """The digit scan's match at the first digit at or after ``pos``, tried with the
        branches the character after its digits allows (``digit_scans``).  The digits
        from there run to the end of the run they are in, as a search for ``\\d+``
        from ``pos`` would read them."""
        index = bisect_right(self.digit_ends, pos)  # the first run that ends after pos
        if index == len(self.digit_ends):
            return None
        start, end = max(pos, self.digit_starts[index]), self.digit_ends[index]
        text = self.text
        found = digit_scan(text[end : end + 1]).match(text, start)
        assert found is not None  # 'quantity' matches at every digit
        return found


_BRACKET_BETWEEN = re.compile(r"[ \t]*\([ \t]*~?[ \t]*")
"""'55 đô (~1 triệu 250 ngàn)': '~' for 'khoảng' before the conversion."""
_FOREIGN_AMOUNT = 1000


def converted_to_dong(text: str, previous: Mention, mention: Mention) -> Mention:
    """'30.000 đô Hong Kong (gần 90 triệu)': a bare amount in brackets after a foreign
    currency is its conversion into đồng."""
    foreign = previous.kind == "money" and previous.unit not in (None, "VND", "cent")
    if not foreign or mention.lower is None or mention.lower < _FOREIGN_AMOUNT:
        return mention
    if _BRACKET_BETWEEN.fullmatch(text, previous.end, mention.start) is None:
        return mention
    return mention.model_copy(update={"kind": "money", "unit": "VND"})


_COMPARED_BETWEEN = re.compile(
    r"[ \t]*\([ \t]*(?:so với|so|từ|trước đây là|trước là)(?:[ \t]+[^\W\d_]+){0,4}[ \t]+"
)
_BRACKET_CLOSES = re.compile(r"[ \t]*[),;]")


def compared_in_brackets(text: str, previous: Mention, mention: Mention) -> Mention:
    """'740 mã lực (so với mức tiêu chuẩn 690)': a bare number that the bracket compares
    with an amount is in that amount's unit."""
    if mention.unit is not None or previous.unit is None:
        return mention
    if _COMPARED_BETWEEN.fullmatch(text, previous.end, mention.start) is None:
        return mention
    if _BRACKET_CLOSES.match(text, mention.end) is None:
        return mention
    return mention.model_copy(update={"kind": previous.kind, "unit": previous.unit})


_LIST_JOINER = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:[^\w \t]|$|(?:và|hoặc|của|trong|tại|thuộc)(?![^\W_]))")
"""After a listed number: punctuation, another joiner or 'của': the list of names goes on."""


_HOUSE_NUMBER = re.compile(r"(?:[Ss]ố|[Nn]hà[ \t]+số|[Ss]ố[ \t]+nhà)[ \t]+\d")
_HOUSE_JOINER = re.compile(r"[ \t]*(?:(?P<to>đến|tới|-|–|và)|,)[ \t]*")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:(?:đường|phố|ngõ|ngách|hẻm|kiệt)(?![^\W_])|[A-ZĐ])"
    r"|(?P<closes>[ \t]*(?:[,;)]|\.(?!\d)))"
)
"""'từ số nhà 954 đến 452 đường Láng', 'Từ số nhà 51 đến 79 Hai Bà Trưng', 'số 1152 - 1154
đường Láng', 'trước địa chỉ số 812 và 826 đường Trường Sa', 'cháy tại số 12, 14 Hàng Bạc',
'từ số nhà 2 đến 76, ...': the other end of a run of houses, or the next house, is a house
number too; after a bare comma only before its street ('số 5, 3 người' counts)."""


def _house_range(text: str, previous: Mention, mention: Mention) -> bool:
    if _HOUSE_NUMBER.match(previous.text) is None or not mention.text.isdigit():
        return False
    joiner = _HOUSE_JOINER.fullmatch(text, previous.end, mention.start)
    if joiner is None or NOUN_TAIL.match(text, mention.end):
        return False
    street = _STREET_AFTER.match(text, mention.end)
    return street is not None and (joiner.group("to") is not None or not street.group("closes"))


_RUN_JOINER = re.compile(r"[ \t]*(?:đến|tới|[-–])[ \t]*")
_LAST_NUMBER = re.compile(r"(?<![\d.,/])\d{1,4}\Z")
_MODEL_YEARS = (1950, 2030)
"""A year after a dash closes a model's or a document's name ('Mazda3 - 2017')."""


def _next_of_its_name(text: str, previous: Mention, mention: Mention, *, run: bool) -> bool:
    """'Điều 40 đến 50', 'Trung đoàn 917 - 918', 'quận 1 - 3': a higher number after a
    run's joiner ends a run of names; 'xóm 6, 7 xã Diễn Thắng', 'Nokia 5 và 6 sẽ',
    'Snapdragon 630 và 660 cùng', 'tổ 42, 52 phường': the next number up, or a higher one of
    as many digits after a name numbered from ten, names the next of a list whatever word
    follows.  Nothing counted or measured may follow ('tốp 3 – 4 ô tô'), and other numbers
    count ('vòng 1, 4 ứng cử viên', 'SM-2, 47 tên lửa'); a year after a dash is the
    model's ('Mazda3 - 2017 còn được trang bị')."""
    last = _LAST_NUMBER.search(previous.text)
    if previous.text[:3].lower() == "tốp":  # "đi bằng tốp 3 – 4 ô tô": a group of three or four
        return False
    if last is None or not mention.text.isdigit() or amount_follows(text, mention.end):
        return False
    first, then, digits = int(last.group()), int(mention.text), len(last.group())
    if (
        run
        and _MODEL_YEARS[0] <= then <= _MODEL_YEARS[1]
        and "-" in text[previous.end : mention.start]
    ):
        return True  # "Mazda3 - 2017": the model year
    if then <= first:
        return False
    if run:
        return len(mention.text) <= digits + 1
    return then == first + 1 or (first >= 10 and len(mention.text) == digits)


def _as_identifier(mention: Mention) -> Mention:
    """The span ``mention`` read, as an identifier: no glued letters are taken in, as
    ``mentions.identifier`` would take them."""
    return trusted_mention(
        {"text": mention.text, "start": mention.start, "end": mention.end, "kind": "identifier"}
    )


def listed_with_identifier(text: str, previous: Mention, mention: Mention) -> Mention:
    """'Điều 34, 35, 36': bare numbers listed after an identifier continue its list, as
    does the last house of a run of houses ('số nhà 954 đến 452 đường Láng')."""
    if previous.kind != "identifier" or mention.unit is not None or mention.qualifier != "exact":
        return mention
    if _house_range(text, previous, mention):
        return _as_identifier(mention)
    glued_comma = mention.text.startswith(",") and not text[previous.end : mention.start].strip()
    if _LIST_JOINER.fullmatch(text, previous.end, mention.start) is None and not glued_comma:
        run = _RUN_JOINER.fullmatch(text, previous.end, mention.start) is not None
        if run and _next_of_its_name(text, previous, mention, run=True):
            return _as_identifier(mention)
        return mention
    if NOUN_TAIL.match(text, mention.end):  # "Điều 5, 100 người dự": a count again
        return mention
    if previous.text[-1:].isdigit() and mention.text[:1].isalpha():
        return mention  # "live show 9, ba cô gái": a number in words continues no digit list
    continued = previous.text[:1].isdigit() or previous.text[:1] == ","  # "35" in "34, 35, 36"
    continued = continued and not previous.text[-1:].isalpha()  # "1 iPhone 6 Plus, 2 iPhone"
    listed = continued or _LIST_GOES_ON.match(text, mention.end) is not None
    if not listed and not _next_of_its_name(text, previous, mention, run=False):
        return mention  # "vòng 1, 4 ứng cử viên": a count after the identifier
    return _as_identifier(mention)


_PLUS = re.compile(r"[ \t]*\+[ \t]*")
_MINUTE_WORDS = ("phút ", "Phút ")
_MOST_ADDED_MINUTES = 15


def stoppage_time(text: str, previous: Mention, mention: Mention) -> Mention | None:
    """'ở phút 90+3', 'phút 45 + 1': the minutes added to a half are one minute of the
    match (the gold labels 'phút 90+3' the 93rd), not a minute and a count of three."""
    if not previous.text.startswith(_MINUTE_WORDS) or not mention.text.isdigit():
        return None
    added = int(mention.text)
    if not 1 <= added <= _MOST_ADDED_MINUTES or not isinstance(previous.value, int):
        return None
    if _PLUS.fullmatch(text, previous.end, mention.start) is None:
        return None
    minute = previous.value + added
    return plain_mention(
        text, previous.start, mention.end, "ordinal", minute, lower=minute, upper=minute
    )


_AFTER_TIME = re.compile(r"[ \t]*,?[ \t]*")
_TODAY_BEFORE = re.compile(r"(?<![^\W_])(?:sáng|trưa|chiều|tối|đêm|hôm)[ \t]+nay[ \t]*,?[ \t]*$")
_DAY_MONTH_AFTER_TIME = re.compile(r"(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[./-]\d)")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")
_DATE_CLOSES = re.compile(r"[ \t]*(?:[,.;:)\]]|$|\(|năm(?![^\W_]))")


def dated_after_time(
    text: str, previous: Mention, mention: Mention, published: date | None
) -> Mention:
    """'9h sáng 1/6', 'khoảng 20h tối 3/7, cơ quan', '(1h45, 4/6)': a day and month right
    after a time of day is the day of that time, not a fraction ('sáng' sits inside the
    time, out of the date cue's reach)."""
    if mention.qualifier != "exact" or not _DAY_MONTH.fullmatch(mention.text):
        return mention
    a, b = (int(part) for part in mention.text.split("/"))
    if not dates.plausible_day_month(a, b) or not _DATE_CLOSES.match(text, mention.end):
        return mention  # "lúc 8h, 1/2 số người": a share of the people
    if _AFTER_TIME.fullmatch(text, previous.end, mention.start) is None:
        return mention
    iso = dates.iso_day(a, b, None, published)
    return plain_mention(text, mention.start, mention.end, "date", iso)


def scan(text: str, published: date | None = None) -> list[Mention]:
    """Every mention in ``text``, in order."""
    starts = candidates(text)  # where numbers may start: for the scan and some passes
    mentions = relabel_layout(text, Scanner(text, published).run(starts))
    mentions = price_table_rows(text, bracketed_shirt_numbers(text, mentions))
    mentions = share_listed_units(text, relabel_named_again(text, mentions))
    mentions = join_forms(
        text, join_date_runs(text, share_months(text, listed_days(text, mentions)))
    )
    mentions = split_measure_pairs(text, reread_units(text, mentions), starts)
    mentions = guessed_pairs(text, mentions)
    mentions = tens_and_some(text, few_recent_spans(text, mentions, starts))
    mentions = minute_marks(text, mentions, starts)
    mentions = hour_pairs(text, mentions, starts)
    mentions = clock_hedges(text, listed_minutes(text, mentions))
    mentions = age_ranges(text, hedged_hours(text, clock_windows(text, mentions)))
    mentions = change_multiples(text, set_scores(text, share_change_units(text, mentions)))
    mentions = hedged_multiples(text, mentions)
    return date_last_year(text, mentions, published)
