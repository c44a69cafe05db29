"""Readings of a digit core as a time of day or a length of hours: '7h30', '10-18h',
'khoảng 9-10 giờ sáng', 'kéo dài 2 giờ 30 phút'; dates are read in ``date_readings``."""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.cores import Core, read_figure
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.extract.grammar.named_numbers import NamedNumbers
from claims.extract.grammar.patterns import CLOCK_CUE_WORDS
from claims.extract.grammar.quantities import build_quantity
from claims.model import Mention

_LASTING_BEFORE = re.compile(
    r"(?<![^\W_])(?:kéo dài|mất|trong vòng|trong|suốt|ngủ|làm việc|chờ|đợi)"
    r"(?:[ \t]+(?:khoảng|chừng|tầm|từ|gần|hơn|trung bình))?[ \t]*$"
)
"""'kéo dài khoảng 7-8h', 'ngủ 7-8h': hours that last, not hours on the clock."""
_LENGTH_LABEL = re.compile(
    r"(?<![^\W_])(?:[Đđ]ộ dài|[Tt]hời gian|[Tt]hời lượng)(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:[ \t]*$"
)
"""'Độ dài ban ngày: ', 'Thời gian: ': a label whose value is a length of time."""
_AT_HOUR_BEFORE = re.compile(r"(?<![^\W_])[Hh]ồi[ \t]+$")
"""'vào hồi 7 giờ', 'Hồi 8 giờ': 'hồi' before an hour says when, as 'lúc' does."""
_EACH_DAY_AFTER = re.compile(r"[ \t]+(?:mỗi|một|trong|hằng|hàng)[ \t]+(?:ngày|tuần)(?![^\W_])")
"""'1 giờ 15 phút mỗi ngày', '2 giờ 30 phút một tuần': time spent each day, a length."""
_EACH_DAY_MOST_HOURS = 5
_CLOCK_HOURS_LAST = re.compile(r"[ \t]+đồng hồ(?![^\W_])")
_DAY_AFTER = re.compile(r"[ \t]+(?:cùng[ \t]+ngày(?![^\W_])|ngày[ \t]+\d)")
"""'gần 23 giờ cùng ngày', 'khoảng hơn 11 giờ ngày 20/6': an hour of a day, on the clock."""


