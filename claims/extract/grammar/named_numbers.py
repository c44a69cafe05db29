"""Numbers that name or rank things, told from the words around them.

A year glued to a name ("Tết Nguyên đán 2017", "Cup 2018"), a model after a
Latin name ("Peugeot 308 2017"), a list item's number, a rank after "vị trí
số", the "1" of a rate written "/1 tháng".
"""

from __future__ import annotations

import re

from claims.extract.grammar.cue_words import NOT_A_DRAW_BEFORE, ROMAN_VALUES
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.extract.grammar.quantities import read_tail
from claims.extract.grammar.scan_state import ScanState
from claims.model import Mention

_WORD_BEFORE = re.compile(r"([^\W\d_][\w.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]*(?:([^\W\d_]+)|[.,;:!?)\]”\"'\n]|$)")
_YEAR_LINK_WORDS = (
    "và hoặc hay của trong hồi suốt qua tới đến từ sau trước cuối đầu giữa vào dịp kể "
    "là nay tại ở với sang"
)
_YEAR_LINKS = frozenset(_YEAR_LINK_WORDS.split())
"""Words after which a bare year is the year itself: 'năm 2008 đến 2010', 'trong 2016'."""
_FUNCTION_WORD_LIST = (
    "đã sẽ được là có vẫn cũng với tại ở này và của vừa mới đang hiện không chưa sắp để khi "
    "thì mà nên do theo cho từ trên về diễn tổ bị còn đều chính lần"
)
_SEASONS = frozenset({"xuân", "hè", "thu", "đông"})
"""'mùa hè 2017', 'vào hè 1905': a season of a year is a time, the year itself."""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
"""Words that follow a named edition ('Cup 2018 sẽ', 'Yaris 2017 còn') but never a count."""
_EVENT_EDITION = re.compile(
    r"(?:[Cc]uộc thi|[Hh]ội nghị|[Đđ]ại hội|[Ll]iên hoan|[Hh]ội thảo|[Dd]iễn đàn|[Kk]ỳ họp|[Gg]iải"
    r"|[Ff]estival|[Tt]riển lãm|[Hh]ội chợ|[Pp]hiên|[Cc]ách mạng|[Hh]ội diễn|[Ll]ễ hội|[Hh]ội thao)"
    r"[^.,;:!?\n]{0,80}lần[ \t]+$"
)
"""'cuộc thi ... lần thứ 10': the edition of a named event, which names it."""
_LAW_TITLE = re.compile(
    r"(?:(?<![^\W_])(?:[Bb]ộ[ \t]+)?[Ll]uật"
    r"(?![ \t]+(?:sư|pháp|lệ|chơi|gia|rừng|sĩ)(?![^\W_]))[ \t]+(?P<name>[^\W\d_]+)"
    r"(?:[ \t]+[^\W\d_]+){0,5}"
    r"|(?<![^\W_])[Hh]iến[ \t]+pháp)[ \t]+(?:năm[ \t]+)?$"
)
"""A law's title right before its year: its name is capitalised ('luật Biên giới quốc
gia 2003'), where 'luật mới có hiệu lực từ năm 2016' dates an event ('luật sư' is a lawyer)."""
_MODEL_YEAR = re.compile(r"(?<![^\W_])(?<!ra )(?<!chào )(?<!tuổi )đời[ \t]+$")
_DRAW_EDITION = re.compile(
    r"(?:(?<![^\W_])([^\W\d_]+)[ \t]+)?(?<![^\W_])[Kk]ỳ(?:[ \t]+[^\W\d_]+){0,4}[ \t]+$"
)
"""'tại kỳ quay thứ 88', 'các kỳ quay số mở thưởng thứ 76': the draw's number."""
_ONE_OF = re.compile(r"[ \t]+trong(?:[ \t]+số)?[ \t]+(?:\d|các(?![^\W_])|những(?![^\W_]))")
_CHOOSES = re.compile(r"(?<![^\W_])(?:là|chọn|thành)[ \t]+$")
"""'chọn 1 trong 2 chế độ', 'là 1 trong 10 ...': one picked from a set, no count of one."""
NAMING_BEFORE = ("vàng ", "chấm ")
_CLOSERS = frozenset({"", ",", ".", ";", ":", ")", "("})
_INSTITUTION_WORDS = ("Bệnh viện", "Trung tâm", "Viện", "Nhà máy", "Trạm", "Xí nghiệp", "Trường")
_NUMBERED_NAME_WORDS = (
    "[Tt]hủy điện",
    "[Nn]hiệt điện",
    "[Hh]ạm đội",
    "[Tt]ổng công ty",
    "[Đđ]ề án",
    "[Cc]ơ sở",
)
"""Heads whose own name ends in a number, the name words between optional: 'tổng công ty
91', 'cơ sở 2', 'Đề án 125', 'Hạm đội 7', 'thủy điện Đăk Mi 4', 'Nhiệt điện Duyên Hải 3'."""
_INSTITUTION_WORD = re.compile("|".join(_INSTITUTION_WORDS))
_INSTITUTION = re.compile(rf"(?:{'|'.join(_INSTITUTION_WORDS)})(?:[ \t]+[^\W\d_]+){{1,3}}[ \t]+$")
_NUMBERED_NAME_WORD = re.compile("|".join(_NUMBERED_NAME_WORDS))
_NUMBERED_NAME = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(_NUMBERED_NAME_WORDS)})(?:[ \t]+[A-ZĐ][^\W\d_]*){{0,3}}[ \t]+$"
)
"""The head, then only capitalised name words: 'tổng công ty đã giảm 3' has a verb between."""
_KARAT = re.compile(r"[ \t]?-?(?:K|k|carat|cara)(?![^\W_])")
_MODEL_WORDS = ("mẫu ", "dòng ", "bản ")
_MODEL_NAME_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![^\W_])")
"""'bản 308 GTi': a Latin name after the number completes a model's name."""
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_RANK_HOLDER = re.compile(r"(?:vị trí|ngôi vị|xếp hạng|hạt giống|tay vợt|kẻ thù|đứng)[ \t]+$")
_LATIN_NAME_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z]*[A-Z][A-Za-z]*[ \t]+$")
_MARKER_WORDS = ("cột mốc ", "Cột mốc ", "mốc quốc giới ", "Mốc quốc giới ")
_LOCATING_BEFORE = re.compile(
    r"(?<![^\W_])(?:ở|tại|trú|trú tại|nhà|[Đđ]ịa chỉ|trụ sở)[ \t]*:?[ \t]+$"
)
_STREET_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
_COUNTED_TITLES = frozenset({"Phó", "Tổng", "Thứ", "Giải", "Cúp", "Siêu", "Bà", "Ông", "Mẹ"})
"""Capitalised words that are counted ('10 Phó Trưởng đoàn', '64 Mẹ Việt Nam Anh hùng')."""
_OPENING_QUOTES = ("“", '"')
_CELL_BEFORE = re.compile(r"(?:(?:\d[^\s]*|\))[ \t]*|[+-])$")
"""A figure, a bracket or a glued sign right before: a cell of a table ('72.000 0  Châu
Đức', '+1.000  Bình Phước'), whose next row's label follows the number."""
_BYLINE_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){2,4}[ \t]*(?:\([^)\n]*\))?\s*$")
"""'... 13 1 Nguyễn Đăng' at the end of the text: the writer's name after a table's last cell."""
_NAME_HEADS = frozenset({"trường", "xã", "huyện", "tỉnh", "thành phố", "công ty", "đội"})
"""Nouns that head a proper name ('trường Tiểu học ...', 'xã Tân Phúc')."""
_NAME_START = re.compile(r"[ \t]+([^\W\d_])")
_SCALE_AFTER = re.compile(r"[ \t]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)(?![^\W_])")
CENTURY_WORDS = ("thế kỷ", "thế kỉ")
_CENTURY_JOINER = re.compile(r"[ \t]*(?:,|và|hoặc|-|–)[ \t]*")
_THIS_YEAR = re.compile(r"[ \t]+(?:nay|ngoái)(?![^\W_])")
TRAILING_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d|[.,]\d)")


