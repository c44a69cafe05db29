"""A TailPattern finds exactly what a search of its pattern from the start finds,
though it starts the search at the tail of the text its matches can cover."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context import (
    conditions,
    frame_names,
    modifiers,
    name_parts,
    ordinals,
    siblings,
    words,
)
from claims.extract.context.tails import (
    CuedPattern,
    TailPattern,
    holds_only_space_at_times,
    tail_characters,
    tail_flags,
)


def _patterns(kind: type) -> dict[str, Any]:
    """Every module-level pattern of ``kind`` in the modules that define them, by name."""
    return {
        name: value
        for module in (words, modifiers, siblings, ordinals, frame_names, name_parts, conditions)
        for name, value in vars(module).items()
        if isinstance(value, kind)
    }


TAILS = _patterns(TailPattern)
PIECES = [
    *words.HEDGES,
    *words.COPULAS,
    *words.MEASURE_VERBS,
    *("cao", "đường kính", "tương đương", "tức là", "có", "dự kiến", "sẽ", "chính"),
    *("trẻ em", "Doanh thu", "TĂNG", "Hơn", "KHOẢNG", "năm 2023", "74.739", "ſ", "İ"),
    *(" ", "  ", "\n", ",", ", ", ":", "(", ")", "“", "-", "_", "5"),
    *words.TRAILING_NOISE,
    *("thiết bị", "nhà ở", "chỗ ở", "…", ";", "–", "."),
    *("PHẦN", "Cách", "top", "Top", "một", "lượt", "LƯỢT", "vòng đấu", "lần", "Lớp", "đợt"),
    *("bài", "CÂU", "từ câu", "trong số", "Trong", "của", "tham gia", "trang", "Nha", "\t"),
    *("số hiệu", "SỐ HIỆU", "tứ quý", "chia nhau", "những"),
    *("lên", "thành", "XUỐNG", "mức", "hay", "còn", "tức", "với", "dày", "nhẹ", "ngưỡng"),
    *("ĐƯƠNG", "Có", "ít", "nhất", "tăng", "quá", "ı", "K", "tıc"),
    *("đã", "khi", "chạc", "mới chỉ", "này", "ấy", "tuổi", "độ tuổi", "đủ", "Ấy", "ĐÃ"),
    *("phút", "Phút", "giây", "Giây", "ngay", "•", "trước", "PHÚT"),
]
CUED = _patterns(CuedPattern)
CUED_PIECES = [
    *("cách", "CÁCH", "Cách", "khoảng cách", "với", "VỚI", "vớı", "có", "CÓ", "cÓ"),
    *("nằm", "chỉ", "dưới", "trên", "kích cỡ", "lề đường", "İ", "ı", "ſ", "k"),
    *(" ", "  ", ",", "(", "5", "1m", "khoảng"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 40))
def test_tail_search_is_the_plain_search(pieces: list[str], pos: int) -> None:
    text = " ".join(pieces) if pos % 2 else "".join(pieces)
    pos = min(pos, len(text))
    for name, tail in TAILS.items():
        expected = tail.regex.search(text, pos)
        found = tail.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), (name, text, pos)


def test_the_patterns_are_tail_patterns_and_match_their_cues() -> None:
    assert {"HEDGES_BEFORE", "COPULA_BEFORE", "MEASURE_VERB_BEFORE", "_CO_BEFORE"} <= set(TAILS)
    found = TAILS["COPULA_BEFORE"].search("trẻ em dưới 6 tuổi là hơn ")
    assert found is not None and found.group() == "là hơn "
    assert TAILS["HEDGES_BEFORE"].search("trẻ em dưới 6 tuổi ").start() == len("trẻ em dưới 6 tuổi")


def test_a_long_tail_is_read_whole() -> None:
    """A tail of any length is stripped whole."""
    for pad in (0, 1, 23, 24, 25, 95, 96, 97, 400):
        for name, text in (
            ("COPULA_BEFORE", "trẻ em" + " " * pad + "là" + " " * pad),
            ("HEDGES_BEFORE", "số người " + "khoảng " * pad),
        ):
            found = TAILS[name].search(text)
            expected = TAILS[name].regex.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, pad)


_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_the_tail_characters_are_all_the_tail_class_matches() -> None:
    """``tail_characters`` looks only among the written characters' cases and a few
    that fold oddly; the class of the written characters and whitespace, tried on
    every character there is, matches exactly those."""
    for name, tail in TAILS.items():
        written = re.escape("".join(sorted(set(tail.regex.pattern))))
        tail_class = re.compile(rf"[{written}\s]", tail_flags(tail.regex))
        expected = set(tail_class.findall(_EVERY_CHARACTER))
        assert set(tail_characters(tail.regex)) == expected, name
        assert set(tail.tail_characters) == expected, name


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CUED_PIECES), max_size=12), st.integers(0, 40))
def test_cued_search_is_the_plain_search(pieces: list[str], pos: int) -> None:
    text = " ".join(pieces) if pos % 2 else "".join(pieces)
    pos = min(pos, len(text))
    assert {"DISTANCE_BEFORE", "_PROPERTY_BEFORE"} <= set(CUED)
    for name, cued in CUED.items():
        expected = cued.regex.search(text, pos)
        found = cued.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), (name, text, pos)


def test_a_cue_that_folds_apart_is_still_searched() -> None:
    """'ı' (dotless) matches 'i' in the engine's case folding, not in ``str.lower``."""
    for name, text in (
        ("_PROPERTY_BEFORE", "vớı kích cỡ "),
        ("_PROPERTY_BEFORE", "VỚI kích cỡ chỉ dưới "),
        ("DISTANCE_BEFORE", "nằm CÁCH lề đường "),
    ):
        found = CUED[name].search(text)
        assert found is not None and found.span() == (0, len(text)), (name, text)


