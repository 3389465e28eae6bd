"""appointment_details: a particular person's appointment or procedure, with its time, date or details.

Public opening hours and a flu-shot clinic in a post are not someone's appointment; "your
colonoscopy is Thursday at 8" in a reply is.
"""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

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
    OutRule("your_appt_when", rf"\b(?:your|ur|his|her|their) (?:\w+ )?{_APPT}\b (?:\w+ ){{0,5}}?(?:is |was |has been |'s |got |been )?(?:\w+ )?(?:on |at |for |to |until )?{_WHEN}",
            "gives the time or date of someone's appointment", ("addressed_to_an_audience", "conditional")),
    OutRule("appt_set", rf"\b(?:your|ur|his|her) (?:\w+ )?{_APPT} (?:is|was|has been|got|will be|'s been) (?:now |all |been )?(?:booked|scheduled|moved|rescheduled|confirmed|set|cancell?ed|"
            r"pushed|brought forward|changed|approved|arranged)\b",
            "says someone's appointment was booked, moved or cancelled", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("booked_you", rf"\b(?:booked|scheduled|moved|rescheduled|put|pencilled|penciled|squeezed|fit|slotted|got) you (?:in |down )?(?:for|on|at|to|into|in) (?:\w+ ){{0,3}}?(?:{_APPT}|{_WHEN})"
            rf"|\byou(?:'re| are|re) (?:all )?(?:booked|scheduled|down|confirmed|set) (?:in )?(?:for|on|at) (?:\w+ ){{0,3}}?(?:{_APPT}|{_WHEN})",
            "books or moves someone's appointment", ("addressed_to_an_audience", "conditional")),
    OutRule("see_you_when", rf"\bsee you (?:again )?(?:on |at |next |this )?{_WHEN}|\bsee you (?:at|for) your\b|\bwe(?:'ll| will) see you (?:on |at |next |this )?{_WHEN}",
            "names when someone is expected for care", ("addressed_to_an_audience", "conditional")),
    OutRule("prep", r"\b(?:no (?:food|eating|drinking)|nothing to eat|fast(?:ing)?|stop eating) (?:after|from|before) (?:midnight|\d{1,2} ?(?:am|pm)|your)\b"
            r"|\b(?:arrive|come in|get here|be here|check in) (?:\d{1,2} minutes early |early )?(?:at|by|on) \d{1,2}|\bbring (?:your|the) (?:\w+ ){0,2}(?:to|for) your (?:\w+ )?" + _APPT,
            "gives someone's preparation or arrival instructions", ("addressed_to_an_audience", "conditional")),
)

_ES = (
    OutRule("su_cita_cuando", r"\b(?:tu|su) (?:cita|consulta|revision|operacion|cirugia|intervencion|analitica|analisis|ecografia|resonancia|limpieza|sesion|extraccion|endoscopia|colonoscopia)\b"
            r" (?:\w+ ){0,4}?(?:es|esta|queda|quedo|sera|fue|ha sido)? ?(?:\w+ )?(?:el|para el|a las|manana|hoy|este|el proximo|la proxima) ",
            "da la fecha u hora de la cita de alguien", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("te_esperamos", r"\b(?:te|le|los|las) (?:esperamos|vemos|agendamos|citamos|cambiamos la cita|movimos la cita|apuntamos|anotamos) (?:el|manana|hoy|a las|este|el proximo|para el|para)\b"
            r"|\b(?:nos vemos|hasta) (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|a las \d)",
            "cita a alguien para un día u hora", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("ayuno", r"\b(?:ven|venga|acude|acuda|llega|llegue) (?:en ayunas|\d{1,2} minutos antes)\b|\ben ayunas (?:desde|a partir de)\b",
            "da instrucciones de preparación o llegada a alguien", ("addressed_to_an_audience", "conditional"), "es"),
)


class AppointmentDetailsDetector(OutgoingDetector):
    name = "appointment_details"
    version = "1"
    finding = Finding.APPOINTMENT_DETAILS
    rules = (*_EN, *_ES)


__all__ = ["AppointmentDetailsDetector"]
