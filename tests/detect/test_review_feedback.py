"""Review feedback: praise or complaints about care received, in reviews, comments and DMs."""

from __future__ import annotations

import pytest

POSITIVE = [
    "Dr. Patel fixed my knee and I'm hiking again, can't thank her enough!",
    "The receptionist hung up on me twice. Unacceptable.",
    "Thank you for being so patient with my son during his shots.",
    "Your team caught my husband's melanoma early. We're forever grateful.",
    "You delivered our twins last spring, they just turned one! Thank you 💕",
    "I waited 3 hours and then the doctor spent 5 minutes with me.",
    "Honestly the worst customer service I've had at any clinic.",
    "Been seeing Dr. Ali for 10 years, wouldn't go anywhere else.",
    "The doctor barely looked up from her computer the whole visit.",
    "Gracias doctora por tratar a mi mamá con tanto cariño.",
    "Muy mala experiencia, la recepcionista fue muy grosera.",
    "Esperamos dos horas y nadie nos dio explicación.",
]

NEGATIVE = [
    "Thanks for the great video on sleep hygiene!",
    "5 stars for this explanation, my kids finally get vaccines.",
    "Love this content, you're the best!",
    "Thank you for the reminder about flu shots.",
    "Is it normal to wait 2 hours for lab results to show in the portal?",
    "My doctor removed a mole last week and the spot is red, is it infected?",
    "Thanks for answering my question yesterday! One more: can I take it with food?",
    "I lost my paper prescription, could you email a copy?",
    "Gracias por la información, muy útil.",
]

EVASION = [
    "b3st d0ct0r ever, s4ved my life",
    "w a i t e d  3  h o u r s  and the nurse was rude",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_feedback_is_caught(categories_of, text: str) -> None:
    assert "review_feedback" in categories_of(text, kind="comment")


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_feedback(categories_of, text: str) -> None:
    assert "review_feedback" not in categories_of(text, kind="comment")


@pytest.mark.parametrize("text", EVASION)
def test_evasions_are_caught(categories_of, text: str) -> None:
    assert "review_feedback" in categories_of(text, kind="comment")


def test_every_review_item_is_feedback(categories_of) -> None:
    assert "review_feedback" in categories_of("Parking was fine. Visit was quick.", kind="review")


def test_a_thank_you_in_a_connection_note_is_not_a_review(categories_of) -> None:
    cats = categories_of("Thanks for fixing my knee last year! Would be nice to stay connected.", kind="friend_request")
    assert "review_feedback" not in cats and "connection_request" in cats


def test_review_is_yellow_needs_review_with_the_review_reply(triage_text) -> None:
    d = triage_text("Waited two hours and the front desk was rude.", kind="review")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("yellow", "normal", "review_feedback")
    assert "needs_review" in {a.value for a in d.actions}
    assert d.reply is not None
