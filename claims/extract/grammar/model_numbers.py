"""A number after a Latin name or a model word, which names a model or an edition.

'Peugeot 308 2017', 'SEA Games 31', 'Euro 2016', 'iPhone 7': a number right after a
Latin name names what it follows, unless a unit or a counted noun follows ('Zverev 3
set' counts sets).  A capital that opens a sentence may be any word ('Trong 3 ngày',
'Theo 2 nhân chứng'), so there the name must be a brand ('OnePlus'), a word no
Vietnamese syllable is spelt like with its number closing the phrase ('Nokia 9 sẽ ra
mắt', 'Find 7 là', 'Xe tay ga: Elite 50:'; 'Video 3 tình huống' counts), be followed by
a model year, or be written again mid-sentence.  An acronym opening a sentence ('TP.HCM
4 3 0 1' in a table) stays what it was.  'mẫu 308 2017', 'bản 308 GTi': after a model
word, the number with its year or its name.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.number_followers import ends_phrase
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.extract.grammar.scan_state import ScanState
from claims.extract.grammar.written_again import NUMBER_CLOSED, letter_and_gap_before, written
from claims.model import Mention

_MODEL_WORDS = ("mẫu ", "dòng ", "bản ")
_MODEL_NAME_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![^\W_])")
"""'bản 308 GTi': a Latin name after the number completes a model's name."""
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_SETS_AFTER = re.compile(r"[ \t]+set(?![^\W_]|[ \t]*\d)")
"""'3 set (1-6, 6-0, 6-4)': sets counted; 'set 3' names the third."""
_LATIN_NAME_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z]*[A-Z][A-Za-z]*[ \t]+$")
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)
"""How a Vietnamese syllable written without its marks is spelt: an initial consonant, one to
three vowels, a final consonant ('Trong', 'Theo', 'Sau', 'Nguyen').  A word spelt otherwise
('Nokia', 'Find', 'Mazda', 'Porsche': an f, j, w or z, two vowel groups, another final) is
foreign, a name, even where it opens a sentence."""
_FIGURE_AFTER = re.compile(r"[ \t]+\d|[ \t]*[-–][ \t]*\d")
"""'Wawrinka 6.130 2.500' (the next cell of a table row), 'Tỷ số: Atalanta 1 - 1 AC Milan'
(a score): a figure after the number, which no model's number is followed by."""
_INITIAL_BEFORE = re.compile(r"(?<![^\W_])[A-ZĐ]\.[ \t]*$")
"""'13 G. Ochoa 15 H. Moreno': a person's initial, no sentence's end, before the name."""
_THIS_YEAR = re.compile(r"[ \t]+(?:nay|ngoái)(?![^\W_])")
TRAILING_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d|[.,]\d)")
_RANGE_OF_MONTHS = re.compile(
    r"[ \t]*[-–][ \t]*(?P<upper>\d{1,2})[ \t]+(?:tháng|năm)(?![^\W_])(?![ \t]*\d|/)"
)
"""'GPLX 2-4 tháng', 'XKLĐ 2-3 năm': the upper end of a range of months or years (a
score, 'Swansea 2-1 phút bù giờ', 'HAGL 3-0 ngày 18.1', has no such unit after it)."""
_RANGE_END = re.compile(r"[ \t]*[-–][ \t]*(?P<upper>\d{1,3})(?![\d.,/:]|[^\W_])")
_MEASURE_KINDS = frozenset({"measure", "percent"})


