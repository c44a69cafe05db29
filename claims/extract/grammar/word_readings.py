"""Readings of a core that starts with a word: number words, roman numerals, vague amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar import dates
from claims.extract.grammar.compound_words import in_compound
from claims.extract.grammar.cores import Core, apply_scale, read_figure, read_tail
from claims.extract.grammar.cue_words import MONTH_WORDS
from claims.extract.grammar.cues import Cue, look_back
from claims.extract.grammar.hedged_tens import hedged_ten
from claims.extract.grammar.mentions import fraction_mention, identifier, plain_mention
from claims.extract.grammar.named_numbers import (
    NamedNumbers,
    named_in_full,
    opens_an_item,
    part_named_by_word,
    word_is_name,
)
from claims.extract.grammar.number_words import SINGLE_WORD
from claims.extract.grammar.numbers import figure_of, to_number
from claims.extract.grammar.numeral_words import DIGIT_WORDS
from claims.extract.grammar.one_readings import bare_one_counts, one_with_unit_counts
from claims.extract.grammar.pair_words import (
    AFTER_CUE,
    feeling_grows,
    names_a_holiday,
    rank_after_thu,
)
from claims.extract.grammar.patterns import (
    MONTH_YEAR_TAIL,
    NOUN_TAIL,
    VULGAR_FRACTIONS,
    WORD_SCAN,
)
from claims.extract.grammar.quantities import build_quantity
from claims.extract.grammar.roman_numerals import roman_mention
from claims.extract.grammar.scan_state import PART_OF_DAY_BEFORE, RANKED_BY, WEEKDAY_FOLLOW
from claims.extract.grammar.vague_amounts import vague_mention
from claims.model import Mention

_PARTNER_AFTER = re.compile(
    r"[ \t]+(?:kia|đích[ \t]+thực|yêu[ \t]+thương|hoàn[ \t]+hảo|của[ \t]+(?:mình|đời|anh|em|tôi))"
    r"(?![^\W_])"
)
"""'đi tìm một nửa kia', 'một nửa đích thực', 'một nửa yêu thương', 'là một nửa của mình':
the other half of a couple, no fraction."""
_ROMAN_LETTERS = frozenset("IVXLC")
_HALF_SCALE = re.compile(r"[ \t]+(nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![^\W_])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
"""The word before a cue ('một' of 'một phần mười')."""
_RANGE_NEXT = re.compile(r"[ \t]+(?:đến|tới|hoặc)[ \t]+")
"""A range's second end after a number word that quantifies nothing alone ('một đến hai')."""
_TIMES_TAIL = re.compile(r"[ \t\u00a0]+lần(?![^\W_])")
_MULTIPLE_WORD_VALUES: dict[str, int | Decimal] = {
    "đôi": 2,
    "rưỡi": Decimal("1.5"),
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}


_FATHER_AFTER = re.compile(
    r"[ \t]+(?:mẹ(?![ \t]+con)|má|nói|bảo|mất|kể|dặn|ơi|ra[ \t]+đi|ruột|đẻ|dượng|mình|nó)(?![^\W_])"
)
"""'Ngày ba ra đi', 'khi ba mất', 'Ba nói', 'ba mẹ', 'tình cảm từ ba ruột', 'tha thứ cho ba
mình', 'yêu thương ba nó': the southern word for the father (not 'ba mẹ con', a mother and
her two children; three of a kind are counted with a noun, 'ba đứa nó')."""
_QUANTIFIER_BEFORE = re.compile(r"(?:nhiều|mấy|vài|các|những|hàng|mỗi|từng)\s$")
_NOT_COUNTED = (
    "là và hay hoặc với của mẹ má tôi em anh chị ơi bên chuyện chắn muồi rộ rục chỉ đỏ cũng đã sẽ "
    "đều thì mà nữa trong ngoài trên dưới này đó kia ấy nay ngày tháng năm lần"
)
_OPEN_NOUN = re.compile(r"[ \t]+(?!(?:" + "|".join(_NOT_COUNTED.split()) + r")(?![^\W_]))[a-zđà-ỹ]")
"""A lower-case word after a number word: the noun it counts ('hai kiểu dáng')."""


