"""`docguard check`: the outgoing checker, for people (a table) and for scripts (JSONL, exit code 3 when red)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from docguard.cli.options import EXIT_REJECTED, Rejected, load_app, profile_option, read_inputs
from docguard.cli.table import print_checks
from docguard.items import Draft
from docguard.pipeline.outgoing import check as check_draft
from docguard.results import DraftCheck
from docguard.sources.files import read_drafts
from docguard.taxonomy import DraftContext

EXIT_RED = 3


@click.command("check")
@click.argument("inputs", nargs=-1, type=str)
@click.option("--text", "texts", multiple=True, help="Check this draft instead of files (repeatable).")
@click.option("--context", "context", type=click.Choice([c.value for c in DraftContext]), default=None,
              help="Where --text drafts are going. Default: reply_to_dm (the strictest reply).")
@click.option("--in-reply-to", "in_reply_to", default=None, help="The inbound text the --text drafts answer (context matters).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True, help="Output: a table for people, or one JSON object per draft.")
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None, help="Input format (default: from the file name, or sniffed).")
@click.option("--strict", is_flag=True, help="Stop at the first bad input line (exit 1).")
@click.option("--color/--no-color", default=None, help="Colour the table (default: when writing to a terminal).")
@profile_option
def check_command(
    inputs: tuple[str, ...],
    texts: tuple[str, ...],
    context: str | None,
    in_reply_to: str | None,
    fmt: str,
    input_format: str | None,
    strict: bool,
    color: bool | None,
    profile: Path | None,
) -> None:
    """Check outgoing drafts before they are sent: PHI, relationship confirmation, personal advice,
    appointment details, romantic, disparaging and vague reassurance.

    INPUTS are JSONL or CSV files ('-' for standard input) with fields id, text and optional
    context (reply_to_dm, reply_to_review, reply_to_comment, post, decline_connection),
    in_reply_to and lang. Each draft gets a zone, its findings with the words that raised them,
    and a suggestion that passes the checker. Exit code 3 when any draft is red (so it can guard
    a pre-send hook), 1 when input lines were rejected, 0 otherwise.
    """
    if not inputs and not texts:
        raise click.UsageError("give at least one input file, '-' for standard input, or --text")
    if (context or in_reply_to) and not texts:
        raise click.UsageError("--context and --in-reply-to apply to --text drafts; files carry their own fields")
    app = load_app(profile)
    rejected = Rejected()
    any_red = False
    rows: list[tuple[str, DraftCheck]] = []

    def drafts() -> Iterator[Draft]:
        for i, text in enumerate(texts, start=1):
            yield Draft(id=f"text-{i}", text=text, context=DraftContext(context or "reply_to_dm"), in_reply_to=in_reply_to)
        yield from read_inputs(inputs, read_drafts, input_format, strict=strict, rejected=rejected)

    for draft in drafts():
        result = check_draft(app, draft)
        any_red = any_red or result.red
        if fmt == "jsonl":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            rows.append((draft.text, result))
    if fmt == "table":
        print_checks(rows, app, color=color)
    if rejected.count:
        click.echo(f"docguard: {rejected.count} input record(s) rejected; the others were checked", err=True)
    if any_red:
        sys.exit(EXIT_RED)
    if rejected.count:
        sys.exit(EXIT_REJECTED)


__all__ = ["EXIT_RED", "check_command"]
