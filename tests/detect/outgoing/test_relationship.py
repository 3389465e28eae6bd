"""relationship_confirmation: replies that confirm (or deny) that someone is a patient; posts to no one do not."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

RC = Finding.RELATIONSHIP_CONFIRMATION


def _found(app: App, text: str, context: DraftContext = DraftContext.REPLY_TO_DM) -> bool:
    return RC in check(app, Draft("t", text, context)).findings


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("So sorry you were kept waiting so long on Friday, that's not the standard we aim for.", DraftContext.REPLY_TO_REVIEW),
        ("Glad we could help! Take care.", DraftContext.REPLY_TO_REVIEW),
        ("Hope the swelling has gone down since the extraction.", DraftContext.REPLY_TO_COMMENT),
        ("If it keeps hurting, bring it back in and we'll adjust it.", DraftContext.REPLY_TO_REVIEW),
        ("Sorry, I don't accept requests from patients on my personal page.", DraftContext.DECLINE_CONNECTION),
        ("I'd have said yes if you weren't my patient, honestly.", DraftContext.DECLINE_CONNECTION),
        ("We have no record of you ever visiting our office.", DraftContext.REPLY_TO_REVIEW),
        ("You were rude to the front desk team from the moment you arrived.", DraftContext.REPLY_TO_REVIEW),
        ("Your son's cast is healing nicely, tell him we said well done.", DraftContext.REPLY_TO_COMMENT),
        ("Of course I remember you! How is the new retainer treating you?", DraftContext.REPLY_TO_DM),
        ("The gentleman in bed 12 keeps asking for his wife, can someone call her?", DraftContext.REPLY_TO_DM),
        ("Huge well done to Marcus, back running a half marathon four months after his knee surgery with us!", DraftContext.POST),
        ("Lamentamos mucho que tuviera que esperar tanto en la sala el lunes.", DraftContext.REPLY_TO_REVIEW),
        ("No te puedo aceptar, eres paciente de la clínica y no está permitido.", DraftContext.DECLINE_CONNECTION),
        ("Me alegra que la rodilla esté mucho mejor, nos vemos en la próxima revisión.", DraftContext.REPLY_TO_COMMENT),
        ("Si sigue el sangrado, vuelve y te reviso sin problema.", DraftContext.REPLY_TO_DM),
    ],
)
def test_confirms_the_relationship(app: App, text: str, context: DraftContext) -> None:
    assert _found(app, text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We never confirm whether anyone is a patient here, but please call our manager on 555-0100.", DraftContext.REPLY_TO_REVIEW),
        ("If you have been a patient with us, please call the office so we can look into it.", DraftContext.REPLY_TO_REVIEW),
        ("Thanks so much for the lovely words, we'll pass them on to the team!", DraftContext.REPLY_TO_REVIEW),
        ("Thanks for the request! I keep my personal page for family and close friends. Take care.", DraftContext.DECLINE_CONNECTION),
        ("Lovely to meet you at the conference last week! The slides are on our website.", DraftContext.REPLY_TO_DM),
        ("Please ask the team who did your operation, they hold those records.", DraftContext.REPLY_TO_DM),
        ("Shared with permission: one of our patients finished her rehab goal this month. So proud!", DraftContext.POST),
        ("Por privacidad no comentamos la atención de nadie en redes. Llámanos al 910 000 000.", DraftContext.REPLY_TO_REVIEW),
        ("Open Saturdays 9 to 1 for check-ups, book online!", DraftContext.POST),
    ],
)
def test_does_not_confirm(app: App, text: str, context: DraftContext) -> None:
    assert not _found(app, text, context)


@pytest.mark.parametrize(
    "text",
    [
        "Your check-up is the best way to catch problems early, book yours today!",
        "Hope your recovery after surgery goes smoothly: rest, hydrate and follow your surgeon's sheet.",
        "¿Cuándo fue tu última revisión? Pide cita en recepción.",
    ],
)
def test_context_flip_post_vs_reply(app: App, text: str) -> None:
    assert not _found(app, text, DraftContext.POST)
    assert _found(app, text, DraftContext.REPLY_TO_DM)
