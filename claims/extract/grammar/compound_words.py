"""Number words that are syllables of ordinary words: 'nấu chín' (cooked), 'xe ba gác'."""

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


def in_compound(text: str, start: int, end: int, lone: str) -> bool:
    """The number word ``lone`` at ``start``-``end`` is a syllable of a word or an idiom,
    not a numeral."""
    before = text[max(0, start - 12) : start].lower()
    if before.endswith(WORD_LEADS.get(lone, ())):
        return True
    if before.endswith("vòng ") and lone != "một" and not _SPAN_AFTER.match(text, end):
        return True  # 'vòng hai cuộc bầu cử' (a round: 'vòng 2' is a name), 'vòng ba căng tròn'
    tail = WORD_TAILS.get(lone)
    return tail is not None and tail.match(text, end) is not None
