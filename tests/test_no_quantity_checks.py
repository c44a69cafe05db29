"""The registry of no-quantity checks: each check says what it rejects and is
listed once, in the order ``build_claims`` runs them."""

from __future__ import annotations

from claims.extract.context import no_quantity
from claims.extract.context.guards import Vocabularies
from claims.extract.context.no_quantity import (
    NO_QUANTITY_CHECKS,
    ArticleCheck,
    ArticleFacts,
    checks_for,
)
from claims.extract.context.scope import SentenceScopes


def test_every_check_says_what_it_rejects() -> None:
    for check in NO_QUANTITY_CHECKS:
        doc = check.__doc__ or ""
        assert doc.startswith(("Rejects ", "True for ")), check.__name__


def test_every_check_is_listed_once() -> None:
    names = [check.__name__ for check in NO_QUANTITY_CHECKS]
    assert len(names) == len(set(names))
    made_here = {
        value
        for value in vars(no_quantity).values()
        if isinstance(value, type) and issubclass(value, ArticleCheck) and value is not ArticleCheck
    }
    assert made_here <= set(NO_QUANTITY_CHECKS), "an article check left out of the registry"


def test_an_article_gets_every_check_in_order() -> None:
    facts = ArticleFacts(SentenceScopes("", [], Vocabularies("", [])), set())
    checks = checks_for(facts)
    assert len(checks) == len(NO_QUANTITY_CHECKS)
    for made, listed in zip(checks, NO_QUANTITY_CHECKS, strict=True):
        assert made is listed or type(getattr(made, "__self__", None)) is listed
    assert checks[0] is no_quantity.an_identifier
