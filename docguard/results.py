"""What the engine produces: evidence spans, suppressions, and the decision for one item. All frozen."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import Enum, StrEnum
from typing import Any

from docguard.taxonomy import Action, Category, DraftContext, Finding, Urgency, Zone


def _flat(record: Any) -> dict[str, Any]:
    """A flat record's fields in order, enums as their values (the JSON shape of evidence and suppressions)."""
    return {f.name: (v.value if isinstance(v, Enum) else v) for f in fields(record) for v in (getattr(record, f.name),)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words in the ORIGINAL text that raised a category, and why."""

    category: Category
    start: int
    end: int
    text: str
    reason: str
    detector: str

    def as_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Suppression:
    """A match a suppressor excused, kept so a reviewer can see what was NOT flagged and why."""

    category: Category
    start: int
    end: int
    text: str
    suppressor: str
    detector: str

    def as_dict(self) -> dict[str, Any]:
        return _flat(self)


class Said(StrEnum):
    ADDED = "added"  # the model alone raised this category
    AGREED = "agreed"  # rule and model both
    RULE_ONLY = "rule_only"  # a rule found it; the model scored it below its threshold
    BELOW = "below"  # neither: shown because the probability is notable
    DISAGREES = "disagrees"  # a rule's emergency or self-harm finding the model scores very low; it stands


@dataclass(frozen=True, slots=True)
class Opinion:
    """What the model said about one category of one item."""

    category: Category
    probability: float
    threshold: float
    said: Said

    def as_dict(self) -> dict[str, object]:
        return {"category": self.category.value, "probability": round(self.probability, 4), "threshold": round(self.threshold, 4), "said": self.said.value}


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    category: Category
    categories: tuple[Category, ...]
    zone: Zone
    urgency: Urgency
    actions: tuple[Action, ...]
    reply: str | None = field(repr=False)
    evidence: tuple[Evidence, ...]
    lang: str
    rules: tuple[str, ...] = ()  # the policy rules that set zone, urgency and actions
    suppressed: tuple[Suppression, ...] = ()
    notes: tuple[str, ...] = ()
    engine_version: str = ""
    model_version: str = ""  # empty when the rules decided alone
    model: tuple[Opinion, ...] = ()  # what the model said, category by category

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category.value,
            "categories": [c.value for c in self.categories],
            "zone": self.zone.value,
            "urgency": self.urgency.value,
            "actions": [a.value for a in self.actions],
            "reply": self.reply,
            "evidence": [e.as_dict() for e in self.evidence],
            "lang": self.lang,
            "rules": list(self.rules),
            "suppressed": [s.as_dict() for s in self.suppressed],
            "notes": list(self.notes),
            "engine_version": self.engine_version,
            "model_version": self.model_version,
            "model": [o.as_dict() for o in self.model],
        }


@dataclass(frozen=True, slots=True)
class DraftEvidence:
    """Words in the ORIGINAL draft that raised a finding, and why."""

    finding: Finding
    start: int
    end: int
    text: str
    reason: str
    detector: str

    def as_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class DraftExcuse:
    """A match in a draft that a suppressor excused ("addressed to an audience", "negated", ...)."""

    finding: Finding
    start: int
    end: int
    text: str
    suppressor: str
    detector: str

    def as_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """The outgoing checker's verdict on one draft."""

    id: str
    zone: Zone
    findings: tuple[Finding, ...]
    evidence: tuple[DraftEvidence, ...]
    suggestion: str | None = field(repr=False)  # a rewrite that passes the checker; None when the draft is safe
    context: DraftContext
    lang: str
    suppressed: tuple[DraftExcuse, ...] = ()
    notes: tuple[str, ...] = ()
    engine_version: str = ""

    @property
    def red(self) -> bool:
        return self.zone is Zone.RED

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "zone": self.zone.value,
            "findings": [f.value for f in self.findings],
            "evidence": [e.as_dict() for e in self.evidence],
            "suggestion": self.suggestion,
            "context": self.context.value,
            "lang": self.lang,
            "suppressed": [s.as_dict() for s in self.suppressed],
            "notes": list(self.notes),
            "engine_version": self.engine_version,
        }


__all__ = ["Decision", "DraftCheck", "DraftEvidence", "DraftExcuse", "Evidence", "Opinion", "Said", "Suppression"]
