"""Number words and scale words of the quantity grammar, as data.

Digit words ("ba", "bảy"), the last digit after "mươi" ("mốt", "lăm"), scale
words ("triệu", "tỷ", "crore"), letters glued to digits ("10K") and the vague
leads of "hàng trăm" and "vài chục".  ``number_words`` compiles them.
"""

from __future__ import annotations

DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
"""Words for 0-9 as they stand alone or lead a group."""

UNIT_TAIL_WORDS: dict[str, int] = {
    **DIGIT_WORDS,
    "mốt": 1,  # hai mươi mốt = 21
    "tư": 4,  # hai mươi tư = 24 ("tư" alone is "private", never read)
    "lăm": 5,  # mười lăm = 15
    "nhăm": 5,
}
"""Words for the last digit after mươi/mười."""

SCALE_WORDS: dict[str, int] = {
    "chục": 10,
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
    # Indian scale words, as prices from India print them: '1,12 crore INR' = 11,2 million
    "lakh": 100_000,
    "crore": 10_000_000,
    "corore": 10_000_000,
}

BIG_SCALE_WORDS = ("nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ")

ATTACHED_SCALES: dict[str, int] = {"k": 1_000, "K": 1_000, "M": 1_000_000}
"""Letters glued to digits that scale them ("10K", "1,2M")."""

VAGUE_LEADS: dict[str, int] = {"hàng": 1, "cả": 1, "vài": 2, "mấy": 2, "dăm": 5}
"""'hàng trăm' = hundreds: [100, 1000]; 'vài chục' = a few tens: [20, 90]."""
