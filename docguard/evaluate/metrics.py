"""Scores decisions against labelled sets: the project's corpus and the external research sets.

Corpus items carry complete labels, so every category gets precision, recall and F1.
External sets often say only what an item is, or is not (``label_basis``, see
../shared/data/external/PROVENANCE.md): they are scored per set on their focus categories,
recall on positives and false-positive rate on the "not X" items, never as full labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from docguard.items import InboundItem
from docguard.policy.decide import Policy
from docguard.results import Decision
from docguard.taxonomy import Category, Kind, Zone
from docguard.text.lang import SUPPORTED

_CATS = {c.value: c for c in Category}


@dataclass(frozen=True, slots=True)
class GoldItem:
    item: InboundItem
    categories: frozenset[Category]
    not_categories: frozenset[Category]
    label_basis: str
    lang: str | None
    source: str


def read_gold(path: Path) -> Iterator[GoldItem]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            obj = json.loads(line)
            try:
                cats = frozenset(_CATS[c] for c in obj.get("categories") or [])
                nots = frozenset(_CATS[c] for c in obj.get("not_categories") or [])
            except KeyError as exc:
                raise ValueError(f"{path}:{number}: unknown category {exc.args[0]!r}") from None
            lang = obj.get("lang")
            yield GoldItem(
                item=InboundItem(id=str(obj["id"]), text=obj.get("text") or "", kind=Kind(obj.get("kind") or "dm"), lang=lang if lang in SUPPORTED else None),
                categories=cats,
                not_categories=nots,
                label_basis=obj.get("label_basis", "source"),
                lang=lang,
                source=obj.get("source", path.stem),
            )


def gold_zone(policy: Policy, categories: Iterable[Category]) -> Zone:
    zones = [policy.categories[c].zone for c in categories] or [Zone.GREEN]
    return max(zones, key=lambda z: z.severity)


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(slots=True)
class CorpusReport:
    per_category: dict[Category, PRF]
    macro_f1: float
    primary_accuracy: float
    zone_accuracy: float
    emergency_recall: float
    self_harm_recall: float
    red_missed: int
    red_total: int
    over_escalated: int
    green_total: int
    n: int
    unsupported_total: int
    unsupported_flagged: int
    misses: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "macro_f1": round(self.macro_f1, 4),
            "primary_accuracy": round(self.primary_accuracy, 4),
            "zone_accuracy": round(self.zone_accuracy, 4),
            "emergency_recall": round(self.emergency_recall, 4),
            "self_harm_recall": round(self.self_harm_recall, 4),
            "red_missed": self.red_missed,
            "over_escalated": self.over_escalated,
            "unsupported_flagged": f"{self.unsupported_flagged}/{self.unsupported_total}",
            "per_category": {
                c.value: {"precision": round(m.precision, 4), "recall": round(m.recall, 4), "f1": round(m.f1, 4), "support": m.support}
                for c, m in self.per_category.items()
            },
        }


L = TypeVar("L")


def tally(counts: dict[L, list[int]], predicted: AbstractSet[L], gold: AbstractSet[L]) -> None:
    """Add one item's true positive, false positive or false negative, label by label, to ``counts`` ([tp, fp, fn])."""
    for label, c in counts.items():
        if label in predicted and label in gold:
            c[0] += 1
        elif label in predicted:
            c[1] += 1
        elif label in gold:
            c[2] += 1


