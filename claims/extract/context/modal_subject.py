"""The noun phrase before "có thể" (can, may), not the verb after it.

"nhiệt độ bề mặt hành tinh có thể lên tới 430 độ C", "vàng có thể lên tới 1.500
USD/ounce", "tên lửa có thể bay xa 4.500 km": a reading back from the value splits
the modal "có thể" and keeps its second syllable with the verb ("thể", "thể bay
xa"), which names nothing.  The subject is the noun phrase before "có thể" when it
opens its clause (the start of the sentence, punctuation, or a conjunction: "nên",
"và", "thì", "khi", "nếu"…); else nothing, and a dimension adjective after the modal
names its property (dimension_names: "chúng có thể dài từ 1m6 – 1m8").  Not a
pronoun ("Bạn có thể bỏ ra 140 USD"), an adverb ("đôi khi có thể"), nor "thể" of a
noun ("có thể tích 550 l": has a volume; "thể lực", "thể trạng").
"""

from __future__ import annotations

import re

from claims.extract.context.dimension_names import DIMENSION_ADJECTIVES
from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS
from claims.model import Mention

_MODAL_BEFORE = re.compile(r"(?<!\w)có\s+$", re.IGNORECASE)
_NOUNS_WITH_THE = frozenset(
    {"tích", "lực", "trạng", "chất", "hiện", "thao", "loại", "chế", "dục", "hình", "thức", "diện"}
)
"""Second syllables of nouns and verbs that start with "thể" ("thể tích", "thể lực",
"thể hiện"): "có thể tích" is "has a volume", not "can"."""
_NOT_A_NOUN = frozenset(
    {"bạn", "tôi", "chúng", "họ", "nó", "anh", "chị", "ông", "bà", "em", "cô", "ta", "ai", "mình"}
    | {"đôi", "khi", "cũng", "vẫn", "còn", "đều", "chỉ", "thậm", "chí", "thì", "mới", "đã"}
    | {"sẽ", "rất", "vì", "vậy", "nên", "người", "cậu", "chú", "bác", "cháu", "cụ"}
    | {"hoặc", "hay", "giờ", "nay", "hiện", "lúc", "không", "việc"}
)
"""Pronouns and adverbs: the reading names no thing measured ("Bạn có thể bỏ ra",
"đôi khi có thể lên tới"); "người ta", "người bệnh" are whoever does it; a conjunction or
a time word ("hoặc có thể bay cao", "giờ tàu vỏ thép có thể") opens no noun."""
_MAX_VERB_WORDS = 2
"""Words of the verb after "có thể" ("lên tới" is read as a hedge; "bay xa", "tiêu tốn")."""
_DIMENSION_BEFORE = re.compile(rf"(?<!\w)(?:{DIMENSION_ADJECTIVES})\s+(?:\S+\s+)?$", re.IGNORECASE)
""""chúng có thể dài từ 1m6": no noun, but the property the adjective names (dimension_names)."""
_CLAUSE_OPENS = re.compile(
    r"(?:[,;:(\"“”\-–.!?]|(?<!\w)(?:và|còn|nhưng|song|khi|nếu|thì|mà|nên|vì|do|rằng))\s*$",
    re.IGNORECASE,
)


def modal_subject(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the noun phrase before "có thể" when ``found`` starts at "thể"."""
    if mention.kind == "age" or found is None or found.split()[0].casefold() != "thể":
        return found
    parts = found.split()
    if len(parts) > _MAX_VERB_WORDS + 1 or (
        len(parts) > 1 and parts[1].casefold() in _NOUNS_WITH_THE
    ):
        return found  # a longer predicate may have an object: "có thể dùng rau dừa nước 50g"
    text = words.text
    at = text.rfind(found, words.start, mention.start)
    modal = _MODAL_BEFORE.search(text, max(words.start, at - 8), at) if at >= 0 else None
    if modal is None:
        return found  # "thể" of "Thi thể", "cơ thể": a noun of its own
    span, after_quantity = backward_span(
        words, modal.start(), closed=True, limit=MAX_SUBJECT_WORDS, through_places=True
    )
    bare = None if len(parts) == 1 and _DIMENSION_BEFORE.search(text, at, mention.start) else found
    if span is None or after_quantity or text[span[1] : modal.start()].strip():
        return bare
    noun = clean(words.slice(*span))
    if not noun or noun.split()[0].casefold() in _NOT_A_NOUN:
        return bare
    before = text[max(words.start, span[0] - 30) : span[0]]
    if before.strip() and _CLAUSE_OPENS.search(before) is None:
        return bare  # read from inside a phrase or a clause
    return noun
