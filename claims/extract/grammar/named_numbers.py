"""Numbers that name or rank things, told from the words around them.

A year glued to a name ("Tết Nguyên đán 2017", "Cup 2018"), a law's year, an
event's edition, a model after a Latin name ("Peugeot 308 2017"), a list item's
number, a rank after "vị trí số", the "1" of a rate written "/1 tháng". Numbers
inside the name of a place or a work are told in ``named_places``, on which this
class builds; centuries in ``centuries``.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cue_words import NOT_A_DRAW_BEFORE
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.named_places import NamedPlaces
from claims.extract.grammar.number_followers import CLOSERS, WORD_AFTER
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

_WORD_BEFORE = re.compile(r"([^\W\d_][\w.-]*)[ \t]+$")
_YEAR_LINK_WORDS = (
    "và hoặc hay của trong hồi suốt qua tới đến từ sau trước cuối đầu giữa vào dịp kể "
    "là nay tại ở với sang"
)
_YEAR_LINKS = frozenset(_YEAR_LINK_WORDS.split())
"""Words after which a bare year is the year itself: 'năm 2008 đến 2010', 'trong 2016'."""
_SEASONS = frozenset({"xuân", "hè", "thu", "đông"})
"""'mùa hè 2017', 'vào hè 1905': a season of a year is a time, the year itself."""
_NOT_A_NAME_WORDS = (
    "cho kỳ trí mức lên xuống chạm đạt vượt còn quanh khoảng hơn gần trên dưới ngưỡng số "
    "được có nhất riêng hết đoạn mùa này ngay năm lẽ du thì mà khi nếu vì nhưng rằng như "
    "phim"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
"""Lower-case words after which a year inside its clause is still the year ('cùng kỳ 2016
cả về', 'cho 2017 với', 'trong mùa hè 2017', 'nhất hè 2017', 'bộ phim 1975 của Steven
Spielberg') or an amount ('lên 2001 và', 'vị trí 2070 trên thế giới'), not the edition
of a name."""
_NEW_YEAR_BEFORE = re.compile(r"(?<![^\W_])(?i:năm)[ \t]+mới[ \t]+$")
"""'những ngày đầu năm mới 2017 lên': the new year is the year itself."""
_SEASON_BEFORE = re.compile(
    r"(?:(?P<head>[^\W\d_]+)[ \t]+)?(?P<season>(?:[Mm]ùa[ \t]+)?"
    r"(?P<pair>(?i:xuân|hè|thu|đông)(?:[ \t]*/[ \t]*|[ \t]+))?(?i:xuân|hè|thu|đông))[ \t]+$"
)
"""'kỳ chuyển nhượng mùa Hè ', 'BST Xuân/Hè ', 'mẫu váy xuân hè ': a season, the word before it."""
_EVENT_HEADS = (
    r"(?:[Cc]uộc thi|[Hh]ội nghị|[Đđ]ại hội|[Ll]iên hoan|[Hh]ội thảo|[Dd]iễn đàn|[Kk]ỳ họp|[Gg]iải"
    r"|[Ff]estival|[Tt]riển lãm|[Hh]ội chợ|[Pp]hiên|[Cc]ách mạng|[Hh]ội diễn|[Ll]ễ hội|[Hh]ội thao"
    r"|[Hh]ội thi|Đối thoại|[Cc]uộc họp|[Gg]iao lưu|LHP|ĐHĐCĐ)"
)
"""Nouns that head the name of a recurring event. 'Đối thoại' only capitalised, as a name
('Đối thoại Shangri-La'): 'tổ chức đối thoại lần thứ 2 giữa công ty và bà O.' counts tries."""
_EVENT_EDITION = re.compile(rf"{_EVENT_HEADS}[^.,;:!?\n]{{0,80}}lần[ \t]+$")
"""'cuộc thi ... lần thứ 10', 'Đối thoại Shangri-La lần thứ 16': the edition of a named
event, which names it."""
_BARE_EDITION = re.compile(
    rf"(?<![^\W_])(?!.hiên)(?!.iải[ \t]+(?:thích|quyết|pháp|trình|tỏa|ngân|phóng|đáp|cứu))"
    rf"(?:{_EVENT_HEADS})(?![^\W_])[^.,;:!?\n]{{0,80}}lần[ \t]+$"
)
"""'Hội nghị Cấp cao APEC lần 2', 'LHP Kim Mã lần 37', 'ĐHĐCĐ bất thường lần 1': an edition
without 'thứ'; not a court's 'phiên tòa lần 2' (a hearing), nor inside 'Giải thích'."""
_WORLD_WAR = re.compile(
    r"(?:[Cc]hiến[ \t]+tranh[ \t]+[Tt]hế[ \t]+giới|[Tt]hế[ \t]+chiến|[Đđ]ại[ \t]+chiến)"
    r"[ \t]+(?:lần[ \t]+)?$"
)
"""'Chiến tranh Thế giới thứ hai', 'Thế chiến thứ 2', 'Đại chiến lần thứ nhất': a war's name."""
_ACRONYM_EDITION = re.compile(r"(?<![\w.])([A-Z]{3,})[ \t]+lần[ \t]+$")
"""'gửi thư UPU lần thứ 46', 'Chủ tịch APPF lần thứ 25': an acronym before the edition,
an event's when the text names it after an event's head ('cuộc thi viết thư quốc tế UPU
46', 'Hội nghị APPF'); 'FED lần thứ 2' (a second rate rise) is an organisation acting."""
_LAW_TITLE = re.compile(
    r"(?:(?<![^\W_])(?:[Bb]ộ[ \t]+)?[Ll]uật"
    r"(?![ \t]+(?:sư|pháp|lệ|chơi|gia|rừng|sĩ)(?![^\W_]))[ \t]+(?P<name>[^\W\d_]+)"
    r"(?:[ \t]+[^\W\d_]+){0,5}"
    r"|(?<![^\W_])[Hh]iến[ \t]+pháp)[ \t]+(?:năm[ \t]+)?$"
)
"""A law's title right before its year: its name is capitalised ('luật Biên giới quốc
gia 2003'), where 'luật mới có hiệu lực từ năm 2016' dates an event ('luật sư' is a lawyer)."""
_NOT_IN_A_LAW_NAME_LIST = (
    "có được từ vào trong sẽ đã mới này đó hiệu ban thông cho về với khi năm là và tại theo ở "
    "sau trước đến tới hết kể thì mà nhưng bị do vi phạm sửa đổi bổ sung dự trình áp hiện cũ "
    "ngày tháng quy định nay lực"
)
_NOT_IN_A_LAW_NAME = frozenset(_NOT_IN_A_LAW_NAME_LIST.split())
"""Words that end a law's lower-case name: 'Luật mới có hiệu lực từ năm 2016' dates an event."""
_AMENDED_AFTER_YEAR = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)\)?[ \t]*,?[ \t]*(?:được[ \t]+)?sửa[ \t]+đổi"
    r"(?:[ \t]*,?[ \t]*bổ[ \t]+sung)?[ \t]+(?:năm[ \t]+)?$"
)
"""'… năm 1999, sửa đổi bổ sung ': the law's year before its amendment's."""
_MODEL_YEAR = re.compile(r"(?<![^\W_])(?<!ra )(?<!chào )(?<!tuổi )đời[ \t]+$")
_DRAW_EDITION = re.compile(
    r"(?:(?<![^\W_])([^\W\d_]+)[ \t]+)?(?<![^\W_])[Kk]ỳ(?:[ \t]+[^\W\d_]+){0,4}[ \t]+$"
)
"""'tại kỳ quay thứ 88', 'các kỳ quay số mở thưởng thứ 76': the draw's number."""
_ONE_OF = re.compile(r"[ \t]+trong(?:[ \t]+số)?[ \t]+(?:\d|các(?![^\W_])|những(?![^\W_]))")
_CHOOSES = re.compile(r"(?<![^\W_])(?:là|chọn|thành)[ \t]+$")
"""'chọn 1 trong 2 chế độ', 'là 1 trong 10 ...': one picked from a set, no count of one."""
NAMING_BEFORE = ("vàng ", "chấm ")
_MODEL_WORDS = ("mẫu ", "dòng ", "bản ")
_MODEL_NAME_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![^\W_])")
"""'bản 308 GTi': a Latin name after the number completes a model's name."""
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_RANK_HOLDER = re.compile(
    r"(?:vị trí|ngôi vị|xếp hạng|hạt giống|tay vợt|kẻ thù|đứng|ứng cử viên|ứng viên|[Cc]ựu"
    r"|lựa chọn|thủ môn|thủ thành)[ \t]+$"
)
_RANKED_IN = re.compile(r"[ \t]+thế giới(?![^\W_])")
"""'công ty công nghệ số 1 thế giới': a rank in the world, whoever holds it."""
_THRONE_BEFORE = re.compile(r"(?<![^\W_])ngôi[ \t]+$")
"""'vươn lên ngôi số 1 thế giới': the top spot as a goal or a title, no rank stated."""
_RANK_LOOK_BACK = 16
_SETS_AFTER = re.compile(r"[ \t]+set(?![^\W_]|[ \t]*\d)")
"""'3 set (1-6, 6-0, 6-4)': sets counted; 'set 3' names the third."""
_LATIN_NAME_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z]*[A-Z][A-Za-z]*[ \t]+$")
_ITEM_OPENERS = (". ", ": ", "; ", "? ", "! ", "” ", '" ')
"""What ends the text before a bracketed list label: a sentence, a colon, an item."""
_SPACED_ITEM_BEFORE = re.compile(r"[.:!?)][ \t]{2,}$")
"""'Ảnh minh họa.  2. Tuổi Mùi': the double space pages leave where a paragraph ended."""
_SPACED_LOOK_BACK = 6
_THIS_YEAR = re.compile(r"[ \t]+(?:nay|ngoái)(?![^\W_])")
TRAILING_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d|[.,]\d)")


