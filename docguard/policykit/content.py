"""The shape of the kit's words: one instance per language (content_en.py, content_es.py).

The documents' structure lives in the builders and is the same for every language; only these
strings differ. Strings may use the placeholders of ``facts.PLACEHOLDERS`` (``{practice}``,
``{emergency_number}``...) and, where a field says so, a few of their own (``{n}``, ``{limit}``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from docguard.policykit.platforms import Platform


@dataclass(frozen=True, slots=True)
class Listed:
    title: str
    intro: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tabled:
    title: str
    intro: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Fallbacks:
    """What stands in for a profile value the practice left empty."""

    practice: str
    clinician: str
    professional_page: str
    contact: str  # stands in for "call ... or use the patient portal at ..." when no channel is given


@dataclass(frozen=True, slots=True)
class ChannelWords:
    phone: str  # {phone}
    portal: str  # {portal}
    email: str  # {email}
    hours: str  # {hours}
    joiner: str
    last_joiner: str
    labels: Mapping[str, str]  # channel name (phone portal email hours address) -> its label in a table


@dataclass(frozen=True, slots=True)
class KitWords:
    title: str
    intro: str
    contents_title: str
    generated: str  # {version} {date} {source}
    page: str  # {page}
    source_file: str  # {file}
    source_builtin: str


@dataclass(frozen=True, slots=True)
class PolicyWords:
    title: str
    intro: tuple[str, ...]
    scope: Listed
    zones_title: str
    zones_intro: str
    green: Listed
    yellow: Listed
    red: Listed
    roles: Tabled
    escalation_title: str
    escalation_intro: str
    emergencies: Listed
    threats: Listed
    records: Listed
    reviews: Listed
    accounts: Listed
    templates: Listed
    signoff_title: str
    signoff_statement: str
    signoff_header: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HandoutWords:
    title: str
    intro: str
    emergency_title: str
    emergency: str
    crisis: str
    contact_title: str
    contact_intro: str
    no_channels: str
    why_advice: Listed
    why_friends: Listed
    follow: str
    expect: Listed


@dataclass(frozen=True, slots=True)
class DisclaimerWords:
    title: str
    intro: tuple[str, ...]
    how_to: Listed
    limits_title: str
    limits_header: tuple[str, ...]
    bio_field: Mapping[Platform, str]
    pinned_field: Mapping[Platform, str]
    bio_title: str
    pinned_title: str
    count_note: str  # {n} {limit}
    shortened_note: str  # {limit}
    # Longest first; the first whose placeholders all have values and that fits the platform's
    # limit is used. The last of each must have no placeholder and fit every limit.
    bio_variants: tuple[str, ...]
    pinned_variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReplyWords:
    title: str
    intro: tuple[str, ...]
    used_when: str
    # Template name (as in docguard/replies/templates) -> (heading, when it is used); in this order.
    replies: Mapping[str, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class PrivacyWords:
    title: str
    intro: tuple[str, ...]
    everywhere: Listed
    platforms: Mapping[Platform, tuple[str, ...]]
    checked_title: str
    checked_header: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Content:
    lang: str
    fallbacks: Fallbacks
    channels: ChannelWords
    kit: KitWords
    policy: PolicyWords
    handout: HandoutWords
    disclaimers: DisclaimerWords
    replies: ReplyWords
    privacy: PrivacyWords


__all__ = [
    "ChannelWords",
    "Content",
    "DisclaimerWords",
    "Fallbacks",
    "HandoutWords",
    "KitWords",
    "Listed",
    "PolicyWords",
    "PrivacyWords",
    "ReplyWords",
    "Tabled",
]
