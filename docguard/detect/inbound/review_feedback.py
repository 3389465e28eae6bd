"""Review feedback: praise, complaints or reviews about care received. Every ``review`` item is one.

In DMs, comments and mentions the rules look for: thanks for care ("thank you for squeezing me
in", "huge thanks to the ER crew who stitched my son"), a story of care told with feeling ("you
delivered all three of our kids 💕", "the way you handled my dad's diagnosis was cold"),
praise of the clinician or practice ("best pediatrician we've ever had", "bedside manner"),
complaints about the service ("waited 2 hours", "third time my refill was lost, really
frustrated") and ratings. Praise of a post or video ("5 stars for this video", "best doctor
content on here") is not feedback on care: those matches are kept as suppressed.
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.results import Evidence, Suppression
from docguard.taxonomy import Category, Kind
from docguard.text.normalise import fold_pattern

_S = ("negated",)
_NONE: tuple[str, ...] = ()
_STAFF = (
    r"(?:dr\.?|doctor|doc|nurse|nurses|np|pa|staff|front desk|receptionist|reception|office|clinic|practice|team|physician|"
    r"surgeon|dentist|therapist|provider|midwife|tech|assistant|everyone|she|he|they|you)"
)
_WHO = (
    r"(?:you|u|usted|your (?:\w+ )?(?:team|staff|nurses?|office|clinic|practice|crew|unit)|"
    r"the (?:\S+ ){0,3}?(?:nurses?|doctors?|team|staff|crew|np|pa|surgeon|therapist|physical therapist|midwife|physio|dentist|unit|ward|er|icu)|"
    r"dr\.? \w+(?:-\w+)?|she|he|they)"
)
_CARE_ACT = (
    r"(?:stitched|sewed|delivered|fixed|saved|diagnosed|spotted|caught|ran (?:the|all the|some) tests|operated|treated|cared for|"
    r"took (?:such )?(?:good |great )?care of|listened to|explained everything|explained (?:it|things) (?:so|to)|"
    r"made (?:my|the|his|her|our) (?:\S+ ){0,6}?(?:so much |much |a lot )?(?:gentler|easier|better|bearable|less scary|calmer|possible)|"
    r"gave (?:my|me|him|her|us)|got (?:my|me|him|her|us) (?:\w+ )?through|getting (?:my|me|him|her|us) (?:\w+ )?through|helped (?:my|me|him|her|us)|figured out|"
    r"found (?:my|the|out)|removed|set (?:my|his|her)|checked on|handled|pulled|reset|"
    r"(?:were|was) (?:my|his|her|our) (?:\w+ )?(?:doctor|oncologist|surgeon|pediatrician|paediatrician|nurse|midwife|gp|therapist|physician|cardiologist|ob|obgyn|dentist)|atendio|atendi\w+|me salvo|salvo|opero|me saco|le saco|cuido)"
)
_THANKS = r"(?:thank you|thanks|appreciate (?:you|it|your \w+)|really appreciate|thank u|thx|ty|grateful|gratitude|big thanks|huge thanks|many thanks|mil gracias|gracias|agradezco|agradecid[oa])"
_THANKED_FOR = (
    r"(?:taking (?:such )?(?:good |great )?care|caring for|treating|seeing (?:me|us|my|him|her)|fitting (?:me|us|him|her) in|squeezing (?:me|us|him|her) in|"
    r"getting (?:me|us|him|her) in|listening|taking (?:the )?time(?! to (?:make|share|post|write|film|explain this))|taking (?:my|his|her|our) \w+ seriously|"
    r"being so (?:kind|patient|gentle|thorough|caring|calm|understanding)|the (?:great |amazing |wonderful |excellent |kind |gentle )?care|your care|"
    r"everything (?:you|your team) did|all (?:you did|you've done|you have done)|delivering|stitch\w*|fixing|saving|diagnos\w*|catching|checking on|"
    r"looking after|getting (?:my|me|him|her|us) (?:\w+ )?through|the (?:surgery|procedure|operation|delivery|treatment|checkups?|stitches)|"
    r"(?:my|his|her|our) (?:surgery|procedure|operation|delivery|treatment|care|stay|recovery)|\d+ years of|"
    r"the (?:cream|meds|medication|medicine|prescription|advice|referral|inhaler|antibiotics?|exercises)(?= from (?:my|the|our) (?:last )?(?:visit|appointment)| you (?:prescribed|gave|recommended))|"
    r"atender\w*|escuchar\w*|cuidar\w*|tratar\w*|salvar\w*|la atencion|su atencion|tu atencion|todo lo que (?:hizo|hicieron)|su paciencia|operar\w*)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "thanks_for_care",
        rf"\b{_THANKS}\b(?: \S+){{0,6}}? (?:for|to|por|a|al) (?:\S+ ){{0,5}}?{_THANKED_FOR}|\bappreciate (?:you|u|your team|y'all) {_THANKED_FOR}",
        "thanks the clinician or team for care received",
        _S,
    ),
    Rule(
        "because_of_you",
        r"\b(?:because of|thanks to|all thanks to|gracias a) (?:you|u|usted|ti|your (?:team|care|staff|nurses)|dr\.? \w+|su (?:equipo|atencion))\b"
        r"|\b(?:still here|walking again|alive today|can (?:hear|walk|see|breathe) (?:again|now)|finally an answer|finally (?:got )?(?:a )?diagnos\w*) (?:because|thanks)"
        r"|\bplease (?:thank|tell) (?:her|him|them|the \w+) (?:thank you )?(?:for me|from)|\b(?:thank you|thanks|gracias) (?:so much )?@[\w.]+",
        "credits the clinician's care for an outcome",
        _S,
    ),
    Rule(
        "outcome",
        r"\b(?:finally gone|all gone|(?:is|are|has|have) cleared up|fully healed|recovered|back to normal|cancer[- ]free|in remission|walking (?:again|now|with)|"
        r"can (?:hear|walk|see|run|sleep|breathe|eat|play|talk) (?:\S+ ){0,3}?(?:again|now)|still have all \d+ fingers|ya (?:camina|puede|esta bien))\b",
        "reports a good outcome of care, with thanks",
        _S,
    ),
    Rule(
        "praise",
        r"\b(?:saved (?:my|his|her|our) (?:life|lives|son|daughter|baby|mom|dad|wife|husband|leg|arm|eye|sight)"
        r"|(?:best|greatest|nicest|kindest|most (?:caring|thorough|patient)) (?:\w+ )?(?:doctor|doc|gp|nurse|dentist|physician|surgeon|therapist|pediatrician|paediatrician|obgyn|ob|dermatologist|cardiologist|oncologist|midwife|np|pa|care|clinic|practice|office|bedside manner|experience)\b(?! (?:content|videos?|posts?|accounts?|page|channel|on (?:here|tiktok|instagram|youtube|x|twitter)))"
        r"|highly recommend|would recommend|(?:definitely|totally|100%) recommend|recommend (?:dr|her|him|this (?:doctor|office|practice|clinic)|them)\b"
        r"|bedside manner|took (?:the )?time to (?:listen|explain)|(?:really |actually )?listened to (?:me|us|my)|took (?:my|his|her|our) (?:\w+ )?(?:seriously|concerns? seriously)"
        r"|so (?:kind|caring|patient|thorough|gentle|professional|compassionate|chill|calm) (?:with|about|during|to)|(?:thank you|thanks|thank u) (?:dr|doctor|nurse|doc)\b.{0,40}\b(?:care|visit|surgery|appointment|treatment|procedure|delivery|helping|helped)"
        r"|changed my life|so glad i found (?:you|your|this (?:practice|clinic|office|doctor))|(?:whole|entire) (?:\w+ )?(?:staff|team|office|crew) (?:was|were|is|are) (?:so |just |absolutely )?(?:amazing|great|wonderful|fantastic|awesome|lovely|incredible|so kind|kind)"
        r"|good care deserves|how painless|you(?:'re| are|re)(?: guys| all)? (?:a|an|such a|an absolute|the) (?:gem|saint|angel|rock ?star|treasure|lifesaver|life saver|hero|godsend|blessing|real one)\b"
        r"|(?:never had|never met|never seen|first time i've had) a (?:doctor|doc|nurse|dentist|surgeon|physician|provider|gp) (?:who |that )?(?:explain|listen|care|take|spend|actually)"
        r"|\b(?:nurse|nurses|doctor|doc|dr\.? \w+|staff|team|receptionist|surgeon|dentist|midwife|therapist|tech|np|pa|hygienist)\b(?: \S+){0,6}? (?:was|were|is|are) (?:so |very |super |incredibly |really |always |extremely |just )+(?:gentle|kind|caring|patient|thorough|professional|sweet|helpful|friendly|reassuring|attentive|compassionate|knowledgeable|amazing|wonderful|great|lovely)\b"
        r"|(?:was|so|completely|totally|almost|virtually|quick and) painless|painless (?:procedure|insertion|injection|extraction|experience|visit|delivery)|you(?:'re| are|re) the best\b|we love (?:you|u|our) (?:dr|doctor|doc|nurse)|(?:shout ?out|big thanks|kudos|props|huge thanks) to (?:the|dr|nurse|my|our|your|@)"
        r"|such a (?:nice|kind|wonderful|caring|lovely|good|great|gentle|sweet) (?:young )?(?:man|woman|lady|doctor|doc|nurse|person|human|team)"
        r"|(?:sending|bringing|baked|baking|made) (?:some |you )?(?:cookies|flowers|a card|a cake|treats|muffins|brownies|a gift|a thank[- ]you) (?:to|for) (?:the|your|you) ?(?:clinic|office|staff|team|nurses|practice)?"
        r"|(?:adores|loves) (?:you|u|dr\.? \w+)\b(?! (?:guys|all))|(?:raves about|speaks (?:so )?(?:highly|well) of|still (?:talks|speaks) (?:about|of)|hasn't stopped talking about) (?:you|u|dr\.? \w+|your|how (?:you|u))"
        r"|never (?:forget|forgot) (?:how|what) (?:you|u)|(?:five|5)[ -]stars?|★★★★|\b[45](?:\.\d)?/5\b|\b10/10\b)",
        "praises care received",
        _S,
    ),
    Rule(
        "care_story",
        rf"\b{_WHO}\b(?: \S+){{0,3}}? {_CARE_ACT}\b"
        r"|\b(?:your|ur) (?:kindness|care|compassion|patience|support|advice|words|help|team) (?:\w+ ){0,2}?(?:helped|meant|made|got me|carried)",
        "tells how the clinician or team cared for them",
        _S,
    ),
    Rule(
        "complaint",
        rf"\b(?:waited|waiting|wait(?:ed)? for|sat in the waiting room for) (?:over |almost |nearly |more than )?(?:\d+|an|two|three|four|five) (?:hours?|hrs?|minutes|mins|weeks|months)\b"
        rf"|\b{_STAFF} (?:was|were|is|are) (?:so |very |extremely |incredibly |really |super |beyond )?(?:rude|dismissive|condescending|unprofessional|arrogant|cold|careless|disrespectful|terrible|awful|horrible|useless|rushed|judgmental|judgemental|incompetent|mean|impatient|short with me|clueless)"
        r"|\b(?:rude|short|snappy|condescending) (?:on the phone|at the desk|to (?:me|us|my))|\bmisdiagnos\w*|\bnever (?:going|coming) back|\bwon't (?:be )?(?:going|coming) back|\bwould not recommend|\bwouldn't recommend|\bdo not recommend|\bdon't recommend"
        r"|\bavoid (?:this|her|him|dr|them)\b|\bworst (?:\w+ )?(?:doctor|experience|clinic|office|care|service|practice|nurse|hospital)|\bterrible (?:experience|service|care|doctor)|\b(?:one|1|zero|0) stars?\b|★☆|\b[12](?:\.\d)?/5\b"
        r"|\bdidn't (?:even )?(?:listen|look at|examine|care)|\brushed (?:me|us|through)|\bfelt (?:rushed|dismissed|ignored|judged|unheard|brushed off)|\bbrushed (?:me|us|it) off"
        r"|\bthe way (?:you|u|she|he|they|the \w+|your \w+) (?:handled|treated|spoke to|talked to|dealt with|told)\b.{0,50}?\b(?:was|is)\b (?:so |really |very |just )?(?:cold|rude|awful|terrible|unacceptable|disrespectful|dismissive|heartless|unprofessional|wrong|hurtful|careless|insensitive)"
        r"|\b(?:your|the) (?:nurse|doctor|receptionist|staff|front desk|pa|np|tech|assistant|surgeon)\b.{0,20}?\b(?:made (?:my|me|him|her|us) (?:\w+ )?cry|yelled|snapped|laughed at|ignored|hung up|rolled (?:her|his) eyes)"
        r"|\b(?:really|so|very|extremely|beyond) (?:frustrated|disappointed|upset with (?:the|your|this))|\bnot happy with (?:how|my|the|your)|\bunacceptable\b"
        r"|\bnever got (?:any )?(?:answers|a call back|a callback|a response)|\b(?:no ?one|nobody) (?:ever )?(?:called|calls) (?:me |us )?back"
        r"|\b(?:left|leaving|writing|wrote|posting|posted) (?:a |this |my )?(?:\w+[- ]star )?review\b",
        "complains about care or service received",
        _S,
    ),
    Rule(
        "praise_more",
        r"\b(?:is|was|are|were|you're|you are) the reason (?:i'm|i am|im|my \w+ (?:is|can)|we're|we are|he's|she's|i can) (?:still )?(?:alive|here|walking|breathing|healthy|able|running|smiling|doing)"
        r"|\btreated (?:me|her|him|us|them|my \w+) (?:like|as) (?:family|a person|a human|royalty|an adult|one of their own)|\blike a human being\b"
        r"|\b(?:wouldn't|would not|won't|will never|never) go (?:anywhere|to anyone) else\b|\bbest decision (?:i|we) (?:ever )?made was (?:switching|choosing|coming|going)"
        r"|\b(?:\d+|two|three|four|five|several|many) (?:other )?(?:doctors|specialists|places|clinics|drs|physicians) (?:had )?(?:missed|couldn't|could not|didn't|failed)|\bknew exactly what it was\b"
        r"|\b(?:receptionist|nurse|nurses|doctor|doc|dr\.? \w+|staff|team|surgeon|dentist|midwife|tech|hygienist|np|pa)\b(?: \S+){0,3}? (?:is|was|are|were) (?:a|an|such a|an absolute|the) (?:gem|angel|saint|treasure|lifesaver|rock ?star|star|sweetheart|godsend|blessing)\b"
        r"|\bso (?:friendly|kind|caring|helpful|patient|gentle|welcoming|warm) (?:every time|each time|always|every visit)\b"
        r"|\bfelt (?:so |really |very |truly )?(?:listened to|cared for|taken care of|respected|at ease|well cared for)\b"
        r"|\b(?:replaced|operated on|delivered|stitched up|diagnosed|fixed|performed|repaired|reconstructed|removed) by (?:dr\.? \w+|your (?:team|staff)|the (?:team|staff|nurses?|surgeon)|you)\b.{0,80}\b(?:first|back to|again|pain[- ]free|finished|thank\w*|grateful|amazing|great)",
        "praises care received",
        _S,
    ),
    Rule(
        "complaint_more",
        r"\b(?:your (?:office|clinic|staff|practice|team)|the (?:office|clinic|practice|front desk|reception)|nobody|no one|they|you) (?:\w+ )?(?:never|doesn't|does not|don't|won't) (?:\w+ )?(?:picks? up|answers?) (?:the |my |their )?(?:phone|calls?)\b|\b(?:been )?on hold for (?:over |almost |more than )?(?:\d+|an|two|three) (?:minutes|mins|hours?)"
        r"|\b(?:nobody|no one|no-one) (?:will|would|ever|has) (?:fix|return|call (?:me )?back)|\b(?:terrible|horrible|awful|pathetic|ridiculous|atrocious|appalling) (?:\w+ ){0,2}?(?:experience|service|care|doctor|department|staff|office|billing|communication|customer service|front desk|reception|scheduling)\b"
        r"|\bthis is (?:ridiculous|unacceptable|absurd|insane|a joke|so frustrating)\b|\b(?:weeks?|months?|days?)\b(?: \S+){0,6}? (?:and )?still nothing\b|\bbarely (?:looked|look) (?:up|at me)|\b(?:didn't|did not) even look (?:up|at me)|\bglued to (?:her|his|the|their) (?:computer|screen|laptop)"
        r"|\bspent (?:\d+|two|three|five|a few|literally \d+) minutes with me|\b(?:they|you|the (?:office|clinic|lab|pharmacy|staff|hospital)|your (?:office|staff|team|clinic)) (?:\w+ )?(?:lost|misplaced|forgot) (?:my|our|his|her)",
        "complains about care or service received",
        _S,
    ),
    Rule(
        "es_review_more",
        r"\b(?:atencion|servicio|trato|recepcion|experiencia)\b.{0,25}?\b(?:fue|es|estuvo) (?:muy |super |bien |de lo mas )?(?:pesim[oa]|mal[oa]|horrible|terrible|excelente|buenisim[oa]|de lujo|increible|maravillos[oa])"
        r"|\bnadie (?:nos|me) (?:explico|atendio|dijo|contesto|hizo caso)\b"
        r"|\b(?:el|la) (?:doctor[a]?|enfermer[oa]|medic[oa]|recepcionista|equipo|personal|pediatra|dentista|cirujan[oa])\b(?: \S+){0,3}? (?:fue|es|son|fueron|estuvo) (?:muy |super |tan |sumamente |bien )+(?:paciente|amable|atent[oa]|profesional|human[oa]|cariños[oa]|buen[oa]|dulce|clar[oa]|groser[oa]|pesad[oa]|fri[oa]|despota|grosera)"
        r"|\bme (?:trato|trataron|atendio|atendieron) (?:con (?:mucho |tanto )?(?:cariño|paciencia|respeto|amor|amabilidad)|muy bien|muy mal|de maravilla|fatal|pesimo)"
        r"|\bnunca me (?:habian|habia) (?:explicado|atendido|tratado) tan bien",
        "opina sobre la atención recibida",
        _S,
        lang="es",
    ),
    Rule(
        "es_review",
        r"\b(?:excelente|pesim[oa]|mal(?:a|isim[oa])?|muy buen[oa]|buenisim[oa]|la mejor|el mejor|la peor|el peor|terrible|horrible) (?:atencion|doctor[a]?|medic[oa]|servicio|trato|experiencia|enfermer[oa]|consultorio|clinica|pediatra|equipo)"
        r"|\b(?:muy )?(?:atent[oa]|amable|profesional|grosera?|groser[oa]) (?:con|y)\b|\bme (?:salvo|salvaron) la vida|\bsalvar(?:le|me|nos)? la vida|\b(?:espere|esperamos|esperando|esperar|esperaron) (?:mas de |casi |como )?(?:\d+|una|dos|tres|cuatro|cinco) horas|\bla recomiendo|\blo recomiendo|\bno (?:lo|la|los) recomiendo|\bnunca (?:vuelvo|regreso|volvere)"
        r"|\bgracias (?:por|a) (?:la atencion|atender\w*|cuidar\w*|escuchar\w*|todo lo que hizo|salvar\w*|su paciencia)|\bgracias (?:al|a la|a su) (?:equipo|doctor\w*|enfermer\w*|personal)"
        r"|\b(?:usted|tu|la doctora|el doctor) (?:me |le )?(?:atendio|opero|salvo|saco|cuido|recibio)\b|\b(?:usted|tu) (?:fue|eras|era|fuiste) (?:la|el|mi) (?:doctor\w*|medic\w*|enfermer\w*|cirujan\w*|pediatra)\b|\bnunca olvidare|\bme hizo sentir (?:muy |tan )?(?:tranquil[oa]|segur[oa]|bien|en confianza|acompañad[oa])|\blo tranquil[oa] que me hizo sentir"
        r"|\b(?:mal trato|me trataron mal|nos trataron mal|nos hicieron esperar|me hicieron esperar)|\btiene (?:usted )?un corazon (?:enorme|de oro|gigante)|\bcon tanta paciencia",
        "opina sobre la atención recibida",
        _S,
        lang="es",
    ),
)

# A story of care counts only when it is told with feeling (thanks, praise, relief, hurt).
_FEELING = re.compile(
    fold_pattern(
        r"\b(?:thank\w*|thanks|thx|grateful|gratitude|gracias|amazing|awesome|wonderful|incredible|best|great|kind|kindness|gentle|gentler|patient|"
        r"caring|chill|painless|finally|difference|still here|because of you|other (?:places|doctors|clinics) (?:couldn't|could not|didn't|missed)|thanks to|love|adore\w*|never forget|bearable|human being|"
        r"calm|calmer|relieved|blessed|hero|angel|lifesaver|just finished|back to (?:work|running|normal|playing)|pain[- ]free|rude|cold|dismissive|cry|cried|careless|ignored|rushed|frustrated|disappointed|"
        r"unprofessional|worst|terrible|horrible|awful|hurt|tranquil[oa]|nunca olvidare|no tengo palabras|paciencia)\b|emjheart|emjhearts|emjlove|🙏|🫡|💪"
    )
)
# Praise or a rating of a post, video or joke is a comment on content, not on care.
_CONTENT = re.compile(
    r"\b(?:video|videos|post|posts|content|explanation|explainer|thread|reel|reels|clip|infographic|article|pun|joke|skit|"
    r"talk|lecture|podcast|channel|page|account|tiktok|series|episode|graphic|summary|tips|recipe|meme|caption)\b"
)
_CONTENT_RULES = ("praise", "complaint", "because_of_you", "outcome", "praise_more", "complaint_more")
# ...unless the item also speaks of care received.
_CARE_WORDS = re.compile(
    fold_pattern(
        r"\b(?:visit|appointment|appt|surgery|procedure|treated|treatment|office|clinic|staff|nurses?|ever had|my doctor|patient|"
        r"delivered|stitch\w*|hospital|waited|waiting room|consulta|atencion|atendio)\b"
    )
)
_ONLY_ONE = re.compile(r"\bonly (?:\w+ ){0,2}(?:who|that) (?:has )?(?:ever |actually |really |truly )?$")
# "Do they take Medicaid?" on a review site asks, it does not review.
_ASKS_ONLY = re.compile(
    fold_pattern(r"^\W*(?:do|does|is|are|can|will|what|when|where|how) (?:they|you|dr|the (?:office|clinic|practice|doctor))\b")
)


def _with_feeling(ctx: Context) -> bool:
    memo = ctx.memo
    if "review.feeling" not in memo:
        memo["review.feeling"] = bool(_FEELING.search(ctx.cues.norm.text))
    return bool(memo["review.feeling"])


_THANKS_RX = re.compile(fold_pattern(rf"\b{_THANKS}\b"))


def _with_thanks(ctx: Context) -> bool:
    return bool(_THANKS_RX.search(ctx.cues.norm.text))


_GATES = {"care_story": _with_feeling, "outcome": _with_thanks}
RULES = tuple(Rule(r.id, r.pattern, r.reason, r.suppress, r.lang, _GATES[r.id]) if r.id in _GATES else r for r in RULES)


class ReviewFeedbackDetector(LexiconDetector):
    name = "review_feedback"
    version = "2"
    category = Category.REVIEW_FEEDBACK
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if ctx.item.kind is Kind.FRIEND_REQUEST:
            # a thank-you in a connection note is the greeting of the request, not a review
            for e in found.evidence:
                found.suppressed.append(Suppression(e.category, e.start, e.end, e.text, "greeting_of_a_request", self.name))
            found.evidence.clear()
            return found
        if not found.evidence and ctx.item.kind is not Kind.REVIEW:
            return found
        original = ctx.item.text.lower()
        about_content = []
        if found.evidence and not _CARE_WORDS.search(ctx.cues.norm.text):
            about_content = [
                e
                for e in found.evidence
                if e.detector.rsplit("/", 1)[-1] in _CONTENT_RULES and _CONTENT.search(original[max(0, e.start - 60) : e.end + 60])
            ]
        for e in about_content:
            found.suppressed.append(Suppression(e.category, e.start, e.end, e.text, "about_a_post_not_care", self.name))
        # "you're the only one who ever listened to me" is dependency on the clinician, not a review
        dependency = [e for e in found.evidence if e not in about_content and _ONLY_ONE.search(original[max(0, e.start - 40) : e.start])]
        for e in dependency:
            found.suppressed.append(Suppression(e.category, e.start, e.end, e.text, "says_only_the_clinician_cares", self.name))
        if about_content or dependency:
            found.evidence[:] = [e for e in found.evidence if e not in about_content and e not in dependency]
        if ctx.item.kind is Kind.REVIEW:
            asks_only = not found.evidence and "?" in ctx.cues.norm.text and _ASKS_ONLY.search(ctx.cues.norm.text) and not _with_feeling(ctx)
            if not asks_only:
                found.evidence.insert(
                    0, Evidence(self.category, 0, 0, "", "the item is a public review", f"{self.name}/kind")
                )
        return found


__all__ = ["ReviewFeedbackDetector"]
