"""A learned claim / non-claim filter over the claims the hand rules keep: train, and
cross-validate it by article.  An experiment (session 7): not wired into the pipeline.

Every development gold set's article is run through the pipeline (segment, find_mentions,
build_claims); each predicted claim is an example, y=1 when it matches a gold claim at the
value level (claims.evaluation.match), else y=0.  The mentions the hand rules already drop
(kind not identifier) where gold labels a non-claim are added as negatives, since the rules,
tuned on these sets, leave few spurious claims on them.  Features are local and cheap (kind,
unit, qualifier, digit shape, 1-3 syllables either side lower-cased and their capitals,
punctuation, place in the sentence, whether 'hai người' was said earlier in the article, a
pointer such as 'này' after it).  The subject is left out: older trees read subjects
differently, and the model learnt 'no subject' rather than 'no claim'.  Pure-Python
logistic regression, deterministic (fixed seed and order).

    .venv/bin/python tools/train_filter.py cv        # grouped 5-fold and leave-one-set-out
    .venv/bin/python tools/train_filter.py dump --tree /work/wt-old --sets dev10,dev11,dev12 \\
        --out /tmp/old.jsonl                           # an older tree's claims (its own code)
    .venv/bin/python tools/train_filter.py unseen --old /tmp/old.jsonl --sets dev10,dev11,dev12
    .venv/bin/python tools/train_filter.py train --out /tmp/weights.json

``unseen`` is the honest check: trained on the other sets (this tree), it filters the claims
of a tree that had not been tuned on ``--sets`` (e.g. 371c432 on dev10-12, 988245a on
dev8-dev10), whose precision (0.83-0.88) is what unseen news gets today.
The blind sets and dev13/dev14 are never read: the gold files are named below.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import random
import re
import subprocess
import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.cli.evaluate import read_articles  # noqa: E402
from claims.evaluation import GoldMention, Level, evaluate, load_gold, match, overlaps  # noqa: E402
from claims.extract import build_claims, find_mentions  # noqa: E402
from claims.model import Claim, Mention  # noqa: E402
from claims.text import segment  # noqa: E402

GOLD_SETS = (
    "annotations",
    "heldout",
    "fresh",
    "more",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
)
GOLD_DIR = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews.jsonl.gz"
LEVELS: tuple[Level, ...] = ("value", "value+unit", "value+subject")
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)

SEED = 20240601
EPOCHS = 25
RATE = 0.1
L2 = 1e-4
MIN_COUNT = 2  # a feature seen in fewer training examples gets no weight
PRUNE = 0.02  # weights smaller than this are dropped from the model
THRESHOLD = 0.2  # chosen by the cross-validation (see the session 7 report)

# --- features ---------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_POINTERS = frozenset(("này", "đó", "ấy", "kia", "trên", "nói"))
_WINDOW = 40  # characters read either side of a mention: enough for three syllables


def _shape(token: str) -> str:
    """'13.249' -> '9.9', 'GSX-R1000' -> 'A-A9': runs of digits, letters, separators."""
    out: list[str] = []
    for char in token:
        mark = (
            "9" if char.isdigit() else ("A" if char.isupper() else "a") if char.isalpha() else char
        )
        if not out or out[-1] != mark:
            out.append(mark)
    return "".join(out)[:8]


def _cap(token: str) -> str:
    if not token[:1].isalpha():
        return "d" if token[:1].isdigit() else "p"
    return "C" if token[:1].isupper() else "l"


def _magnitude(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "str" if isinstance(value, str) else "none"
    if value == 0:
        return "0"
    if 1900 <= value <= 2100 and value == int(value):
        return "yearlike"
    return f"e{min(9, int(math.log10(abs(value))))}" + ("" if value == int(value) else "f")


def features(text: str, mention: Mention, sentence_start: int, sentence_end: int) -> list[str]:
    """The feature names of one mention read in its sentence of ``text``."""
    start, end, kind = mention.start, mention.end, mention.kind
    before = _TOKEN.findall(text[max(sentence_start, start - _WINDOW) : start])
    after = _TOKEN.findall(text[end : min(sentence_end, end + _WINDOW)])
    prev = [t.lower() for t in before[-3:]][::-1] + ["<s>"] * 3
    nxt = [t.lower() for t in after[:3]] + ["</s>"] * 3
    own = _TOKEN.findall(mention.text)
    digits = [t for t in own if _DIGIT.search(t)]
    unit = (mention.unit or "").lower()
    out = [
        f"k={kind}",
        f"q={mention.qualifier}",
        f"kq={kind}|{mention.qualifier}",
        f"u={unit or '-'}",
        f"ku={kind}|{'u' if unit else '-'}",
        f"mag={_magnitude(mention.value)}|{kind}",
        f"p1={prev[0]}",
        f"p2={prev[1]}",
        f"p3={prev[2]}",
        f"p12={prev[1]} {prev[0]}",
        f"n1={nxt[0]}",
        f"n2={nxt[1]}",
        f"n3={nxt[2]}",
        f"n12={nxt[0]} {nxt[1]}",
        f"p1n1={prev[0]}|{nxt[0]}",
        f"k_p1={kind}|{prev[0]}",
        f"k_n1={kind}|{nxt[0]}",
        f"capp={_cap(before[-1]) if before else '<s>'}",
        f"capn={_cap(after[0]) if after else '</s>'}",
        f"capm={_cap(own[0]) if own else '-'}",
        f"words={min(len(own), 5)}",
    ]
    if digits:
        out.append(f"shape={_shape(digits[0])}")
        out.append(f"ndig={min(9, sum(c.isdigit() for c in digits[0]))}|{kind}")
    else:
        out.append(f"w0={own[0].lower() if own else '-'}")
    if own:
        out.append(f"last={own[-1].lower()}")
    caps = sum(1 for t in before[-3:] + after[:3] if t[:1].isupper())
    out.append(f"ncap={min(caps, 3)}")
    line_start = text.rfind("\n", sentence_start, start) + 1 or sentence_start
    out.append(f"linestart={not text[line_start:start].strip()}")
    share = (start - sentence_start) / max(1, sentence_end - sentence_start)
    out.append(f"pos={min(4, int(share * 5))}")
    earlier = text[:start].lower()
    out.append(f"said_before={f'{mention.text.lower()} {nxt[0]}' in earlier}|{kind}")
    out.append(f"noun_before={nxt[0].isalpha() and f' {nxt[0]} ' in earlier}")
    out.append(f"pointed={bool(_POINTERS.intersection(t.lower() for t in after[:5]))}")
    numbers = len(_DIGITS.findall(text, sentence_start, sentence_end))
    out.append(f"digits_in_sentence={min(3, numbers)}")
    out.append(f"inparen={'(' in text[max(sentence_start, start - 30) : start].split(')')[-1]}")
    return out


# --- examples ---------------------------------------------------------------------------


@dataclass
class Example:
    names: list[str]
    y: int
    claim: Claim | None  # None for a mention the hand rules already drop


@dataclass
class Article:
    ident: str
    gold_set: str
    gold: list[GoldMention]
    claims: list[Claim]
    examples: list[Example]


def _examples(
    text: str, rows: list[GoldMention], claims: list[Claim], dropped: Sequence[Mention]
) -> list[Example]:
    """The claims labelled by gold, and the dropped mentions gold labels non-claims."""
    sentences = segment(text).sentences
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]

    def bounds(offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(starts, offset) - 1)
        return starts[index], ends[index]

    wanted = [row for row in rows if row.is_claim]
    matched = {id(claim) for _, claim in match("value", wanted, claims)}
    out = [Example(features(text, c, *bounds(c.start)), int(id(c) in matched), c) for c in claims]
    for mention in dropped:
        if mention.kind == "identifier" or any(
            overlaps(mention.start, mention.end, c.start, c.end) for c in claims
        ):
            continue
        near = [r for r in rows if overlaps(r.start, r.end, mention.start, mention.end)]
        if near and not any(r.is_claim for r in near):
            out.append(Example(features(text, mention, *bounds(mention.start)), 0, None))
    return out


def _gold_by_article(sets: Sequence[str]) -> dict[str, tuple[str, list[GoldMention]]]:
    out: dict[str, tuple[str, list[GoldMention]]] = {}
    for name in sets:
        for row in load_gold(GOLD_DIR / f"{name}.jsonl"):
            out.setdefault(row.article, (name, []))[1].append(row)
    return out


def load_articles(cache: Path | None = None) -> list[Article]:
    """Every development article with this tree's claims and its examples."""
    if cache is not None and cache.exists():
        loaded: list[Article] = pickle.loads(cache.read_bytes())
        return loaded
    gold = _gold_by_article(GOLD_SETS)
    texts = read_articles(CORPUS, gold.keys())
    out: list[Article] = []
    for ident in sorted(gold, key=lambda i: (GOLD_SETS.index(gold[i][0]), i)):
        (name, rows), text = gold[ident], texts[ident]
        mentions = find_mentions(text)
        claims = build_claims(segment(text), mentions)
        out.append(Article(ident, name, rows, claims, _examples(text, rows, claims, mentions)))
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


