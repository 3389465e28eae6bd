"""The names of ../shared/TAXONOMY.md as enums: categories with their precedence, zones, urgency.

The string values are stored in data and printed in JSON: they never change.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    DM = "dm"
    COMMENT = "comment"
    MENTION = "mention"
    FRIEND_REQUEST = "friend_request"
    REVIEW = "review"


class Zone(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def severity(self) -> int:
        return _ZONE_SEVERITY[self]


_ZONE_SEVERITY = {Zone.GREEN: 0, Zone.YELLOW: 1, Zone.RED: 2}


class Urgency(StrEnum):
    NORMAL = "normal"
    HIGH = "high"
    IMMEDIATE = "immediate"

    @property
    def severity(self) -> int:
        return _URGENCY_SEVERITY[self]


_URGENCY_SEVERITY = {Urgency.NORMAL: 0, Urgency.HIGH: 1, Urgency.IMMEDIATE: 2}


class Category(StrEnum):
    """Inbound categories, declared in order of precedence (first wins as primary)."""

    EMERGENCY = "emergency"
    SELF_HARM = "self_harm"
    THREAT_HARASSMENT = "threat_harassment"
    ROMANTIC = "romantic"
    MEDICAL_ADVICE = "medical_advice"
    APPOINTMENT_ADMIN = "appointment_admin"
    EMOTIONAL_DEPENDENCY = "emotional_dependency"
    CONNECTION_REQUEST = "connection_request"
    REVIEW_FEEDBACK = "review_feedback"
    GENERAL_QUESTION = "general_question"
    SPAM = "spam"
    BENIGN = "benign"

    @property
    def precedence(self) -> int:
        return _PRECEDENCE[self]


_PRECEDENCE = {c: i + 1 for i, c in enumerate(Category)}


class Action(StrEnum):
    AUTO_REPLY = "auto_reply"
    NOTIFY_CLINICIAN_NOW = "notify_clinician_now"
    ESCALATE_SUPERVISOR = "escalate_supervisor"
    DOCUMENT_INCIDENT = "document_incident"
    RECOMMEND_BLOCK = "recommend_block"
    REPORT_TO_PLATFORM = "report_to_platform"
    DECLINE_CONNECTION = "decline_connection"
    HIDE_COMMENT = "hide_comment"
    NEEDS_REVIEW = "needs_review"


def by_precedence(categories: set[Category] | list[Category]) -> list[Category]:
    """Categories sorted so the primary one comes first."""
    return sorted(set(categories), key=lambda c: c.precedence)


class Finding(StrEnum):
    """What the outgoing checker can find in a draft (TAXONOMY.md, "Outgoing drafts")."""

    PHI = "phi"
    RELATIONSHIP_CONFIRMATION = "relationship_confirmation"
    PERSONAL_ADVICE = "personal_advice"
    APPOINTMENT_DETAILS = "appointment_details"
    ROMANTIC = "romantic"
    DISPARAGING = "disparaging"
    VAGUE_REASSURANCE = "vague_reassurance"
    #: DocGuard's own, finer label: the draft answers an emergency or a crisis without pointing to help now
    MISSED_EMERGENCY = "missed_emergency"

    @property
    def zone(self) -> Zone:
        return Zone.YELLOW if self is Finding.VAGUE_REASSURANCE else Zone.RED


class DraftContext(StrEnum):
    """Where a draft is going: the same sentence can be safe in a post and red in a reply to a DM."""

    REPLY_TO_DM = "reply_to_dm"
    REPLY_TO_REVIEW = "reply_to_review"
    REPLY_TO_COMMENT = "reply_to_comment"
    POST = "post"
    DECLINE_CONNECTION = "decline_connection"

    @property
    def is_reply(self) -> bool:
        return self is not DraftContext.POST


__all__ = ["Action", "Category", "DraftContext", "Finding", "Kind", "Urgency", "Zone", "by_precedence"]
