"""vague_reassurance: reassurance about a particular person's symptoms without an assessment.

"Most headaches are not serious" in a post is education; "I'm sure it's nothing" in reply to
someone's symptoms is a guess that may keep them from care. So are promises that something
will pass ("it'll settle, promise", "se te pasa pronto"), putting a symptom down to something
minor ("probably just stress", "seguro es el café") and "you'll be right as rain".
"""

from __future__ import annotations

import re

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.detect.outgoing.excuse import answers_own_health
from docguard.results import DraftExcuse
from docguard.taxonomy import Category, Finding
from docguard.text.health import HEALTH_RX
from docguard.text.normalise import fold_pattern

_FINE = (
    r"(?:nothing serious|nothing sinister|nothing to worry about|nothing to worry|nothing worrying|nothing major|not serious|not anything serious|not a big deal|no big deal|"
    r"totally normal|perfectly normal|completely normal|nothing|fine|ok|okay|normal|benign|harmless|alright|all right|common|grand|all good)"
)
# Minor causes a symptom is put down to, without an assessment.
_MINOR = (
    r"(?:stress|stressed|anxiety|a virus|viral|hormones|hormonal|growing pains|muscle strain|muscular|a muscle|a pulled muscle|gas|wind|indigestion|nerves|tiredness|tired|sleepy|"
    r"dehydration|dehydrated|a cold|allergies|teething|a phase|your age|age|a bug|a tummy bug|a stomach bug|something you ate|a bruise|bruising|a cyst|a pimple|a rash|"
    r"a floater|floaters|screen time|from screen time|the coffee|caffeine|too much coffee|a reaction|a sprain|a bad sprain|a growth spurt|ovulation|your period|period pain|"
    r"a blocked duct|wax|ear wax|a cold sore|a spot|a graze|heat rash|a heat rash|normal|benign|nothing|a bit of \w+)"
)

_PUBLIC = ("spoken_to_the_public", "general_education", "conditional")

