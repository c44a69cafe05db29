"""Claim building: which mentions are claims, and what each one is about
(subject), where and when it holds (scope), and who says so (attribution)."""

from __future__ import annotations

from datetime import date

from claims.model import Claim, Mention
from claims.text import Segmented

_CLAIM_KINDS = frozenset(
    "count money percent fraction measure date year time age duration ordinal multiple other".split()
)


def build_claims(
    segmented: Segmented, mentions: list[Mention], *, published: date | None = None
) -> list[Claim]:
    """Claims from mentions, in text order, with ids ``c1``, ``c2``...

    Placeholder until claim building lands: no subject, scope or source.
    """
    claims: list[Claim] = []
    for mention in mentions:
        if mention.kind not in _CLAIM_KINDS:
            continue
        sentence = segmented.sentence_at(mention.start)
        claims.append(
            Claim(
                **mention.model_dump(exclude={"kind"}),
                kind=mention.kind,  # type: ignore[arg-type]
                id=f"c{len(claims) + 1}",
                sentence=segmented.sentence_text(sentence),
                paragraph=sentence.paragraph,
            )
        )
    return claims
