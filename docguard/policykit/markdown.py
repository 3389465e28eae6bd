"""Renders a Document as Markdown (CommonMark with GitHub's tables and task lists)."""

from __future__ import annotations

import re

from docguard.policykit.model import URL, Block, Bullets, Checklist, Document, Paragraph, Quote, Section, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_NUMBERED = re.compile(r"\d+[.)]")


def render(doc: Document) -> str:
    out: list[str] = [f"# {escape(doc.title)}", ""]
    _blocks(out, doc.intro)
    for section in doc.sections:
        _section(out, section, 2)
    if doc.footer:
        out += ["---", "", f"*{escape(doc.footer)}*", ""]
    return "\n".join(out)


def escape(text: str) -> str:
    """Plain text as Markdown that shows the same characters; web addresses become links."""
    parts: list[str] = []
    last = 0
    for match in URL.finditer(text):
        parts.append(_SPECIAL.sub(r"\\\1", text[last : match.start()]))
        parts.append(f"<{match.group()}>")
        last = match.end()
    parts.append(_SPECIAL.sub(r"\\\1", text[last:]))
    out = "".join(parts)
    # What would start a list or a heading underline at the start of a line is escaped too.
    number = _NUMBERED.match(out)
    if number:
        return out[: number.end() - 1] + "\\" + out[number.end() - 1 :]
    return "\\" + out if out[:1] in ("-", "+", "=") else out


def _section(out: list[str], section: Section, level: int) -> None:
    out += [f"{'#' * min(level, 6)} {escape(section.title)}", ""]
    _blocks(out, section.blocks)
    for sub in section.subsections:
        _section(out, sub, level + 1)


def _blocks(out: list[str], blocks: tuple[Block, ...]) -> None:
    for block in blocks:
        match block:
            case Paragraph(text=text, lead=lead):
                out.append(f"**{escape(lead)}** {escape(text)}" if lead else escape(text))
            case Bullets(items=items, numbered=numbered):
                out += [f"{i}. {escape(item)}" if numbered else f"- {escape(item)}" for i, item in enumerate(items, 1)]
            case Checklist(items=items):
                out += [f"- [ ] {escape(item)}" for item in items]
            case Table(header=header, rows=rows):
                out.append(_row(header))
                out.append("|" + "|".join(" --- " for _ in header) + "|")
                out += [_row(row) for row in rows]
            case Quote(text=text, note=note):
                out += [f"> {escape(line)}" if line else ">" for line in text.split("\n")]
                if note:
                    out += ["", f"*{escape(note)}*"]
        out.append("")


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(escape(" ".join(cell.split())) for cell in cells) + " |"


__all__ = ["escape", "render"]
