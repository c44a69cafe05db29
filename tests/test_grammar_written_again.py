"""The checks that ask whether an article writes a phrase again find its places with
``str.find`` (``written_again``) where they searched the text with a pattern made for the
phrase: each must answer as that search did, on news articles and on crafted edges.
``_searched_*`` below are the searches as they stood."""

from __future__ import annotations

import re
from itertools import islice
from types import SimpleNamespace
from typing import Any

import pytest

from claims.extract.grammar import capitalised_names, event_editions, named_numbers
from claims.extract.grammar.capitalised_names import CapitalisedNames
from claims.extract.grammar.event_editions import EventEditions
from claims.extract.grammar.model_numbers import ModelNumbers
from claims.extract.grammar.named_numbers import named_in_full
from claims.extract.grammar.number_followers import follower
from claims.text import normalize
from tests.conftest import VNNEWS, iter_open_vnnews


def _searched_said_again(text: str, start: int, end: int, name: str) -> bool:
    number = re.escape(text[start:end])
    again = rf"(?<![\w.,]){number}[ \t]+{re.escape(name)}(?![^\W_])"
    return any(found.start() != start for found in re.finditer(again, text))


def _searched_named_again(text: str, name: str, start: int, end: int) -> bool:
    spaced = r"[ \t]+".join(re.escape(word) for word in name.split())
    pattern = rf"(?<![^\W_]){spaced}[ \t]+{text[start:end]}(?![\d.,]\d|[^\W_])"
    here = follower(text, end)
    return any(
        found.end() != end and follower(text, found.end()) != here
        for found in re.finditer(pattern, text)
    )


def _searched_elsewhere(text: str, name: str) -> bool:
    word = name.split()[-1]
    return re.search(rf"[^\W\d_,][ \t]+{re.escape(word)}(?![^\W_])", text) is not None


def _searched_model_elsewhere(text: str, word: str, number: str) -> bool:
    model = rf"[^\W\d_,][ \t]+{re.escape(word)}[ \t]+{re.escape(number)}(?![\d.,]\d|[^\W_])"
    return re.search(model, text) is not None


def _searched_as_event(text: str, acronym: str) -> bool:
    heads = event_editions._EVENT_HEADS
    named = rf"{heads}[^.,;:!?\n]{{0,60}}(?<![\w.]){acronym}(?![^\W_])"
    return re.search(named, text) is not None


def _searched_in_full(text: str, start: int, end: int) -> bool:
    """``named_in_full`` with the search it made."""
    word = text[start:end]
    before = text[max(0, start - 3) : start].rstrip(' \t"“(')
    if not before or before[-1] in named_numbers._SENTENCE_ENDS:
        return False
    if named_numbers.NOUN_TAIL.match(text, end) or named_numbers.read_tail(text, end).unit_found:
        return False
    full = rf"{named_numbers._FULL_NAME_WORDS}{re.escape(word)}(?![^\W_]|[ \t]+[A-ZĐ\d])"
    return re.search(full, text) is not None


_NAME_THEN_NUMBER = re.compile(r"(?<![^\W_])(?=([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]+(\d+))")
_NUMBER_THEN_LATIN = re.compile(r"(?<![\d])(\d{3,})(?=[ \t]+([A-Z][a-z][A-Za-z]*))")
_LATIN_THEN_NUMBER = re.compile(r"(?<![^\W_])([A-Za-z]+)[ \t]+(\d[\d.,]*)")
_ACRONYM = re.compile(r"(?<![^\W_])[A-Z]{3,}(?![^\W_])")
_CAPITALISED = re.compile(r"(?<![^\W_])[A-ZĐ][^\W\d_]*")


def _compare(text: str) -> int:
    """Every check asked about every place it could be, old and new; how many asked."""
    scanner: Any = SimpleNamespace(text=text)
    asked = 0
    for found in _NAME_THEN_NUMBER.finditer(text):
        name, number = found.group(1), found.group(2)
        start = text.index(number, found.start() + len(name))
        for words in {name, name.split()[-1]}:
            expected = _searched_named_again(text, words, start, start + len(number))
            got = CapitalisedNames._named_again(scanner, words, start, start + len(number))
            assert got == expected, (words, number, start)
            asked += 1
    for found in _NUMBER_THEN_LATIN.finditer(text):
        start, end = found.span(1)
        expected = _searched_said_again(text, start, end, found.group(2))
        got = CapitalisedNames._model_said_again(scanner, start, end)
        if capitalised_names.read_tail(text, end).unit_found:
            continue  # asked only without a unit
        assert got == expected, found.group()
        asked += 1
    for found in _LATIN_THEN_NUMBER.finditer(text):
        word, number = found.groups()
        assert ModelNumbers._named_elsewhere(scanner, word) == _searched_elsewhere(text, word)
        expected = _searched_model_elsewhere(text, word, number)
        assert ModelNumbers._model_named_elsewhere(scanner, word, number) == expected
        asked += 2
    for found in _ACRONYM.finditer(text):
        expected = _searched_as_event(text, found.group())
        assert EventEditions._named_as_event(scanner, found.group()) == expected, found.group()
        asked += 1
    for found in _CAPITALISED.finditer(text):
        expected = _searched_in_full(text, *found.span())
        assert named_in_full(text, *found.span()) == expected, found.group()
        asked += 1
    return asked


