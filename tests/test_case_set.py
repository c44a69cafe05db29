"""The case set: short articles in consistent/inconsistent twins, run through the
whole pipeline; and the seed article with its three classic edits.

``tests/cases/NN_<rule>_ok.txt`` and ``NN_<rule>_bad.txt`` differ by one edit.
A bad twin is detected when some claim is inconsistent through a failing
finding of ``<rule>``; an ok twin raises a false alarm when any claim is
inconsistent.  The rates are printed and held to ``tests/cases/floors.json``.

Print the figures and every case's result, and scan real news for failing
findings (ids only; the corpus lives in ../shared/corpus)::

    .venv/bin/python tests/test_case_set.py
    .venv/bin/python tests/test_case_set.py --corpus 10000
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.model import DocumentReport  # noqa: E402
from claims.services import analyze, read_text  # noqa: E402

CASES = ROOT / "tests" / "cases"
FLOORS = CASES / "floors.json"
SEED = ROOT / "seeds" / "000_2ba98bd3a0c87d25.txt"


@dataclass(frozen=True)
class Result:
    name: str
    rule: str
    twin: str
    flagged: bool  # bad: detected by the expected rule; ok: any inconsistent claim
    why: str


def _run(path: Path) -> DocumentReport:
    return analyze(read_text(path.read_bytes()), path=path.name)


def judge(path: Path) -> Result:
    number, rule, twin = path.stem.split("_")
    report = _run(path)
    inconsistent = {c.id for c in report.claims if c.verdict == "inconsistent"}
    if twin == "bad":
        failing = [
            f
            for f in report.findings
            if f.status == "fail" and f.rule == rule and inconsistent & set(f.claims)
        ]
    else:
        failing = [f for f in report.findings if f.status == "fail"]
    why = "; ".join(f"{f.rule}: {f.message}" for f in failing)
    return Result(f"{number}_{rule}", rule, twin, bool(failing), why)


def run_case_set() -> tuple[list[Result], float, float]:
    results = [judge(path) for path in sorted(CASES.glob("*_*_*.txt"))]
    bad = [r for r in results if r.twin == "bad"]
    ok = [r for r in results if r.twin == "ok"]
    detection = sum(r.flagged for r in bad) / len(bad)
    false_alarms = sum(r.flagged for r in ok) / len(ok)
    return results, detection, false_alarms


def test_every_case_has_its_twin_and_a_known_rule() -> None:
    from claims.rules import RULES

    names = sorted(p.name for p in CASES.glob("*.txt"))
    stems = {n.rsplit("_", 1)[0] for n in names}
    assert len(stems) >= 20 and len(names) == 2 * len(stems) >= 40
    for stem in stems:
        assert (CASES / f"{stem}_ok.txt").exists() and (CASES / f"{stem}_bad.txt").exists()
    assert {s.split("_", 1)[1] for s in stems} == {r.id for r in RULES}


def test_detection_and_false_alarm_rates_hold_their_floors() -> None:
    results, detection, false_alarms = run_case_set()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    print(f"\ncase set: {len(results)} articles; detection {detection:.0%}, "
          f"false alarms {false_alarms:.0%}")  # fmt: skip
    missed = [r.name for r in results if r.twin == "bad" and not r.flagged]
    alarms = [f"{r.name}: {r.why}" for r in results if r.twin == "ok" and r.flagged]
    assert detection >= floors["detection_rate"], f"missed: {missed}"
    assert false_alarms <= floors["false_alarm_rate"], f"false alarms: {alarms}"


# -- the seed ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> str:
    return read_text(SEED.read_bytes())


def _claim_ids(report: DocumentReport, text: str) -> set[str]:
    return {c.id for c in report.claims if c.text == text}


def test_the_seed_has_no_inconsistent_claim_and_a_verified_pair(seed: str) -> None:
    report = analyze(seed)
    assert [c.text for c in report.claims if c.verdict == "inconsistent"] == []
    verdicts = {c.text: c.verdict for c in report.claims}
    assert verdicts["hơn 74.000"] == "verified"
    assert verdicts["74.739"] == "verified"
    tie = [
        f
        for f in report.findings
        if f.status == "pass"
        and _claim_ids(report, "hơn 74.000") & set(f.claims)
        and _claim_ids(report, "74.739") & set(f.claims)
    ]
    assert tie, [(f.rule, f.message) for f in report.findings]


def test_the_seed_whole_holds_each_of_its_parts(seed: str) -> None:
    report = analyze(seed)
    whole = _claim_ids(report, "trên 200 nghìn")
    assert whole, [c.text for c in report.claims]
    for part in ("hơn 74.000", "hơn 2.700"):
        held = [
            f
            for f in report.findings
            if f.rule == "part-within-whole"
            and f.status == "pass"
            and whole & set(f.claims)
            and _claim_ids(report, part) & set(f.claims)
        ]
        assert held, f"no passing part-within-whole for {part}"


@pytest.mark.parametrize(
    ("original", "edited", "rule"),
    [
        ("hơn 74.000", "hơn 75.000", "percent-of-whole"),
        ("144/200", "244/200", "fractions"),
        ("Ngày 29/11", "Ngày 31/11", "time"),
    ],
)
def test_each_classic_edit_of_the_seed_is_caught(
    seed: str, original: str, edited: str, rule: str
) -> None:
    assert seed.count(original) == 1
    report = analyze(seed.replace(original, edited))
    inconsistent = {c.id for c in report.claims if c.verdict == "inconsistent"}
    failing = [f for f in report.findings if f.status == "fail" and f.rule == rule]
    assert failing and inconsistent & set(failing[0].claims)
    assert failing[0].message and failing[0].detail


def scan_corpus(limit: int) -> None:
    """Print how many real articles get a failing finding, per rule (ids only)."""
    import gzip
    from collections import Counter

    fails: Counter[str] = Counter()
    flagged: list[str] = []
    with gzip.open(
        ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz", "rt", encoding="utf-8"
    ) as handle:
        for number, line in enumerate(handle):
            if number >= limit:
                break
            row = json.loads(line)
            report = analyze(read_text(row["text"].encode("utf-8")), path=row["id"])
            failed = [f.rule for f in report.findings if f.status == "fail"]
            fails.update(failed)
            if failed:
                flagged.append(row["id"])
    print(
        f"real news: {len(flagged)}/{limit} articles with a failing finding; by rule {dict(fails)}"
    )
    print("articles:", " ".join(flagged))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--corpus"]:
        scan_corpus(int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
        sys.exit(0)
    all_results, detection_rate, false_alarm_rate = run_case_set()
    for result in all_results:
        mark = "FLAGGED" if result.flagged else "-"
        print(f"{result.name:<28} {result.twin:<4} {mark:<8} {result.why[:150]}")
    bad_count = sum(r.twin == "bad" for r in all_results)
    print(f"\n{len(all_results)} articles ({bad_count} pairs): detection {detection_rate:.1%}, "
          f"false alarms {false_alarm_rate:.1%}")  # fmt: skip


# -- real news ----------------------------------------------------------------

CORPUS_SAMPLE = 2000


@pytest.mark.corpus
def test_real_news_rarely_fails_a_check(open_vnnews: dict[str, dict[str, str]]) -> None:
    """On real articles a failing finding is rare (most articles are consistent):
    at most 1% of the first articles of the shared corpus get one."""
    flagged = []
    for article_id in list(open_vnnews)[:CORPUS_SAMPLE]:
        text = read_text(open_vnnews[article_id]["text"].encode("utf-8"))
        report = analyze(text, path=article_id)
        if any(f.status == "fail" for f in report.findings):
            flagged.append(article_id)
    rate = len(flagged) / CORPUS_SAMPLE
    print(f"\nreal news: {len(flagged)}/{CORPUS_SAMPLE} articles with a failing finding")
    assert rate <= 0.01, flagged
