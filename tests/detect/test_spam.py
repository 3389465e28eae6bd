"""Spam: promotion, crypto, phishing, follower selling, fake prizes, unrelated links; legit health links are not spam."""

from __future__ import annotations

import pytest

POSITIVE = [
    "Earn $500 a day trading from your phone! Ask me how 📈",
    "🎁 You are our lucky winner! Click the link to claim your reward.",
    "Your Instagram account has been flagged. Confirm your identity here or it will be removed.",
    "Buy 5000 Instagram followers for just $9.99!",
    "This supplement cured my arthritis in 10 days, order yours today 👉 flexcure-now.com",
    "Great post! Check out my YouTube channel for more health tips 🙏",
    "Cheap Ozempic, no prescription needed, shipped worldwide.",
    "Want more patients? Our platform fills your calendar on autopilot. Book a demo!",
    "Join our VIP trading group on Telegram for daily signals!",
    "Gana $3,000 al mes desde casa, escríbeme por WhatsApp.",
    "Felicidades, has ganado un iPhone. Reclama tu premio aquí: premio-gratis.net",
    "Tu cuenta de Facebook será suspendida, verifica aquí: fb-seguridad.com",
    "Vendo seguidores y likes baratos, escríbeme al DM.",
]

NEGATIVE = [
    "Here's the CDC guidance on RSV vaccines: https://www.cdc.gov/rsv/vaccines",
    "The WHO fact sheet is here for anyone who asked: https://www.who.int/news-room/fact-sheets",
    "Is it true that the new weight loss shots cost $1000 a month? That seems crazy.",
    "Congrats on 50k followers, you deserve it!",
    "I tried to click the link in your bio but it doesn't work.",
    "I work from home and sit all day, what stretches help my back?",
    "Someone messaged me saying I won a prize from your page, is that a scam?",
    "Careful everyone, there's a fake account using Dr. Lee's photo asking for crypto.",
    "30% of patients with this condition never get diagnosed, right?",
    "Our church is hosting a free blood pressure screening Saturday, all welcome!",
    "I can't log into the patient portal, it says my account is locked.",
    "Trabajo desde casa y me duele la espalda, ¿qué ejercicios me recomienda?",
]

EVASION = [
    "fr3e f0ll0wers!! cl41m n0w",
    "b i t c o i n  d o u b l e r",
    "сlаim yоur prizе now",  # Cyrillic с, а, о, е
]


@pytest.mark.parametrize("text", POSITIVE)
def test_spam_is_caught(categories_of, text: str) -> None:
    assert "spam" in categories_of(text, kind="comment")


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_spam(categories_of, text: str) -> None:
    assert "spam" not in categories_of(text, kind="comment")


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "spam" in categories_of(text, kind="comment")


def test_a_scam_warning_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("Heads up: a fake account is offering a free iPhone giveaway in Dr. Lee's name. Report it!", kind="comment")
    assert "spam" not in {c.value for c in d.categories}
    assert any(s.category.value == "spam" and s.suppressor == "warns_about_a_scam" for s in d.suppressed)


def test_spam_comment_is_green_hidden_without_reply(triage_text) -> None:
    d = triage_text("Check out my page for free giveaways, link in bio!", kind="comment")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("green", "normal", "spam")
    assert "hide_comment" in {a.value for a in d.actions}
    assert d.reply is None