def _is_name_word(word: str) -> bool:
    """'Trường', 'Sắc': a capital then lower case ('FA', 'HCV' are acronyms)."""
    return len(word) > 1 and word[0].isupper() and not word[1:].isupper()


def counts_noun_after(text: str, end: int) -> bool:
    """A counted noun follows ('khoản 3 người'), not the head of a name ('lớp 3 trường
    Tiểu học Nguyễn Bỉnh Khiêm': the pupil's class at a named school)."""
    noun = NOUN_TAIL.match(text, end)
    if noun is None:
        return False
    if noun.group().strip() not in _NAME_HEADS:  # "số 300 loại KitKat": 300 kinds
        return True
    name = _NAME_START.match(text, noun.end())
    return name is None or not name.group(1).isupper()


def amount_follows(text: str, end: int) -> bool:
    """A unit, a scale word or a counted noun follows: the numbers before it are amounts."""
    return (
        read_tail(text, end).unit_found
        or NOUN_TAIL.match(text, end) is not None
        or _SCALE_AFTER.match(text, end) is not None
    )


def roman_value(numeral: str) -> int:
    """'XXI' = 21, 'XIV' = 14 (a smaller letter before a larger one subtracts)."""
    values = [ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def century_years(number: int) -> tuple[int, int]:
    """'thế kỷ 18' = the years 1701-1800."""
    return (number - 1) * 100 + 1, number * 100


def century_mention(text: str, start: int, end: int, number: int) -> Mention:
    first, last = century_years(number)
    return plain_mention(text, start, end, "year", None, lower=first, upper=last, qualifier="range")


def listed_century(text: str, previous: Mention, mention: Mention) -> Mention:
    """'thế kỷ 18, 19': a bare number listed after a century is the next century."""
    if not previous.text.lower().startswith(CENTURY_WORDS) or mention.qualifier != "exact":
        return mention
    if not mention.text.isdigit() or not 1 <= int(mention.text) <= 21:
        return mention
    if _CENTURY_JOINER.fullmatch(text, previous.end, mention.start) is None:
        return mention
    if NOUN_TAIL.match(text, mention.end):  # "thế kỷ 18 và 19 người": a count
        return mention
    return century_mention(text, mention.start, mention.end, int(mention.text))


class NamedNumbers(ScanState):
    """Checks on the words around a number that make it a name, a rank or no number."""

    def _names_edition(self, start: int, end: int) -> bool:
        """'Tết Nguyên đán 2017.', 'APEC 2017 sẽ', 'Yaris mới 2017.': a year glued to a name.

        Without 'năm' (or a date word such as 'từ', 'cuối'), a year printed right
        after a capitalised name names an edition, a model or an event; after a
        lower-case word only when it closes the clause ('chạm 2034 Usd/tấn' and
        'lên 2001 và' are prices). After 'và', 'của', 'trong'... it is the year.
        """
        text = self.text
        if start < 2 or text[start - 1] not in " \t" or not text[start - 2].isalpha():
            return False
        word = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if word is None or word.group(1).lower() in _YEAR_LINKS | _SEASONS:
            return False
        if read_tail(text, end).unit_found or NOUN_TAIL.match(text, end):
            return False
        if word.group(1).islower():
            following = _WORD_AFTER.match(text, end)
            return following is not None and not following.group(1)
        return True

    def _after_season(self, start: int) -> bool:
        word = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return word is not None and word.group(1).lower() in _SEASONS

    def _ends_phrase(self, end: int) -> bool:
        """Nothing the number could count follows: punctuation, a name or a function word."""
        following = _WORD_AFTER.match(self.text, end)
        if following is None or not following.group(1):  # clause end, quote, bracket
            return True
        after = following.group(1)
        return after[0].isupper() or after in _FUNCTION_WORDS

    def _ranks(self, cue_start: int) -> bool:
        """'vị trí số 1', 'tay vợt số 1': a rank, where 'số 7' alone is a house or a lot."""
        return _RANK_HOLDER.search(self.text, max(0, cue_start - 12), cue_start) is not None

    def _per_one(self, start: int, end: int) -> bool:
        """'/1 tháng' after an amount: the 'per' of a rate, written with its one."""
        text = self.text
        slash = start >= 2 and text[start - 1] == "/" and not text[start - 2].isdigit()
        return slash and read_tail(text, end).unit_found

    def _named_elsewhere(self, name: str) -> bool:
        """'Peugeot' opening a sentence is still a name if the text uses it mid-sentence."""
        word = name.split()[-1]
        mid = re.search(rf"[^\W\d_,][ \t]+{re.escape(word)}(?![^\W_])", self.text)
        return mid is not None

    def _model_named_elsewhere(self, word: str, number: str) -> bool:
        """'Bebop 2' opening a sentence is a model when the text names it mid-sentence."""
        model = rf"[^\W\d_,][ \t]+{re.escape(word)}[ \t]+{re.escape(number)}(?![\d.,]\d|[^\W_])"
        return re.search(model, self.text) is not None

    def _named_model(self, start: int, end: int) -> Mention | None:
        """'Peugeot 308 2017', 'SEA Games 31', 'Euro 2016': a number after a Latin name."""
        if start < 2 or not self.text[start - 2].isascii() or not self.text[start - 2].isalpha():
            return None
        name = _LATIN_NAME_BEFORE.search(self.text, max(self.floor, start - 30), start)
        tail = read_tail(self.text, end)
        # "SEA Games 29 năm nay": 'năm nay' (this year) is no unit of the edition's number
        this_year = tail.unit == "năm" and _THIS_YEAR.match(self.text, tail.end) is not None
        if name is None or (tail.unit_found and not this_year) or NOUN_TAIL.match(self.text, end):
            return None
        before = self.text[max(0, name.start() - 3) : name.start()].rstrip(' \t"“(')
        year = TRAILING_YEAR.match(self.text, end)
        opens_sentence = not before or before[-1] in ".!?:\n"
        brand = _INNER_CAPITAL.search(name.group()) is not None  # "OnePlus", "iPhone"
        if (
            opens_sentence
            and not brand
            and (year is None or not self._named_elsewhere(name.group()))
            and not self._model_named_elsewhere(name.group().split()[-1], self.text[start:end])
        ):
            return None  # a capital that may only start a sentence, unless a model year
            # follows or the text names the same model mid-sentence ('flycam Bebop 2. Bebop 2 là')
        return identifier(self.text, name.start(), year.end() if year else end)

    def _street_number(self, start: int, end: int) -> bool:
        """'ở 24 Hàng Muối', 'Địa chỉ: 268 Lý Thường Kiệt': after a word that locates, a
        number before a capitalised street name is a house number; a count would be
        followed by the lower-case noun it counts."""
        text = self.text
        if _LOCATING_BEFORE.search(text, max(self.floor, start - 12), start) is None:
            return False
        street = _STREET_AFTER.match(text, end)
        return street is not None and street.group(1)[0].isupper() and street.group(2)[0].isupper()

    def _starts_a_name(self, start: int, end: int) -> bool:
        """'hẻm 725 Trường Chinh', '“50 Sắc Thái Đen”': a number before two capitalised
        words starts a street address or the title of a work, wherever it stands; a
        count is followed by the lower-case noun it counts.

        Acronyms ('5 FA Cup') and Latin words ('2 Champions League': trophies, models)
        are names that numbers do count, so one of the words must be Vietnamese, unless
        an opening quote marks a title ('“50 Shades Of Grey'); titles and honorifics
        capitalised inside a sentence are counted too ('19 Phó Tổng giám đốc'), and so
        is a cell of a table, followed by the next row's label or the writer's name."""
        words = _STREET_AFTER.match(self.text, end)
        if words is None or _CELL_BEFORE.search(self.text, max(0, start - 16), start):
            return False
        first, second = words.groups()
        if not (_is_name_word(first) and _is_name_word(second)) or first in _COUNTED_TITLES:
            return False
        if len(self.text) - end < 40 and _BYLINE_AFTER.match(self.text, end):
            return False
        return self.text.endswith(_OPENING_QUOTES, 0, start) or not (first + second).isascii()

    def _numbered_name(self, start: int, end: int) -> bool:
        """'tổng công ty 91', 'Đề án 125 gồm', 'Hạm đội 7 thuộc', 'Nhiệt điện Duyên Hải 3 để':
        a number that ends the name of a plant, a fleet, a project or a branch, unless a
        counted noun or a unit follows ('cơ sở 2 tầng')."""
        text = self.text
        lo = max(self.floor, start - 40)
        if _NUMBERED_NAME_WORD.search(text, lo, start) is None:  # one C-level scan first
            return False
        if _NUMBERED_NAME.search(text[lo:start]) is None:
            return False
        return not amount_follows(text, end)

    def _capitalised_inside(self, cue_start: int) -> bool:
        """'Cách mạng Tháng 8': a capitalised cue word inside a sentence belongs to a name."""
        text = self.text
        if not text[cue_start].isupper():
            return False
        before = text[max(0, cue_start - 3) : cue_start].rstrip(' \t"“(')
        return bool(before) and before[-1].isalpha()

    def _border_marker(self, start: int, end: int) -> bool:
        """'cột mốc 423 do phía bạn cắm': a border marker's number names it.

        A milestone counts something ('cột mốc 500 trận đấu', 'cột mốc 20 năm'):
        the marker is only a number that closes its phrase.
        """
        text = self.text
        if not text.endswith(_MARKER_WORDS, max(self.floor, start - 14), start):
            return False
        following = _WORD_AFTER.match(text, end)
        return self._ends_phrase(end) or (following is not None and following.group(1) == "do")

    def _law_year(self, start: int) -> bool:
        """'Luật Nhà ở năm 2014', 'luật Biên giới quốc gia 2003', 'Hiến pháp năm 2013':
        the year a law was passed is part of its name."""
        title = _LAW_TITLE.search(self.text, max(self.floor, start - 60), start)
        return title is not None and (title.group("name") or "H")[0].isupper()

    def _model_year(self, start: int) -> bool:
        """'Honda City đời 2013', 'xe đời 2015': the model year names the model
        ('ra đời 2004', 'chào đời': born; 'tuổi đời': an age)."""
        return _MODEL_YEAR.search(self.text, max(self.floor, start - 12), start) is not None

    def _event_edition(self, cue_start: int) -> bool:
        """'Giải thưởng Thiết kế quốc tế lần thứ 10', 'kỳ quay thứ 88': an edition
        number names the event or the draw."""
        if _EVENT_EDITION.search(self.text, max(self.floor, cue_start - 120), cue_start):
            return True
        draw = _DRAW_EDITION.search(self.text, max(self.floor, cue_start - 50), cue_start)
        return draw is not None and (draw.group(1) or "") not in NOT_A_DRAW_BEFORE

    def _named_number(self, raw: str, start: int, end: int) -> Mention | bool | None:
        """A model, an institution's number, a gold grade, or no count ('1 trong 2'); else False.

        The caller skips the common case (a number before a lower-case word,
        no 'vàng'/'chấm' before it); cheap string tests come before any regex.
        """
        text = self.text
        following = text[end : end + 2]
        if following[:1] == " " and (following[1:].isdigit() or following[1:].isupper()):
            model = self._model_with_year(start, end)
            if model is not None:
                return model
        closes = end - start <= 3 and (following[:1] in _CLOSERS or following == " (")
        if closes or text.endswith("vàng ", 0, start):
            place = self._named_place(start, end)
            if place is not None:
                return place
        one_of = raw == "1" and following == " t" and text.startswith(" trong", end)
        if (one_of or text.endswith("chấm ", 0, start)) and self._not_a_count(start, end):
            return None
        return False

    def _not_a_count(self, start: int, end: int) -> bool:
        """'1 trong 2 chế độ' picks one of two; 'chấm 11 m' is the penalty spot."""
        text = self.text
        if end - start == 1 and text[start] == "1" and _ONE_OF.match(text, end):
            return _CHOOSES.search(text, max(self.floor, start - 12), start) is not None
        return text.endswith("chấm ", 0, start) and start - 5 >= self.floor

    def _named_place(self, start: int, end: int) -> Mention | None:
        """'Bệnh viện Nhi đồng 1', 'vàng 18K': a number inside a name or a grade."""
        text = self.text
        if text.endswith("vàng ", 0, start) and start - 5 >= self.floor:
            karat = _KARAT.match(text, end)
            if karat is not None:
                return identifier(text, start, karat.end())
        if text[end : end + 1] not in _CLOSERS and not text.startswith(" (", end):
            return None  # an institution's number closes its name
        lo = max(self.floor, start - 40)
        if _INSTITUTION_WORD.search(text, lo, start) is None:  # one C-level scan first
            return None
        window = text[lo:start]
        if _INSTITUTION.search(window) is not None and self._ends_phrase(end):
            return identifier(text, start, end)
        return None

    def _model_with_year(self, start: int, end: int) -> Mention | None:
        """'trên mẫu 308 2017', 'bản 308 GTi': a model number with its year or its name."""
        text = self.text
        following = text[end + 1 : end + 2]
        if text[end : end + 1] != " " or not (following.isdigit() or following.isupper()):
            return None
        if not text.endswith(_MODEL_WORDS, 0, start) or start - 5 < self.floor:
            return None
        year = TRAILING_YEAR.match(text, end) or _MODEL_NAME_AFTER.match(text, end)
        if year is None:
            return None
        return identifier(text, start, year.end())

    def _list_number(self, start: int, end: int, raw: str) -> bool:
        """'1. Chùa Hoằng Phúc': a list item's number at the start of a line or sentence;
        '1- Vụ Giáo dục Mầm non; 2- Vụ ...': one opening an item after ':' or ';'."""
        text = self.text
        mark = text[end : end + 2]
        if len(raw) > 2 or mark not in (". ", "- "):
            return False
        before = text[max(0, start - 2) : start]
        if mark == "- ":
            opens_item = start == 0 or before[-1:] == "\n" or before in (": ", "; ")
            return opens_item and text[end + 2 : end + 3].isupper()
        return (
            start == 0
            or before[-1:] == "\n"
            or before in (". ", ": ", ") ", "? ", "! ")
            or before[-1:] == "("
        )
