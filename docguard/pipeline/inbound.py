"""The inbound flow for one item: normalise -> detect -> decide -> reply. Storage comes first, elsewhere."""

from __future__ import annotations

from docguard import ENGINE_VERSION
from docguard.app import App
from docguard.detect.base import Context
from docguard.detect.ml.combine import Engine, consult
from docguard.detect.runner import run
from docguard.items import InboundItem
from docguard.policy.decide import decide
from docguard.results import Decision, Opinion
from docguard.text.cues import Cues, compute_cues
from docguard.text.lang import SUPPORTED


def engine_version(app: App) -> str:
    """The rules engine and policy that decide (the model's version is recorded beside it)."""
    return f"{ENGINE_VERSION}+policy.{app.policy.version}"


def triage(app: App, item: InboundItem) -> Decision:
    return triage_with_cues(app, item)[0]


def triage_with_cues(app: App, item: InboundItem) -> tuple[Decision, Cues]:
    """The decision, and the cues of the item's text (the outgoing checker reads them for the message a draft answers)."""
    norm = app.normaliser.normalise(item.text)
    lang = item.lang if item.lang in SUPPORTED else app.languages.detect(item.text)
    cues = compute_cues(norm)
    ctx = Context(item=item, cues=cues, lang=lang, literals=app.scanner.scan(norm.text))
    found = run(app.detectors, ctx)
    categories = frozenset(e.category for e in found.evidence)
    rule_evidence = found.evidence
    model_notes: tuple[str, ...] = ()
    opinions: tuple[Opinion, ...] = ()
    if app.model is not None and app.engine is not Engine.RULES:
        consulted = consult(app.model, norm, item.kind.value, categories, app.engine)
        categories, opinions, model_notes = consulted.categories, consulted.opinions, consulted.notes
        rule_evidence = (rule_evidence if app.engine is Engine.COMBINED else ()) + consulted.evidence
    verdict = decide(
        app.policy, set(categories), item.kind, readable=lang in SUPPORTED, empty=not item.text.strip()
    )
    kept = set(verdict.categories)
    evidence = tuple(sorted((e for e in rule_evidence if e.category in kept), key=lambda e: (e.category.precedence, e.start)))
    decision = Decision(
        id=item.id,
        category=verdict.categories[0],
        categories=verdict.categories,
        zone=verdict.zone,
        urgency=verdict.urgency,
        actions=verdict.actions,
        reply=app.renderer.render(verdict.template, lang),
        evidence=evidence,
        lang=lang,
        rules=verdict.rules,
        suppressed=found.suppressed,
        notes=verdict.notes + model_notes,
        engine_version=engine_version(app),
        model_version=app.model.version if app.model is not None and app.engine is not Engine.RULES else "",
        model=opinions,
    )
    return decision, cues


__all__ = ["engine_version", "triage", "triage_with_cues"]
