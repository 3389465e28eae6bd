"""vague_reassurance: reassurance about someone's symptoms without an assessment, English and Spanish."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

DM = DraftContext.REPLY_TO_DM
POST = DraftContext.POST


def flagged(app: App, text: str, context: DraftContext = DM, in_reply_to: str | None = None) -> bool:
    return Finding.VAGUE_REASSURANCE in check(app, Draft("t", text, context, in_reply_to)).findings


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'm sure the lump is nothing.",
        "Ah that's just your nerves before the exam, you'll be grand.",
        "The clicking in your jaw will settle down on its own, promise.",
        "She'll be right as rain after a good sleep.",
        "I wouldn't worry about the twinges, totally normal at this stage.",
        "Probably just a bit of wind, he'll be fine by morning.",
        "If it were broken you'd know about it!",
        "You're young and healthy, don't overthink the chest flutters.",
        "Tranquila, seguro que son nervios, se te pasa en unos días.",
        "No creo que sea nada grave, ya verás que mejora.",
        "Nada de qué preocuparse, vas a estar bien.",
        "Seguro es el calor, no le des más vueltas.",
        "Seguro que no es grave, ya verás como mañana estás mejor.",
        "Tranquilo, que eso se le pasa con los días.",
    ],
)
def test_reassurance_without_assessment_is_flagged(app: App, text: str) -> None:
    assert flagged(app, text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry about rescheduling, we'll find you another slot.",
        "No te preocupes por la factura, lo arreglamos en recepción.",
        "It's fine to call the surgery any time before 6.",
        "Thanks for the kind words, the team will be thrilled!",
        "We can't assess symptoms online; if you're worried please book an appointment.",
    ],
)
def test_reassurance_about_admin_passes(app: App, text: str) -> None:
    assert not flagged(app, text)


def test_education_post_passes_but_reply_is_flagged(app: App) -> None:
    text = "Most mouth ulcers heal on their own within two weeks; see a dentist if one lasts longer."
    assert not flagged(app, text, POST)
    reply = "That ulcer will heal on its own within a week or two, nothing to worry about."
    assert flagged(app, reply, DM)
    assert not flagged(app, reply.replace("That ulcer", "An ulcer like that usually").replace("will heal", "heals"), POST)


def test_general_words_do_not_excuse_an_answer_to_someone_s_own_symptoms(app: App) -> None:
    text = "Soreness after a filling usually settles within a few days."
    assert flagged(app, text, DM, in_reply_to="My tooth still aches after the filling you did on Monday.")
    assert not flagged(app, text, POST)


def test_post_that_singles_someone_out_is_reassurance(app: App) -> None:
    assert flagged(app, "@jo.bakes your dizzy spells are probably just dehydration, you'll be fine!", POST)
    assert flagged(app, "Para la seguidora que me escribió por su lunar: seguro que no es nada 💕", POST)


@pytest.mark.parametrize(
    "text",
    [
        "It's nothing personal, I just keep my account for family and friends.",
        "No es nada personal: solo acepto solicitudes de gente que conozco.",
    ],
)
def test_nothing_personal_is_not_reassurance(app: App, text: str) -> None:
    assert not flagged(app, text, DraftContext.DECLINE_CONNECTION)
