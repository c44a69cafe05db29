"""The counts of one value an article has told so far, indexed for ``repeated_counts.repeats``.

``repeats`` asks whether some earlier count of the same value, in an earlier sentence,
counts the same noun and has one of a few signs: it lies in the body, it is exact, it
was itself pointed back at, or it was not and is said with a given predicate.  Asked by
testing every earlier count, an article that tells one figure thousands of times ('Có
120 xã.' on every line of a table) took time in the square of their number.

Here the earlier counts are grouped by what ``repeats`` compares (their counted noun
and casualty word), and each group keeps, per sign, the least ``k``, the index in the
article's sentence ends of the first end at or after one of its counts with that sign.
A count that starts where ``at`` ends lie before it follows a sentence end after an
earlier count exactly when that count's ``k`` is below ``at``; so each group answers in
one comparison, and the answer is the one the test of every earlier count gave.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

NEVER = sys.maxsize
"""The least ``k`` of a sign no count of the group has: never below any ``at``."""


class Group:
    """The earlier counts of one value with one counted noun and casualty word."""

    __slots__ = ("exact", "in_body", "pointed", "unpointed")

    def __init__(self) -> None:
        self.in_body = NEVER
        self.exact = NEVER
        self.pointed = NEVER
        self.unpointed: dict[tuple[str, ...], int] = {}
        """Per predicate, the least ``k`` of the counts not pointed back at."""


class Told:
    """The earlier counts of one value (see the module documentation)."""

    __slots__ = ("_groups",)

    def __init__(self) -> None:
        self._groups: dict[tuple[tuple[str, ...], str], Group] = {}

    def add(
        self,
        noun: tuple[str, ...],
        casualty: str,
        k: int,
        *,
        in_body: bool,
        exact: bool,
        pointed: bool,
        said: tuple[str, ...],
    ) -> None:
        group = self._groups.get((noun, casualty))
        if group is None:
            group = self._groups[noun, casualty] = Group()
        if in_body:
            group.in_body = min(group.in_body, k)
        if exact:
            group.exact = min(group.exact, k)
        if pointed:
            group.pointed = min(group.pointed, k)
        else:
            group.unpointed[said] = min(group.unpointed.get(said, NEVER), k)

    def groups(self) -> Iterator[tuple[tuple[str, ...], str, Group]]:
        """Each group with its counted noun and casualty word."""
        for (noun, casualty), group in self._groups.items():
            yield noun, casualty, group
