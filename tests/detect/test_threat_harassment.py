"""Threat/harassment detector: threats (open and veiled), insults, stalking, doxxing, sexual
harassment and coercion, in English and Spanish; hard negatives; evasions; the policy it gets."""

from __future__ import annotations

import re

import pytest

from docguard.detect.prefilter import literal_first
from docguard.detect.prefilter import top_level_branches as alternatives

POSITIVE = [
    # threats, open and veiled
    "I'm going to find out where you live and make you regret this.",
    "You better watch yourself, doc.",
    "Don't be surprised if your tires are flat tomorrow.",
    "Sooner or later we'll meet outside the office.",
    "Hope you have good insurance on that car.",
    "Nice little practice you've got there. Accidents happen.",
    "Remember my face. You'll see it again.",
    "Your career can disappear overnight, you know.",
    "If my dad dies, you die.",
    # wishing harm
    "I hope your kids get sick and you can't fix them.",
    "Burn in hell, you fraud.",
    # insults at the clinician or staff
    "You couldn't diagnose a cold, you absolute clown.",
    "Your receptionist is a lazy, useless cow.",
    "What a pathetic excuse for a nurse.",
    "Moron.",
    "she has the brain of a goldfish, who let her practice?",
    # stalking
    "I saw you at the grocery store with your kids on Saturday.",
    "You walk your dog at 7 every night. Same route.",
    "Your husband drives a red pickup, doesn't he?",
    "I recognized your car at the gym.",
    "You blocked me again, so here's account number four.",
    # doxxing
    "Posting her home address tonight so people can tell her what they think.",
    "Everyone should know where this doctor lives.",
    "Her personal cell is 555-0100, go wild.",
    # sexual harassment
    "Send me a pic of you without the scrubs.",
    "I bet you're a freak in bed.",
    "Do you wear anything under that white coat?",
    # coercion
    "Approve my disability form or I go to the press with a story about you.",
    "Refill the oxy or your husband finds out about us.",
    "I'll stop posting when you give me what I want.",
    # Spanish
    "Te voy a romper la cara, matasanos.",
    "Sé dónde vives y a qué hora sales.",
    "Ojalá te atropellen, inútil.",
    "Eres una payasa y una mentirosa.",
    "Si no me contestas hoy, publico tus fotos.",
    "Te vi saliendo del gimnasio con tu esposo.",
]

EVASION = [
    "w a t c h   y o u r   b a c k",
    "g0 d1e, qu4ck",
    "s.t.u.p.i.d b.i.t.c.h",
    "I'll fіnd yоu",  # Cyrillic і and о
    "i know where\u200b you live",  # zero-width space
    "u r a w0rthl3ss fr@ud",
    "t e   v o y   a   e n c o n t r a r",
]

NEGATIVE = [
    "I'm such an idiot, I forgot my appointment again.",
    "My son is such a clown, he made the nurse laugh.",
    "The staff were rude and the wait was long. 2 stars.",
    "I'm going to report this billing error to my insurance.",
    "I hope you feel better soon, doc!",
    "You deserve all the success in the world.",
    "I saw you on the news last night, congrats!",
    "Small world! Saw you at church and realised you're my doctor.",
    "I know where you trained, great program.",
    "Can you post the clinic address in your bio?",
    "I sent you a photo of my rash yesterday.",
    "My knee hurts when I bend over.",
    "Call me back or I'll come in tomorrow.",
    "Pick Tuesday or I'll have to wait another month.",
    "I'm going to beat this cancer!",
    "Sorry if this is a stupid question, can I take Advil with Tylenol?",
    "I know your schedule is packed, but could I get a callback?",
    'Quote from the movie last night: "I know where you live" 😂',
    "Drop dead gorgeous new waiting room 😍",
    "Cuídate mucho, doctora.",
    "Te vi en la tele, ¡qué orgullo!",
    "Ojalá se mejore pronto su mamá.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_threats_and_harassment_are_caught(categories_of, text: str) -> None:
    assert "threat_harassment" in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "threat_harassment" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_harassment(categories_of, text: str) -> None:
    assert "threat_harassment" not in categories_of(text)


def test_threat_is_red_high_documented_and_escalated(triage_text) -> None:
    d = triage_text("I know where you live. Tick tock, doctor.")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "high", "threat_harassment")
    assert {"document_incident", "escalate_supervisor", "recommend_block"} <= {a.value for a in d.actions}
    assert d.reply is not None and "recorded" in d.reply.lower()


def test_sexual_harassment_is_also_romantic(categories_of) -> None:
    assert {"threat_harassment", "romantic"} <= categories_of("Send me pics of you in your underwear.")


def test_excuses_are_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("I'm such a moron, I took my pill twice. Is that dangerous?")
    assert "threat_harassment" not in {c.value for c in d.categories}
    assert any(s.suppressor == "aimed_at_self" and s.category.value == "threat_harassment" for s in d.suppressed)


def test_evidence_points_at_the_original_words(triage_text) -> None:
    text = "ok so... w a t c h  y o u r  b a c k"
    d = triage_text(text)
    ev = next(e for e in d.evidence if e.category.value == "threat_harassment")
    assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("source", "text"),
    [(r"\bidiots?|\bsend (?:me )?nudes|(?:^|\. )moron", "you idiots. send nudes. moron"), (r"\bi (?:saw|see) you\b", "hi i saw you")],
)
def test_splitting_alternatives_keeps_the_matches(source: str, text: str) -> None:
    whole = [m.span() for m in re.finditer(source, text)]
    split = sorted(m.span() for alt in alternatives(source) for m in re.finditer(literal_first(alt), text))
    assert split == whole
