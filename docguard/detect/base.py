"""The detector contract and the lexicon detector most categories are built from.

A detector is a small named class: a stable ``name``, a ``version``, the ``category`` it
produces, the ``languages`` its rules cover, and a ``detect(ctx)`` that returns hits with
evidence and the matches its suppressors excused. Rules carry their own stable id, a reason
a clinician can read, and which suppressors may excuse them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from docguard.detect.prefilter import RuleSet
from docguard.detect.suppress import SUPPRESSORS
from docguard.items import InboundItem
from docguard.results import Evidence, Suppression
from docguard.taxonomy import Category
from docguard.text.cues import Cues
from docguard.text.normalise import fold_pattern

# The suppressors a symptom-like rule accepts unless it says otherwise.
CONTEXTUAL = ("negated", "in_the_past", "resolved", "general_question", "figure_of_speech", "topic_of_a_post")


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a detector may look at for one item; computed once per item."""

    item: InboundItem
    cues: Cues
    lang: str
    #: the rule literals that occur in the text (one shared scan); None: each detector scans itself
    literals: frozenset[str] | None = None
    #: per-item results shared between detectors (e.g. "is this about a particular person")
    memo: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rule:
    """One lexicon rule. ``id`` is stable (it is stored with decisions)."""

    id: str
    pattern: str
    reason: str
    suppress: tuple[str, ...] = CONTEXTUAL
    lang: str = "en"
    #: extra condition on the whole item, e.g. "the writer speaks of a particular person"
    when: Callable[[Context], bool] | None = None


@dataclass(slots=True)
class Detection:
    evidence: list[Evidence] = field(default_factory=list)
    suppressed: list[Suppression] = field(default_factory=list)


class Detector(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    category: ClassVar[Category]
    languages: ClassVar[tuple[str, ...]]

    def detect(self, ctx: Context) -> Detection: ...


class LexiconDetector:
    """Matches its rules against the normalised text; a literal prefilter skips rules that cannot match."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    category: ClassVar[Category]
    languages: ClassVar[tuple[str, ...]] = ("en", "es")
    rules: ClassVar[Sequence[Rule]]

    def __init__(self, extra_rules: Sequence[Rule] = ()) -> None:
        self._rules = {rule.id: rule for rule in [*self.rules, *extra_rules]}
        for rule in self._rules.values():
            unknown = set(rule.suppress) - set(SUPPRESSORS)
            if unknown:
                raise ValueError(f"rule {rule.id}: unknown suppressors {sorted(unknown)}")
        self._ruleset: RuleSet[Rule] = RuleSet(self._rules.values(), fold_pattern)

    def detect(self, ctx: Context) -> Detection:
        out = Detection()
        seen: set[tuple[int, int]] = set()
        for rule, start, end in self._ruleset.matches(ctx.cues.norm.text, ctx.literals):
            if (start, end) in seen or (rule.when is not None and not rule.when(ctx)):
                continue
            seen.add((start, end))
            self._record(out, ctx, rule, start, end)
        out.evidence[:] = _widest(out.evidence)
        return self.refine(ctx, out)

    @property
    def literals(self) -> frozenset[str]:
        """The literals this detector's prefilter gates on (for the shared scanner)."""
        return self._ruleset.literals

    def _record(self, out: Detection, ctx: Context, rule: Rule, start: int, end: int) -> None:
        norm = ctx.cues.norm
        a, b = norm.span(start, end)
        excused_by = self._suppressor(rule, ctx, start, end)
        if excused_by:
            out.suppressed.append(Suppression(self.category, a, b, norm.original[a:b], excused_by, self.name))
        else:
            out.evidence.append(Evidence(self.category, a, b, norm.original[a:b], rule.reason, f"{self.name}/{rule.id}"))

    def _suppressor(self, rule: Rule, ctx: Context, start: int, end: int) -> str | None:
        for name in rule.suppress:
            if SUPPRESSORS[name](ctx.cues, start, end):
                return name
        return None

    def refine(self, ctx: Context, found: Detection) -> Detection:
        """Hook for a detector's own logic on top of the lexicon (default: none)."""
        return found

    def evidence_at(self, ctx: Context, start: int, end: int, reason: str, rule_id: str) -> Evidence:
        """Evidence for a normalised span, for detectors that find things beyond the lexicon."""
        norm = ctx.cues.norm
        a, b = norm.span(start, end)
        return Evidence(self.category, a, b, norm.original[a:b], reason, f"{self.name}/{rule_id}")


def _widest(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence in text order; a match inside a wider match of the same rule is dropped."""
    kept: list[Evidence] = []
    for e in sorted(evidence, key=lambda e: (e.start, -e.end)):
        if not any(k.detector == e.detector and k.start <= e.start and e.end <= k.end for k in kept):
            kept.append(e)
    return kept


def personal(ctx: Context) -> bool:
    """The item speaks of the writer or a particular person with them."""
    return ctx.cues.personal


__all__ = ["CONTEXTUAL", "Context", "Detection", "Detector", "LexiconDetector", "Rule", "personal"]
