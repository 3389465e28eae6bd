"""Suggestions for a flagged draft: the problem sentences taken out, the matching safe template put in.

The checker (``pipeline/outgoing.py``) checks the kept sentences with the template; if that is
not clean, the suggestion is the template alone (every template passes the checker: a contract
test renders them all). So a suggestion never carries a finding of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docguard.items import Draft
from docguard.replies.render import Renderer
from docguard.results import Decision, DraftEvidence
from docguard.taxonomy import Category, DraftContext, Finding

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*|\n|$)")

# The safe template for a reply, by the most serious finding in it (first match wins).
_TEMPLATE_FOR: tuple[tuple[Finding, str], ...] = (
    (Finding.ROMANTIC, "romantic"),
    (Finding.PERSONAL_ADVICE, "medical_advice"),
    (Finding.VAGUE_REASSURANCE, "medical_advice"),
    (Finding.APPOINTMENT_DETAILS, "appointment_admin"),
    (Finding.PHI, "appointment_admin"),
    (Finding.RELATIONSHIP_CONFIRMATION, "appointment_admin"),
    (Finding.DISPARAGING, "appointment_admin"),
)
_TEMPLATE_FOR_CONTEXT = {DraftContext.REPLY_TO_REVIEW: "review", DraftContext.DECLINE_CONNECTION: "connection_request"}


def safe_template(renderer: Renderer, draft: Draft, evidence: Sequence[DraftEvidence], inbound: Decision | None, lang: str) -> str:
    """The practice's safe reply for this draft: what the answered message calls for, else what the findings call for."""
    if inbound is not None and inbound.reply and (inbound.category in (Category.EMERGENCY, Category.SELF_HARM) or draft.context is DraftContext.REPLY_TO_DM):
        return inbound.reply
    name = _TEMPLATE_FOR_CONTEXT.get(draft.context)
    if name is None:
        found = {e.finding for e in evidence}
        name = next((template for finding, template in _TEMPLATE_FOR if finding in found), "appointment_admin")
    return renderer.render(name, lang) or ""


def kept_sentences(text: str, evidence: Sequence[DraftEvidence]) -> str:
    """The draft without every sentence that holds evidence."""
    kept = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        if m.group(0).strip() and not any(e.start < end and start < e.end for e in evidence):
            kept.append(m.group(0).strip())
    return " ".join(kept)


def parts(renderer: Renderer, draft: Draft, evidence: Sequence[DraftEvidence], inbound: Decision | None, lang: str) -> tuple[str, str]:
    """(what of the draft can stay, the safe template to add). A post gets no template; an urgent message keeps nothing."""
    if draft.context is DraftContext.POST:
        return kept_sentences(draft.text, evidence), ""
    template = safe_template(renderer, draft, evidence, inbound, lang)
    if inbound is not None and inbound.category in (Category.EMERGENCY, Category.SELF_HARM):
        return "", template
    return kept_sentences(draft.text, evidence), template


__all__ = ["kept_sentences", "parts", "safe_template"]
