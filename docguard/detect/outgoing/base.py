"""The outgoing detector contract: what a detector sees of a draft, and the lexicon base class.

Outgoing detectors follow the inbound ones: a small named class with a version, the finding it
produces, rules with stable ids and readable reasons, and named suppressors (``excuse.py``)
whose names read like reasons. The difference is the context: a draft knows where it is going
(a post, a reply to a DM or a review) and, when given, what it answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from docguard.detect.outgoing.own import OwnDetails
from docguard.detect.prefilter import RuleSet
from docguard.items import Draft
from docguard.results import Decision, DraftEvidence, DraftExcuse
from docguard.taxonomy import DraftContext, Finding
from docguard.text.cues import Cues
from docguard.text.normalise import fold_pattern


@dataclass(frozen=True, slots=True)
class OutRule:
    """One outgoing lexicon rule. ``id`` is stable; ``suppress`` names the excuses it accepts."""

    id: str
    pattern: str
    reason: str
    suppress: tuple[str, ...] = ()
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class DraftCtx:
    """Everything an outgoing detector may look at for one draft; computed once per draft."""

    draft: Draft
    cues: Cues
    lang: str
    own: OwnDetails
    #: the triage of ``in_reply_to``, when the draft answers something
    inbound: Decision | None = None
    #: the cues of ``in_reply_to`` (computed once per draft, whether or not it was triaged)
    inbound_cues: Cues | None = None
    literals: frozenset[str] | None = None
    memo: dict[str, object] = field(default_factory=dict)

    @property
    def context(self) -> DraftContext:
        return self.draft.context

    @property
    def text(self) -> str:
        """The normalised draft text (what lexicon rules match)."""
        return self.cues.norm.text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.cues.norm.span(start, end)


@dataclass(slots=True)
class Found:
    evidence: list[DraftEvidence] = field(default_factory=list)
    suppressed: list[DraftExcuse] = field(default_factory=list)


Excuse = Callable[[DraftCtx, int, int], bool]


class OutgoingDetector:
    """Matches its rules against the normalised draft; ``refine`` adds logic beyond the lexicon."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    finding: ClassVar[Finding]
    languages: ClassVar[tuple[str, ...]] = ("en", "es")
    rules: ClassVar[Sequence[OutRule]] = ()

    def __init__(self, excuses: Mapping[str, Excuse]) -> None:
        self._excuses = excuses
        for rule in self.rules:
            unknown = set(rule.suppress) - set(excuses)
            if unknown:
                raise ValueError(f"rule {rule.id}: unknown suppressors {sorted(unknown)}")
        self._ruleset: RuleSet[OutRule] = RuleSet(self.rules, fold_pattern)

    @property
    def literals(self) -> frozenset[str]:
        return self._ruleset.literals

    def detect(self, ctx: DraftCtx) -> Found:
        out = Found()
        seen: set[tuple[int, int]] = set()
        for rule, start, end in self._ruleset.matches(ctx.text, ctx.literals):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            a, b = ctx.original_span(start, end)
            excused_by = next((name for name in rule.suppress if self._excuses[name](ctx, start, end)), None)
            if excused_by:
                out.suppressed.append(DraftExcuse(self.finding, a, b, ctx.draft.text[a:b], excused_by, self.name))
            else:
                out.evidence.append(self.evidence(a, b, ctx.draft.text[a:b], rule.reason, rule.id))
        out.evidence[:] = _widest(out.evidence)
        return self.refine(ctx, out)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        """Hook for a detector's own logic on top of the lexicon (default: none)."""
        return found

    def evidence(self, start: int, end: int, text: str, reason: str, rule_id: str) -> DraftEvidence:
        """Evidence for a span of the ORIGINAL draft."""
        return DraftEvidence(self.finding, start, end, text, reason, f"{self.name}/{rule_id}")


def _widest(evidence: list[DraftEvidence]) -> list[DraftEvidence]:
    """Evidence in text order; a match inside a wider match of the same detector is dropped."""
    kept: list[DraftEvidence] = []
    for e in sorted(evidence, key=lambda e: (e.start, -e.end)):
        if not any(k.start <= e.start and e.end <= k.end for k in kept):
            kept.append(e)
    return kept


__all__ = ["DraftCtx", "Excuse", "Found", "OutRule", "OutgoingDetector"]