_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm "
    "Mai Trịnh Đào Cao Lương Tạ Hà Thái Tô Châu Quách Vương Kiều Triệu Lưu Phùng Tăng La"
)
_FULL_NAME_WORDS = (
    rf"(?<![^\W_])(?:{'|'.join(_SURNAMES.split())})[ \t]+(?:[A-ZĐ][^\W\d_]*[ \t]+){{1,2}}"
)
"""A Vietnamese full name before its last word: a surname, then one or two capitalised
words ('Võ Hữu Ba', 'Nguyễn Đức Sáu'; 'Biển Đông Hai học giả' names no one)."""
_SENTENCE_ENDS = ".!?:;\n"


def named_in_full(text: str, start: int, end: int) -> bool:
    """'Võ Hữu Ba ... khi Ba rào đất': a capitalised number word inside a sentence is the
    person the text names in full with it (two or three capitalised words before it),
    when no noun it could count follows."""
    word = text[start:end]
    before = text[max(0, start - 3) : start].rstrip(' \t"“(')
    if not before or before[-1] in _SENTENCE_ENDS:
        return False  # "Ba đối tượng ...", "Năm 2016, ...": a sentence may open with a count
    if NOUN_TAIL.match(text, end) or read_tail(text, end).unit_found:
        return False
    full = rf"{_FULL_NAME_WORDS}{re.escape(word)}(?![^\W_]|[ \t]+[A-ZĐ\d])"
    return re.search(full, text) is not None


