"""`docguard policy build`: the practice's social media policy kit, from its profile."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from docguard.app import build_app, find_profile
from docguard.errors import DocGuardError
from docguard.policykit import CONTENTS, FORMATS, build_kit

EXIT_USAGE = 2


@click.group("policy")
def policy_group() -> None:
    """The practice's social media policy kit (policy, handout, disclaimers, replies, checklist)."""


@policy_group.command("build")
@click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Practice profile (TOML). Default: $DOCGUARD_PROFILE, then ./docguard.toml, then built-in US defaults.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("policy-kit"),
    show_default=True,
    help="Folder to write into (one subfolder per language; files of the same name are replaced).",
)
@click.option("--lang", type=click.Choice([*CONTENTS, "all"]), default="all", show_default=True, help="Language of the kit.")
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "all"]), default="all", show_default=True, help="Markdown files, the PDF, or both.")
def build_command(profile: Path | None, out: Path, lang: str, fmt: str) -> None:
    """Build the policy kit from the practice profile, in English and Spanish.

    Five documents: the social media policy staff sign; a patient handout on how to reach the
    practice (its channels, the emergency number and the crisis line of its country); bio and
    pinned-post disclaimers for Instagram, Facebook, X, LinkedIn and TikTok, each within the
    platform's length limit; the standard replies filled in with the practice's details; and a
    privacy-settings checklist per platform.

    Writes, for each language, OUT/LANG/*.md (one Markdown file per document, plus index.md)
    and OUT/LANG/policy-kit-LANG.pdf: ONE printable PDF per language holding every document,
    each starting on a new page.
    """
    source = find_profile(profile)
    try:
        app = build_app(source)
        result = build_kit(
            app,
            out,
            list(CONTENTS) if lang == "all" else [lang],
            list(FORMATS) if fmt == "all" else [fmt],
            source=source,
        )
    except DocGuardError as exc:
        click.echo(f"docguard: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for warning in result.warnings:
        click.echo(f"docguard: warning: {warning}", err=True)
    for path in result.files:
        click.echo(f"wrote {path}")


__all__ = ["policy_group"]
