"""personal_advice: individual diagnosis, treatment, dosing or triage, in English and Spanish; education and redirects pass."""

from __future__ import annotations

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.taxonomy import DraftContext, Finding

DM = DraftContext.REPLY_TO_DM
POST = DraftContext.POST


def flagged(app: App, text: str, context: DraftContext = DM, in_reply_to: str | None = None) -> bool:
    return Finding.PERSONAL_ADVICE in check(app, Draft("t", text, context, in_reply_to)).findings


@pytest.mark.parametrize(
    "text",
    [
        "Give him 5 ml of the syrup now and again at bedtime.",
        "Up the lisinopril to 20 and let's see how you go.",
        "Bump it up to two puffs in the morning.",
        "Leave her on the amoxicillin for another five days.",
        "Stop the naproxen, it's probably upsetting your stomach.",
        "Keep doing the wall slides every evening.",
        "Keep the wound dry until Friday.",
        "No swimming for a fortnight after the piercing, and no heavy lifting until the stitches come out.",
        "Nothing by mouth after 10pm the night before.",
        "Bite down on a rolled-up gauze pad and don't rinse today.",
        "Sounds like classic tennis elbow to me.",
        "That's textbook plantar fasciitis, roll a frozen bottle under your foot.",
        "That'll be the ramipril causing the cough.",
        "You're fine to fly next week, the clot is sorted.",
        "It's fine to take the cetirizine with your pill.",
        "You definitely don't need to come back in for that.",
        "The twitching in your eyelid is almost certainly from caffeine.",
        "Try a warm compress three times a day on that stye.",
        "Dale ibuprofeno cada 8 horas si le sigue doliendo.",
        "Tómate el omeprazol en ayunas, media hora antes del desayuno.",
        "Siga con la pomada dos veces al día una semana más.",
        "Eso es una tendinitis, nada de correr durante dos semanas.",
        "Muerde la gasa media hora y no escupas en todo el día.",
        "No hace falta que vengas, con reposo se arregla.",
        "Parece una otitis, ponle las gotas que te dejé.",
        "No lo dejes aunque te encuentres mejor, termina la caja.",
        "Put some Sudocrem on it and leave the nappy off for a bit.",
        "Wear the splint at night for the next month.",
        "Have a teaspoon of honey before bed for the cough.",
        "Don't put any weight on it for a few days and keep it raised.",
        "You can go back to the gym next week, just no squats yet.",
        "Vos seguí con los ejercicios y no cargues peso hasta el control.",
        "Puedes volver a correr la semana que viene sin problema.",
        "Ponele hielo envuelto en un trapo y no apoyes el pie.",
        "Mejor no le des más leche hasta que pare la diarrea.",
        "Súbale la dosis a 50 y en dos semanas vemos.",
        "No uses lentillas hasta que se te quite la rojez.",
    ],
)
def test_advice_to_a_particular_person_is_flagged(app: App, text: str) -> None:
    assert flagged(app, text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't advise on medication over Instagram, please call the surgery or ask your pharmacist.",
        "Please speak to your own GP about your dose before changing anything.",
        "Thanks so much for the lovely review, keep up the great work on your end too!",
        "We're open on Saturday mornings for prescription collections.",
        "Stop by the front desk to pick up your forms.",
        "Lo siento, por aquí no puedo recomendar medicamentos. Consulta con tu médico o farmacéutico.",
        "¡Gracias por tu mensaje! Llama al centro y te damos cita.",
        "If you have chest pain, call 999 now.",
    ],
)
def test_redirects_and_thanks_pass(app: App, text: str) -> None:
    assert not flagged(app, text)


@pytest.mark.parametrize(
    "text",
    [
        "Adults can usually take up to 3 g of paracetamol a day; check the label and ask a pharmacist if unsure.",
        "Ice, rest and elevation help most sprains in the first two days.",
        "Keep doing your stretches, folks: ten minutes a day keeps back pain away.",
        "La mayoría de los resfriados se curan solos; bebe líquidos y descansa.",
    ],
)
def test_education_in_a_post_passes(app: App, text: str) -> None:
    assert not flagged(app, text, POST)


def test_post_that_singles_someone_out_is_advice(app: App) -> None:
    text = "@lena_runs your heel pain is classic plantar fasciitis, stretch it before you get out of bed."
    assert flagged(app, text, POST)
    assert flagged(app, "To whoever DMed about their knee: ice it twice a day and skip running this week.", POST)


def test_general_words_do_not_excuse_an_answer_to_someone_s_own_symptoms(app: App) -> None:
    text = "Ice and rest help most sprains, you should be fine in a week."
    assert flagged(app, text, DM, in_reply_to="I twisted my ankle at football and it's swollen, what should I do?")
    assert not flagged(app, text, DM, in_reply_to="What helps a sprain in general? Asking for a school project.")


@pytest.mark.parametrize(
    "text",
    [
        "Take ibuprofen with food, not on an empty stomach.",
        "Hielo y reposo, y en unos días estás como nueva.",
    ],
)
def test_context_flip(app: App, text: str) -> None:
    assert flagged(app, text, DM)
    assert not flagged(app, text, POST)
