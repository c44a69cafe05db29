"""``claims eval``: accuracy figures against annotated gold data."""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Collection
from pathlib import Path

import click

import claims
from claims.cli.common import EXIT_USAGE
from claims.evaluation import Evaluation, evaluate, load_gold
from claims.model import Claim
from claims.services import analyze

REPO_ROOT = Path(claims.__file__).resolve().parent.parent
GOLD_RELATIVE = Path("tests") / "gold" / "annotations.jsonl"
CORPUS_RELATIVE = Path("..") / "shared" / "corpus" / "vnnews.jsonl.gz"


@click.group(name="eval")
def eval_group() -> None:
    """Measure extraction accuracy against hand-annotated gold data.

    Example:

        claims eval gold
    """


def _default(relative: Path) -> Path:
    """``relative`` from the current directory, else from the package's repo root."""
    here = Path.cwd() / relative
    return here if here.exists() else (REPO_ROOT / relative).resolve()


def _fail(message: str) -> None:
    click.echo(f"claims: {message}", err=True)
    raise SystemExit(EXIT_USAGE)


def read_articles(corpus: Path, wanted: Collection[str]) -> dict[str, str]:
    """NFC texts of the wanted article ids from the gzip JSON-lines corpus."""
    texts: dict[str, str] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                texts[row["id"]] = unicodedata.normalize("NFC", row["text"])
    return texts


def run_gold(gold_path: Path, corpus_path: Path) -> Evaluation:
    """Analyse every annotated article and score the claims against the gold rows."""
    gold = load_gold(gold_path)
    articles = {row.article for row in gold}
    texts = read_articles(corpus_path, articles)
    absent = sorted(articles - texts.keys())
    if absent:
        raise ValueError(f"{len(absent)} annotated articles not in {corpus_path}: {absent[0]}...")
    predictions: dict[str, list[Claim]] = {
        article: analyze(text, path=article).claims for article, text in texts.items()
    }
    return evaluate(gold, predictions)


def _as_text(result: Evaluation, misses: int) -> str:
    lines = [
        f"articles {result.articles}, gold claims {result.gold_claims}, "
        f"predicted claims {result.predicted_claims}",
        f"{'level':<15}{'precision':>10}{'recall':>10}{'F1':>10}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for level, score in result.scores.items():
        lines.append(
            f"{level:<15}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>10.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
        )
    lines.append(
        f"identifiers/non-claims read as claims: {result.non_claims_read_as_claims}"
        f"/{result.non_claims} = {result.identifier_false_positive_rate:.3f}"
        f" (identifiers {result.identifiers_read_as_claims}/{result.identifiers})"
    )
    lines.append(
        "value recall by kind: "
        + ", ".join(
            f"{kind} {found}/{total}" for kind, (found, total) in result.found_by_kind.items()
        )
    )
    if misses:
        shown = result.misses[:misses]
        lines.append(f"first {len(shown)} of {len(result.misses)} misses:")
        for miss in shown:
            lines.append(
                f"  {miss.kind:<8} {miss.article} {miss.start}-{miss.end} {miss.span!r}"
                f"  gold: {miss.gold or '-'}  predicted: {miss.predicted or '-'}"
            )
    return "\n".join(lines)


def _as_json(result: Evaluation, misses: int) -> str:
    payload = {
        "articles": result.articles,
        "gold_claims": result.gold_claims,
        "predicted_claims": result.predicted_claims,
        "figures": result.figures(),
        "non_claims": result.non_claims,
        "non_claims_read_as_claims": result.non_claims_read_as_claims,
        "identifiers": result.identifiers,
        "identifiers_read_as_claims": result.identifiers_read_as_claims,
        "value_recall_by_kind": {
            kind: {"found": found, "gold": total}
            for kind, (found, total) in result.found_by_kind.items()
        },
        "misses_total": len(result.misses),
        "misses": [
            {
                "article": m.article,
                "kind": m.kind,
                "start": m.start,
                "end": m.end,
                "span": m.span,
                "gold": m.gold,
                "predicted": m.predicted,
            }
            for m in result.misses[:misses]
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


@eval_group.command(name="gold")
@click.option(
    "--gold",
    "gold_option",
    type=click.Path(dir_okay=False),
    help="Annotations (JSON lines). Default: tests/gold/annotations.jsonl.",
)
@click.option(
    "--corpus",
    "corpus_option",
    type=click.Path(dir_okay=False),
    help="News corpus (gzip JSON lines). Default: ../shared/corpus/vnnews.jsonl.gz.",
)
@click.option(
    "--misses", default=20, show_default=True, type=click.IntRange(min=0), help="Misses to list."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def gold(gold_option: str | None, corpus_option: str | None, misses: int, fmt: str) -> None:
    """Score `claims.services.analyze` against the hand-annotated news gold set.

    Prints precision, recall and F1 for value, value+unit and value+subject,
    the share of identifiers read as claims, and the first N misses.  The
    corpus and annotations are looked up relative to the current directory,
    then relative to the repository the package lives in.  The held-out set,
    which nobody tunes on, is tests/gold/heldout.jsonl.

    Example:

        claims eval gold --misses 30

        claims eval gold --gold tests/gold/heldout.jsonl --format json
    """
    gold_path = Path(gold_option) if gold_option else _default(GOLD_RELATIVE)
    corpus_path = Path(corpus_option) if corpus_option else _default(CORPUS_RELATIVE)
    if not gold_path.is_file():
        _fail(f"gold annotations not found: {gold_path}")
    if not corpus_path.is_file():
        _fail(f"news corpus not found: {corpus_path} (pass --corpus PATH)")
    try:
        result = run_gold(gold_path, corpus_path)
    except (ValueError, OSError, KeyError) as exc:
        _fail(str(exc).splitlines()[0])
        return
    click.echo(_as_json(result, misses) if fmt == "json" else _as_text(result, misses))
