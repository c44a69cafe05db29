"""The property a dimension adjective names: "cao 1m66" is a height.

"Trương Tri Trúc Dương, sinh năm 1990, cao 1m66", "Công trình … là kim tự tháp
Khufu, cao 146 m", "chiều dài 4.660 mm, rộng 1.800 mm": a length or a weight
told by the adjective right before it ("cao", "dài", "rộng", "sâu", "dày",
"nặng") measures that property.  When the reading found no noun (a comma stops
it), kept only the adjective (a second dimension after a property, siblings), an
adverb ("Chỉ cao 1m63") or a pronoun that names nobody ("Cô cao 1m73"), the subject
is the property's noun ("chiều cao", "chiều dài", "chiều rộng", "độ sâu", "độ dày",
"cân nặng"), as the annotators name it ("chiều cao", "chiều dài DS7") and a
fact-checker compares it.  Only for a unit of length (or of weight for "nặng"):
"giảm sâu 5-8 độ C" is no depth, "rộng 50.000 km2" an area.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import cue_before_hedges
from claims.model import Mention

_PROPERTIES = {
    "cao": "chiều cao",
    "dài": "chiều dài",
    "rộng": "chiều rộng",
    "sâu": "độ sâu",
    "dày": "độ dày",
    "nặng": "cân nặng",
}
DIMENSION_ADJECTIVES = "|".join(_PROPERTIES)
"""The adjectives as a regex alternation: 'cao|dài|rộng|sâu|dày|nặng' (modal_subject too)."""
SPELLED_OUT = frozenset(_PROPERTIES.values())
"""The property nouns this module writes, not cut from the text ("cao" -> "chiều cao")."""
_LENGTHS = frozenset({"m", "cm", "mm", "km", "dm", "inch", "mét", "met", "ft", "feet"})
_WEIGHTS = frozenset({"kg", "g", "tấn", "tạ", "yến", "gram", "gam", "lạng", "cân", "pound"})
_LOOK_BACK = 30
_ADVERBS = frozenset({"chỉ", "cũng", "đều", "vẫn", "lại", "còn", "thì", "mà", "đã"})
"""Adverbs a reading back may stop at before the adjective ("chỉ nặng 11,8kg")."""
_PRONOUNS = frozenset(
    {"cô", "anh", "ông", "bà", "chị", "em", "nó", "họ", "tôi", "cậu", "nàng", "hắn", "mình"}
)
"""A person told by a pronoun alone ("Cô cao 1m73"), which names nobody: the property does."""
_SQUARE_AFTER = re.compile(r"\s*(?:vuông|khối)(?!\w)", re.IGNORECASE)
_ADJECTIVE_END = re.compile(rf"(?<!\w)({DIMENSION_ADJECTIVES})\s*$", re.IGNORECASE)


def dimension_name(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the property a dimension adjective before ``mention`` names
    when ``found`` is nothing, an adverb, that adjective alone or another property
    (carried from the value before: "Chỉ cao 1m63 nhưng nặng đến 130 kg")."""
    if mention.kind != "measure" or mention.unit is None:
        return found
    replaceable = (
        found is None
        or found.casefold() in _PROPERTIES
        or found in SPELLED_OUT
        or _ADVERBS.issuperset(found.casefold().split())
        or found.casefold() in _PRONOUNS
    )
    if not replaceable:
        return found
    cue = cue_before_hedges(words.text, words.start, mention.start, _LOOK_BACK, _ADJECTIVE_END)
    if cue is None:
        return found
    adjective, _ = cue
    word = adjective.group(1).casefold()
    if found is not None and found.casefold() in _PROPERTIES and found.casefold() != word:
        return found  # "… rộng 2,8m": the reading kept another adjective of its own
    units = _WEIGHTS if word == "nặng" else _LENGTHS
    if mention.unit.casefold() not in units or _SQUARE_AFTER.match(words.text, mention.end):
        return found  # "Rộng tới 4.100 m vuông": an area, not a width
    return _PROPERTIES[word]
