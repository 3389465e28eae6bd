"""appointment_details: a particular person's appointment or procedure, with its time, date or details.

Public opening hours and a flu-shot clinic in a post are not someone's appointment; "your
colonoscopy is Thursday at 8" in a reply is. Besides the lexicon, ``refine`` joins a specific
day, date or time (not a range, not "Saturdays") to a care event in the same sentence ("the
6/11 filling", "te veo el jueves a las 10:30"): in a reply that is someone's appointment or
visit; in a post only when the post singles someone out (a name, an @handle, "my patient").
The relationship detector reuses ``appointment_mentions``: giving someone their appointment
confirms they are a patient.
"""

from __future__ import annotations

import re

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.detect.outgoing.identifiers import find_names
from docguard.detect.outgoing.names import FIRST_NAMES
from docguard.taxonomy import DraftContext, Finding
from docguard.text.normalise import fold_pattern

_APPT = (
    r"(?:appointment|appt|apt|visit|consult|consultation|session|procedure|surgery|operation|op|scan|mri|ct|x-?ray|ultrasound|biopsy|mammogram|"
    r"colonoscopy|endoscopy|infusion|injection|shot|cleaning|filling|crown|extraction|root canal|check-?up|physical|follow-?up|post-?op|"
    r"pre-?op|therapy|physio|blood test|blood draw|labs?|lab work|bloodwork|test|screening|exam|review|slot|booking|reservation)"
)
_WHEN = (
    r"(?:(?:on |this |next |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| afternoon| evening)?|tomorrow(?: morning| afternoon)?|today|tonight|this (?:morning|afternoon|evening)|"
    r"next week|the \d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}|\d{1,2}/\d{1,2}|"
    r"\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d\d|noon|midday)"
)

