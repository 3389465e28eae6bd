"""The development corpus: large enough, every category covered, splits reproducible from the sources."""

from __future__ import annotations

import shutil
from pathlib import Path

from docguard.evaluate.corpus import CORPUS_DIR, split
from docguard.taxonomy import Category


def test_committed_splits_are_what_the_sources_produce(tmp_path: Path) -> None:
    shutil.copytree(CORPUS_DIR / "src", tmp_path / "src")
    summary = split(tmp_path)
    for name in ("train.jsonl", "dev.jsonl"):
        assert (tmp_path / name).read_bytes() == (CORPUS_DIR / name).read_bytes(), f"run `docguard corpus split` ({name} is stale)"
    assert summary.train + summary.dev >= 1500
    for cat in Category:
        assert summary.per_category[cat.value] >= 120, cat
    assert summary.per_lang["es"] >= 300
