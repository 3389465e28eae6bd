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
    assert summary.train + summary.dev >= 4000  # what the model learns from (issue 4)
    for cat in Category:
        assert summary.per_category[cat.value] >= 200, cat
    assert summary.per_lang["es"] >= 300


def test_a_repeated_text_is_refused_with_its_place(tmp_path: Path) -> None:
    """A text in both train and dev would flatter the model's dev figures."""
    import json

    import pytest

    src = tmp_path / "src"
    src.mkdir()
    rows = [{"id": "a-1", "text": "Can I move my appointment?", "categories": ["appointment_admin"]},
            {"id": "a-2", "text": "can I move  my appointment?", "categories": ["appointment_admin"]}]
    (src / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.jsonl:2: same text as a-1"):
        split(tmp_path)
