"""Vietnamese quantity grammar: numbers, scale words, number words, hedges,
units and dates, read into interval-valued ``Mention`` objects."""

from __future__ import annotations

import re
from datetime import date

from claims.model import Mention

_PLACEHOLDER = re.compile(r"\d+(?:[.,]\d+)*")


def find_mentions(text: str, *, published: date | None = None) -> list[Mention]:
    """Every quantity reading in ``text``, in order of offset.

    Placeholder until the grammar lands: bare digit groups as exact counts.
    """
    mentions: list[Mention] = []
    for match in _PLACEHOLDER.finditer(text):
        digits = match.group().replace(".", "").replace(",", ".")
        try:
            value: float | int = int(digits)
        except ValueError:
            value = float(digits)
        mentions.append(
            Mention(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                kind="count",
                value=value,
                lower=value,
                upper=value,
            )
        )
    return mentions
