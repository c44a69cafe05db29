"""Readings of a core that starts with a digit: quantities, dates, times, identifiers."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar import dates, identifiers, scores, slash_dates
from claims.extract.grammar.centuries import CENTURY_WORDS, century_mention
from claims.extract.grammar.cores import Core, read_figure, read_tail
from claims.extract.grammar.cue_words import PLACE_AND_BATCH_CUES
from claims.extract.grammar.cues import Cue, look_back
from claims.extract.grammar.date_readings import FOUR_DIGIT_YEAR, DateReadings, year_end
from claims.extract.grammar.mentions import fraction_mention, identifier, plain_mention
from claims.extract.grammar.named_numbers import NAMING_BEFORE
from claims.extract.grammar.named_places import amount_follows, counts_noun_after
from claims.extract.grammar.numbers import read_digits, to_number
from claims.extract.grammar.patterns import (
    DATE_CUE_WORDS,
    DAY_CUE_WORDS,
    NOUN_TAIL,
    QUANTITY_ONLY,
)
from claims.extract.grammar.price_quotes import DOTTED_THOUSANDS, SPACED_DECIMAL
from claims.extract.grammar.quantities import build_quantity
from claims.extract.grammar.seasons import listed_season, short_span
from claims.extract.grammar.slash_dates import day_named_after, listed_after_date, share_follows
from claims.model import Mention

_AMONG = ("trong ", "Trong ")
"""'trong số 56 nguồn tin này' (among the 56 sources): a count, not the number 56."""
_YEAR_RANGE = re.compile(r"((?:1\d|20)\d\d)\s*[-–—]\s*((?:1\d|20)\d\d)")
_MODERN = 1800
"""A run of years before 1800 is read only after a year's cue ('giai đoạn 1185 -1868') or
in brackets after a name ('nước Đại Ngu (1400-1407)'): '1152 - 1154 đường Láng' are houses."""
_RESOLUTION = re.compile(r"[ \t]*[x×][ \t]*\d+(?![\d.,]\d)")
_MEASURED = frozenset({"money", "measure", "percent"})
"""Units that make 'khoản 1,6 triệu km' a quantity despite the identifier cue."""
_PAIR_JOINERS = frozenset("-–—.x×/")
"""What may follow a number that pairs it with the next one."""
_DAY_RANGE = re.compile(
    r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}(?!\d)))?(?![\d/])"
)
"""'28-30/7', '20-25/12/2016': a run of days in one month, the year printed or not."""
_DATE_THEN_DASH = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}[ \t]*[-–][ \t]*$")
_POINTS_AFTER = re.compile(r"[ \t]+điểm(?![^\W_])")
_KARATS = frozenset({"9", "10", "14", "16", "18", "22", "24"})
_GOLD_BEFORE = re.compile(r"(?<![^\W_])[Vv]àng(?![^\W_])")
_GOLD_LOOK_BACK = 40
_RESOLUTIONS = frozenset({"4", "8"})
"""'vàng 24k', 'vàng trắng 18K', 'Rồng Thăng Long 999,9 (24k)': a gold grade in karats;
'màn hình 4K', 'quay video 8K': a display resolution. Neither is 24,000 or 4,000."""
_DIGIT_HALF = re.compile(r"[ \t]+nửa(?![^\W_])")
_YEAR_NAMED_AFTER = re.compile(
    r"[ \t]+năm[ \t]+(?:nay|ngoái|trước|sau|tới|(?:1[89]|20)\d\d(?!\d))(?![^\W_])"
)
"""'đến 20-8 năm nay': the year the day and month are in, no span of years."""
_PART_OF_A_UNIT = 4
"""'1/2', '1/3', '3/4' before a unit: a part of it; '64/128GB' are two sizes."""
_SMALL_PAIR = re.compile(r"(\d{1,2})\s*[-–.]\s*(\d{1,2})")
_CODE_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z\d.-]*[A-Z][A-Za-z\d.-]*[ \t]+$")
"""'pháo Mk ', 'iPhone ', 'Hilux G 2.8MT ': a Latin model code with a capital right before."""
_CURRENCY_CODES = frozenset({"USD", "VND", "VNĐ", "EUR", "GBP", "JPY", "RMB", "CNY", "Rs"})


class DigitReadings(DateReadings):
    """What a digit-anchored match means, given the words around it."""

    def _digits(self, found: re.Match[str]) -> tuple[Mention | None, int]:
        branch = found.lastgroup
        start, end = found.span()
        text = self.text
        if branch in ("plate", "address", "document", "ratio", "run", "odds"):
            return identifier(text, start, end), end
        if branch in ("formation", "dotted"):  # a code when its parts say so, else a number
            is_code = (
                identifiers.is_formation if branch == "formation" else identifiers.is_dotted_code
            )
            if is_code(found.group()):
                return identifier(text, start, end), end
            return self._quantity_at(start)
        if branch == "aperture":  # "khẩu độ f/2.0": the f-number, no count of two
            f = to_number(Decimal(found.group().replace(",", ".")))
            begin = start - 2 if text[start - 1] == "/" else start - 1
            return plain_mention(text, begin, end, "other", f, lower=f, upper=f), end
        if branch == "iso":
            return self._iso_date(found), end
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
        if branch == "crun":
            return self._clock_run(found, cue)
        if branch == "clock":
            return self._clock(found, cue)
        if branch == "halfh":  # "4 rưỡi sáng"
            hour = int(found.group("halfh_h"))
            if hour > 12:
                return self._quantity_at(start)
            value = dates.clock_value(hour, 30, None, found.group("halfh_pod"))
            return plain_mention(text, start, end, "time", value), end
        if branch == "hours":
            return self._hours(found, cue)
        if branch == "dword":
            return self._day_month_words(found, cue)
        if branch == "slash":
            tail = read_tail(text, end)
            shared_unit = tail.unit_found and tail.kind != "count"
            if shared_unit and cue.kind not in ("identifier", "attached", "month", "date"):
                a, b = int(found.group("slash_a")), int(found.group("slash_b"))
                if tail.kind == "measure" and 0 < a < b <= _PART_OF_A_UNIT:
                    # "1/2 muỗng cà phê", "3/4 kg": a part of one unit, as "½ thìa" is
                    part = read_digits(str(to_number(Decimal(a) / Decimal(b))).replace(".", ","))
                    core = Core(start, end, part, raw=found.group())
                    return build_quantity(text, core, cue), end
                # "64/128GB": two alternatives sharing a unit; read the first, then the second
                slash = found.start("slash_b") - 1
                figure = read_figure(found.group("slash_a"), None, None)
                first = build_quantity(text, Core(start, slash, figure), cue)
                first = first.model_copy(update={"unit": tail.unit, "kind": tail.kind})
                return first, slash + 1
            return self._slash(found, cue), end
        model = self._model_number(found)
        if model is not None:
            return model, model.end
        return self._quantity(found, cue), end

    def _model_number(self, found: re.Match[str]) -> Mention | None:
        """'pháo Mk 45 127mm' (a 127 mm gun of the Mk 45 model), 'iPhone 7 128GB': after a
        model code, a space splits the model's number from the next figure; it groups no
        thousands (45,127 mm), as it may in 'khoảng 230 246 lượt'."""
        raw = found.group("num")
        if " " not in raw or "." in raw or raw.index(" ") > 2:
            return None  # "Hilux G 2.8AT 870 870": a table's cells, not a model's number
        start = found.start()
        code = _CODE_BEFORE.search(self.text, max(0, start - 16), start)
        if code is None or code.group().strip() in _CURRENCY_CODES:
            return None
        return identifier(self.text, start, start + raw.index(" "))

    def _quantity_at(self, start: int) -> tuple[Mention | None, int]:
        found = QUANTITY_ONLY.match(self.text, start)
        if found is None:
            return None, start + 1
        return self._quantity(found, look_back(self.text, start, self.floor)), found.end()

    def _quantity(self, found: re.Match[str], cue: Cue) -> Mention | None:
        text = self.text
        start, end = found.span()
        raw = found.group("num")
        spaced = (
            SPACED_DECIMAL.match(text, end) if DOTTED_THOUSANDS.fullmatch(found.group()) else None
        )
        if spaced is not None and read_tail(text, spaced.end()).kind == "money":
            figure = read_digits(f"{raw},{spaced.group(1)}")  # "1.255, 77 USD/oz": 1255,77
            return build_quantity(text, Core(start, spaced.end(), figure, raw=raw), cue)
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
        if found.group("scale") in ("k", "K") and self._grade_or_resolution(raw, start, found):
            return identifier(text, start, end)
        if cue.kind == "identifier" and (
            not plain
            or read_tail(text, end).kind in _MEASURED
            or counts_noun_after(text, end)
            or (cue.word == "số" and text.endswith(_AMONG, 0, cue.start))
            or (cue.word in PLACE_AND_BATCH_CUES and read_tail(text, end).unit_found)
        ):
            cue = Cue(None, "", start)  # "khoản 1,6 triệu km": a typo'd hedge, not "khoản 1"
        if cue.kind == "year" and read_tail(text, end).unit_found:
            cue = Cue(None, "", start)  # "từ năm 3 tuổi", "nhiệm kỳ 5 năm": no year
        century = cue.word in CENTURY_WORDS and raw.isdigit() and 1 <= int(raw) <= 21
        if cue.kind == "identifier" and century and plain:
            return century_mention(text, cue.start, end, int(raw))  # "thế kỷ 18": 1701-1800
        if cue.kind == "identifier" and cue.word == "số" and self._ranks(cue.start, end):
            number = int(raw) if raw.isdigit() else 0
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        lone = text[end : end + 3].lstrip(" \t")[:1] not in _PAIR_JOINERS
        if cue.kind == "score" and cue.word == "set" and plain and lone:
            return identifier(text, cue.start, end)  # "set 2": the set's number, no score
        if cue.kind == "attached" and cue.word == "sn" and FOUR_DIGIT_YEAR.fullmatch(raw):
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
        suffix = identifiers.MODEL_SUFFIX.match(text, end) if following[:1] == " " else None
        if suffix is not None and end - start <= 4:  # "iPhone 7 và 7 Plus"
            return identifier(text, start, suffix.end())
        named = self._named_model(start, end) if cue.kind is None else None
        if named is not None:
            return named
        marker = self._sub_marker(start, end)
        if marker is not None:  # "mốc 1371(2)"
            return marker
        if scores.names_a_serve_or_tie_break(text, start, end):  # "giao bóng 1", "7-6(4)"
            return identifier(text, start, end)
        if cue.kind is None and (
            self._border_marker(start, end)
            or self._street_number(start, end)
            or self._starts_a_name(start, end)
            or self._numbered_name(start, end)
            or self._numbered_area(start, end)
            or self._numbered_place(start, end)
            or self._closes_a_name(start, end)
            or self._volume(start)
            or self._hotline(start, end)
            or self._chainage(start, end)
        ):
            return identifier(text, start, end)
        if following in (". ", "- ", ") ") and self._list_number(start, end, raw):
            return identifier(text, start, end + 1)
        if paired:
            found_pair = self._pair(start, cue)
            if found_pair is not None:
                return found_pair
        return self._dated_or_ranked(raw, start, end, cue)

    def _grade_or_resolution(self, raw: str, start: int, found: re.Match[str]) -> bool:
        """'vàng 24k', '4K' (see _KARATS): a glued K that is no thousand."""
        if raw in _RESOLUTIONS and found.group("scale") == "K":
            return True
        lo = max(0, start - _GOLD_LOOK_BACK)
        return raw in _KARATS and _GOLD_BEFORE.search(self.text, lo, start) is not None

    def _pair(self, start: int, cue: Cue) -> Mention | None:
        """Year ranges, runs of days and dashed day-months: '2021-2025', '28-30/7', 'ngày 10-2'."""
        text = self.text
        pair = _YEAR_RANGE.match(text, start)
        if pair is not None and int(pair.group(1)) < _MODERN and cue.kind != "year":
            pair = pair if text[start - 1 : start] == "(" else None  # "Dự án 1152 - 1154 đường"
        if pair is not None and (cue.kind == "year" or int(pair.group(1)) < int(pair.group(2))):
            first, second = int(pair.group(1)), int(pair.group(2))
            era = cue.kind == "year"  # "giai đoạn 1185 -1868", "giai đoạn 1945-1975": an era
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
            small is not None
            and cue.kind in ("date", "from")
            and cue.word in DATE_CUE_WORDS | {"từ"}
            and (
                not amount_follows(text, small.end())  # "từ 3-5 triệu đồng": a range
                or (  # "đến 20-8 năm nay", "ngày 5-8 năm nay": no span of years
                    (cue.word in DAY_CUE_WORDS or int(small.group(1)) > int(small.group(2)))
                    and _YEAR_NAMED_AFTER.match(text, small.end()) is not None
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
        if slash_dates.street_named(text, start):  # "tuyến đường 30/4": a street's name, no day
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
            listed = listed_after_date(text, self.last_date_end, start, end)
            day_cue = listed or day_named_after(text, end)  # "Hết 7/8:", "5/6 là ngày"
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

    # --- words ------------------------------------------------------------
