"""Opening the database: SQLite (WAL, foreign keys on) by default, PostgreSQL by URL; migrated on open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from docguard.errors import StoreError
from docguard.store.tables import store_meta

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: a committed transaction survives a crash of the process
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def open_engine(url: str) -> Engine:
    """An engine for ``url``, with its schema brought up to date (Alembic ``upgrade head``)."""
    parsed = make_url(url)
    sqlite_file = Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" else None
    if sqlite_file is not None:
        sqlite_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        sqlite_file.touch(mode=0o600, exist_ok=True)  # owner-only from the start (sealed or not, it is the practice's data)
    try:
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            known = {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
            if current is not None and current not in known:
                raise StoreError(f"{parsed.render_as_string(hide_password=True)}: schema {current} is newer than this DocGuard")
            if current != head_revision():
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"{parsed.render_as_string(hide_password=True)}: cannot open the database ({exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc})") from None
    return engine


def _fingerprint(conn: Connection) -> str | None:
    return conn.execute(select(store_meta.c.value).where(store_meta.c.name == "key_fingerprint")).scalar_one_or_none()


def key_fingerprint(engine: Engine) -> str | None:
    """The fingerprint of the key file this database was first written with (None for a new database)."""
    with engine.connect() as conn:
        return _fingerprint(conn)


def check_key(engine: Engine, fingerprint: str, key_path: str) -> None:
    """The first key file to write a store is remembered; another one is refused before it can write or misread."""
    with engine.begin() as conn:
        seen = _fingerprint(conn)
        if seen is None:
            conn.execute(store_meta.insert().values(name="key_fingerprint", value=fingerprint))
        elif seen != fingerprint:
            raise StoreError(f"{key_path}: this is not the key file this database was written with (wrong DOCGUARD_KEY_FILE?)")


__all__ = ["MIGRATIONS", "check_key", "head_revision", "key_fingerprint", "open_engine"]
