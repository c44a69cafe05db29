"""Numbers the grammar read as quantities that name or code something instead.

Real news is full of numbers that are not amounts: a year after the title of
a law ("Luật Du lịch 2005"), a tyre size ("130/80 ở bánh sau"), an address
("78/6 đường Bình Lợi"), betting odds ("33/1"), a vehicle class ("xe 4
bánh"), a label ("điều 22", "mã đề 219", "cây loại 3"), a model ("Nokia 3",
"Snapdragon 660" and a bare "660" later), a player's age in
brackets after his name ("Hernandez (19)"), or a number the grammar cut at a
thousands dot ("là 110.000." read as 110 and 000).  Every rule would pair
them with real amounts, so the runner drops them before any rule sees the
claims (``claims.rules.run_rules``).  The grammar should learn these shapes
too; this guard is the rules' own safety net and works on the printed text.
"""

from __future__ import annotations

import functools
import re

from claims.model import Claim

_QUANTITY_KINDS = frozenset({"count", "money", "measure", "percent", "fraction", "multiple"})

# The first letter of a word is captured and tested with str.isupper(): a class such as
# [A-ZĐÀ-Ỹ] also holds lower-case letters ('ó', 'ở', 'ạ' lie between À and Ỹ).
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_])[^\W\d_]*\s+$")
_NAME_THEN_BRACKET = re.compile(r"([^\W\d_])[^\W\d_]*\s*\($")
_LABELS = (
    *("loại", "mã đề", "mã số", "mã", "hạng", "khu", "điều", "khoản", "chương", "phiên bản"),
    *("model", "size"),
)
_NOT_A_LABEL_AFTER = ("kim ", "phân ", "thanh ")
"""'kim loại 700 mét', 'thanh khoản 49%' are no labels."""
_ADDRESS_AFTER = re.compile(r"\s*(?:đường|phố|ngõ|ngách|hẻm|kiệt|p\.|q\.)\s*([^\W_])")
_TYRE_BEFORE = re.compile(r"\b(?:lốp|vỏ|kích thước|kích cỡ|bánh)\s*(?:xe\s*)?$")
_TYRE_AFTER = re.compile(r"\s*(?:ở\s+)?(?:bánh|mặt|phía)\s+(?:trước|sau)")
_WHEEL = "bánh"
_VEHICLE_BEFORE = re.compile(r"\bxe(?:\s+\w+\s+bánh\s+(?:và|hoặc|,))?\s*$")
_ODDS = re.compile(r"^\s*\d+\s*/\s*1\s*$")
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<=\w\s)[A-Z][A-Za-z]*\s+$|^[A-Z][A-Za-z]*\s+$")
_COUNTED_NOUN = re.compile(r"\s*[a-zđà-ỹ]")


def misread(claim: Claim, text: str) -> bool:
    """The claim's number names or codes something, or is a fragment of a number."""
    if claim.kind not in _QUANTITY_KINDS or not text:
        return False
    before = text[max(0, claim.start - 40) : claim.start]
    after = text[claim.end : claim.end + 30]
    lower_before = before.lower()
    return (
        _cut(before, after)
        or _year_after_title(claim, before)
        or _age_after_name(claim, before, after)
        or _label_before(lower_before)
        or _vehicle_class(lower_before, after.lower())
        or _code_with_slash(claim, lower_before, after)
        or _model_number(claim, before, text)
    )


def _capitalised(word: re.Match[str] | None) -> bool:
    return word is not None and word.group(1).isupper()


def _named_street(street: re.Match[str] | None) -> bool:
    """ "đường Bình Lợi", "đường 3/2": a street's name or number follows."""
    return street is not None and (street.group(1).isupper() or street.group(1).isdigit())


def _cut(before: str, after: str) -> bool:
    """ "110.000." split at a dot: 110 and 000 are one number, read as two: a point or
    comma and a digit after (``[.,]\\d``), or a digit and a point or comma ending what
    precedes, maybe before a last line break (``\\d[.,]$``).  String tests, not
    patterns: this runs for every claim."""
    if after[:1] in _POINTS and after[1:2].isdecimal():
        return True
    if before.endswith("\n"):
        return _ends_with_cut(before) or _ends_with_cut(before[:-1])
    return _ends_with_cut(before)


