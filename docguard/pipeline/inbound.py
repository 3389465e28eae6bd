"""The inbound flow for one item: normalise -> detect -> decide -> reply. Storage comes first, elsewhere."""

from __future__ import annotations

from docguard import ENGINE_VERSION
from docguard.app import App
from docguard.detect.base import Context
from docguard.detect.runner import run
from docguard.items import InboundItem
from docguard.policy.decide import decide
from docguard.results import Decision
from docguard.text.cues import Cues, compute_cues
from docguard.text.lang import SUPPORTED


def triage(app: App, item: InboundItem) -> Decision:
    return triage_with_cues(app, item)[0]


def triage_with_cues(app: App, item: InboundItem) -> tuple[Decision, Cues]:
    """The decision, and the cues of the item's text (the outgoing checker reads them for the message a draft answers)."""
    norm = app.normaliser.normalise(item.text)
    lang = item.lang if item.lang in SUPPORTED else app.languages.detect(item.text)
    cues = compute_cues(norm)
    ctx = Context(item=item, cues=cues, lang=lang, literals=app.scanner.scan(norm.text))
    found = run(app.detectors, ctx)
    categories = {e.category for e in found.evidence}
    verdict = decide(
        app.policy, categories, item.kind, readable=lang in SUPPORTED, empty=not item.text.strip()
    )
    kept = set(verdict.categories)
    evidence = tuple(sorted((e for e in found.evidence if e.category in kept), key=lambda e: (e.category.precedence, e.start)))
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
        notes=verdict.notes,
        engine_version=f"{ENGINE_VERSION}+policy.{app.policy.version}",
    )
    return decision, cues


__all__ = ["triage", "triage_with_cues"]
