"""Emergency detector: positives (incl. third parties and evasions), hard negatives, offsets."""

from __future__ import annotations

import pytest

POSITIVE = [
    "sudden severe cramping abdominal pain and she keeps vomiting",
    "he is writhing in pain on the floor",
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
    ev = next(e for e in d.evidence if e.category.value == "emergency")
    assert text[ev.start : ev.end] == ev.text
    assert ev.text.startswith("c h e s t")


def test_negated_match_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("no chest pain since Monday")
    assert d.category.value != "emergency"
    assert any(s.suppressor == "negated" and s.category.value == "emergency" for s in d.suppressed)


# Concept families beyond the phrases above: cardiac, stroke, airway, bleeding, anaphylaxis,
# poisoning, seizure, collapse, confusion, pregnancy, babies, trauma, burns, sepsis, and
# several warning signs that only add up together.
POSITIVE_MORE = [
    "my husband says it feels like a band squeezing his chest and he's clammy",
    "pressure behind my breastbone going down my left arm",
    "my mom's words are coming out all jumbled and her hand keeps dropping the cup",
    "the left side of my face just went numb and I can't smile",
    "my toddler is breathing fast and his ribs are pulling in",
    "oxygen on the finger monitor says 83 and she's gasping",
    "my son cut his leg on a glass door and blood is spurting out",
    "got stung by a wasp and my tongue feels thick and my voice is hoarse",
    "my 2 year old got into the cleaning cabinet and drank some drain cleaner",
    "the CO alarm is beeping and we all have headaches and feel sick",
    "my sister's body went stiff and she started jerking and isn't answering",
    "found my grandpa slumped on the floor, he's breathing but we can't wake him",
    "my dad suddenly doesn't know what year it is and keeps asking where he is",
    "33 weeks and fluid is leaking, the baby is moving less",
    "my newborn is 3 weeks old and feels hot, 38.3 on the thermometer",
    "my son fell from the monkey bars and his arm is bent the wrong way",
    "boiling water spilled over my toddler's chest, the skin looks white",
    "high fever, blotchy purple rash and she's really confused",
    "he fell off his bike, arm looks bent weird and he's really pale",
    "should I call an ambulance? my wife can't lift her arm",
    "mi papá tiene la boca chueca y no puede levantar el brazo",
    "mi bebé respira con mucho esfuerzo y se le marcan las costillas",
    "mi hijo se tomó un frasco de jarabe y está muy dormido",
    "mi mamá tiene fiebre, está confundida y respira muy rápido",
    "tengo 34 semanas, me duele mucho la cabeza y veo lucecitas",
]

EVASION = [
    "c a n t b r e a t h e",
    "my dad c a n t b r e a t h e",
    "s3izure right now",
    "chest. pain. now. left arm numb",
    "unrespon\u200bsive and blue lips",
    "mi pаpá nо puede rеspirar",  # Cyrillic а, о, е
]

NEGATIVE_MORE = [
    "my resting heart rate is 52, I'm a marathon runner",
    "I get short of breath climbing stairs lately, can we check it at my next visit?",
    "my lips are swollen from a cold sore, what helps?",
    "how do I use an EpiPen? asking for a school trip",
    "I had a febrile seizure as a kid, can I donate blood?",
    "my toddler bumped her head, cried right away and is playing normally now",
    "I'm drowning in paperwork this week",
    "can stress cause chest tightness?",
    "my son has a seizure disorder, can he join the swim team?",
    "I took my blood pressure pill twice by mistake this morning, I feel fine, should I skip tomorrow?",
    "estoy en la azotea tendiendo la ropa",
    "me muero de risa con este video",
]


@pytest.mark.parametrize("text", POSITIVE_MORE)
def test_concept_families_are_caught(categories_of, text: str) -> None:
    assert "emergency" in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_emergency_evasions_are_caught(categories_of, text: str) -> None:
    assert "emergency" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE_MORE)
def test_more_hard_negatives_are_not_emergencies(categories_of, text: str) -> None:
    assert "emergency" not in categories_of(text)


def test_a_symptom_minutes_ago_that_went_away_still_counts(categories_of) -> None:
    # a TIA: over after ten minutes this morning, still an emergency
    assert "emergency" in categories_of("his face drooped for 10 minutes this morning and then it went away")


def test_red_flags_name_the_signs_they_added_up(triage_text) -> None:
    d = triage_text("he fell off his bike, arm looks bent weird and he's really pale")
    ev = [e for e in d.evidence if e.category.value == "emergency"]
    assert any(e.detector == "emergency/red_flags" and "shock" in e.reason for e in ev)
