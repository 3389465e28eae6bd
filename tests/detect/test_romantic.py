"""Romantic detector: compliments on looks, feelings, dates without the word "date", pet names,
innuendo, in English and Spanish; hard negatives; evasions; the policy it gets."""

from __future__ import annotations

import pytest

POSITIVE = [
    "You have the most beautiful eyes I've ever seen.",
    "Your accent is so sexy.",
    "You're even prettier in person.",
    "Saw you on the news, you looked absolutely radiant ✨",
    "those dimples 😍",
    "I think I have a crush on my doctor 🙈",
    "I've fallen for my doctor and I don't know what to do.",
    "I dreamt we were married. Is that a sign? 😅",
    "We'd be so good together, you know it.",
    "Can I take you out for coffee after your shift?",
    "Let me cook you dinner this weekend.",
    "Picnic by the lake on Sunday? Just you and me.",
    "I'd switch doctors just so I could date you.",
    "Is there a Mrs. Doctor? 😉",
    "u single? asking for me lol",
    "Will you be my valentine, doc?",
    "Goodnight handsome 😘",
    "Sleep tight, angel 💕",
    "You can check me out anytime 😉",
    "Young man, you are as handsome as my late husband was.",
    "If only I'd met you 40 years ago!",
    # Spanish
    "Doctora, usted es la mujer más bella que he visto.",
    "¿Aceptarías un café conmigo cuando salgas del trabajo?",
    "Estoy loco por ti, doctor.",
    "Buenas noches, preciosa 😘",
    "¿Tienes novio, doctora?",
]

EVASION = [
    "h0t d0c 😍",
    "w1ll u b my g1rlfr1end",
    "d i n n e r  t o m o r r o w ?  j u s t  u s",
    "уоu'rе gоrgеоus",  # Cyrillic look-alikes
    "I l♥ve you doc",
    "d0ct0ra, 3r3s h3rm0s4",
]

NEGATIVE = [
    "I love your videos, they helped me so much.",
    "Beautiful photo of the new clinic!",
    "You're a wonderful doctor and a beautiful person.",
    "You're beautiful at what you do, thank you.",
    "Can I have a date for my next appointment?",
    "First date next week and I'm nervous about my acne, any tips?",
    "Are you available Tuesday at 3?",
    "Are you single-handedly running the clinic today?",
    "My heart skips a beat sometimes after coffee, should I worry?",
    "Can kissing spread strep?",
    "Kisses from the whole pediatric ward 😘 thanks for the books!",
    "That pizza 😍 marry me (the pizza, not you lol)",
    "Our residents would love to take you out for dinner to thank you for the lecture.",
    "Let's grab coffee as friends and talk about the research.",
    "Hey beautiful, check out my page, link in bio 💋",
    "Thinking of you and your family during this hard time ❤️",
    "Qué bonito video, me encantó.",
    "Qué guapo el perro de la clínica.",
    "Te quiero preguntar sobre mi receta.",
    "¿Puedo llevar a mi pareja a la consulta?",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_romantic_messages_are_caught(categories_of, text: str) -> None:
    assert "romantic" in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "romantic" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_romantic(categories_of, text: str) -> None:
    assert "romantic" not in categories_of(text)


def test_romantic_is_red_with_a_professional_boundary_reply(triage_text) -> None:
    d = triage_text("Dinner Friday? Just the two of us 😘")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "normal", "romantic")
    assert {"auto_reply", "document_incident"} <= {a.value for a in d.actions}
    assert d.reply is not None and "professional" in d.reply.lower()


def test_romantic_with_a_refill_gets_both(categories_of) -> None:
    cats = categories_of("Can you send my refill to the pharmacy? Also, you have the loveliest smile 😍")
    assert {"romantic", "appointment_admin"} <= cats


def test_spam_bait_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("Hey handsome 😘 see my private pics, link in bio")
    assert "romantic" not in {c.value for c in d.categories}
    assert any(s.suppressor == "spam_bait" and s.category.value == "romantic" for s in d.suppressed)
