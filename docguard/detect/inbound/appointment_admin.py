"""Appointment and admin: scheduling, refills, prescriptions, records, results release, billing, forms."""

from __future__ import annotations

from docguard.detect.base import Context, LexiconDetector, Rule
from docguard.taxonomy import Category


def _addressed(ctx: Context) -> bool:
    """The item is a request of the practice: personal, a question, or addressed to 'you'."""
    memo = ctx.memo
    if "addressed" not in memo:
        text = ctx.cues.norm.text
        memo["addressed"] = ctx.cues.personal or ctx.cues.question or " you" in f" {text}" or " your" in text or "usted" in text
    return bool(memo["addressed"])


_GQ = ("general_question", "negated")

RULES = (
    Rule("appointment", r"\b(?:appointment|appt|apt|appts|appointments|booking|follow[- ]?up visit|check[- ]?up|physical|consult|consultation|telehealth|video visit|virtual visit|zoom link|visit)\b.{0,60}\b(?:book|schedule|reschedul\w*|cancel\w*|move|change|confirm|available|availability|opening|openings|slot|when|time|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|next|this week|link|late|miss\w*|make it|get in|come in|sooner|earlier|waitlist)|\b(?:book|schedule|reschedul\w*|cancel\w*|move|change|confirm|make|get|need|want|have) (?:an |my |a |our |the |his |her |another |a new |a follow[- ]?up )?(?:appointment|appt|apt|visit|check[- ]?up|physical|consult|telehealth|video visit)", "about an appointment", _GQ, when=_addressed),
    Rule("late", r"\b(?:running|gonna be|going to be|will be|i'm|im) (?:\d+ (?:min|mins|minutes) |a (?:few|bit|little) )?late\b|\bstuck in traffic\b|\bon my way\b.{0,30}\b(?:appointment|appt|visit)", "running late for a visit", ("negated",)),
    Rule("refill", r"\brefill\w*|\bre-?fill\w*|\b(?:send|call in|renew|need|running out of|ran out of|out of) (?:my |a |the |his |her )?(?:prescription|script|rx|meds|medication|medicine|inhaler|insulin|pills|\w+ (?:prescription|script|refill))|\bprescription\b.{0,40}\b(?:pharmacy|cvs|walgreens|rite aid|boots|sent|send|ready|renew|expired|transfer)|\b(?:pharmacy|cvs|walgreens|rite aid)\b.{0,40}\b(?:didn't|did not|hasn't|never|still|says|said|has no|doesn't) ", "asks for a refill or prescription", _GQ, when=_addressed),
    Rule("records", r"\b(?:medical |my |our |his |her |the )records\b|\b(?:records|chart|notes) (?:request|sent|transferred|release|copy)|\bcopy of (?:my|his|her) (?:records|chart|results|labs|notes|x-?rays?|imaging)|\b(?:release|send|fax|forward|transfer) (?:my|his|her|the) (?:records|results|labs|chart|imaging)", "asks about medical records", _GQ, when=_addressed),
    Rule("results_release", r"\b(?:results?|labs?|biopsy|pathology|bloodwork|blood work|scan|mri|imaging|x-?ray)\b.{0,40}\b(?:back yet|ready|released|posted|in yet|available|come back|take|when will|on the portal|in the portal)|\bwhen (?:will|do|can|should) (?:i|we) (?:get|hear|see|know|receive) (?:my|the|about|his|her)", "asks when results will be released", _GQ, when=_addressed),
    Rule("billing", r"\b(?:bill|billing|billed|invoice|statement|charge|charged|overcharged|copay|co-pay|deductible|payment|pay (?:my|the|online)|refund|balance|collections|itemized|receipt|superbill|price|cost|how much (?:is|does|do|for)|self[- ]?pay|cash price)\b", "about billing or payment", _GQ, when=_addressed),
    Rule("insurance", r"\b(?:insurance|insured|in[- ]network|out of network|medicaid|medicare|aetna|cigna|humana|united ?healthcare|blue ?cross|bcbs|kaiser|tricare|nhs|private cover|prior auth\w*|pre-?auth\w*|preauthori[sz]ation|coverage|covered by)\b", "about insurance or prior authorisation", _GQ, when=_addressed),
    Rule("referral", r"\breferr(?:al|als|ed)\b|\brefer (?:me|him|her|us) to\b|\bsecond opinion\b", "about a referral", _GQ, when=_addressed),
    Rule("forms", r"\b(?:fmla|disability|short[- ]term disability|work note|doctor'?s note|dr'?s note|sick note|fit note|school (?:form|note)|camp form|sports physical form|forms?|paperwork|letter for (?:my|work|school|court)|note for (?:work|school|my)|excuse (?:note|letter)|handicap (?:placard|parking)|jury duty)\b", "about forms, notes or letters", _GQ, when=_addressed),
    Rule("portal", r"\b(?:patient )?portal\b|\bmychart\b|\b(?:log ?in|login|password|sign in|username|account) (?:to|for|on|doesn't|isn't|not|issue|problem|locked|reset)", "about the patient portal", _GQ, when=_addressed),
    Rule("practice", r"\b(?:accepting|taking|take) (?:new )?patients\b|\bnew patients?\b|\boffice hours|\b(?:are|is) (?:you|the office|the clinic|your office) (?:open|closed)|\bwhat (?:time|hours) (?:do|does|are) (?:you|the office|the clinic)|\bwait ?list\b|\bhow (?:do|can) i (?:become|get) (?:a )?(?:patient|seen)|\bsee (?:you|dr\.? \w+|the doctor) (?:for|about|as)\b", "about becoming a patient or office hours", ("negated",), when=_addressed),
    # Spanish
    Rule("es_admin", r"\b(?:una |mi |la |otra )?cita (?:para|con el|con la|el|del|de|medica)\b|\b(?:hacer|sacar|agendar|programar|cambiar|cancelar|mover|confirmar|reprogramar|pedir) (?:una |mi |la |otra )?(?:cita|consulta|turno)|\b(?:la |mi |una |otra )?receta\b|\b(?:resurtir|surtir|renovar) (?:mi|la)|\b(?:mis |los )resultados (?:ya|estan|cuando|salieron)|\bfactura\b|\bcobr\w*|\bseguro (?:medico|de salud)?\b|\bmedicaid|\breferencia\b|\bpase (?:al|para)|\bformulario|\bincapacidad|\bjustificante|\bconstancia|\bhorario|\bconsultorio (?:abre|cierra|esta)|\bpacientes nuevos|\bllego tarde|\bvoy tarde|\bexpediente", "cita, receta, resultados, facturación o trámites", _GQ, lang="es", when=_addressed),
)


class AppointmentAdminDetector(LexiconDetector):
    name = "appointment_admin"
    version = "1"
    category = Category.APPOINTMENT_ADMIN
    rules = RULES


__all__ = ["AppointmentAdminDetector"]
