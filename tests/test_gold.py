"""The gold-set yardstick: scoring rules, the annotation file, and the ratchet.

The scoring tests use small hand-made cases; the annotation and ratchet tests
need ``../shared/corpus`` and skip with a reason where it is absent.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import re
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest
from click.testing import CliRunner
from conftest import ROOT, VNNEWS

from claims.cli import cli
from claims.cli.evaluate import run_gold
from claims.evaluation import (
    GoldMention,
    evaluate,
    load_gold,
    subjects_agree,
)
from claims.model import Claim, MentionKind, Qualifier

GOLD_DIR = ROOT / "tests" / "gold"
ANNOTATIONS = GOLD_DIR / "annotations.jsonl"
FLOORS = GOLD_DIR / "floors.json"

needs_corpus = pytest.mark.skipif(
    not VNNEWS.exists(), reason=f"news corpus not found at {VNNEWS} (it lives in ../shared/corpus)"
)


def gold(start: int, end: int, value: Any, **fields: Any) -> GoldMention:
    row: dict[str, Any] = {
        "article": "a",
        "start": start,
        "end": end,
        "text": "x" * (end - start),
        "kind": "count",
        "value": value,
        "lower": value,
        "upper": value,
        "unit": None,
        "qualifier": "exact",
        "subject": None,
        "source": None,
        "is_claim": True,
    }
    row.update(fields)
    return GoldMention(**row)


def claim(start: int, end: int, value: Any, **fields: Any) -> Claim:
    row: dict[str, Any] = {
        "id": f"c{start}",
        "text": "x" * (end - start),
        "start": start,
        "end": end,
        "kind": "count",
        "value": value,
        "lower": value if isinstance(value, int | float) else None,
        "upper": value if isinstance(value, int | float) else None,
        "sentence": "",
        "paragraph": 0,
    }
    row.update(fields)
    return Claim(**row)


# --- scoring ---------------------------------------------------------------


def test_a_right_value_on_an_overlapping_span_matches_at_every_level() -> None:
    result = evaluate([gold(0, 10, 74000, subject="trẻ em")], {"a": [claim(4, 10, 74000.0)]})
    assert result.scores["value"].true_positives == 1
    assert result.scores["value"].f1 == 1.0
    assert result.scores["value+unit"].f1 == 1.0
    assert result.scores["value+subject"].f1 == 0.0  # gold has a subject, the claim none


def test_a_wrong_value_is_a_miss_and_a_false_positive() -> None:
    result = evaluate([gold(0, 10, 74000)], {"a": [claim(0, 10, 74001)]})
    score = result.scores["value"]
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)
    assert score.precision == score.recall == score.f1 == 0.0
    assert {miss.kind for miss in result.misses} == {"missed", "spurious"}


def test_values_agree_within_a_relative_tolerance_of_one_in_a_million() -> None:
    close = evaluate([gold(0, 5, 2_190_000_000)], {"a": [claim(0, 5, 2_190_000_001)]})
    far = evaluate([gold(0, 5, 2_190_000_000)], {"a": [claim(0, 5, 2_190_010_000)]})
    assert close.scores["value"].true_positives == 1
    assert far.scores["value"].true_positives == 0


def test_spans_that_do_not_overlap_never_match() -> None:
    result = evaluate([gold(0, 5, 3)], {"a": [claim(5, 9, 3)]})
    assert result.scores["value"].true_positives == 0


def test_a_right_value_with_a_wrong_unit_counts_for_value_but_not_value_unit() -> None:
    result = evaluate(
        [gold(0, 12, 300_000_000, kind="money", unit="VND")],
        {"a": [claim(0, 12, 300_000_000, kind="money", unit="USD")]},
    )
    assert result.scores["value"].f1 == 1.0
    assert result.scores["value+unit"].f1 == 0.0
    assert [miss.kind for miss in result.misses] == ["unit"]


def test_a_null_unit_only_agrees_with_a_null_unit_and_case_is_ignored() -> None:
    rows = [gold(0, 3, 3), gold(10, 15, 50, unit="m²", kind="measure")]
    result = evaluate(rows, {"a": [claim(0, 3, 3, unit="người"), claim(10, 15, 50, unit="M2")]})
    assert result.scores["value+unit"].true_positives == 1


def test_dates_agree_as_equal_strings() -> None:
    rows = [gold(0, 8, "--02-09", kind="date"), gold(20, 28, "2017-02-06", kind="date")]
    predicted = [
        claim(0, 8, "--02-09", kind="date"),
        claim(20, 28, "2017-02-07", kind="date"),
    ]
    result = evaluate(rows, {"a": predicted})
    assert result.scores["value"].true_positives == 1
    assert result.found_by_kind == {"date": (1, 2)}


def test_a_gold_range_agrees_on_its_bounds() -> None:
    row = gold(0, 8, None, lower=70, upper=72, qualifier="range")
    right = evaluate([row], {"a": [claim(0, 8, None, lower=70, upper=72)]})
    wrong = evaluate([row], {"a": [claim(0, 8, None, lower=70, upper=None)]})
    assert right.scores["value"].true_positives == 1
    assert wrong.scores["value"].true_positives == 0


def test_matching_is_one_to_one() -> None:
    result = evaluate([gold(0, 10, 5)], {"a": [claim(0, 4, 5), claim(2, 10, 5)]})
    score = result.scores["value"]
    assert (score.true_positives, score.false_positives) == (1, 1)


def test_claims_are_scored_only_against_their_own_article() -> None:
    result = evaluate([gold(0, 5, 7)], {"b": [claim(0, 5, 7)]})
    assert result.scores["value"].false_negatives == 1
    assert result.predicted_claims == 0  # article b has no gold rows, so it is not scored


@pytest.mark.parametrize(
    ("gold_subject", "predicted", "agree"),
    [
        (None, None, True),
        ("trẻ em", None, False),
        (None, "trẻ em", False),
        ("trẻ em dưới 6 tuổi", "số trẻ em", True),  # head "trẻ em" occurs in order
        ("căn hộ nano", "những căn hộ nano mới", True),
        ("khiếm khuyết, hư hỏng", "hư hỏng khiếm khuyết", True),  # syllable F1 = 1
        ("mức giá trung bình", "giá", False),  # F1 = 0.4, head absent
        ("thủy thủ", "cảnh sát", False),
    ],
)
def test_subject_agreement(gold_subject: str | None, predicted: str | None, agree: bool) -> None:
    assert subjects_agree(gold_subject, predicted) is agree


def test_identifiers_read_as_claims_are_counted_and_are_not_claims_to_find() -> None:
    rows = [
        gold(0, 3, 20, kind="identifier", is_claim=False),  # "U20"
        gold(10, 19, None, kind="identifier", is_claim=False),  # "26/CT-TTg"
        gold(30, 35, 4, subject="két sắt"),
    ]
    predicted = [claim(1, 3, 20), claim(30, 35, 4, subject="két sắt")]
    result = evaluate(rows, {"a": predicted})
    assert result.gold_claims == 1
    assert (result.non_claims, result.non_claims_read_as_claims) == (2, 1)
    assert (result.identifiers, result.identifiers_read_as_claims) == (2, 1)
    assert result.identifier_false_positive_rate == 0.5
    assert result.scores["value"].false_positives == 1
    assert result.scores["value+subject"].true_positives == 1


def test_misses_name_the_article_span_and_values() -> None:
    result = evaluate([gold(0, 5, 3, text="3 tên")], {"a": [claim(9, 12, 8, text="8 x")]})
    missed, spurious = result.misses
    assert (missed.kind, missed.article, missed.span) == ("missed", "a", "3 tên")
    assert missed.gold is not None and " 3 " in missed.gold
    assert spurious.kind == "spurious" and spurious.predicted is not None
    assert " 8 " in spurious.predicted


def test_load_gold_rejects_a_malformed_row(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": "a", "start": 0}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        load_gold(bad)


def test_eval_gold_without_the_corpus_is_a_one_line_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["eval", "gold", "--corpus", str(tmp_path / "absent.jsonl.gz")]
    )
    assert result.exit_code == 2
    assert "news corpus not found" in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- the annotation file ---------------------------------------------------


def load_helper() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "annotate_helper", ROOT / "tools" / "annotate_helper.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# name: (annotations, hand labels, set name in tools/annotate_helper.py, least articles,
# least mentions)
GOLD_SETS = {
    "dev": (ANNOTATIONS, GOLD_DIR / "labels.txt", "", 40, 500),
    "heldout": (GOLD_DIR / "heldout.jsonl", GOLD_DIR / "heldout_labels.txt", "heldout", 20, 200),
    "fresh": (GOLD_DIR / "fresh.jsonl", GOLD_DIR / "fresh_labels.txt", "fresh", 20, 200),
    "more": (GOLD_DIR / "more.jsonl", GOLD_DIR / "more_labels.txt", "more", 40, 500),
    "blind": (
        GOLD_DIR / "blind" / "blind.jsonl",
        GOLD_DIR / "blind" / "blind_labels.txt",
        "blind",
        30,
        300,
    ),
    "dev3": (GOLD_DIR / "dev3.jsonl", GOLD_DIR / "dev3_labels.txt", "dev3", 42, 500),
    "dev4": (GOLD_DIR / "dev4.jsonl", GOLD_DIR / "dev4_labels.txt", "dev4", 42, 500),
    "blind2": (
        GOLD_DIR / "blind" / "blind2.jsonl",
        GOLD_DIR / "blind" / "blind2_labels.txt",
        "blind2",
        60,
        600,
    ),
    "dev5": (GOLD_DIR / "dev5.jsonl", GOLD_DIR / "dev5_labels.txt", "dev5", 42, 500),
    "dev6": (GOLD_DIR / "dev6.jsonl", GOLD_DIR / "dev6_labels.txt", "dev6", 42, 500),
    "dev7": (GOLD_DIR / "dev7.jsonl", GOLD_DIR / "dev7_labels.txt", "dev7", 42, 500),
    "dev8": (GOLD_DIR / "dev8.jsonl", GOLD_DIR / "dev8_labels.txt", "dev8", 42, 500),
    "dev9": (GOLD_DIR / "dev9.jsonl", GOLD_DIR / "dev9_labels.txt", "dev9", 42, 400),
    "dev10": (GOLD_DIR / "dev10.jsonl", GOLD_DIR / "dev10_labels.txt", "dev10", 42, 500),
    "dev11": (GOLD_DIR / "dev11.jsonl", GOLD_DIR / "dev11_labels.txt", "dev11", 42, 500),
    "dev12": (GOLD_DIR / "dev12.jsonl", GOLD_DIR / "dev12_labels.txt", "dev12", 42, 400),
    "dev13": (GOLD_DIR / "dev13.jsonl", GOLD_DIR / "dev13_labels.txt", "dev13", 42, 500),
    "dev14": (GOLD_DIR / "dev14.jsonl", GOLD_DIR / "dev14_labels.txt", "dev14", 42, 500),
    "dev15": (GOLD_DIR / "dev15.jsonl", GOLD_DIR / "dev15_labels.txt", "dev15", 42, 500),
    "dev16": (GOLD_DIR / "dev16.jsonl", GOLD_DIR / "dev16_labels.txt", "dev16", 42, 500),
    "dev17": (GOLD_DIR / "dev17.jsonl", GOLD_DIR / "dev17_labels.txt", "dev17", 42, 500),
    "dev18": (GOLD_DIR / "dev18.jsonl", GOLD_DIR / "dev18_labels.txt", "dev18", 42, 500),
    "dev19": (GOLD_DIR / "dev19.jsonl", GOLD_DIR / "dev19_labels.txt", "dev19", 42, 500),
    "dev20": (GOLD_DIR / "dev20.jsonl", GOLD_DIR / "dev20_labels.txt", "dev20", 42, 400),
    "dev21": (GOLD_DIR / "dev21.jsonl", GOLD_DIR / "dev21_labels.txt", "dev21", 42, 450),
    "dev22": (GOLD_DIR / "dev22.jsonl", GOLD_DIR / "dev22_labels.txt", "dev22", 42, 500),
    "dev23": (GOLD_DIR / "dev23.jsonl", GOLD_DIR / "dev23_labels.txt", "dev23", 42, 400),
    "dev24": (GOLD_DIR / "dev24.jsonl", GOLD_DIR / "dev24_labels.txt", "dev24", 42, 450),
    "blind3": (
        GOLD_DIR / "blind" / "blind3.jsonl",
        GOLD_DIR / "blind" / "blind3_labels.txt",
        "blind3",
        42,
        400,
    ),
}
each_set = pytest.mark.parametrize("name", sorted(GOLD_SETS))


@each_set
def test_annotations_are_well_formed(name: str) -> None:
    path, _, _, least_articles, least_mentions = GOLD_SETS[name]
    rows = load_gold(path)
    assert len({row.article for row in rows}) >= least_articles
    assert len(rows) >= least_mentions
    kinds, qualifiers = set(get_args(MentionKind)), set(get_args(Qualifier))
    for row in rows:
        where = f"{row.article}:{row.start} {row.text!r}"
        assert row.kind in kinds, where
        assert row.qualifier in qualifiers, where
        assert row.end - row.start == len(row.text) > 0, where
        if row.kind == "identifier":
            assert not row.is_claim, where
        if row.lower is not None and row.upper is not None:
            assert row.lower <= row.upper, where
        if row.value is None and row.is_claim:
            assert row.qualifier in ("range", "vague"), where
        if isinstance(row.value, int | float) and row.qualifier == "exact":
            if row.kind == "identifier":
                assert row.lower is None and row.upper is None, where
            else:
                assert row.lower is not None and math.isclose(row.value, row.lower), where
                assert row.upper is not None and math.isclose(row.value, row.upper), where


@each_set
def test_annotated_spans_do_not_overlap(name: str) -> None:
    by_article: dict[str, list[GoldMention]] = {}
    for row in load_gold(GOLD_SETS[name][0]):
        by_article.setdefault(row.article, []).append(row)
    for article, rows in by_article.items():
        rows.sort(key=lambda r: r.start)
        for left, right in itertools.pairwise(rows):
            assert left.end <= right.start, f"{article}: {left.text!r} overlaps {right.text!r}"


def test_the_gold_sets_share_no_article() -> None:
    articles = {
        name: {row.article for row in load_gold(spec[0])} for name, spec in GOLD_SETS.items()
    }
    for one, other in itertools.combinations(sorted(articles), 2):
        assert not articles[one] & articles[other], (one, other)


@needs_corpus
@each_set
def test_every_span_is_the_corpus_text_at_its_offsets(
    name: str, vnnews: dict[str, dict[str, str]]
) -> None:
    for row in load_gold(GOLD_SETS[name][0]):
        assert row.article in vnnews, row.article
        assert vnnews[row.article]["text"][row.start : row.end] == row.text, row


@needs_corpus
@each_set
def test_every_digit_of_the_annotated_articles_is_inside_a_span(
    name: str, vnnews: dict[str, dict[str, str]]
) -> None:
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in load_gold(GOLD_SETS[name][0]):
        spans.setdefault(row.article, []).append((row.start, row.end))
    for article, covered in spans.items():
        text = vnnews[article]["text"]
        for match in re.finditer(r"\d|½", text):
            where = f"{article}:{match.start()} {text[match.start() - 20 : match.end() + 20]!r}"
            assert any(start <= match.start() < end for start, end in covered), where


@pytest.fixture(scope="module")
def helper_corpus() -> tuple[ModuleType, dict[str, dict[str, str]]]:
    helper = load_helper()
    return helper, helper.load_corpus()


@needs_corpus
@each_set
def test_the_articles_are_the_ones_the_selection_rule_picks(
    name: str, helper_corpus: tuple[ModuleType, dict[str, dict[str, str]]]
) -> None:
    helper, corpus = helper_corpus
    path, _, selection, _, _ = GOLD_SETS[name]
    chosen = helper.select(corpus, name=selection)
    assert {row.article for row in load_gold(path)} == set(chosen)


@needs_corpus
@each_set
def test_annotations_are_the_build_of_the_hand_labels(
    name: str, helper_corpus: tuple[ModuleType, dict[str, dict[str, str]]]
) -> None:
    helper, corpus = helper_corpus
    path, labels, _, _, _ = GOLD_SETS[name]
    stored = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert helper.build(corpus, labels) == stored


# --- the ratchet -----------------------------------------------------------


@needs_corpus
@each_set
def test_the_system_does_not_fall_below_the_floors(name: str) -> None:
    path = GOLD_SETS[name][0]
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[path.name]
    figures = run_gold(path, VNNEWS).figures()
    for figure, floor in floors["at_least"].items():
        assert figures[figure] >= floor, f"{figure} fell to {figures[figure]:.3f} (floor {floor})"
    for figure, ceiling in floors["at_most"].items():
        assert figures[figure] <= ceiling, f"{figure} rose to {figures[figure]:.3f} (max {ceiling})"


@pytest.mark.parametrize("figure", [0.7999999999999999, 0.8, 0.8567, 0.97, 0.2000000000000001])
def test_floors_never_sit_above_the_figure_nor_ceilings_below_it(figure: float) -> None:
    helper = load_helper()
    assert figure - 0.01 <= helper.round_down(figure) <= figure
    assert figure <= helper.round_up(figure) <= figure + 0.011
