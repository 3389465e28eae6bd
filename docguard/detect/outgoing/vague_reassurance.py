"""vague_reassurance: reassurance about a particular person's symptoms without an assessment.

"Most headaches are not serious" in a post is education; "I'm sure it's nothing" in reply to
someone's symptoms is a guess that may keep them from care.
"""

from __future__ import annotations

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.results import DraftExcuse
from docguard.taxonomy import Category, Finding
from docguard.text.health import HEALTH_RX

_FINE = r"(?:nothing|fine|ok|okay|normal|benign|harmless|no big deal|not serious|nothing serious|nothing to worry about|not a big deal|not anything serious|alright|all right|totally normal|perfectly normal|completely normal|common|nothing major)"

_EN = (
    OutRule("im_sure", rf"\b(?:i'm|im|i am) (?:sure|certain|positive|confident) (?:that )?(?:it's|its|it is|that's|thats|you're|youre|you'll|it'll|he's|she's|they're|your \w+ (?:is|are)|this is|it) (?:\w+ ){{0,2}}?(?:{_FINE}|just|going to be fine|be fine)\b",
            "reassures without an assessment", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("its_nothing", rf"\b(?:it's|its|it is|that's|thats|this is|sounds|looks|seems|that sounds|it sounds|that looks|it looks|it seems) (?:like )?(?:probably |likely |most likely |almost certainly |definitely |totally |completely |perfectly |pretty |very |just )?{_FINE}\b",
            "says someone's symptoms are nothing to worry about, without an assessment", ("addressed_to_an_audience", "general_statement", "conditional", "negated", "policy_statement")),
    OutRule("youll_be_fine", r"\b(?:you'll|you will|youll|u will|he'll|she'll|they'll|the baby will|baby will|it'll|it will|everything will|all will) (?:be|turn out|come out) (?:just |totally |absolutely )?(?:fine|ok|okay|alright|all right|great|good)\b",
            "promises someone they will be fine", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("dont_worry", r"\b(?:don't|dont|do not|no need to|nothing to) (?:worry|panic|stress)(?: about (?:it|that|this|the \w+|your \w+))?\b(?!.{0,30}\b(?:cancel|reschedul|bill|form|paperwork|call us|late|wait|ask)\w*)",
            "tells someone not to worry about their symptoms", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("probably_just", r"\b(?:probably|likely|most likely|prob|just|only|almost certainly|bet it's|bet its) (?:just |only )?(?:stress|anxiety|a virus|viral|hormones|hormonal|growing pains|muscle strain|"
            r"a pulled muscle|gas|indigestion|nerves|tiredness|dehydration|a cold|allergies|teething|a phase|your age|age|a bug|a tummy bug|something you ate|a bruise|a cyst|a pimple|a rash)\b",
            "puts someone's symptoms down to something minor, without an assessment", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("goes_away", r"\b(?:it|this|that|these|they|the \w+) (?:will|should|usually|often|tends to|tend to|'ll) (?:go away|clear up|pass|resolve|settle(?: down)?|heal|get better|sort itself out) (?:on (?:its|their) own|by itself|by themselves|in a (?:few|couple of) days|soon|with time)\b",
            "promises someone's symptoms will pass", ("addressed_to_an_audience", "general_statement", "conditional")),
)

_ES = (
    OutRule("no_es_nada", r"\b(?:seguro que |seguramente |probablemente |tranquil[oa],? )?no (?:es|sera) nada(?: grave| importante| serio)?\b|\bes (?:totalmente |completamente |muy )?normal\b"
            r"|\b(?:vas|va|van) a estar (?:bien|perfectamente)\b|\bno (?:te|se) preocupe?s?\b|\b(?:es|sera) (?:solo|solamente) (?:estres|ansiedad|un virus|nervios|gases|cansancio|un resfriado|la edad)\b"
            r"|\b(?:se (?:te|le) (?:pasara|quitara)|se pasa solo|se quita solo)\b",
            "tranquiliza sin valoración", ("addressed_to_an_audience", "general_statement", "conditional", "negated"), "es"),
)


class VagueReassuranceDetector(OutgoingDetector):
    name = "vague_reassurance"
    version = "1"
    finding = Finding.VAGUE_REASSURANCE
    rules = (*_EN, *_ES)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        """Reassurance counts only where someone's health is the subject ("don't worry about rescheduling" is not)."""
        if not found.evidence or HEALTH_RX.search(ctx.text) or _inbound_health(ctx):
            return found
        found.suppressed.extend(DraftExcuse(e.finding, e.start, e.end, e.text, "no_health_subject", self.name) for e in found.evidence)
        found.evidence.clear()
        return found


_HEALTH_CATEGORIES = frozenset({Category.EMERGENCY, Category.SELF_HARM, Category.MEDICAL_ADVICE, Category.GENERAL_QUESTION, Category.EMOTIONAL_DEPENDENCY})


def _inbound_health(ctx: DraftCtx) -> bool:
    """The draft answers a message about someone's health."""
    return ctx.inbound is not None and bool(_HEALTH_CATEGORIES.intersection(ctx.inbound.categories))


__all__ = ["VagueReassuranceDetector"]