def score_corpus(policy: Policy, pairs: Sequence[tuple[GoldItem, Decision]]) -> CorpusReport:
    counts = {c: [0, 0, 0] for c in Category}
    primary_ok = zone_ok = n = 0
    red_missed = red_total = over = green_total = 0
    unsupported = flagged = 0
    misses = []
    for gold, dec in pairs:
        if gold.lang not in (None, *SUPPORTED):
            unsupported += 1
            flagged += int(dec.zone is not Zone.GREEN and any(a.value == "needs_review" for a in dec.actions))
            continue
        n += 1
        predicted = set(dec.categories)
        tally(counts, predicted, gold.categories)
        gold_primary = min(gold.categories, key=lambda c: c.precedence) if gold.categories else Category.BENIGN
        primary_ok += int(dec.category is gold_primary)
        gz = gold_zone(policy, gold.categories)
        zone_ok += int(dec.zone is gz)
        if gz is Zone.RED:
            red_total += 1
            red_missed += int(dec.zone is Zone.GREEN)
        if gz is Zone.GREEN:
            green_total += 1
            over += int(dec.zone is Zone.RED)
        if predicted != set(gold.categories):
            misses.append((gold.item.id, gold.item.text, sorted(c.value for c in gold.categories), sorted(c.value for c in predicted)))
    per = {c: PRF(*counts[c]) for c in Category if counts[c][0] + counts[c][2] > 0}
    return CorpusReport(
        per_category=per,
        macro_f1=sum(m.f1 for m in per.values()) / len(per) if per else 0.0,
        primary_accuracy=primary_ok / n if n else 0.0,
        zone_accuracy=zone_ok / n if n else 0.0,
        emergency_recall=per[Category.EMERGENCY].recall if Category.EMERGENCY in per else 0.0,
        self_harm_recall=per[Category.SELF_HARM].recall if Category.SELF_HARM in per else 0.0,
        red_missed=red_missed,
        red_total=red_total,
        over_escalated=over,
        green_total=green_total,
        n=n,
        unsupported_total=unsupported,
        unsupported_flagged=flagged,
        misses=misses,
    )


@dataclass(slots=True)
class FocusScore:
    category: Category
    positives: int = 0
    caught: int = 0
    negatives: int = 0
    false_positives: int = 0
    ambiguous: int = 0
    ambiguous_flagged: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.positives if self.positives else None

    @property
    def fp_rate(self) -> float | None:
        return self.false_positives / self.negatives if self.negatives else None

    @property
    def f1(self) -> float | None:
        """F1 over the items the set labels for this category (positives, and "not X" items as negatives)."""
        if not self.positives:
            return None
        return PRF(self.caught, self.false_positives, self.positives - self.caught).f1


@dataclass(slots=True)
class ExternalReport:
    name: str
    n: int
    focus: dict[Category, FocusScore]
    red_on_benign: int
    benign_total: int
    misses: list[tuple[str, str, str]]

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the focus categories with positives (None when the set has none)."""
        f1s = [f for fs in self.focus.values() if (f := fs.f1) is not None]
        return sum(f1s) / len(f1s) if f1s else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "macro_f1": None if self.macro_f1 is None else round(self.macro_f1, 4),
            "red_on_benign": f"{self.red_on_benign}/{self.benign_total}",
            "focus": {
                c.value: {
                    "positives": f.positives,
                    "recall": None if f.recall is None else round(f.recall, 4),
                    "negatives": f.negatives,
                    "fp_rate": None if f.fp_rate is None else round(f.fp_rate, 4),
                    "f1": None if f.f1 is None else round(f.f1, 4),
                    "ambiguous_flagged": f"{f.ambiguous_flagged}/{f.ambiguous}",
                }
                for c, f in sorted(self.focus.items(), key=lambda kv: kv[0].precedence)
            },
        }


def score_external(name: str, pairs: Sequence[tuple[GoldItem, Decision]]) -> ExternalReport:
    focus: dict[Category, FocusScore] = {}
    red_on_benign = benign = 0
    misses = []
    for gold, dec in pairs:
        predicted = set(dec.categories)
        if gold.label_basis == "ambiguous":
            for c in gold.not_categories or {Category.SELF_HARM}:
                fs = focus.setdefault(c, FocusScore(c))
                fs.ambiguous += 1
                fs.ambiguous_flagged += int(c in predicted)
            continue
        for c in gold.categories:
            if c is Category.BENIGN:
                continue
            fs = focus.setdefault(c, FocusScore(c))
            fs.positives += 1
            if c in predicted:
                fs.caught += 1
            else:
                misses.append((gold.item.id, c.value, ",".join(sorted(p.value for p in predicted))))
        nots = set(gold.not_categories)
        if gold.label_basis == "heuristic":
            # the heuristic sets split personal from general questions: each label denies the other
            nots |= {Category.MEDICAL_ADVICE, Category.GENERAL_QUESTION} - gold.categories
        for c in nots:
            fs = focus.setdefault(c, FocusScore(c))
            fs.negatives += 1
            fs.false_positives += int(c in predicted)
        if Category.BENIGN in gold.categories:
            benign += 1
            red_on_benign += int(dec.zone is Zone.RED)
    return ExternalReport(name, len(pairs), focus, red_on_benign, benign, misses)


__all__ = ["PRF", "CorpusReport", "ExternalReport", "GoldItem", "gold_zone", "read_gold", "score_corpus", "score_external"]
