"""romantic: flirting, suggestive or personal-relationship language from the clinician; warmth is not."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

DM = DraftContext.REPLY_TO_DM
REVIEW = DraftContext.REPLY_TO_REVIEW
COMMENT = DraftContext.REPLY_TO_COMMENT
POST = DraftContext.POST
DECLINE = DraftContext.DECLINE_CONNECTION


def is_romantic(app: App, text: str, context: DraftContext) -> bool:
    return Finding.ROMANTIC in check(app, Draft("t", text, context)).findings


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Honestly you look so handsome in that profile pic.", DM),
        ("You've got the most beautiful eyes, has anyone told you?", COMMENT),
        ("Let me take you out for dinner sometime, my treat.", DM),
        ("Thanks for the stars! I know a cute little wine bar near the office if you're ever free.", REVIEW),
        ("I'm off Saturday night if you fancy it 😏", DM),
        ("Here's my personal number so we can chat outside the practice.", DM),
        ("My DMs are open, and not for toothache questions 😘", POST),
        ("Can't add you while you're my patient, but if you ever switch practices, call me.", DECLINE),
        ("Thank you, gorgeous. The whole team has a crush on you.", REVIEW),
        ("Sorry babe, work rules. Follow my private account instead.", DECLINE),
        ("¡Qué guapa eres! Te invito a un café cuando salgas de la consulta.", DM),
        ("Gracias, guapo 😘 te escribo por privado.", COMMENT),
        ("Si dejas de ser mi paciente, quedamos para cenar 😉", DECLINE),
        ("Te echo de menos, a ver cuándo me aceptas un café.", DM),
        ("Let's meet up after my shift, just the two of us.", DM),
        ("Can't accept while you're my patient... but once you're discharged, drinks?", DECLINE),
        ("Are you seeing anyone? Asking for a friend 😏", DM),
    ],
)
def test_flags_romantic(app: App, text: str, context: DraftContext) -> None:
    assert is_romantic(app, text, context), text


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # warmth, thanks and emoji alone
        ("We love our patients, thank you for the kind words 💕", REVIEW),
        ("Have a beautiful day, and thanks for stopping by! 😉", COMMENT),
        ("Lovely to hear from you, glad the new routine works ❤️", DM),
        ("¡Gracias! Qué lindo leer esto 🥰", COMMENT),
        ("¡El implante quedó precioso! 😉", POST),
        # reassurance is not a comment on looks
        ("You're fine to fly after the filling.", DM),
        ("Hi love, your prescription is ready at the front desk.", DM),
        # professional declines
        ("Thanks for the request! I keep my personal account for family and friends, so I'll decline.", DECLINE),
        ("Gracias por la solicitud. Mi perfil personal es privado, pero puedes seguir la página de la clínica.", DECLINE),
        ("Our clinic account @sunrise.dental posts tips every week, follow us there!", DECLINE),
        # scheduling, booking links and everyday words
        ("I'm off Friday, so Dr. Lee will see you for the follow-up.", DM),
        ("Please check your DMs, we've sent the booking link.", COMMENT),
        ("Coffee is fine before a blood test, just no milk or sugar.", DM),
        ("Are you single-handedly managing a chronic condition? Our support group meets Mondays.", POST),
        ("¡Qué guapa la peque! Gracias por compartir 🥰", COMMENT),
        # a post about a couple, a gala, a date on the calendar
        ("Date night tips for new parents: sleep first, then everything else!", POST),
    ],
)
def test_not_romantic(app: App, text: str, context: DraftContext) -> None:
    assert not is_romantic(app, text, context), text


def test_warm_emoji_is_evidence_only_beside_romantic_language(app: App) -> None:
    result = check(app, Draft("t", "You looked stunning at the gala 😍", DM))
    rules = {e.detector for e in result.evidence if e.finding is Finding.ROMANTIC}
    assert "romantic/looks" in rules and "romantic/warm_emoji" in rules
    assert not is_romantic(app, "Thank you so much 😍", REVIEW)


def test_negated_invitation_is_not_romantic(app: App) -> None:
    assert not is_romantic(app, "I'm not able to meet you outside of work, but the team is here in clinic hours.", DM)
