"""disparaging: mocking or running down patients, a patient, or the person who wrote a review."""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

_INSULT = (
    r"(?:idiots?|idiotic|stupid|dumb|morons?|moronic|clueless|lazy|whiny|whiners?|whining|crazy|nuts|psycho|drama queens?|hypochondriacs?|lunatics?|"
    r"pathetic|ridiculous|annoying|gross|disgusting|slobs?|druggies|druggie|junkies?|drug seekers?|drug-seeking|drug seeking|frequent flyers?|frequent fliers?|"
    r"non-?compliant|nutcases?|entitled|liars?|lying|fakers?|faking it|attention seekers?|attention-seeking|crazies|weirdos?|losers?|trolls?|karens?|"
    r"difficult|impossible|a nightmare|a piece of work|a pain|brain cells|illiterate|can't read|cant read|can't follow (?:\w+ )?instructions|"
    r"cant follow (?:\w+ )?instructions|never follow\w* (?:\w+ )?(?:instructions|advice)|waste of (?:my |our )?time|delusional|hysterical|emjlaugh)"
)
_TARGET = (
    r"(?:patients?|people|folks|clients|this (?:guy|lady|woman|man|dude|patient|reviewer|person|one|mom|dad|kid|family)|that (?:guy|lady|woman|man|patient|reviewer|person|family)|"
    r"these (?:people|patients|folks|parents|moms)|some (?:people|patients|folks|parents)|reviewers?|the (?:guy|lady|woman|man|patient|reviewer|mom|dad|family|parents?) (?:who|in|from|with|that)|"
    r"my \d{1,2} ?(?:am|pm|o'clock)|you|u|he|she|they)"
)

_EN = (
    OutRule("insult", rf"\b{_TARGET}\b (?:\w+ ){{0,8}}?{_INSULT}\b", "runs down a patient or patients", ("negated", "conditional")),
    OutRule("labels", r"\b(?:frequent flyers?|frequent fliers?|drug seekers?|drug-seeking|hypochondriacs?|gomers?|karens?|(?:dr\.? )?google (?:warriors?|graduates?|degrees?|md)|"
            r"webmd (?:warriors?|degree|md|diagnos\w+)|you can't fix stupid|cant fix stupid|can't fix stupid|doctor google|dr google|google degree|"
            r"another one who (?:googled|read|thinks|thought)|(?:some|these) people (?:just )?(?:can't|cant|don't|dont|never|refuse)|smh|facepalm|eye ?roll)\b",
            "uses a mocking label for patients", ("negated",)),
    OutRule("you_are", r"\b(?:you're|youre|you are|you were|ur) (?:clearly |obviously |just |simply |being )?(?:a |an )?(?:liar|lying|crazy|delusional|rude|entitled|abusive|aggressive|"
            r"drug seeker|troll|bitter|unhinged|ungrateful|unreasonable|hysterical|dramatic|difficult)\b|\b(?:get a life|nobody cares|people like you|good riddance|"
            r"(?:go|take your business) elsewhere|don't come back|dont come back|go cry|cry more|grow up)\b",
            "attacks the person who wrote", ("negated", "conditional")),
    OutRule("mocking", r"\b(?:lol|lmao|haha\w*|emjlaugh) (?:at )?(?:the|this|that|my|these|some) (?:guy|lady|woman|man|patient|patients|mom|dad|people|reviewer)\b"
            r"|\b(?:the|this|that|my) (?:guy|lady|woman|man|patient|mom|dad) (?:who|that) (?:thought|thinks|swore|insisted|googled|came in)\b(?:.{0,80}?)\b(?:lol|lmao|haha\w*|emjlaugh|🙄)",
            "mocks a patient"),
)

_ES = (
    OutRule("insulto", r"\b(?:pacientes?|gente|este senor|esta senora|la senora|el senor|este tipo|esta tipa|este paciente|esta paciente|usted|tu)\b (?:\w+ ){0,8}?"
            r"(?:idiotas?|tont[oa]s?|estupid[oa]s?|pesad[oa]s?|loc[oa]s?|exagerad[oa]s?|quejic[oa]s?|hipocondriac[oa]s?|ignorantes?|mentiros[oa]s?|maleducad[oa]s?|insoportables?|pesadilla)\b",
            "desprecia a un paciente o a los pacientes", ("negated", "conditional"), "es"),
    OutRule("etiquetas", r"\b(?:doctor google|dr google|los que se creen medicos|no hay quien los entienda|hay cada uno|que paciencia con)\b", "usa una etiqueta burlona para pacientes", ("negated",), "es"),
)


class DisparagingDetector(OutgoingDetector):
    name = "disparaging"
    version = "1"
    finding = Finding.DISPARAGING
    rules = (*_EN, *_ES)


__all__ = ["DisparagingDetector"]