def _a_season(text: str, word: re.Match[str]) -> bool:
    """'hè', 'Xuân': a season, but no 'đông' after 'cổ' ('cổ đông', shareholders)."""
    season = word.group(1).lower()
    if season == "đông" and text.endswith(("cổ ", "Cổ "), 0, word.start()):
        return False
    return season in _SEASONS


class NamedNumbers(NamedPlaces):
    """Checks on the words around a number that make it a name, a rank or no number."""

    def _names_edition(self, start: int, end: int) -> bool:
        """'Tết Nguyên đán 2017.', 'APEC 2017 sẽ', 'Yaris mới 2017.': a year glued to a name.

        Without 'năm' (or a date word such as 'từ', 'cuối'), a year printed right
        after a name names an edition, a model or an event: a capitalised name, a
        model code ('Mazda3 2017', 'Grand i10 2017'), or a lower-case one ('kỳ thi THPT
        quốc gia 2017 với', 'Hoa hậu Hoàn vũ 2015 diện', 'tầm nhìn 2030 gồm', the
        README's 'year glued to an event or brand name'), unless the lower-case word
        is one after which the year stays a time or an amount ('cùng kỳ 2016', 'lên
        2001 và': prices; 'chạm 2034 Usd/tấn' has its unit). After 'và', 'của',
        'trong'... it is the year.
        """
        text = self.text
        if start < 2 or text[start - 1] not in " \t" or not text[start - 2].isalnum():
            return False
        word = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if word is None or word.group(1).lower() in _YEAR_LINKS or _a_season(text, word):
            return False
        if read_tail(text, end).unit_found or NOUN_TAIL.match(text, end):
            return False
        if word.group(1).islower():
            following = WORD_AFTER.match(text, end)
            closes = following is not None and not following.group(1)
            if _NEW_YEAR_BEFORE.search(text, max(0, start - 12), start):
                return False
            return closes or word.group(1) not in _NOT_A_NAME
        return True

    def _after_season(self, start: int) -> bool:
        word = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return word is not None and _a_season(self.text, word)

    def _named_season(self, start: int) -> int | None:
        """Where 'hè 2017' starts when the season and its year name a thing: 'kỳ chuyển
        nhượng hè 2017' (a transfer window), 'BST Xuân/Hè 2017', 'mẫu váy xuân hè 2016' (a
        collection), 'vụ xuân 2017' (a crop), 'Thế vận hội Mùa hè 1988'.  A lower-case noun
        right before the season makes it the name's; a preposition or a time word makes
        it a time ('trong mùa hè 2017', 'vào hè 1905', 'đến hè 2018'), and so does a
        capital, which may end a heading ('Arjen Robben Hè 2003, thời điểm') or name
        the club that moved ('từ Chelsea sang PSG hè 2014').
        Two seasons are a fashion season after any word but a preposition ('BST mới nhất
        Xuân/Hè 2017', 'Fashion Week Thu Đông 2017').  After 'cổ', 'đông' is no winter:
        'Đại hội đồng cổ đông 2017' names a meeting."""
        found = _SEASON_BEFORE.search(self.text, max(self.floor, start - 40), start)
        if found is None or found.group("head") is None:
            return None
        head = found.group("head")
        if head.lower() in _YEAR_LINKS or head == "cổ":
            return None
        if found.group("pair") is not None:
            return found.start("season")
        if head.lower() in _NOT_A_NAME or not head.islower():
            return None
        return found.start("season")

    def _ranks(self, cue_start: int, end: int) -> bool:
        """'vị trí số 1', 'tay vợt số 1', 'ứng cử viên số 1', 'cựu số 1', 'sự lựa chọn số 1',
        'số 2 thế giới': a rank, where 'số 7' alone is a house or a lot."""
        lo = max(0, cue_start - _RANK_LOOK_BACK)
        holder = _RANK_HOLDER.search(self.text, lo, cue_start) is not None
        if holder:
            return True
        throne = _THRONE_BEFORE.search(self.text, lo, cue_start) is not None
        return not throne and _RANKED_IN.match(self.text, end) is not None

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
        if _SETS_AFTER.match(self.text, end):  # "thắng ngược Zverez 3 set": sets won
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

    def _law_year(self, start: int, *, floor: int | None = None) -> bool:
        """'Luật Nhà ở năm 2014', 'luật Biên giới quốc gia 2003', 'Hiến pháp năm 2013',
        and a code or a capitalised 'Luật' before a lower-case name ('Bộ luật hình sự năm
        1999', 'Luật đất đai năm 2013'), unless a word of the 'name' is a verb or a
        preposition ('Luật mới có hiệu lực từ năm 2016'): the year a law was passed is
        part of its name.  So is the year of its amendment after it ('Bộ luật hình sự
        năm 1999, sửa đổi bổ sung năm 2009')."""
        text = self.text
        amended = _AMENDED_AFTER_YEAR.search(text, max(0, start - 40), start)
        if amended is not None and self._law_year(amended.start("year"), floor=0):
            return True  # the law's year is a mention already: look back past it
        floor = max(self.floor if floor is None else floor, start - 60)
        title = _LAW_TITLE.search(text, floor, start)
        if title is None:
            return False
        name = title.group("name") or "H"
        if name[0].isupper():
            return True
        head = text[title.start() : title.start() + 3]
        words = text[title.start("name") : title.end()].split()
        if words[-1] == "năm":
            words.pop()  # 'Luật đất đai năm 2013'
        return head in ("Bộ ", "bộ ", "Luậ") and not any(w in _NOT_IN_A_LAW_NAME for w in words)

    def _model_year(self, start: int) -> bool:
        """'Honda City đời 2013', 'xe đời 2015': the model year names the model
        ('ra đời 2004', 'chào đời': born; 'tuổi đời': an age)."""
        return _MODEL_YEAR.search(self.text, max(self.floor, start - 12), start) is not None

    def _event_edition(self, cue_start: int) -> bool:
        """'Giải thưởng Thiết kế quốc tế lần thứ 10', 'kỳ quay thứ 88': an edition
        number names the event or the draw."""
        if _EVENT_EDITION.search(self.text, max(self.floor, cue_start - 120), cue_start):
            return True
        if _WORLD_WAR.search(self.text, max(self.floor, cue_start - 32), cue_start):
            return True
        acronym = _ACRONYM_EDITION.search(self.text, max(self.floor, cue_start - 16), cue_start)
        if acronym is not None and self._named_as_event(acronym.group(1)):
            return True
        draw = _DRAW_EDITION.search(self.text, max(self.floor, cue_start - 50), cue_start)
        return draw is not None and (draw.group(1) or "") not in NOT_A_DRAW_BEFORE

    def _bare_edition(self, start: int) -> bool:
        """'lần 2' at ``start`` - 4 numbers an event's edition, 'thứ' left out."""
        return _BARE_EDITION.search(self.text, max(self.floor, start - 120), start) is not None

    def _named_as_event(self, acronym: str) -> bool:
        """The text puts the acronym in an event's name: 'Cuộc thi viết thư quốc tế UPU'."""
        named = rf"{_EVENT_HEADS}[^.,;:!?\n]{{0,60}}(?<![\w.]){acronym}(?![^\W_])"
        return re.search(named, self.text) is not None

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
        closes = end - start <= 3 and (following[:1] in CLOSERS or following == " (")
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
        '1- Vụ Giáo dục Mầm non; 2- Vụ ...': one opening an item after ':' or ';';
        '... của MU. 4) Sanchez (Arsenal)', '...: (1) Thực hiện quyền': one closed by a
        bracket, opening a sentence or an item, before a capital."""
        text = self.text
        mark = text[end : end + 2]
        if len(raw) > 2 or mark not in (". ", "- ", ") "):
            return False
        before = text[max(0, start - 2) : start]
        if mark == ") ":
            if before[-1:] == "(":  # "(2) Hoàng kỳ": the bracket opens the label too
                before = text[max(0, start - 3) : start - 1]
            opens_item = start <= 1 or before[-1:] == "\n" or before in _ITEM_OPENERS
            return opens_item and text[end + 2 : end + 3].isupper()
        if mark == "- ":
            opens_item = start == 0 or before[-1:] == "\n" or before in (": ", "; ")
            return opens_item and text[end + 2 : end + 3].isupper()
        return (
            start == 0
            or before[-1:] == "\n"
            or before in (". ", ": ", ") ", "? ", "! ")
            or before[-1:] == "("
            or _SPACED_ITEM_BEFORE.search(text, max(0, start - _SPACED_LOOK_BACK), start)
            is not None
        )
