"""What a bare count after a match result counts: the matches of that result.

Sports news gives a team's record as result verbs with bare counts: "Thanh
Hóa thắng 7, hòa 5, chỉ để thua đúng 1 trận", "(thắng 16, hòa 4)", "New
Zealand thắng 1 nhưng thua đến 4".  The count has no noun of its own (or only
"trận"), so read forward it has no subject, or the next clause's noun; what
it counts is the matches won, drawn or lost.  A count whose own noun follows
("thua 3 bàn", "thắng 2 giải") keeps that noun; a score ("thắng 2-1") is no
count.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_RESULT_BEFORE = re.compile(
    r"(?<!\w)(?<!bất\s)(?<!không\s)(?<!chưa\s)(thắng|hòa|thua|bại|Thắng|Hòa|Thua|Bại)"
    r"(?:\s+(?:tới|đến|đúng|cả|được))*\s*$"
)
"""A result verb, maybe with an emphasis, right before the number: in lower case,
not unbeaten or negated ("bất bại 15 trận", "không thắng 13 trận" count other
matches); capitalised only where a clause starts ("…: Thắng 22, hòa 10"), not
ending a name ("Khánh Hòa 258", "Biên Hòa 2").  Case is kept (no IGNORECASE)."""
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:trận(?:\s+đấu)?(?!\w)|[,;.)/]|(?:và|nhưng|còn|ở|trong|tại|trước|sau)(?!\w)|$)",
    re.IGNORECASE,
)
"""After the number: "trận", punctuation, a conjunction or a preposition (or the
sentence's end), not a noun of the count's own."""
_BARE_COUNT = re.compile(r"(?:(?:tới|đến|đúng|chỉ)\s+)*\d+(?:\s+trận(?:\s+đấu)?)?", re.IGNORECASE)
"""The mention: a number, maybe hedged, maybe with "trận" folded in."""
_LOOK_BACK = 24
SPELLED_OUT = frozenset({"trận thắng", "trận hòa", "trận thua", "trận bại"})
"""The subjects this module composes: "trận" and the result verb as written."""


def result_matches(words: SentenceWords, mention: Mention) -> str | None:
    """ "trận thắng", "trận hòa", "trận thua" for a bare count of a result, or ``None``."""
    if mention.kind != "count" or _BARE_COUNT.fullmatch(mention.text) is None:
        return None
    start = max(words.start, mention.start - _LOOK_BACK)
    result = _RESULT_BEFORE.search(words.text, start, mention.start)
    if result is None or _NO_NOUN_AFTER.match(words.text, mention.end, words.end) is None:
        return None
    verb = result.group(1)
    opening = words.text[words.start : result.start()].rstrip()[-1:]
    if verb[0].isupper() and opening.isalnum():
        return None  # the end of a name: "Khánh Hòa 258"
    return f"trận {verb.lower()}"
