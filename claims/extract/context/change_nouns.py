"""A change verb that names the things a count counts, not a change of its own.

Market reports count stocks and sessions by how they moved: "125 mã tăng và
130 mã giảm", "13 mã tăng/12 mã giảm", "Với 14 phiên tăng liên tiếp", "NATO
huy động … bộ 3 chiến tăng mạnh nhất thế giới".  Read forward from the count,
"tăng"/"giảm" would end the noun ("mã"); it belongs to it when it follows a
short noun and no amount follows it in its clause or item ("300 ca tăng 20%" changes by
20%, and the noun stays "ca").
"""

from __future__ import annotations

from claims.extract.context.sentence import SentenceWords, is_word

_CHANGES = frozenset({"tăng", "giảm"})
_CLAUSE_ENDS = frozenset({"và", "còn", "nhưng", "trong", "so"})
""""125 mã tăng và 130 mã giảm"; "so với" compares, it measures no change."""
_MAX_NOUN_WORDS = 2
_LOOK_AHEAD = 6


def change_names(words: SentenceWords, index: int, noun_words: int) -> bool:
    """``tokens[index]``, a stop word after ``noun_words`` words of a count's
    noun, is "tăng"/"giảm" that names what is counted."""
    tokens = words.tokens
    if not 0 < noun_words <= _MAX_NOUN_WORDS or tokens[index].group().lower() not in _CHANGES:
        return False
    for token in tokens[index + 1 : index + 1 + _LOOK_AHEAD]:
        if not is_word(token) or token.group().lower() in _CLAUSE_ENDS:
            return True  # the clause or the item ends with no amount
        if words.claim_at(token.start()) is not None or any(c.isdigit() for c in token.group()):
            return False  # "300 ca tăng 20%": a change by an amount
    return True