_EN = (
    OutRule("im_sure", rf"\b(?:i'm|im|i am|i'd be) (?:sure|certain|positive|confident|surprised if) (?:that )?(?:it's|its|it is|that's|thats|you're|youre|you'll|it'll|he's|she's|they're|"
            rf"\w+'s|(?:your|the|that|this|his|her|my) \w+ (?:is|are|was|will be)|this is|it|it was|it's not|its not) (?:\w+ ){{0,2}}?(?:{_FINE}|just|going to be fine|be fine|anything)\b|\bi bet (?:it's|its|that's) (?:just|nothing)\b"
            r"|\b(?:i'm|im|i am) sure (?:it'll|it will|that'll|they'll|he'll|she'll|you'll) (?:go|pass|settle|clear|heal|calm|ease|be)\b",
            "reassures without an assessment", _PUBLIC),
    OutRule("its_nothing", rf"\b(?:it's|its|it is|that's|thats|this is|sounds|looks|seems|that sounds|it sounds|that looks|it looks|it seems|(?:they|those|these|yours?) (?:look|are|all look)) (?:like )?"
            rf"(?:probably |likely |most likely |almost certainly |definitely |totally |completely |perfectly |pretty |very |just |really |honestly |absolutely |all )?{_FINE}\b(?! to\b(?! me\b| be\b| us\b)| with\b| for (?:you|him|her|them) to\b| personal\b| compared\b| like\b| but\b| new\b)"
            r"|\b(?:totally|perfectly|completely|entirely|very) normal (?:at this stage|for (?:the first|someone|this stage|a few)|after|in the first|with)\b|\bnothing sinister\b",
            "says someone's symptoms are nothing to worry about, without an assessment", (*_PUBLIC, "negated", "policy_statement")),
    OutRule("youll_be_fine", r"\b(?:you'll|you will|youll|u will|u'll|he'll|she'll|they'll|the baby will|baby will|it'll|it will|everything will|all will|you're going to|he's going to|she's going to) "
            r"(?:be|turn out|come out|feel) (?:just |totally |absolutely |completely |totally )?(?:fine|ok|okay|alright|all right|great|good|grand|right as rain|right|better in no time|back to normal)\b"
            r"|\b(?:you'll|you will|youll|he'll|she'll) be (?:back (?:on|to|at|in) (?:\w+ ){0,2}?(?:in|by|within)|walking (?:by|in|again)|running (?:by|in|again)|better by|fine by|over it by)\b"
            r"|\b(?:your|the) (?:little one|baby|bub|boy|girl|son|daughter|kid|child|toddler|husband|wife|partner|mum|mom|dad|\w+) (?:will|'ll) (?:be )?(?:absolutely |totally |completely |just )?(?:fine|ok|okay|alright|grand)\b"
            r"|\b(?:you're|youre|you are|he's|she's|your \w+'s|your \w+ is) (?:totally |absolutely |completely |honestly |perfectly )?(?:fine|ok|okay|alright|grand)\b(?! (?:to|with|for|by|if))"
            r"|\byou're (?:young and healthy|young and fit|too young for)\b",
            "promises someone they will be fine", _PUBLIC),
    OutRule("right_as_rain", r"\b(?:right as rain|fit as a fiddle|fighting fit|back on (?:your|his|her|their) feet in no time)\b", "promises someone they will be well", _PUBLIC),
    OutRule("settles_on_its_own", r"\b(?:will|should|'ll|tends to|tend to|usually|normally) (?:settle|calm|pass|clear|heal|resolve|go away|wear off|ease|fade|sort itself out|get better)(?: down| up| off)? "
            r"(?:on (?:its|their) own|by itself|by themselves|with time)\b",
            "promises someone's symptoms will pass by themselves", _PUBLIC),
    OutRule("dont_worry", r"\b(?:don't|dont|do not|no need to|nothing to|try not to|please don't|please dont|i wouldn't|i wouldnt|i would not|wouldn't|don't you) (?:worry|panic|stress|overthink|fret|lose sleep)\b(?!.{0,30}\b(?:cancel|reschedul|bill|form|paperwork|call us|late|wait|ask|question|review|feedback|fee|payment|paying|booking|session|appointment|visit|consult|time|schedul|parking|forms)\w*)(?: about (?:it|that|this|the \w+|your \w+))?",
            "tells someone not to worry about their symptoms", _PUBLIC),
    OutRule("probably_just", rf"\b(?:probably|likely|most likely|prob|just|only|almost certainly|definitely|bet it's|bet its|sure it's|sure its|i reckon|i think it's|i think its) (?:just |only |from |down to |due to )?{_MINOR}\b",
            "puts someone's symptoms down to something minor, without an assessment", (*_PUBLIC, "negated")),
    OutRule("goes_away", r"(?<!\band )\b(?:it|this|that|these|they|the \w+|your \w+|he|she)(?:'ll| will| should| usually| often| normally| tends to| tend to| always| is going to| will probably| should just) "
            r"(?:go away|clear up|clear|pass|resolve|settle(?: down)?|heal|get better|sort itself out|wear off|ease off|ease|calm down|fade|stop|improve|disappear|go down|come right)\b"
            r"(?: (?:on (?:its|their) own|by itself|by themselves|in a (?:few|couple of) (?:days|weeks)|in a (?:day|week|month) or two|soon|with time|in no time|quickly|promise|it always does|before (?:you know it|long)|over the next))?"
            r"|\b(?:usually|often|normally|typically|generally) (?:settles?|pass(?:es)?|resolves?|wears? off|eases?|improves?|fades?|goes away|clears? up|heals?|calms? down)\b"
            r"|\b(?:feel|get) worse before (?:they|it|you) (?:feel|get) better\b|\bit always does\b"
            r"|\bif it (?:was|were|had been) (?:broken|fractured|serious|infected|anything serious) (?:you'd|youd|you would|he'd|she'd|it would)\b|\b(?:won't|wont|will not) (?:hurt|harm) (?:you|him|her|them|the baby)\b",
            "promises someone's symptoms will pass", _PUBLIC),
)