class ClockReadings(NamedNumbers):
    """Clock times and lengths of hours read from a digit core and its cue (a mixin of the
    scanner)."""

    def _quantity_at(self, start: int) -> tuple[Mention | None, int]:
        """The core at ``start`` read as a quantity after all (``DigitReadings`` has it)."""
        raise NotImplementedError

    def _clock(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        hour = int(found.group("clock_h") or found.group("clock_h2"))
        minute = int(found.group("clock_m") or found.group("clock_m2") or 0)
        second = found.group("clock_s")
        passing = _CLOCK_HOURS_LAST.match(self.text, found.end())
        if found.group("clock_h2") and not found.group("clock_m2") and passing:
            figure = read_figure(found.group("clock_h2"), None, None)  # "hơn 4h đồng hồ"
            hours = build_quantity(self.text, Core(found.start(), passing.end(), figure), cue)
            return hours.model_copy(update={"kind": "duration", "unit": "giờ"}), passing.end()
        if hour > 23 or minute > 59 or cue.kind == "score":
            if cue.kind == "score":
                return identifier(self.text, found.start(), found.end()), found.end()
            return self._quantity_at(found.start())
        pod = found.group("clock_pod")
        value = dates.clock_value(hour, minute, int(second) if second else None, pod)
        return plain_mention(self.text, found.start(), found.end(), "time", value), found.end()

    def _clock_run(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        """'10-18h', 'khoảng 9-10 giờ sáng': one time mention, the interval of two clock
        readings; 'kéo dài khoảng 7-8h' is a span of hours, a duration."""
        text = self.text
        first, last = int(found.group("crun_h")), int(found.group("crun_h2"))
        first_minute = int(found.group("crun_m") or 0)
        last_minute = int(found.group("crun_m2") or 0)
        if max(first, last) > 24 or max(first_minute, last_minute) > 59:
            return self._quantity_at(found.start())
        start = cue.start if cue.kind == "from" or cue.qualifier == "about" else found.start()
        plain = found.group("crun_m") is None and found.group("crun_m2") is None
        lo = max(self.floor, found.start() - 24)
        lasting = _LASTING_BEFORE.search(text, lo, found.start()) is not None
        if plain and lasting and not found.group("crun_pod"):
            return plain_mention(
                text, start, found.end(), "duration", None, unit="giờ",
                lower=first, upper=last, qualifier="range",
            ), found.end()  # fmt: skip
        pod = found.group("crun_pod")
        begin = dates.clock_value(first % 24, first_minute, None, pod)
        stop = dates.clock_value(last % 24, last_minute, None, pod)
        run = plain_mention(text, start, found.end(), "time", f"{begin}/{stop}", qualifier="range")
        return run, found.end()

    def _hours(self, found: re.Match[str], cue: Cue) -> tuple[Mention | None, int]:
        hour = int(found.group("hours_h"))
        minute_raw, half = found.group("hours_m"), found.group("hours_half")
        less, part = found.group("hours_less"), found.group("hours_pod")
        afternoon = 13 <= hour <= 23 and cue.qualifier in (None, "about")
        clock_like = minute_raw or half or less or part or cue.word in CLOCK_CUE_WORDS or afternoon
        at = _AT_HOUR_BEFORE.search(self.text, max(0, found.start() - 5), found.start())
        clock_like = clock_like or at is not None  # "hồi 7 giờ ngày 12-6": at seven
        hedged = cue.kind == "hedge" and cue.qualifier != "about"
        of_a_day = _DAY_AFTER.match(self.text, found.end()) is not None
        if _CLOCK_HOURS_LAST.match(self.text, found.end()) and not (minute_raw or half or part):
            clock_like = False  # "kéo dài khoảng 3 giờ đồng hồ": hours by the clock, that last
        elif of_a_day:
            clock_like, hedged = True, False
        if not clock_like or hour > 24 or (hedged and not (minute_raw or part)):
            return self._quantity_at(found.start())
        minute = int(minute_raw) if minute_raw else 30 if half else 0
        if less:
            hour, minute = hour - 1, 60 - int(less)
        if minute > 59:
            return self._quantity_at(found.start())
        each_day = (
            hour <= _EACH_DAY_MOST_HOURS
            and at is None
            and (cue.word == "khoảng" or cue.word not in CLOCK_CUE_WORDS)
            and _EACH_DAY_AFTER.match(self.text, found.end()) is not None
        )  # "khoảng 1 giờ 15 phút mỗi ngày": how long, each day
        if minute_raw and not (half or less or part) and (each_day or self._lasting(found.start())):
            figure = read_figure(str(hour * 60 + minute), None, None)  # "kéo dài 2 giờ 30 phút"
            span = build_quantity(self.text, Core(found.start(), found.end(), figure), cue)
            return span.model_copy(update={"kind": "duration", "unit": "phút"}), found.end()
        start = cue.start if cue.qualifier == "about" else found.start()  # no "lúc"
        value = dates.clock_value(hour % 24, minute, None, part)
        return plain_mention(self.text, start, found.end(), "time", value), found.end()

    def _lasting(self, start: int) -> bool:
        """'kéo dài 2 giờ 30 phút', 'mất 1 giờ 27 phút', 'Độ dài ban ngày: 13 giờ 24 phút':
        hours and minutes that last, not a time on the clock."""
        lo = max(self.floor, start - 24)
        if _LASTING_BEFORE.search(self.text, lo, start) is not None:
            return True
        return _LENGTH_LABEL.search(self.text, max(self.floor, start - 40), start) is not None
