"""Connection requests: friend/follow requests, personal numbers or accounts, meeting socially as friends."""

from __future__ import annotations

import pytest

POSITIVE = [
    "Hey doc, can I add you on Facebook?",
    "I followed you, hope you follow back!",
    "What's your Insta? I'd love to follow your personal stuff.",
    "Are you on WhatsApp? Easier to chat there.",
    "Can I get your personal email? I want to send you the photos from the gala.",
    "Want to join our running club? We meet Sundays.",
    "I'd like to invite you to my son's graduation party.",
    "Would you like to grab a coffee sometime? As friends of course.",
    "Hi Dr. Kim, fellow pediatrician here, would be great to connect and share ideas.",
    "We worked together years ago, would be great to reconnect.",
    "te mandé solicitud, ¿me aceptas?",
    "¿Tienes Instagram personal? Me gustaría seguirte.",
    "¿Le gustaría venir a la fiesta de cumpleaños de mi hija?",
    "Pásame tu número y te agrego al grupo.",
]

NEGATIVE = [
    "Thanks for accepting my connection request! Great article.",
    "Following this page for the nutrition tips, thank you!",
    "Do you have a WhatsApp line for booking appointments?",
    "Can you add me to the waitlist for an earlier appointment?",
    "What's the best number to reach the billing department?",
    "I got your home number from your old roommate. Pick up next time.",  # a threat, not a request
    "You're welcome to join our webinar on diabetes next week.",
    "Let's get together with the team and finalize the QI poster.",
    "You look gorgeous, let's have dinner sometime, just the two of us.",  # a date: romantic
    "follow me for daily workout tips, link in bio",  # spam
    "Me gustaría invitarte a cenar a un sitio bonito.",  # romantic
]

EVASION = [
    "c4n 1 4dd y0u 0n f4ceb00k?",
    "wh4t's ur snap? 👻",
    "f o l l o w  b a c k ?",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_connection_requests_are_caught(categories_of, text: str) -> None:
    assert "connection_request" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_connection_requests(categories_of, text: str) -> None:
    assert "connection_request" not in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "connection_request" in categories_of(text)


def test_every_friend_request_is_one_even_empty(categories_of) -> None:
    assert "connection_request" in categories_of("", kind="friend_request")
    assert "connection_request" in categories_of("Nurse at County Hospital | runner | dog mom", kind="friend_request")


def test_a_spam_account_request_is_spam_not_a_connection(categories_of) -> None:
    cats = categories_of("Forex mentor | Crypto investor | DM for 300% ROI 💰", kind="friend_request")
    assert "spam" in cats and "connection_request" not in cats


def test_connection_request_is_yellow_and_declined(triage_text) -> None:
    d = triage_text("", kind="friend_request")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("yellow", "normal", "connection_request")
    assert "decline_connection" in {a.value for a in d.actions}
    assert d.reply is not None
