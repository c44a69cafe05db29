"""A capital K or M glued to digits that scales nothing: '1K', '5K', '3M-54'.

'10K', '1,2M' may be thousands and millions (``numeral_words.ATTACHED_SCALES``), but in
the open corpus a capital letter so read only ever scaled a price ('giá 50K', read as
money by ``implied_currency``) or things counted right after it ('7K người').  Read alone,
with no currency nor money word just before ('lương 10K'), it names a road ('quốc lộ
1K'), a screen ('màn hình Retina 5K'), a memory or a size ('bộ nhớ 16K', cỡ áo '32K') or
a model ('tên lửa 3M-54'): the 18 such counts in the first 10,000 corpus articles
(session 14) were all of these.  A lower-case 'k' is the thousands of everyday writing
('hơn 7k người theo dõi', 'lương 24k') and stays.
"""

from __future__ import annotations

import re

from claims.extract.grammar.implied_currency import money_named_just_before
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.number_followers import amount_follows
from claims.model import Mention

_LETTER_SCALED = re.compile(r"(?<![\w.,])\d+[KM]$")
"""A whole number ('1,2M' has a decimal: a million and a fifth, never a code)."""
_LETTER_ENDINGS = ("K", "M", "K\n", "M\n")
"""The ends ``_LETTER_SCALED`` can match at ('$' also matches before a final newline)."""
_WORD_BEFORE_ON_LINE = re.compile(r"[^\W_][^\S\n]*[^\w\n]*[^\S\n]*$")
"""A word before it on its line: a number standing alone ('3M', '-1200K') is a numeral."""
_CODE_GOES_ON = re.compile(r"[-–][ \t]?\w")
"""'3M-54', '3M - 14E': the letter is inside a code that a dash carries on."""


def letter_coded(text: str, mention: Mention) -> Mention:
    """``mention`` (a count) as an identifier when its number ends in a capital K or M
    that scales nothing: no currency, nothing counted after it, or a code going on."""
    if mention.unit is not None or mention.per is not None:
        return mention
    if not mention.text.endswith(_LETTER_ENDINGS):
        return mention  # nearly every count: the regex below could not match
    scaled = _LETTER_SCALED.search(mention.text)
    if scaled is None:
        return mention
    start, end = mention.start + scaled.start(), mention.end
    if _WORD_BEFORE_ON_LINE.search(text, max(0, start - 12), start) is None:
        return mention
    if money_named_just_before(text, mention.start):
        return mention  # "lương 10K một tháng": a wage, its currency unsaid
    if amount_follows(text, end) and _CODE_GOES_ON.match(text, end) is None:
        return mention  # "7K người": thousands of people
    return identifier(text, start, end)
