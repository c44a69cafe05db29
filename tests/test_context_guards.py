"""Guards skip a sentence-wide scan only where it cannot match: every match of a
guarded pattern holds one of its guard's words, on crafted phrases and on every
sentence of real articles."""

from __future__ import annotations

import re
import sys
from re import _casefix  # type: ignore[attr-defined]

import pytest

from claims.extract.context import attribution, guards, period_pattern, scope
from claims.extract.context.guards import FOLDS_APART, Guard, vocabulary
from tests.conftest import open_sentences

GUARDED: list[tuple[str, re.Pattern[str], Guard]] = [
    ("named place", scope._NAMED, scope._NAMED_GUARD),
    ("province", scope._ALONE, scope._ALONE_GUARD),
    ("whole country", scope._WHOLE, scope._WHOLE_GUARD),
    ("whole unit", scope._WHOLE_UNIT, scope._WHOLE_UNIT_GUARD),
    ("period", period_pattern.PERIOD_FLAT, scope._PERIOD_GUARD),
    ("theo", attribution._THEO, attribution._THEO_GUARD),
    ("speaker", attribution._SPEAKER_VERB, attribution._SPEAKER_GUARD),
    ("data of", attribution._DATA_OF, attribution._DATA_GUARD),
    ("data shows", attribution._DATA_SHOWS, attribution._DATA_GUARD),
]

CRAFTED = [
    "Tại TP.HCM, Bà Rịa-Vũng Tàu và toàn tỉnh Lạng Sơn, trên cả nước, cả huyện",
    "TPHCM, Tp. Thủ Đức, Thị xã Sơn Tây, phường 5, Quận 1, Xã Tân Lập, thành phố Huế",
    "Cách đây hai năm, ba tháng trước, 6 tháng đầu năm nay, quý III/2024, dịp Tết",
    "Tết Nguyên Đán, kể từ 2010, Giai đoạn 2021-2025, trước đó, năm học 2023-2024",
    "Ngày 6/7, tháng 5/2017, Từ đầu năm 2024 đến nay, 2 tuần trước",
    "Theo Bộ Y tế, ông A cho phóng viên biết, bà B nói, Số liệu của Tổng cục Thống kê",
    "Kết quả khảo sát từ Viện X cho thấy, Dữ liệu vận tải từ Eikon cho thấy",
]


def _check(text: str, start: int, end: int) -> list[str]:
    """Names of the guards that would skip a pattern matching ``text[start:end]``."""
    words = vocabulary(text, start, end)
    return [
        name
        for name, pattern, guard in GUARDED
        if not guard.admits(words) and pattern.search(text, start, end) is not None
    ]


@pytest.mark.parametrize("text", CRAFTED)
def test_guards_admit_every_form(text: str) -> None:
    assert _check(text, 0, len(text)) == []


def test_every_guarded_pattern_matches_a_crafted_phrase() -> None:
    # Otherwise the check above would pass whatever the guards say.
    unmatched = [
        name for name, pattern, _ in GUARDED if not any(pattern.search(t) for t in CRAFTED)
    ]
    assert unmatched == []


def test_a_sentence_without_guard_words_skips_the_scans() -> None:
    words = vocabulary("Doanh thu đạt 300 tỷ đồng.", 0, 26)
    assert words is not None
    assert not any(guard.admits(words) for _, _, guard in GUARDED)


def test_characters_that_fold_apart_disable_guards() -> None:
    # "ſ" (long s) matches "s" case-insensitively in re but not in str.lower().
    assert vocabulary("Doanh thu ſố liệu", 0, 17) is None


def test_folds_apart_is_every_character_lower_case_does_not_cover() -> None:
    import _sre

    expected = {chr(k) for k in _casefix._EXTRA_CASES}
    expected |= {chr(v) for values in _casefix._EXTRA_CASES.values() for v in values}
    for code in range(sys.maxunicode + 1):
        lowered = chr(code).lower()
        if len(lowered) != 1 or ord(lowered) != _sre.unicode_tolower(code):
            expected.add(chr(code))
    listed = set(FOLDS_APART.pattern[1:-1])
    assert listed == {c for c in expected if not c.isascii()}


def test_guards_on_real_sentences() -> None:
    missed: list[tuple[str, str]] = []
    for text, sentence in open_sentences(400):
        for name in _check(text, sentence.start, sentence.end):
            missed.append((name, text[sentence.start : sentence.end][:80]))
    assert missed == []


def test_digit_like_is_every_character_isdigit_holds() -> None:
    from claims.extract.context.attribution import _DIGIT_LIKE

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(_DIGIT_LIKE.findall(every)) == {c for c in every if c.isdigit()}


def test_a_vocabulary_keeps_what_the_guards_ask() -> None:
    """Only the guards' words are kept: each guard answers as on all the words."""
    for text in CRAFTED:
        kept = vocabulary(text, 0, len(text))
        every = frozenset(re.findall(r"\w+", text.lower()))
        assert kept is not None and kept < every
        for _, _, guard in GUARDED:
            assert guard.admits(kept) == guard.admits(every)


def _flat_vocabulary(text: str, start: int, end: int) -> frozenset[str] | None:
    """The vocabulary as first written: every ``\\w+`` run of the lower-cased sentence."""
    sentence = text[start:end]
    if FOLDS_APART.search(sentence):
        return None
    return guards._GUARD_WORDS.intersection(re.findall(r"\w+", sentence.lower()))


VOCABULARY_EDGES = [
    "Năm 2023, (tháng 5) và quý_III/2024: kể-từ…tết «Ngày» x_năm năm\u00a0tháng\u2003tuần",
    "TP.HCM; Tp.Thủ Đức!Xã\tTân Lập\nphường5 ²năm ½tháng ٣ngày",
    "",
]


@pytest.mark.parametrize("text", CRAFTED + VOCABULARY_EDGES)
def test_vocabulary_is_the_guard_words_among_the_word_runs(text: str) -> None:
    assert vocabulary(text, 0, len(text)) == _flat_vocabulary(text, 0, len(text))


def test_vocabulary_on_real_sentences() -> None:
    for text, sentence in open_sentences(3000):
        start, end = sentence.start, sentence.end
        assert vocabulary(text, start, end) == _flat_vocabulary(text, start, end)


def test_no_word_character_is_a_space() -> None:
    # vocabulary reads the word runs token by token: none may hold a space
    assert not [
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and re.match(r"\w", c)
    ]
