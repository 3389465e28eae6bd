"""Shared health vocabulary and the 'about a particular person' test used by several detectors.

Kept apart so medical_advice and general_question draw the same line: a health question
about the writer, a child, a parent... is personal; the same question about people in
general is education.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from docguard.text.normalise import NormText, fold_pattern

HEALTH = (
    r"(?:pain|pains|painful|ache|aches|aching|hurts?|hurting|sore|rash|hives|cough\w*|fever|temp|headaches?|migraines?|"
    r"nause\w*|vomit\w*|throwing up|diarrh\w*|constipat\w*|dizz\w*|tired|fatigue|exhausted|swollen|swelling|lump|bump|"
    r"mole|itch\w*|infection|infected|bleed\w*|discharge|period|periods|pregnan\w*|spotting|cramps?|sugar|glucose|"
    r"blood pressure|bp|cholesterol|a1c|thyroid|tsh|psa|ldl|hdl|iron|vitamin \w+|b12|anxiety|anxious|depress\w*|panic|"
    r"insomnia|(?:can't|cant) sleep|acne|eczema|psoriasis|asthma|allerg\w*|diabet\w*|medication|medicine|meds|pills?|"
    r"dose|dosage|doses|\d+ ?mg|mg|ibuprofen|tylenol|advil|motrin|aleve|aspirin|acetaminophen|paracetamol|naproxen|"
    r"antibiotics?|amoxicillin|penicillin|azithromycin|z-?pack|doxy\w*|prednisone|steroids?|inhaler|insulin|metformin|"
    r"ozempic|wegovy|semaglutide|sertraline|zoloft|lexapro|prozac|xanax|adderall|melatonin|benadryl|zyrtec|claritin|"
    r"lisinopril|amlodipine|statin|lipitor|birth control|the pill|iud|plan b|vaccine|vaccin\w*|shot|booster|flu|covid|"
    r"cold|strep|uti|yeast|std|sti|hpv|herpes|wart|blister|burn|cut|wound|stitches|bruise\w*|sprain\w*|fracture|broken|"
    r"knee|back|neck|shoulder|hip|ankle|wrist|stomach|belly|tummy|chest|throat|ear|ears|eye|eyes|skin|tooth|teeth|gums?|"
    r"blood|urine|pee|peeing|poop|stool|labs?|results?|test|scan|mri|x-?ray|ultrasound|biopsy|ekg|ecg|levels?|"
    r"symptoms?|condition|diagnos\w*|disease|slurr\w*|droop\w*|breath\w*|seizure\w*|faint\w*|numb|bleeding|unconscious|confused|overdose|pills|swallowed|choking|syndrome|cancer|tumou?r|heart|lungs?|kidney|liver|weight|bmi|"
    r"dolor|duele|fiebre|tos|gripe|resfriado|sarpullido|ronchas|granos|mareo\w*|nause\w*|vomit\w*|diarrea|presion|"
    r"azucar|colesterol|pastillas?|medicamentos?|medicina|dosis|jarabe|receta|analisis|resultados?|embarazo|embarazada|"
    r"regla|infeccion|alergia|ansiedad|depresion|insomnio|herida|quemadura|garganta|estomago|panza|cabeza|espalda|rodilla|"
    r"piel|ojo|ojos|oido|muela|diente|sintomas?)"
)
HEALTH_RX = re.compile(fold_pattern(rf"\b{HEALTH}\b"))

_PERSONAL_HEALTH = re.compile(
    fold_pattern(
        r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|our|us|he|she|he's|she's|hes|shes|his|her|they're|"
        r"son|daughter|kid|baby|toddler|husband|wife|partner|mom|mum|mother|dad|father|grandma|grandpa|friend|"
        r"yo|mi|mis|me|tengo|estoy|tiene|esta|hijo|hija|bebe|esposo|esposa|mama|papa|abuela|abuelo)\b"
    )
)
# "I" that only frames a general question: "I was wondering", "I read your post", "I'd like to know".
_FRAMING = re.compile(
    fold_pattern(
        r"\b(?:i was wondering|i wonder|i'm curious|im curious|i read|i saw|i watched|i heard|i learned|"
        r"i'd like to know|id like to know|i want to know|i wanted to know|i would like to know|i have a question|"
        r"i've always wondered|ive always wondered|i love|i loved|i enjoyed|i think (?:people|everyone)|"
        r"i'm a (?:nurse|student|teacher|doctor|med student|nursing student|pharmacist|coach|trainer)|"
        r"im a (?:nurse|student|teacher|doctor|med student|nursing student|pharmacist|coach|trainer)|"
        r"tengo una pregunta|me gustaria saber|quisiera saber|me pregunto)\b"
    )
)


def personal_health(norm: NormText, clause_of: Callable[[int], tuple[int, int]]) -> bool:
    """Some clause speaks of a particular person together with a health word."""
    text = norm.text
    for h in HEALTH_RX.finditer(text):
        a, b = clause_of(h.start())
        if _PERSONAL_HEALTH.search(_FRAMING.sub(" ", text[a:b])):
            return True
    return False


__all__ = ["HEALTH", "HEALTH_RX", "personal_health"]
