"""Document 1: the practice's social media policy, for staff to read and sign."""

from __future__ import annotations

from collections.abc import Mapping

from docguard.policykit.blocks import listed, paragraphs, tabled
from docguard.policykit.content import Content
from docguard.policykit.facts import fill
from docguard.policykit.model import Document, Paragraph, Section, Table

SIGNATURE_LINES = 8


def build(content: Content, values: Mapping[str, str], footer: str) -> Document:
    w = content.policy
    zones = Section(
        fill(w.zones_title, values),
        (Paragraph(fill(w.zones_intro, values)),),
        (listed(w.green, values), listed(w.yellow, values), listed(w.red, values)),
    )
    escalation = Section(
        fill(w.escalation_title, values),
        (Paragraph(fill(w.escalation_intro, values)),),
        (listed(w.emergencies, values, numbered=True), listed(w.threats, values, numbered=True)),
    )
    blank = tuple("" for _ in w.signoff_header)
    signoff = Section(
        fill(w.signoff_title, values),
        (Paragraph(fill(w.signoff_statement, values)), Table(w.signoff_header, tuple(blank for _ in range(SIGNATURE_LINES)))),
    )
    return Document(
        slug="social-media-policy",
        title=fill(w.title, values),
        intro=paragraphs(w.intro, values),
        sections=(
            listed(w.scope, values),
            zones,
            tabled(w.roles, values),
            escalation,
            listed(w.records, values),
            listed(w.reviews, values),
            listed(w.accounts, values),
            listed(w.templates, values),
            signoff,
        ),
        footer=footer,
    )


__all__ = ["build"]
