"""General questions: health education about no particular person.

The same question about the writer or someone with them is medical_advice; a content request,
a question about the clinician's own life, or a social ask is not a general question.
"""

from __future__ import annotations

import pytest

POSITIVE = [
    "What are the early signs of a stroke?",
    "How long does the flu shot take to work?",
    "Is it bad to sleep with contacts in?",
    "What's the difference between a virus and bacteria?",
    "does eating late at night really cause weight gain",
    "Why do antibiotics cause diarrhea?",
    "Can stress really make you sick?",
    "Is it safe to take expired Tylenol?",
    "What does an HbA1c test measure?",
    "My students asked: can you catch a cold from being cold?",
    "Great post! In your video you said 'rebound congestion'. What causes that?",
    "what does \"in network\" actually mean?",
    # Spanish
    "¿Qué alimentos ayudan a bajar el colesterol?",
    "¿Cómo se transmite el sarampión?",
    "¿Es cierto que el café aumenta el riesgo de infarto?",
    "¿Cuántas horas de sueño necesita un adolescente?",
]

NEGATIVE = [
    # about a particular person: medical_advice
    "my son has a fever and a stiff neck, what are the signs of meningitis?",
    "What's a normal blood pressure? Mine was 165/100 this morning",
    "¿Cuál es la presión normal? La mía salió 160/100",
    # not health education
    "How do you find time to post so much?",
    "What camera do you use for your videos?",
    "Can you make a video about migraines?",
    "How did you choose dermatology?",
    "What's your favorite coffee shop near the clinic?",
    "follow back? 🙂",
    # the writer's own admin matter
    "Is the allergist appointment still on the 14th?",
    "how much does a visit cost without insurance?",
]

EVASION = [
    "wh4t 4re the s1gns of a str0ke?",
    "is it truuue that sugar makes kids hyper??",
    "whаt cаuses kidney stones?",  # Cyrillic а
]


@pytest.mark.parametrize("text", POSITIVE)
def test_general_health_questions_are_caught(categories_of, text: str) -> None:
    assert "general_question" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_general_questions(categories_of, text: str) -> None:
    assert "general_question" not in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "general_question" in categories_of(text)


def test_general_question_is_green_with_an_education_reply(triage_text) -> None:
    d = triage_text("What are the warning signs of a heart attack in women?", kind="comment")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("green", "normal", "general_question")
    assert d.reply is not None and d.reply.strip()


def test_a_personal_case_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("What are the symptoms of strep? My daughter has a sore throat and a fever since last night")
    assert "general_question" not in {c.value for c in d.categories}
    assert any(s.suppressor == "about_a_particular_person" for s in d.suppressed if s.category.value == "general_question")
