"""`docguard eval`, `docguard bench` and `docguard corpus`: the commands that produce the figures."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from docguard.app import App, build_app
from docguard.cli.options import engine_option
from docguard.detect.ml.combine import Engine
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


ENGINES = (Engine.RULES, Engine.MODEL, Engine.COMBINED)


def print_corpus(console: Console, name: str, reps: dict[Engine, CorpusReport]) -> None:
    """One set, the three engines side by side: per-category F1, then the safety and zone figures."""
    both = reps[Engine.COMBINED]
    table = Table(title=f"{name}: {both.n} items (en/es) · rules alone, model alone, combined")
    for col in ("category", "support", "rules F1", "model F1", "combined P", "combined R", "combined F1"):
        table.add_column(col, justify="right" if col != "category" else "left")
    for cat, m in both.per_category.items():
        f1s = [_fmt(reps[e].per_category[cat].f1) if cat in reps[e].per_category else "-" for e in (Engine.RULES, Engine.MODEL)]
        table.add_row(cat.value, str(m.support), *f1s, _fmt(m.precision), _fmt(m.recall), _fmt(m.f1))
    console.print(table)
    summary = Table(show_header=True, box=None)
    for col in ("", *[e.value for e in reps]):
        summary.add_column(col, justify="left" if not col else "right")
    rows: tuple[tuple[str, Callable[[CorpusReport], str]], ...] = (
        ("macro-F1", lambda r: _fmt(r.macro_f1)),
        ("emergency recall", lambda r: _fmt(r.emergency_recall)),
        ("self-harm recall", lambda r: _fmt(r.self_harm_recall)),
        ("primary accuracy", lambda r: _fmt(r.primary_accuracy)),
        ("zone accuracy", lambda r: _fmt(r.zone_accuracy)),
        ("red missed (gold red -> green)", lambda r: f"{r.red_missed}/{r.red_total}"),
        ("over-escalated (gold green -> red)", lambda r: f"{r.over_escalated}/{r.green_total}"),
        ("unreadable flagged for review", lambda r: f"{r.unsupported_flagged}/{r.unsupported_total}"),
    )
    for label, cell in rows:
        summary.add_row(label, *[cell(r) for r in reps.values()])
    console.print(summary)


def print_external(console: Console, reps: dict[Engine, ExternalReport]) -> None:
    both = reps[Engine.COMBINED]
    table = Table(title=f"{both.name}: {both.n} items · recall and false-positive rate: rules / model / combined")
    for col in ("focus", "positives", "recall", "not-X items", "false-positive rate", "F1", "ambiguous flagged"):
        table.add_column(col, justify="left" if col == "focus" else "right")
    for cat, fs in sorted(both.focus.items(), key=lambda kv: kv[0].precedence):
        per = [reps[e].focus[cat] for e in ENGINES]
        amb = " / ".join(f"{f.ambiguous_flagged}/{f.ambiguous}" for f in per) if fs.ambiguous else "-"
        table.add_row(
            cat.value,
            str(fs.positives),
            " / ".join(_fmt(f.recall) for f in per),
            str(fs.negatives),
            " / ".join(_fmt(f.fp_rate) for f in per),
            " / ".join(_fmt(f.f1) for f in per),
            amb,
        )
    console.print(table)
    console.print("macro-F1 over focus categories: " + " · ".join(f"{e.value} {_fmt(r.macro_f1)}" for e, r in reps.items()))
    if both.benign_total:
        console.print("red on benign-labelled items: " + " · ".join(f"{e.value} {r.red_on_benign}/{r.benign_total}" for e, r in reps.items()))


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

    Every set is scored three times, side by side: the rules alone, the learned model alone, and
    both combined (what triage runs). With no GOLD files: the corpus dev split, then every labelled
    set in the external folder (skipped when absent), each scored per set on its focus categories. With --outgoing: the
    outgoing checker on drafts: per-finding P/R/F1, red recall and safe-pass rate.
    """
    app = build_app()
    console = Console(width=int(os.environ.get("COLUMNS", "120")) if not sys.stdout.isatty() else None, highlight=False)
    if outgoing:
        _eval_outgoing(app, console, gold, show_misses, as_json)
        return
    apps = {e: replace(app, engine=e) for e in ENGINES}
    sets = list(gold) or [CORPUS_DIR / "dev.jsonl"]
    figures: dict[str, object] = {}
    for path in sets:
        items = list(read_gold(path))
        reps = {e: score_corpus(app.policy, _run(a, items)) for e, a in apps.items()}
        figures[path.name] = {e.value: r.as_dict() for e, r in reps.items()}
        if not as_json:
            print_corpus(console, path.name, reps)
            for item_id, text, want, got in reps[Engine.COMBINED].misses[:show_misses]:
                console.print(f"  miss {item_id}: gold {want} got {got}: {text[:200]!r}", markup=False)
    ext = external_dir or default_external_dir()
    if not no_external and not gold:
        paths = sorted(ext.glob("*.jsonl")) if ext.is_dir() else []
        if not paths and not as_json:
            console.print(f"(no external sets found in {ext}: skipped)")
        for path in paths:
            ext_items = list(read_gold(path))
            ext_reps = {e: score_external(path.stem, _run(a, ext_items)) for e, a in apps.items()}
            figures[path.stem] = {e.value: r.as_dict() for e, r in ext_reps.items()}
            if not as_json:
                print_external(console, ext_reps)
                for item_id, wanted, predicted in ext_reps[Engine.COMBINED].misses[:show_misses]:
                    console.print(f"  miss {item_id}: wanted {wanted}, got {predicted or 'benign'}", markup=False)
    if as_json:
        click.echo(json.dumps(figures, indent=2))


