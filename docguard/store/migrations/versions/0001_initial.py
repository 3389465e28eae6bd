"""The first schema: items, decisions, incidents, the hash-chained audit log, the roster.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dedupe_key", sa.String(80), nullable=False, unique=True),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("platform_id_sealed", sa.LargeBinary, nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("lang", sa.String(8), nullable=True),
        sa.Column("sender_key", sa.String(64), nullable=True, index=True),
        sa.Column("sender_sealed", sa.LargeBinary, nullable=True),
        sa.Column("text_sealed", sa.LargeBinary, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("stored_at", TS, nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("in_incident", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "decisions",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("categories", sa.String(400), nullable=False),
        sa.Column("zone", sa.String(8), nullable=False),
        sa.Column("urgency", sa.String(12), nullable=False),
        sa.Column("actions", sa.String(400), nullable=False),
        sa.Column("engine_version", sa.String(64), nullable=False),
        sa.Column("model_version", sa.String(64), nullable=False),
        sa.Column("detail_sealed", sa.LargeBinary, nullable=False),
        sa.Column("decided_at", TS, nullable=False),
    )
    op.create_index("ix_decisions_zone_urgency", "decisions", ["zone", "urgency"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sender_key", sa.String(64), nullable=True, index=True),
        sa.Column("title_sealed", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("opened_by", sa.String(80), nullable=False),
        sa.Column("closed_at", TS, nullable=True),
    )
    op.create_table(
        "incident_items",
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="RESTRICT"), primary_key=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("event", sa.String(40), nullable=False, index=True),
        sa.Column("subject", sa.String(80), nullable=True, index=True),
    )
    op.create_table(
        "roster",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("value_key", sa.String(64), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.UniqueConstraint("value_key", name="uq_roster_value"),
    )
    op.create_table(
        "store_meta",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    for name in ("store_meta", "roster", "audit_log", "incident_items", "incidents", "decisions", "items"):
        op.drop_table(name)
