"""Every store test runs twice: on SQLite (the default) and on the PostgreSQL server at 127.0.0.1:5432.

PostgreSQL is never skipped: if it cannot be reached the tests fail and say so
(set DOCGUARD_TEST_PG_URL to point them at another server).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from docguard.app import App, build_app
from docguard.detect.ml.combine import Engine
from docguard.store.repo import Store

PG_ADMIN = os.environ.get("DOCGUARD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def rules_app() -> App:
    return build_app(None, engine=Engine.RULES)


def _pg_database() -> Iterator[str]:
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    name = f"docguard_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the point is to fail loudly, whatever the driver raised
        pytest.fail(f"PostgreSQL at {PG_ADMIN} is not usable ({exc.__class__.__name__}); start it (see .ci/run)")
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'docguard.db'}"
    else:
        yield from _pg_database()


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(url=db_url, key_path=tmp_path / "docguard.key", actor="tester")
    yield s
    s.engine.dispose()