@click.command("bench")
@click.option("--items", "count", type=int, default=20_000, show_default=True, help="How many items (or drafts) to process.")
@click.option("--outgoing", is_flag=True, help="Benchmark the outgoing checker on drafts instead of triage.")
@click.option("--one-core/--all-cores", default=True, show_default=True, help="Pin the process to one CPU core.")
@click.option("--ingest", "ingest_", is_flag=True, help="Benchmark ingest (store, triage, store the decision, sender rules) into a fresh database.")
@click.option("--log-verify", "entries", type=int, default=None, metavar="N", help="Write N chained log entries to a fresh database and time `log verify` over them.")
@click.option("--database-url", default=None, help="For --ingest / --log-verify: an EMPTY database to use (default: a fresh SQLite file in a temporary folder).")
@engine_option
def bench_command(count: int, outgoing: bool, one_core: bool, ingest_: bool, entries: int | None, database_url: str | None, engine: str) -> None:
    """Triage COUNT items (or check COUNT drafts) cycled from the corpus, in one process: rate, p50/p99 latency, peak memory.

    With --ingest or --log-verify: the store's figures instead (items/s into the database, entries/s verified).
    """
    if one_core and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    app = build_app(engine=Engine(engine))
    startup = time.perf_counter() - t0
    if ingest_ or entries is not None:
        _bench_store(app, count, entries, database_url, engine)
        return
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
    click.echo(f"engine {engine} · {unit} {count} · {count / elapsed:,.0f} {unit}/s · p50 {p50:.0f} µs · p99 {p99:.0f} µs · peak memory {peak_mb:.0f} MB · start-up {startup:.2f} s")


def _bench_store(app: App, count: int, entries: int | None, database_url: str | None, engine: str) -> None:
    from docguard.evaluate.bench_store import bench_ingest, bench_verify, scratch

    where = database_url.split("@")[-1] if database_url else "SQLite (fresh file)"
    with scratch() as folder:
        if entries is not None:
            r = bench_verify(entries, database_url, Path(folder))
            click.echo(f"log verify · {where} · {r.count:,} entries in {r.seconds:.2f} s · {r.rate:,.0f} entries/s")
        else:
            r = bench_ingest(app, count, database_url, Path(folder))
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            click.echo(f"ingest · engine {engine} · {where} · {r.count:,} items in {r.seconds:.1f} s · {r.rate:,.0f} items/s · peak memory {peak_mb:.0f} MB")


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
