"""Medical advice: asks for advice, diagnosis, treatment, dosing or results for a particular person.

Two ways in: an advice-seeking phrase ("should I take...", "is this normal?") in an item
that speaks of a particular person's health; or a personal health statement ("my son has
had a cough for 3 days") in an item that asks something.
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.text.health import HEALTH
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_ASK_SUPPRESS = ("general_question",)


def _personal_health(ctx: Context) -> bool:
    return ctx.cues.personal_health

RULES = (
    Rule("should_i", r"\bshould (?:i|we|he|she|they|my \w+) (?:take|stop|start|go|be (?:worried|concerned|scared)|worry|see|get|use|try|keep|increase|decrease|lower|double|skip|switch|give|put|ice|rest|avoid|eat|drink|come in|call|wait|push|ask for|be taking|continue|change|cut|mix|apply|pop|still)", "asks what they should do about their health", _ASK_SUPPRESS, when=_personal_health),
    Rule("can_i", r"\b(?:can|could|may) (?:i|we|he|she|my \w+) (?:take|drink|have|stop|mix|give|use|eat|skip|double|combine|get|go back|exercise|fly|travel|breastfeed|run|lift)", "asks whether they can take or do something", _ASK_SUPPRESS, when=_personal_health),
    Rule("is_it_ok", r"\bis (?:it|this|that) (?:ok|okay|safe|normal|bad|dangerous|fine|serious|worrying|concerning|something|anything|an? \w+|cancer|contagious|infected|broken|sprained|allergic|a problem|too (?:high|low|much))\b|\b(?:are|is) (?:these|those|my|his|her) \w+ (?:normal|ok|okay|bad|serious|too (?:high|low))", "asks whether something is normal, safe or serious", _ASK_SUPPRESS, when=_personal_health),
    Rule("what_do", r"\bwhat (?:should|can|do|could|would) (?:i|we) (?:do|take|give|use|try|put|eat|expect)|\bwhat (?:would|do) (?:you|u) (?:recommend|suggest|advise|prescribe|think)|\bwhat (?:do|should) (?:i|we) do\b|\bwhat (?:can|should) (?:i|we) (?:give|do for) (?:him|her|them|my)|\bdo (?:i|we|he|she) need (?:to|a|an|antibiotics|stitches|an? \w+)|\bdo (?:you|u) think (?:i|it|it's|its|my|this|he|she|i'm|im)\b|\bcould (?:it|this|that) be\b|\bhow (?:much|many|often|long) (?:\w+ ){0,3}(?:should|can|do) (?:i|he|she|we|my)\b|\bwhat dose\b|\bhow do i (?:treat|get rid|stop|fix|know if|cure|heal|manage|lower)|\bany (?:advice|tips|ideas|suggestions|recommendations)\b|\bwhat(?:'s| is) wrong with (?:me|my|him|her)|\bhelp me (?:understand|figure out|with my)|\bwhat does (?:my|this|his|her|it) (?:\w+ )?(?:mean|result|number|level|reading)", "asks for advice, a diagnosis or an interpretation", _ASK_SUPPRESS, when=_personal_health),
    Rule("my_results", r"\b(?:my|his|her) (?:labs?|results?|a1c|blood pressure|bp|cholesterol|tsh|psa|ldl|hdl|glucose|sugar|levels?|numbers?|scan|mri|x-?ray|ct|biopsy|test|bloodwork|blood work|pap|mammogram|ekg|ecg|vitamin d|iron|ferritin) (?:came back|is|was|are|were|shows?|showed|said|says|reading|at|of)\b", "asks about the meaning of their own results", _ASK_SUPPRESS),
    # Spanish
    Rule("es_ask", r"\b(?:debo|deberia|puedo|podria|tengo que|le doy|le puedo dar|me tomo|me puedo tomar|es normal|es grave|es peligroso|sera|que (?:me|le) (?:pongo|doy|tomo|recomienda)|que hago|que debo hacer|que me recomienda|cuanto (?:le doy|tomo|debo tomar)|que significa (?:mi|el|este))\b", "pide consejo médico personal", _ASK_SUPPRESS, lang="es", when=_personal_health),
)

_STATEMENT = re.compile(
    fold_pattern(
        rf"\b(?:i|i've|ive|i'm|im|my (?:\w+ )?\w+|he|she|he's|she's|they|yo|mi (?:\w+ )?\w+|me|le)\b"
        rf"(?:\s\S+){{0,6}}?\s{HEALTH}\b"
    )
)


class MedicalAdviceDetector(LexiconDetector):
    name = "medical_advice"
    version = "1"
    category = Category.MEDICAL_ADVICE
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if found.evidence or not ctx.cues.question or not ctx.cues.personal_health:
            return found
        text = ctx.cues.norm.text
        m = _STATEMENT.search(text)
        if m:
            found.evidence.append(
                self.evidence_at(ctx, m.start(), m.end(), "describes a particular person's health and asks about it", "personal_question")
            )
        return found


__all__ = ["MedicalAdviceDetector"]
