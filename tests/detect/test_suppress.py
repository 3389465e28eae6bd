"""Suppressors excuse narrowly: a wrong excuse of an emergency costs far more than a flag."""

from __future__ import annotations

import pytest

STILL_EMERGENCIES = [
    "I don't know why but my chest hurts so bad right now",
    "out of nowhere, without warning, my dad can't lift his arm",
    "saw your video on strokes and my dad's face is drooping right now",
    "lol my dad passed out what do I do",
    "he has a history of afib and his face is drooping",
    "she passed out and isn't waking up",
    "my chest is killing me and my left arm is numb",
    "chest pain and arm numb??",
]

EXCUSED = [
    ("no chest pain since Monday, all good", "negated"),
    ("my chest pain went away two weeks ago", "negated"),
    ("I had chest pain back in 2019 and they found nothing", "in_the_past"),
    ("last year I had a seizure at work", "in_the_past"),
    ("that bill gave me a heart attack", "figure_of_speech"),
    ("great infographic on anaphylaxis", "topic_of_a_post"),
    ("is chest pain always a heart attack?", "impersonal_question"),
]


@pytest.mark.parametrize("text", STILL_EMERGENCIES)
def test_narrow_excuses_leave_emergencies_flagged(categories_of, text: str) -> None:
    assert "emergency" in categories_of(text)


@pytest.mark.parametrize(("text", "suppressor"), EXCUSED)
def test_real_excuses_are_recorded(triage_text, text: str, suppressor: str) -> None:
    d = triage_text(text)
    assert d.category.value != "emergency"
    assert any(s.suppressor == suppressor for s in d.suppressed), [(s.text, s.suppressor) for s in d.suppressed]
