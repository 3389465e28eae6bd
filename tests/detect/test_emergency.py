"""Emergency detector: positives (incl. third parties and evasions), hard negatives, offsets."""

from __future__ import annotations

import pytest

POSITIVE = [
    "Hey doc, sorry to message you here, but I've been having that chest pain again.",
    "my dad is slurring his words and his face looks droopy",
    "my wife can't breathe and her lips are turning blue",
    "my 6 week old has a fever of 38.5, should we wait till morning?",
    "I think my son swallowed a button battery",
    "she's having a seizure right now",
    "c h e s t  p a i n  r n",
    "ch3st p41n and my left arm is numb",
    "chеst pаin right now",  # Cyrillic е and а
    "can\u200bt breathe",  # zero-width space inside the word
    "me duele mucho el pecho y me falta el aire",
    "mi papá no puede hablar bien y tiene la cara caída",
    "my grandpa collapsed and won't wake up",
    "34 weeks pregnant and bleeding a lot",
]

NEGATIVE = [
    "what are the signs of a stroke?",
    "no chest pain since Monday, thanks for asking!",
    "last year I had a mini stroke, what can I do to prevent another?",
    "that bill gave me a heart attack lol",
    "I can't breathe 😂 this video",
    "great infographic on anaphylaxis, sharing with the school",
    "¿cuáles son los síntomas de un infarto?",
    "I need my EpiPen prescription renewed before school starts",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_emergencies_are_caught(categories_of, text: str) -> None:
    assert "emergency" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_emergencies(categories_of, text: str) -> None:
    assert "emergency" not in categories_of(text)


def test_emergency_is_red_immediate_with_call_now_reply(triage_text) -> None:
    d = triage_text("my dad is slurring his words")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "immediate", "emergency")
    assert "notify_clinician_now" in {a.value for a in d.actions}
    assert d.reply is not None and "call 911 now" in d.reply.lower()


def test_evidence_points_at_the_original_words(triage_text) -> None:
    text = "ok so... c h e s t  p a i n since 10 min"
    d = triage_text(text)
    ev = [e for e in d.evidence if e.category.value == "emergency"][0]
    assert text[ev.start : ev.end] == ev.text
    assert ev.text.startswith("c h e s t")


def test_negated_match_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("no chest pain since Monday")
    assert d.category.value != "emergency"
    assert any(s.suppressor == "negated" and s.category.value == "emergency" for s in d.suppressed)
