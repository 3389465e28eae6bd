"""phi: a person identified, joined to health or care; the practice's own details and policy talk are not."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.detect.outgoing.identifiers import find_identifiers, find_names
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

DM = DraftContext.REPLY_TO_DM
REVIEW = DraftContext.REPLY_TO_REVIEW
COMMENT = DraftContext.REPLY_TO_COMMENT
POST = DraftContext.POST
DECLINE = DraftContext.DECLINE_CONNECTION


def has_phi(app: App, text: str, context: DraftContext) -> bool:
    return Finding.PHI in check(app, Draft("t", text, context)).findings


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # named, titled, initialled
        ("Cheers, Douglas! The physio says your hamstring is nearly back to full strength.", COMMENT),
        ("Mr. Okonkwo's cataract op went smoothly this morning.", DM),
        ("Heads up: patient R.T. is allergic to penicillin.", DM),
        ("¡Enhorabuena, Macarena! Ya sin muletas después de la operación de tobillo.", POST),
        ("Pásale el recado a don Ernesto: la insulina nueva se la doy el lunes.", DM),
        # a relative of the reader, a third person, a recognisable description
        ("Your dad's pacemaker check went fine, nothing to adjust.", DM),
        ("Yes, I saw her yesterday, she's recovering well from the gallbladder surgery.", DM),
        ("The gentleman from the bakery on Elm Street came in with a nasty burn.", POST),
        ("Our 94-year-old regular came in for her flu jab today, still sharp as a tack!", POST),
        ("Quiet shift until a local bus driver came in with chest pain, he's stable now.", POST),
        ("Sí, lo vimos anoche, sigue con la neumonía pero mañana le damos el alta.", DM),
        ("Tu hermano ya tiene los resultados del análisis, que pase a recogerlos.", COMMENT),
        # Safe Harbor identifiers
        ("MRN 44821907: hold the warfarin until Thursday.", DM),
        ("Her DOB 02/11/1958 matches, so the prescription is ready.", DM),
        ("@dan_runs your knee MRI showed a small meniscus tear.", POST),
        # a date of care beside care
        ("Your biopsy on the 14th came back clear.", DM),
        ("Tu extracción del martes salió perfecta, sin complicaciones.", DM),
        # a public reply restating the reader's own care
        ("We reviewed this and your root canal was completed as planned.", REVIEW),
        ("Gracias por tu reseña. Tu endodoncia quedó perfecta, revisamos la radiografía.", REVIEW),
        ("As your chart shows, the stitches were removed on the 3rd.", COMMENT),
    ],
)
def test_flags_identified_care(app: App, text: str, context: DraftContext) -> None:
    assert has_phi(app, text, context), text


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the practice's own line, hotlines, policy
        ("We can't discuss anyone's treatment here. Please call our nurse line on 555-212-3434.", REVIEW),
        ("No podemos hablar de ningún paciente por aquí; llama al consultorio al 55 5123 4567.", DM),
        ("If your child has a fever over 40, call 911 or go to the ER.", DM),
        ("Poison control is 1-800-222-1222, open 24/7 for anyone worried about a medication.", POST),
        # clinicians and staff named
        ("Dr. Chen and Dr. Rivera now offer knee injections on Tuesdays.", POST),
        ("Our practice manager, Tara, reads every review and would love to hear from you.", REVIEW),
        # education and public clinics with dates
        ("Flu shots Saturday 9–12, walk-ins welcome!", POST),
        ("Mammograms save lives. Book yours for October, breast cancer awareness month.", POST),
        # names with no care
        ("Thanks so much, Priya! Have a lovely weekend.", COMMENT),
        ("Hi Lauren! I keep my personal profile private, but our page shares lots of news.", DECLINE),
        # contact details that are the practice's
        ("Follow our clinic account @brightsmiles.dental for whitening tips.", DECLINE),
        ("Email appointments@oakfamilypractice.org to book your check-up.", POST),
        # advice or reassurance to a public comment: other findings, not phi
        ("A cough can hang on for weeks after a cold, so you're right on track.", COMMENT),
        ("Wishing you a speedy recovery! Thanks for the kind words about the team.", COMMENT),
        ("Sorry to hear about your back pain. We can't discuss details here, please call the office.", REVIEW),
        ("Your GP can check your cholesterol with a simple blood test.", COMMENT),
        ("Thanks for asking, Omar! Flu shots are available for anyone over 6 months.", DM),
        ("Hi Jen! We're open Saturdays for check-ups, call to book.", DM),
        ("Sí, claro. Los jueves hay consulta de fisioterapia, pide cita en la web.", DM),
    ],
)
def test_safe_twins(app: App, text: str, context: DraftContext) -> None:
    assert not has_phi(app, text, context), text


def test_context_flip_public_reply_vs_dm(app: App) -> None:
    text = "So glad your crown fits well now!"
    assert has_phi(app, text, REVIEW)
    assert not has_phi(app, text, DM)


def test_context_flip_relative_in_post_vs_dm(app: App) -> None:
    text = "Please bring your son's vaccination record to the clinic."
    assert not has_phi(app, text, POST)
    assert has_phi(app, "Your son's vaccination record shows he missed the MMR booster.", DM)


def test_context_flip_place_needs_a_person_in_a_post(app: App) -> None:
    assert not has_phi(app, "Flu clinic in the school gym on Pine Ave this Saturday.", POST)
    assert has_phi(app, "The kid in room 4 broke his wrist skateboarding, what a champ.", POST)


def test_the_reader_described_is_not_a_third_person(app: App) -> None:
    assert not has_phi(app, "Oh you're the one who came in with the sprained ankle!", DM)


def test_identifiers_keep_digits_and_at_signs(app: App) -> None:
    kinds = {i.kind for i in find_identifiers("Call his mobile 07700 900123 or mail jo.bloggs@gmail.com", app.own)}
    assert {"phone", "email"} <= kinds
    assert not find_identifiers("Call our front desk at 555-310-2222 or email hello@clinic.example", app.own)


def test_names_skip_clinicians_and_find_vocatives(app: App) -> None:
    names = [n.text for n in find_names("Thanks, Graham! Dr. Chen says hi. Tell Nadia too.", app.own)]
    assert names == ["Graham", "Nadia"]


def test_evidence_shows_person_and_care(app: App) -> None:
    result = check(app, Draft("t", "Thanks, Graham! Glad the rotator cuff repair held up.", COMMENT))
    texts = {e.text for e in result.evidence if e.finding is Finding.PHI}
    assert "Graham" in texts
    assert any("repair" in t or "rotator cuff" in t for t in texts)