CRAFTED = (
    "Teaser mới của Nắng 2 mở đầu. Nắng 2 còn có Nắng\t2, và Nắng  2.5 hay xNắng 2 hoặc Nắng 2",
    "Hàm Cá Mập 2 và 3; Hàm Cá Mập 2 và Cá Mập 2 rồi Cá  Mập\t2 nữa, Hà Hà 2 và Hà Hà Hà 2",
    "1299 Ducati Superleggera ... Video 1299 Ducati. chiếc 1299 Superleggera, x1299 Ducati, "
    ".1299 Ducati, 1299 Ducatis, 1299  Ducati, 11299 Ducati, 1299 Ducati",
    "Peugeot 308 2017. Mẫu Peugeot 308 mới, 3 Peugeot 308, ,Peugeot 308, Peugeot 3081, "
    "Peugeot 308.5, Peugeot 308a, Peugeot\t308 và Peugeot  308",
    "Cuộc thi viết thư quốc tế UPU lần thứ 46. gửi thư UPU lần 46, Hội nghị APPF, "
    "Hội nghị, APPF, giải xAPPF, Giải đấu APPFX và APPF.",
    # rows where one edge alone decides
    "Xe 1299 Ducati mới. Bản .1299 Ducati",
    "Xe 1299 Ducati mới. Bản _1299 Ducati",
    "Xe 1299 Ducati mới. Bản 1299\tDucati",
    "Xe 1299 Ducati mới. Bản 1299 Ducati_",
    "Hội nghị APPF. Họp .APPF",
    "Hội nghị lớn _APPF",
    "Hội nghị lớn của khối, APPF",
    "Hội nghị APPF_",
    "Phim Nắng 2 mở đầu. xNắng 2 hay",
    "Phim Nắng 2 mở đầu. _Nắng 2 hay",
    "Phim Nắng 2 mở đầu. .Nắng 2 hay",
    "Phim Nắng 2 mở đầu. Nắng 2.5 hay",
    "Phim Nắng 2 mở đầu. Nắng 2,",
    "Mẫu Peugeot 308 mới. 3 Peugeot 308 và",
    "Mẫu Peugeot 308 mới. , Peugeot 308 và",
    "Mẫu Peugeot 308 mới. a\tPeugeot 308 và",
    "Mẫu Peugeot 308 mới. aPeugeot 308",
    "Nguyễn Văn Hữu Ba và Ba nói",
    "Nguyễn Văn Hữu Tư Ba và Ba nói",
    "Nguyễn\tVăn\t\tBa và Ba nói",
    "Ông Nguyễn Văn Ba\tGiám đốc và Ba nói",
    "Ông xNguyễn Văn Ba và Ba nói",
    "Ông Nguyễn Văn Ba",
    "  Peugeot 308 mới",
    "Xe 1299 Ducati mới. Bản 1299 Ducatis",
    "Hội nghị APPFa. Họp APPF",
    "Hội nghị xAPPF. Họp APPF",
    "Peugeot 308 đẹp, a Peugeot 3081",
    "Võ Hữu Ba là chủ nhà. Khi Ba rào đất, Nguyễn Đức Sáu và Sáu Nhà, Trần\tVăn  Ba\tTư, "
    "Lê Ba, Biển Đông Hai học giả, Nguyễn Văn Nam Ba 2, Nguyễn Ba Ba và Phạm Văn Năm",
)


def test_crafted_edges() -> None:
    for text in CRAFTED:
        assert _compare(text) > 0, text


def test_news_articles() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    asked = sum(
        _compare(normalize(row["title"] + "\n\n" + row["text"]))
        for row in islice(iter_open_vnnews(), 300)
    )
    assert asked > 10_000
