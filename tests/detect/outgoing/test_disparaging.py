"""disparaging: mocking or running down patients or the reviewer, sarcasm and mocking emoji included."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

DM = DraftContext.REPLY_TO_DM
REVIEW = DraftContext.REPLY_TO_REVIEW
POST = DraftContext.POST


def flagged(app: App, text: str, context: DraftContext = REVIEW) -> bool:
    return Finding.DISPARAGING in check(app, Draft("t", text, context)).findings


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Another reviewer who thinks a 15 minute wait is a human rights violation 🙄", REVIEW),
        ("Yet another one who wants a sick note for a hangnail. Give me strength.", REVIEW),
        ("With patients like you it's no wonder the waiting list is long.", REVIEW),
        ("Maybe if you'd done the exercises we wouldn't be here, just saying.", REVIEW),
        ("Aren't you the one who shouted at our receptionist last month? 😂", DraftContext.DECLINE_CONNECTION),
        ("Had a guy this morning convinced his hangover was a stroke 😂", POST),
        ("Some of y'all treat A&E like a walk-in pharmacy 🙄", POST),
        ("Congrats on your YouTube medical degree 🤡", DraftContext.REPLY_TO_COMMENT),
        ("Classic drug seeker, not giving him anything stronger.", DM),
        ("Otra que quiere la baja por un resfriado. Qué cansancio 🙄", REVIEW),
        ("Con pacientes como usted no hay quien trabaje.", REVIEW),
        ("Pacientes que llegan una hora tarde y encima se quejan 🤡", POST),
        ("Será que usted no hizo caso de nada de lo que le dije, señora.", REVIEW),
        ("lol imagine thinking a sore throat needs an ambulance", DraftContext.REPLY_TO_COMMENT),
        ("Typical entitled reviewer, wants everything for free.", REVIEW),
        ("POV: the guy who 'never gets sick' is back for the third time this month 😂", POST),
        ("Jajaja el señor de ayer que juraba que tenía un infarto por unos gases 😂", DraftContext.REPLY_TO_COMMENT),
        ("Hoy una paciente me dijo que el Dr. Google le recomendó dejar la insulina 🤦‍♀️", POST),
        ("Otra reseña de alguien que no hizo ni un ejercicio en seis semanas. Sorpresa.", REVIEW),
    ],
)
def test_mockery_is_flagged(app: App, text: str, context: DraftContext) -> None:
    assert flagged(app, text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Thank you for the feedback. We'd like to hear more, please call and ask for Karen, our practice manager.", REVIEW),
        ("Haha thank you, the whole team loved reading this 😂", REVIEW),
        ("This viral claim that lemon water cures diabetes is false. Here's what the evidence says.", POST),
        ("We expect everyone to treat our staff with respect and may end a consultation where staff feel unsafe.", REVIEW),
        ("A patient once asked me whether flu jabs cause flu. They don't, and here's why.", POST),
        ("Gracias por tu comentario 😂 ¡nos alegra que te guste el contenido!", DraftContext.REPLY_TO_COMMENT),
        ("Hoy una paciente me regaló un dibujo precioso 😍 ¡gracias!", POST),
        ("Gracias por su comentario, señora. Trasladamos su queja al equipo de recepción.", REVIEW),
        ("Someone who has just had surgery should rest and follow their surgeon's advice.", POST),
        ("Fun fact: the guy who invented the stethoscope was too shy to put his ear on patients' chests 😂", POST),
        ("Thank you to everyone who came by the health fair today! 😂 the kids loved the skeleton.", POST),
        ("Haha you're not the only one who forgets their appointment, we send reminders now! 😂", DraftContext.REPLY_TO_COMMENT),
    ],
)
def test_professional_or_friendly_text_passes(app: App, text: str, context: DraftContext) -> None:
    assert not flagged(app, text, context)


def test_a_description_alone_is_not_mockery_but_with_an_eye_roll_it_is(app: App) -> None:
    text = "Thanks to the lady who brought in a 20-page printout of symptoms today"
    assert not flagged(app, text + ".", POST)
    assert flagged(app, text + " 🙄", POST)
