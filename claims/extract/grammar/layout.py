"""Numbers that the layout around them shows to be labels, not quantities.

Read after the scan, over the finished mentions, because it needs a run of
several numbers (list items, "1." and "1- Vụ …", and house numbers, "ở 24 Hàng
Muối", are read in the scan itself, in ``named_numbers`` and ``named_places``):

- **Shirt numbers** in a line-up: "1 Rui Patrício 3 Pepe 6 José Fonte …",
  "13 G. Ochoa 15 H. Moreno …": five or more small distinct numbers with
  nothing but a capitalised name between one and the next (a number seen
  before in the run starts the next team's).
- **Nicknames** in quotes right after a name: Lâm “chín ngón” (nine-finger Lâm),
  Hùng “2 Tỷ”: the number is part of what the person is called.
- **Set scores** of a tennis match: "thắng ngược 3 set (1-6, 6-0, 6-4)", "Nadal hạ
  Federer 7-5 7-6 (7-3) 5-7 6-1": two or more finished sets in a row (6 games to at most
  4, or 7 to 5 or 6; a tie-break in brackets), after a word of the game within the
  sentence before.  Alone, '1-6' reads as 1 June and '3-6' as a range; in the run each
  pair is a score, as '6-0' already is.
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import identifier
from claims.model import Mention

_MIN_LINE_UP = 5
_SHIRT_MAX = 99
_PARTICLE_WORDS = "de da do dos das di van von der den del la le el bin al y"
_NAME_PARTICLES = frozenset(_PARTICLE_WORDS.split())
_NAME_GAP_MAX_WORDS = 6
_NAMED_NUMBER = re.compile(r"[^\W\d_][\w.'-]*[ \t]+\d{1,2}")
"""'Pepe 6': the scan reads a number after a Latin name as the name's model number."""
_NICKNAME = re.compile(r"[ \t]“([^”\n]{1,25})”")
_NICKNAME_WORDS_MAX = 3
_AFTER_FIRST_POINTS = r"[ \t]*[-–][ \t]*\d{1,2}(?:[ \t]*\(\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?\))?"
_SET = rf"\d{{1,2}}{_AFTER_FIRST_POINTS}"
_SET_RUN = re.compile(
    rf"\d(?<![\d/.,-]\d)\d?{_AFTER_FIRST_POINTS}(?:[ \t]*[,;]?[ \t]+\(?{_SET}\)?)+"
    r"(?![\d/.,]\d|[-–]\d)"
)
r"""``(?<![\d/.,-])`` and a run of ``_SET``, the look-behind made after the first digit: a
pattern that opens on a digit has the engine skip to the digits, where one that opens on
a look-behind tries it at every character of the text."""
_SET_PAIR = re.compile(r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})(?![ \t]*\))")
_GAME_BEFORE = re.compile(
    r"(?<![^\W_])(?:set|game|tỷ số|tỉ số|thắng|hạ|đánh bại|thua|thất bại|vượt qua|tay vợt|vô địch)"
    r"(?![^\W_])"
    r"[^.!?\n]{0,80}$",
    re.IGNORECASE,
)
_SHORT_PAIR = re.compile(r"\d{1,2}[ \t]*[-–][ \t]*\d{1,2}")


def relabel_layout(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with shirt numbers and nicknames turned into identifiers."""
    labels = _line_up(text, mentions) if len(mentions) >= _MIN_LINE_UP else set()
    if "“" in text:
        labels.update(i for i, m in enumerate(mentions) if _in_a_nickname(text, m))
    pairs = [
        i
        for i, m in enumerate(mentions)
        if m.kind in ("date", "count") and _SHORT_PAIR.fullmatch(m.text)
    ]
    if pairs:
        runs = _set_runs(text)
        labels.update(i for i in pairs if any(a <= mentions[i].start < b for a, b in runs))
    if not labels:
        return mentions
    return [
        identifier(text, m.start, m.end) if index in labels else m
        for index, m in enumerate(mentions)
    ]


def _is_bare(mention: Mention) -> bool:
    """A plain count printed as digits alone: '24', not '24 người' or 'hơn 24'."""
    return mention.kind == "count" and mention.qualifier == "exact" and mention.text.isdigit()


def _line_up(text: str, mentions: list[Mention]) -> set[int]:
    """Indices of mentions in runs of shirt numbers (see the module doc)."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    previous_end = 0
    for index, mention in enumerate(mentions):
        number = _shirt_number(mention)
        if number is None:
            _keep_run(run, found)
            run = []
            continue
        number_start = mention.end - len(number)
        repeated = any(number == seen for _, seen in run)  # a second team's line-up begins
        if not run or repeated or not _name_between(text, previous_end, number_start):
            _keep_run(run, found)
            run = []
        run.append((index, number))
        previous_end = mention.end
    _keep_run(run, found)
    return found


def _shirt_number(mention: Mention) -> str | None:
    """The digits of a bare small count, or of a name glued to its number ('Pepe 6').

    A bare number the scan already took for a house number ('14 Javier Hernández')
    is one too."""
    if _is_bare(mention) or (mention.kind == "identifier" and mention.text.isdigit()):
        number = mention.text
    elif mention.kind == "identifier" and _NAMED_NUMBER.fullmatch(mention.text):
        number = mention.text.rsplit(None, 1)[-1]
    else:
        return None
    return number if int(number) <= _SHIRT_MAX else None


def _keep_run(run: list[tuple[int, str]], found: set[int]) -> None:
    if len(run) >= _MIN_LINE_UP:
        found.update(index for index, _ in run)


def _name_between(text: str, start: int, end: int) -> bool:
    """Only a person's name lies between two numbers: 'Rui Patrício', 'G. Ochoa', 'Mexico:'."""
    words = [w.strip(",;:") for w in text[start:end].split()]
    words = [w for w in words if w and w not in "-–"]
    if not words or len(words) > _NAME_GAP_MAX_WORDS:
        return False
    return words[0][0].isupper() and all(
        (w[0].isupper() and not w.isdigit()) or w in _NAME_PARTICLES for w in words
    )


def _in_a_nickname(text: str, mention: Mention) -> bool:
    """A short quote, opened right after a capitalised word, that holds the mention."""
    if mention.kind == "identifier":
        return False
    opening = text.rfind("“", max(0, mention.start - 25), mention.start + 1)
    if opening < 2:
        return False
    quote = _NICKNAME.match(text, opening - 1)
    if quote is None or quote.end() < mention.end:
        return False
    if len(quote.group(1).split()) > _NICKNAME_WORDS_MAX:
        return False
    name = text[:opening].rstrip().rsplit(None, 1)
    return bool(name) and name[-1][:1].isupper() and name[-1].isalpha()


def _set_runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of tennis set scores (see the module doc)."""
    runs: list[tuple[int, int]] = []
    for found in _SET_RUN.finditer(text):
        sets = [(int(a), int(b)) for a, b in _SET_PAIR.findall(found.group())]
        if len(sets) < 2 or not all(_finished_set(a, b) for a, b in sets):
            continue
        if _GAME_BEFORE.search(text, max(0, found.start() - 100), found.start()) is None:
            continue
        runs.append(found.span())
    return runs


def _finished_set(first: int, second: int) -> bool:
    """6 games to at most 4, or 7 to 5 or 6, either way round."""
    low, high = sorted((first, second))
    return (high == 6 and low <= 4) or (high == 7 and low in (5, 6))