_PRIZE_RANKS = {"nhất": 1, "nhì": 2, "ba": 3}
"""'giải Ba', 'hạng Nhì': the rank of a prize or a class."""
_PRIZE_CUE = re.compile(r"(?:^|(?<=[^\w]))(?:[Gg]iải|[Hh]ạng)[ \t]+$")
_COUNT_BEFORE = re.compile(r"\d[ \t]+$")

_PRONOUN_FOLLOW = re.compile(
    r"[ \t]*(?:[^\w \t]|$|(?:thường|rất|đi|quan hệ|đang|bị|được|không|chưa|vẫn|cùng|nói|"
    r"có|là|đến|về|ra|vào|lại|sống|đã|sẽ|đều|cũng|từng|gặp|yêu|kết hôn)(?![^\W_])"
    r"(?![ \t]+(?:cáo|can|hại)(?![^\W_])))"
)
"""What follows 'cả hai' when it is a pronoun ('both of them'), not a count of nouns."""
_VULGAR_HALF = Decimal("0.5")
_RANK_ONE = re.compile(r"(?<!trong )(?<!tổng )(?<![Tt]ừ )(?<!\w)[Ss]ố $")
"""'số một thế giới': number one, a rank; 'trong số một ...' is not."""


_BILATERAL = re.compile(
    r"(?:quan hệ|giữa|lãnh đạo|nhân dân|Quốc hội|thương mại|nghị sĩ|của|mong)[ \t]+hai[ \t]+"
    r"(?:nước|bên|phía|miền)(?![^\W_])"
)
"""'quan hệ hai nước', 'lãnh đạo hai bên': the two sides of a relation, named not counted."""
_SIDES = (" nước", " bên", " phía", " miền")
_FEW_LEADS = ("một ", "đôi ", "dăm ")
_LABELLED_NOUN = re.compile(r"(?<![^\W_])([^\W\d_]+)[ \t]+$")
_RANKING_WORDS = frozenset({"đứng", "xếp", "về", "hạng", "giải", "là", "vị", "trí", "lần"})
"""Words before 'thứ hai là' that make it a rank ('đứng thứ hai là Mỹ'), not a list label."""


_TITLES_WON = frozenset({"hai", "ba", "bốn", "năm", "sáu"})
_TREBLE_CUES = ("cú ăn ", "Cú ăn ")
"""'Juventus mơ cú ăn ba', 'đoạt “cú ăn ba”': a double, treble... of titles is a count of
them (tests/gold/dev17), whatever follows; alone, a final 'ba' counts nothing."""


