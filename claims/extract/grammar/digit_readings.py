"""Readings of a core that starts with a digit: quantities, dates, times, identifiers.

The digit scan names the form it matched (a plate, an ISO date, '1m78', a clock time,
'a/b', a plain number…); ``_digits`` sends each form to its reading, and a plain
number to ``_quantity``, which reads it as a quantity unless ``_special_number``
(``special_numbers``) finds it names, dates or ranks something.  Pairs joined by a
dash or a slash are read in ``digit_pairs``; times and dates in ``date_readings``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar import dates, identifiers
from claims.extract.grammar.cores import Core, read_figure, read_tail
from claims.extract.grammar.cue_words import PLACE_AND_BATCH_CUES
from claims.extract.grammar.cues import Cue, look_back
from claims.extract.grammar.digit_pairs import YEAR_NAMED_AFTER
from claims.extract.grammar.heights import height_range, lone_height, metres
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.extract.grammar.numbers import read_digits, to_number
from claims.extract.grammar.patterns import QUANTITY_ONLY
from claims.extract.grammar.price_quotes import DOTTED_THOUSANDS, SPACED_DECIMAL
from claims.extract.grammar.quantities import build_quantity
from claims.extract.grammar.special_numbers import SpecialNumbers
from claims.model import Mention

_PART_OF_A_UNIT = 4
"""'1/2', '1/3', '3/4' before a unit: a part of it; '64/128GB' are two sizes."""
_CODE_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z\d.-]*[A-Z][A-Za-z\d.-]*[ \t]+$")
"""'pháo Mk ', 'iPhone ', 'Hilux G 2.8MT ': a Latin model code with a capital right before."""
_CURRENCY_CODES = frozenset({"USD", "VND", "VNĐ", "EUR", "GBP", "JPY", "RMB", "CNY", "Rs"})


class DigitReadings(SpecialNumbers):
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
                plus = start - 1 if start and text[start - 1] in "+(" else start
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
            whole, centimetres = found.group("height_m"), found.group("height_cm")
            ranged = height_range(text, start, end, metres(whole, centimetres), cue)
            if ranged is not None:  # "từ 1m50 đến 1m62"
                return ranged, ranged.end
            figure = read_figure(f"{whole},{centimetres}", None, None)
            height = build_quantity(text, Core(start, end, figure), cue)
            if height.kind == "identifier":  # "1m78 - 1m75": no score, two heights
                return lone_height(text, start, end, metres(whole, centimetres)), end
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
            if self._invalid_grade(start, int(found.group("slash_a")), int(found.group("slash_b"))):
                return identifier(text, start, end), end  # "thương binh hạng 2/4"
            tail = read_tail(text, end)
            shared_unit = tail.unit_found and tail.kind != "count"
            if shared_unit and _day_of_named_year(text, found, end):
                shared_unit = False  # "kể từ 9/11 năm ngoái": 9 November, no 9 and 11 years
            # "quãng đường 1/4 dặm": a unit makes the pair an amount after a place's cue
            a, b = int(found.group("slash_a")), int(found.group("slash_b"))
            named = cue.kind in ("identifier", "attached") or (
                # "camera trước sau 8/16 MP": no day and month follow 'sau', so the unit holds
                cue.kind in ("month", "date") and dates.plausible_day_month(a, b)
            )
            if shared_unit and (not named or cue.word in PLACE_AND_BATCH_CUES):
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


def _day_of_named_year(text: str, found: re.Match[str], end: int) -> bool:
    """'từ 9/11 năm ngoái', '1/1-5/2 năm ngoái', 'Dịp 8/3 năm nay': a day and month whose
    year 'năm' goes on to name, not two alternatives sharing the unit 'năm' (years)."""
    a, b = int(found.group("slash_a")), int(found.group("slash_b"))
    return dates.plausible_day_month(a, b) and YEAR_NAMED_AFTER.match(text, end) is not None
