"""phi: a person the draft identifies, together with their health or care.

A name, initials, a description people would recognise ("the 34-year-old teacher I saw
Tuesday") or any Safe Harbor identifier becomes PHI when the draft joins it to health or care.
A record, plan or device number, or a patient's photo or X-ray, is PHI by itself. The
practice's own phone, address and clinician are never identifiers (``own.py``). Evidence
shows every identifying span and the care words that made it PHI; identifiers with no care
beside them are kept as suppressed ("not joined to health or care"), so a reviewer sees them.
"""

from __future__ import annotations

import re

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.detect.outgoing.identifiers import find_identifiers, find_names
from docguard.results import DraftEvidence, DraftExcuse
from docguard.taxonomy import Finding
from docguard.text.normalise import fold_pattern

_CARE = re.compile(fold_pattern(
    r"\b(?:patients?|pt|client|visit|visits|visited|appointment|appt|surgery|surgeries|procedure|operation|operated|op|post-?op|pre-?op|seen|treated|treating|"
    r"diagnosed|diagnosis|prescribed|prescription|labs?|lab results|results|x-?rays?|xray|scan|mri|ct scan|ultrasound|chart|admitted|discharged|the er|the ed|a&e|"
    r"came in|comes in|came to see|in clinic|injection|filling|crown|root canal|extraction|implant|therapy|counsell?ing|session|stitches|biopsy|chemo|chemotherapy|"
    r"radiation|dialysis|checkup|check-up|physical|follow-?up|a1c|blood pressure|cholesterol|blood work|bloodwork|mammogram|colonoscopy|pap|vaccine|vaccinated|"
    r"pregnan\w*|miscarriage|ivf|cancer|tumou?r|diabet\w*|asthma|copd|hiv|std|sti|herpes|hepatitis|depression|anxiety|bipolar|schizophreni\w*|adhd|autism|"
    r"dementia|alzheimer\w*|stroke|heart attack|seizures?|epilepsy|fracture|broken|sprain|infection|rash|uti|overdose|rehab|addiction|alcoholism|sobriety|"
    r"insulin|metformin|ozempic|wegovy|antibiotics|antidepressants?|meds|medication|dose|mg|symptoms?|pain|migraines?|surgeon|cast|wound|burns?|"
    r"hospice|palliative|icu|nicu|ward|recovery|recovering|braces|dentures|cavity|cavities|gum disease|physio|wheelchair|"
    r"paciente|consulta|cita|cirugia|operacion|operada|operado|tratamiento|diagnostico|receta|analisis|resultados|radiografia|ecografia|embarazada|embarazo|"
    r"cancer|diabetes|depresion|ansiedad|ingresad[oa]|urgencias|dolor|infeccion|medicacion|quimio|sesion|empaste|extraccion|implante)\b"
))

