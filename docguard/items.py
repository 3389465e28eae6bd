"""The inbound item as DocGuard receives it: frozen, validated at the edge (sources/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from docguard.taxonomy import Kind


@dataclass(frozen=True, slots=True)
class InboundItem:
    id: str
    text: str = field(repr=False)  # message text is PHI: kept out of repr and logs
    kind: Kind = Kind.DM
    sender: str | None = field(default=None, repr=False)
    platform: str | None = None
    timestamp: datetime | None = None
    lang: str | None = None  # the sender's declared language, if the source gives one


__all__ = ["InboundItem"]
