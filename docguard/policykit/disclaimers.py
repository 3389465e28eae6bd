"""Document 3: bio and pinned-post disclaimers for each platform, each within its length limit.

Each text is the first of the language's variants (longest first) whose placeholders all have
values and which fits the platform's limit. Nothing is ever cut: when a longer variant did not
fit, the document says so under the shorter one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from docguard.policykit.blocks import listed
from docguard.policykit.content import Content
from docguard.policykit.facts import fields_of, fill
from docguard.policykit.model import Document, KitError, Paragraph, Quote, Section, Table
from docguard.policykit.platforms import LIMITS, Platform, count


@dataclass(frozen=True, slots=True)
class Fitted:
    text: str
    length: int  # as the platform counts it (or more)
    limit: int
    shortened: bool  # a longer variant had every value but did not fit


def fit(variants: Sequence[str], values: Mapping[str, str], platform: Platform, limit: int) -> Fitted:
    shortened = False
    for variant in variants:
        if any(not values.get(name) for name in fields_of(variant)):
            continue  # the practice did not give this value: a variant without it follows
        text = fill(variant, values)
        length = count(platform, text)
        if length <= limit:
            return Fitted(text, length, limit, shortened)
        shortened = True
    raise KitError(f"no disclaimer variant fits {platform.display}'s {limit} characters (the last variant must always fit)")


def bio(content: Content, values: Mapping[str, str], platform: Platform) -> Fitted:
    return fit(content.disclaimers.bio_variants, values, platform, LIMITS[platform].bio)


def pinned(content: Content, values: Mapping[str, str], platform: Platform) -> Fitted:
    return fit(content.disclaimers.pinned_variants, values, platform, LIMITS[platform].pinned)


def build(content: Content, values: Mapping[str, str], footer: str) -> Document:
    w = content.disclaimers
    rows = tuple(
        (
            p.display,
            w.bio_field[p],
            number(LIMITS[p].bio, content.lang),
            w.pinned_field[p],
            number(LIMITS[p].pinned, content.lang),
        )
        for p in Platform
    )
    limits = Section(fill(w.limits_title, values), (Table(w.limits_header, rows),))
    platforms = tuple(
        Section(
            p.display,
            subsections=(
                Section(w.bio_title, (_quote(content, bio(content, values, p)),)),
                Section(w.pinned_title, (_quote(content, pinned(content, values, p)),)),
            ),
        )
        for p in Platform
    )
    return Document(
        slug="disclaimers",
        title=fill(w.title, values),
        intro=tuple(Paragraph(fill(text, values)) for text in w.intro),
        sections=(listed(w.how_to, values), *platforms, limits),
        footer=footer,
    )


def _quote(content: Content, fitted: Fitted) -> Quote:
    w = content.disclaimers
    numbers = {"n": number(fitted.length, content.lang), "limit": number(fitted.limit, content.lang)}
    note = fill(w.count_note, numbers)
    if fitted.shortened:
        note += " " + fill(w.shortened_note, numbers)
    return Quote(fitted.text, note)


def number(n: int, lang: str) -> str:
    """2,200 in English; 2200 and 63 206 in Spanish (the RAE's grouping, with a no-break space)."""
    if lang == "es":
        return str(n) if n < 10_000 else f"{n:,}".replace(",", "\u00a0")
    return f"{n:,}"


__all__ = ["Fitted", "bio", "build", "fit", "number", "pinned"]
