"""Language: English and Spanish are read; anything else is flagged, never silently benign."""

from __future__ import annotations

import pytest

from docguard.text.lang import LanguageDetector

DETECT = LanguageDetector()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hey doc quick question about my refill", "en"),
        ("hola doctora tengo una pregunta sobre mi cita", "es"),
        ("my chеst hurts", "en"),  # a Cyrillic look-alike does not make it Russian
        ("Bonjour docteur, j'ai mal à la poitrine depuis ce matin", "fr"),
        ("meu pai não consegue falar e a boca está torta", "pt"),
        ("Мне плохо, болит сердце", "ru"),
        ("👏👏", "en"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert DETECT.detect(text) == lang


def test_unreadable_language_gets_review_and_is_not_green(triage_text) -> None:
    d = triage_text("Guten Tag, ich habe eine Frage zu meinem Termin nächste Woche")
    assert d.lang == "de"
    assert d.zone.value != "green"
    assert "needs_review" in {a.value for a in d.actions}
    assert d.reply is not None and "911" in d.reply
