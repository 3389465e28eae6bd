"""The schema (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and upgrade it.

Clear text never reaches these tables: message text, sender handles and decision details are
sealed (``*_sealed``), and what must be matched is a keyed hash (``*_key``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

#: one row per stored inbound item, written (and committed) before it is triaged
items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dedupe_key", String(80), nullable=False, unique=True),  # keyed hash of platform + message id, or of the content
    Column("platform", String(32), nullable=False),
    Column("platform_id_sealed", LargeBinary, nullable=True),
    Column("kind", String(20), nullable=False),
    Column("lang", String(8), nullable=True),
    Column("sender_key", String(64), nullable=True, index=True),  # keyed hash of platform + handle
    Column("sender_sealed", LargeBinary, nullable=True),
    Column("text_sealed", LargeBinary, nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=True),  # the platform's timestamp, as received
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("source", String(200), nullable=False),  # file:line or webhook name
    Column("in_incident", Boolean, nullable=False, default=False),
)

#: the decision beside its item, with the engine and model that made it
decisions = Table(
    "decisions",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    Column("category", String(32), nullable=False),
    Column("categories", String(400), nullable=False),  # comma-separated
    Column("zone", String(8), nullable=False),
    Column("urgency", String(12), nullable=False),
    Column("actions", String(400), nullable=False),  # comma-separated: sender memory reads them without unsealing
    Column("engine_version", String(64), nullable=False),
    Column("model_version", String(64), nullable=False),
    Column("detail_sealed", LargeBinary, nullable=False),  # the whole decision JSON (evidence quotes the text)
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Index("ix_decisions_zone_urgency", "zone", "urgency"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_key", String(64), nullable=True, index=True),
    Column("title_sealed", LargeBinary, nullable=False),
    Column("status", String(12), nullable=False),  # open | closed
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("opened_by", String(80), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
)

incident_items = Table(
    "incident_items",
    metadata,
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="RESTRICT"), primary_key=True),
)

#: append-only, hash-chained: every action, who did it and when (see docguard/audit/chain.py)
audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("body", Text, nullable=False),  # the canonical JSON of the entry; the hash covers exactly these bytes
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("event", String(40), nullable=False, index=True),
    Column("subject", String(80), nullable=True, index=True),
)

#: current / former patients and pre-existing friends, as keyed hashes of handles and names
roster = Table(
    "roster",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("value_key", String(64), nullable=False),
    Column("relation", String(16), nullable=False),  # current_patient | former_patient | friend
    Column("added_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("value_key", name="uq_roster_value"),
)

#: facts about the store itself: schema notes and the key fingerprint it was written with
store_meta = Table(
    "store_meta",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

__all__ = ["audit_log", "decisions", "incident_items", "incidents", "items", "metadata", "roster", "store_meta"]
