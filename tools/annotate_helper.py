"""Annotation helper for the gold set in ``tests/gold/``.

The helper never labels anything: it picks the articles (a fixed rule), shows
them with candidate offsets so a person can read and judge each number, and
turns the hand-written label file into ``annotations.jsonl`` with exact
offsets and the intervals the hedge semantics give.

    python tools/annotate_helper.py select [SET]      # the chosen article ids
    python tools/annotate_helper.py show ID [ID...]   # text with ⟦offset⟧ marks
    python tools/annotate_helper.py build [SET]       # labels.txt -> annotations.jsonl

SET is empty (development), ``heldout``, ``fresh``, ``more``, ``blind``, ``dev3``, ``dev4``,
``blind2``, ``dev5``, ``dev6``, ``dev7``, ``dev8``, ``dev9``, ``dev10``,
``blind3``, ``dev11``, ``dev12``, ``dev13``, ``dev14``, ``dev15``, ``dev16``, ``dev17``, ``dev18``,
``dev19``, ``dev20``, ``dev21``, ``dev22``, ``dev23``, ``dev24``
(see tests/gold/README.md).
    python tools/annotate_helper.py floors            # development floors from today's figures
    python tools/annotate_helper.py floors blind      # the blind set's floor too (steward only)
    python tools/annotate_helper.py agree FIRST SECOND  # two annotators' labels, scored

Label file format (``tests/gold/labels.txt``), one article block each::

    # baomoi-123
    anchor | span | kind | value | unit | qualifier | subject | source | flags

``anchor`` is any offset inside the span (the ⟦offset⟧ that ``show``
printed for its digits); the span is the occurrence of ``span`` that covers
the anchor, else the first one after it.  Empty or ``-`` fields are null; the
qualifier defaults to ``exact``; ``^`` in the source field repeats the
previous row's source.  ``value`` may be ``A..B`` for a range or a vague
amount (value null, lower A, upper B; an empty side is unbounded).  Flags:
``nc`` marks a non-claim that is not an identifier (a number inside a name or
a subject modifier).
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz"
GOLD = ROOT / "tests" / "gold"
LABELS = GOLD / "labels.txt"
ANNOTATIONS = GOLD / "annotations.jsonl"
HELDOUT_LABELS = GOLD / "heldout_labels.txt"
HELDOUT = GOLD / "heldout.jsonl"
FRESH_LABELS = GOLD / "fresh_labels.txt"
FRESH = GOLD / "fresh.jsonl"
MORE_LABELS = GOLD / "more_labels.txt"
MORE = GOLD / "more.jsonl"
BLIND_LABELS = GOLD / "blind" / "blind_labels.txt"
BLIND = GOLD / "blind" / "blind.jsonl"
DEV3_LABELS = GOLD / "dev3_labels.txt"
DEV3 = GOLD / "dev3.jsonl"
DEV4_LABELS = GOLD / "dev4_labels.txt"
DEV4 = GOLD / "dev4.jsonl"
BLIND2_LABELS = GOLD / "blind" / "blind2_labels.txt"
BLIND2 = GOLD / "blind" / "blind2.jsonl"
DEV5_LABELS = GOLD / "dev5_labels.txt"
DEV5 = GOLD / "dev5.jsonl"
DEV6_LABELS = GOLD / "dev6_labels.txt"
DEV6 = GOLD / "dev6.jsonl"
DEV7_LABELS = GOLD / "dev7_labels.txt"
DEV7 = GOLD / "dev7.jsonl"
DEV8_LABELS = GOLD / "dev8_labels.txt"
DEV8 = GOLD / "dev8.jsonl"
DEV9_LABELS = GOLD / "dev9_labels.txt"
DEV9 = GOLD / "dev9.jsonl"
DEV10_LABELS = GOLD / "dev10_labels.txt"
DEV10 = GOLD / "dev10.jsonl"
DEV11_LABELS = GOLD / "dev11_labels.txt"
DEV11 = GOLD / "dev11.jsonl"
DEV12_LABELS = GOLD / "dev12_labels.txt"
DEV12 = GOLD / "dev12.jsonl"
DEV13_LABELS = GOLD / "dev13_labels.txt"
DEV13 = GOLD / "dev13.jsonl"
DEV14_LABELS = GOLD / "dev14_labels.txt"
DEV14 = GOLD / "dev14.jsonl"
DEV15_LABELS = GOLD / "dev15_labels.txt"
DEV15 = GOLD / "dev15.jsonl"
DEV16_LABELS = GOLD / "dev16_labels.txt"
DEV16 = GOLD / "dev16.jsonl"
DEV17_LABELS = GOLD / "dev17_labels.txt"
DEV17 = GOLD / "dev17.jsonl"
DEV18_LABELS = GOLD / "dev18_labels.txt"
DEV18 = GOLD / "dev18.jsonl"
DEV19_LABELS = GOLD / "dev19_labels.txt"
DEV19 = GOLD / "dev19.jsonl"
DEV20_LABELS = GOLD / "dev20_labels.txt"
DEV20 = GOLD / "dev20.jsonl"
DEV21_LABELS = GOLD / "dev21_labels.txt"
DEV21 = GOLD / "dev21.jsonl"
DEV22_LABELS = GOLD / "dev22_labels.txt"
DEV22 = GOLD / "dev22.jsonl"
DEV23_LABELS = GOLD / "dev23_labels.txt"
DEV23 = GOLD / "dev23.jsonl"
DEV24_LABELS = GOLD / "dev24_labels.txt"
DEV24 = GOLD / "dev24.jsonl"
BLIND3_LABELS = GOLD / "blind" / "blind3_labels.txt"
BLIND3 = GOLD / "blind" / "blind3.jsonl"
Start = tuple[int, int]  # the first article, as a fraction of the step
# set name -> (starts, taken in turn; labels; built file; articles from each start)
SETS: dict[str, tuple[tuple[Start, ...], Path, Path, tuple[int, ...]]] = {
    "": (((0, 1),), LABELS, ANNOTATIONS, (42,)),
    "heldout": (((1, 2),), HELDOUT_LABELS, HELDOUT, (20,)),
    "fresh": (((1, 4),), FRESH_LABELS, FRESH, (20,)),
    "more": (((3, 4),), MORE_LABELS, MORE, (40,)),
    "blind": (((1, 8),), BLIND_LABELS, BLIND, (30,)),
    "dev3": (((3, 8),), DEV3_LABELS, DEV3, (42,)),
    "dev4": (((5, 8),), DEV4_LABELS, DEV4, (42,)),
    "blind2": (((7, 8), (1, 16)), BLIND2_LABELS, BLIND2, (42, 18)),
    "dev5": (((3, 16),), DEV5_LABELS, DEV5, (42,)),
    "dev6": (((5, 16),), DEV6_LABELS, DEV6, (42,)),
    "dev7": (((7, 16),), DEV7_LABELS, DEV7, (42,)),
    "dev8": (((9, 16),), DEV8_LABELS, DEV8, (42,)),
    "dev9": (((11, 16),), DEV9_LABELS, DEV9, (42,)),
    "dev10": (((13, 16),), DEV10_LABELS, DEV10, (42,)),
    "blind3": (((15, 16),), BLIND3_LABELS, BLIND3, (42,)),
    "dev11": (((1, 32),), DEV11_LABELS, DEV11, (42,)),
    "dev12": (((3, 32),), DEV12_LABELS, DEV12, (42,)),
    "dev13": (((5, 32),), DEV13_LABELS, DEV13, (42,)),
    "dev14": (((7, 32),), DEV14_LABELS, DEV14, (42,)),
    "dev15": (((9, 32),), DEV15_LABELS, DEV15, (42,)),
    "dev16": (((11, 32),), DEV16_LABELS, DEV16, (42,)),
    "dev17": (((13, 32),), DEV17_LABELS, DEV17, (42,)),
    "dev18": (((15, 32),), DEV18_LABELS, DEV18, (42,)),
    "dev19": (((17, 32),), DEV19_LABELS, DEV19, (42,)),
    "dev20": (((19, 32),), DEV20_LABELS, DEV20, (42,)),
    "dev21": (((21, 32),), DEV21_LABELS, DEV21, (42,)),
    "dev22": (((23, 32),), DEV22_LABELS, DEV22, (42,)),
    "dev23": (((25, 32),), DEV23_LABELS, DEV23, (42,)),
    "dev24": (((27, 32),), DEV24_LABELS, DEV24, (42,)),
}
# the honest measures: nothing is tuned on, run on or shown of these articles
BLIND_SETS = ("blind", "blind2", "blind3")

MIN_CHARS, MAX_CHARS, ARTICLES = 800, 3000, 42
HELDOUT_ARTICLES = 20

# "một" and "năm" are left out: nearly always the article "a" and the word "year"
NUMBER_WORDS = [
    "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "mươi", "chục", "trăm", "nghìn",
    "ngàn", "triệu", "tỷ", "tỉ", "vài", "mấy", "nửa", "rưỡi", "đôi",
]  # fmt: skip
CANDIDATE = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
KINDS = {
    "count", "money", "percent", "fraction", "measure", "date", "year", "time", "age",
    "duration", "ordinal", "multiple", "other", "identifier",
}  # fmt: skip
QUALIFIERS = {
    "exact", "over", "nearly", "about", "under", "at_most", "at_least", "up_to", "range",
    "vague",
}  # fmt: skip


def load_corpus() -> dict[str, dict[str, str]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def select(corpus: dict[str, dict[str, str]], *, name: str = "") -> list[str]:
    """Every k-th eligible article by numeric id, k = eligible // ARTICLES.

    The held-out set takes the articles half-way between: every k-th from k // 2;
    the fresh set, labelled in session 2, every k-th from k // 4; the second
    development set ("more"), every k-th from 3k // 4; the blind set of session 3,
    every k-th from k // 8; the third and fourth development sets ("dev3", "dev4"), every
    k-th from 3k // 8 and from 5k // 8; session 4's second blind set ("blind2"), every
    k-th from 7k // 8 (42) and then from k // 16 (18), and its fifth development set
    ("dev5"), every k-th from 3k // 16, its sixth ("dev6"), every k-th from 5k // 16,
    and its seventh ("dev7"), every k-th from 7k // 16; session 5's eighth and ninth
    ("dev8", "dev9"), every k-th from 9k // 16 and from 11k // 16, and its tenth ("dev10"),
    kept unseen through the session to measure how its rules carry, every k-th from 13k // 16;
    session 6's third blind set ("blind3"), every k-th from 15k // 16, and its eleventh and
    twelfth development sets ("dev11", "dev12"), every k-th from k // 32 and from 3k // 32;
    session 7's thirteenth and fourteenth ("dev13", "dev14"), from 5k // 32 and 7k // 32, and
    its fifteenth ("dev15"), labelled mid-session to measure carry-over, from 9k // 32;
    session 8's sixteenth ("dev16"), labelled at its start, from 11k // 32; session 11's
    seventeenth ("dev17"), labelled at its start, from 13k // 32; session 12's eighteenth
    ("dev18"), labelled at its start, from 15k // 32; session 13's nineteenth
    ("dev19"), labelled at its start, from 17k // 32; session 14's twentieth
    ("dev20"), labelled at its start, from 19k // 32; session 15's twenty-first
    ("dev21"), labelled at its start, from 21k // 32; session 16's twenty-second
    ("dev22"), labelled at its start, from 23k // 32; session 17's twenty-third
    ("dev23"), labelled at its start, from 25k // 32, and its twenty-fourth ("dev24"),
    labelled early in the session to stay unseen when dev23 was opened, from 27k // 32.
    """
    eligible = sorted(
        (
            row["id"]
            for row in corpus.values()
            if MIN_CHARS <= len(row["text"]) <= MAX_CHARS and re.search(r"\d", row["text"])
        ),
        key=lambda ident: int(ident.rsplit("-", 1)[1]),
    )
    step = len(eligible) // ARTICLES
    starts, _, _, counts = SETS[name]
    return [
        ident
        for (numerator, denominator), count in zip(starts, counts, strict=True)
        for ident in eligible[step * numerator // denominator :: step][:count]
    ]


def blind_ids(corpus: dict[str, dict[str, str]]) -> frozenset[str]:
    """Every blind set's articles: tools and benchmarks leave them out."""
    return frozenset(ident for name in BLIND_SETS for ident in select(corpus, name=name))


