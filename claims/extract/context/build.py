"""From mentions to claims: drop identifiers and subject modifiers, then give
each claim its sentence, subject, scope and source."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from claims.extract.context.attribution import SentenceSources
from claims.extract.context.guards import Vocabularies
from claims.extract.context.modifiers import subject_modifiers
from claims.extract.context.no_quantity import ArticleFacts, checks_for, states_no_quantity
from claims.extract.context.recent_spans import recent_scopes
from claims.extract.context.restated import restated_counts
from claims.extract.context.scope import SentenceScopes, nearest
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.subject import subject_of
from claims.model import Claim, Mention, Scope
from claims.text import Segmented, Sentence


def build_claims(
    segmented: Segmented, mentions: list[Mention], *, published: date | None = None
) -> list[Claim]:
    """Claims from mentions, in text order, with ids ``c1``, ``c2``...

    ``published`` is accepted for the contract; scope is what the text states.
    """
    text = segmented.text
    claims: list[Claim] = []
    # Scope and attribution are read only for sentences with claims (and what
    # carries to them), the sentence's words only where a subject is read.
    vocabularies = Vocabularies(text, segmented.sentences)
    scopes = SentenceScopes(text, segmented.sentences, vocabularies)
    sources = SentenceSources(text, segmented.sentences, vocabularies)
    # Counts that refer back to things already counted or pointed at ('3 tên trộm'
    # after 'Một nhóm 3 siêu trộm', 'hai đứa con này'): read over the whole article.
    restated = restated_counts(text, mentions)
    # Identifiers, named periods, classes, labels and restated counts state no
    # quantity: the checks of the registry no_quantity.NO_QUANTITY_CHECKS, in order.
    facts = ArticleFacts(scopes, restated)
    checks = checks_for(facts)
    for sentence, inside in _by_sentence(segmented, mentions):
        index = facts.index = sentence.index
        bounds = (sentence.start, sentence.end)
        counted = [m for m in inside if not states_no_quantity(checks, text, m)]
        # A recent span ('Trong 3 năm qua, ... xây 20 nhà') that only delimits another
        # figure of the sentence is its scope (recent_spans).
        windows = recent_scopes(text, counted)
        if windows:
            counted = [m for i, m in enumerate(counted) if i not in windows]
        modifier_indices = subject_modifiers(text, counted, bounds)
        claim_mentions = [m for i, m in enumerate(counted) if i not in modifier_indices]
        if not claim_mentions:
            continue
        kept = {id(m) for m in counted}
        transparent = [m for m in inside if id(m) not in kept] + [
            counted[i] for i in sorted(modifier_indices)
        ]
        found_sources = sources.covering(index)
        # Without a source of its own, every claim of the sentence takes the paragraph's
        # "Theo …" (paragraph_source): read once for the sentence, not once per claim.
        carried = None if found_sources else sources.paragraph_source(index)
        words = SentenceWords(text, sentence.start, sentence.end, claim_mentions, transparent)
        sentence_text = segmented.sentence_text(sentence)
        done: list[tuple[Mention, str]] = []
        for mention in claim_mentions:
            subject = subject_of(words, mention, done)
            if subject is not None:
                done.append((mention, subject))
            source = nearest(found_sources, mention, overlap=True) if found_sources else carried
            if source is None and found_sources:
                source = sources.paragraph_source(index)
            claims.append(
                _claim(
                    mention,
                    id=f"c{len(claims) + 1}",
                    sentence=sentence_text,
                    paragraph=sentence.paragraph,
                    subject=subject,
                    scope=scopes.scope(index, mention),
                    source=source,
                )
            )
    return claims


def _by_sentence(
    segmented: Segmented, mentions: list[Mention]
) -> Iterator[tuple[Sentence, list[Mention]]]:
    """Every sentence that has mentions (by start offset), with them, in text
    order.  A mention belongs to the last sentence starting at or before it
    (the first sentence takes any before it): found by bisection, so the many
    sentences without a number cost nothing."""
    sentences = segmented.sentences
    starts = [s.start for s in sentences]
    grouped: dict[int, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        index = max(0, bisect_right(starts, mention.start) - 1)
        grouped.setdefault(index, []).append(mention)
    for index, inside in grouped.items():
        yield sentences[index], inside


_CLAIM_FIELDS_SET = frozenset(Claim.model_fields) - {"verdict", "findings"}


def _claim(
    mention: Mention,
    *,
    id: str,
    sentence: str,
    paragraph: int,
    subject: str | None,
    scope: Scope,
    source: str | None,
) -> Claim:
    """``Claim(**mention fields, id=..., ...)`` without validating again, as
    ``Claim.judged`` copies: the mention was validated when the grammar made it
    (its kind is a claim kind: identifiers were left out), the other fields are
    typed here, and pydantic's validation cost more than the rest of building a
    claim.  tests/test_context.py re-validates every claim of the seed articles."""
    claim = object.__new__(Claim)
    _set = object.__setattr__
    _set(
        claim,
        "__dict__",
        {
            **mention.__dict__,
            "id": id,
            "sentence": sentence,
            "paragraph": paragraph,
            "subject": subject,
            "scope": scope,
            "source": source,
            "verdict": "unsourced",
            "findings": [],
        },
    )
    _set(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS_SET))
    _set(claim, "__pydantic_extra__", None)
    _set(claim, "__pydantic_private__", None)
    return claim
