"""The hand review of flags on real news (``tests/review/``).

The review file holds a person's judgement of failing findings the validator
raised on ``../shared/corpus/vnnews.jsonl.gz``.  These tests check that the
file still points at the corpus text it judged, then re-run the validator on
the reviewed articles and measure how many reviewed flags the current code
still raises and what share of those the reviewer judged true.  The share is
held to a floor in ``tests/review/floors.json``: a ratchet that catches a
change trading true flags for false ones, not the product's goal (80%).
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.services import analyze  # noqa: E402
from tests.conftest import blind_ids  # noqa: E402
from tools import flag_survey  # noqa: E402
from tools.flag_survey import failing_records, survey  # noqa: E402
from tools.flag_survey import main as survey_main  # noqa: E402

REVIEW = ROOT / "tests" / "review" / "real_flags.jsonl"
FLOORS = ROOT / "tests" / "review" / "floors.json"
MIN_REVIEWED = 40
CAUSE_FAMILIES = ("grammar", "relation", "scope", "context", "article")


def load_review() -> list[dict[str, Any]]:
    with REVIEW.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True)
class Measure:
    reviewed_raised: int
    true_raised: int
    unreviewed: list[str]
    rule_counts: Counter[str]

    @property
    def precision(self) -> float:
        return self.true_raised / self.reviewed_raised if self.reviewed_raised else 0.0

    def line(self, reviewed: int) -> str:
        return (
            f"real-news review: {self.reviewed_raised}/{reviewed} reviewed flags still raised, "
            f"{self.true_raised} judged true (precision {self.precision:.1%}); "
            f"{len(self.unreviewed)} current flags on these articles have no review"
        )


Span = tuple[int, int]


def spans_of(claims: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple((claim["start"], claim["end"]) for claim in claims)


def same_flag(reviewed: tuple[Span, ...], current: tuple[Span, ...]) -> bool:
    """The same claims in the same roles, even where the grammar since widened
    or narrowed a span ("20 điểm" -> "20"): pairwise overlapping spans."""
    return len(reviewed) == len(current) and all(
        a_start < b_end and b_start < a_end
        for (a_start, a_end), (b_start, b_end) in zip(reviewed, current, strict=True)
    )


def measure(rows: list[dict[str, Any]], corpus: dict[str, dict[str, str]]) -> Measure:
    """Re-run the validator on every reviewed article and match each current
    failing finding to a reviewed one: by key, else by overlapping spans."""
    by_place: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        by_place.setdefault((row["article_id"], row["rule"]), []).append(row)
    judged = {row["key"]: row for row in rows}
    matched: list[dict[str, Any]] = []
    unreviewed: list[str] = []
    rules: Counter[str] = Counter()
    for article_id in sorted({row["article_id"] for row in rows}):
        report = analyze(corpus[article_id]["text"], path=article_id)
        for record in failing_records(article_id, report):
            rules[record["rule"]] += 1
            review = judged.get(record["key"]) or next(
                (
                    row
                    for row in by_place.get((article_id, record["rule"]), [])
                    if same_flag(spans_of(row["claims"]), spans_of(record["claims"]))
                ),
                None,
            )
            if review is None:
                unreviewed.append(record["key"])
            elif all(review is not seen for seen in matched):
                matched.append(review)
    return Measure(
        reviewed_raised=len(matched),
        true_raised=sum(bool(row["judgement"]) for row in matched),
        unreviewed=unreviewed,
        rule_counts=rules,
    )


# --- the review file on its own -----------------------------------------------


def test_review_file_is_well_formed() -> None:
    rows = load_review()
    assert len(rows) >= MIN_REVIEWED
    keys = [row["key"] for row in rows]
    assert len(set(keys)) == len(keys), "a finding was reviewed twice"
    for row in rows:
        where = row.get("key", row)
        assert row["key"].startswith(f"{row['article_id']}|{row['rule']}|"), where
        assert isinstance(row["judgement"], bool), where
        assert row["cause"].split(":")[0] in CAUSE_FAMILIES, where
        assert row["why"].strip(), where
        assert row["claims"], where
        for claim in row["claims"]:
            # short spans only: the corpus has no licence, sentences stay out
            assert 0 < len(claim["text"]) <= 40, where
            assert claim["end"] - claim["start"] == len(claim["text"]), where


def test_floors_are_shares() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert 0.0 <= floors["precision"] <= 1.0
    assert floors["true_flags_raised"] >= 0


# --- against the corpus -------------------------------------------------------


@pytest.mark.corpus
def test_reviewed_spans_match_the_corpus(vnnews: dict[str, dict[str, str]]) -> None:
    for row in load_review():
        assert row["article_id"] in vnnews, f"{row['article_id']} is not in the corpus"
        text = vnnews[row["article_id"]]["text"]
        spans = ";".join(f"{c['start']}-{c['end']}:{c['text']}" for c in row["claims"])
        assert row["key"] == f"{row['article_id']}|{row['rule']}|{spans}"
        for claim in row["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"], row["key"]


@pytest.mark.corpus
def test_precision_on_reviewed_flags_holds_its_floor(
    vnnews: dict[str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = load_review()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    result = measure(rows, vnnews)
    with capsys.disabled():
        print(f"\n{result.line(len(rows))}")
        for key in result.unreviewed:
            print(f"  unreviewed: {key}")
    assert result.true_raised >= floors["true_flags_raised"], result.line(len(rows))
    assert result.precision >= floors["precision"], result.line(len(rows))


# --- the survey tool ------------------------------------------------------------

FAILING_TEXT = "Toàn tỉnh có 20 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ."
PASSING_TEXT = "Huyện có 20 trường tiểu học. Hiện có 18/20 trường tiểu học đạt chuẩn, đạt 90%."


def test_survey_reports_a_bad_article_by_id_and_goes_on() -> None:
    rows = iter(
        [{"id": "a", "text": PASSING_TEXT}, {"id": "bad"}, {"id": "c", "text": FAILING_TEXT}]
    )
    tally = survey(rows)
    assert tally.articles == 2
    assert [article_id for article_id, _ in tally.errors] == ["bad"]
    assert tally.failing["part-within-whole"] == 1


def test_dump_keys_a_failing_finding_by_article_rule_and_spans() -> None:
    dump = io.StringIO()
    survey(iter([{"id": "x-1", "text": FAILING_TEXT}]), dump)
    (record,) = [json.loads(line) for line in dump.getvalue().splitlines()]
    assert record["rule"] == "part-within-whole"
    spans = ";".join(f"{c['start']}-{c['end']}:{c['text']}" for c in record["claims"])
    assert record["key"] == f"x-1|part-within-whole|{spans}"
    for claim in record["claims"]:
        assert FAILING_TEXT[claim["start"] : claim["end"]] == claim["text"]
        assert claim["sentence"] == FAILING_TEXT


def test_survey_command_reads_a_gzip_corpus_and_refuses_to_dump_into_the_repo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "news.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for index, text in enumerate([FAILING_TEXT, PASSING_TEXT, FAILING_TEXT]):
            handle.write(json.dumps({"id": f"n-{index}", "text": text}) + "\n")
    assert survey_main(["--corpus", str(corpus), "--limit", "2"]) == 0
    printed = capsys.readouterr().out
    assert "articles analysed: 2" in printed
    assert re.search(r"failing findings\s+1\s+50\.00", printed)
    inside = ROOT / "tests" / "review" / "dump.jsonl"
    assert survey_main(["--corpus", str(corpus), "--dump", str(inside)]) == 2
    assert not inside.exists()


def test_survey_leaves_the_blind_sets_articles_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "news.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for index in range(4):
            handle.write(json.dumps({"id": f"n-{index}", "text": PASSING_TEXT}) + "\n")
    monkeypatch.setattr(flag_survey, "blind", lambda: frozenset({"n-1"}))
    rows = flag_survey.iter_articles(corpus, limit=2)
    assert [row["id"] for row in rows] == ["n-0", "n-2"]  # the limit counts open articles
    assert [row["id"] for row in flag_survey.iter_articles(corpus)] == ["n-0", "n-2", "n-3"]


def test_the_survey_skips_the_blind_sets_the_tests_skip() -> None:
    if not flag_survey.CORPUS.exists():
        pytest.skip(f"news corpus not found at {flag_survey.CORPUS}")
    assert flag_survey.blind() == blind_ids() != frozenset()
