"""Every reply DocGuard writes, for every category, kind, language and a range of profiles, is safe.

"Safe" is: the outgoing checker, run with the same profile and the context the reply goes to,
finds nothing in it; and, checked independently of the checker, no advice, dosing or diagnosis
vocabulary, nothing that confirms a relationship with the addressee, no unfilled placeholder,
and the emergency and crisis replies carry the numbers to call.
"""

from __future__ import annotations

import re

import pytest

from docguard.app import build_app
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.policy.decide import Policy, decide
from docguard.policy.profile import Profile, load_defaults
from docguard.replies.render import LANGUAGES, Renderer
from docguard.taxonomy import Category, DraftContext, Kind

DEFAULTS = load_defaults()
PROFILES = {
    "built-in": {},
    "us-full": {
        "practice": {"name": "Riverside Family Medicine", "country": "US", "professional_page": "@riversidefm"},
        "channels": {"phone": "(555) 010-0100", "portal": "https://portal.example.com", "email": "office@example.com", "hours": "Mon-Fri 8-5"},
    },
    "gb-phone-only": {"practice": {"name": "Leeds Road Surgery", "country": "GB"}, "channels": {"phone": "0113 496 0000"}},
    "es-personal": {"practice": {"name": "Clínica Sol", "country": "ES", "account_type": "personal"}, "channels": {"portal": "https://sol.example.es"}},
    "mx": {"practice": {"name": "Consultorio Norte", "country": "MX"}, "channels": {"phone": "55 0000 0000"}},
    "au-custom-crisis": {"practice": {"country": "AU"}, "locale": {"crisis_line": "the practice's on-call nurse", "crisis_contact": "call 1800 000 000"}},
}

FORBIDDEN = [
    (r"\b\d+\s?(?:mg|ml|mcg|units?)\b", "a dose"),
    (r"\b(?:take|tome|toma|start|stop|dej[ae] de)\s+(?:\d|two|one|an?|una?|dos)\b", "a dosing instruction"),
    (r"\b(?:ibuprofen|tylenol|acetaminophen|paracetamol|aspirin|antibiotic|ibuprofeno|aspirina)\b", "a medicine name"),
    (r"\b(?:sounds like|probably|likely|it's nothing|don't worry|no se preocupe|parece (?:una|un))\b", "a diagnosis or reassurance"),
    (r"\b(?:your (?:visit|appointment|treatment|results?|labs?|diagnosis|surgery|procedure)|as your (?:doctor|clinician)|we saw you|when you came in|su (?:cita|tratamiento|diagn[oó]stico|visita|resultado))\b", "a relationship confirmation"),
    (r"[{}]", "an unfilled placeholder"),
]


def renderers() -> list[tuple[str, Renderer]]:
    return [(name, Renderer(Profile.model_validate(data), DEFAULTS)) for name, data in PROFILES.items()]


def all_replies() -> list[tuple[str, str, str, str]]:
    out = []
    for pname, renderer in renderers():
        policy = Policy.build(DEFAULTS, Profile.model_validate(PROFILES[pname]))
        for cat in Category:
            for kind in Kind:
                for readable in (True, False):
                    template = decide(policy, {cat}, kind, readable=readable, empty=False).template
                    for lang in LANGUAGES:
                        reply = renderer.render(template, lang)
                        if reply is not None:
                            out.append((f"{pname}/{cat.value}/{kind.value}/{lang}/{'read' if readable else 'unread'}", cat.value, lang, reply))
    return out


REPLIES = all_replies()


def test_there_are_many_replies_to_check() -> None:
    assert len(REPLIES) > 500


@pytest.mark.parametrize(("pattern", "what"), FORBIDDEN)
def test_no_reply_contains(pattern: str, what: str) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    bad = [(where, m.group()) for where, _, _, reply in REPLIES if (m := rx.search(reply))]
    assert not bad, f"{what} in {bad[:3]}"


CONTEXT_OF_KIND = {
    "dm": DraftContext.REPLY_TO_DM,
    "comment": DraftContext.REPLY_TO_COMMENT,
    "mention": DraftContext.REPLY_TO_COMMENT,
    "review": DraftContext.REPLY_TO_REVIEW,
    "friend_request": DraftContext.DECLINE_CONNECTION,
}


@pytest.mark.parametrize("profile_name", list(PROFILES))
def test_every_reply_passes_the_outgoing_checker(profile_name: str) -> None:
    app = build_app(profile=Profile.model_validate(PROFILES[profile_name]))
    checked, flagged = 0, []
    for where, _, lang, reply in REPLIES:
        pname, _cat, kind, _lang, _read = where.split("/")
        if pname != profile_name:
            continue
        result = check(app, Draft(where, reply, CONTEXT_OF_KIND[kind], lang=lang))
        checked += 1
        if result.findings:
            flagged.append((where, [(e.finding.value, e.text) for e in result.evidence]))
    assert checked > 80
    assert not flagged, flagged[:3]


def test_emergency_replies_say_call_the_number_now() -> None:
    for where, cat, _lang, reply in REPLIES:
        if cat == "emergency" and "unread" not in where:
            number = re.search(r"(?:call|llame al) (\d{3})", reply, re.IGNORECASE)
            assert number and ("now" in reply or "ahora" in reply), where


def test_self_harm_replies_carry_crisis_line_and_emergency_number() -> None:
    expected = {"built-in": "988", "us-full": "988", "gb-phone-only": "116 123", "es-personal": "024", "mx": "800 911 2000", "au-custom-crisis": "1800 000 000"}
    for where, cat, _, reply in REPLIES:
        if cat == "self_harm" and "unread" not in where:
            assert expected[where.split("/")[0]] in reply, where


def test_review_replies_neither_confirm_nor_deny() -> None:
    for where, _, lang, reply in REPLIES:
        if "/review/" in where and "/review_feedback/" in where and "unread" not in where:
            assert ("confirm whether" in reply) if lang == "en" else ("confirmamos si" in reply), where


def test_spanish_items_get_spanish_replies(triage_text) -> None:
    d = triage_text("hola doctora, necesito cambiar mi cita del martes")
    assert d.lang == "es" and d.reply is not None and "Gracias" in d.reply
