"""Number words that are syllables of ordinary words: 'nấu chín' (cooked), 'xe ba gác'.

Also the sayings whose number words count nothing ('năm lần bảy lượt', 'ba lô'), written in
words only; idioms the digits may spell too ('hai vợ chồng', 'có 1 không 2') are read in
context, by ``claims.extract.context.idioms``.
"""

from __future__ import annotations

import re

WORD_LEADS = {
    # chín: cooked, ripe ('xào chín', 'nướng chín', 'quá chín', 'chưa chín')
    "chín": (
        "nấu ",
        "luộc ",
        "hấp ",
        "quả ",
        "trái ",
        "xào ",
        "nướng ",
        "chiên ",
        "rán ",
        "hầm ",
        "đun ",
        "quá ",
        "chưa ",
        # ripening and cooking told by the word before: 'khi chín', 'đã chín', 'độ chín',
        # 'làm chín món ăn', 'quấy chín bột', 'ngượng chín mặt', 'nửa sống, nửa chín',
        # 'chế biến chín'; and the fruit ripe: 'hồng chín', 'chuối chín', 'vải chín',
        # 'mận chín', 'đu đủ chín', 'lúa chín', 'xôi chín', 'nho chín', 'trái cây chín'
        "khi ",
        "đã ",
        "đang ",
        "sẽ ",
        "độ ",
        "làm ",
        "quấy ",
        "ngượng ",
        "nửa ",
        "biến ",
        "hồng ",
        "chuối ",
        "vải ",
        "mận ",
        "đu đủ ",
        "lúa ",
        "xôi ",
        "nho ",
        "cây ",
    ),
    "bẩy": ("đòn ", "cạy ", "nạy "),  # bẩy: to pry ("bảy" is seven)
    # a junction: 'ngã ba' (three ways), 'ngã tư' (a crossroads), 'ngã năm', 'ngã sáu'
    **{word: ("ngã ",) for word in ("tư", "sáu", "bảy")},
    "ba": ("ngã ", "tài ", "đinh "),  # 'đạo diễn tài ba' (talented), 'cây đinh ba' (a trident)
    "năm": ("ngã ", "đầu ", "cuối ", "giữa "),  # 'lễ cúng đầu năm cầu …': the year's start
    # 'ngôi chùa có một không hai': unique; 'bikini hai mảnh': a two-piece, a kind of swimsuit
    "hai": ("một không ", "bikini ", "áo tắm ", "đồ bơi ", "bộ bơi ", "đồ tắm ", "áo bơi "),
}
"""Words before a number word that make it an ordinary word of a compound."""
WORD_TAILS = {
    "chín": re.compile(
        r"[ \t]+(?:mềm|mọng|tới|kỹ|kĩ|vàng|đều|hẳn|nhừ|ép|nhanh|sớm|rải|óng|nhuyễn"
        r"|đồng[ \t]+loạt)(?![^\W_])(?![ \t]+(?:mười|\d))"
    ),  # 'cá chín mềm', 'nho chín mọng', 'vừa chín tới', 'chín nhanh', 'chín rải vụ', 'không
    # chín đồng loạt' (not all ripe at once): ripe
    "ba": re.compile(r"[ \t]+gác(?![^\W_])"),  # 'xe ba gác': a cargo tricycle
    # 'con dao hai lưỡi': double-edged; 'hai chúng tôi', 'hai chúng ta': we two, a pronoun
    "hai": re.compile(
        r"[ \t]+(?:lưỡi(?![ \t]+(?:dao|kiếm|cưa))|chúng[ \t]+(?:tôi|ta|mình))(?![^\W_])"
    ),
}
"""Words after a number word that make it an ordinary word of a compound."""


_SPAN_AFTER = re.compile(
    r"[ \t]+(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|giây|thập|thế|quý|lần|km|mét)(?![^\W_])"
)
"""A length of time (or a distance) after 'vòng N': 'trong vòng hai năm' (within), no round."""


