"""The `docguard` command: thin faces over the App (parse -> call -> format).

Exit codes (cli/options.py): 0 all good; 1 some input lines were rejected (the rest were
processed); 2 unusable arguments or profile; 3 a checked draft is red (`check`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from docguard import __version__
from docguard.cli.options import EXIT_REJECTED, EXIT_USAGE, Rejected, engine_option, load_app, profile_option, read_inputs
from docguard.cli.table import print_table
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage as triage_item
from docguard.results import Decision
from docguard.sources.files import items_from_text, read_items
from docguard.taxonomy import Kind


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docguard")
def cli() -> None:
    """DocGuard triages what a clinician's social media receives, and drafts safe replies.

    Everything runs on this machine: no message leaves it.
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=str)
@click.option("--text", "texts", multiple=True, help="Triage this text instead of files (repeatable).")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default="dm", show_default=True, help="Kind for --text items.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True, help="Output: a table for people, or one JSON object per item.")
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None, help="Input format (default: from the file name, or sniffed).")
@click.option("--strict", is_flag=True, help="Stop at the first bad input line (exit 1).")
@click.option("--color/--no-color", default=None, help="Colour the table (default: when writing to a terminal).")
@profile_option
@engine_option
def triage(
    inputs: tuple[str, ...],
    texts: tuple[str, ...],
    kind: str,
    fmt: str,
    input_format: str | None,
    strict: bool,
    color: bool | None,
    profile: Path | None,
    engine: str,
) -> None:
    """Triage inbound items: category, zone, urgency, evidence, actions and a safe reply.

    INPUTS are JSONL or CSV files ('-' for standard input) with fields id, text and optional
    kind, sender, platform, timestamp, lang. Bad lines are reported on standard error with
    file and line, and the rest of the batch goes on.
    """
    if not inputs and not texts:
        raise click.UsageError("give at least one input file, '-' for standard input, or --text")
    app = load_app(profile, engine)
    rejected = Rejected()
    rows: list[tuple[InboundItem, Decision]] = []

    def items() -> Iterator[InboundItem]:
        yield from items_from_text(texts, Kind(kind))
        yield from read_inputs(inputs, read_items, input_format, strict=strict, rejected=rejected)

    for item in items():
        decision = triage_item(app, item)
        if fmt == "jsonl":
            click.echo(json.dumps(decision.as_dict(), ensure_ascii=False))
        else:
            rows.append((item, decision))
    if fmt == "table":
        print_table(rows, app, color=color)
    if rejected.count:
        click.echo(f"docguard: {rejected.count} input record(s) rejected; the others were triaged", err=True)
        sys.exit(EXIT_REJECTED)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default=Path("docguard.toml"))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: Path, force: bool) -> None:
    """Write a commented practice profile to fill in (default ./docguard.toml)."""
    from docguard.policy.starter import STARTER_PROFILE

    if path.exists() and not force:
        click.echo(f"docguard: {path} exists; use --force to overwrite it", err=True)
        sys.exit(EXIT_USAGE)
    path.write_text(STARTER_PROFILE, encoding="utf-8")
    click.echo(f"wrote {path}: fill in your practice's name and channels, then run `docguard triage`")


def _register() -> None:
    from docguard.cli import check, compare, evaluate, store, train

    cli.add_command(check.check_command)
    cli.add_command(compare.compare_group)
    cli.add_command(evaluate.eval_command)
    cli.add_command(evaluate.bench_command)
    cli.add_command(evaluate.corpus_group)
    cli.add_command(train.train_command)
    for command in store.COMMANDS:
        cli.add_command(command)
    cli.add_command(__import__("docguard.cli.policy", fromlist=["policy_group"]).policy_group)


_register()


def main() -> None:
    cli(prog_name="docguard")


__all__ = ["cli", "main"]