_DESCRIBED = (
    OutRule("age", r"\b\d{1,3}[- ]?(?:year|yr|month|week|day)s?[- ]?old\b|\b\d{1,3} ?(?:yo|y/o|yrs old)\b|\bin (?:his|her|their) (?:late |early |mid-?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b"
            r"|\bde \d{1,3} (?:anos|meses)\b",
            "describes a person by age"),
    OutRule("slot", r"\b(?:my|our|the|this|mi|el|la) (?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|last|first|next|early|late|morning|afternoon|evening|\w+day(?: morning| afternoon)?) (?:patient|pt|appointment|appt|client|consult|paciente|cita)\b"
            r"|\bmy \d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)\b",
            "describes a patient by their appointment slot"),
    OutRule("place", r"\b(?:room|bed|bay|exam room|cubicle|cama|habitacion|box) \d{1,3}\b|\bfrom (?:the )?(?:fire station|police station|high school|elementary|middle school|\w+ (?:street|road|avenue|elementary|high|church|school|plant|factory|bakery|gym|bank|station))\b"
            r"|\b(?:who|that) (?:works|worked|lives|lived|teaches|coaches|drives|runs) (?:at|in|on|for|the)\b|\b(?:de la|del) (?:cama|habitacion|box) \d{1,3}\b",
            "describes a person by where they are, live or work"),
    OutRule("who_came", r"\b(?:the|that|this|a|an|our|my) (?:\w+ )?(?:guy|lady|man|woman|gentleman|kid|boy|girl|teen|teenager|toddler|baby|mom|mum|dad|grandma|grandpa|couple|twins?|"
            r"teacher|nurse|firefighter|cop|officer|pilot|chef|student|athlete|player|coach|pastor|priest|mayor|ceo|lawyer|farmer|veteran|marathoner|runner|bride|groom|"
            r"influencer|footballer|cyclist) (?:who|that|from|with|i saw|we saw|i treated|we treated|in room|in bed) (?:\w+ ){0,3}?(?:came in|was in|swallowed|broke|had|presented|showed up|"
            r"walked in|rolled in|got|needed|refused|fainted|collapsed|delivered|tested|was admitted|was seen|saw me|i saw|we saw|i treated|we treated|yesterday|today|this morning|last (?:night|week))\b"
            r"|\b(?:el|la) (?:senor|senora|chico|chica|nino|nina|abuelo|abuela|profesora?|maestra?|enfermera?|bombero) (?:que|de la|del) (?:vino|atendimos|vi|trajeron|ingreso|llego)\b",
            "describes a person people would recognise"),
    OutRule("photo", r"\b(?:photo|photos|pic|pics|picture|image|x-?ray|xray|scan|mri|ct|ultrasound|before and after|before-and-after|video|selfie|snap|radiografia|foto|fotos|imagen) "
            r"(?:of|from|de) (?:my|our|this|the|a|today's|todays|yesterday's|mi|nuestro|nuestra|este|esta|la|el) (?:\w+ )?(?:patient|patients|client|guy|lady|man|woman|kid|boy|girl|paciente|senor|senora|chico|chica)\b"
            r"|\b(?:check out|look at|guess what|swipe to see|swipe for|mira|miren) (?:this|these|the|esta|estas|este) (?:\w+ )?(?:x-?ray|xray|scan|wound|rash|mole|lesion|injury|tumou?r|foreign body|radiografia|herida)\b",
            "shows a patient's image or scan"),
)

_NOT_PERSON = {"date"}  # a date is a detail of care, not a person


class PhiDetector(OutgoingDetector):
    name = "phi"
    version = "1"
    finding = Finding.PHI
    rules = _DESCRIBED

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        text = ctx.draft.text
        described = found.evidence
        identifiers = find_identifiers(text, ctx.own)
        names = find_names(text, ctx.own)
        people = [*names, *(i for i in identifiers if i.kind not in _NOT_PERSON)]
        care = [m for m in _CARE.finditer(ctx.text)]
        by_itself = any(i.patient_by_itself for i in identifiers) or any(e.detector.endswith("/photo") for e in described)
        if not by_itself and not (care and (people or described)):
            found.suppressed.extend(DraftExcuse(self.finding, e.start, e.end, e.text, "not_joined_to_care", self.name) for e in described)
            found.suppressed.extend(DraftExcuse(self.finding, i.start, i.end, i.text, "not_joined_to_care", self.name) for i in people)
            found.evidence = []
            return found
        evidence: list[DraftEvidence] = list(described)
        evidence += [self.evidence(i.start, i.end, i.text, _reason(i.reason), f"identifier_{i.kind}") for i in people + [i for i in identifiers if i.kind in _NOT_PERSON]]
        for m in care[:3]:
            a, b = ctx.original_span(*m.span())
            evidence.append(self.evidence(a, b, text[a:b], "health or care joined to the person identified", "care"))
        found.evidence = sorted(evidence, key=lambda e: (e.start, -e.end))
        return found


def _reason(what: str) -> str:
    return f"{what}, joined to health or care, identifies a patient"


__all__ = ["PhiDetector"]