_GAP = r"[ \t]+"
_FIXED_IDIOMS = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        _GAP.join(idiom.split())
        for idiom in (
            "mười phân vẹn mười",
            "ba chân bốn cẳng",
            "năm lần bảy lượt",
            "bốn phương tám hướng",
            "ba cọc ba đồng",
            "vừa hai phải",
            "ba chìm bảy nổi",
            "bảy nổi ba chìm",
            "một nắng hai sương",
            "chín người mười ý",
            "chín bỏ làm mười",
            "năm thì mười họa",
            "năm bè bảy mối",
            "ba bề bốn bên",
            "một vốn bốn lời",
            "một công đôi việc",
            "trăm công nghìn việc",
            "trăm công ngàn việc",
            "mười mươi",
            "ba lô",
            "ba lỗ",
            "hai dây",
        )
    )
    + r")(?![^\W_])",
    re.IGNORECASE,
)
"""Sayings whose number words count nothing: 'mười phân vẹn mười' (flawless), 'ba chân bốn
cẳng' (at full tilt), 'năm lần bảy lượt' (time and again), 'bốn phương tám hướng' (every
direction), 'lương ba cọc ba đồng' (a pittance), '(một) vừa hai phải' (in moderation), 'ba
chìm bảy nổi' (ups and downs), 'một nắng hai sương' (toiling in the fields), 'chín người
mười ý' (everyone has their own view), 'cơ hội mười mươi' (a sure chance); and words that
only sound like numbers: 'ba lô' (a backpack), 'áo ba lỗ' (a tank top), 'áo hai dây' (a
camisole), told from lots and cords counted by ``_LOTS_AFTER`` and ``_GARMENT_BEFORE``."""
_LOTS_AFTER = re.compile(
    r"[ \t]+(?:(?:nhà|đất|hàng|thuốc|gỗ|xe|biệt|liền|đấu|số)(?![^\W_])|(?-i:[A-ZĐ\d]))",
    re.IGNORECASE,
)
"""'ba lô nhà', 'ba lô đất', 'ba lô hàng' (three lots), 'ba lô A': lots counted."""
_GARMENT_BEFORE = re.compile(r"(?<![^\W_])(?:áo(?:[ \t]+thun)?|váy|đầm)[ \t]+$", re.IGNORECASE)
"""'ba lỗ' and 'hai dây' are garments only after 'áo', 'áo thun', 'váy' or 'đầm' ('treo cổ
bằng hai dây giày' counts cords)."""
_GARMENT_WORDS = ("lỗ", "dây")
_SAYING_REACH = 24
"""How far before the number word a saying may start ('chín người mười ý': 'chín người ')."""


def in_a_saying(text: str, start: int, end: int) -> bool:
    """The number word at ``start``-``end`` lies inside one of ``_FIXED_IDIOMS``."""
    window = max(0, start - _SAYING_REACH)
    for found in _FIXED_IDIOMS.finditer(text, window, end + _SAYING_REACH):
        if found.start() <= start and end <= found.end():
            last = found.group().split()[-1].lower()
            if last == "lô":
                return _LOTS_AFTER.match(text, found.end()) is None
            if last in _GARMENT_WORDS:
                lead = text[max(0, found.start() - 12) : found.start()]
                return _GARMENT_BEFORE.search(lead) is not None
            return True
    return False


def in_compound(text: str, start: int, end: int, lone: str) -> bool:
    """The number word ``lone`` at ``start``-``end`` is a syllable of a word or an idiom,
    not a numeral."""
    before = text[max(0, start - 12) : start].lower()
    if before.endswith(WORD_LEADS.get(lone, ())):
        return True
    if in_a_saying(text, start, end):
        return True
    if before.endswith("vòng ") and lone != "một" and not _SPAN_AFTER.match(text, end):
        return True  # 'vòng hai cuộc bầu cử' (a round: 'vòng 2' is a name), 'vòng ba căng tròn'
    tail = WORD_TAILS.get(lone)
    return tail is not None and tail.match(text, end) is not None
