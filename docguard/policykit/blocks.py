"""Small helpers the document builders share: content pieces filled in and turned into sections."""

from __future__ import annotations

from collections.abc import Mapping

from docguard.policykit.content import Listed, Tabled
from docguard.policykit.facts import fill
from docguard.policykit.model import Block, Bullets, Paragraph, Section, Table


def paragraphs(texts: tuple[str, ...], values: Mapping[str, str]) -> tuple[Block, ...]:
    return tuple(Paragraph(fill(text, values)) for text in texts)


def listed(item: Listed, values: Mapping[str, str], *, numbered: bool = False, after: tuple[Block, ...] = ()) -> Section:
    blocks: list[Block] = []
    if item.intro:
        blocks.append(Paragraph(fill(item.intro, values)))
    blocks.append(Bullets(tuple(fill(text, values, item.title) for text in item.items), numbered=numbered))
    return Section(fill(item.title, values), (*blocks, *after))


def tabled(item: Tabled, values: Mapping[str, str]) -> Section:
    rows = tuple(tuple(fill(cell, values, item.title) for cell in row) for row in item.rows)
    table = Table(tuple(fill(cell, values) for cell in item.header), rows)
    intro = (Paragraph(fill(item.intro, values)),) if item.intro else ()
    return Section(fill(item.title, values), (*intro, table))


__all__ = ["listed", "paragraphs", "tabled"]
