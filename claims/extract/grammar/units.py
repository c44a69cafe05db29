"""Unit words after a number, and what kind of quantity each one makes."""

from __future__ import annotations

from claims.extract.grammar.alternation import SPACE, alt
from claims.extract.grammar.cue_words import COUNTED_NOUNS
from claims.extract.grammar.spec_units import SPEC_DURATION_WORDS, SPEC_MEASURE_WORDS
from claims.extract.grammar.unit_words import (
    AGE_WORDS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DURATION_WORDS,
    MEASURE_WORDS,
    PERCENT_WORDS,
    TIMES_WORDS,
)
from claims.model import MentionKind

_UNIT_TABLE: dict[str, tuple[MentionKind, str | None]] = {}
for _word, _code in CURRENCY_WORDS.items():
    _UNIT_TABLE[_word] = ("money", _code)
for _word, _canonical in (MEASURE_WORDS | SPEC_MEASURE_WORDS).items():
    _UNIT_TABLE[_word] = ("measure", _canonical)
for _word in PERCENT_WORDS:
    _UNIT_TABLE[_word] = ("percent", "%")
for _word, _canonical in (DURATION_WORDS | SPEC_DURATION_WORDS).items():
    _UNIT_TABLE[_word] = ("duration", _canonical)
for _word, _canonical in AGE_WORDS.items():
    _UNIT_TABLE[_word] = ("age", _canonical)
for _word in TIMES_WORDS:
    _UNIT_TABLE[_word] = ("count", None)

