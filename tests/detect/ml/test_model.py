"""The shipped model artefact: plain arrays only, versioned, and refused clearly when damaged or altered."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from docguard.detect.ml.model import from_bytes, load_model, shipped_path, to_bytes
from docguard.errors import ModelError
from docguard.taxonomy import Category


def test_shipped_model_loads_and_names_its_training_data() -> None:
    model = load_model()
    assert model.categories == tuple(Category)
    assert model.version.startswith("ngram-lr.")
    assert len(model.header["data_sha256"]) == 64
    assert model.header["train_items"] > 2500
    assert set(model.thresholds) == set(Category)


def test_round_trip_gives_the_same_bytes() -> None:
    data = shipped_path().read_bytes()
    assert to_bytes(from_bytes(data)) == data


def test_artefact_holds_no_pickled_objects() -> None:
    with zipfile.ZipFile(shipped_path()) as zf:
        for name in zf.namelist():
            arr = np.lib.format.read_array(io.BytesIO(zf.read(name)), allow_pickle=False)
            assert arr.dtype != object, name


def test_an_object_array_is_refused_not_unpickled(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        member = io.BytesIO()
        np.lib.format.write_array(member, np.array([{"boom": 1}], dtype=object), allow_pickle=True)
        zf.writestr("coef.npy", member.getvalue())
    path = tmp_path / "evil.npz"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ModelError, match=r"evil\.npz"):
        load_model(path)


def test_altered_weights_are_caught_by_the_header_hash(tmp_path: Path) -> None:
    model = load_model()
    coef = model.coef.copy()
    coef[0, 0] += 1.0
    tampered = to_bytes(type(model)(model.categories, model.vocabulary, model.features, model.idf, coef, model.intercept, model.thresholds, model.header))
    path = tmp_path / "tampered.npz"
    path.write_bytes(tampered)
    with pytest.raises(ModelError, match="do not match the hash"):
        load_model(path)


def test_missing_or_garbage_files_say_which_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"nope\.npz.*docguard train"):
        load_model(tmp_path / "nope.npz")
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError, match=r"junk\.npz: not a DocGuard model"):
        load_model(junk)


def test_a_newer_format_is_refused(tmp_path: Path) -> None:
    model = load_model()
    header = {**model.header, "format": 99}
    path = tmp_path / "future.npz"
    path.write_bytes(to_bytes(type(model)(model.categories, model.vocabulary, model.features, model.idf, model.coef, model.intercept, model.thresholds, header)))
    with pytest.raises(ModelError, match="format 99"):
        load_model(path)


def test_paraphrases_without_lexicon_words_score_high() -> None:
    """The reason the model exists: phrasings the rules were not written for."""
    from docguard.text.normalise import Normaliser

    model = load_model()
    norm = Normaliser()
    p = model.scores(norm.normalise("I keep thinking everyone would be lighter without me").text, "dm").probability
    assert p[Category.SELF_HARM] >= model.thresholds[Category.SELF_HARM]
