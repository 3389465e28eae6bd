"""`docguard train`: rebuild the shipped inbound model from the corpus and a seed, and print its dev figures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from docguard.app import App, build_app
from docguard.detect.ml.combine import Engine
from docguard.detect.ml.model import shipped_path
from docguard.errors import ModelError
from docguard.evaluate.corpus import CORPUS_DIR
from docguard.taxonomy import Category


@click.command("train")
@click.option("--seed", type=int, default=None, help="Random seed of the solver (default: the one the shipped model was built with).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=CORPUS_DIR, show_default=False, help="Corpus folder with train.jsonl and dev.jsonl (default: corpus/inbound).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Where to write the model (default: the artefact shipped in the package).")
@click.option("--check", is_flag=True, help="Rebuild in memory and fail unless it is byte-identical to the shipped model.")
@click.option("--compare", "compare_", is_flag=True, help="Train every candidate approach and print their dev figures and speed side by side (writes nothing).")
def train_command(seed: int | None, corpus_dir: Path, out: Path | None, check: bool, compare_: bool) -> None:
    """Train the inbound model on the train split, choose its thresholds on the dev split, write it.

    The same corpus and seed give the same file, bit for bit (--check proves it). Needs the
    `train` extra (scikit-learn); triage itself only needs NumPy.
    """
    try:
        from docguard.detect.ml.train import DEFAULT_SEED, train
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise click.ClickException(f"training needs scikit-learn: pip install -r requirements/dev.txt ({exc})") from None
    target = out or shipped_path()
    if seed is None:
        seed = _shipped_seed(DEFAULT_SEED)
    rules = build_app(engine=Engine.RULES)
    if compare_:
        _print_comparison(rules, corpus_dir, seed)
        return
    try:
        trained = train(rules, corpus_dir, seed, progress=lambda m: click.echo(m, err=True))
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    digest = hashlib.sha256(trained.artefact).hexdigest()
    f = trained.figures
    click.echo(f"model {trained.model.version} · {len(trained.model.features):,} features · {len(trained.artefact) / 1e6:.2f} MB · sha256 {digest[:16]}")
    click.echo(f"dev macro-F1: model alone {f.model_macro:.3f} · with the rules {f.combined_macro:.3f}")
    click.echo(
        f"dev recall with the rules: emergency {f.combined_recall.get(Category.EMERGENCY, 0.0):.3f} · "
        f"self-harm {f.combined_recall.get(Category.SELF_HARM, 0.0):.3f}"
    )
    click.echo("thresholds: " + ", ".join(f"{c.value} {t:.2f}" for c, t in trained.model.thresholds.items()))
    if check:
        shipped = shipped_path().read_bytes() if shipped_path().is_file() else b""
        if shipped != trained.artefact:
            raise click.ClickException(f"the rebuilt model differs from the shipped one ({hashlib.sha256(shipped).hexdigest()[:16]}): run `docguard train`")
        click.echo("identical to the shipped model")
        return
    target.write_bytes(trained.artefact)
    click.echo(f"wrote {target}")


def _print_comparison(rules: App, corpus_dir: Path, seed: int) -> None:
    from docguard.detect.ml.compare import compare
    from docguard.detect.ml.train import read_split

    rows = compare(rules, read_split(corpus_dir), seed, progress=lambda m: click.echo(m, err=True))
    table = Table(title="candidate approaches on the dev split (thresholds chosen as for the shipped model)")
    for col in ("approach", "model macro-F1", "with rules macro-F1", "emergency recall", "self-harm recall", "items/s (one at a time)", "what"):
        table.add_column(col, justify="left" if col in ("approach", "what") else "right")
    for r in rows:
        cells = [r.model_macro, r.combined_macro, r.emergency_recall, r.self_harm_recall]
        rate = "-" if r.items_per_second is None else f"{r.items_per_second:,.0f}"
        table.add_row(r.name, *["-" if v is None else f"{v:.3f}" for v in cells], rate, r.note or r.what)
    Console(width=160).print(table)


def _shipped_seed(default: int) -> int:
    from docguard.detect.ml.model import load_model

    try:
        return int(load_model().header.get("seed", default))
    except ModelError:
        return default


__all__ = ["train_command"]
