"""A year that is part of a name, not a time: an edition, a law, a model year, a season's line.

'Tết Nguyên đán 2017', 'APEC 2017 sẽ', 'kỳ thi THPT quốc gia 2017 với': a year printed
right after a name, with no 'năm' or date word, names an edition; 'luật Biên giới quốc
gia 2003', 'Bộ luật hình sự năm 1999, sửa đổi bổ sung năm 2009': the year a law was
passed is part of its title; 'xe đời 2015' is a model year; 'kỳ chuyển nhượng hè 2017',
'BST Xuân/Hè 2017' name a transfer window and a collection.  After a preposition or a
time word ('trong mùa hè 2017', 'cùng kỳ 2016', 'năm mới 2017') the year is the time.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.number_followers import WORD_AFTER
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.extract.grammar.scan_state import ScanState

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
_SAME_PERIOD_BEFORE = re.compile(r"(?<![^\W_])(?i:cùng)[ \t]+kỳ[ \t]+$")
"""'tăng 97,6% so với cùng kỳ 2016.': the same period of a year is the year itself, also
where the sentence ends on it (a year closing its sentence after a lower-case word names
an edition elsewhere: 'kỳ thi THPT quốc gia 2017.')."""
_SEASON_ENDS = tuple(_SEASONS)
"""What every match of ``_SEASON_BEFORE`` ends on, in lower case, before its spaces (and
the newline its ``$`` may stop before)."""
_SEASON_BEFORE = re.compile(
    r"(?:(?P<head>[^\W\d_]+)[ \t]+)?(?P<season>(?:[Mm]ùa[ \t]+)?"
    r"(?P<pair>(?i:xuân|hè|thu|đông)(?:[ \t]*[/–-][ \t]*|[ \t]+))?(?i:xuân|hè|thu|đông))[ \t]+$"
)
"""'kỳ chuyển nhượng mùa Hè ', 'BST Xuân/Hè ', 'mẫu váy xuân hè ': a season, the word before it."""
_LAW_TITLE = re.compile(
    r"(?:(?:(?<![^\W_])(?:(?:[Bb]ộ|Đạo)[ \t]+)?[Ll]uật"
    r"(?![ \t]+(?:sư|pháp|lệ|chơi|gia|rừng|sĩ)(?![^\W_]))"
    r"|(?<![^\W_])(?:Pháp[ \t]+lệnh|Công[ \t]+ước|Hiệp[ \t]+ước))[ \t]+(?P<name>[^\W\d_]+)"
    r"(?:[ \t]+[^\W\d_]+){0,5}"
    r"|(?<![^\W_])[Hh]iến[ \t]+pháp)[ \t]+(?:năm[ \t]+)?$"
)
"""A law's title right before its year: its name is capitalised ('luật Biên giới quốc
gia 2003'), where 'luật mới có hiệu lực từ năm 2016' dates an event ('luật sư' is a lawyer).
An ordinance, a convention or a treaty is titled the same way ('Pháp lệnh nhà ở năm 1991',
'Công ước Chicago năm 1944', 'Hiệp ước hạt nhân năm 2015'), and so is an act ('Đạo luật
chống tài trợ khủng bố năm 2012')."""
_NOT_IN_A_LAW_NAME_LIST = (
    "có được từ vào trong sẽ đã mới này đó hiệu ban thông cho về với khi năm là và tại theo ở "
    "sau trước đến tới hết kể thì mà nhưng bị do vi phạm sửa đổi bổ sung dự trình áp hiện cũ "
    "ngày tháng quy định nay lực"
)
_NOT_IN_A_LAW_NAME = frozenset(_NOT_IN_A_LAW_NAME_LIST.split())
"""Words that end a law's lower-case name: 'Luật mới có hiệu lực từ năm 2016' dates an event."""
_CAPITALISED_LAW_HEADS = ("Bộ ", "bộ ", "Luậ", "Đạo", "Phá", "Côn", "Hiệ")
"""How a title whose name is in lower case opens: a code ('Bộ luật hình sự'), a capitalised
'Luật', an act, an ordinance, a convention or a treaty ('Hiệp ước hạt nhân')."""
_TREATY_HEADS = ("Phá", "Côn", "Hiệ")
"""An ordinance's, a convention's or a treaty's capitalised name may run on into the
sentence ('Hiệp ước Cấm thử nghiệm từng phần trong năm 1963' dates the signing): its
words are checked as a lower-case law name's are."""
_AMENDED_AFTER_YEAR = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)\)?[ \t]*,?[ \t]*(?:được[ \t]+)?sửa[ \t]+đổi"
    r"(?:[ \t]*,?[ \t]*bổ[ \t]+sung)?[ \t]+(?:năm[ \t]+)?$"
)
"""'… năm 1999, sửa đổi bổ sung ': the law's year before its amendment's."""
_EDITION_TOLD_AFTER = re.compile(r"[ \t]+lần[ \t]+(?:\d|này(?![^\W_])|thứ(?![^\W_]))")
"""'Triển lãm Quốc tế Vietbuild Hà Nội 2017 lần 2', 'cuộc thi DIFF 2017 lần này': the
edition told after the year, whose 'lần' counts no times ('năm 2014 và 2015 lần lượt')."""
_MODEL_YEAR = re.compile(r"(?<![^\W_])(?<!ra )(?<!chào )(?<!tuổi )đời[ \t]+$")
_MODEL_NAMED_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z0-9-]*[ \t]+[A-Z0-9][A-Za-z0-9-]*(?![^\W_])")
"""'2017 Yamaha FZ150i', '2017 KTM 390 Duke', '2008 Bugatti Veyron': a model year printed
before the model's Latin name, a brand and a model, as English writes it; a Vietnamese word
after the year ('2017 Việt Nam', '2016 là') or one capitalised word ('có 2000 CEO tham dự',
'2000 DN') names no model."""


