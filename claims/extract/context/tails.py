"""Patterns searched only where they can match: at the tail of a text
(``TailPattern``) or in a text that holds one of their cue words (``CuedPattern``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from claims.extract.context.guards import FOLDS_APART, FOLDS_APART_CHARACTERS

_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``\\s`` matches in a text (``str.isspace``'s)."""
_SIGNS_FOLDING_TO_LETTERS = "\u212a\u212b"
"""The Kelvin and the Ångström signs, which the engine's case folding matches to 'k'
and 'å' (the other odd folds are ``FOLDS_APART_CHARACTERS``)."""


def tail_flags(regex: re.Pattern[str]) -> re.RegexFlag:
    """``re.IGNORECASE`` when some of ``regex`` ignores case, all of it or a group
    (``(?i:…)``): the tail then holds every case of the written characters."""
    ignores_case = regex.flags & re.IGNORECASE or "(?i" in regex.pattern
    return re.IGNORECASE if ignores_case else re.NOFLAG


def tail_characters(regex: re.Pattern[str]) -> str:
    """Every character that ``[<the characters written in regex>\\s]`` matches, in
    the regex's case (in)sensitivity: the characters a match of ``regex`` can consume,
    the space and the lower-case letters first (``str.rstrip`` looks each character of
    the text up among them from the start).  Found among the written characters' cases
    and the few that fold oddly (tests/test_context_tails.py tries the class on every
    character)."""
    written = set(regex.pattern)
    written_class = re.compile(rf"[{re.escape(''.join(sorted(written)))}\s]", tail_flags(regex))
    found = _matched_cases(written, written_class)
    return "".join(sorted(found, key=lambda c: (c != " ", not c.islower(), c)))


def _matched_cases(written: set[str], written_class: re.Pattern[str]) -> set[str]:
    """The characters ``written_class`` matches among the cases of the ``written``
    characters, white space and the characters that fold oddly."""
    candidates = {
        case
        for character in written
        for case in (character, character.lower(), character.upper(), character.title())
    }
    candidates.update(_WHITESPACE, _SIGNS_FOLDING_TO_LETTERS, FOLDS_APART_CHARACTERS)
    return {c for c in candidates if len(c) == 1 and written_class.fullmatch(c)}


def case_variants(characters: Iterable[str]) -> frozenset[str]:
    """Every character the engine's case folding matches to one of ``characters``
    (found among their cases and the few that fold oddly, as ``tail_characters``
    does; tests/test_context_tails.py tries every character), and the characters
    that fold apart."""
    written = set(characters)
    if not written:
        return frozenset()
    written_class = re.compile(f"[{re.escape(''.join(sorted(written)))}]", re.IGNORECASE)
    return frozenset(_matched_cases(written, written_class).union(FOLDS_APART_CHARACTERS))


_SPACE = re.compile(r"\s")


def _solid(items: sre_parser.SubPattern | list) -> int:  # type: ignore[type-arg]
    """The fewest characters other than white space that a match of the parsed
    pattern ``items`` consumes; 0 wherever that is not plain to see (a class, a look-around)."""
    total = 0
    for op, argument in items:
        if op == sre_constants.LITERAL:
            total += _SPACE.match(chr(argument)) is None
        elif op == sre_constants.IN:
            total += all(
                kind == sre_constants.LITERAL and _SPACE.match(chr(code)) is None
                for kind, code in argument
            )
        elif op == sre_constants.SUBPATTERN:
            total += _solid(argument[-1])
        elif op == sre_constants.BRANCH:
            total += min(_solid(branch) for branch in argument[1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            total += argument[0] * _solid(argument[2])
    return total


def holds_only_space_at_times(regex: re.Pattern[str]) -> bool:
    """Some match of ``regex`` may hold nothing but white space (or nothing at all):
    ``False`` only where every match plainly holds another character."""
    return _solid(sre_parser.parse(regex.pattern, regex.flags)) == 0


class TailPattern:
    """A pattern that matches only at the end of the text ("…\\s*$"), searched
    only over the tail it can cover.

    ``re`` tries a pattern at every offset, so a look-back over a 240-character
    window costs 240 tries of a long alternation.  These patterns consume only
    the characters written in them and whitespace (no ``\\w`` or ``.`` outside
    look-arounds), so a match lies inside the longest tail of the text made of
    those characters: ``str.rstrip`` finds where it starts, and the search starts
    there.  Look-behinds still see the text before it, so every match is the one
    a search from the start finds.

    ``endings``, when given, are what every match holding more than white space ends
    with before it (the last word of each phrase it can end with, or a punctuation
    mark), in any case: most texts end otherwise, and then the one match there can be
    is at the white space that ends the text ('hơn 5' holds no copula), and none at all
    for a pattern every match of which holds more.  Testing the end of the text costs
    less than stripping the tail and searching it, and its last character (looked up
    among every case of the endings' last characters) costs less still.
    """

    def __init__(self, regex: re.Pattern[str], endings: Iterable[str] = ()) -> None:
        self.regex = regex
        self.tail_characters = tail_characters(regex)
        self.endings = tuple(sorted({ending.lower() for ending in endings}))
        self._reach = max(map(len, self.endings), default=0)
        self._last_characters = case_variants(ending[-1] for ending in self.endings)
        self._space_alone = holds_only_space_at_times(regex)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.endings:
            stripped = text.rstrip()
            # Lower-casing stands for the engine's case folding unless the end holds a
            # character that folds apart (see guards): then the tail is searched.
            if stripped[-1:] not in self._last_characters or (
                not (end := stripped[-self._reach :].lower()).endswith(self.endings)
                and FOLDS_APART.search(end) is None
            ):
                # no match holds more than the white space after ``stripped``
                if not self._space_alone:
                    return None
                return self.regex.search(text, max(pos, len(stripped)))
        return self.regex.search(text, max(pos, len(text.rstrip(self.tail_characters))))

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase ("tương đương" -> "đương"): a phrase matched
    with ``\\s+`` between its words ends the text with its last word alone."""
    return tuple(phrase.split()[-1] for phrase in phrases)


class CuedPattern:
    """A pattern every match of which holds one of a few cue words, searched only in
    a text that holds one.

    ``re`` tries a pattern that opens with a look-behind at every offset; a
    window before a number rarely holds the cue ("cách", "với"), and ``in`` on the
    lower-cased window answers that first.  Lower-casing stands for the engine's
    case folding unless the text holds a character that folds apart (see guards),
    and then the pattern is searched as it is.
    """

    def __init__(self, regex: re.Pattern[str], cues: Iterable[str]) -> None:
        self.regex = regex
        self._cues = tuple(cue.lower() for cue in cues)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        lowered = text.lower()
        if not any(cue in lowered for cue in self._cues) and FOLDS_APART.search(text) is None:
            return None
        return self.regex.search(text, pos)
