"""Rules and model together: the rules are the floor and the explanation, the model adds.

* A category the model scores at or above its threshold is added, with evidence naming the
  words that weighed most and the probability; adding can raise the zone.
* The model never removes what a rule found. For ``emergency`` and ``self_harm`` a strong
  disagreement (probability under ``DISAGREE``) is written into the decision's notes, so a
  reviewer sees it, but the rule's finding stands: lowering a life-safety finding on a
  model's word was measured to gain nothing on the dev split (see docs/model.md).
* ``benign`` is never added by the model: an item is benign when nothing else applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from docguard.detect.ml.model import Cue, InboundModel, Scores
from docguard.results import Evidence, Opinion, Said
from docguard.taxonomy import Category
from docguard.text.normalise import NormText

DISAGREE = 0.05
SAFETY = (Category.EMERGENCY, Category.SELF_HARM)
_LISTED = 0.10  # probabilities from here up are shown in the decision even when nothing was added


class Engine(StrEnum):
    """Which parts decide: the rules alone, the model alone, or both (the default)."""

    RULES = "rules"
    MODEL = "model"
    COMBINED = "combined"


@dataclass(frozen=True, slots=True)
class Consulted:
    categories: frozenset[Category]
    evidence: tuple[Evidence, ...]
    opinions: tuple[Opinion, ...]
    notes: tuple[str, ...]


def consult(model: InboundModel, norm: NormText, kind: str, rule_categories: frozenset[Category], engine: Engine) -> Consulted:
    """The categories to decide on, the model's evidence for those it added, its opinions and notes."""
    scores = model.scores(norm.text, kind)
    floor = rule_categories if engine is Engine.COMBINED else frozenset()
    cats = set(floor)
    evidence: list[Evidence] = []
    opinions: list[Opinion] = []
    notes: list[str] = []
    for cat in model.categories:
        p, t = scores.probability[cat], model.thresholds[cat]
        above = p >= t and cat is not Category.BENIGN
        if above and cat not in floor:
            cats.add(cat)
            evidence += _evidence(model, scores, norm, cat, p, t)
            opinions.append(Opinion(cat, p, t, Said.ADDED))
        elif above:
            opinions.append(Opinion(cat, p, t, Said.AGREED))
        elif cat in floor and cat in SAFETY and p < DISAGREE:
            opinions.append(Opinion(cat, p, t, Said.DISAGREES))
            notes.append(f"model: {cat.value} only {p:.2f}, but the rule's finding stands (the model never lowers {cat.value})")
        elif cat in floor:
            opinions.append(Opinion(cat, p, t, Said.RULE_ONLY))
        elif p >= _LISTED and cat is not Category.BENIGN:
            opinions.append(Opinion(cat, p, t, Said.BELOW))
    return Consulted(frozenset(cats), tuple(evidence), tuple(opinions), tuple(notes))


def _evidence(model: InboundModel, scores: Scores, norm: NormText, cat: Category, p: float, t: float) -> list[Evidence]:
    """One evidence span per strong cue found in the text; the whole text when no cue can be placed."""
    cues = model.cues(scores, cat)
    words = ", ".join(repr(c.readable) for c in cues) or "the message as a whole"
    reason = f"model: {cat.value} probability {p:.2f} (threshold {t:.2f}); weighed most: {words}"
    detector = f"model/{model.version}"
    found = [span for cue in cues if (span := _place(norm, cue)) is not None]
    if not found:
        return [Evidence(cat, 0, len(norm.original), norm.original, reason, detector)]
    return [Evidence(cat, a, b, norm.original[a:b], reason, detector) for a, b in dict.fromkeys(found)]


def _place(norm: NormText, cue: Cue) -> tuple[int, int] | None:
    text = cue.readable.strip()
    if not text or cue.feature.startswith("k\x1f"):
        return None
    at = norm.text.find(text)
    if at < 0:
        return None
    return norm.span(at, at + len(text))


__all__ = ["DISAGREE", "SAFETY", "Consulted", "Engine", "consult"]