def show(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in CANDIDATE.finditer(text):
        out.append(text[last : match.start()])
        out.append(f"⟦{match.start()}⟧{match.group()}")
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def step_of(value: float) -> float:
    """Place value of the last non-zero digit of ``value``."""
    digits = Decimal(repr(value)).normalize()
    exponent = digits.as_tuple().exponent
    assert isinstance(exponent, int)
    return float(Decimal(1).scaleb(exponent))


def interval(value: float, qualifier: str) -> tuple[float | None, float | None]:
    step = step_of(value) if value else 1.0
    bounds: dict[str, tuple[float | None, float | None]] = {
        "exact": (value, value),
        "over": (value, value + step),
        "nearly": (value - step, value),
        "about": (value - step / 2, value + step / 2),
        "under": (0, value),
        "at_most": (0, value),
        "at_least": (value, None),
        "up_to": (value - step, value),
    }
    lower, upper = bounds[qualifier]
    return tidy(lower), tidy(upper)


def tidy(number: float | None) -> Any:
    if number is None:
        return None
    rounded = round(number, 9)
    return int(rounded) if rounded == int(rounded) else rounded


def parse_number(raw: str) -> Any:
    return tidy(float(raw)) if raw else None


def build(corpus: dict[str, dict[str, str]], labels: Path = LABELS) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    article: str | None = None
    previous_source: str | None = None
    for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            head = line.lstrip("#").strip()
            if head.startswith("baomoi-"):
                article, previous_source = head.split()[0], None
            continue
        if article is None:
            sys.exit(f"{labels.name}:{number}: label before any article header")
        fields = [f.strip() for f in line.split("|")]
        flags_misplaced = len(fields) == 9 and fields[-1] not in ("", "nc")
        if len(fields) > 9 or "nc" in fields[:8] or flags_misplaced:
            sys.exit(f"{labels.name}:{number}: misplaced fields: {line}")
        fields += [""] * 9
        anchor, span, kind, raw_value, unit, qualifier, subject, source, flags = fields[:9]
        text = unicodedata.normalize("NFC", corpus[article]["text"])
        start = locate(text, span, int(anchor))
        if start is None:
            where = f"{labels.name}:{number}"
            sys.exit(f"{where}: {span!r} does not cover offset {anchor} in {article}")
        qualifier = qualifier or "exact"
        if kind not in KINDS or qualifier not in QUALIFIERS:
            sys.exit(f"{labels.name}:{number}: bad kind {kind!r} or qualifier {qualifier!r}")
        attribution = (
            previous_source if source == "^" else (None if source in ("", "-") else source)
        )
        previous_source = attribution
        value: Any
        if ".." in raw_value:
            low, high = raw_value.split("..")
            value, lower, upper = None, parse_number(low), parse_number(high)
        elif kind in ("date", "time") or not re.fullmatch(r"-?[\d.]+(e\d+)?", raw_value):
            value, lower, upper = (raw_value or None), None, None
        else:
            value = parse_number(raw_value)
            # an identifier names something: its number bounds no quantity
            lower, upper = (None, None) if kind == "identifier" else interval(value, qualifier)
        rows.append(
            {
                "article": article,
                "start": start,
                "end": start + len(span),
                "text": span,
                "kind": kind,
                "value": value,
                "lower": lower,
                "upper": upper,
                "unit": None if unit in ("", "-") else unit,
                "qualifier": qualifier,
                "subject": None if subject in ("", "-") else subject,
                "source": attribution,
                "is_claim": kind != "identifier" and "nc" not in flags.split(),
            }
        )
    return rows


def locate(text: str, span: str, anchor: int) -> int | None:
    """The occurrence covering ``anchor``, else the first one after it."""
    starts = [m.start() for m in re.finditer(re.escape(span), text)]
    covering = [s for s in starts if s <= anchor < s + len(span)]
    following = [s for s in starts if s > anchor]
    found = covering or following
    return found[0] if found else None


def main(argv: list[str]) -> None:
    corpus = load_corpus()
    command, *rest = argv or ["select"]
    name = rest[0] if rest and rest[0] in SETS else ""
    if command == "select":
        print("\n".join(select(corpus, name=name)))
    elif command == "show":
        for ident in rest:
            row = corpus[ident]
            print(f"# {ident} ({len(row['text'])} chars) {row['title']}\n{show(row['text'])}\n")
    elif command == "build":
        _, labels, target, _ = SETS[name]
        rows = build(corpus, labels)
        with target.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        articles = len({row["article"] for row in rows})
        print(f"{len(rows)} mentions in {articles} articles -> {target}")
    elif command == "floors":
        write_floors(include_blind=name in BLIND_SETS)
    elif command == "agree" and len(rest) == 2:
        print(agreement(corpus, Path(rest[0]), Path(rest[1])))
    else:
        sys.exit(__doc__)


def agreement(corpus: dict[str, dict[str, str]], first: Path, second: Path) -> str:
    """Score the second annotator's claims against the first's, on the articles both labelled.

    The same scorer as ``claims eval gold``: the figures are the ceiling any system can be
    shown to reach on labels made this way.  Only figures are printed, never the labels, so
    that a blind set stays blind to whoever runs this.
    """
    from claims.evaluation import GoldMention, evaluate

    def rows_of(path: Path) -> list[GoldMention]:
        return [GoldMention(**row) for row in build(corpus, path)]

    gold, other = rows_of(first), rows_of(second)
    shared = {row.article for row in gold} & {row.article for row in other}
    predictions: dict[str, list[Any]] = {}
    for row in other:
        if row.article in shared and row.is_claim:
            # a gold row has every field the scorer reads of a claim
            predictions.setdefault(row.article, []).append(row)
    figures = evaluate([row for row in gold if row.article in shared], predictions).figures()
    lines = [f"{len(shared)} articles labelled by both"]
    lines += [f"{name}: {value:.3f}" for name, value in figures.items()]
    return "\n".join(lines)


def round_down(figure: float) -> float:
    """Two decimals not above ``figure`` (0.7999999999999999 * 100 is 80.0 in floats)."""
    floor = math.floor(figure * 100) / 100
    return floor if floor <= figure else round(floor - 0.01, 2)


def round_up(figure: float) -> float:
    """Two decimals not below ``figure``."""
    ceiling = math.ceil(figure * 100) / 100
    return ceiling if ceiling >= figure else round(ceiling + 0.01, 2)


def write_floors(*, include_blind: bool = False) -> None:
    """Set ``floors.json`` to today's figures: F1 rounded down, the identifier rate up.

    The blind set's floor stays as it is unless asked for: measuring it prints its
    figures, and whoever tunes the grammar must not see them.
    """
    from claims.cli.evaluate import run_gold

    floors: dict[str, Any] = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    blind = {SETS[name][2] for name in BLIND_SETS}
    for path in (built for _, _, built, _ in SETS.values()):
        if not path.exists() or (path in blind and not include_blind):
            continue
        figures = run_gold(path, CORPUS).figures()
        rate = "identifier false-positive rate"
        floors[path.name] = {
            "at_least": {
                name: round_down(figures[name])
                for name in ("value f1", "value+unit f1", "value+subject f1")
            },
            "at_most": {rate: round_up(figures[rate])},
        }
    (GOLD / "floors.json").write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    hidden = {path.name for path in blind}
    shown = {name: row for name, row in floors.items() if include_blind or name not in hidden}
    print(json.dumps(shown, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
