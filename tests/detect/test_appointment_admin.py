"""Appointment and admin: a request or notice to the practice about scheduling, refills,
prescriptions, records, results release, billing, insurance, referrals, forms, the portal
or office hours. A remark about the health system, a review that only tells a story about a
bill, an idiom ("this paperwork is killing me") or phishing that borrows the words is not.
"""

from __future__ import annotations

import pytest

POSITIVE = [
    "Hey, can I move my Friday appointment to next week?",
    "Need to cancel tomorrow's 10:30, sorry",
    "Is Dr. Patel accepting new patients?",
    "what time do you close on wednesdays",
    "My pharmacy says they never got the prescription, can you resend it?",
    "I need a refill on my lisinopril please",
    "Could you send my records to my new doctor in Denver?",
    "Have my blood test results come in yet?",
    "I was charged twice for my visit last month, who can I talk to about a refund?",
    "Do you take Blue Cross?",
    "My employer needs a note saying I was seen on Monday",
    "Can you fill out my FMLA paperwork?",
    "I need a referral to a dermatologist for my insurance",
    "I can't log into MyChart, it says my password expired",
    "Running about 15 minutes behind, be there soon",
    "Do you have any Saturday openings?",
    "Can my wife come in with me for the ultrasound?",
    "Got a letter saying my account is past due but I already paid",
    # Spanish
    "Hola, quisiera agendar una cita para mi hijo",
    "¿Me pueden mandar la receta a la farmacia de siempre?",
    "¿Ya salieron mis resultados de laboratorio?",
    "Necesito una constancia médica para la escuela",
    "¿Aceptan el seguro de Cigna?",
    "Perdón, voy a llegar como 10 minutos tarde",
    # a threat that demands an admin act is admin too (and threat_harassment)
    "Send the refill today or you'll regret it",
]

NEGATIVE = [
    "appointments are so hard to get these days",
    "this paperwork is killing me",
    "Great video on how insurance deductibles work!",
    "Waited an hour past my appointment time, terrible. 1 star",
    "The billing office was super helpful, thank you Maria!",
    "Thanks for the referral, the surgeon was amazing",
    "my schedule is crazy this week lol",
    "Can I buy you a coffee after my appointment?",
    "Click here to update your billing information: hxxp://pay-portal.example",
    "What does a deductible actually mean?",
    "How often should kids have well-child visits?",
    "Que buen video sobre el seguro médico",
    "mi jefe me va a matar si llego tarde otra vez jaja",
]

EVASION = [
    "c4n I r3schedule my 4pp0intment to tuesday?",
    "n e e d  a  r e f i l l  p l e a s e",
    "саn уоu sеnd my rесоrds tо thе nеw сliniс?",  # Cyrillic look-alike letters
    "I neeeed to cancelll my appt tomorrow",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_admin_requests_are_caught(categories_of, text: str) -> None:
    assert "appointment_admin" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_admin(categories_of, text: str) -> None:
    assert "appointment_admin" not in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "appointment_admin" in categories_of(text)


def test_admin_is_red_with_a_redirecting_reply(triage_text) -> None:
    d = triage_text("Can I reschedule my Thursday appointment?")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "normal", "appointment_admin")
    assert "auto_reply" in {a.value for a in d.actions}
    assert d.reply is not None and "social media" in d.reply.lower()


def test_admin_and_advice_together(categories_of) -> None:
    cats = categories_of("Can you refill my son's inhaler? Also he's been wheezing at night, should we use it more often?")
    assert {"appointment_admin", "medical_advice"} <= cats


def test_a_story_about_a_bill_is_recorded_as_not_a_request(triage_text) -> None:
    d = triage_text("They sent me to collections over a bill my insurance already paid. 2 stars.")
    assert "appointment_admin" not in {c.value for c in d.categories}
    assert any(s.suppressor == "not_a_request" and s.category.value == "appointment_admin" for s in d.suppressed)
