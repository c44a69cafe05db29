"""CPU time per article of every stage of ``claims.services.analyze``, and of the whole.

Each stage's input is made first for N articles of ../shared/corpus/vnnews.jsonl.gz
(the blind gold set left out; text normalisation not timed); then each stage runs
over all of them with ``time.process_time`` (CPU time, so other processes on the
machine count less), several rounds, keeping each stage's best round:

- ``segment``: ``segment`` (sentences and paragraphs);
- ``grammar``: ``find_mentions``;
- ``build``: ``build_claims``;
- ``rules``: ``run_rules`` with a fresh ``RuleContext``, as in analyze;
- ``verdicts``: ``assign_verdicts``;
- ``analyze``: the whole of ``analyze`` (the stages above, the digest and the report).

Rounds go stage by stage, so a burst of load on the machine spoils one stage's round,
not a whole line; compare two trees by running this back to back, several times.

    .venv/bin/python benchmarks/bench_stages.py [--limit 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable

from bench_rules import best
from bench_validate import CORPUS, load

from claims.extract import build_claims, find_mentions
from claims.rules import RuleContext, run_rules
from claims.rules.verdicts import assign_verdicts
from claims.services import analyze
from claims.text import normalize, segment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per stage (default 3)")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found at {CORPUS}")
    texts = [normalize(raw) for raw in load(args.limit)]
    segmented = [segment(text) for text in texts]
    mentions = [find_mentions(text) for text in texts]
    claims = [build_claims(s, m) for s, m in zip(segmented, mentions, strict=True)]
    findings = [run_rules(c, RuleContext(text=t)) for c, t in zip(claims, texts, strict=True)]
    for text in texts[:50]:
        analyze(text)  # warm the caches

    # each stage drops what it makes, as analyze does from one article to the next
    def segments() -> None:
        for text in texts:
            segment(text)

    def grammar() -> None:
        for text in texts:
            find_mentions(text)

    def build() -> None:
        for segments_of, mentions_of in zip(segmented, mentions, strict=True):
            build_claims(segments_of, mentions_of)

    def rules() -> None:
        for claims_of, text in zip(claims, texts, strict=True):
            run_rules(claims_of, RuleContext(text=text))  # a fresh memo, as in analyze

    def verdicts() -> None:
        for claims_of, findings_of in zip(claims, findings, strict=True):
            assign_verdicts(claims_of, findings_of)

    def whole() -> None:
        for text in texts:
            analyze(text)

    stages: dict[str, Callable[[], None]] = {
        "segment": segments,
        "grammar": grammar,
        "build": build,
        "rules": rules,
        "verdicts": verdicts,
        "analyze": whole,
    }
    # the prepared inputs stay alive for the whole run, unlike in analyze; frozen,
    # the collector does not walk them every time a stage allocates
    gc.freeze()
    print(f"articles: {len(texts)}, claims: {sum(map(len, claims))}")
    seconds = {name: best(args.rounds, work) for name, work in stages.items()}
    for name, value in seconds.items():
        print(f"{name:9s} {value:7.3f} s  {value / len(texts) * 1e6:7.1f} us/article")
    parts = sum(value for name, value in seconds.items() if name != "analyze")
    print(f"{'sum':9s} {parts:7.3f} s  {parts / len(texts) * 1e6:7.1f} us/article  (the stages)")


if __name__ == "__main__":
    main()
