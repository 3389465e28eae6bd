"""Medical advice: a health question about a particular person (the writer, a child, a parent...).

The same question about people in general is a general_question; an admin request about one's
own care ("can I get my blood drawn at the hospital lab?") is appointment_admin.
"""

from __future__ import annotations

import pytest

POSITIVE = [
    "Can I take Advil while breastfeeding?",
    "I've had a sore throat for 5 days, should I get tested for strep?",
    "my toddler has a rash on his belly since he started antibiotics, is this an allergy?",
    "What dose of melatonin is ok for my 8 year old?",
    "my BP was 150/95 this morning, is that too high?",
    "My dad's ankles are swollen since he started amlodipine, should he stop it?",
    "got stung by a wasp and my hand is puffy, what should I put on it",
    "been coughing for 3 weeks now, do I need a chest x-ray?",
    "My TSH came back 6.2, what does that mean?",
    "I think I sprained my wrist. Ice or heat?",
    "Quick q: my eye has been twitching for a week, is that stress?",
    "I have a weird pain under my right ribs after I eat. Gallbladder?",
    # a general question with the writer's own case attached is about the writer
    "What's a normal A1C? Mine just came back 7.1",
    "How do you treat a burn? I just spilled hot oil on my arm and it's blistering",
    # Spanish
    "Tengo tos desde hace una semana, ¿qué me recomienda tomar?",
    "Mi hijo tiene fiebre de 38, ¿le doy paracetamol o ibuprofeno?",
    "¿Es normal que me duela la cabeza después de la vacuna?",
    "Mi mamá tiene la presión en 160/100, ¿es peligroso?",
    "¿Puedo tomar alcohol con el antibiótico?",
    "Me duele la garganta desde ayer, ¿será infección?",
]

NEGATIVE = [
    # the same topics asked about people in general
    "What are the side effects of metformin?",
    "Is it true that you can't take ibuprofen with blood pressure meds?",
    "How much water should adults drink a day?",
    "¿Cuáles son los síntomas de la diabetes?",
    "I'm a nursing student, what's the normal range for potassium?",
    "My friend says vaccines cause autism, is that true?",
    # admin requests about one's own care
    "Can I get my blood drawn at the hospital lab instead of your office?",
    "Could you mail me my cholesterol results?",
    "Do I need to book a slot for the flu shot clinic?",
    "This flu is killing me, can I get a note for work?",
    # thanks, reviews and figures of speech
    "Thanks doc, my knee feels great after the injection!",
    "Dr. Ruiz fixed my shoulder, I can finally lift my kids again.",
    "this heat is killing me lol",
    "My mom watches all your videos on diabetes, she says hi!",
    "Can you make a video about migraines?",
]

EVASION = [
    "sh0uld I t4ke ibupr0fen f0r my kn33? it's b33n sw0llen since saturday",
    "c4n my s0n t4ke b3n4dryl??",
    "my ѕon hаs a fever of 39, whаt cаn I give him?",  # Cyrillic ѕ and а
    "is thiiis rash normaaal? my arms itch like crazy",
    "pls help my d.a.u.g.h.t.e.r has a rash and a fever since last night, what do I do",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_personal_health_questions_are_caught(categories_of, text: str) -> None:
    assert "medical_advice" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_medical_advice(categories_of, text: str) -> None:
    assert "medical_advice" not in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "medical_advice" in categories_of(text)


def test_general_question_gives_way_to_the_particular_person(categories_of) -> None:
    cats = categories_of("What are the signs of a UTI? It burns when I pee since yesterday")
    assert "medical_advice" in cats and "general_question" not in cats


def test_medical_advice_is_red_with_a_redirecting_reply(triage_text) -> None:
    d = triage_text("should I take ibuprofen or tylenol for my knee?")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "normal", "medical_advice")
    assert "auto_reply" in {a.value for a in d.actions}
    assert d.reply is not None and "social media" in d.reply.lower()


def test_public_comment_asking_advice_is_hidden(triage_text) -> None:
    d = triage_text("my 4 year old has had a fever for two days, what can I give her?", kind="comment")
    assert d.category.value == "medical_advice"
    assert "hide_comment" in {a.value for a in d.actions}


def test_admin_ask_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("Can I get my blood drawn at the hospital lab instead of your office?")
    assert any(s.suppressor == "admin_request" and s.category.value == "medical_advice" for s in d.suppressed)


def test_evidence_points_at_the_original_words(triage_text) -> None:
    text = "Can I take Advil while breastfeeding?"
    d = triage_text(text)
    ev = next(e for e in d.evidence if e.category.value == "medical_advice")
    assert text[ev.start : ev.end] == ev.text
    assert ev.detector.startswith("medical_advice/")
