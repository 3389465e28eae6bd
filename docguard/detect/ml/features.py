"""What the inbound model reads of a message: character and word n-grams of the NORMALISED text.

One function serves training and prediction, so the shipped model always sees features made the
way it was trained. The text is the normaliser's output (lower case, accents and look-alikes
folded, leetspeak decoded, meaningful emoji spelled as words), so "ch3st p4in" and "chest pain"
give the same features.

Features are strings:
  * character 3- to 5-grams of the text with a space at each end (they cross word boundaries, so
    short phrases and misspellings share features);
  * words and word pairs, marked ``w\\x1f`` and ``b\\x1f``;
  * the item's kind, marked ``k\\x1f`` (a review reads differently from a DM).

Weights are sub-linear term frequency times inverse document frequency, scaled to unit length.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

import numpy as np
import numpy.typing as npt

CHAR_SIZES = (4,)
MARK = "\x1f"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of every word in a normalised text."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def analyse(text: str, kind: str) -> list[str]:
    """Every feature occurrence of one normalised text (repeats kept: they are counted)."""
    padded = f" {text} "
    grams = [padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]
    toks = _WORD.findall(text)
    grams += [f"w{MARK}{t}" for t in toks]
    grams += [f"b{MARK}{a} {b}" for a, b in pairwise(toks)]
    grams.append(f"k{MARK}{kind}")
    return grams


def weigh(
    grams: list[str], vocabulary: Mapping[str, int], idf: npt.NDArray[np.float32]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """The (feature index, weight) pairs of one text: sub-linear tf x idf, unit length. Unknown n-grams are dropped."""
    get = vocabulary.get
    known = [i for i in map(get, grams) if i is not None]
    if not known:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index, counts = np.unique(np.asarray(known, dtype=np.int64), return_counts=True)
    values = ((1.0 + np.log(counts)) * idf[index]).astype(np.float32)
    norm = float(np.sqrt(np.dot(values, values)))
    if norm > 0:
        values /= norm
    return index, values


__all__ = ["CHAR_SIZES", "MARK", "analyse", "weigh", "words"]