def test_a_group_that_ignores_case_is_found_in_every_case() -> None:
    """'(?i:lượt)' matches 'LƯỢT' though the pattern's flags keep case: the tail holds
    every case of the written letters whenever some group ignores case."""
    for name, text in (
        ("_STAGE_COUNT_BEFORE", "trận LƯỢT "),
        ("_LABEL_NOUN_BEFORE", "học sinh LỚP "),
        ("_QUESTION_RUN_BEFORE", "TỪ CÂU "),
        ("_LABEL_BEFORE", "biển số TỨ quý "),
    ):
        expected = TAILS[name].regex.search(text)
        found = TAILS[name].search(text)
        assert expected is not None and found is not None, (name, text)
        assert found.span() == expected.span(), (name, text)


def test_the_last_characters_are_every_case_of_the_endings_last_characters() -> None:
    """A text whose last character is none of ``_last_characters`` ends with no ending
    in any case the engine folds to: tried on every character there is."""
    for name, tail in TAILS.items():
        lasts = "".join(sorted({ending[-1] for ending in tail.endings}))
        if not lasts:
            continue
        last_class = re.compile(f"[{re.escape(lasts)}]", re.IGNORECASE)
        assert set(last_class.findall(_EVERY_CHARACTER)) <= tail._last_characters, name


def test_a_pattern_holds_only_space_at_times_unless_each_match_plainly_holds_more() -> None:
    for regex, expected in (
        (r"\s*$", True),
        (r"(?:\s*(?:khoảng|gần))*\s*$", True),
        (r"(?:a|\s)+$", True),
        (r"[^\d]\s*$", True),
        (r"(?<!\w)có\s*$", False),
        (r"(?<![^\W_])(?i:từ|đến)[ \t]+(?i:câu)[ \t]+$", False),
        (r"(?:x{2}|[ab])\s*$", False),
        (r"(?:x{0}|[ab])\s*$", True),
    ):
        assert holds_only_space_at_times(re.compile(regex)) is expected, regex
    assert holds_only_space_at_times(TAILS["HEDGES_BEFORE"].regex)
    for name, tail in TAILS.items():
        if not holds_only_space_at_times(tail.regex):
            for blank in ("", " ", "\t \n", "là ", "có  "):
                found = tail.regex.search(blank, len(blank.rstrip()))
                assert found is None, (name, blank)
