"""CPU time of the stages after claim building: rules, verdicts, report assembly.

Claims are built first for N articles of ../shared/corpus/vnnews.jsonl.gz (not
timed); then each stage of ``claims.services.analyze`` after ``build_claims``
is timed over all of them with ``time.process_time`` (CPU time, so other
processes on the machine count less), several rounds, keeping each stage's
best round:

- ``misread``: the identifier guard ``run_rules`` applies first;
- ``rules``: ``run_rules`` (the guard included);
- ``verdicts``: ``assign_verdicts``;
- ``report``: the digest and the ``DocumentReport``.

    .venv/bin/python benchmarks/bench_rules.py [--limit 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import time
from collections.abc import Callable
from datetime import date

from bench_validate import CORPUS, load

from claims.extract import build_claims, find_mentions
from claims.model import Claim, DocumentInfo, DocumentReport, Finding, summarise
from claims.rules import RuleContext, run_rules
from claims.rules.identifiers import misread
from claims.rules.verdicts import assign_verdicts
from claims.text import normalize, segment

Article = tuple[str, str | None, list[Claim]]


def prepare(limit: int) -> list[Article]:
    articles: list[Article] = []
    for raw in load(limit):
        text = normalize(raw)
        segmented = segment(text)
        first = segmented.sentences[0] if segmented.sentences else None
        title = text[first.start : first.end][:300] if first else None
        articles.append((text, title, build_claims(segmented, find_mentions(text))))
    return articles


def report(text: str, title: str | None, judged: list[Claim], findings: list[Finding]) -> object:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    published: date | None = None
    return DocumentReport(
        document=DocumentInfo(
            id=digest[:16], path="-", sha256=digest, title=title, published=published
        ),
        claims=judged,
        findings=findings,
        summary=summarise(judged),
        text=text,
    )


def best(rounds: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per stage (default 5)")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found at {CORPUS}")
    articles = prepare(args.limit)
    findings = [run_rules(claims, RuleContext(text=text)) for text, _, claims in articles]
    judged = [assign_verdicts(a[2], f) for a, f in zip(articles, findings, strict=True)]
    pairs = list(zip(articles, findings, judged, strict=True))

    # each stage drops what it makes, as analyze does from one article to the next
    def guard() -> None:
        for text, _, claims in articles:
            [c for c in claims if not misread(c, text)]

    def rules() -> None:
        for text, _, claims in articles:
            run_rules(claims, RuleContext(text=text))  # a fresh memo, as in analyze

    def verdicts() -> None:
        for (_, _, claims), found, _ in pairs:
            assign_verdicts(claims, found)

    def reports() -> None:
        for (text, title, _), found, claims in pairs:
            report(text, title, claims, found)

    stages = {"misread": guard, "rules": rules, "verdicts": verdicts, "report": reports}
    # the prepared articles stay alive for the whole run, unlike in analyze; frozen,
    # the collector does not walk them every time a stage allocates
    gc.freeze()
    print(f"articles: {len(articles)}, claims: {sum(len(a[2]) for a in articles)}")
    seconds = {name: best(args.rounds, work) for name, work in stages.items()}
    for name, value in seconds.items():
        print(f"{name:9s} {value:7.3f} s  {value / len(articles) * 1e6:7.1f} us/article")
    stage = seconds["rules"] + seconds["verdicts"] + seconds["report"]
    print(f"{'stage':9s} {stage:7.3f} s  {stage / len(articles) * 1e6:7.1f} us/article"
          "  (rules + verdicts + report)")  # fmt: skip


if __name__ == "__main__":
    main()
