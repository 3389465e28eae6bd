"""`docguard train`: rebuild the inbound model from the corpus and a seed, bit for bit.

The model learns on the train split only. Its thresholds are then chosen on the dev split, for
the combination with the rules as it runs in triage:

* ``emergency`` and ``self_harm``: among the thresholds that keep combined precision at
  ``SAFETY_MIN_PRECISION`` or more, the highest whose combined recall reaches ``SAFETY_RECALL``,
  or, when none does, the one with the best recall (the figures then say so plainly). A
  threshold that reaches the recall only by flagging nearly everything would bury the real
  emergencies in alarms;
* every other category: the threshold with the best combined F1.

Training needs scikit-learn (the ``train`` extra); triage does not: the artefact is plain
arrays, scored with NumPy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from docguard.app import App
from docguard.detect.ml.combine import SAFETY
from docguard.detect.ml.features import CHAR_SIZES, analyse, weigh
from docguard.detect.ml.model import FORMAT, InboundModel, arrays_digest, to_bytes
from docguard.errors import ModelError
from docguard.evaluate.metrics import GoldItem, read_gold
from docguard.pipeline.inbound import engine_version, triage
from docguard.taxonomy import Category

APPROACH = "ngram-lr"
DEFAULT_SEED = 20261121
C_VALUE = 30.0
MIN_DF = 2
CLASS_WEIGHT: str | None = "balanced"
SAFETY_RECALL = 0.99
SAFETY_MIN_PRECISION = 0.5
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))

Bools = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Split:
    train: list[GoldItem]
    dev: list[GoldItem]
    data_sha256: str


@dataclass(frozen=True, slots=True)
class Figures:
    """Per-category F1 and recall on the dev split, model alone and combined, at the chosen thresholds."""

    model_f1: dict[Category, float]
    combined_f1: dict[Category, float]
    combined_recall: dict[Category, float]
    model_macro: float
    combined_macro: float


def read_split(corpus_dir: Path) -> Split:
    h = hashlib.sha256()
    parts = []
    for name in ("train.jsonl", "dev.jsonl"):
        path = corpus_dir / name
        if not path.is_file():
            raise ModelError(f"{path}: missing; run `docguard corpus split` first")
        h.update(path.read_bytes())
        parts.append(list(read_gold(path)))
    return Split(parts[0], parts[1], h.hexdigest())


def gold_matrix(items: Sequence[GoldItem], cats: Sequence[Category]) -> Bools:
    return np.array([[c in g.categories for c in cats] for g in items], dtype=bool).reshape(len(items), len(cats))


def rule_matrix(app: App, items: Sequence[GoldItem], cats: Sequence[Category]) -> Bools:
    """What the rules alone decide for each item (the floor the model adds to)."""
    return gold_matrix([replace(g, categories=frozenset(triage(app, g.item).categories)) for g in items], cats)


def featurise(app: App, items: Sequence[GoldItem]) -> list[list[str]]:
    return [analyse(app.normaliser.normalise(g.item.text).text, g.item.kind.value) for g in items]


def vocabulary(train_grams: list[list[str]]) -> tuple[tuple[str, ...], dict[str, int], npt.NDArray[np.float32]]:
    """The features seen in at least ``MIN_DF`` training texts (sorted), their index, and their smoothed idf."""
    df: dict[str, int] = {}
    for grams in train_grams:
        for g in set(grams):
            df[g] = df.get(g, 0) + 1
    features = tuple(sorted(g for g, n in df.items() if n >= MIN_DF))
    n = len(train_grams)
    idf = np.array([np.log((1 + n) / (1 + df[g])) + 1 for g in features], dtype=np.float32)
    return features, {g: i for i, g in enumerate(features)}, idf


def fit_ngram_lr(train_grams: list[list[str]], y: Bools, seed: int) -> tuple[tuple[str, ...], npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Vocabulary, idf, weights (features x categories) and intercepts of one logistic regression per category."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    features, vocab, idf = vocabulary(train_grams)
    x = sparse_rows(train_grams, vocab, idf)
    coef = np.zeros((len(features), y.shape[1]), dtype=np.float32)
    intercept = np.zeros(y.shape[1], dtype=np.float32)
    for j in range(y.shape[1]):
        if y[:, j].all() or not y[:, j].any():
            intercept[j] = 10.0 if y[:, j].all() else -10.0
            continue
        clf = LogisticRegression(C=C_VALUE, solver="liblinear", class_weight=CLASS_WEIGHT, random_state=seed, max_iter=1000)
        clf.fit(csr_matrix(x), y[:, j])
        coef[:, j] = clf.coef_[0].astype(np.float32)
        intercept[j] = np.float32(clf.intercept_[0])
    return features, idf, coef, intercept


def sparse_rows(grams: list[list[str]], vocab: dict[str, int], idf: npt.NDArray[np.float32]) -> object:
    from scipy.sparse import csr_matrix

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for g in grams:
        idx, val = weigh(g, vocab, idf)
        indices.extend(idx.tolist())
        data.extend(val.tolist())
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr)), shape=(len(grams), len(vocab)))


def choose_thresholds(prob: Floats, rules: Bools, gold: Bools, cats: Sequence[Category]) -> dict[Category, float]:
    chosen: dict[Category, float] = {}
    for j, cat in enumerate(cats):
        if cat is Category.BENIGN:
            chosen[cat] = 1.0  # never added by the model: benign is what remains
            continue
        best: tuple[float, ...] = ()
        for t in GRID:
            pred = rules[:, j] | (prob[:, j] >= t)
            f1, recall, precision = _prf(pred, gold[:, j])
            key: tuple[float, ...] = (float(precision >= SAFETY_MIN_PRECISION), min(recall, SAFETY_RECALL), t) if cat in SAFETY else (f1, t)
            if not best or key > best:
                best = key
        chosen[cat] = float(best[-1])
    return chosen


def _prf(pred: Bools, gold: Bools) -> tuple[float, float, float]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, (tp / (tp + fn) if tp + fn else 0.0), (tp / (tp + fp) if tp + fp else 0.0)


def figures(prob: Floats, rules: Bools, gold: Bools, cats: Sequence[Category], thresholds: dict[Category, float]) -> Figures:
    th = np.array([thresholds[c] for c in cats])
    alone = prob >= th
    both = rules | alone
    b = cats.index(Category.BENIGN)
    for pred in (alone, both):
        others = np.delete(pred, b, axis=1)
        pred[:, b] = ~others.any(axis=1)
    m_f1 = {c: _prf(alone[:, j], gold[:, j])[0] for j, c in enumerate(cats) if gold[:, j].any()}
    c_prf = {c: _prf(both[:, j], gold[:, j]) for j, c in enumerate(cats) if gold[:, j].any()}
    return Figures(
        model_f1=m_f1,
        combined_f1={c: v[0] for c, v in c_prf.items()},
        combined_recall={c: v[1] for c, v in c_prf.items()},
        model_macro=sum(m_f1.values()) / len(m_f1),
        combined_macro=sum(v[0] for v in c_prf.values()) / len(c_prf),
    )


@dataclass(frozen=True, slots=True)
class Trained:
    model: InboundModel
    artefact: bytes
    figures: Figures


def train(rules_app: App, corpus_dir: Path, seed: int = DEFAULT_SEED, progress: Callable[[str], None] = lambda _: None) -> Trained:
    """Fit on train, choose thresholds on dev against ``rules_app`` (an App whose engine is RULES)."""
    import sklearn

    split = read_split(corpus_dir)
    cats = tuple(Category)
    progress(f"features of {len(split.train)} train items")
    y = gold_matrix(split.train, cats)
    features, idf, coef, intercept = fit_ngram_lr(featurise(rules_app, split.train), y, seed)
    header: dict[str, object] = {
        "format": FORMAT,
        "approach": APPROACH,
        "seed": seed,
        "c": C_VALUE,
        "min_df": MIN_DF,
        "char_sizes": list(CHAR_SIZES),
        "categories": [c.value for c in cats],
        "data_sha256": split.data_sha256,
        "train_items": len(split.train),
        "dev_items": len(split.dev),
        "rules_engine": "",
        "scikit_learn": sklearn.__version__,
        "arrays_sha256": arrays_digest(coef, intercept, idf, features),
        "version": f"{APPROACH}.{split.data_sha256[:10]}.s{seed}",
    }
    draft = InboundModel(cats, {f: i for i, f in enumerate(features)}, features, idf, coef, intercept, dict.fromkeys(cats, 0.5), header)
    progress(f"thresholds on {len(split.dev)} dev items")
    prob = probabilities(draft, rules_app, split.dev)
    rules = rule_matrix(rules_app, split.dev, cats)
    gold = gold_matrix(split.dev, cats)
    thresholds = choose_thresholds(prob, rules, gold, cats)
    header["rules_engine"] = engine_version(rules_app)
    model = replace(draft, thresholds=thresholds, header=header)
    return Trained(model, to_bytes(model), figures(prob, rules, gold, cats, thresholds))


def probabilities(model: InboundModel, app: App, items: Sequence[GoldItem]) -> Floats:
    rows = []
    for g in items:
        p = model.scores(app.normaliser.normalise(g.item.text).text, g.item.kind.value).probability
        rows.append([p[c] for c in model.categories])
    return np.array(rows, dtype=np.float64).reshape(len(items), len(model.categories))


__all__ = ["APPROACH", "DEFAULT_SEED", "Figures", "Split", "Trained", "choose_thresholds", "figures", "read_split", "train", "vocabulary"]
