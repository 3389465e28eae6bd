"""Document 2: the patient handout: how to reach the practice, and why not by social media."""

from __future__ import annotations

from collections.abc import Mapping

from docguard.policykit.blocks import listed
from docguard.policykit.content import Content
from docguard.policykit.facts import Facts, fill
from docguard.policykit.model import Block, Bullets, Document, Paragraph, Section

CHANNEL_ORDER = ("phone", "portal", "email", "hours", "address")


def build(content: Content, facts: Facts, values: Mapping[str, str], footer: str) -> Document:
    w = content.handout
    emergency = Section(fill(w.emergency_title, values), (Paragraph(fill(w.emergency, values)), Paragraph(fill(w.crisis, values))))
    labels = content.channels.labels
    lines = tuple(f"{labels[key]}: {facts.channels[key]}" for key in CHANNEL_ORDER if facts.channels[key])
    intro = w.contact_intro if facts.has_channels else w.no_channels
    contact_blocks: list[Block] = [Paragraph(fill(intro, values))]
    if lines:
        contact_blocks.append(Bullets(lines))
    return Document(
        slug="patient-handout",
        title=fill(w.title, values),
        intro=(Paragraph(fill(w.intro, values)),),
        sections=(
            emergency,
            Section(fill(w.contact_title, values), tuple(contact_blocks)),
            listed(w.why_advice, values),
            listed(w.why_friends, values, after=(Paragraph(fill(w.follow, values)),)),
            listed(w.expect, values),
        ),
        footer=footer,
    )


__all__ = ["build"]
