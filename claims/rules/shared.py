"""What several rules derive from the same claims, computed once per run.

Every rule groups the claims by sentence, four of them group them by the head
of their subject, and most search the lowercased text.  Done by each rule
anew, that was a third of the rules' time on real news.  ``Shared`` remembers
the results for one claims tuple and one text; the runner gives each run a
fresh one through ``RuleContext``.

Only a tuple is remembered, by identity: a list could change between two
calls, so a rule called on a list (as tests do) gets a fresh computation.
The groups handed out are shared between rules: rules read them, never
change them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from claims.model import Claim
from claims.rules.figures import numeric
from claims.rules.relations import ADDITIVE_KINDS, MAX_GROUP, by_sentence, groups_by_head
from claims.rules.subjects import head

_Derived = TypeVar("_Derived")


class Shared:
    """A per-run memo; see the module documentation."""

    __slots__ = (
        "_claims",
        "_derived",
        "_found",
        "_groups",
        "_headed",
        "_lowered",
        "_present",
        "_sentences",
        "_text",
    )

    def __init__(self) -> None:
        self._claims: tuple[Claim, ...] | None = None
        self._sentences: list[list[Claim]] | None = None
        self._headed: list[tuple[str, Claim]] | None = None
        self._groups: dict[frozenset[str], dict[str, list[Claim]]] = {}
        self._derived: dict[str, object] = {}
        self._text: str | None = None
        self._lowered = ""
        self._found: dict[tuple[str, ...], _Occurrences] = {}
        self._present: dict[str, bool] = {}

    def _remembers(self, claims: Sequence[Claim]) -> bool:
        if not isinstance(claims, tuple):
            return False
        if self._claims is not claims:
            self._claims, self._sentences, self._headed, self._groups = claims, None, None, {}
            self._derived = {}
        return True

    def derived(
        self, claims: Sequence[Claim], name: str, compute: Callable[[], _Derived]
    ) -> _Derived:
        """``compute()``, what rules derive alike from ``claims`` under ``name``, made
        once for the claims tuple (the (part, whole) pairs a cue word states are read
        by part-within-whole and by percent-of-whole)."""
        if not self._remembers(claims):
            return compute()
        if name not in self._derived:
            self._derived[name] = compute()
        return cast(_Derived, self._derived[name])

    def sentences(self, claims: Sequence[Claim]) -> list[list[Claim]]:
        """``relations.by_sentence(claims)``."""
        if not self._remembers(claims):
            return by_sentence(claims)
        if self._sentences is None:
            self._sentences = by_sentence(claims)
        return self._sentences

    def groups(self, claims: Sequence[Claim], kinds: frozenset[str]) -> dict[str, list[Claim]]:
        """``relations.groups_by_head(claims, kinds)``."""
        if not self._remembers(claims):
            return groups_by_head(claims, kinds)
        found = self._groups.get(kinds)
        if found is None:
            found = self._groups[kinds] = self._grouped(claims, kinds)
        return found

    def _grouped(self, claims: Sequence[Claim], kinds: frozenset[str]) -> dict[str, list[Claim]]:
        # groups_by_head, with each claim's head and numeric test done once for all
        # the kinds rules group (amounts: dates and years are never grouped)
        if not kinds <= ADDITIVE_KINDS:
            return groups_by_head(claims, kinds)
        if self._headed is None:
            self._headed = [
                (key, c)
                for c in claims
                if c.kind in ADDITIVE_KINDS and numeric(c) and (key := head(c))
            ]
        groups: dict[str, list[Claim]] = {}
        for key, claim in self._headed:
            if claim.kind in kinds:
                group = groups.setdefault(key, [])
                if len(group) < MAX_GROUP:
                    group.append(claim)
        return groups

    def lowered(self, text: str) -> str:
        """``text.lower()``, for rules to test their cue words before any regex runs."""
        if self._text is not text:
            self._text, self._lowered, self._found, self._present = text, text.lower(), {}, {}
        return self._lowered

    def mentions(self, text: str, *words: str) -> bool:
        """Some of ``words`` occurs in the lowercased text.  A rule whose cue
        pattern needs one of them skips a document that has none: lowercasing a
        slice gives a piece of the lowercased whole, so no slice could match."""
        lowered = self.lowered(text)
        present = self._present  # rules share cue words: each text is scanned once per word
        for word in words:
            found = present.get(word)
            if found is None:
                found = present[word] = word in lowered
            if found:
                return True
        return False

    def mentions_within(self, text: str, start: int, end: int, *words: str) -> bool:
        """Some of ``words`` occurs in ``text[start:end].lower()`` (``0 <= start``).

        Rules ask this sentence by sentence; the words' places in the text are
        found once, and each question is a binary search."""
        lowered = self.lowered(text)
        if len(lowered) != len(text):  # a letter lowercased to two: offsets differ
            piece = text[start:end].lower()
            return any(word in piece for word in words)
        found = self._found.get(words)
        if found is None:
            found = self._found[words] = _Occurrences(lowered, words)
        return found.within(start, end)


class _Occurrences:
    """Every place some words occur in a text: the starts in order and, for each,
    the earliest end of an occurrence that starts there or later."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, lowered: str, words: tuple[str, ...]) -> None:
        spans: list[tuple[int, int]] = []
        for word in words:
            at = lowered.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = lowered.find(word, at + 1)
        spans.sort()
        self._starts = [start for start, _ in spans]
        ends = [end for _, end in spans]
        for i in range(len(ends) - 2, -1, -1):
            ends[i] = min(ends[i], ends[i + 1])
        self._ends = ends

    def within(self, start: int, end: int) -> bool:
        """An occurrence lies inside ``[start, end)``."""
        first = bisect_left(self._starts, start)
        return first < len(self._ends) and self._ends[first] <= end
