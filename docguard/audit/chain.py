"""The incident log: append-only, each entry carrying the hash of the one before.

An entry's ``body`` is its canonical JSON (sorted keys, no spaces, UTF-8): ``seq``, ``at``
(UTC), ``actor``, ``event``, ``subject`` and ``data``. Its hash is
``sha256(prev_hash + "\\n" + body)``, the first entry's ``prev_hash`` being 64 zeros. Editing a
body, deleting an entry or swapping two breaks the chain at a place ``verify`` names.
Truncating the newest entries leaves a valid shorter chain: that is what the head hash,
printed by ``log verify`` and carried (signed) in every evidence pack, is for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, desc, select, text
from sqlalchemy.exc import IntegrityError

from docguard.errors import StoreError
from docguard.store.tables import audit_log

GENESIS = "0" * 64
_BATCH = 20_000


def canonical(obj: Mapping[str, Any]) -> str:
    """The one serialisation the chain hashes (and dedupe and packs reuse)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, body: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def body(seq: int, at: str, actor: str, event: str, subject: str | None, data: Mapping[str, Any]) -> str:
    """An entry's body: exactly the bytes its hash covers."""
    return canonical({"seq": seq, "at": at, "actor": actor, "event": event, "subject": subject, "data": dict(data)})


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    at: str
    actor: str
    event: str
    subject: str | None
    data: dict[str, Any]
    hash: str
    prev_hash: str

    @property
    def body(self) -> str:
        return body(self.seq, self.at, self.actor, self.event, self.subject, self.data)


def _now(at: datetime | None) -> str:
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")


def _head(conn: Connection) -> tuple[int, str]:
    """The newest entry's (seq, hash); (0, GENESIS) for an empty log."""
    last = conn.execute(select(audit_log.c.seq, audit_log.c.hash).order_by(desc(audit_log.c.seq)).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def chained(seq: int, prev: str, when: str, actor: str, event: str, subject: str | None, data: Mapping[str, Any]) -> tuple[Entry, dict[str, Any]]:
    """The entry after ``prev``, and the audit_log row that stores it."""
    text_body = body(seq, when, actor, event, subject, data)
    digest = entry_hash(prev, text_body)
    row = {"seq": seq, "body": text_body, "prev_hash": prev, "hash": digest, "event": event, "subject": subject}
    return Entry(seq, when, actor, event, subject, dict(data), digest, prev), row


_PG_LOCK = 0x646F6367  # "docg": the advisory lock every PostgreSQL writer of the log takes


def _lock(conn: Connection) -> None:
    """Serialise writers of the log until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
    elif conn.dialect.name == "sqlite":
        conn.execute(text("UPDATE store_meta SET value = value WHERE name = 'log'"))  # a write: takes SQLite's write lock now


class Writer:
    """Appends many entries in one transaction: takes the log's write lock, reads the head once, then one INSERT per entry."""

    def __init__(self, conn: Connection) -> None:
        _lock(conn)
        self.conn = conn
        self.seq, self.prev = _head(conn)

    def append(self, actor: str, event: str, subject: str | None, data: Mapping[str, Any], *, at: datetime | None = None) -> Entry:
        entry, row = chained(self.seq + 1, self.prev, _now(at), actor, event, subject, data)
        self.conn.execute(audit_log.insert().values(**row))
        self.seq, self.prev = entry.seq, entry.hash
        return entry


def append(conn: Connection, actor: str, event: str, subject: str | None, data: Mapping[str, Any], *, at: datetime | None = None) -> Entry:
    """Add one entry in the caller's transaction (so it commits or rolls back with the change it records)."""
    when = _now(at)
    if conn.dialect.name == "postgresql":
        _lock(conn)
    for _attempt in range(5):
        seq, prev = _head(conn)
        entry, row = chained(seq + 1, prev, when, actor, event, subject, data)
        try:
            with conn.begin_nested():
                conn.execute(audit_log.insert().values(**row))
        except IntegrityError:
            continue  # another writer took this seq: read the new head and chain after it
        return entry
    raise StoreError("audit log: could not append after 5 attempts (too many concurrent writers)")


def entries(conn: Connection, *, event: str | None = None, subject: str | None = None) -> Iterator[Entry]:
    query = select(audit_log).order_by(audit_log.c.seq)
    if event is not None:
        query = query.where(audit_log.c.event == event)
    if subject is not None:
        query = query.where(audit_log.c.subject == subject)
    for row in conn.execute(query):
        body = json.loads(row.body)
        yield Entry(row.seq, body["at"], body["actor"], body["event"], body["subject"], body["data"], row.hash, row.prev_hash)


@dataclass(slots=True)
class Verdict:
    entries: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: Connection) -> Verdict:
    """Walk the chain from the first entry; name every entry whose content, place or link is wrong."""
    verdict = Verdict()
    expected_seq, prev = 1, GENESIS
    after = 0
    while True:
        rows = conn.execute(
            select(audit_log.c.seq, audit_log.c.body, audit_log.c.prev_hash, audit_log.c.hash).where(audit_log.c.seq > after).order_by(audit_log.c.seq).limit(_BATCH)
        ).all()
        if not rows:
            break
        for seq, body, prev_hash, digest in rows:
            verdict.entries += 1
            if seq != expected_seq:
                verdict.problems.append(f"entry {expected_seq}" + (f" to {seq - 1}" if seq - 1 > expected_seq else "") + ": missing (deleted?)")
            if prev_hash != prev:
                verdict.problems.append(f"entry {seq}: does not follow the entry before it (deleted, inserted or reordered)")
            if entry_hash(prev_hash, body) != digest:
                verdict.problems.append(f"entry {seq}: its content was altered (hash does not match)")
            elif f'"seq":{seq},' not in body:
                verdict.problems.append(f"entry {seq}: moved (its content names another place in the log)")
            prev, expected_seq = digest, seq + 1
        after = rows[-1][0]
    verdict.head = prev
    return verdict


__all__ = ["GENESIS", "Entry", "Verdict", "Writer", "append", "body", "canonical", "chained", "entries", "entry_hash", "verify"]
