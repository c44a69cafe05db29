"""Word lists turned into regex alternations, longest word first.

The word lists themselves are data in ``numeral_words``, ``hedge_words``,
``unit_words`` and ``cue_words``; the scanners build their patterns from them
with ``alt`` and ``reversed_alt``.
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