_POINTS = (".", ",")


def _ends_with_cut(before: str) -> bool:
    return before[-1:] in _POINTS and before[-2:-1].isdecimal()


def _label_before(before: str) -> bool:
    """A label ends ``before`` but for white space ("điều 22", "mã đề 219"): a whole
    word, not after "kim ", "phân " or "thanh "."""
    kept = before.rstrip()
    if not kept.endswith(_LABELS):
        return False  # one C-level test for the common case, no label at all
    for label in _LABELS:
        if not kept.endswith(label):
            continue
        at = len(kept) - len(label)
        if at and _is_word_character(kept[at - 1]):
            continue
        if not kept.endswith(_NOT_A_LABEL_AFTER, 0, at):
            return True
    return False


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _is_bare_number(text: str) -> bool:
    """``\\d+`` is all of it."""
    return text.isdecimal()


def _year_after_title(claim: Claim, before: str) -> bool:
    """ "Luật Du lịch 2005", "kỳ thi THPT Quốc gia 2017": a bare four-digit year
    (no thousands dot, as news prints amounts) after a capitalised title word."""
    return _is_bare_year(claim.text.strip()) and bool(
        _capitalised(_WORD_BEFORE.search(before)) or not claim.subject
    )


def _is_bare_year(text: str) -> bool:
    """``(?:19|20)\\d\\d`` is all of it."""
    return len(text) == 4 and text[:2] in ("19", "20") and text[2:].isdecimal()


def _age_after_name(claim: Claim, before: str, after: str) -> bool:
    """ "Theo Hernandez (19), Vallejo (20)": a bare number alone in brackets right
    after a name is an age, never a count of the sentence's subject."""
    return (
        claim.kind == "count"
        and _is_bare_number(claim.text.strip())
        and after.lstrip().startswith(")")  # tested before the search: it is rare
        and _capitalised(_NAME_THEN_BRACKET.search(before))
    )


def _vehicle_class(before: str, after: str) -> bool:
    """ "xe 4 bánh", "xe hai bánh và bốn bánh": a class of vehicle, not a count of wheels."""
    wheels = after.lstrip()  # "bánh" as a whole word, after any white space
    if not wheels.startswith(_WHEEL) or _is_word_character(wheels[len(_WHEEL) :][:1] or " "):
        return False
    return bool(_VEHICLE_BEFORE.search(before))


def _code_with_slash(claim: Claim, before: str, after: str) -> bool:
    """ "78/6 đường Bình Lợi" (an address), "130/80 ở bánh sau" (a tyre), "33/1" (odds)."""
    if "/" not in claim.text:
        return False
    return (
        _named_street(_ADDRESS_AFTER.match(after))
        or bool(_TYRE_BEFORE.search(before))
        or bool(_TYRE_AFTER.match(after))
        or bool(_ODDS.match(claim.text))
    )


def _model_number(claim: Claim, before: str, text: str) -> bool:
    """ "Nokia 3, Nokia 5 và Nokia 6", "Snapdragon 660": a bare count right after a
    capitalised Latin word names a model; and once "Snapdragon 660" or "Fiat 500"
    has named one, the same three or more digits standing bare later name it too."""
    if claim.kind != "count" or not _is_bare_number(claim.text.strip()):
        return False
    if _COUNTED_NOUN.match(text, claim.end):
        return False  # "Land Cruiser 469 xe", "Trong 134 đơn vị": a count of things
    if _NAME_BEFORE.search(before):
        return True
    digits = claim.text.strip()
    return len(digits) >= 3 and digits in _named_models(text)


_NAMED_MODEL = re.compile(r"\b[A-Z][A-Za-z]+\s+(\d{3,})\b(?!\s*[a-zđà-ỹ])")


@functools.lru_cache(maxsize=4)
def _named_models(text: str) -> frozenset[str]:
    """The numbers of three or more digits that follow a capitalised Latin word somewhere
    in ``text``: found once per document rather than compiled once per bare number."""
    return frozenset(match.group(1) for match in _NAMED_MODEL.finditer(text))
