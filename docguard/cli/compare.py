"""`docguard compare presidio`: DocGuard's PHI detection beside Microsoft Presidio's, on the same drafts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from docguard.app import build_app
from docguard.evaluate.outgoing import OUTGOING_DIR, read_outgoing_gold
from docguard.evaluate.presidio import SideReport, docguard_phi, presidio_phi, score_side, timed


@click.group("compare")
def compare_group() -> None:
    """Compare DocGuard with the tools a compliance team would otherwise use."""


@compare_group.command("presidio")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--threshold", type=float, default=0.5, show_default=True, help="Presidio's score threshold for an entity to count.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def presidio_command(gold: tuple[Path, ...], threshold: float, as_json: bool) -> None:
    """PHI precision, recall, F1, span recall and drafts per second, for DocGuard and for Presidio.

    GOLD: labelled outgoing drafts (default: the outgoing dev split). Needs the optional
    dependencies: `scripts/setup compare`.
    """
    golds = [g for path in (gold or (OUTGOING_DIR / "dev.jsonl",)) for g in read_outgoing_gold(path)]
    ours, ours_load = timed(lambda: docguard_phi(build_app()))
    try:
        theirs, theirs_load = timed(lambda: presidio_phi(threshold))
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    reports = [score_side("DocGuard", golds, ours, ours_load), score_side(f"Presidio (score ≥ {threshold})", golds, theirs, theirs_load)]
    spanish = sum(1 for g in golds if g.draft.lang == "es")
    if as_json:
        click.echo(json.dumps({r.name: _as_dict(r) for r in reports} | {"drafts": len(golds), "spanish_drafts": spanish}, indent=2))
        return
    click.echo(f"{len(golds)} drafts, {sum(1 for g in golds if any(f.value == 'phi' for f in g.findings))} with PHI ({spanish} in Spanish: Presidio runs its English pipeline on them)")
    click.echo(f"{'':28} {'precision':>9} {'recall':>7} {'F1':>6} {'span recall':>11} {'drafts/s':>9} {'load s':>7}")
    for r in reports:
        click.echo(f"{r.name:28} {r.prf.precision:9.3f} {r.prf.recall:7.3f} {r.prf.f1:6.3f} {r.span_recall:11.3f} {r.drafts_per_second:9,.0f} {r.load_seconds:7.2f}")
    ratio = reports[0].drafts_per_second / reports[1].drafts_per_second if reports[1].drafts_per_second else float("inf")
    click.echo(f"DocGuard is {ratio:,.1f}× as fast")


def _as_dict(r: SideReport) -> dict[str, float]:
    return {
        "precision": r.prf.precision, "recall": r.prf.recall, "f1": r.prf.f1, "span_recall": r.span_recall,
        "drafts_per_second": r.drafts_per_second, "load_seconds": r.load_seconds,
    }


__all__ = ["compare_group"]
