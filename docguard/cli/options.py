"""What every command shares: the --profile and --engine options, loading the App, and the exit codes.

Exit codes: 0 all good; 1 some input lines were rejected (the rest were processed);
2 unusable arguments or profile; 3 a checked draft is red (`check`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

import click

from docguard.app import App, build_app, find_profile
from docguard.detect.ml.combine import Engine
from docguard.errors import DocGuardError, InputError
from docguard.sources.files import open_binary

T = TypeVar("T")

EXIT_REJECTED = 1
EXIT_USAGE = 2

profile_option = click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Practice profile (TOML). Default: $DOCGUARD_PROFILE, then ./docguard.toml, then built-in US defaults.",
)


engine_option = click.option(
    "--engine",
    type=click.Choice([e.value for e in Engine]),
    default=Engine.COMBINED.value,
    show_default=True,
    help="Who decides: the rules, the learned model, or both (the rules stay the floor).",
)


def load_app(profile: Path | None, engine: str = Engine.COMBINED.value) -> App:
    try:
        return build_app(find_profile(profile), engine=Engine(engine))
    except DocGuardError as exc:
        click.echo(f"docguard: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@dataclass(slots=True)
class Rejected:
    """How many input records (or files) were rejected so far."""

    count: int = 0


def read_inputs(
    inputs: Sequence[str],
    read: Callable[[BinaryIO, str, str | None], Iterator[T | InputError]],
    input_format: str | None,
    *,
    strict: bool,
    rejected: Rejected,
) -> Iterator[T]:
    """The good records of every input ('-' is standard input); each bad one is reported as `file:line: why`
    and counted, and the rest go on, unless ``strict`` stops at the first."""
    for name in inputs:
        try:
            stream = open_binary(name)
        except OSError as exc:
            click.echo(f"docguard: {name}: cannot open: {exc.strerror}", err=True)
            rejected.count += 1
            if strict:
                return
            continue
        with stream:
            for record in read(stream, name if name != "-" else "<stdin>", input_format):
                if isinstance(record, InputError):
                    rejected.count += 1
                    click.echo(f"docguard: {record}", err=True)
                    if strict:
                        return
                    continue
                yield record


__all__ = ["EXIT_REJECTED", "EXIT_USAGE", "Rejected", "engine_option", "load_app", "profile_option", "read_inputs"]