_ES = (
    OutRule("no_te_preocupes", r"\bno (?:te|se) preocupe?s?\b|\bes (?:totalmente |completamente |muy )?normal(?:isimo|isima)?\b|\bno pasa nada\b|\b(?:usted|tu|vos) (?:esta|estas) (?:perfectamente|perfect[oa]|san[oa]|sanisim[oa]|estupendamente)\b",
            "tranquiliza sin valoración", ("spoken_to_the_public", "general_education", "conditional", "negated"), "es"),
    OutRule("no_es_nada", r"\b(?:seguro que |seguramente |probablemente |tranquil[oa],? )?no (?:es|sera) nada(?: grave| importante| serio)?\b(?! personal| contra| que ver| de eso| mas| comparado)"
            r"|\b(?:vas|va|van) a estar (?:bien|perfectamente)\b|\bestaras bien\b|\b(?:es|sera) (?:solo|solamente) (?:estres|ansiedad|un virus|nervios|gases|cansancio|un resfriado|la edad)\b"
            r"|\b(?:se (?:te|le) (?:pasara|quitara|pasa|quita|va a pasar|va a quitar|ira)|se pasa solo|se quita solo|se va sol[oa]|se cura sol[oa])\b"
            r"|\bno creo que (?:sea|tengas|tenga) (?:nada|algo grave|importancia)\b|\bnada (?:de que|por lo que|de lo que) preocupar(?:te|se)\b|\bno (?:le|te) (?:des|de) (?:vueltas|mas vueltas)\b"
            r"|\bno te (?:agobies|rayes|asustes)\b|\bya veras (?:que|como) (?:\w+ ){0,2}?(?:se|mejor\w*|estas|esta|te|pasa\w*|quita\w*)\b"
            r"|\b(?:seguro que |seguramente |probablemente )?no (?:es|sera|parece) (?:grave|serio|importante|nada serio)\b",
            "tranquiliza sin valoración", ("spoken_to_the_public", "general_education", "conditional", "negated"), "es"),
    OutRule("seguro_es", r"\b(?:seguro|seguramente|seguro que|de seguro|fijo que|probablemente|sera|es solo|solo es|es nada mas) (?:es |sea |que es )?(?:una? |el |la |los |algo )?"
            r"(?:estres|ansiedad|nervios|los nervios|cafe|el cafe|cafeina|cansancio|gases|un virus|virus|una mala racha|mala racha|muscular|algo muscular|un ganglio|ganglio|la edad|hormonal|"
            r"las hormonas|un golpe|golpe|un resfriado|resfriado|un catarro|catarro|deshidratacion|calor|alergia|un lunar|lunar|normal|benigno|benigna|nada)\b",
            "atribuye los síntomas de alguien a algo leve, sin valoración", ("spoken_to_the_public", "general_education", "conditional", "negated"), "es"),
)

# Symptoms and complaints the shared health vocabulary does not hold, so reassurance about them still counts.
_MORE_HEALTH = re.compile(
    fold_pattern(
        r"\b(?:stress|nerves|little one|baby|bub|toddler|bounce back|dolor\w*|twinges?|tingling|numbness|numb|soreness|sensitivity|palpitations|floaters?|sleepy|spasms?|tight|tightness|swollen|"
        r"bloods|potassium|sodium|inr|healing|heal|scar|stitches|implant|crown|filling|extraction|bruis\w*|dizzy|dizziness|nervios|estres|lunar|ganglio|"
        r"healthy|palpitaciones|molestias?|hormigueo|adormecid\w*|cicatriz|puntos|sintoma\w*|mala racha|animo|bajon)\b"
    )
)
# Words that make reassurance about health on their own, even inside a wider match ("she'll be right as rain").
_SELF_EVIDENT_WORDS = re.compile(r"\bnothing (?:serious|sinister)\b|\bnot serious\b|\bon (?:its|their) own\b|\bby (?:itself|themselves)\b|\bright as rain\b|\bfit as a fiddle\b")
_HEALTH_CATEGORIES = frozenset({Category.EMERGENCY, Category.SELF_HARM, Category.MEDICAL_ADVICE, Category.GENERAL_QUESTION, Category.EMOTIONAL_DEPENDENCY})
# Rules that name a symptom's cause or course themselves: they need no separate health subject.
_SELF_EVIDENT = frozenset({"probably_just", "seguro_es", "right_as_rain", "no_es_nada", "settles_on_its_own"})


class VagueReassuranceDetector(OutgoingDetector):
    name = "vague_reassurance"
    version = "2"
    finding = Finding.VAGUE_REASSURANCE
    rules = (*_EN, *_ES)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        """Reassurance counts only where someone's health is the subject ("don't worry about rescheduling" is not)."""
        if not found.evidence or _health_subject(ctx):
            return found
        kept = [e for e in found.evidence if e.detector.rsplit("/", 1)[-1] in _SELF_EVIDENT or _SELF_EVIDENT_WORDS.search(e.text.lower())]
        found.suppressed.extend(
            DraftExcuse(e.finding, e.start, e.end, e.text, "no_health_subject", self.name) for e in found.evidence if e not in kept
        )
        found.evidence[:] = kept
        return found


def _health_subject(ctx: DraftCtx) -> bool:
    """The draft, or the message it answers, is about someone's health."""
    if HEALTH_RX.search(ctx.text) or _MORE_HEALTH.search(ctx.text):
        return True
    if ctx.inbound is not None and _HEALTH_CATEGORIES.intersection(ctx.inbound.categories):
        return True
    return answers_own_health(ctx)


__all__ = ["VagueReassuranceDetector"]