_EN = (
    OutRule("your_appt_when", rf"\b(?:your|ur|his|her|their) (?!gp |dental |doctors? |local )(?:\w+ )?{_APPT}\b (?:\w+ ){{0,5}}?(?:is |was |has been |'s |got |been )?(?:\w+ )?(?:on |at |for |to |until )?{_WHEN}",
            "gives the time or date of someone's appointment", ("addressed_to_an_audience", "conditional", "redirect")),
    OutRule("appt_set", rf"\b(?:your|ur|his|her) (?:\w+ )?{_APPT} (?:is|was|has been|got|will be|'s been) (?:now |all |been )?(?:booked|scheduled|moved|rescheduled|confirmed|set|cancell?ed|"
            r"pushed|brought forward|changed|approved|arranged)\b",
            "says someone's appointment was booked, moved or cancelled", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("booked_you", rf"\b(?:booked|scheduled|moved|rescheduled|put|pencilled|penciled|squeezed|fit|slotted|got) you (?:in |down )?(?:for|on|at|to|into|in) (?:\w+ ){{0,3}}?(?:{_APPT}|{_WHEN})"
            rf"|\byou(?:'re| are|re) (?:all )?(?:booked|scheduled|down|confirmed|set) (?:in )?(?:for|on|at) (?:\w+ ){{0,3}}?(?:{_APPT}|{_WHEN})",
            "books or moves someone's appointment", ("addressed_to_an_audience", "conditional")),
    OutRule("see_you_when", rf"\bsee you (?:again )?(?:on |at |next |this )?{_WHEN}|\bsee you (?:at|for) your\b|\bwe(?:'ll| will) see you (?:on |at |next |this )?{_WHEN}",
            "names when someone is expected for care", ("addressed_to_an_audience", "conditional")),
    OutRule("your_time", r"\b(?:for|at|to|before|after) (?:your|his|her) \d{1,2}(?::\d\d| ?(?:am|pm|o'clock))",
            "refers to someone's booked time", ("addressed_to_an_audience", "conditional")),
    OutRule("at_the_visit_when", rf"\b(?:at|during|after|before) (?:the|your|his|her) (?:\w+ )?{_APPT} (?:today|yesterday|this morning|this afternoon|last night|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
            "places someone at a visit on a given day", ("addressed_to_an_audience", "conditional")),
    OutRule("prep", r"\b(?:no (?:food|eating|drinking)|nothing to eat|nothing but water|nil by mouth|fast(?:ing)?|stop eating) (?:after|from|before) (?:midnight|\d{1,2} ?(?:am|pm)|your)\b"
            r"|\b(?:no food|nothing to eat|nil by mouth|no food or drink|nothing but water) (?:or drink )?(?:after|from|before|until) (?:midnight|\d{1,2}|the)\b"
            r"|\b(?:arrive|come in|get here|be here|check in) (?:\d{1,2} minutes early |early )?(?:at|by|on) \d{1,2}|\bbring (?:your|the) (?:\w+ ){0,2}(?:to|for) your (?:\w+ )?" + _APPT,
            "gives someone's preparation or arrival instructions", ("addressed_to_an_audience", "conditional")),
    OutRule("no_shows", r"\b(?:you|this person|this patient|this reviewer|he|she) (?:missed|cancell?ed|skipped|no-?showed) (?:\w+ ){0,2}(?:appointments?|sessions?|visits?|bookings?|(?:\w+ )?times)\b"
            r"|\byour (?:\d+|two|three|four|five) (?:no-?shows|missed appointments|cancell?ations)\b",
            "recounts a person's missed or cancelled appointments", ("addressed_to_an_audience", "conditional", "policy_statement")),
)

_ES = (
    OutRule("su_cita_cuando", r"\b(?:tu|su) (?:cita|consulta|revision|operacion|cirugia|intervencion|analitica|analisis|ecografia|resonancia|terapia|grupo|limpieza|sesion|extraccion|endoscopia|colonoscopia)\b"
            r" (?:\w+ ){0,4}?(?:es|esta|queda|quedo|sera|fue|ha sido)? ?(?:\w+ )?(?:el|para el|a las|manana|hoy|este|el proximo|la proxima) ",
            "da la fecha u hora de la cita de alguien", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("te_esperamos", r"\b(?:te|le|los|las|la|lo|os) (?:esperamos|espero|veo|vemos|agendamos|citamos|cambiamos la cita|movimos la cita|apuntamos|anotamos) (?:el|manana|hoy|a las|este|el proximo|para el|para)\b"
            r"|\b(?:nos vemos|hasta) (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia)|manana|a las \d)",
            "cita a alguien para un día u hora", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("ayuno", r"\b(?:ven|venga|acude|acuda|llega|llegue) (?:en ayunas|\d{1,2} minutos antes)\b|\ben ayunas (?:desde|a partir de)\b",
            "da instrucciones de preparación o llegada a alguien", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("falto", r"\b(?:falto|faltaste|falto a|cancelo|cancelaste|no vino|no viniste) (?:a )?(?:\w+ ){0,2}(?:citas|sesiones|consultas|turnos)\b",
            "cuenta las citas a las que faltó alguien", ("addressed_to_an_audience", "conditional"), "es"),
)


def _rx(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source))


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_MESES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_DIAS = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_ABBR = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"

#: a specific day, date or time (ranges and plural days are weeded out in ``_specific``)
_SPECIFIC_WHEN = _rx(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s)"
    rf"|\b{_ABBR}\.? \d{{1,2}}(?:/\d{{1,2}})?\b|\b\d{{1,2}}(?::\d\d)? ?(?:am|pm) {_ABBR}\b"
    r"|\btomorrow\b|\bthe day after tomorrow\b"
    r"|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MONTHS + r"\b|\b" + _MONTHS + r" \d{1,2}(?:st|nd|rd|th)?\b(?!,? ?\d{4})"
    r"|\b\d{1,2}/\d{1,2}\b"
    r"|\b\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b|\bat \d{1,2}\b(?![.,:/]?\d| ?(?:%|mg|ml|kg|lb|years|weeks|days|months|minutes|hours|stars))"
    rf"|\b(?:el|este|del|proximo|hasta el) {_DIAS}\b|(?<!los )\b{_DIAS} (?:\d|a las|por la|en|que)"
    r"|(?<!cada )(?<!la )(?<!por la )(?<!esta )(?<!de la )\bmanana\b(?! por la)|\bpasado manana\b"
    rf"|\b(?:el|del) (?:dia )?\d{{1,2}}\b(?! ?(?:%|mg|ml|anos|kg|de (?!{_MESES})))|\b\d{{1,2}} de {_MESES}\b"
    r"|\ba las \d{1,2}\b|\b\d{1,2} ?h\b|\b\d{1,2} ?hs\b"
)
_WHEN_GATE = re.compile(r"\d|day\b|tomor|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo")
#: a time or day that is one end of a range ("9 to 5", "de 8 a 14 h", "Mon–Sat")
_RANGE_AFTER = _rx(r"^\s?(?:-|–|—|to|till|until|a|y|al)\s?(?:\d|noon|midday|midnight|mon|tue|wed|thu|fri|sat|sun|lunes|martes|miercoles|jueves|viernes|sabado|domingo)")
_RANGE_BEFORE = _rx(r"(?:from|between|de|desde|entre|open|opens|abrimos|abre|atiende|atendemos|every|each|cada|todos los|los)\s?$")

#: a care event, or an invitation to come for one, in the sentence of the date
_EVENT = _rx(
    r"\b(?:appointments?|appt|sessions?|slot|scan|op|operation|surgery|procedure|check|check-?up|review|follow-?up|consult|consultation|cleaning|clean|"
    r"filling|crown|extraction|root canal|jab|shot|injection|infusion|bloods|blood test|blood draw|blood work|labs|testing|x-?ray|mri|ultrasound|"
    r"biopsy|physio|therapy|massage|admission|admitted|pre-?op|post-?op|delivery|born|stitches|cast|braces|retainer|implant|referral|fitted|"
    r"service|visit|list|surgical|theatre|scope|(?:his|her|your|their) new (?:hip|knee|shoulder|lens|crown|braces|teeth|tooth)|getting (?:his|her|their) (?:braces|cast|stitches)|results|study|collection|replacement|bypass|vasectomy|colonoscopy|endoscopy|smear|screening|assessment|fitting|"
    r"see you|see him|see her|see them|come in|coming in|come by|pop in|bring (?:it|him|her|them) (?:by|in)|ring me|check in|arrive|"
    r"booked|rescheduled|moved|cancell?ed|missed|no-?shows?|due|faxed|seen|treated|removed|come out|go through|"
    r"cita|citas|consulta|revision|control|sesion|sesiones|turno de|tu turno|su turno|operacion|cirugia|intervencion|analitica|analisis|"
    r"ecografia|resonancia|limpieza|extraccion|endoscopia|colonoscopia|puntos|brackets|implante|vacuna|espera|esperar|parto|resina|"
    r"te veo|le veo|nos vemos|os esperamos|te esperamos|le esperamos|la espero|lo espero|los espero|las espero|vente|venga|pasa por|"
    r"te reviso|le reviso|le quitamos|te quitamos|te quiten|le quiten|me lo traes?|me la traes?|sacar turno|saca turno|faltaste|falto)\b"
)
#: the sentence is about public hours or a public clinic, not someone's booking
_PUBLIC = _rx(
    r"\b(?:open|opens|opening|hours|walk-?ins?|all season|closed|drop-?in|anyone|everyone|public|abrimos|abierto|cerrado|horario|atiende|atendemos|"
    r"todos|bienvenidos|sin cita|flu clinics?|vaccine clinics?|annual leave|on leave|off on leave|de vacaciones)\b"
)
_SENTENCE_END = re.compile(r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bdra)(?<!\bsr)(?<!\bsra)(?<!\bst)(?<!\b[a-z])[.!?\n]")
#: a cheap gate before the full name finder: a title, initials or a capitalised known first name
_MAYBE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Don|Doña|[Pp]atient|[Pp]aciente|[Cc]lient)\b|(?<![\w.])[A-Z]\.\s?[A-Z]\."
)
_CAPITALISED = re.compile(r"(?<![\w@#'’])[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")
_CLINICIAN_BEFORE = re.compile(r"(?:\bDr|\bDra|\bDoctor|\bDoctora|\bNurse)\.?\s*$")
_SINGLED = _rx(
    r"(?<![\w.])@[a-z0-9_]|\b(?:my|our) (?:very own |dear |favou?rite |\w+ )?(?:patient|client) (?:who|that|from|in|on)\b|\b(?:mi|nuestr[oa]) paciente (?:que|de)\b"
    r"|\bto the (?:person|lady|guy|woman|man|patient|follower) who\b"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return a, (m.start() if m else len(text))


def _specific(text: str, start: int, end: int) -> bool:
    """Not one end of a range and not a recurring day ("9 to 5", "from Monday", "los jueves")."""
    return not _RANGE_AFTER.search(text[end : end + 12]) and not _RANGE_BEFORE.search(text[max(0, start - 12) : start])


def singles_out_someone(ctx: DraftCtx) -> bool:
    """The draft names or points at a particular person (not the clinician): a name, an @handle, "my patient who..."."""
    key = "singles_out_someone"
    hit = ctx.memo.get(key)
    if hit is None:
        hit = bool(_SINGLED.search(ctx.text)) or _names_someone(ctx)
        ctx.memo[key] = hit
    return bool(hit)


def _names_someone(ctx: DraftCtx) -> bool:
    text = ctx.draft.text
    if not _MAYBE_NAME.search(text) and not any(w.lower() in FIRST_NAMES for w in _CAPITALISED.findall(text)):
        return False
    return any(not _CLINICIAN_BEFORE.search(text[max(0, n.start - 12) : n.start]) for n in find_names(text, ctx.own))


def appointment_mentions(ctx: DraftCtx) -> list[tuple[int, int, int, int]]:
    """(date start, date end, sentence start, sentence end), normalised, of a specific day, date or time joined to a care event in the same sentence, for someone.

    In a post only when the post singles someone out; a sentence about opening hours or a public
    clinic does not count. Memoised on the draft (both this detector and the relationship one use it).
    """
    key = "appointment_mentions"
    cached = ctx.memo.get(key)
    if isinstance(cached, list):
        return cached
    spans: list[tuple[int, int, int, int]] = []
    text = ctx.text
    if _WHEN_GATE.search(text) and (ctx.context is not DraftContext.POST or singles_out_someone(ctx)):
        for m in _SPECIFIC_WHEN.finditer(text):
            if not _specific(text, m.start(), m.end()):
                continue
            a, b = _sentence(text, m.start(), m.end())
            sentence = text[a:b]
            if _PUBLIC.search(sentence) or not _EVENT.search(sentence):
                continue
            spans.append((m.start(), m.end(), a, b))
    out = sorted(set(spans))
    ctx.memo[key] = out
    return out


class AppointmentDetailsDetector(OutgoingDetector):
    name = "appointment_details"
    version = "2"
    finding = Finding.APPOINTMENT_DETAILS
    rules = (*_EN, *_ES)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        if found.evidence:
            return found
        for ws, we, a, b in appointment_mentions(ctx):
            if self._excuses["conditional"](ctx, ws, we) or self._excuses["policy_statement"](ctx, ws, we):
                continue
            s, e = ctx.original_span(a, b)
            found.evidence.append(self.evidence(s, e, ctx.draft.text[s:e], "a specific day, date or time joined to someone's care", "dated_care"))
            break
        return found


__all__ = ["AppointmentDetailsDetector", "appointment_mentions", "singles_out_someone"]
