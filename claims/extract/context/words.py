"""Word lists and patterns for claim building, all matched case-insensitively
on word boundaries.

Vietnamese writes one syllable per word, so a "phrase" here is a run of
syllables; multi-syllable entries ("trong đó") are matched as one unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.extract.context.tails import CuedPattern, TailPattern, last_words

TOLL = re.compile(r"bị thương|tử vong|thiệt mạng|mất tích|nhập viện|cấp cứu|(?<![^\W_])chết")
"""A casualty word ('Hai người điều khiển xe máy bị thương nhẹ', '2 người chết'): a group
told with what befell it is a toll, a new fact, not a pronoun or a repeat of its members
(``anaphora``, ``pronouns``)."""


def words(joined: str) -> tuple[str, ...]:
    """A word list written as "a|b c|d": one entry per "|", spaces inside entries."""
    return tuple(joined.split("|"))


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One alternation of phrases, longest first, on word boundaries, in any case."""
    return re.compile(rf"(?<!\w){phrase_alternation(phrases)}(?!\w)", re.IGNORECASE)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """``(?:p1|p2|...)``, longest first, grouped by first letter.

    The regex engine tries the branches of an alternation one by one at every
    word start; grouped, it enters only the group of the letter in the text.
    The groups are disjoint (no letter matches two first letters, case
    folded), and each keeps its phrases longest first, so every match, and
    every retry when what follows fails, is the flat alternation's.
    """
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    uppers = {head.upper() for head in groups}
    if len(uppers) != len(groups) or any(head.upper().lower() != head for head in groups):
        raise ValueError(f"first letters that fold together: {sorted(groups)}")
    branches = []
    for head, rests in groups.items():
        inner = [_escape(rest) for rest in rests]
        branches.append(_escape(head) + (inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"))
    return f"(?:{'|'.join(branches)})"


def named_alternation(names: Iterable[str]) -> str:
    """``(?<!\\w)(?:n1|n2|...)``, longest first, each name as written (case and
    spaces kept), grouped by first character, which is matched before the look-behind.

    A pattern that opens with a look-behind is tried at every character; one whose
    branches all open with a literal lets the engine skip at C speed to the next
    character that opens one (capitals, for proper names).  ``c(?<!\\w.)`` checks
    what precedes ``c`` as ``(?<!\\w)c`` does, and within a group the names keep
    their order, so every match, and every retry, is the flat alternation's."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    branches = [
        rf"{re.escape(first)}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in groups.items()
    ]
    return f"(?:{'|'.join(branches)})"


def flat_alternation(phrases: Iterable[str]) -> str:
    """The alternation ``phrase_alternation`` groups, as written (for its test)."""
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return f"(?:{'|'.join(_escape(p) for p in ordered)})"


def _escape(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


HEDGES = words(
    "hơn|trên|dưới|gần|khoảng|chừng|xấp xỉ|ước|ước tính|từ|tới|đến|lên tới|lên đến|"
    "ít nhất|tối thiểu|tối đa|không quá|không dưới|chưa đến|chưa tới|vượt|gần như|"
    "lần lượt|tương ứng|trên dưới|có|mới|vừa|chỉ|chỉ có|năm nay|tổng cộng|phổ biến"
)
"""Words that may sit between a noun and its number when the grammar has not
folded them into the mention ("trẻ em dưới 6 tuổi", "nhiệt độ cao nhất phổ biến
37-39 độ C": mostly)."""

UNIT_WORDS = words("nghìn|ngàn|triệu|tỷ|tỉ|đồng|VND|VNĐ|USD|euro|%|phần trăm|tuổi|lần")
"""Scale and unit words a subject never starts with: when the grammar leaves
them outside the mention, the subject starts after them."""

FORWARD_STOPS = words(
    "và|với|với tổng số|đối với|trong đó|trong|so với|tương đương|tương ứng|chiếm|đạt|là|bằng|"
    "tăng|giảm|gấp|trên địa bàn|tại|ở|khi|nếu|vì|để|nhằm|cho|từ|mỗi|nhưng|song|còn|gồm|"
    "bao gồm|như|theo|hay|hoặc|thì|mà|nên|cùng|cùng kỳ|cùng với|sau|trước|năm|tháng|quý|"
    "hiện nay|làm|thời điểm|hiện tại|thuộc|đang|đã|sẽ|vừa|sang|cũng|không|chưa|đều|một|"
    "chính là|vẫn|kể từ|lên|xuống|trở lên|trở xuống"
)
"""Words that end a subject read forward from its number: conjunctions, copulas,
prepositions of place and time, a new clause ("74.739 trẻ em ... , đạt 100%"), the
direction of a change or a move ("tăng từ 100 ca lên 120 ca", "4 nạn nhân lên sân thượng":
the cases, the victims), with "trở lên" ("20 bàn thắng trở lên": at least 20 goals)."""

BACKWARD_STOPS = words(
    "và|với|trong đó|là|thì|nhưng|song|còn|tại|ở|khi|nếu|vì|do|để|theo|riêng|mà|nên|"
    "cả nước|toàn quốc|tức|tức là|mặc dù|dù|tuy|tuy nhiên|bởi|bởi vì|vì vậy|do đó|"
    "đồng thời|ngoài ra|trước đó|sau đó|như"
)
"""Words that end a subject read backward from its copula
("trong đó trẻ em dưới 6 tuổi là ...")."""

COPULAS = words(
    "là|chiếm|bằng|đã bao gồm|chưa bao gồm|gồm|vào khoảng|chiếm tỉ lệ|chiếm tỷ lệ|ở mức"
)
"""After these the subject precedes the number ("trẻ em dưới 6 tuổi là hơn 74.000 trẻ").
"đã bao gồm" and "chưa bao gồm" are whole, so a price's bracket "(đã bao gồm 10% VAT)"
reads the noun after the share ("VAT"), not the "bao" left before "gồm"; a bare "bao
gồm" lists parts whose subjects vary too much to read them one way."""

MEASURE_VERBS = words(
    "đạt|có|tăng|giảm|lên tới|lên đến|tới|đến|còn|vượt|xuống|lên|tăng thêm|giảm còn|"
    "tăng lên|giảm xuống|hơn|trên|dưới|gấp|thấp hơn|cao hơn|nhiều hơn|ít hơn|lớn hơn|"
    "nhỏ hơn|thấp|cao|dài|rộng|sâu|nặng|được ước tính|được định giá|định giá|sụt giảm|sụt"
)
"""After these the subject is whatever follows the number, else what precedes the verb
("Doanh thu đạt 300 tỷ đồng", "Tầm bay … được ước tính hơn 1.000 km", "Mariano
được định giá 5 triệu euro")."""

LEADING_NOISE = words(
    "có|là|toàn bộ|tất cả|gồm|bao gồm|đó|được|đã|với|và|ước tính|theo ước tính|trên|"
    "tương đương|tương ứng"
)
"""Leading words a subject does not keep ("tương đương mức giảm 0,36%" restates
the change before it as a size: "mức giảm")."""

TRAILING_NOISE = (
    *words(
        "kịp thời|hôm nay|hôm qua|năm nay|năm ngoái|năm qua|vừa qua|trở lên|hiện nay|nay|rồi|"
        "nữa|đã|được|bị|có|là|của|các|những|và|với|hiện|đang|sẽ|khoảng|gần|thuộc|tại|ở|trong|"
        "thời điểm|thêm|rất|cũng"
    ),
    *HEDGES,
)
"""Trailing words a subject does not keep: adverbs and dangling function words."""

TIME_PHRASES = phrase_pattern(
    words(
        "năm|tháng|quý|ngày|tuần|hiện|hiện nay|nay|vừa qua|qua|đầu|cuối|giữa|kỳ|giai đoạn|"
        "thời điểm|thời gian|đến|trước|sau|giờ|phút|sáng|chiều|tối|trưa|đêm|lúc|hôm|hôm nay"
    )
)
"""A subject made only of these is a period, not a subject."""

MAX_SUBJECT_WORDS = 12

FORWARD_FIRST_STOPS = words(
    "trên|dưới|vào|về|lên|xuống|qua|ra|lúc|của|mới|đây|đó|này|nay|liên tiếp|liên tục|tới|"
    "nữa|sau|trước|trở lên|rưỡi|ngay|vẫn|do"
)
"""Words a forward subject cannot start with: "0-4 trên sân Stamford Bridge"
is a score on a ground, "cách đây 7 năm" counts nothing."""

CLOSED_VERBS = words(
    "trả|nhận|vay|nộp|mất|kiếm|góp|ủng hộ|đóng|trao|tặng|lên|xuống|đạt|phải|qua|sau|"
    "trước|dư|nâng|đưa|hạ|khiến|làm|cách|trở thành|xếp|đứng|giành|lọt|vươn lên"
)
"""Verbs that start a money or percent phrase read backward with no copula:
"phải trả gần 1.000 USD" names no subject."""

REPORTING_VERBS = words(
    "dự báo|dự đoán|cho biết|cho rằng|nhận định|khẳng định|tiết lộ|thông báo|công bố|nói|"
    "tin rằng|nhấn mạnh"
)
"""Verbs of saying or forecasting: what follows them is what was said ("X dự
báo kinh tế Nga sẽ tăng 1%"), so a phrase read backward stops at them."""

COMPOUNDS = words(
    "nhà ở|chỗ ở|nơi ở|sau thuế|trước thuế|việc làm|cho vay|tăng áp|giảm xóc|giảm tốc|"
    "thiết bị|dự bị|xe tăng|như vậy|như thế|như trên|khoảng cách|mức tăng|mức giảm|trước bạ|"
    "từ thiện|thặng dư"
)
"""Nouns with a stop word or a verb inside: "45.000 nhà ở xã hội", "lợi nhuận
sau thuế", "động cơ tăng áp", "hai thiết bị còn lại", and "như vậy" after a noun
("Những căn nhà như vậy chiếm 1,4%"), the size of a change ("tương đương mức
giảm 0,36%"), charity ("quỹ từ thiện", whose "từ" is no "from") and a surplus
("thặng dư thương mại", whose "dư" is no verb); a reading
goes through them.  (Not the verbs "từ chối", "từ chức": read through, a count's
noun runs into its clause, "75 nhà đầu tư từ chối cấp vốn bởi".)  Not after "sân"
("trên sân nhà ở Champions League"), nor before a capitalised place
(``SentenceWords.in_compound``)."""

HEDGE_PATTERN = phrase_pattern(HEDGES)
COMPOUND_PATTERN = re.compile(
    "|".join(_escape(form) for compound in COMPOUNDS for form in (compound, compound.capitalize()))
)
"""Matched only at a word start (``SentenceWords.in_compound``), in its two
cases as written: case folding makes each match cost several times more."""
FORWARD_FIRST_STOP_PATTERN = phrase_pattern(FORWARD_FIRST_STOPS)
UNIT_PATTERN = re.compile(
    rf"(?!(?:(?:tỷ|tỉ)\s+(?:lệ|giá|trọng|phú)|triệu\s+(?:phú|chứng))(?!\w))"
    rf"{phrase_pattern(UNIT_WORDS).pattern}",
    re.IGNORECASE,
)
"""A unit word of ``UNIT_WORDS``, but not the first syllable of a noun it spells: 'tỷ lệ'
(a rate), 'tỷ giá', 'tỷ trọng', 'tỷ phú', 'triệu phú', 'triệu chứng' ('nhận được 34% tỷ lệ
ủng hộ', 'bám sát 3 tỷ phú dẫn đầu', '2-3 triệu chứng thường gặp': the subject is the rate,
the billionaires, the symptoms, not 'lệ ủng hộ', 'chứng thường gặp').  'tỷ số' stays
a scale word: after a number it is a billion numbers ('khoảng 1 tỷ số thuê bao')."""
FORWARD_STOP_PATTERN = phrase_pattern(FORWARD_STOPS)
BACKWARD_STOP_PATTERN = phrase_pattern(BACKWARD_STOPS)
LEADING_NOISE_PATTERN = re.compile(
    rf"^(?:{phrase_pattern(LEADING_NOISE).pattern}\s+)+", re.IGNORECASE
)
TRAILING_NOISE_PATTERN = re.compile(
    rf"(?:(?<!thiết)(?<!dự)(?<!nhà)(?<!chỗ)(?<!nơi)\s+{phrase_pattern(TRAILING_NOISE).pattern}"
    rf"|\s*[…,.;:\-–])+$",
    re.IGNORECASE,
)
"""The noise at the end of a phrase; "bị" of "thiết bị" and "ở" of "nhà ở" are
part of a noun (COMPOUNDS)."""
TRAILING_NOISE_TAIL = TailPattern(TRAILING_NOISE_PATTERN, (*last_words(TRAILING_NOISE), *"…,.;:-–"))
"""Searched from the tail it can cover: its one match runs to the end of the phrase."""
_COPULA_BODY = "|".join(
    r"(?<!đồng\s)bằng" if c == "bằng" else re.escape(c)
    for c in sorted(COPULAS, key=len, reverse=True)
)
"""The copulas; "bằng" of "đồng bằng" (a delta: "ở vùng đồng bằng phổ biến 13-16 độ
C") is none."""
_HEDGE_TAIL = rf"(?:\s*{HEDGE_PATTERN.pattern})*"
_HEDGE_ENDINGS = last_words(HEDGES)
"""What a text that ends with hedges ends with (``TailPattern``'s ``endings``)."""
COPULA_BEFORE = TailPattern(
    re.compile(rf"(?<!\w)(?<!chính )(?:{_COPULA_BODY})(?!\w){_HEDGE_TAIL}\s*$", re.IGNORECASE),
    (*last_words(COPULAS), *_HEDGE_ENDINGS),
)
"""A copula (and any hedges) right before a number; "chính là" is a cleft
("Điều gây ấn tượng chính là hàng chục siêu xe"), whose subject follows."""
_RESTATING = words("tương đương|tức là|tức")
_MOVES, _MOVED_TO = words("lên|xuống"), words("thành|mức")
_CHANGES_AFTER_COMMA = words("tăng|giảm|hay")
CONTINUATION_BEFORE = TailPattern(
    re.compile(
        rf"(?:(?<!\w)(?:{'|'.join(_RESTATING)}|từ|(?:{'|'.join(_MOVES)})"
        rf"(?:\s+(?:{'|'.join(_MOVED_TO)}))?)(?!\w)"
        rf"|,\s*(?:{'|'.join(_CHANGES_AFTER_COMMA)})(?!\w))"
        rf"{_HEDGE_TAIL}\s*$",
        re.IGNORECASE,
    ),
    (*last_words(_RESTATING), "từ", *_MOVES, *_MOVED_TO, *_CHANGES_AFTER_COMMA, *_HEDGE_ENDINGS),
)
"""A number that restates or moves the one before ("tương đương 10,8 triệu đồng",
"từ 251 triệu USD lên 504 triệu USD", "từ 10,12 Nm lên thành 10,54 Nm", "22.447 đồng,
tăng 3 đồng", "tăng 0,36%, hay 71,74 điểm"): same subject."""
REMAINING_BEFORE = TailPattern(
    re.compile(rf",\s*còn(?!\w){_HEDGE_TAIL}\s*$", re.IGNORECASE), ("còn", *_HEDGE_ENDINGS)
)
""""giảm 12,3 tỷ USD …, còn 2,998 nghìn tỷ USD": what is left of the amount that
moved (before a count "còn" sets another group apart: "6 bệnh nhân tử vong, còn
12 bệnh nhân …")."""
RESTATED_AFTER_COMMA = TailPattern(
    re.compile(rf",\s*(?:{'|'.join(_RESTATING)})(?:\s+với)?(?!\w){_HEDGE_TAIL}\s*$", re.IGNORECASE),
    (*last_words(_RESTATING), "với", *_HEDGE_ENDINGS),
)
"""", tương đương 3,17 tỷ USD" after a noun and no value: the value of that noun
("một lượng cổ phiếu của Berkshire Hathaway Inc, tương đương 3,17 tỷ USD")."""
_DIMENSIONS = words("cao|dài|rộng|sâu|nặng|dày|cách")
DIMENSION_BEFORE = TailPattern(
    re.compile(
        rf"(?<!\w)(?<!chiều )(?<!độ )(?<!khoảng )(?<!tăng )(?<!giảm )"
        rf"(?:{'|'.join(_DIMENSIONS)})"
        rf"(?!\w){_HEDGE_TAIL}\s*$",
        re.IGNORECASE,
    ),
    (*_DIMENSIONS, *_HEDGE_ENDINGS),
)
"""A dimension adjective right before a measure: what follows names the next
dimension ("cột bê tông cao 7,4m đường kính 6,4m"), so the subject is before.
Dimension nouns ("đường kính", "chiều cao") are properties (see properties); after
a change verb the adjective is its degree ("Nền nhiệt giảm sâu 5-8 độ C")."""
DISTANCE_BEFORE = CuedPattern(
    re.compile(
        r"(?<!\w)(?:(?:chỉ|vẫn|đều|cũng|nằm|đậu|đặt|ở)\s+)*"
        r"(?<!khoảng )(?<!bằng )(?<!cải )(?<!phong )cách(?!\w)"
        r"(?!\s+(?:mạng|ly|chức|làm|thức|nấu|chữa|dùng|pha|chế biến|thực hiện|sử dụng)(?!\w))"
        r"(?:\s+\S+){0,5}\s*$",
        re.IGNORECASE,
    ),
    ("cách",),
)
""""Vị trí tai nạn cách lề đường khoảng 1m": the thing placed stands before
"cách" and its verbs, the point it is measured from after it (distances).  Not
"khoảng cách" (a distance: a property), nor "Cách làm: Cho 1 muỗng …" (the way to
make it: a recipe), nor "bằng cách" (by way of: "bằng cách nâng công suất lên 500
MW"), nor the words that hold "cách" and place nothing: "cải cách" (reform), "phong
cách" (style), "cách mạng", "cách ly", "cách chức" ("nạn nhân cách …" and "hạt nhân
cách …" place their noun, so "nhân cách", personality, is not told apart)."""
COLON_BEFORE = TailPattern(
    re.compile(rf":{_HEDGE_TAIL}\s*$", re.IGNORECASE), (":", *_HEDGE_ENDINGS)
)
"""A colon before a number: a label ("Doanh thu: 300 tỷ đồng") when no noun follows."""
_DEGREE_WORDS = words("nhẹ|mạnh|vọt|tiếp|sâu|dần|thêm")
_DEGREE = rf"(?:\s+(?:{'|'.join(_DEGREE_WORDS)}))*(?!\w)"
"""Adverbs of degree after a measuring verb: "giá vàng thế giới quay đầu tăng nhẹ
3 USD", "Nền nhiệt … giảm sâu 5-8 độ C", "tăng nhẹ thêm 10.000 đồng"."""
_MODALS = (
    r"(?:(?<!\w)(?:sẽ|đã|đang|vẫn|cũng|dự kiến|chỉ|mới|ước tính|ước|có thể|tiếp tục|bất ngờ|"
    r"đột ngột)\s+)*"
)
_PLACEHOLDERS = words("mức|ngưỡng|mốc")
MEASURE_VERB_BEFORE = TailPattern(
    re.compile(
        rf"{_MODALS}(?<!mức\s)(?<!mở\s)(?<!cân\s){phrase_pattern(MEASURE_VERBS).pattern}"
        rf"{_DEGREE}(?:\s+(?:{'|'.join(_PLACEHOLDERS)}))?{_HEDGE_TAIL}\s*$",
        re.IGNORECASE,
    ),
    (*last_words(MEASURE_VERBS), *_DEGREE_WORDS, *_PLACEHOLDERS, *_HEDGE_ENDINGS),
)
"""A verb that measures ("đạt", "tăng", "thấp hơn"), with the modals before it
("dự kiến sẽ thấp hơn 50%") and maybe a placeholder after it ("công suất tiêu
thụ điện đạt mức 29.306 MW", "nhiệt độ đạt ngưỡng 42 độ C", "mất mốc 3 nghìn tỷ
USD"), right before a number; not the noun "mức tăng", "mức giảm"."""
TRAILING_PERIOD = re.compile(
    r"(?:(?:^|\s+)(?:trong|vào|của|lúc|từ|đến)?\s*(?:(?:năm|tháng|quý|ngày)\s+[\w/.\-]*\d[\w/.\-]*"
    r"|\d+\s*(?:giờ|h)(?:\s*\d+\s*(?:phút)?)?))+$",
    re.IGNORECASE,
)
"""A period at the end of a subject ("vốn FDI vào bất động sản năm 2016"):
scope, not subject."""
TRAILING_SCOPE = re.compile(
    r"(?<!nhà)(?<!chỗ)(?<!nơi)\s+(?:hiện nay\s+|hiện tại\s+|hiện\s+)?(?:trên địa bàn|tại|ở)\s.*$",
    re.IGNORECASE,
)
"""A place at the end of a subject ("Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn
thành phố"): scope, not subject; but "ở" of "nhà ở" (housing, see COMPOUNDS) is no place."""
LEADING_PERIOD = re.compile(
    r"^(?:(?:trong\s+)?(?:năm|tháng|quý)\s+(?:nay|ngoái|qua|trước|này|\d[\w/.\-]*)"
    r"|hiện nay|hiện thời|hiện(?!\s+(?:trường|tượng|trạng|vật|đại|hành|kim|diện|hữu|thực)(?!\w)))"
    r"(?:\s*,)?\s+",
    re.IGNORECASE,
)
"""A period at the start of a subject ("Năm nay GDP tăng trưởng", "Hiện giá vàng"); not
the first word of a noun made with "hiện" ("Hiện trường vụ cháy", "150 hiện vật cổ",
"hiện tượng thiên văn", "hiện đại hóa")."""
HEDGES_BEFORE = TailPattern(re.compile(rf"{_HEDGE_TAIL}\s*$", re.IGNORECASE), _HEDGE_ENDINGS)


def cue_before_hedges(
    text: str, floor: int, value_start: int, look_back: int, cue: re.Pattern[str]
) -> tuple[re.Match[str], int] | None:
    """``cue`` matched at the end of the ``look_back`` characters before a value (none
    before ``floor``) or right before the hedge words that end them ("với giá khoảng ",
    "cao tới "): the match, with positions in that window, and where the window starts."""
    window = max(floor, value_start - look_back)
    before = text[window:value_start]
    hedges = HEDGES_BEFORE.search(before)
    found = cue.search(before, 0, hedges.start() if hedges is not None else len(before))
    return None if found is None else (found, window)