# --- model ------------------------------------------------------------------------------


def train(examples: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Logistic regression by SGD with L2 and a decaying rate, a fixed shuffle per epoch."""
    counts: dict[str, int] = {}
    for example in examples:
        for name in set(example.names):
            counts[name] = counts.get(name, 0) + 1
    rows = [(sorted(n for n in set(e.names) if counts[n] >= MIN_COUNT), e.y) for e in examples]
    weights = {name: 0.0 for name, count in sorted(counts.items()) if count >= MIN_COUNT}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for index in order:
            names, y = rows[index]
            gradient = probability(bias, weights, names) - y
            bias -= rate * gradient
            for n in names:
                weights[n] -= rate * (gradient + L2 * weights[n])
    return bias, {n: w for n, w in weights.items() if abs(w) >= PRUNE}


def probability(bias: float, weights: dict[str, float], names: list[str]) -> float:
    total = bias + sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


# --- evaluation -------------------------------------------------------------------------


def fold_of(ident: str, folds: int) -> int:
    return int(hashlib.md5(ident.encode()).hexdigest(), 16) % folds


def out_of_fold(articles: list[Article], group: dict[str, str]) -> dict[int, float]:
    """P(claim) of every predicted claim, from a model trained without its group."""
    probabilities: dict[int, float] = {}
    for held in sorted(set(group.values())):
        bias, weights = train([e for a in articles if group[a.ident] != held for e in a.examples])
        for article in (a for a in articles if group[a.ident] == held):
            for example in article.examples:
                if example.claim is not None:
                    probabilities[id(example.claim)] = probability(bias, weights, example.names)
    return probabilities


def scores(articles: list[Article], probs: dict[int, float], thr: float) -> dict[str, float]:
    kept = {a.ident: [c for c in a.claims if probs.get(id(c), 1.0) >= thr] for a in articles}
    result = evaluate([row for a in articles for row in a.gold], kept)
    out = {"nc read": float(result.non_claims_read_as_claims)}
    for level in LEVELS:
        score = result.scores[level]
        out[f"{level} P"], out[f"{level} R"] = score.precision, score.recall
        out[f"{level} F1"] = score.f1
    return out


def sweep(articles: list[Article], probs: dict[int, float]) -> None:
    for thr in THRESHOLDS:
        s = scores(articles, probs, thr)
        print(
            f"threshold {thr:.2f}: value P/R/F1 {s['value P']:.3f} {s['value R']:.3f} "
            f"{s['value F1']:.3f}  value+unit F1 {s['value+unit F1']:.3f}  "
            f"value+subject F1 {s['value+subject F1']:.3f}"
        )


def table(
    title: str, groups: dict[str, list[Article]], probs: dict[int, float], thr: float
) -> None:
    """P/R/F1 per level without and with the filter; FP = spurious claims left by the rules,
    drop-/drop+ = spurious / right claims the filter drops."""
    print(f"\n{title} (threshold {thr})")
    head = "".join(f"{lvl + ' ' + m:>9}" for lvl in ("val", "unit", "subj") for m in "PRF")
    print(f"{'group':<12}{'':>4}{head}{'nc read':>8}{'FP':>5}{'drop-':>6}{'drop+':>6}")
    for name, members in groups.items():
        claims = [e for a in members for e in a.examples if e.claim is not None]
        for label, p in (("off", {}), ("on", probs)):
            s = scores(members, p, thr)
            cells = "".join(f"{s[f'{lvl} {m}']:>9.3f}" for lvl in LEVELS for m in ("P", "R", "F1"))
            dropped = [e for e in claims if p.get(id(e.claim), 1.0) < thr]
            spurious = sum(1 for e in dropped if e.y == 0)
            print(
                f"{name:<12}{label:>4}{cells}{int(s['nc read']):>8}"
                f"{sum(1 for e in claims if e.y == 0):>5}{spurious:>6}{len(dropped) - spurious:>6}"
            )


def unseen(articles: list[Article], old: Path, sets: list[str], thr: float) -> None:
    """Train on the other sets (this tree); filter an older tree's claims on ``sets``."""
    bias, weights = train([e for a in articles if a.gold_set not in sets for e in a.examples])
    fields = set(Claim.model_fields)
    old_claims: dict[str, list[Claim]] = {}
    for line in old.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        old_claims[row["article"]] = [
            Claim.model_validate({k: v for k, v in c.items() if k in fields}) for c in row["claims"]
        ]
    texts = read_articles(CORPUS, old_claims.keys())
    tested: list[Article] = []
    probs: dict[int, float] = {}
    for article in (a for a in articles if a.gold_set in sets):
        claims = old_claims[article.ident]
        examples = _examples(texts[article.ident], article.gold, claims, ())
        for example in examples:
            probs[id(example.claim)] = probability(bias, weights, example.names)
        tested.append(Article(article.ident, article.gold_set, article.gold, claims, examples))
    sweep(tested, probs)
    groups = {name: [a for a in tested if a.gold_set == name] for name in sets}
    groups["all"] = tested
    table(f"{old.name}, trained without {','.join(sets)}", groups, probs, thr)


_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from claims.services import analyze
for line in sys.stdin:
    row = json.loads(line)
    claims = [c.model_dump(mode="json") for c in analyze(row["text"], path=row["id"]).claims]
    print(json.dumps({"article": row["id"], "claims": claims}, ensure_ascii=False))
"""


def dump(tree: Path, sets: list[str], out: Path) -> None:
    """An older tree's claims on ``sets``, run by its own code in a child process."""
    gold = _gold_by_article(sets)
    texts = read_articles(CORPUS, gold.keys())
    lines = "".join(
        json.dumps({"id": i, "text": texts[i]}, ensure_ascii=False) + "\n" for i in sorted(texts)
    )
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(tree.resolve())],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    out.write_text(done.stdout, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("command", choices=("cv", "unseen", "dump", "train"))
    parser.add_argument("--cache", type=Path, help="pickle of this tree's examples (speed)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--old", type=Path, help="unseen: an older tree's claims (from dump)")
    parser.add_argument("--tree", type=Path, help="dump: the older tree's checkout")
    parser.add_argument("--sets", default="", help="unseen, dump: gold sets, comma-separated")
    parser.add_argument("--out", type=Path, help="dump, train: where to write")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if args.command == "dump":
        dump(args.tree, sets, args.out)
        return 0
    articles = load_articles(args.cache)
    claims = [e for a in articles for e in a.examples if e.claim is not None]
    print(
        f"{len(articles)} articles, {len(claims)} predicted claims, "
        f"{sum(1 for e in claims if e.y == 0)} spurious, "
        f"{sum(1 for a in articles for e in a.examples if e.claim is None)} extra negatives"
    )
    if args.command == "cv":
        by_fold = {a.ident: f"fold{fold_of(a.ident, args.folds)}" for a in articles}
        probs = out_of_fold(articles, by_fold)
        sweep(articles, probs)
        groups = {
            f: [a for a in articles if by_fold[a.ident] == f] for f in sorted(set(by_fold.values()))
        }
        table(
            f"grouped {args.folds}-fold CV by article",
            groups | {"all": articles},
            probs,
            args.threshold,
        )
        by_set = {a.ident: a.gold_set for a in articles}
        probs = out_of_fold(articles, by_set)
        groups = {name: [a for a in articles if a.gold_set == name] for name in GOLD_SETS}
        table("leave-one-set-out", groups | {"all": articles}, probs, args.threshold)
    elif args.command == "unseen":
        unseen(articles, args.old, sets, args.threshold)
    else:
        bias, weights = train([e for a in articles for e in a.examples])
        payload = {
            "bias": round(bias, 4),
            "threshold": args.threshold,
            "weights": {n: round(w, 4) for n, w in sorted(weights.items())},
        }
        text = json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
        print(f"{len(weights)} weights, {len(text.encode())} bytes")
        if args.out:
            args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
