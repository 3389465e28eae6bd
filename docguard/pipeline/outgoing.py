"""The outgoing flow for one draft: normalise -> outgoing detectors -> zone -> suggestion.

When the draft answers an inbound message, that message is triaged first: it tells the
checker what the draft is answering (an emergency must be answered with the emergency
number, whatever else the draft says), and which safe template a suggestion should use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from docguard import ENGINE_VERSION
from docguard.app import App
from docguard.detect.outgoing.base import DraftCtx
from docguard.detect.outgoing.own import digits
from docguard.items import Draft, InboundItem
from docguard.pipeline.inbound import triage_with_cues
from docguard.replies.suggest import parts
from docguard.results import Decision, DraftCheck, DraftEvidence, DraftExcuse
from docguard.taxonomy import Category, DraftContext, Finding, Kind, Zone
from docguard.text.cues import Cues, compute_cues
from docguard.text.lang import SUPPORTED

CHECKER_VERSION = "1"

_KIND_OF_CONTEXT = {
    DraftContext.REPLY_TO_DM: Kind.DM,
    DraftContext.REPLY_TO_REVIEW: Kind.REVIEW,
    DraftContext.REPLY_TO_COMMENT: Kind.COMMENT,
    DraftContext.DECLINE_CONNECTION: Kind.FRIEND_REQUEST,
    DraftContext.POST: Kind.COMMENT,
}


def check(app: App, draft: Draft) -> DraftCheck:
    """The checker's verdict on ``draft``, with a suggestion that passes the checker when it is not safe."""
    inbound, inbound_cues = _triage_inbound(app, draft)
    found, excused, lang = find(app, draft, inbound, inbound_cues)
    urgent = inbound is not None and inbound.category in (Category.EMERGENCY, Category.SELF_HARM)
    if urgent and inbound is not None and not _points_to_help(app, draft.text, inbound):
        found = (DraftEvidence(Finding.MISSED_EMERGENCY, 0, 0, "", _MISSED.format(inbound.category.value), "pipeline/urgent_inbound"), *found)
    findings = tuple(f for f in Finding if any(e.finding is f for e in found))
    zone = max((f.zone for f in findings), key=lambda z: z.severity, default=Zone.GREEN)
    notes: list[str] = []
    if urgent and inbound is not None:
        reasons = "; ".join(f"“{e.text}”: {e.reason}" for e in inbound.evidence[:3])
        notes.append(f"the message answered looks like {inbound.category.value} ({reasons})")
    suggestion = suggest(app, draft, found, inbound, inbound_cues, lang) if findings or urgent else None
    return DraftCheck(
        id=draft.id,
        zone=zone,
        findings=findings,
        evidence=found,
        suggestion=suggestion,
        context=draft.context,
        lang=lang,
        suppressed=excused,
        notes=tuple(notes),
        engine_version=f"{ENGINE_VERSION}+checker.{CHECKER_VERSION}",
    )


def find(
    app: App, draft: Draft, inbound: Decision | None = None, inbound_cues: Cues | None = None
) -> tuple[tuple[DraftEvidence, ...], tuple[DraftExcuse, ...], str]:
    """Every outgoing detector over one draft: (evidence, what was excused, language).

    ``inbound`` is the triage of ``in_reply_to`` and ``inbound_cues`` its cues; without the cues,
    the text answered is normalised here, once (detectors ask about it many times).
    """
    norm = app.normaliser.normalise(draft.text)
    lang = draft.lang if draft.lang in SUPPORTED else app.languages.detect(draft.text)
    if inbound_cues is None and draft.in_reply_to:
        inbound_cues = compute_cues(app.normaliser.normalise(draft.in_reply_to))
    ctx = DraftCtx(
        draft=draft, cues=compute_cues(norm), lang=lang, own=app.own, inbound=inbound, inbound_cues=inbound_cues,
        literals=app.outgoing_scanner.scan(norm.text),
    )
    evidence: list[DraftEvidence] = []
    excused: list[DraftExcuse] = []
    for detector in app.outgoing:
        result = detector.detect(ctx)
        evidence.extend(result.evidence)
        excused.extend(result.suppressed)
    evidence.sort(key=lambda e: (e.start, e.finding.value))
    return tuple(evidence), tuple(excused), lang


def suggest(
    app: App, draft: Draft, evidence: tuple[DraftEvidence, ...], inbound: Decision | None, inbound_cues: Cues | None, lang: str
) -> str:
    """The kept sentences with the safe template if the checker passes them, else the template alone.

    A template alone always passes (tests/contract/test_replies.py renders every one); for a post
    there is no template, so what cannot stay is simply taken out.
    """
    rest, template = parts(app.renderer, draft, evidence, inbound, lang)
    combined = f"{rest} {template}".strip()
    if rest and not find(app, replace(draft, text=combined), inbound, inbound_cues)[0]:
        return combined
    return template


_MISSED = "answers a message that looks like {} without pointing to emergency help or a crisis line now"
_HELP_WORDS = re.compile(r"\b(?:emergency|emergencies|ambulance|crisis|a&e|urgencias|emergencia|ambulancia)\b", re.IGNORECASE)


def _points_to_help(app: App, text: str, inbound: Decision) -> bool:
    """The draft gives the emergency number or the crisis line of the safe reply, or words for emergency help."""
    if _HELP_WORDS.search(text):
        return True
    in_draft, in_reply = digits(text), digits(inbound.reply or "")
    return any(n in in_draft for n in app.own.phones if len(n) >= 3 and n in in_reply)


def _triage_inbound(app: App, draft: Draft) -> tuple[Decision | None, Cues | None]:
    if not draft.in_reply_to or not draft.in_reply_to.strip():
        return None, None
    item = InboundItem(id=f"{draft.id}:in_reply_to", text=draft.in_reply_to, kind=_KIND_OF_CONTEXT[draft.context])
    return triage_with_cues(app, item)


__all__ = ["CHECKER_VERSION", "check", "find"]
