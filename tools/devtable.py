"""Every development gold set's figures in one table, the pooled misses optionally dumped.

    python tools/devtable.py                  # one line per development set, and the pool
    python tools/devtable.py --dump fps.jsonl # also every miss, one JSON line each
    python tools/devtable.py --skip dev22     # leave out the session's unseen sample

The blind sets are never run here: ``claims eval gold --gold tests/gold/blind/SET.jsonl``
is run on them once, at the end of a session, by whoever steps the floors.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from annotate_helper import BLIND_SETS, CORPUS, SETS  # tools/ is this script's folder

from claims.cli.evaluate import run_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every miss here, one JSON line each")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="SET",
        help="leave this set out (the session's unseen sample, which nobody may watch)",
    )
    args = parser.parse_args()
    totals = {"identifiers": 0, "identifiers read": 0, "non-claims": 0, "non-claims read": 0}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    print(f"{'set':<12}{'value':>8}{'unit':>8}{'subject':>9}{'P':>7}{'R':>7}{'ids':>9}")
    for name, (_, _, gold, _) in SETS.items():
        if name in BLIND_SETS or name in args.skip or not gold.exists():
            continue
        result = run_gold(gold, CORPUS)
        value, unit, subject = (score.f1 for score in result.scores.values())
        precision = next(iter(result.scores.values())).precision
        recall = next(iter(result.scores.values())).recall
        print(
            f"{name or 'annotations':<12}{value:>8.3f}{unit:>8.3f}{subject:>9.3f}"
            f"{precision:>7.3f}{recall:>7.3f}"
            f"{result.identifiers_read_as_claims:>5}/{result.identifiers:<4}"
        )
        totals["identifiers"] += result.identifiers
        totals["identifiers read"] += result.identifiers_read_as_claims
        totals["non-claims"] += result.non_claims
        totals["non-claims read"] += result.non_claims_read_as_claims
        if dump:
            for miss in result.misses:
                dump.write(json.dumps({"set": name, **asdict(miss)}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    print(
        f"identifiers read as claims {totals['identifiers read']}/{totals['identifiers']}"
        f" = {totals['identifiers read'] / max(totals['identifiers'], 1):.3f};"
        f" non-claims {totals['non-claims read']}/{totals['non-claims']}"
    )


if __name__ == "__main__":
    main()
