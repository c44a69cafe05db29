"""A list of goods before a measuring verb is read whole, not its last item.

Trade statistics list the goods a figure is for: "dẫn đầu là điện thoại và linh
kiện đạt gần 2,33 tỷ USD", "; máy vi tính, sản phẩm điện tử và linh kiện đạt
1,504 tỷ USD", "là: Máy móc, thiết bị, dụng cụ, phụ tùng khác đạt 2,335 tỷ USD".
The backward reading stops at "và" and at the comma, so the subject was the last
item only ("linh kiện", "phụ tùng khác").  The list is read whole when it opens a
list item (after "là", a colon or a semicolon) and every item is a short noun
phrase: no number, no verb, no clause of its own ("Doanh thu tăng mạnh và lợi
nhuận đạt" is two clauses, the second the subject's), and no item after the first
is a name ("tài sản của 4 tập đoàn … là Samsung, Hyundai Motor, SK và LG đã tăng":
the members of a group named before, whose property the figure is).
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MEASURE_VERBS, phrase_pattern, words

_ITEM = r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_][^\W\d_ ]*){0,4}"
"""One to five words, no digits."""
_LIST_AFTER_OPENER = re.compile(
    rf"(?:[;:]|(?<!\w)là:?)\s*(?:và\s+)?((?:{_ITEM},\s*)*{_ITEM}(?:,\s*|\s+)và\s+)$",
    re.IGNORECASE,
)
"""An opener ("là", ":", ";") then items joined by commas and a last "và", right
before the item already read."""
_CLAUSE_WORDS = phrase_pattern(
    (
        *MEASURE_VERBS,
        *words("là|được|bị|đã|đang|sẽ|cho|của|trong|khi|nhưng|thì|mà|với|theo|cùng"),
    )
)
"""Words that make an item a clause or a relation, not a good listed."""
_ITEM_JOINS = re.compile(r",\s*|\s+và\s+", re.IGNORECASE)
_LOOK_BACK = 160


def whole_list(words_: SentenceWords, verb_at: int, found: str) -> str:
    """``found`` read on back through the list it closes, when it is the last item
    of a list of goods opening a list item; else ``found`` itself."""
    before = words_.text[max(words_.start, verb_at - _LOOK_BACK) : verb_at].rstrip()
    if not before.endswith(found):
        return found
    head = before[: len(before) - len(found)]
    listed = _LIST_AFTER_OPENER.search(head)
    if listed is None or _CLAUSE_WORDS.search(listed.group(1)) is not None:
        return found
    later_items = [*_ITEM_JOINS.split(listed.group(1))[1:], found]
    if any(item[:1].isupper() for item in later_items):
        return found  # "4 tập đoàn … là Samsung, Hyundai Motor, SK và LG": names, not goods
    return listed.group(1) + found
