"""The shipped inbound model: a linear classifier over n-gram features, stored as plain arrays.

The artefact is one ``.npz`` file read with ``allow_pickle=False``: nothing in it can run code.
It holds the weights, the intercepts, the idf of every feature, the per-category thresholds,
the vocabulary (UTF-8, one feature a line) and a JSON header: the approach, the seed, the
hash of the training data and the version that every decision records.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from docguard.detect.ml.features import MARK, analyse, weigh
from docguard.errors import ModelError
from docguard.taxonomy import Category

FORMAT = 1
_ARRAYS = ("coef", "intercept", "idf", "thresholds", "vocabulary", "header")


@dataclass(frozen=True, slots=True)
class Cue:
    """A feature that pushed a category's score up, and by how much (weight x feature value)."""

    feature: str
    weight: float

    @property
    def readable(self) -> str:
        kind, _, value = self.feature.partition(MARK) if MARK in self.feature else ("c", "", self.feature)
        return {"w": value, "b": value, "k": f"kind {value}"}.get(kind, value.strip() or self.feature)


@dataclass(frozen=True, slots=True)
class Scores:
    """The model's probability for every category of one text, with the features it used."""

    probability: dict[Category, float]
    index: npt.NDArray[np.int64] = field(repr=False)
    values: npt.NDArray[np.float32] = field(repr=False)


@dataclass(frozen=True, slots=True)
class InboundModel:
    categories: tuple[Category, ...]
    vocabulary: Mapping[str, int] = field(repr=False)
    features: tuple[str, ...] = field(repr=False)
    idf: npt.NDArray[np.float32] = field(repr=False)
    coef: npt.NDArray[np.float32] = field(repr=False)  # features x categories
    intercept: npt.NDArray[np.float32] = field(repr=False)
    thresholds: dict[Category, float]
    header: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.header["version"])

    def scores(self, normalised: str, kind: str) -> Scores:
        index, values = weigh(analyse(normalised, kind), self.vocabulary, self.idf)
        logits = values @ self.coef[index] + self.intercept if len(index) else self.intercept
        probability = dict(zip(self.categories, (1.0 / (1.0 + np.exp(-logits.astype(np.float64)))).tolist(), strict=True))
        return Scores(probability, index, values)

    def cues(self, scores: Scores, category: Category, limit: int = 3) -> tuple[Cue, ...]:
        """The features that raised ``category`` most in this text, strongest first."""
        j = self.categories.index(category)
        contrib = scores.values * self.coef[scores.index, j]
        order = np.argsort(-contrib, kind="stable")[:limit]
        return tuple(Cue(self.features[int(scores.index[i])], float(contrib[i])) for i in order if contrib[i] > 0)


def to_bytes(model: InboundModel) -> bytes:
    """The artefact file's bytes: the same model always gives the same bytes."""
    arrays = {
        "coef": model.coef.astype("<f4"),
        "intercept": model.intercept.astype("<f4"),
        "idf": model.idf.astype("<f4"),
        "thresholds": np.array([model.thresholds[c] for c in model.categories], dtype="<f4"),
        "vocabulary": np.frombuffer("\n".join(model.features).encode("utf-8"), dtype=np.uint8),
        "header": np.frombuffer(json.dumps(model.header, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in _ARRAYS:
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            member = io.BytesIO()
            np.lib.format.write_array(member, arrays[name], allow_pickle=False)
            zf.writestr(info, member.getvalue())
    return buf.getvalue()


def from_bytes(data: bytes, source: str = "model") -> InboundModel:
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in _ARRAYS}
        header = json.loads(arrays["header"].tobytes().decode("utf-8"))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{source}: not a DocGuard model artefact ({exc})") from None
    if header.get("format") != FORMAT:
        raise ModelError(f"{source}: model format {header.get('format')!r}, this DocGuard reads format {FORMAT}")
    cats = tuple(Category(c) for c in header["categories"])
    features = tuple(arrays["vocabulary"].tobytes().decode("utf-8").split("\n"))
    coef = arrays["coef"]
    if coef.shape != (len(features), len(cats)) or arrays["idf"].shape != (len(features),):
        raise ModelError(f"{source}: array shapes do not match the vocabulary and categories")
    expected = header.get("arrays_sha256")
    if expected and expected != arrays_digest(coef, arrays["intercept"], arrays["idf"], features):
        raise ModelError(f"{source}: the weights do not match the hash in the header (damaged or altered)")
    return InboundModel(
        categories=cats,
        vocabulary={f: i for i, f in enumerate(features)},
        features=features,
        idf=arrays["idf"],
        coef=coef,
        intercept=arrays["intercept"],
        thresholds={c: float(t) for c, t in zip(cats, arrays["thresholds"], strict=True)},
        header=header,
    )


def arrays_digest(coef: npt.NDArray[np.float32], intercept: npt.NDArray[np.float32], idf: npt.NDArray[np.float32], features: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for arr in (coef, intercept, idf):
        h.update(np.ascontiguousarray(arr, dtype="<f4").tobytes())
    h.update("\n".join(features).encode("utf-8"))
    return h.hexdigest()


def shipped_path() -> Path:
    return Path(str(resources.files("docguard.detect.ml") / "inbound.npz"))


def load_model(path: Path | None = None) -> InboundModel:
    """The model at ``path``, or the one shipped inside the package."""
    path = path or shipped_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the model ({exc.strerror}); run `docguard train` to build it") from None
    return from_bytes(data, str(path))


__all__ = ["FORMAT", "Cue", "InboundModel", "ModelError", "Scores", "arrays_digest", "from_bytes", "load_model", "shipped_path", "to_bytes"]
