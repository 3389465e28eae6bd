"""The one structured representation every kit document is built as, and both renderers read.

A Document is sections of blocks; text is plain (no markup), so the Markdown and PDF
renderers each escape it for their own format and the two outputs cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docguard.errors import DocGuardError

#: A web address inside plain text (trailing punctuation is not part of it); both renderers link it.
URL = re.compile(r"https?://[^\s<>\"]*[^\s<>\".,;:!?)»”]")


class KitError(DocGuardError):
    """The policy kit cannot be built: a content string is broken or a file cannot be written."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    lead: str = ""  # shown in bold before the text, e.g. "Used when:"


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class Checklist:
    """Items to tick on paper (a box in the PDF, ``- [ ]`` in Markdown)."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.header):
                raise KitError(f"table row {row!r} has {len(row)} cells, the header {len(self.header)}")


@dataclass(frozen=True, slots=True)
class Quote:
    """Text to copy as it is (a reply, a bio), with an optional note under it."""

    text: str
    note: str = ""


Block = Paragraph | Bullets | Checklist | Table | Quote


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    slug: str  # stable file name, the same in every language
    title: str
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    footer: str = ""


def walk_text(doc: Document) -> list[str]:
    """Every piece of text in the document, in reading order (for checks and font coverage)."""
    out = [doc.title, *_blocks_text(doc.intro)]

    def visit(section: Section) -> None:
        out.append(section.title)
        out.extend(_blocks_text(section.blocks))
        for sub in section.subsections:
            visit(sub)

    for section in doc.sections:
        visit(section)
    out.append(doc.footer)
    return out


def _blocks_text(blocks: tuple[Block, ...]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        match block:
            case Paragraph(text=text, lead=lead):
                out += [lead, text]
            case Bullets(items=items) | Checklist(items=items):
                out += items
            case Table(header=header, rows=rows):
                out += header
                out += [cell for row in rows for cell in row]
            case Quote(text=text, note=note):
                out += [text, note]
    return [t for t in out if t]


__all__ = ["URL", "Block", "Bullets", "Checklist", "Document", "KitError", "Paragraph", "Quote", "Section", "Table", "walk_text"]
