"""Survey of what the validator flags on the shared news corpus.

Runs ``claims.services.analyze`` over ``../shared/corpus/vnnews.jsonl.gz``
(each article's ``text`` as it is stored, so offsets point into it) and
prints, per 100 articles and per rule, how many claims, findings and failing
findings the validator produced and how many claims it judged inconsistent.
One article that raises is counted and reported with its id; the run goes on.
The blind gold sets' articles (``annotate_helper.blind_ids``) are left out, as the
benchmarks and ``snapshot.py`` leave them: nothing is run on them.

    python tools/flag_survey.py                      # every article but the blind sets'
    python tools/flag_survey.py --limit 500          # the first 500 of those in id order
    python tools/flag_survey.py --dump /tmp/flags.jsonl

``--dump`` writes every failing finding as one JSON line with a stable key
(article id, rule, claim texts and offsets) and the claims' sentences, so a
person can judge it.  The sentences are article text: dump to /tmp, never
into the repository (the corpus has no licence).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tools"):  # run as a script from anywhere, or imported as tools.*
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from annotate_helper import blind_ids, load_corpus  # noqa: E402

from claims.model import Claim, DocumentReport, Finding  # noqa: E402
from claims.services import analyze  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz"


@functools.cache
def blind() -> frozenset[str]:
    """The ids of the blind gold sets' articles, which are selected from the shared
    corpus (none without it); skipped by id in any corpus read."""
    return blind_ids(load_corpus()) if CORPUS.exists() else frozenset()


def iter_articles(path: Path = CORPUS, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Corpus rows in stored (id) order, the blind sets' articles left out, at most
    ``limit`` of them."""
    skipped = blind()
    yielded = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and yielded >= limit:
                return
            row = json.loads(line)
            if row.get("id") in skipped:
                continue
            yielded += 1
            yield row


def finding_key(article_id: str, rule: str, claims: Sequence[Claim]) -> str:
    """Stable across runs: finding and claim ids are renumbered, offsets are not."""
    spans = ";".join(f"{c.start}-{c.end}:{c.text}" for c in claims)
    return f"{article_id}|{rule}|{spans}"


def failing_records(article_id: str, report: DocumentReport) -> Iterator[dict[str, Any]]:
    """One dump record per failing finding, its claims in the finding's order."""
    by_id = {claim.id: claim for claim in report.claims}
    for finding in report.findings:
        if finding.status != "fail":
            continue
        claims = [by_id[cid] for cid in finding.claims if cid in by_id]
        yield {
            "key": finding_key(article_id, finding.rule, claims),
            "article_id": article_id,
            "rule": finding.rule,
            "message": finding.message,
            "detail": finding.detail,
            "claims": [_claim_record(claim) for claim in claims],
        }


def _claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "sentence": claim.sentence,
        "subject": claim.subject,
        "scope": claim.scope.model_dump(),
        "interval": claim.interval.model_dump(),
        "unit": claim.unit,
    }


@dataclass
class Tally:
    """Running totals over the articles analysed so far."""

    articles: int = 0
    claims: int = 0
    inconsistent: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    failing: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, report: DocumentReport) -> None:
        self.articles += 1
        self.claims += len(report.claims)
        self.inconsistent += sum(1 for c in report.claims if c.verdict == "inconsistent")
        for finding in report.findings:
            self._count(finding)

    def _count(self, finding: Finding) -> None:
        self.findings[finding.rule] += 1
        if finding.status == "fail":
            self.failing[finding.rule] += 1


def survey(rows: Iterator[dict[str, Any]], dump: TextIO | None = None) -> Tally:
    tally = Tally()
    for row in rows:
        article_id = str(row.get("id", "?"))
        try:
            report = analyze(row["text"], path=article_id)
        except Exception as exc:  # one bad article must not stop the survey
            tally.errors.append((article_id, f"{type(exc).__name__}: {exc}"))
            traceback.print_exc(limit=3, file=sys.stderr)
            continue
        tally.add(report)
        if dump is not None:
            for record in failing_records(article_id, report):
                dump.write(json.dumps(record, ensure_ascii=False) + "\n")
    return tally


def per_100(count: int, articles: int) -> str:
    return f"{100 * count / articles:8.2f}" if articles else "     n/a"


def print_tally(tally: Tally, seconds: float, out: TextIO | None = None) -> None:
    out = out or sys.stdout  # looked up at call time, so a redirected stdout is honoured
    n = tally.articles
    print(f"articles analysed: {n} in {seconds:.0f} s; exceptions: {len(tally.errors)}", file=out)
    print(f"{'':28}{'total':>9}{'per 100':>9}", file=out)
    rows = [
        ("claims", tally.claims),
        ("findings", sum(tally.findings.values())),
        ("failing findings", sum(tally.failing.values())),
        ("claims judged inconsistent", tally.inconsistent),
    ]
    for label, count in rows:
        print(f"{label:28}{count:9d}{per_100(count, n)}", file=out)
    print(f"\n{'rule':28}{'findings':>9}{'per 100':>9}{'failing':>9}{'per 100':>9}", file=out)
    for rule in sorted(tally.findings, key=lambda r: (-tally.failing[r], r)):
        found, failed = tally.findings[rule], tally.failing[rule]
        print(f"{rule:28}{found:9d}{per_100(found, n)}{failed:9d}{per_100(failed, n)}", file=out)
    for article_id, error in tally.errors:
        print(f"exception in {article_id}: {error}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="vnnews.jsonl.gz path")
    parser.add_argument("--dump", type=Path, default=None, help="failing findings as JSON lines")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.dump is not None and ROOT in args.dump.resolve().parents:
        print("refusing to dump article sentences inside the repository", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows = iter_articles(args.corpus, args.limit)
    if args.dump is None:
        tally = survey(rows)
    else:
        with args.dump.open("w", encoding="utf-8") as dump:
            tally = survey(rows, dump)
    print_tally(tally, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