_NOT_A_POUND = (
    rf"(?<!bảng)(?<!đồng)(?<!đô)(?<!tuần)(?<!Bảng)(?<!Đồng)(?<!năm tuổi)(?<!tiếng)(?<!cân)(?<!tệ)"
    rf"(?<!quý)(?<!tấn)"
    rf"|(?<=tấn)(?!{SPACE}+công(?![^\W_]))"
    rf"|(?<=quý)(?={SPACE}*(?:[,.;)]|{SPACE}(?:liên{SPACE}+tiếp|trước|tới|sắp{SPACE}+tới"
    rf"|tiếp{SPACE}+theo|gần{SPACE}+đây|qua|hay|hoặc|nữa|vừa{SPACE}+qua)(?![^\W_])))"
    rf"|(?<=tệ)(?!{SPACE}+(?:nạn|hại|bạc|lậu|nhất|hơn|quá|lắm)(?![^\W_]))"
    rf"|(?<=cân)(?!{SPACE}+(?:nặng|bằng|đối|đồng|tiểu|điện|đo|treo|sức|xứng|nhắc|não|chỉnh"
    rf"|bàn|móc|hơi|ta|kẹo|tạ)(?![^\W_]))"
    rf"|(?<=tuần)(?!{SPACE}+(?:dương|tra|báo|san|hoàn|duyên)(?![^\W_]))"
    rf"|(?<=bảng)(?!{SPACE}+(?:đấu|xếp|điện|tin|quảng|vàng|hiệu|thông|đo|mã|số|tiêu|thành"
    rf"|kích|điểm|chữ|tên|danh|tổng|phân|dữ|kê|biểu|vẽ|[A-H])(?![^\W_]))"
    rf"|(?<=đồng)(?!{SPACE}+(?:hương|nghiệp|đội|bọn|loại|chí|minh|hồ|thời|ý|tình|phạm|ruộng"
    rf"|bằng(?={SPACE}+(?:sông|[Bb]ắc|[Nn]am|ven|châu))|lõa|cảm|điệu|thanh|cỏ|lúa|bào|môn|tử"
    rf"|vọng|phục|xu|nào|USD|đô|đôla|bảng|euro|yen|yên|bạc|tác[ \t]+giả|loạt"
    rf"|tiền(?={SPACE}+(?:chủ chốt|khác|mạnh|yếu|chính|lớn|dự trữ)))(?![^\W_]))"
    rf"|(?<=đô)(?!{SPACE}+(?:thị|vật|đốc)(?![^\W_]))"
    rf"|(?<=Bảng)(?!{SPACE}+[a-zà-ỹđ])|(?<=triệu Bảng)|(?<=tỷ Bảng)|(?<=tỉ Bảng)"
    rf"|(?<=Đồng)(?!{SPACE}+[A-ZÀ-ỸĐ])"
    rf"|(?<=năm tuổi)(?!{SPACE}+(?:Đảng|đảng|trẻ|đời|nghề)(?![^\W_]))"
    rf"|(?<=tiếng)(?!{SPACE}+(?:nổ|súng|động|kêu|hét|thét|la|chuông|còi|gõ|sét|rít|cười|khóc"
    rf"|vỗ tay|ồn)(?![^\W_]))"
)
"""'quý' is a business quarter only before a word that ends a span of time ('ba quý liên
tiếp', '1 quý hay 1 năm'), not in 'quý tử', 'quý ông'; '2 quý đầu năm' is left to the
scope periods, as '6 tháng đầu năm' is.  'tuần' is a week
except as the first syllable of a compound ('22 tuần dương hạm',
cruisers; 'tuần tra', 'tuần báo', 'tuần san', 'tuần hoàn', 'tuần duyên'); 'bảng' is a
pound except 'bảng xếp hạng', 'một bảng mã', '3 bảng hiệu'...; 'đồng' is a đồng except
'đồng hương'..., 'đồng bằng sông Hồng' (a delta: '7.500 tỷ đồng bằng 3,3%' is đồng,
'equal to'), coins ('9 đồng xu'), 'một đồng nào' (not a penny), a currency's classifier
('một đồng USD mạnh', '6 đồng tiền chủ chốt'), co-authors ('52 đồng tác giả') and 'đồng
loạt' (all at once: 'ngày 25-6 đồng loạt đưa tin'); 'đô' is a dollar except 'đô thị' (a
city), 'đô vật' (a wrestler), 'đô đốc' (an admiral). A capitalised 'Bảng' before a
lower-case word is a table ('thứ 10 Bảng xếp hạng') except after a scale word, where it
is the pound it is in transfer news ('trả 52 triệu Bảng cho Real', 'vung 113 triệu Bảng
mua Mbappe': the open corpus's three such, all pounds). 'tiếng' is the spoken hour except
before a sound ('hai tiếng nổ lớn', '3 tiếng súng': bangs and shots, counted). 'tệ' is
the yuan except 'tệ nạn' (vices) and 'tệ hại' (bad). 'tấn' is a tonne except in 'tấn công'
(to attack: 'bộ ba tấn công' is the attacking trio, 'một tấn công' an attack)."""
_UNIT_ENDS = r"(?:(?<=%)|(?![^\W_]))"
UNIT = (
    rf"(?:(?:{SPACE}*|-(?=inch))(?P<unit>{alt(_UNIT_TABLE, capitalised=False)}){_UNIT_ENDS}"
    rf"(?:{_NOT_A_POUND}))"
)
"""A unit after a number, glued or spaced ("5ha", "5 ha", "10$"); a '%' may be glued to the
next word too ("chiếm hơn 40%thị phần": a lost space).  The inch is also joined by a hyphen,
as English writes a screen's size ("màn hình 5-inch", "5,5-inches")."""

UNIT2 = UNIT.replace("?P<unit>", "?P<unit2>")

PER = (
    rf"(?:{SPACE}*/{SPACE}*(?P<per>(?:k?m|cm)[ \t][23](?![.,]\d)|mã[ \t]lực"
    rf"|[^\W\d_]+\d?(?:/[^\W\d_]+\d?)?)(?![\w/]))"
)
"""The 'per' unit of a rate: "150.000 đồng/bộ", "60 km/h", "14 triệu đồng/m 2" (a square
metre whose superscript was lost), "2,96 kg/mã lực" (a power-to-weight ratio)."""

CURRENCY_PREFIX = alt(CURRENCY_PREFIXES, capitalised=False)

NOUN_AFTER = rf"(?:{SPACE}+{alt(COUNTED_NOUNS, capitalised=False)}(?![^\W_]))"


def classify_unit(surface: str) -> tuple[MentionKind, str | None]:
    """The kind of quantity and the canonical unit for a unit word as matched."""
    key = " ".join(surface.split())
    found = _UNIT_TABLE.get(key)
    if found is None:
        return "count", None
    return found


def prefix_currency(surface: str) -> str:
    """ISO code for a currency written before the number ("$10", "USD1,23")."""
    return CURRENCY_PREFIXES.get(surface.strip(), "USD")
