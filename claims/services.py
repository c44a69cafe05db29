"""Services: the use cases the CLI calls, with collaborators passed in.

``analyze`` is pure: bytes in, ``DocumentReport`` out.  ``validate`` adds
storage through a repository factory, one transaction per document, so a bad
document leaves nothing behind and never stops the others.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from claims.extract import build_claims, find_mentions
from claims.model import DocumentInfo, DocumentReport, summarise
from claims.rules import RULES, Rule, RuleContext, run_rules
from claims.rules.verdicts import assign_verdicts
from claims.text import InputError, decode, html_to_text, normalize, segment

MAX_BYTES = 20 * 1024 * 1024
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm")


class ReportStore(Protocol):
    """What ``validate`` needs of the database layer."""

    def save_report(self, report: DocumentReport) -> None: ...


StoreFactory = Callable[[], AbstractContextManager[ReportStore]]


def read_text(data: bytes, *, is_html: bool = False) -> str:
    """Decoded, NFC text; HTML reduced to its visible text."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    text = normalize(decode(data))
    if is_html or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text = normalize(html_to_text(text))
    if not text.strip():
        raise InputError("document is empty")
    return text


def analyze(
    text: str,
    *,
    path: str = "-",
    sha256: str | None = None,
    published: date | None = None,
    rules: Sequence[Rule] = RULES,
) -> DocumentReport:
    """Run the whole pipeline on one normalised text."""
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    segmented = segment(text)
    mentions = find_mentions(text, published=published)
    claims = build_claims(segmented, mentions, published=published)
    findings = run_rules(claims, RuleContext(published=published, text=text), rules)
    judged = assign_verdicts(claims, findings)
    first = segmented.sentences[0]
    title = text[first.start : first.end][:300] if segmented.sentences else None
    return DocumentReport(
        document=DocumentInfo(
            id=digest[:16], path=path, sha256=digest, title=title, published=published
        ),
        claims=judged,
        findings=findings,
        summary=summarise(judged),
        text=text,
    )


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file path, or ``-`` for standard input."""

    name: str
    read: Callable[[], bytes]


def expand_paths(paths: Iterable[str], stdin: Callable[[], bytes]) -> Iterator[Source | InputError]:
    """Files as given, directories as their documents (sorted), ``-`` as stdin."""
    for raw in paths:
        if raw == "-":
            yield Source("-", stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not found:
                yield InputError(f"{raw}: no .txt, .md or .html documents in this directory")
            for child in found:
                yield Source(str(child), child.read_bytes)
        elif path.is_file():
            yield Source(str(path), path.read_bytes)
        elif path.exists():
            yield InputError(f"{raw}: not a regular file")
        else:
            yield InputError(f"{raw}: no such file or directory")


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    report: DocumentReport | None = None
    error: str | None = None


def validate(
    sources: Iterable[Source | InputError],
    *,
    published: date | None = None,
    rules: Sequence[Rule] = RULES,
    store: StoreFactory | None = None,
    jobs: int = 1,
) -> Iterator[Outcome]:
    """Analyse each source and store it in its own transaction, in the order given.

    An unreadable source yields an error outcome and stores nothing; the
    others go on.  With ``jobs`` > 1 the analysis runs in that many worker
    processes; reading, storing and the order of the outcomes stay here.
    """
    pending = (_read(source) for source in sources)
    analysed: Iterable[Outcome]
    if jobs > 1:
        analysed = _analysed_in_parallel(pending, published, rules, jobs)
    else:
        analysed = (
            item if isinstance(item, Outcome) else _analysed(item, published, rules)
            for item in pending
        )
    for outcome in analysed:
        if outcome.report is not None and store is not None:
            with store() as repository:
                repository.save_report(outcome.report)
        yield outcome


@dataclass(frozen=True, slots=True)
class _Read:
    name: str
    data: bytes


def _read(source: Source | InputError) -> _Read | Outcome:
    if isinstance(source, InputError):
        return Outcome(name=str(source).split(":", 1)[0], error=str(source))
    try:
        return _Read(source.name, source.read())
    except OSError as exc:
        return Outcome(name=source.name, error=f"{source.name}: {exc.strerror or exc}")


def _analysed(read: _Read, published: date | None, rules: Sequence[Rule]) -> Outcome:
    try:
        text = read_text(read.data, is_html=read.name.lower().endswith((".html", ".htm")))
    except (InputError, UnicodeError) as exc:
        return Outcome(name=read.name, error=f"{read.name}: {exc}")
    report = analyze(
        text,
        path=read.name,
        sha256=hashlib.sha256(read.data).hexdigest(),
        published=published,
        rules=rules,
    )
    return Outcome(name=read.name, report=report)


def _analysed_by_rule_ids(
    read: _Read, published: date | None, rule_ids: tuple[str, ...]
) -> Outcome:
    """``_analysed`` in a worker process: rules travel as their ids."""
    return _analysed(read, published, [rule for rule in RULES if rule.id in rule_ids])


_PER_WORKER_IN_FLIGHT = 8  # enough to keep workers busy, few enough to keep memory flat


def _analysed_in_parallel(
    pending: Iterable[_Read | Outcome], published: date | None, rules: Sequence[Rule], jobs: int
) -> Iterator[Outcome]:
    """Outcomes in input order, analysed by ``jobs`` processes fed one read at a time."""
    rule_ids = tuple(rule.id for rule in rules)
    with ProcessPoolExecutor(max_workers=jobs) as pool:

        def submit(read: _Read) -> Future[Outcome]:
            return pool.submit(_analysed_by_rule_ids, read, published, rule_ids)

        yield from _in_input_order(pending, submit, jobs * _PER_WORKER_IN_FLIGHT)


def _in_input_order(
    pending: Iterable[_Read | Outcome],
    submit: Callable[[_Read], Future[Outcome]],
    window: int,
) -> Generator[Outcome, None, None]:
    """Outcomes in input order, with at most ``window`` reads submitted and not yet yielded.

    A new read is submitted as soon as the oldest outcome is yielded, so the
    workers never wait for a whole batch to drain (a batch at a time left all
    but one worker idle while the slowest document of each batch finished).
    What was never started is cancelled when the caller stops early.
    """
    queued: deque[Outcome | Future[Outcome]] = deque()
    try:
        for item in pending:
            queued.append(item if isinstance(item, Outcome) else submit(item))
            while queued and (len(queued) >= window or _finished(queued[0])):
                yield _outcome(queued.popleft())
        while queued:
            yield _outcome(queued.popleft())
    finally:
        for left in queued:
            if isinstance(left, Future):
                left.cancel()


def _finished(item: Outcome | Future[Outcome]) -> bool:
    return isinstance(item, Outcome) or item.done()


def _outcome(item: Outcome | Future[Outcome]) -> Outcome:
    return item if isinstance(item, Outcome) else item.result()
