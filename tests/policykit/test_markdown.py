"""The Markdown renderer shows plain text as it is, and the kit's Markdown holds the practice's details."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from docguard.app import App
from docguard.policykit import build_kit
from docguard.policykit.markdown import escape, render
from docguard.policykit.model import Bullets, Checklist, Document, Paragraph, Quote, Section, Table


def test_escape_keeps_text_literal_and_links_addresses() -> None:
    assert escape("Smith_&_Jones *Clinic* [1]") == r"Smith\_&\_Jones \*Clinic\* \[1\]"
    assert escape("visit https://a.example/x_y.") == "visit <https://a.example/x_y>."
    assert escape("1. not a list") == r"1\. not a list"
    assert escape("- not a bullet") == r"\- not a bullet"
    assert escape("#1 practice") == r"\#1 practice"


def test_every_block_kind_renders() -> None:
    doc = Document(
        slug="t",
        title="Title",
        intro=(Paragraph("text", lead="Lead:"),),
        sections=(
            Section(
                "S",
                (Bullets(("a",)), Bullets(("b",), numbered=True), Checklist(("c",)), Table(("h1", "h2"), (("x|y", ""),)), Quote("q1\n\nq2", "n")),
                (Section("Sub", (Paragraph("deep"),)),),
            ),
        ),
        footer="foot",
    )
    out = render(doc)
    for line in ("# Title", "**Lead:** text", "## S", "- a", "1. b", "- [ ] c", "| h1 | h2 |", r"| x\|y |  |", "> q1", ">", "> q2", "*n*", "### Sub", "*foot*"):
        assert line in out.splitlines(), line


def _kit_text(app: App, tmp_path: Path, lang: str) -> str:
    build_kit(app, tmp_path, [lang], ["md"], today=date(2026, 11, 21))
    files = sorted((tmp_path / lang).glob("*.md"))
    assert [f.name for f in files] == [
        "disclaimers.md", "index.md", "patient-handout.md", "privacy-checklist.md", "social-media-policy.md", "standard-replies.md",
    ]  # fmt: skip
    return "\n".join(f.read_text("utf-8") for f in files)


@pytest.mark.parametrize(
    ("profile", "lang", "expected", "absent"),
    [
        ("us", "en", ["911", "call or text 988", "the 988 Suicide & Crisis Lifeline"], ["999", "Samaritans", "112"]),
        ("gb", "en", ["999", "call 116 123", "Samaritans"], ["911", "988"]),
        ("es", "es", ["112", "llama al 024", "la Línea 024"], ["911", "988", "999"]),
        ("us", "es", ["911", "la Línea 988 de Prevención del Suicidio y Crisis"], ["999"]),
    ],
)
def test_the_kit_carries_the_practices_details_and_its_countrys_numbers(
    app_for: Callable[[str], App], tmp_path: Path, profile: str, lang: str, expected: list[str], absent: list[str]
) -> None:
    app = app_for(profile)
    text = _kit_text(app, tmp_path, lang)
    practice = app.profile.practice.name
    channels = app.profile.channels
    assert practice in text
    assert channels.phone in text
    assert f"<{channels.portal}>" in text  # a link a reader can follow
    for number in expected:
        assert number in text, number
    for number in absent:
        assert number not in text, number
    assert "{" not in text and "}" not in text, "an unfilled placeholder"


def test_the_standard_replies_are_the_renderers_own(app_for: Callable[[str], App], tmp_path: Path) -> None:
    app = app_for("us")
    build_kit(app, tmp_path, ["en"], ["md"])
    replies = (tmp_path / "en" / "standard-replies.md").read_text("utf-8")
    for name in app.renderer.names:
        reply = app.renderer.render(name, "en")
        assert reply is not None
        first_line = reply.split("\n")[0]
        assert f"> {escape(first_line)}" in replies, name
    assert replies.count("**Used when:**") == len(app.renderer.names)


def test_without_a_profile_the_kit_still_reads_well(app_for: Callable[[str], App], tmp_path: Path) -> None:
    text = _kit_text(app_for("built-in"), tmp_path, "en")
    assert "our practice" in text and "911" in text
    assert "Ask at reception for the practice's phone number" in text
