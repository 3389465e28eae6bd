"""Document 4: the standard replies, rendered by the app's Renderer with the practice's details."""

from __future__ import annotations

from collections.abc import Mapping

from docguard.policykit.content import Content
from docguard.policykit.facts import fill
from docguard.policykit.model import Document, KitError, Paragraph, Quote, Section
from docguard.replies.render import Renderer


def build(content: Content, renderer: Renderer, values: Mapping[str, str], footer: str) -> Document:
    w = content.replies
    missing = sorted(renderer.names - w.replies.keys())
    unknown = sorted(w.replies.keys() - renderer.names)
    if missing or unknown:
        raise KitError(
            f"policy kit ({content.lang}): reply descriptions out of step with the templates: "
            f"undescribed {missing or 'none'}, unknown {unknown or 'none'}"
        )
    sections = []
    for name, (heading, when) in w.replies.items():
        text = renderer.render(name, content.lang)
        if text is None:
            raise KitError(f"template {name!r} rendered nothing")
        sections.append(Section(fill(heading, values), (Paragraph(fill(when, values), lead=w.used_when), Quote(text))))
    return Document(
        slug="standard-replies",
        title=fill(w.title, values),
        intro=tuple(Paragraph(fill(text, values)) for text in w.intro),
        sections=tuple(sections),
        footer=footer,
    )


__all__ = ["build"]
