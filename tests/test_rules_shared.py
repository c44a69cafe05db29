"""The per-run memo the rules share (``claims.rules.shared``): remembering the
sentence and subject groups must change no finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.extract import build_claims, find_mentions
from claims.intervals import Iv
from claims.model import Claim
from claims.rules import RULES, RuleContext
from claims.rules.figures import numeric
from claims.rules.identifiers import misread
from claims.rules.relations import by_sentence, groups_by_head, kinds
from claims.rules.shared import Shared
from claims.text import normalize, segment

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "cases").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def _quantities(text: str) -> tuple[Claim, ...]:
    claims = build_claims(segment(text), find_mentions(text))
    return tuple(c for c in claims if not misread(c, text))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_rule_says_the_same_with_and_without_the_memo(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8"))
    quantities = _quantities(text)
    remembered = RuleContext(text=text)  # a tuple: groups computed once, shared
    for rule in RULES:
        fresh = list(rule.check(list(quantities), RuleContext(text=text)))  # a list: never
        assert list(rule.check(quantities, remembered)) == fresh, rule.id


def test_groups_are_those_of_groups_by_head_and_follow_the_claims() -> None:
    text = normalize((ROOT / "seeds" / "000_2ba98bd3a0c87d25.txt").read_text(encoding="utf-8"))
    quantities = _quantities(text)
    shared = Shared()
    for wanted in (kinds("count"), kinds("count", "money"), kinds("count", "money", "measure")):
        assert shared.groups(quantities, wanted) == dict(groups_by_head(quantities, wanted))
    assert shared.sentences(quantities) == by_sentence(quantities)
    fewer = quantities[: len(quantities) // 2]
    assert shared.sentences(fewer) == by_sentence(fewer)  # another tuple: computed anew
    assert shared.groups(fewer, kinds("count")) == dict(groups_by_head(fewer, kinds("count")))


def test_a_list_is_never_remembered() -> None:
    text = normalize((ROOT / "seeds" / "000_2ba98bd3a0c87d25.txt").read_text(encoding="utf-8"))
    claims = list(_quantities(text))
    shared = Shared()
    before = shared.sentences(claims)
    claims.pop()
    assert shared.sentences(claims) == by_sentence(claims) != before


def test_mentions_read_the_lowercased_text_and_its_slices() -> None:
    shared = Shared()
    text = "Doanh thu TĂNG 20%. Chi phí giảm."
    assert shared.mentions(text, "gấp", "tăng")
    assert not shared.mentions(text, "gấp", "bình quân")
    assert shared.mentions(text, "bình quân", "tăng")  # "tăng" remembered as present
    assert not shared.mentions("Chi phí giảm.", "tăng")  # another text: asked anew
    assert shared.mentions_within(text, 0, 19, "tăng")
    assert not shared.mentions_within(text, 0, 19, "giảm")
    assert shared.mentions_within(text, 20, len(text), "giảm")
    # "İ" lowercases to two characters: offsets into the text no longer fit the
    # lowercased whole, and the slice is lowercased instead
    shifted = "İİ tăng. Chi phí giảm."
    assert len(shifted.lower()) != len(shifted)
    assert not shared.mentions_within(shifted, 0, 8, "giảm")
    assert shared.mentions_within(shifted, 8, len(shifted), "giảm")
    assert not shared.mentions_within(shifted, 8, len(shifted), "tăng")


_BOUND = st.one_of(
    st.none(),
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
)


@given(_BOUND, _BOUND, st.booleans(), st.booleans())
@example(5, 5, False, False)
@example(5, 5, True, False)
@example(5, 5, False, True)
@example(6, 5, False, False)
@example(5.0, 5, False, False)
@example(2**60 + 1, float(2**60), False, False)
@example(None, None, False, False)
def test_numeric_is_a_nonempty_interval(
    lower: float | None, upper: float | None, lower_open: bool, upper_open: bool
) -> None:
    claim = Claim(id="c1", text="1", start=0, end=1, kind="count", sentence="", paragraph=0,
                  value=lower, lower=lower, upper=upper, lower_open=lower_open,
                  upper_open=upper_open)  # fmt: skip
    wanted = (lower is not None or upper is not None) and not Iv.of(claim).is_empty
    assert numeric(claim) == wanted


@given(
    st.text(alphabet="aăbTĂİ ", max_size=40),
    st.integers(min_value=0, max_value=45),
    st.integers(min_value=0, max_value=45),
    st.lists(st.sampled_from(["ă", "ab", "tă", "a a", "i̇"]), min_size=1, max_size=3),
)
def test_mentions_within_is_a_search_of_the_lowercased_slice(
    text: str, start: int, end: int, words: list[str]
) -> None:
    shared = Shared()
    shared.mentions(text, "x")  # the text's lowercase and places are then remembered
    piece = text[start:end].lower()
    wanted = any(word in piece for word in words)
    assert shared.mentions_within(text, start, end, *words) == wanted
    assert shared.mentions_within(text, start, end, *words) == wanted  # remembered
