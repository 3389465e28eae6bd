"""Emotional dependency: the clinician as the only one who listens, confidant, friend or family; pleading for replies; loneliness."""

from __future__ import annotations

import pytest

POSITIVE = [
    "You're the only one I can really talk to.",
    "I feel like you're the only one on my side.",
    "You understand me better than anyone in my family.",
    "I tell you more than I tell my husband.",
    "I've never told anyone this before, but I trust you.",
    "You're like a second mother to me.",
    "Is it strange that I think of you as my friend?",
    "I don't know what I'd do without our chats.",
    "Please write back soon, I keep checking my phone.",
    "You haven't answered in two days, did I upset you?",
    "Since my wife passed I have no one to talk to at night.",
    "My kids never call me anymore and the days are so long.",
    "My boyfriend and I broke up and I just need to vent to someone I trust.",
    "I'm not really sick, I just wanted to talk to someone who cares.",
    "Usted es la única persona que me escucha.",
    "Me siento muy sola desde que murió mi esposo.",
    "Te escribo porque no tengo a nadie más.",
    "No sé qué haría sin usted.",
    "¿Por qué no me has contestado? ¿Hice algo mal?",
]

NEGATIVE = [
    "Thank you for listening to me at my visit, it meant a lot.",
    "My mom is lonely since dad died, what activities help seniors?",
    "Great talk on loneliness in older adults today!",
    "I need to talk to you about my lab results.",
    "Please reply when you get a chance about my refill.",
    "Why didn't you answer my question about the dose?",
    "You're the only doctor in town who takes my insurance.",
    "No one knows thyroid like you, Dr. K!",
    "You always know what to say in your videos, love them!",
    "I hope you don't mind me messaging here, my portal is down. When is my appointment?",
    "babe why won't you answer me 😘",  # romantic, not dependency
    "Answer me or I'll post your address everywhere.",  # coercion, not dependency
    "Necesito hablar con usted sobre mis resultados.",
    "Mi mamá está muy sola en la residencia, ¿qué actividades recomiendan?",
]

EVASION = [
    "ur the 0nly 0ne who gets me fr",
    "y0u're l1ke family to me",
    "n o b o d y  e l s e  l i s t e n s  l i k e  y o u",
    "I feel so lonelyyyy, nobody visits me anymore",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_dependency_is_caught(categories_of, text: str) -> None:
    assert "emotional_dependency" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_dependency(categories_of, text: str) -> None:
    assert "emotional_dependency" not in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "emotional_dependency" in categories_of(text)


def test_self_harm_takes_over(categories_of) -> None:
    cats = categories_of("You're the only one who listens to me. I want to kill myself tonight.")
    assert "self_harm" in cats and "emotional_dependency" not in cats


def test_dependency_is_yellow_with_a_standard_reply(triage_text) -> None:
    d = triage_text("I don't have anyone else, you're the only one who listens to me.")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("yellow", "normal", "emotional_dependency")
    assert {"auto_reply", "needs_review"} <= {a.value for a in d.actions}
    assert d.reply is not None


def test_romantic_wording_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("babe why don't you reply, I need you")
    assert "emotional_dependency" not in {c.value for c in d.categories}
    assert any(s.category.value == "emotional_dependency" for s in d.suppressed)
