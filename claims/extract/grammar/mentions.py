"""Mentions built without pydantic's validation, on the scanner's hot path.

The grammar builds each mention from values valid by construction: offsets and
a slice of the text, a kind and a qualifier from the ``Literal`` sets, numbers
from ``to_number``.  Validating them again in ``Mention(...)`` cost about a
tenth of ``find_mentions``.  ``trusted_mention`` makes the object ``Mention(...)``
would make from the same fields: every field in declaration order, the
given ones as the fields set.  The property tests (``test_grammar_properties``)
round-trip every mention through ``Mention.model_validate`` to hold the contract.
"""

from __future__ import annotations

from claims.model import Mention

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