def model_year_before_name(text: str, end: int) -> bool:
    """Whether the year ending at ``end`` is the model year of the model named after it
    (no unit: '1999 USD' is a price)."""
    return _MODEL_NAMED_AFTER.match(text, end) is not None and not read_tail(text, end).unit_found


def _a_season(text: str, word: re.Match[str]) -> bool:
    """'hè', 'Xuân': a season, but no 'đông' after 'cổ' ('cổ đông', shareholders)."""
    season = word.group(1).lower()
    if season == "đông" and text.endswith(("cổ ", "Cổ "), 0, word.start()):
        return False
    return season in _SEASONS


class NamedYears(ScanState):
    """Checks that a year belongs to a name (a mixin of the scanner)."""

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
        edition = _EDITION_TOLD_AFTER.match(text, end) is not None  # "Vietbuild 2017 lần 2"
        if not edition and (read_tail(text, end).unit_found or NOUN_TAIL.match(text, end)):
            return False
        if word.group(1).islower():
            following = WORD_AFTER.match(text, end)
            closes = following is not None and not following.group(1)
            if _NEW_YEAR_BEFORE.search(text, max(0, start - 12), start):
                return False
            if _SAME_PERIOD_BEFORE.search(text, max(0, start - 10), start):
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
        Two seasons are a fashion season after any word ('BST mới nhất Xuân/Hè 2017',
        'Fashion Week Thu Đông 2017', 'trong mùa Xuân/Hè 2017 này', 'bộ sưu tập Xuân - Hè
        2017', 'với Xuân/Hè 2017, nàng công sở').  After 'cổ', 'đông' is no winter:
        'Đại hội đồng cổ đông 2017' names a meeting."""
        low = max(self.floor, start - 40)
        if not self.text[low:start].rstrip(" \t\n").lower().endswith(_SEASON_ENDS):
            return None  # the search tries every offset of the window: most years have none
        found = _SEASON_BEFORE.search(self.text, low, start)
        if found is None or found.group("head") is None:
            return None
        head = found.group("head")
        if found.group("pair") is not None and head != "cổ":
            return found.start("season")  # "trong mùa Xuân/Hè 2017 này", "với Xuân/Hè 2017"
        if head.lower() in _YEAR_LINKS or head == "cổ":
            return None
        if head.lower() in _NOT_A_NAME or not head.islower():
            return None
        return found.start("season")

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
        while title is not None:
            if self._titles_law(title):
                return True
            if text[title.start() : title.start() + 3] not in _TREATY_HEADS:
                return False
            # 'Công ước Liên Hợp Quốc về Luật Biển năm 1982': the law inside the treaty's name
            title = _LAW_TITLE.search(text, title.start() + 1, start)
        return False

    def _titles_law(self, title: re.Match[str]) -> bool:
        """Whether the words before a year are a law's (or a treaty's) title."""
        text = self.text
        name = title.group("name") or "H"
        head = text[title.start() : title.start() + 3]
        if name[0].isupper() and head not in _TREATY_HEADS:
            return True
        words = text[title.start("name") : title.end()].split()
        if words[-1] == "năm":
            words.pop()  # 'Luật đất đai năm 2013'
        words = [w for i, w in enumerate(words) if not (w == "ở" and words[i - 1] == "nhà")]
        # 'Luật nhà ở năm 2005': housing, no 'ở' (at) ending the name
        return head in _CAPITALISED_LAW_HEADS and not any(w in _NOT_IN_A_LAW_NAME for w in words)

    def _model_year(self, start: int) -> bool:
        """'Honda City đời 2013', 'xe đời 2015': the model year names the model
        ('ra đời 2004', 'chào đời': born; 'tuổi đời': an age)."""
        return _MODEL_YEAR.search(self.text, max(self.floor, start - 12), start) is not None