class WordReadings(NamedNumbers):
    """What a word-anchored match means, given the words around it."""

    def _word(self, candidate: re.Match[str]) -> tuple[Mention | None, int]:
        text = self.text
        start, end = candidate.span()
        word = candidate.group()
        lowered = word.lower()
        if word.isupper() and set(word) <= _ROMAN_LETTERS:
            return roman_mention(text, self.floor, self.published, start, end), end
        if word in VULGAR_FRACTIONS:  # "½ thìa"
            return self._vulgar(start, end, look_back(text, start, self.floor)), end
        if lowered == "nửa":
            return self._half_of(start, end), end
        if lowered in _TITLES_WON and text.endswith(_TREBLE_CUES, max(0, start - 6), start):
            won = DIGIT_WORDS[lowered]  # "đoạt cú ăn ba": three titles in a season
            return plain_mention(text, start - 6, end, "count", won, lower=won, upper=won), end
        prize = self._prize_cue(start) if lowered in _PRIZE_RANKS else None
        if prize is not None:
            rank = _PRIZE_RANKS[lowered]
            return plain_mention(text, prize, end, "ordinal", rank, lower=rank, upper=rank), end
        if lowered in AFTER_CUE:
            cued = [
                (at, kind)
                for cue, kind in AFTER_CUE[lowered]
                if (at := self._preceded_by(start, cue)) is not None
            ]
            if not cued:
                return None, end
            cue_start, kind = cued[0]
            if kind == "count":  # "mang thai đôi"
                return plain_mention(text, cue_start, end, "count", 2, lower=2, upper=2), end
            if feeling_grows(text, cue_start):  # "niềm hạnh phúc càng nhân đôi"
                return None, end
            if kind == "ordinal":
                ranked = rank_after_thu(text, cue_start, end, self.floor)
                if ranked is None:  # "sáng thứ tư": Wednesday
                    return None, end
                if self._enumerates(cue_start, end) or self._event_edition(cue_start):
                    return identifier(text, cue_start, end), end  # a list label, an edition
                return plain_mention(
                    text, cue_start, end, "ordinal", ranked, lower=ranked, upper=ranked
                ), end
            if kind == "month":
                if names_a_holiday(text, cue_start):  # "ngày Cá tháng Tư"
                    return None, end
                return self._month(cue_start, end, dates.month_word_value(lowered)), end
            return self._multiple(cue_start, end, lowered), end
        if lowered == "chục":
            ten = hedged_ten(text, start, end, self.floor)
            if ten is not None:  # "hơn chục năm", "gần chục người"
                return ten, ten.end
        found = WORD_SCAN.match(text, start)
        if found is None:
            return None, end
        branch = found.lastgroup
        start, end = found.span()
        if branch == "quarter":
            year = (
                found.group("quarter_y") or found.group("quarter_y2") or found.group("quarter_y3")
            )
            quarter = dates.quarter_value(found.group("quarter_n"))
            iso = dates.iso_quarter(quarter, int(year) if year else None, self.published)
            return plain_mention(text, start, end, "date", iso, qualifier="range"), end
        if branch == "half":  # "hơn một nửa": a hedged half
            if _PARTNER_AFTER.match(text, end):
                return None, end  # "tìm được một nửa đích thực": a partner, no fraction
            cue = look_back(text, start, self.floor)
            return fraction_mention(text, start, end, (1, 2), cue), end
        if branch == "wfrac":
            return self._word_fraction(found), end
        if branch in ("vague", "bvague"):
            mention = vague_mention(text, found, self.floor)
            if mention is None and branch == "vague":  # 'cả trăm triệu': read on at 'trăm'
                return None, found.start("vague_scale")
            return mention, end
        return self._word_quantity(found), end

    def _enumerates(self, cue_start: int, end: int) -> bool:
        """'Thứ nhất, ...', 'Thứ hai: ...': a capitalised rank opening a list item;
        'Dự án thứ nhất là ...', 'Lý do thứ hai là ...': a noun's rank introducing
        the item it labels (a ranking verb before it, 'đứng thứ hai là', ranks);
        '…, thứ hai là …' opening a clause (``opens_an_item``)."""
        text = self.text
        if text[cue_start] == "T" and text[end : end + 1] in (",", ":"):
            return True
        if not text.startswith(" là ", end):
            return False
        if opens_an_item(text, cue_start, end):
            return True
        noun = _LABELLED_NOUN.search(text, max(self.floor, cue_start - 20), cue_start)
        return noun is not None and noun.group(1).lower() not in _RANKING_WORDS

    def _vulgar(self, start: int, end: int, cue: Cue) -> Mention:
        """'½ thìa' is half a spoonful; a lone '¾' is a fraction."""
        numerator, denominator = VULGAR_FRACTIONS[self.text[start:end]]
        value = Decimal(numerator) / Decimal(denominator)
        if read_tail(self.text, end).unit_found:
            return build_quantity(self.text, Core(start, end, figure_of(value)), cue)
        number = to_number(value)
        return plain_mention(
            self.text, start, end, "fraction", number, numerator=numerator,
            denominator=denominator, lower=number, upper=number,
        )  # fmt: skip

    def _prize_cue(self, start: int) -> int | None:
        """Start of 'giải'/'hạng' before a rank word, unless a number counts the prizes.

        '122 giải nhất' counts first prizes: the rank names what is counted.
        """
        found = _PRIZE_CUE.search(self.text, max(self.floor, start - 8), start)
        if found is None or _COUNT_BEFORE.search(
            self.text, max(0, found.start() - 12), found.start()
        ):
            return None
        return found.start()

    def _half_of(self, start: int, end: int) -> Mention | None:
        """'nửa tháng' = 0.5 tháng, 'nửa triệu' = 500 000; 'nửa đầu năm' is no amount."""
        text = self.text
        scale = _HALF_SCALE.match(text, end)
        figure = figure_of(_VULGAR_HALF)._replace(has_decimals=False)  # a half is exact
        if scale is not None:
            figure = apply_scale(figure, scale.group(1))
            return build_quantity(text, Core(start, scale.end(), figure), Cue(None, "", start))
        tail = read_tail(text, end)
        if not tail.unit_found or tail.kind == "count":
            return None
        return build_quantity(text, Core(start, end, figure), Cue(None, "", start))

    def _preceded_by(self, start: int, cue_word: str) -> int | None:
        """Start of ``cue_word`` + one space right before ``start``, if it is there."""
        begin = start - len(cue_word) - 1
        if begin < self.floor or begin < 0:
            return None
        if self.text[begin:start].lower() != cue_word + " ":
            return None
        if begin > 0 and self.text[begin - 1].isalnum():
            return None
        return begin

    def _month(self, start: int, end: int, month: int) -> Mention:
        if self._capitalised_inside(start):  # "đường Cách Mạng Tháng Tám": a name
            return identifier(self.text, start, end)
        year = MONTH_YEAR_TAIL.match(self.text, end)
        year_value = int(year.group("year") or year.group("year2")) if year else None
        stop = year.end() if year else end
        return plain_mention(
            self.text, start, stop, "date", dates.iso_month(month, year_value, self.published)
        )

    def _multiple(self, start: int, end: int, word: str) -> Mention:
        times = _MULTIPLE_WORD_VALUES[word]
        value = to_number(Decimal(times))
        tail = _TIMES_TAIL.match(self.text, end)
        stop = tail.end() if tail else end
        return plain_mention(
            self.text, start, stop, "multiple", value, unit="lần", lower=value, upper=value
        )

    def _word_fraction(self, found: re.Match[str]) -> Mention | None:
        a = read_figure(found.group("wfrac_a"), None, None).value
        b_raw = found.group("wfrac_b")
        b = Decimal(4) if b_raw == "tư" else read_figure(b_raw, None, None).value
        if b == 0 or a >= b:
            return None
        value = to_number(a / b)
        start, end = found.span()
        return plain_mention(
            self.text, start, end, "fraction", value,
            numerator=to_number(a), denominator=to_number(b), lower=value, upper=value,
        )  # fmt: skip

    def _word_quantity(self, found: re.Match[str]) -> Mention | None:
        text = self.text
        phrase = found.group("wnum")
        start, end = found.span()
        lone = phrase.lower()
        needs_range = False
        if SINGLE_WORD.fullmatch(phrase) and not found.group("wdec"):
            before = text[max(self.floor, start - 6) : start].lower()
            if before.endswith(("tháng ", "gấp ", "thứ ")):
                return self._after_cue_word(before, start, end, phrase)
            if _QUANTIFIER_BEFORE.search(before):  # "nhiều năm tuổi"
                return None
            if lone == "một":
                if before.endswith("số ") and _RANK_ONE.search(text, max(0, start - 12), start):
                    return plain_mention(text, start - 3, end, "ordinal", 1, lower=1, upper=1)
            elif self._names_no_count(before, start, end, lone, phrase):
                return None
            # 'chừng một đến hai ngày': a word alone may open a range
            needs_range = not self._single_word_quantifies(start, end, lone)
            if needs_range and not _RANGE_NEXT.match(text, end):
                return None
        cue = look_back(text, start, self.floor)
        if part_named_by_word(text, cue.word, cue.start, end) and not self._a_part_of(cue):
            return identifier(text, cue.start, end)  # "phần hai phim Nắng", "tầng hai": as "phần 2"
        if cue.kind in ("attached", "identifier", "year", "month", "ordinal", "date", "quarter"):
            cue = Cue(None, "", start)
        figure = read_figure(phrase, found.group("wdec"), None)
        read = build_quantity(text, Core(start, end, figure, is_word=True, raw=phrase), cue)
        return None if needs_range and read.qualifier != "range" else read

    def _a_part_of(self, cue: Cue) -> bool:
        """'một phần mười': a number word before 'phần' makes a fraction, no sequel."""
        word = _WORD_BEFORE.search(self.text[max(0, cue.start - 8) : cue.start])
        return word is not None and SINGLE_WORD.fullmatch(word.group(1)) is not None

    def _names_no_count(self, before: str, start: int, end: int, lone: str, phrase: str) -> bool:
        """A number word that counts nothing: a few, a pronoun, a name, a bilateral pair."""
        text = self.text
        if lone in ("hai", "ba") and before.endswith(_FEW_LEADS):
            return True  # "một hai lần", "đôi ba câu": one or two, a few; no number
        if lone == "ba" and _FATHER_AFTER.match(text, end) is not None:
            return True  # "Ngày ba ra đi", "khi ba mất năm 6 tuổi": 'ba' is the father
        two_sides = lone == "hai" and text.startswith(_SIDES, end)
        if two_sides and _BILATERAL.search(text, max(0, start - 12), end + 6):
            return True  # "quan hệ hai nước": the two parties, not a count
        if phrase[0].isupper() and (
            word_is_name(text, start, end) or named_in_full(text, start, end)
        ):
            return True  # "quận Ba Đình", "Hai Bà Trưng", "Võ Hữu Ba ... khi Ba rào": a name
        if in_compound(text, start, end, lone):
            return True  # "nấu chín" (cooked), "đòn bẩy" (a lever): a word, not a numeral
        # "cả hai thường...": the two already named, not a count
        return before.endswith("cả ") and _PRONOUN_FOLLOW.match(text, end) is not None

    def _single_word_quantifies(self, start: int, end: int, lone: str) -> bool:
        """'hai người', 'ba tên trộm', 'năm tấn': yes; 'một số', 'ba tôi', 'năm nay': no."""
        text = self.text
        tail = read_tail(text, end)
        if tail.unit_found:
            if lone == "năm" and tail.unit == "tháng":  # "năm tháng": the years
                return False
            if lone == "một" and (tail.kind in ("duration", "count") or tail.unit == "cent"):
                hedged = look_back(text, start, self.floor).kind == "hedge"  # "gần một thập kỷ"
                is_duration = tail.kind == "duration"
                last = self.last_count_end
                return one_with_unit_counts(text, start, tail.end, is_duration, hedged, last)
            return True
        if lone == "một":  # "chỉ còn một cơ hội": only one, a count; "một người" alone: "a"
            return bare_one_counts(text, start, end, self.last_count_end)
        if NOUN_TAIL.match(text, end) is not None:
            return True
        return lone != "năm" and _OPEN_NOUN.match(text, end) is not None

    def _after_cue_word(self, before: str, start: int, end: int, word: str) -> Mention | None:
        """A number word right after 'tháng' (a month), 'gấp' (a multiple) or 'thứ' (a rank)."""
        lone = word.lower()
        if before.endswith("tháng "):
            if lone not in MONTH_WORDS:
                return None
            if dates.is_ambiguous_month_word(word) and not MONTH_YEAR_TAIL.match(self.text, end):
                return None
            return self._month(start - 6, end, dates.month_word_value(lone))
        if before.endswith("gấp "):
            return self._multiple(start - 4, end, lone) if lone in _MULTIPLE_WORD_VALUES else None
        ranked = RANKED_BY.search(self.text, max(self.floor, start - 20), start - 4) is not None
        weekday = not ranked and (
            WEEKDAY_FOLLOW.match(self.text, end) is not None
            or PART_OF_DAY_BEFORE.search(self.text, max(0, start - 16), start - 4) is not None
        )
        if word[0].isupper() or lone == "một" or weekday:
            return None  # "thứ Hai", "tối thứ bảy": a weekday ("ở set thứ hai, ...": a rank)
        if self._event_edition(start - 4) or self._enumerates(start - 4, end):
            return identifier(self.text, start - 4, end)  # "Hội nghị lần thứ hai", "Thứ hai, ..."
        rank = DIGIT_WORDS.get(lone, 10 if lone == "mười" else 0)
        return plain_mention(self.text, start - 4, end, "ordinal", rank, lower=rank, upper=rank)
