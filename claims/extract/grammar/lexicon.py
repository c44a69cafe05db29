"""Word lists of the quantity grammar, and helpers that turn them into regex.

Everything a linguist might want to extend lives here as data: number words,
scale words, units, hedges and the cue words that make a number a date, a year
or an identifier.  The other modules only compile and interpret these lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SPACE = r"[ \t\u00a0]"
"""Horizontal white space: a quantity never runs across a line break."""


def alt(words: Iterable[str], *, capitalised: bool = True) -> str:
    """A non-capturing alternation, longest first, spaces matching horizontal space.

    With ``capitalised`` each word also matches with a capital first letter
    ("Hơn 20 năm" at the start of a sentence).
    """
    return factored_alternation(variants_in_order(words, capitalised=capitalised))


def reversed_alt(words: Iterable[str], *, capitalised: bool = True) -> str:
    """Like ``alt`` but each word spelt backwards, to match a reversed window."""
    return factored_alternation(
        [w[::-1] for w in variants_in_order(words, capitalised=capitalised)]
    )


def variants_in_order(words: Iterable[str], *, capitalised: bool) -> list[str]:
    """The words (and capitalised forms), longest first: a longer cue wins over its prefix."""
    variants: set[str] = set()
    for word in words:
        variants.add(word)
        if capitalised and word[:1].islower():
            variants.add(word[:1].upper() + word[1:])
    return sorted(variants, key=lambda w: (-len(w), w))


def _escape(word: str) -> str:
    return re.escape(word).replace(r"\ ", SPACE + "+")


def flat_alternation(ordered: list[str]) -> str:
    """``(?:w1|w2|...)`` as written: the reference ``factored_alternation`` must match alike."""
    return "(?:" + "|".join(_escape(w) for w in ordered) + ")"


def factored_alternation(ordered: list[str]) -> str:
    """``flat_alternation(ordered)`` factored into a trie of first characters.

    The regex engine tries the branches of a flat alternation one by one, and a
    list of a hundred cue words costs a hundred tries at every number.  Grouped
    by first character, only the group whose character is next in the text is
    entered.  The groups are disjoint (no text starts with two different
    characters), and each group keeps its words in their order, so the first
    word that matches, and therefore every match, is the flat alternation's.
    """
    return "(?:" + "|".join(_branches(ordered)) + ")"


def _branches(words: list[str]) -> list[str]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    if "" in groups or (("\t" in groups or "\u00a0" in groups) and " " in groups):
        return [_escape(w) for w in words]  # groups that could overlap: keep the flat order
    branches: list[str] = []
    for head, rests in groups.items():
        spaced = head == " " and any(r[:1] in ("", " ", "\t", "\u00a0") for r in rests)
        empty_inside = "" in rests[:-1]  # a shorter word before a longer one: order matters
        if len(rests) == 1 or spaced or empty_inside:
            branches.extend(_escape(head + rest) for rest in rests)
            continue
        inner = _branches([r for r in rests if r])
        if rests[-1] == "":
            inner.append("")
        branches.append(_escape(head) + "(?:" + "|".join(inner) + ")")
    return branches


# --- number words ---------------------------------------------------------

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

VAGUE_LEADS: dict[str, int] = {"hàng": 1, "vài": 2, "mấy": 2, "dăm": 5}
"""'hàng trăm' = hundreds: [100, 1000]; 'vài chục' = a few tens: [20, 90]."""

# --- hedges ----------------------------------------------------------------

HEDGES: dict[str, str] = {
    "hơn": "over",
    "trên": "over",
    "vượt": "over",
    "vượt quá": "over",
    "nhiều hơn": "over",
    "cao hơn": "over",
    "lớn hơn": "over",
    "gần": "nearly",
    "gần như": "nearly",
    "suýt": "nearly",
    "ngót": "nearly",
    "khoảng": "about",
    "chừng": "about",
    "khoảng chừng": "about",
    "tầm": "about",
    "tầm khoảng": "about",
    "xấp xỉ": "about",
    "ước": "about",
    "ước tính": "about",
    "ước khoảng": "about",
    "trên dưới": "about",
    "cỡ": "about",
    "dưới": "under",
    "chưa đến": "under",
    "chưa tới": "under",
    "chưa đầy": "under",
    "ít hơn": "under",
    "kém hơn": "under",
    "thấp hơn": "under",
    "không tới": "under",
    "không đến": "under",
    "không quá": "at_most",
    "tối đa": "at_most",
    "không hơn": "at_most",
    "không cao hơn": "at_most",
    "không vượt quá": "at_most",
    "nhiều nhất": "at_most",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "không dưới": "at_least",
    "không ít hơn": "at_least",
    "tới": "up_to",
    "lên tới": "up_to",
    "lên đến": "up_to",
}

TRAILING_HEDGES: dict[str, str] = {"trở lên": "at_least", "trở xuống": "at_most"}
"""'từ 7000 đồng trở xuống' = at most 7000."""

# --- units -----------------------------------------------------------------

CURRENCY_WORDS: dict[str, str] = {
    "đồng": "VND",
    "VNĐ": "VND",
    "VND": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "Vnd": "VND",
    "Vnđ": "VND",
    "đ": "VND",
    "Việt Nam đồng": "VND",
    "Việt Nam Đồng": "VND",
    "USD": "USD",
    "usd": "USD",
    "Usd": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "đô la Mỹ": "USD",
    "đô Mỹ": "USD",
    "đô mỹ": "USD",
    "đô": "USD",
    "$": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "Euro": "EUR",
    "Euros": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "bảng Anh": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "GBP": "GBP",
    "£": "GBP",
    "yên": "JPY",
    "yen": "JPY",
    "đô Hong Kong": "HKD",
    "đô la Hong Kong": "HKD",
    "HKD": "HKD",
    "đô Singapore": "SGD",
    "SGD": "SGD",
    "đô la Úc": "AUD",
    "AUD": "AUD",
    "bảng": "GBP",
    "Yên": "JPY",
    "JPY": "JPY",
    "nhân dân tệ": "CNY",
    "Nhân dân tệ": "CNY",
    "Nhân Dân Tệ": "CNY",
    "NDT": "CNY",
    "CNY": "CNY",
    "won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "Rupees": "INR",
    "Rs": "INR",
    "INR": "INR",
    "AED": "AED",
    "dirham": "AED",
    "Kyat": "MMK",
    "Kyats": "MMK",
    "kyat": "MMK",
    "ringgit": "MYR",
    "baht": "THB",
    "bạt": "THB",
    "rúp": "RUB",
    "rupiah": "IDR",
    "rupi": "IDR",
    "ruble": "RUB",
    "taka": "BDT",
    "Taka": "BDT",
    "BDT": "BDT",
    "NZD": "NZD",
    "xen": "cent",
    "xu": "cent",
    "cent": "cent",
    "cents": "cent",
}

MINOR_CURRENCY_OWNERS = frozenset({"USD", "INR", "EUR", "GBP"})
"""Spoken currencies that take a cents part: 'hai đô 23', '20 Rupees 43'."""

CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "VN$": "VND",
    "USD": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "VND": "VND",
    "VNĐ": "VND",
    "INR": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "AED": "AED",
}

MEASURE_WORDS: dict[str, str] = {
    "tấn": "tấn",
    "tạ": "tạ",
    "kg": "kg",
    "ki-lô-gam": "kg",
    "kilogram": "kg",
    "gam": "g",
    "gram": "g",
    "ha": "ha",
    "héc-ta": "ha",
    "hecta": "ha",
    "km2": "km2",
    "km²": "km2",
    "km": "km",
    "ki-lô-mét": "km",
    "cây số": "km",
    "m2": "m2",
    "m²": "m2",
    "mét vuông": "m2",
    "m3": "m3",
    "m³": "m3",
    "mét khối": "m3",
    # exponents printed as a spaced digit when the superscript was lost: "198 m 2", "1.200m 3"
    "m 2": "m2",
    "m 3": "m3",
    "km 2": "km2",
    "cm2": "cm2",
    "cm 2": "cm2",
    "cm3": "cm3",
    "cm 3": "cm3",
    "mét": "m",
    "m": "m",
    "cm": "cm",
    "mm": "mm",
    "lít": "lít",
    "ml": "ml",
    "MW": "MW",
    "kW": "kW",
    "kWh": "kWh",
    "MWh": "MWh",
    "GW": "GW",
    "GWh": "GWh",
    "độ C": "°C",
    "°C": "°C",
    # the degree sign lost with the superscripts: "13 - 16 0 C", "21 o C", "16oC", "30ºC"
    "0 C": "°C",
    "0C": "°C",
    "o C": "°C",
    "oC": "°C",
    "ºC": "°C",
    "º C": "°C",
    "° C": "°C",
    "độ": "độ",
    "hải lý": "hải lý",
    "sào": "sào",
    # every spoon is one unit (tests/gold/README.md, session 5): the kind of spoon is a
    # size no article converts, and 'muỗng' is the southern word for 'thìa'
    "thìa cà phê": "thìa",
    "thìa canh": "thìa",
    "thìa": "thìa",
    "muỗng canh": "thìa",
    "muỗng cà phê": "thìa",
    "muỗng cafe": "thìa",
    "muỗng café": "thìa",
    "muỗng": "thìa",
    "GB": "GB",
    "TB": "TB",
    "inch": "inch",
    "inches": "inch",
    "FPS": "fps",
    "gr": "g",
    "g": "g",
    "V": "V",
    "mAh": "mAh",
    "Hz": "Hz",
    "MHz": "MHz",
    "GHz": "GHz",
    "teraflops": "teraflops",
    "TFLOPS": "teraflops",
    "MP": "MP",
    "MB": "MB",
    "fps": "fps",
    "thùng": "thùng",
    "khung hình": "khung hình",
    "mã lực": "mã lực",
    "sức ngựa": "sức ngựa",
    "Nm": "Nm",
    "cc": "cc",
    "phân khối": "phân khối",
    # an engine's speed, 'vòng/phút' abbreviated: "7.500 v/p"; written out, a rate whose unit
    # keeps its per-part (the session-5 convention): "11.000 vòng/phút"
    "v/p": "v/p",
    "vòng/phút": "vòng/phút",
    # a litre glued to its number ("khoảng 200l", "1,5l"); read only glued (cores.read_tail)
    "l": "l",
}

PERCENT_WORDS = ("%", "phần trăm", "điểm phần trăm")
"""'tăng 0,25 điểm phần trăm': a change in percentage points is read in %."""

DURATION_WORDS: dict[str, str] = {
    "năm": "năm",
    "tháng": "tháng",
    "tuần": "tuần",
    "ngày": "ngày",
    "giờ": "giờ",
    "tiếng": "giờ",
    "phút": "phút",
    "giây": "giây",
    "thập kỷ": "thập kỷ",
    "thập niên": "thập kỷ",
}

AGE_WORDS: dict[str, str] = {
    "tuổi": "tuổi",
    # a baby's or a pregnancy's age: "5 tháng tuổi" is an age in months, not a duration
    "tháng tuổi": "tháng tuổi",
    "tuần tuổi": "tuần tuổi",
    "ngày tuổi": "ngày tuổi",
}

TIMES_WORDS = ("lần",)
"""'gấp 3 lần': the multiple's own unit word, swallowed into the mention."""
