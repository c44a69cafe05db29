"""Mentions built without pydantic's validation, on the scanner's hot path.

The grammar builds each mention from values valid by construction: offsets and
a slice of the text, a kind and a qualifier from the ``Literal`` sets, numbers
from ``to_number``.  Validating them again in ``Mention(...)`` cost about a
tenth of ``find_mentions``.  ``trusted_mention`` makes the object ``Mention(...)``
would make from the same fields: every field in declaration order, the
given ones as the fields set.  The property tests (``test_grammar_properties``)
round-trip every mention through ``Mention.model_validate`` to hold the contract.

The builders below are the mentions every reading returns: an identifier, a
plain value, a quantity with its bounds, a fraction.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from claims.extract.grammar.cues import Cue
from claims.extract.grammar.hedges import Bounds, bounds_for
from claims.extract.grammar.identifiers import IDENTIFIER_TAIL
from claims.extract.grammar.numbers import Figure, to_number
from claims.model import Mention, MentionKind, Qualifier

_DEFAULTS = {name: field.default for name, field in Mention.model_fields.items()}
"""Every field with its default, in declaration order (which ``{**_DEFAULTS, **given}`` keeps)."""
_new = object.__new__
_set = object.__setattr__


def trusted_mention(given: dict[str, object]) -> Mention:
    """``Mention(**given)`` without the checks; ``given`` names the fields it sets."""
    mention = _new(Mention)
    _set(mention, "__dict__", {**_DEFAULTS, **given})
    _set(mention, "__pydantic_fields_set__", set(given))
    _set(mention, "__pydantic_extra__", None)
    _set(mention, "__pydantic_private__", None)
    return mention


def quantity_mention(
    text: str,
    start: int,
    end: int,
    kind: MentionKind,
    value: int | float | str | None,
    bounds: Bounds,
    unit: str | None,
    qualifier: Qualifier,
    per: str | None = None,
) -> Mention:
    """A mention with its value, its bounds and what they are of."""
    return trusted_mention(
        {
            "text": text[start:end],
            "start": start,
            "end": end,
            "kind": kind,
            "value": value,
            "lower": bounds.lower,
            "upper": bounds.upper,
            "lower_open": bounds.lower_open,
            "upper_open": bounds.upper_open,
            "unit": unit,
            "qualifier": qualifier,
            "per": per,
        }
    )


def identifier(text: str, start: int, end: int) -> Mention:
    """A number that names something; swallows glued letters ('1A', '4G')."""
    glued = IDENTIFIER_TAIL.match(text, end)
    if glued is not None:
        end = glued.end()
    return trusted_mention(
        {"text": text[start:end], "start": start, "end": end, "kind": "identifier"}
    )


def plain_mention(
    text: str,
    start: int,
    end: int,
    kind: MentionKind,
    value: int | float | str | None,
    *,
    unit: str | None = None,
    numerator: int | float | None = None,
    denominator: int | float | None = None,
    lower: int | float | None = None,
    upper: int | float | None = None,
    qualifier: Qualifier = "exact",
    upper_open: bool = False,
    per: str | None = None,
) -> Mention:
    return trusted_mention(
        {
            "text": text[start:end],
            "start": start,
            "end": end,
            "kind": kind,
            "value": value,
            "lower": lower,
            "upper": upper,
            "unit": unit,
            "qualifier": qualifier,
            "numerator": numerator,
            "denominator": denominator,
            "upper_open": upper_open,
            "per": per,
        }
    )


def fraction_mention(text: str, start: int, end: int, terms: tuple[int, int], cue: Cue) -> Mention:
    """The fraction a/b at [start, end), bent by a hedge before it.

    'Hơn 2/3 số hộ' = (2/3, 1]: a hedge bends a fraction as it bends any number,
    its step one b-th (the next fraction a writer with this denominator could print).
    """
    a, b = terms
    share = Decimal(a) / Decimal(b)
    qualifier: Qualifier = "exact"
    if cue.kind == "hedge" and cue.qualifier is not None:
        qualifier, start = cue.qualifier, cue.start
    step = Decimal(1) / Decimal(b)
    bounds = bounds_for(Figure(share, step, step), qualifier)
    return trusted_mention(
        {
            "text": text[start:end],
            "start": start,
            "end": end,
            "kind": "fraction",
            "value": to_number(share),
            "lower": bounds.lower,
            "upper": bounds.upper,
            "lower_open": bounds.lower_open,
            "upper_open": bounds.upper_open,
            "qualifier": qualifier,
            "numerator": a,
            "denominator": b,
        }
    )


def displaced_by(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """``mentions`` with every one that a ``found`` mention overlaps left out and the
    found ones put in, in text order: a later pass that reads a span whole ('Kane 22'',
    'từ 4, 5 giờ') in place of the pieces the scanner read there."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


def reread_each(
    mentions: list[Mention], reread: Callable[[Mention], Mention | None]
) -> list[Mention]:
    """``mentions`` with each one that ``reread`` reads anew (same span or its head, another
    reading) replaced by its new reading: the passes that see a kind the scanner could not tell
    from the words around it ('từ 10-18 giờ' a time of day, 'trong khoảng 1 giờ' a span)."""
    return [reread(mention) or mention for mention in mentions]
