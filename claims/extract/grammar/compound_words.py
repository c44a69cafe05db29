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
    ),
    "bẩy": ("đòn ", "cạy ", "nạy "),  # bẩy: to pry ("bảy" is seven)
    # a junction: 'ngã ba' (three ways), 'ngã tư' (a crossroads), 'ngã năm', 'ngã sáu'
    **{word: ("ngã ",) for word in ("tư", "sáu", "bảy")},
    "ba": ("ngã ", "tài ", "đinh "),  # 'đạo diễn tài ba' (talented), 'cây đinh ba' (a trident)
    "năm": ("ngã ", "đầu ", "cuối ", "giữa "),  # 'lễ cúng đầu năm cầu …': the year's start
    "hai": ("một không ",),  # 'ngôi chùa có một không hai': unique, no count
}
"""Words before a number word that make it an ordinary word of a compound."""
WORD_TAILS = {
    "chín": re.compile(
        r"[ \t]+(?:mềm|mọng|tới|kỹ|kĩ|vàng|đều|hẳn|nhừ|ép)(?![^\W_])(?![ \t]+(?:mười|\d))"
    ),  # 'cá chín mềm', 'nho chín mọng', 'vừa chín tới': ripe or cooked
    "ba": re.compile(r"[ \t]+gác(?![^\W_])"),  # 'xe ba gác': a cargo tricycle
    # 'con dao hai lưỡi': double-edged; 'hai chúng tôi', 'hai chúng ta': we two, a pronoun
    "hai": re.compile(
        r"[ \t]+(?:lưỡi(?![ \t]+(?:dao|kiếm|cưa))|chúng[ \t]+(?:tôi|ta|mình))(?![^\W_])"
    ),
}
"""Words after a number word that make it an ordinary word of a compound."""


def in_compound(text: str, start: int, end: int, lone: str) -> bool:
    """The number word ``lone`` at ``start``-``end`` is a syllable of a word or an idiom,
    not a numeral."""
    if text[max(0, start - 12) : start].lower().endswith(WORD_LEADS.get(lone, ())):
        return True
    tail = WORD_TAILS.get(lone)
    return tail is not None and tail.match(text, end) is not None
