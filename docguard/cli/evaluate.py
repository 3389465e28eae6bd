"""`docguard eval`, `docguard bench` and `docguard corpus`: the commands that produce the figures."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from docguard.app import App, build_app
from docguard.evaluate.corpus import CORPUS_DIR, split
from docguard.evaluate.metrics import CorpusReport, ExternalReport, GoldItem, read_gold, score_corpus, score_external
from docguard.evaluate.outgoing import OUTGOING_DIR, OutReport, read_outgoing_gold, score_outgoing, split_outgoing
from docguard.pipeline.inbound import triage
from docguard.pipeline.outgoing import check
from docguard.results import Decision

EXTERNAL_ENV = "DOCGUARD_EXTERNAL_DIR"


def default_external_dir() -> Path:
    env = os.environ.get(EXTERNAL_ENV)
    return Path(env) if env else CORPUS_DIR.parents[2] / "shared" / "data" / "external"


def _run(app: App, gold: list[GoldItem]) -> list[tuple[GoldItem, Decision]]:
    return [(g, triage(app, g.item)) for g in gold]


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_corpus(console: Console, name: str, rep: CorpusReport) -> None:
    table = Table(title=f"{name}: {rep.n} items (en/es)")
    for col in ("category", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "category" else "left")
    for cat, m in rep.per_category.items():
        table.add_row(cat.value, _fmt(m.precision), _fmt(m.recall), _fmt(m.f1), str(m.support))
    console.print(table)
    console.print(
        f"macro-F1 {rep.macro_f1:.3f} · primary accuracy {rep.primary_accuracy:.3f} · zone accuracy {rep.zone_accuracy:.3f}\n"
        f"emergency recall {rep.emergency_recall:.3f} · self-harm recall {rep.self_harm_recall:.3f}\n"
        f"red missed (gold red -> predicted green) {rep.red_missed}/{rep.red_total} · "
        f"over-escalation (gold green -> predicted red) {rep.over_escalated}/{rep.green_total}\n"
        f"unreadable-language items flagged for review {rep.unsupported_flagged}/{rep.unsupported_total}"
    )


def print_external(console: Console, rep: ExternalReport) -> None:
    table = Table(title=f"{rep.name}: {rep.n} items")
    for col in ("focus", "positives", "recall", "not-X items", "false-positive rate", "ambiguous flagged"):
        table.add_column(col, justify="left" if col == "focus" else "right")
    for cat, fs in sorted(rep.focus.items(), key=lambda kv: kv[0].precedence):
        amb = f"{fs.ambiguous_flagged}/{fs.ambiguous}" if fs.ambiguous else "-"
        table.add_row(cat.value, str(fs.positives), _fmt(fs.recall), str(fs.negatives), _fmt(fs.fp_rate), amb)
    console.print(table)
    if rep.benign_total:
        console.print(f"red on benign-labelled items: {rep.red_on_benign}/{rep.benign_total}")


def print_outgoing(console: Console, name: str, rep: OutReport) -> None:
    table = Table(title=f"{name}: {rep.n} outgoing drafts")
    for col in ("finding", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "finding" else "left")
    for finding, m in rep.per_finding.items():
        table.add_row(finding.value, _fmt(m.precision), _fmt(m.recall), _fmt(m.f1), str(m.support))
    console.print(table)
    console.print(
        f"macro-F1 {rep.macro_f1:.3f} · red recall {rep.red_recall:.3f} ({rep.red_caught}/{rep.red_total}) · "
        f"safe-pass {rep.safe_pass:.3f} ({rep.safe_passed}/{rep.safe_total})"
    )


def _eval_outgoing(app: App, console: Console, gold: tuple[Path, ...], show_misses: int, as_json: bool) -> None:
    figures: dict[str, object] = {}
    for path in list(gold) or [OUTGOING_DIR / "dev.jsonl"]:
        items = list(read_outgoing_gold(path))
        rep = score_outgoing([(g, check(app, g.draft)) for g in items])
        figures[path.name] = rep.as_dict()
        if not as_json:
            print_outgoing(console, path.name, rep)
            for item_id, text, want, got in rep.misses[:show_misses]:
                console.print(f"  miss {item_id}: gold {want} got {got}: {text[:200]!r}", markup=False)
    if as_json:
        click.echo(json.dumps(figures, indent=2))


@click.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--outgoing", is_flag=True, help="Score the outgoing checker instead (default GOLD: the outgoing dev split).")
@click.option("--external-dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder of external labelled sets (default: ../shared/data/external).")
@click.option("--no-external", is_flag=True, help="Skip the external sets.")
@click.option("--show-misses", type=int, default=0, metavar="N", help="Print up to N mistakes per set (to study them; external texts may be offensive).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(gold: tuple[Path, ...], outgoing: bool, external_dir: Path | None, no_external: bool, show_misses: int, as_json: bool) -> None:
    """Score triage against labelled sets: per-category P/R/F1, macro-F1, zone accuracy, safety recalls.

    With no GOLD files: the corpus dev split, then every labelled set in the external folder
    (skipped when absent), each scored per set on its focus categories. With --outgoing: the
    outgoing checker on drafts: per-finding P/R/F1, red recall and safe-pass rate.
    """
    app = build_app()
    console = Console(width=int(os.environ.get("COLUMNS", "120")) if not sys.stdout.isatty() else None, highlight=False)
    if outgoing:
        _eval_outgoing(app, console, gold, show_misses, as_json)
        return
    sets = list(gold) or [CORPUS_DIR / "dev.jsonl"]
    figures: dict[str, object] = {}
    for path in sets:
        items = list(read_gold(path))
        rep = score_corpus(app.policy, _run(app, items))
        figures[path.name] = rep.as_dict()
        if not as_json:
            print_corpus(console, path.name, rep)
            for item_id, text, want, got in rep.misses[:show_misses]:
                console.print(f"  miss {item_id}: gold {want} got {got}: {text[:200]!r}", markup=False)
    ext = external_dir or default_external_dir()
    if not no_external and not gold:
        paths = sorted(ext.glob("*.jsonl")) if ext.is_dir() else []
        if not paths and not as_json:
            console.print(f"(no external sets found in {ext}: skipped)")
        for path in paths:
            ext_rep = score_external(path.stem, _run(app, list(read_gold(path))))
            figures[path.stem] = {
                c.value: {"positives": f.positives, "recall": f.recall, "negatives": f.negatives, "fp_rate": f.fp_rate, "ambiguous_flagged": f"{f.ambiguous_flagged}/{f.ambiguous}"}
                for c, f in ext_rep.focus.items()
            }
            if not as_json:
                print_external(console, ext_rep)
                for item_id, wanted, predicted in ext_rep.misses[:show_misses]:
                    console.print(f"  miss {item_id}: wanted {wanted}, got {predicted or 'benign'}", markup=False)
    if as_json:
        click.echo(json.dumps(figures, indent=2))


@click.command("bench")
@click.option("--items", "count", type=int, default=20_000, show_default=True, help="How many items (or drafts) to process.")
@click.option("--outgoing", is_flag=True, help="Benchmark the outgoing checker on drafts instead of triage.")
@click.option("--one-core/--all-cores", default=True, show_default=True, help="Pin the process to one CPU core.")
def bench_command(count: int, outgoing: bool, one_core: bool) -> None:
    """Triage COUNT items (or check COUNT drafts) cycled from the corpus, in one process: rate, p50/p99 latency, peak memory."""
    if one_core and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    app = build_app()
    startup = time.perf_counter() - t0
    folder = OUTGOING_DIR if outgoing else CORPUS_DIR
    work: list[Callable[[], object]] = []
    for name in ("train.jsonl", "dev.jsonl"):
        path = folder / name
        if not path.exists():
            continue
        if outgoing:
            work += [partial(check, app, g.draft) for g in read_outgoing_gold(path)]
        else:
            work += [partial(triage, app, g.item) for g in read_gold(path)]
    if not work:
        raise click.ClickException("no corpus found to draw from: run `docguard corpus split`")
    latencies = []
    start = time.perf_counter()
    for i in range(count):
        t = time.perf_counter_ns()
        work[i % len(work)]()
        latencies.append(time.perf_counter_ns() - t)
    elapsed = time.perf_counter() - start
    latencies.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p50 = latencies[len(latencies) // 2] / 1000
    p99 = latencies[int(len(latencies) * 0.99)] / 1000
    unit = "drafts" if outgoing else "items"
    click.echo(f"{unit} {count} · {count / elapsed:,.0f} {unit}/s · p50 {p50:.0f} µs · p99 {p99:.0f} µs · peak memory {peak_mb:.0f} MB · start-up {startup:.2f} s")


@click.group("corpus")
def corpus_group() -> None:
    """The development corpus (corpus/inbound/src/*.jsonl)."""


@corpus_group.command("split")
def corpus_split() -> None:
    """Check the corpus source files (inbound and outgoing) and write their train and dev splits."""
    summary = split()
    click.echo(f"inbound: train {summary.train} · dev {summary.dev}")
    click.echo("per category: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.per_category.items())))
    click.echo("per language: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.per_lang.items(), key=lambda kv: -kv[1])))
    if (OUTGOING_DIR / "src").is_dir():
        train, dev, per_finding = split_outgoing()
        click.echo(f"outgoing: train {train} · dev {dev}")
        click.echo("per finding: " + ", ".join(f"{k} {v}" for k, v in sorted(per_finding.items())))


__all__ = ["bench_command", "corpus_group", "eval_command"]
