"""Review feedback: praise, complaints or reviews about care received. Every ``review`` item is one."""

from __future__ import annotations

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.results import Evidence
from docguard.taxonomy import Category, Kind

_S = ("negated",)
_STAFF = r"(?:dr\.?|doctor|doc|nurse|np|pa|staff|front desk|receptionist|reception|office|clinic|practice|team|physician|surgeon|dentist|therapist|provider|she|he|they|everyone)"

RULES = (
    Rule("praise", rf"\b(?:saved (?:my|his|her|our) (?:life|lives|son|daughter|baby|mom|dad|wife|husband)|best (?:doctor|doc|nurse|dentist|physician|surgeon|therapist|care|pediatrician|obgyn|dermatologist|clinic|practice)|highly recommend|would recommend|recommend (?:dr|her|him|this|them)|great bedside manner|bedside manner|took (?:the )?time to (?:listen|explain)|(?:really |actually )?listened to (?:me|us|my)|so (?:kind|caring|patient|thorough|gentle|professional)|(?:thank you|thanks|thank u|grateful|gratitude) (?:so much )?(?:for|to) (?:taking care|caring for|treating|seeing|looking after|helping|everything you did|the care|your care|delivering|the great care|being so)|thank (?:you|u) (?:dr|doctor|nurse|doc)\b.{0,40}\b(?:care|visit|surgery|appointment|treatment|procedure|delivery|helping|helped)|changed my life|(?:five|5)[ -]stars?|★★★★|\b[45](?:\.\d)?/5\b|\b10/10\b)", "praises care received", _S),
    Rule("complaint", rf"\b(?:waited|waiting|wait(?:ed)? for) (?:over |almost |nearly |more than )?(?:\d+|an|two|three|four) (?:hours?|hrs?|minutes|mins|weeks|months)\b|\b{_STAFF} (?:was|were|is|are) (?:so |very |extremely |incredibly |really )?(?:rude|dismissive|condescending|unprofessional|arrogant|cold|careless|disrespectful|terrible|awful|horrible|useless|late|rushed|judgmental|judgemental|incompetent)|\bmisdiagnos\w*|\bnever (?:going|coming) back|\bwon't (?:be )?(?:going|coming) back|\bwould not recommend|\bwouldn't recommend|\bdo not recommend|\bdon't recommend|\bavoid (?:this|her|him|dr)|\bworst (?:doctor|experience|clinic|office|care|service|practice)|\bterrible (?:experience|service|care|doctor)|\b(?:one|1|zero|0) stars?\b|★☆|\b[12](?:\.\d)?/5\b|\bbedside manner\b|\bdidn't (?:even )?(?:listen|look at|examine|care)|\brushed (?:me|us|through)|\bfelt (?:rushed|dismissed|ignored|judged|unheard)", "complains about care received", _S),
    Rule("es_review", r"\b(?:excelente|pesim[oa]|mal(?:a|isim[oa])?|muy buen[oa]|buenisim[oa]|la mejor|el mejor|terrible|horrible) (?:atencion|doctor[a]?|medic[oa]|servicio|trato|experiencia|enfermer[oa]|consultorio|clinica)|\b(?:muy )?(?:atent[oa]|amable|profesional|grosera?|groser[oa]) (?:con|y)\b|\bme (?:salvo|salvaron) la vida|\bespere (?:\d+|dos|tres|cuatro) horas|\bla recomiendo|\blo recomiendo|\bno (?:lo|la|los) recomiendo|\bnunca (?:vuelvo|regreso|volvere)|\bgracias (?:por|a) (?:la atencion|atender\w*|cuidar\w*|todo lo que hizo)", "opina sobre la atención recibida", _S, lang="es"),
)


class ReviewFeedbackDetector(LexiconDetector):
    name = "review_feedback"
    version = "1"
    category = Category.REVIEW_FEEDBACK
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if ctx.item.kind is Kind.REVIEW:
            found.evidence.insert(
                0, Evidence(self.category, 0, 0, "", "the item is a public review", f"{self.name}/kind")
            )
        return found


__all__ = ["ReviewFeedbackDetector"]
