"""The ordered registry of checks that a mention states no quantity.

A mention that one of ``NO_QUANTITY_CHECKS`` rejects is no claim: it names a
thing, a period, a class or a label, or restates a count told before.  The
checks run in their order and the first that rejects a mention decides.  Each
says in its docstring what it rejects and makes its cheap tests (the kind, the
unit, the next characters) before any regex.

Most checks read only the mention and the article's text (a ``Check``), and are
listed as they are: a new one is one line of the registry.  The few that read
more of the article (the periods its sentences name, the counts that restate
others) are ``ArticleCheck`` classes, made once for each article by ``checks_for``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection

from claims.extract.context.bylines import stamps_a_byline
from claims.extract.context.calibres import names_a_calibre
from claims.extract.context.frame_names import names_a_frame
from claims.extract.context.frames import frames_another
from claims.extract.context.glosses import glosses_a_name
from claims.extract.context.name_parts import names_no_quantity
from claims.extract.context.non_claims import states_no_claim
from claims.extract.context.pronouns import counts_no_one
from claims.extract.context.scope import SentenceScopes
from claims.extract.context.specs import specifies_a_kind
from claims.model import Mention

Check = Callable[[str, Mention], bool]
"""True when the mention, read in the article's text, states no quantity."""


class ArticleFacts:
    """What an ``ArticleCheck`` reads beyond the text: the periods of the article's
    sentences (``scopes``), the counts that restate earlier ones (``restated``, by
    ``id``), and ``index``, the sentence whose mentions are being checked, which
    ``build_claims`` sets before it checks them."""

    __slots__ = ("index", "restated", "scopes")

    def __init__(self, scopes: SentenceScopes, restated: Collection[int]) -> None:
        self.scopes = scopes
        self.restated = restated
        self.index = 0


class ArticleCheck(ABC):
    """A check that reads more of the article than its text, made for each article."""

    __slots__ = ("facts",)

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts

    @abstractmethod
    def rejects(self, text: str, mention: Mention) -> bool:
        """The ``Check`` this makes for its article."""


def an_identifier(text: str, mention: Mention) -> bool:
    """Rejects an identifier: a document number, 'lớp 1', 'COVID-19' name things."""
    return mention.kind == "identifier"


class NamesAPeriod(ArticleCheck):
    """Rejects '6 tháng' in '6 tháng đầu năm', which names the period; '3 năm' in 'cách
    đây 3 năm' or 'hai tuần trước' is the period's scope for the other figures and a
    time elapsed that the writer states (gold labels it a duration), so it stays.
    Only a duration's sentence has its periods read."""

    __slots__ = ()

    def rejects(self, text: str, mention: Mention) -> bool:
        if mention.kind != "duration":
            return False
        facts = self.facts
        return any(
            p.start <= mention.start and mention.end <= p.end and not _TIME_AGO.search(p.text)
            for p in facts.scopes.periods(facts.index)
        )


_TIME_AGO = re.compile(r"^[Cc]ách đây|trước$")
"""A period told as a time ago: 'cách đây hai năm', 'hai năm trước'."""


class RestatesACount(ArticleCheck):
    """Rejects a count that refers back to things already counted or pointed at ('3 tên
    trộm' after 'Một nhóm 3 siêu trộm', 'hai đứa con này'; ``restated``)."""

    __slots__ = ()

    def rejects(self, text: str, mention: Mention) -> bool:
        return id(mention) in self.facts.restated


NO_QUANTITY_CHECKS: tuple[Check | type[ArticleCheck], ...] = (
    an_identifier,
    NamesAPeriod,
    states_no_claim,  # a pronoun, a class description, a lunar date, an idiom, a link
    frames_another,  # a window, a run of recent matches, a horizon, '100%' as speech
    specifies_a_kind,  # spokes, a test speed, a weight class, a grade, a generation
    names_no_quantity,  # a ranking list's size, an era, both sides, a while, a label
    names_a_frame,  # a class, a stage, an item's label, an edition, a list's size
    glosses_a_name,  # the clock hours that gloss a double-hour's name
    names_a_calibre,  # the millimetres of a weapon's bore
    stamps_a_byline,  # the time and date a page was published, after its byline
    counts_no_one,  # 'hai đứa', 'hai bạn' as a pronoun, 'như 1 …', 'là 1 …' as an article
    RestatesACount,
)
"""Every check, in the order it runs: the first that rejects a mention decides."""


def checks_for(facts: ArticleFacts) -> tuple[Check, ...]:
    """``NO_QUANTITY_CHECKS`` for one article: each ``ArticleCheck`` made on ``facts``
    (its bound ``rejects``, cheaper to call than an instance)."""
    return tuple(
        check(facts).rejects if isinstance(check, type) else check for check in NO_QUANTITY_CHECKS
    )


def states_no_quantity(checks: tuple[Check, ...], text: str, mention: Mention) -> bool:
    """One of ``checks`` (``checks_for``) rejects ``mention``.  A plain loop, not
    ``any`` over a generator: this runs for every mention of every article."""
    for check in checks:  # noqa: SIM110
        if check(text, mention):
            return True
    return False
