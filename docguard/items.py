"""What DocGuard reads: inbound items as received, and outgoing drafts. Frozen, validated at the edge (sources/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from docguard.taxonomy import DraftContext, Kind


@dataclass(frozen=True, slots=True)
class InboundItem:
    id: str
    text: str = field(repr=False)  # message text is PHI: kept out of repr and logs
    kind: Kind = Kind.DM
    sender: str | None = field(default=None, repr=False)
    platform: str | None = None
    timestamp: datetime | None = None
    lang: str | None = None  # the sender's declared language, if the source gives one


@dataclass(frozen=True, slots=True)
class Draft:
    """Something the clinician or their staff is about to send or post."""

    id: str
    text: str = field(repr=False)
    context: DraftContext = DraftContext.REPLY_TO_DM
    in_reply_to: str | None = field(default=None, repr=False)  # the inbound text being answered
    lang: str | None = None


__all__ = ["Draft", "InboundItem"]
