"""Extraction: Vietnamese quantity grammar (mentions) and claim building.

- ``claims.extract.grammar``: every quantity reading in a text (``find_mentions``).
- ``claims.extract.context``: turn mentions into claims with subject, scope and
  attribution (``build_claims``).
"""

from claims.extract.context import build_claims
from claims.extract.grammar import find_mentions

__all__ = ["build_claims", "find_mentions"]
