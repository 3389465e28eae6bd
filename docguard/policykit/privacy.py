"""Document 5: the privacy-settings checklist, for every platform and then each one."""

from __future__ import annotations

from collections.abc import Mapping

from docguard.policykit.content import Content
from docguard.policykit.facts import fill
from docguard.policykit.model import Checklist, Document, Paragraph, Section, Table
from docguard.policykit.platforms import Platform


def build(content: Content, values: Mapping[str, str], footer: str) -> Document:
    w = content.privacy
    everywhere = Section(fill(w.everywhere.title, values), (Checklist(tuple(fill(t, values) for t in w.everywhere.items)),))
    platforms = tuple(Section(p.display, (Checklist(tuple(fill(t, values) for t in w.platforms[p])),)) for p in Platform)
    checked = Section(
        fill(w.checked_title, values),
        (Table(w.checked_header, tuple((p.display, *("" for _ in w.checked_header[1:])) for p in Platform)),),
    )
    return Document(
        slug="privacy-checklist",
        title=fill(w.title, values),
        intro=tuple(Paragraph(fill(text, values)) for text in w.intro),
        sections=(everywhere, *platforms, checked),
        footer=footer,
    )


__all__ = ["build"]