class ModelNumbers(ScanState):
    """Checks that a number names a model or a branded edition (a mixin of the scanner)."""

    def _named_elsewhere(self, name: str) -> bool:
        """'Peugeot' opening a sentence is still a name if the text uses it mid-sentence."""
        # where '[^\W\d_,][ \t]+WORD(?![^\W_])' matches (written_again)
        text = self.text
        return any(
            letter_and_gap_before(text, at) and not text[stop : stop + 1].isalnum()
            for at, stop in written(text, (name.split()[-1],))
        )

    def _model_named_elsewhere(self, word: str, number: str) -> bool:
        """'Bebop 2' opening a sentence is a model when the text names it mid-sentence."""
        # where '[^\W\d_,][ \t]+WORD[ \t]+NUMBER(?![\d.,]\d|[^\W_])' matches (written_again)
        text = self.text
        return any(
            letter_and_gap_before(text, at) and NUMBER_CLOSED.match(text, stop) is not None
            for at, stop in written(text, (word, number))
        )

    def _named_model(self, start: int, end: int) -> Mention | None:
        """'Peugeot 308 2017', 'SEA Games 31', 'Euro 2016': a number after a Latin name."""
        if start < 2 or not self.text[start - 2].isascii() or not self.text[start - 2].isalpha():
            return None
        if self.text[start - 1] not in " \t":  # the name's space ends at the number
            return None
        name = _LATIN_NAME_BEFORE.search(self.text, max(self.floor, start - 30), start)
        if name is None:
            return None
        if self._range_of_months(start, end):  # "tước GPLX 2-4 tháng": a penalty's months
            return None
        if self._range_of_measures(start, end):  # "phía Nam 29-32 độ C": a bulletin's range
            return None
        tail = read_tail(self.text, end)
        # "SEA Games 29 năm nay": 'năm nay' (this year) is no unit of the edition's number
        this_year = tail.unit == "năm" and _THIS_YEAR.match(self.text, tail.end) is not None
        if (tail.unit_found and not this_year) or NOUN_TAIL.match(self.text, end):
            return None
        if _SETS_AFTER.match(self.text, end):  # "thắng ngược Zverez 3 set": sets won
            return None
        # wide enough to pass over two spaces and a bracket ('Hamburg  (SSPORT 3)'), which
        # a window of three took for the start of the text
        before = self.text[max(0, name.start() - 8) : name.start()].rstrip(' \t"“(')
        year = TRAILING_YEAR.match(self.text, end)
        opens_sentence = not before or before[-1] in ".!?:\n"
        word = name.group().rstrip()
        brand = _INNER_CAPITAL.search(word) is not None  # "OnePlus", "iPhone"
        foreign = (  # "Nokia 9 sẽ", "Find 7 là", "Elite 50:", not "Video 3 tình huống"
            not word.isupper()
            and _VIETNAMESE_SYLLABLE.fullmatch(word) is None
            and ends_phrase(self.text, end)
            and _FIGURE_AFTER.match(self.text, end) is None
            and _INITIAL_BEFORE.search(self.text, max(0, name.start() - 4), name.start()) is None
        )
        if (
            opens_sentence
            and not brand
            and not foreign
            and (year is None or not self._named_elsewhere(name.group()))
            and not self._model_named_elsewhere(name.group().split()[-1], self.text[start:end])
        ):
            return None  # a capital that may only start a sentence, unless a model year
            # follows or the text names the same model mid-sentence ('flycam Bebop 2. Bebop 2 là')
        return identifier(self.text, name.start(), year.end() if year else end)

    def _range_of_measures(self, start: int, end: int) -> bool:
        """'Nhiệt độ cao nhất ... phía Nam 29-32 độ C', 'độ ẩm ... Nam 70-90%': an ascending
        range closed by a measure's unit or a percent follows the number.  'Nam' is spelt like
        a Latin name; a score ('Swansea 2-1 phút bù giờ') falls, and is followed by no
        measure."""
        ranged = _RANGE_END.match(self.text, end)
        if ranged is None or not self.text[start:end].isdigit():
            return False
        if int(self.text[start:end]) >= int(ranged["upper"]):
            return False
        return read_tail(self.text, ranged.end()).kind in _MEASURE_KINDS

    def _range_of_months(self, start: int, end: int) -> bool:
        """'tước GPLX 2-4 tháng': an ascending range in months or years follows the number."""
        ranged = _RANGE_OF_MONTHS.match(self.text, end)
        lower = self.text[start:end]
        return ranged is not None and lower.isdigit() and int(lower) < int(ranged["upper"])

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
