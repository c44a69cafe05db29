"""Alternations rewritten to open on a literal character, for the regex engine's skip.

``re`` tries a pattern that opens with a look-behind (``(?<!\\w)``) or with a group at
every offset of the text, entering its branches one by one; a pattern whose branches
all open with a literal character lets the engine skip at C speed to the next
character that opens one, and enter only the branches of that character.  An
alternation written as ``(?<!\\w)(?:A|B|…)`` is rewritten here as
``c1(?<!\\w.)(?:a1|a2)|c2(?<!\\w.)(?:…)``: each branch split into its first character
and the rest, the rests grouped by that character in their order, and the look-behind
moved after the character (one character longer).  At any offset only the branches
of its character can match, and they keep their order, so every match, and every retry
when what follows fails, is the flat alternation's (``tests/test_grammar_pattern_starts.py``
compares the two forms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.extract.context.guards import FOLDS_APART

ASCII_DIGITS = "0123456789"
OTHER_DIGIT = re.compile(r"[^\D0-9]")
"""A digit (``\\d``) other than 0-9: a branch opened by ``\\d`` is written here as ten
literal branches, so a text holding one of these needs the flat pattern."""


_OTHER_CAPITALS = {"k": "\u212a", "å": "\u212b"}
"""Signs that lower-case to a letter without being its upper case: the Kelvin sign
and the Angstrom sign."""


def cased(letters: str) -> str:
    """``letters`` in every case the engine's case folding matches them: upper and lower,
    the signs that lower-case to them (``_OTHER_CAPITALS``) and the few characters that
    fold apart (``guards.FOLDS_APART``: 'ſ' for 's')."""
    signs = "".join(_OTHER_CAPITALS.get(letter.lower(), "") for letter in letters)
    found = dict.fromkeys(letters + letters.upper() + signs)
    for odd in FOLDS_APART.pattern[1:-1]:
        if any(re.fullmatch(f"(?i:{re.escape(letter)})", odd) for letter in letters):
            found[odd] = None
    return "".join(found)


def opened_on_letters(
    branches: Iterable[tuple[str, str]], before: str = "", word: str = r"\w"
) -> str:
    """``(?:…)`` of ``branches``, each ``(first characters, rest)`` (a branch opened by
    one of several characters is one branch for each), grouped by first character, with
    ``(?<!\\w.)`` and ``before`` (look-behinds written for after the first character)
    right after it.  ``word`` stands for ``\\w`` in that look-behind: the grammar's
    ``[^\\W_]`` lets a branch open after an underscore."""
    groups: dict[str, list[str]] = {}
    for firsts, rest in branches:
        for first in firsts:
            groups.setdefault(first, []).append(rest)
    return "(?:{})".format(
        "|".join(
            rf"{re.escape(first)}(?<!{word}.){before}(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
    )
