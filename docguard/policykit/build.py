"""Builds the policy kit: the practice profile -> Documents -> Markdown files and one PDF per language.

Layout of the output folder, for each language (``en``, ``es``)::

    OUT/en/index.md                  the kit's contents page
    OUT/en/social-media-policy.md    1. the policy staff read and sign
    OUT/en/patient-handout.md        2. how patients reach the practice
    OUT/en/disclaimers.md            3. bio and pinned-post texts per platform
    OUT/en/standard-replies.md       4. the reply templates, filled in
    OUT/en/privacy-checklist.md      5. privacy settings per platform
    OUT/en/policy-kit-en.pdf         all of the above, one document a chapter
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from docguard import __version__
from docguard.app import App
from docguard.policy.profile import load_defaults
from docguard.policykit import disclaimers, handout, markdown, pdf, policy_doc, privacy, replies
from docguard.policykit.content import Content
from docguard.policykit.content_en import EN
from docguard.policykit.content_es import ES
from docguard.policykit.facts import Facts, fill
from docguard.policykit.model import Bullets, Document, KitError, Paragraph, Section

#: The languages the kit is written in: an explicit list, one content module each.
CONTENTS: Final[dict[str, Content]] = {"en": EN, "es": ES}
FORMATS: Final = ("md", "pdf")


@dataclass(frozen=True, slots=True)
class KitResult:
    files: tuple[Path, ...]
    warnings: tuple[str, ...]


def build_documents(app: App, content: Content, facts: Facts, today: date, source: Path | None) -> tuple[Document, ...]:
    """The contents page and the five documents, in ``content``'s language."""
    values = facts.values(content)
    kit = content.kit
    origin = fill(kit.source_file, {"file": source.name}) if source else kit.source_builtin
    footer = fill(kit.generated, {"version": __version__, "date": today.isoformat(), "source": origin})
    docs = (
        policy_doc.build(content, values, footer),
        handout.build(content, facts, values, footer),
        disclaimers.build(content, values, footer),
        replies.build(content, app.renderer, values, footer),
        privacy.build(content, values, footer),
    )
    contents = Document(
        slug="index",
        title=fill(content.kit.title, values),
        intro=(Paragraph(fill(content.kit.intro, values)),),
        sections=(Section(content.kit.contents_title, (Bullets(tuple(doc.title for doc in docs), numbered=True),)),),
        footer=footer,
    )
    return (contents, *docs)


def build_kit(
    app: App,
    out: Path,
    langs: Sequence[str],
    formats: Sequence[str],
    *,
    source: Path | None = None,
    today: date | None = None,
) -> KitResult:
    """Writes the kit for ``langs`` in ``formats`` under ``out``; returns the files and any warnings.

    ``source`` is the profile file the app was built from (None: the built-in defaults); the
    documents name it so a printed copy says where its details came from.
    """
    unknown = [x for x in (*langs, *formats) if x not in CONTENTS and x not in FORMATS]
    if unknown:
        raise KitError(f"unknown language or format {unknown[0]!r}")
    facts = Facts.from_profile(app.profile, load_defaults())
    when = today or date.today()
    files: list[Path] = []
    warnings = _warnings(facts)
    for lang in langs:
        content = CONTENTS[lang]
        docs = build_documents(app, content, facts, when, source)
        folder = out / lang
        if "md" in formats:
            files += [_write(folder / f"{doc.slug}.md", markdown.render(doc).encode("utf-8")) for doc in docs]
        if "pdf" in formats:
            blank = pdf.missing(docs)
            if blank:
                shown = " ".join(sorted(blank))
                warnings.append(f"{lang}: the PDF font cannot draw {shown!r}: those characters print as blanks (the Markdown has them)")
            meta = pdf.PdfMeta(
                title=docs[0].title,
                author=facts.name or "DocGuard",
                lang=lang,
                page_label=content.kit.page,
                letter=facts.country in pdf.LETTER_COUNTRIES,
            )
            files.append(_write(folder / f"policy-kit-{lang}.pdf", pdf.render(docs, meta)))
    return KitResult(tuple(files), tuple(warnings))


def _warnings(facts: Facts) -> list[str]:
    out = []
    if not facts.name:
        out.append("the profile has no practice.name: the kit says 'our practice' instead")
    if not facts.has_channels:
        out.append("the profile has no channels.phone, channels.portal or channels.email: the kit cannot say how to reach the practice")
    return out


def _write(path: Path, data: bytes) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise KitError(f"{path}: cannot write: {exc.strerror}") from exc
    return path


__all__ = ["CONTENTS", "FORMATS", "KitResult", "build_documents", "build_kit"]
