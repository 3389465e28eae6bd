"""appointment_details: someone's appointment, procedure date or preparation, not public hours."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

AD = Finding.APPOINTMENT_DETAILS


def _found(app: App, text: str, context: DraftContext = DraftContext.REPLY_TO_DM) -> bool:
    return AD in check(app, Draft("t", text, context)).findings


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Your knee MRI has been moved to Wednesday at 4:15.", DraftContext.REPLY_TO_DM),
        ("We can fit you in for the crown fitting on the 17th, 11am.", DraftContext.REPLY_TO_DM),
        ("Nothing but water after 10pm before your fasting bloods.", DraftContext.REPLY_TO_DM),
        ("The refund for the 3/14 cleaning is on its way back to your card.", DraftContext.REPLY_TO_REVIEW),
        ("Don't forget the follow-up with Dr. Hale on the 9th!", DraftContext.REPLY_TO_COMMENT),
        ("You missed three appointments in a row without calling.", DraftContext.REPLY_TO_REVIEW),
        ("Big day for Tomas, his braces come off Friday at 2!", DraftContext.POST),
        ("Te veo el martes a las 9 para la revisión.", DraftContext.REPLY_TO_DM),
        ("Tu limpieza queda para el 12 de marzo a las 17:30.", DraftContext.REPLY_TO_DM),
    ],
)
def test_gives_appointment_details(app: App, text: str, context: DraftContext) -> None:
    assert _found(app, text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Flu clinic this Saturday 9 to 12, walk-ins welcome!", DraftContext.POST),
        ("We're open Monday to Friday, 8am to 6pm, for check-ups and cleanings.", DraftContext.REPLY_TO_DM),
        ("Abrimos de lunes a viernes de 9 a 14 h; pide tu cita por teléfono.", DraftContext.REPLY_TO_DM),
        ("Please call us to book an appointment; we can't schedule over Instagram.", DraftContext.REPLY_TO_DM),
        ("I'm on annual leave until the 20th, the team can help with any booking.", DraftContext.REPLY_TO_DM),
    ],
)
def test_no_appointment_details(app: App, text: str, context: DraftContext) -> None:
    assert not _found(app, text, context)


def test_context_flip_post_vs_reply(app: App) -> None:
    text = "Your physio session is Thursday at 3, bring comfy clothes!"
    assert not _found(app, text, DraftContext.POST)
    assert _found(app, text, DraftContext.REPLY_TO_DM)
