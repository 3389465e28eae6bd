"""What every command shares: the --profile option, loading the App, and the exit codes.

Exit codes: 0 all good; 1 some input lines were rejected (the rest were processed);
2 unusable arguments or profile; 3 a checked draft is red (`check`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from docguard.app import App, build_app, find_profile
from docguard.errors import DocGuardError

EXIT_REJECTED = 1
EXIT_USAGE = 2

profile_option = click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Practice profile (TOML). Default: $DOCGUARD_PROFILE, then ./docguard.toml, then built-in US defaults.",
)


def load_app(profile: Path | None) -> App:
    try:
        return build_app(find_profile(profile))
    except DocGuardError as exc:
        click.echo(f"docguard: {exc}", err=True)
        sys.exit(EXIT_USAGE)


__all__ = ["EXIT_REJECTED", "EXIT_USAGE", "load_app", "profile_option"]
