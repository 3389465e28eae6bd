"""The English and Spanish content stay in step: same shape, known placeholders, every reply described."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from docguard.app import App
from docguard.policykit import CONTENTS
from docguard.policykit.facts import OPTIONAL, PLACEHOLDERS, fields_of
from docguard.policykit.platforms import Platform

# Placeholders a few strings fill from the build itself rather than the profile.
BUILD = {"version", "date", "source", "file", "page", "n", "limit"}


def strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from strings(item, f"{path}[{key}]")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from strings(item, f"{path}[{i}]")


def shape(value: Any) -> Any:
    """The structure with the words taken out: two languages must have the same."""
    if isinstance(value, str):
        return "s"
    if dataclasses.is_dataclass(value):
        return {f.name: shape(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "lang"}
    if isinstance(value, Mapping):
        return {str(k): shape(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [shape(v) for v in value]
    raise TypeError(type(value))


def test_english_and_spanish_have_the_same_shape() -> None:
    assert shape(CONTENTS["en"]) == shape(CONTENTS["es"])


@pytest.mark.parametrize("lang", sorted(CONTENTS))
def test_every_placeholder_is_known(lang: str) -> None:
    for path, text in strings(CONTENTS[lang]):
        # Only the disclaimer variants (skipped when a value is empty) and the channel phrases
        # (used only for a channel that is given) may use the optional placeholders.
        optional = path.startswith(".channels.") or (path.startswith(".disclaimers.") and "_variants" in path)
        allowed = PLACEHOLDERS | BUILD | (OPTIONAL if optional else set())
        assert fields_of(text) <= allowed, f"{lang}{path} uses {fields_of(text) - allowed}"


@pytest.mark.parametrize("lang", sorted(CONTENTS))
def test_every_reply_template_has_a_heading_and_a_when_line(app: App, lang: str) -> None:
    assert set(CONTENTS[lang].replies.replies) == set(app.renderer.names)


@pytest.mark.parametrize("lang", sorted(CONTENTS))
def test_every_platform_has_a_checklist_and_field_names(lang: str) -> None:
    content = CONTENTS[lang]
    for platform in Platform:
        assert len(content.privacy.platforms[platform]) >= 6
        assert content.disclaimers.bio_field[platform] and content.disclaimers.pinned_field[platform]


def test_spanish_is_spanish() -> None:
    text = " ".join(t for _, t in strings(CONTENTS["es"]))
    assert "¿Por qué" in text and "información" in text and "ñ" in text
    for english in (" the ", " and ", " your ", " patient "):
        assert english not in text.replace("the 988", "")
