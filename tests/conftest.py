"""Shared fixtures: paths to the seed and the shared corpora.

Tests that need ``../shared/corpus`` skip with a reason where it is absent.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import json
import os
import secrets
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from claims.text import Sentence

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


@functools.cache
def blind_ids() -> frozenset[str]:
    """Every blind gold set's articles (tools/annotate_helper.py selects them)."""
    spec = importlib.util.spec_from_file_location(
        "annotate_helper", ROOT / "tools" / "annotate_helper.py"
    )
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    return frozenset(helper.blind_ids(helper.load_corpus()))


def iter_open_vnnews() -> Iterator[dict[str, str]]:
    """``iter_vnnews`` without the blind gold sets' articles: nothing is run on them."""
    blind = blind_ids()
    return (row for row in iter_vnnews() if row["id"] not in blind)


def open_sentences(articles: int) -> Iterator[tuple[str, Sentence]]:
    """Every sentence of the first ``articles`` open articles (``iter_open_vnnews``), with
    its article's title and text as ``claims`` reads them (normalised); the test using
    them skips where the corpus is absent."""
    from claims.text import normalize, segment

    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS} (it lives in ../shared/corpus)")
    for row in islice(iter_open_vnnews(), articles):
        text = normalize(row["title"] + "\n\n" + row["text"])
        for sentence in segment(text).sentences:
            yield text, sentence


@pytest.fixture(scope="session")
def vnnews() -> dict[str, dict[str, str]]:
    """The shared news sample by article id; skips where it is absent."""
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS} (it lives in ../shared/corpus)")
    return {row["id"]: row for row in iter_vnnews()}


@pytest.fixture(scope="session")
def open_vnnews(vnnews: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """``vnnews`` without the blind gold sets' articles, for tests that run the program."""
    blind = blind_ids()
    return {ident: row for ident, row in vnnews.items() if ident not in blind}


# -- Database fixtures (claims.db) ---------------------------------------------
#
# ``database_url`` runs a test on SQLite (a file in tmp_path) and on PostgreSQL.
# PostgreSQL: the admin URL is $CLAIMS_TEST_DATABASE_URL, else the local
# server's ``test`` database as ``postgres``; one fresh database
# ``claims_test_<random>`` per session, one fresh schema per test (through
# search_path), all dropped afterwards.  No server: the postgresql params skip,
# unless CLAIMS_REQUIRE_POSTGRES=1 (CI), where they fail.

POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"


def _postgres_unavailable(reason: str) -> NoReturn:
    if os.environ.get("CLAIMS_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{reason} (CLAIMS_REQUIRE_POSTGRES=1 demands it)", pytrace=False)
    pytest.skip(f"{reason}; start it or point CLAIMS_TEST_DATABASE_URL at one")


@pytest.fixture(scope="session")
def postgres_session_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server for this test session."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from claims.db import normalize_url

    admin_url = normalize_url(os.environ.get("CLAIMS_TEST_DATABASE_URL") or POSTGRES_ADMIN_URL)
    shown = admin_url.render_as_string(hide_password=True)
    admin = create_engine(
        admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
    )
    try:
        connection = admin.connect()
    except OperationalError as exc:
        admin.dispose()
        first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        _postgres_unavailable(f"no PostgreSQL server answers at {shown}: {first_line}")
    name = f"claims_test_{secrets.token_hex(5)}"
    with connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_session_url: str) -> Iterator[str]:
    """A URL whose connections live in a fresh schema of the session database.

    Plain ``postgresql://`` on purpose: the code under test must pick psycopg 3.
    """
    from sqlalchemy import create_engine, make_url, text

    schema = f"t_{secrets.token_hex(5)}"
    engine = create_engine(postgres_session_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(postgres_session_url).set(drivername="postgresql")
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text("SET lock_timeout = '20s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'claims.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
