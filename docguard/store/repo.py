"""The store: the only place DocGuard reads or writes its database.

Items are saved in batches, one transaction each, BEFORE they are triaged; a batch that
committed is acknowledged and survives a crash. Saving is idempotent: an item whose
platform and message id (or, without a platform, whose content) is already stored is
skipped. Decisions are saved beside their items afterwards; items still without one are
``pending`` and are triaged on the next run.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from docguard.audit import chain
from docguard.errors import KeyFileError, StoreError
from docguard.items import InboundItem
from docguard.policy.escalate import HistoryItem
from docguard.results import Decision
from docguard.store import settings
from docguard.store.crypto import Keyring, load_keyring
from docguard.store.db import check_key, key_fingerprint, open_engine
from docguard.store.tables import audit_log, decisions, incident_items, incidents, items, roster
from docguard.taxonomy import Kind


@dataclass(frozen=True, slots=True)
class Saved:
    item_id: int
    new: bool
    item: InboundItem
    sender_key: str | None = None


@dataclass(frozen=True, slots=True)
class StoredItem:
    """An item read back: decrypted, with its decision (if triaged yet)."""

    item_id: int
    item: InboundItem
    stored_at: datetime
    source: str
    sender_key: str | None
    decision: dict[str, Any] | None


def _utc(when: datetime | None) -> datetime | None:
    """Times are kept in UTC (SQLite keeps no offset): aware values are converted, naive ones are UTC."""
    if when is None:
        return None
    return when.astimezone(UTC) if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _aad(table: str, column: str, key: str) -> bytes:
    return f"{table}.{column}:{key}".encode()


class Store:
    def __init__(self, engine: Engine, keyring: Keyring, actor: str) -> None:
        self.engine = engine
        self.keys = keyring
        self.actor = actor

    @classmethod
    def open(cls, url: str | None = None, key_path: Path | None = None, actor: str = "docguard") -> Store:
        key_path = key_path or settings.key_file()
        engine = open_engine(url or settings.database_url())
        try:
            if not key_path.exists() and key_fingerprint(engine) is not None:
                raise KeyFileError(f"{key_path}: no key file here, and this database was written with one: DocGuard's data cannot be read without it")
            keyring = load_keyring(key_path)
            check_key(engine, keyring.fingerprint(), str(key_path))
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, keyring, actor)

    # -- keys -------------------------------------------------------------------------------

    def dedupe_key(self, item: InboundItem) -> str:
        if item.platform:
            return "m" + self.keys.digest("message", f"{item.platform}\x00{item.id}")
        stamp = item.timestamp.isoformat() if item.timestamp else ""
        return "c" + self.keys.digest("content", f"{item.kind.value}\x00{item.sender or ''}\x00{stamp}\x00{item.text}")

    def sender_key(self, platform: str | None, handle: str | None) -> str | None:
        if not handle:
            return None
        return self.keys.digest("sender", f"{(platform or '').lower()}\x00{handle.strip().lstrip('@').lower()}")

    # -- items ------------------------------------------------------------------------------

    def save_raw(self, batch: Sequence[tuple[InboundItem, str]]) -> list[Saved]:
        """Store a batch (item, source) in one transaction; already-stored items come back with ``new`` False.

        Two ingests of the same items at once are safe: the loser of a race on an item rolls
        back and retries, and then finds that item stored.
        """
        for _attempt in range(3):
            try:
                return self._save_raw(batch)
            except IntegrityError:
                continue
        return self._save_raw(batch)

    def _save_raw(self, batch: Sequence[tuple[InboundItem, str]]) -> list[Saved]:
        if not batch:
            return []
        now = datetime.now(UTC)
        keyed = [(self.dedupe_key(item), item, source, self.sender_key(item.platform, item.sender)) for item, source in batch]
        with self.engine.begin() as conn:
            existing = dict(conn.execute(select(items.c.dedupe_key, items.c.id).where(items.c.dedupe_key.in_([k for k, _, _, _ in keyed]))).all())
            rows = []
            first: dict[str, InboundItem] = {}
            for key, item, source, sender_key in keyed:
                if key in existing or key in first:
                    continue
                first[key] = item
                rows.append(
                    {
                        "dedupe_key": key,
                        "platform": item.platform or "",
                        "platform_id_sealed": self.keys.seal(item.id, _aad("items", "platform_id", key)),
                        "kind": item.kind.value,
                        "lang": item.lang,
                        "sender_key": sender_key,
                        "sender_sealed": self.keys.seal(item.sender, _aad("items", "sender", key)) if item.sender else None,
                        "text_sealed": self.keys.seal(item.text, _aad("items", "text", key)),
                        "sent_at": _utc(item.timestamp),
                        "stored_at": now,
                        "source": source[:200],
                        "in_incident": False,
                    }
                )
            if rows:
                conn.execute(insert(items), rows)
                new_ids = dict(conn.execute(select(items.c.dedupe_key, items.c.id).where(items.c.dedupe_key.in_(list(first)))).all())
                chain.append(conn, self.actor, "items_stored", None, {"items": sorted(new_ids.values()), "sources": sorted({s.rsplit(":", 1)[0] for _, _, s, _ in keyed})})
            else:
                new_ids = {}
        out = []
        for key, item, _, sender_key in keyed:
            if key in new_ids and first.get(key) is item:
                out.append(Saved(new_ids[key], True, item, sender_key))
            else:
                out.append(Saved(existing.get(key) or new_ids[key], False, item, sender_key))
        return out

    def save_decisions(self, pairs: Sequence[tuple[int, Decision]]) -> None:
        if not pairs:
            return
        now = datetime.now(UTC)
        rows = [
            {
                "item_id": item_id,
                "category": d.category.value,
                "categories": ",".join(c.value for c in d.categories),
                "zone": d.zone.value,
                "urgency": d.urgency.value,
                "actions": ",".join(a.value for a in d.actions),
                "engine_version": d.engine_version,
                "model_version": d.model_version,
                "detail_sealed": self.keys.seal(json.dumps(d.as_dict(), ensure_ascii=False), _aad("decisions", "detail", str(item_id))),
                "decided_at": now,
            }
            for item_id, d in pairs
        ]
        try:
            self._insert_decisions(rows)
        except IntegrityError:  # another ingest decided some of these first (both resumed the same pending items)
            with self.engine.connect() as conn:
                done = set(conn.execute(select(decisions.c.item_id).where(decisions.c.item_id.in_([r["item_id"] for r in rows]))).scalars())
            if rows := [r for r in rows if r["item_id"] not in done]:
                self._insert_decisions(rows)

    def _insert_decisions(self, rows: list[dict[str, Any]]) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(decisions), rows)
            chain.append(conn, self.actor, "items_triaged", None, {"items": [r["item_id"] for r in rows], "engine": rows[0]["engine_version"], "model": rows[0]["model_version"]})

    def pending(self, limit: int = 10_000) -> list[StoredItem]:
        """Stored items that have no decision yet (a crash between storing and triaging leaves some)."""
        query = select(items).outerjoin(decisions, decisions.c.item_id == items.c.id).where(decisions.c.item_id.is_(None)).order_by(items.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [self._read(row, None) for row in conn.execute(query)]

    def _read(self, row: Any, detail: bytes | None) -> StoredItem:
        key = row.dedupe_key
        item = InboundItem(
            id=self.keys.open(row.platform_id_sealed, _aad("items", "platform_id", key)) if row.platform_id_sealed else str(row.id),
            text=self.keys.open(row.text_sealed, _aad("items", "text", key)),
            kind=Kind(row.kind),
            sender=self.keys.open(row.sender_sealed, _aad("items", "sender", key)) if row.sender_sealed else None,
            platform=row.platform or None,
            timestamp=_utc(row.sent_at),
            lang=row.lang,
        )
        decision = json.loads(self.keys.open(detail, _aad("decisions", "detail", str(row.id)))) if detail is not None else None
        return StoredItem(row.id, item, _utc(row.stored_at) or row.stored_at, row.source, row.sender_key, decision)

    def get(self, item_ids: Sequence[int]) -> list[StoredItem]:
        query = select(items, decisions.c.detail_sealed).outerjoin(decisions, decisions.c.item_id == items.c.id).where(items.c.id.in_(list(item_ids))).order_by(items.c.id)
        with self.engine.connect() as conn:
            return [self._read(row, row.detail_sealed) for row in conn.execute(query)]

    def inbox(self, limit: int = 50, include_green: bool = False) -> list[StoredItem]:
        """What needs attention: red and immediate first, then high, then newest."""
        zone_rank = case({"red": 0, "yellow": 1, "green": 2}, value=decisions.c.zone, else_=3)
        urgency_rank = case({"immediate": 0, "high": 1, "normal": 2}, value=decisions.c.urgency, else_=3)
        query = select(items, decisions.c.detail_sealed).join(decisions, decisions.c.item_id == items.c.id)
        if not include_green:
            query = query.where(decisions.c.zone != "green")
        query = query.order_by(urgency_rank, zone_rank, items.c.sent_at.desc().nulls_last(), items.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [self._read(row, row.detail_sealed) for row in conn.execute(query)]

    def by_sender(self, sender_key: str) -> list[StoredItem]:
        query = (
            select(items, decisions.c.detail_sealed)
            .outerjoin(decisions, decisions.c.item_id == items.c.id)
            .where(items.c.sender_key == sender_key)
            .order_by(items.c.sent_at.nulls_last(), items.c.id)
        )
        with self.engine.connect() as conn:
            return [self._read(row, row.detail_sealed) for row in conn.execute(query)]

    def histories(self, sender_keys: Sequence[str], limit: int = 500) -> dict[str, list[HistoryItem]]:
        """Each sender's most recent ``limit`` items, oldest first, from the clear columns only (nothing is unsealed)."""
        if not sender_keys:
            return {}
        query = (
            select(items.c.id, items.c.sender_key, items.c.platform, items.c.sent_at, items.c.stored_at, decisions.c.category, decisions.c.categories, decisions.c.zone, decisions.c.actions)
            .outerjoin(decisions, decisions.c.item_id == items.c.id)
            .where(items.c.sender_key.in_(list(sender_keys)))
            .order_by(items.c.id)
        )
        out: dict[str, list[HistoryItem]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                decision = None if r.category is None else {"category": r.category, "categories": r.categories.split(","), "zone": r.zone, "actions": [a for a in r.actions.split(",") if a]}
                when = _utc(r.sent_at) or _utc(r.stored_at)
                assert when is not None
                out.setdefault(r.sender_key, []).append(HistoryItem.from_decision(r.id, when, decision, platform=r.platform or None, sender_key=r.sender_key))
        return {k: sorted(v[-limit:], key=lambda h: (h.at, h.item_id)) for k, v in out.items()}

    def escalations_recorded(self, sender_keys: Sequence[str]) -> dict[str, set[str]]:
        """The escalation marks already in the log, per sender (so a rule that fired is recorded once)."""
        out: dict[str, set[str]] = {}
        subjects = [f"sender:{k}" for k in sender_keys]
        with self.engine.connect() as conn:
            for row in conn.execute(select(audit_log.c.subject, audit_log.c.body).where(and_(audit_log.c.event == "escalated", audit_log.c.subject.in_(subjects)))):
                out.setdefault(row.subject.removeprefix("sender:"), set()).add(json.loads(row.body)["data"]["mark"])
        return out

    def record_escalation(self, sender_key: str, mark: str, escalation: dict[str, Any], *, open_incident: bool, log: chain.Writer | None = None) -> int | None:
        """Log an escalation (with the rule and the messages that triggered it); at incident level, open or extend the sender's incident.

        With ``log``, in that writer's transaction (ingest records a whole chunk of senders in one).
        """
        if log is None:
            with self.engine.begin() as own:
                return self.record_escalation(sender_key, mark, escalation, open_incident=open_incident, log=chain.Writer(own))
        conn = log.conn
        log.append(self.actor, "escalated", f"sender:{sender_key}", {"mark": mark, **escalation})
        if not open_incident:
            return None
        ids = sorted(escalation["item_ids"])
        incident_id = conn.execute(
            select(incidents.c.id).where(and_(incidents.c.sender_key == sender_key, incidents.c.status == "open")).order_by(incidents.c.id).limit(1)
        ).scalar_one_or_none()
        if incident_id is None:
            incident_id = self._new_incident(conn, f"{escalation['rule']}: {escalation['reason']}", sender_key, ids)
            log.append(self.actor, "incident_opened", f"incident:{incident_id}", {"items": ids, "sender": sender_key, "rule": escalation["rule"]})
            return incident_id
        have = set(conn.execute(select(incident_items.c.item_id).where(incident_items.c.incident_id == incident_id)).scalars())
        ids = [i for i in ids if i not in have]
        if ids:
            log.append(self.actor, "incident_items_added", f"incident:{incident_id}", {"items": ids, "rule": escalation["rule"]})
            self._attach(conn, incident_id, ids)
        return int(incident_id)

    def platforms(self) -> list[str]:
        """Every platform items were stored from ("" for items without one)."""
        with self.engine.connect() as conn:
            return sorted(conn.execute(select(items.c.platform).distinct()).scalars())

    def count(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            n_items = conn.execute(select(func.count()).select_from(items)).scalar_one()
            n_dec = conn.execute(select(func.count()).select_from(decisions)).scalar_one()
        return int(n_items), int(n_dec)

    # -- incidents --------------------------------------------------------------------------

    def open_incident(self, title: str, item_ids: Sequence[int], sender_key: str | None = None) -> int:
        with self.engine.begin() as conn:
            found = set(conn.execute(select(items.c.id).where(items.c.id.in_(list(item_ids)))).scalars())
            missing = sorted(set(item_ids) - found)
            if missing:
                raise StoreError(f"no stored item {', '.join(map(str, missing))}")
            incident_id = self._new_incident(conn, title, sender_key, sorted(found))
            chain.append(conn, self.actor, "incident_opened", f"incident:{incident_id}", {"items": sorted(found), "sender": sender_key})
        return incident_id

    def _new_incident(self, conn: Connection, title: str, sender_key: str | None, item_ids: list[int]) -> int:
        """Insert an open incident (its title sealed under its own id) holding ``item_ids``; the caller logs it."""
        incident_id = int(
            conn.execute(
                insert(incidents).values(title_sealed=b"", sender_key=sender_key, status="open", opened_at=datetime.now(UTC), opened_by=self.actor).returning(incidents.c.id)
            ).scalar_one()
        )
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(title_sealed=self.keys.seal(title, _aad("incidents", "title", str(incident_id)))))
        self._attach(conn, incident_id, item_ids)
        return incident_id

    @staticmethod
    def _attach(conn: Connection, incident_id: int, item_ids: list[int]) -> None:
        """Put items in an incident (and mark them, so retention keeps them)."""
        if item_ids:
            conn.execute(insert(incident_items), [{"incident_id": incident_id, "item_id": i} for i in item_ids])
            conn.execute(update(items).where(items.c.id.in_(item_ids)).values(in_incident=True))

    def record(self, incident_id: int, event: str, data: dict[str, Any], conn: Connection | None = None) -> chain.Entry:
        """An action on an incident, into the chain (notes are sealed: they may quote messages)."""
        if conn is None:
            with self.engine.begin() as own:
                return self.record(incident_id, event, data, own)
        status = conn.execute(select(incidents.c.status).where(incidents.c.id == incident_id)).scalar_one_or_none()
        if status is None:
            raise StoreError(f"no incident {incident_id}")
        return chain.append(conn, self.actor, event, f"incident:{incident_id}", data)

    def note(self, incident_id: int, text: str) -> None:
        sealed = self.keys.seal(text, _aad("audit", "note", str(incident_id))).hex()
        self.record(incident_id, "incident_note", {"note_sealed": sealed})

    def add_items(self, incident_id: int, item_ids: Sequence[int]) -> None:
        with self.engine.begin() as conn:
            self.record(incident_id, "incident_items_added", {"items": sorted(item_ids)}, conn)
            self._attach(conn, incident_id, sorted(item_ids))

    def close_incident(self, incident_id: int, reason: str) -> None:
        with self.engine.begin() as conn:
            self.record(incident_id, "incident_closed", {"reason_sealed": self.keys.seal(reason, _aad("audit", "note", str(incident_id))).hex()}, conn)
            conn.execute(update(incidents).where(incidents.c.id == incident_id).values(status="closed", closed_at=datetime.now(UTC)))

    def incidents(self, status: str | None = None) -> list[dict[str, Any]]:
        query = select(incidents, func.count(incident_items.c.item_id).label("n")).outerjoin(incident_items).group_by(incidents.c.id).order_by(incidents.c.id)
        if status:
            query = query.where(incidents.c.status == status)
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "title": self.keys.open(r.title_sealed, _aad("incidents", "title", str(r.id))),
                    "status": r.status,
                    "opened_at": r.opened_at,
                    "opened_by": r.opened_by,
                    "closed_at": r.closed_at,
                    "items": int(r.n),
                    "sender_key": r.sender_key,
                }
                for r in conn.execute(query)
            ]

    def incident(self, incident_id: int, *, purpose: str = "viewed") -> tuple[dict[str, Any], list[StoredItem], list[chain.Entry]]:
        """One incident with its items and history. Reading it is itself logged (HIPAA audit controls)."""
        with self.engine.begin() as conn:
            self.record(incident_id, f"incident_{purpose}", {}, conn)
        head = next(i for i in self.incidents() if i["id"] == incident_id)
        with self.engine.connect() as conn:
            ids = list(conn.execute(select(incident_items.c.item_id).where(incident_items.c.incident_id == incident_id)).scalars())
            history = list(chain.entries(conn, subject=f"incident:{incident_id}"))
        for e in history:
            for field_name in ("note_sealed", "reason_sealed"):
                if field_name in e.data:
                    e.data[field_name.removesuffix("_sealed")] = self.keys.open(bytes.fromhex(e.data.pop(field_name)), _aad("audit", "note", str(incident_id)))
        return head, self.get(ids), history

    # -- roster -----------------------------------------------------------------------------

    def roster_add(self, values: Sequence[tuple[str, str]]) -> int:
        """(handle or name, relation) pairs, stored as keyed hashes; returns how many were new."""
        now = datetime.now(UTC)
        keyed = {self.keys.digest("roster", v.strip().lstrip("@").lower()): rel for v, rel in values if v.strip()}
        with self.engine.begin() as conn:
            known = set(conn.execute(select(roster.c.value_key).where(roster.c.value_key.in_(list(keyed)))).scalars())
            for key, rel in keyed.items():
                if key in known:
                    conn.execute(update(roster).where(roster.c.value_key == key).values(relation=rel))
            new = [{"value_key": k, "relation": r, "added_at": now} for k, r in keyed.items() if k not in known]
            if new:
                conn.execute(insert(roster), new)
            chain.append(conn, self.actor, "roster_imported", None, {"new": len(new), "updated": len(keyed) - len(new)})
        return len(new)

    def roster_relation(self, *values: str | None) -> str | None:
        keys = [self.keys.digest("roster", v.strip().lstrip("@").lower()) for v in values if v and v.strip()]
        if not keys:
            return None
        with self.engine.connect() as conn:
            rels = set(conn.execute(select(roster.c.relation).where(roster.c.value_key.in_(keys))).scalars())
        for rel in ("current_patient", "former_patient", "friend"):
            if rel in rels:
                return rel
        return None

    # -- retention and keys -----------------------------------------------------------------

    def purge(self, older_than_days: int) -> int:
        """Delete items (and decisions) stored before the cut-off that belong to no incident; logged."""
        cut = datetime.now(UTC) - timedelta(days=older_than_days)
        with self.engine.begin() as conn:
            doomed = list(conn.execute(select(items.c.id).where(and_(items.c.stored_at < cut, items.c.in_incident.is_(False)))).scalars())
            for start in range(0, len(doomed), 5000):
                part = doomed[start : start + 5000]
                conn.execute(delete(decisions).where(decisions.c.item_id.in_(part)))
                conn.execute(delete(items).where(items.c.id.in_(part)))
            chain.append(conn, self.actor, "purged", None, {"older_than_days": older_than_days, "cut_off": cut.isoformat(), "items": len(doomed)})
        return len(doomed)

    def rotate_key(self) -> int:
        """A new active key; every sealed value is re-sealed with it. Returns the items re-sealed.

        Older keys stay in the key file: the log's sealed notes cannot be re-sealed in an append-only log.
        """
        old, new = self.keys, self.keys.rotated()

        def reseal(blob: bytes | None, aad: bytes) -> bytes | None:
            return None if blob is None else new.seal(old.open(blob, aad), aad)

        with self.engine.begin() as conn:
            rows = conn.execute(select(items.c.id, items.c.dedupe_key, items.c.text_sealed, items.c.platform_id_sealed, items.c.sender_sealed)).all()
            for row in rows:
                sealed = {f"{col}_sealed": reseal(getattr(row, f"{col}_sealed"), _aad("items", col, row.dedupe_key)) for col in ("text", "platform_id", "sender")}
                conn.execute(update(items).where(items.c.id == row.id).values(**sealed))
            for item_id, detail in conn.execute(select(decisions.c.item_id, decisions.c.detail_sealed)).all():
                conn.execute(update(decisions).where(decisions.c.item_id == item_id).values(detail_sealed=reseal(detail, _aad("decisions", "detail", str(item_id)))))
            for incident_id, title in conn.execute(select(incidents.c.id, incidents.c.title_sealed)).all():
                conn.execute(update(incidents).where(incidents.c.id == incident_id).values(title_sealed=reseal(title, _aad("incidents", "title", str(incident_id)))))
            chain.append(conn, self.actor, "key_rotated", None, {"new_key": new.active, "rows": len(rows)})
            new.save()  # written before the commit: if the commit then fails, the old key is still in the file, so nothing becomes unreadable
        self.keys = new
        return len(rows)


__all__ = ["Saved", "Store", "StoredItem"]
