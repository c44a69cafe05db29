"""Claim building: which mentions are claims, and what each one is about
(subject), where and when it holds (scope), and who says so (attribution).

- ``build``: the pipeline step ``build_claims``.
- ``modifiers``: numbers inside a subject ("trẻ em dưới 6 tuổi") are not claims.
- ``subject``: the noun phrase a number counts, cut from the text (read by
  ``phrase_forward`` and ``phrase_backward`` over the tokens of ``sentence``, trimmed
  by ``phrase_cleaning``, with the word lists of ``words``).
- ``scope``: place and period; ``attribution``: the source phrase.
"""

from claims.extract.context.build import build_claims

__all__ = ["build_claims"]
