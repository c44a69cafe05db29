"""Shared fixtures: paths to the seed and the shared corpora.

Tests that need ``../shared/corpus`` skip with a reason where it is absent.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_2ba98bd3a0c87d25.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
DUCKLING = CORPUS / "duckling_vi.jsonl"
VNNEWS = CORPUS / "vnnews.jsonl.gz"


@pytest.fixture(scope="session")
def seed_text() -> str:
    from claims.services import read_text

    return read_text(SEED.read_bytes())


def iter_vnnews() -> Iterator[dict[str, str]]:
    with gzip.open(VNNEWS, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


@pytest.fixture(scope="session")
def vnnews() -> dict[str, dict[str, str]]:
    """The shared news sample by article id; skips where it is absent."""
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS} (it lives in ../shared/corpus)")
    return {row["id"]: row for row in iter_vnnews()}
