"""Romantic: flirting, romantic or sexual interest, compliments on looks, dates and private meetings.

"I love your videos" and "love this post ❤️" are not romantic; "I love you" to the
clinician, "you're gorgeous" and "dinner Friday?" are.
"""

from __future__ import annotations

from docguard.detect.base import LexiconDetector, Rule
from docguard.taxonomy import Category

_LOOKS = (
    r"(?:gorgeous|beautiful|handsome|hot|sexy|s3xy|cute|pretty|stunning|attractive|fine|fit|lovely looking|"
    r"good looking|good-looking|adorable|dreamy|a snack|a dime|a ten|a 10|a cutie|a babe|a hottie|a goddess|a god|"
    r"a stunner|a smoke show|drop dead gorgeous|too pretty|too cute|too hot|so pretty|so fine)"
)
_NOT_NEGATED = ("negated", "general_question")

RULES = (
    Rule("looks", rf"\b(?:you(?:'re| are|re)?|ur|u r|you look|u look|you looked|you're looking|looking|you're so|youre so|you are so|you are really|doctor is|doc is|nurse is|dr\.? \w+ is) (?:so |really |very |extremely |absolutely |super |damn |soo |too |just |honestly |literally )*{_LOOKS}\b", "compliments the clinician's looks", _NOT_NEGATED),
    Rule("features", r"\b(?:your|ur) (?:eyes|smile|lips|legs|body|hair|voice|face|figure|curves|arms|beard|dimples|laugh)\b(?:.{0,30})\b(?:beautiful|gorgeous|amazing|sexy|hot|cute|perfect|stunning|melt|drive me|kill me|to die for|mesmeriz\w*|hypnotic|dreamy|lovely|emjlove|emjheart\w*)|\b(?:beautiful|gorgeous|sexy|hot|pretty|cute|lovely|dreamy|stunning|amazing) (?:eyes|smile|lips|legs|body|face)\b", "compliments the clinician's body or features", _NOT_NEGATED),
    Rule("love", r"\bi (?:think i'm|think im|am|'m|m) (?:falling|in love|fall(?:ing)? in love) (?:for|with) (?:you|u)|\b(?:falling for|in love with|crush on|crushing on|obsessed with|infatuated with|attracted to|feelings for) (?:you|u|my doctor|my doc|my nurse|dr\.? \w+)\b|\bi love (?:you|u)\b(?! (?:guys|all|both|two|people|for (?:this|sharing|posting)|so much for (?:this|sharing)))|\bi (?:dream|think|fantasi[sz]e) (?:about|of) (?:you|u)\b(?! (?:guys|all))|\b(?:can't|cant) stop thinking about (?:you|u)|\bmarry me\b|\bwill you (?:be my|marry)|\bbe my (?:valentine|girlfriend|boyfriend|wife|husband)|\byou (?:stole|have) my heart|\bmy heart (?:beats|races|skips) (?:for|when i see) (?:you|u)|\byou make my heart", "declares romantic feelings", _NOT_NEGATED),
    Rule("date", r"\b(?:take you|go|going|come|get|grab|have|join me for|wanna get|want to get|like to take you|meet (?:me|up)(?: for)?) (?:out )?(?:on a date|to dinner|for dinner|out for dinner|for drinks|(?:a )?drink|drinks|dinner|a dinner|a coffee date|date night)\b(?!.{0,20}(?:as friends|just friends|professionally))|\b(?:are you|r u|you) (?:single|married|seeing anyone|taken|available|dating)\b|\b(?:go|going) out with me\b|\b(?:ask|asking) you out\b|\bdate me\b|\bdinner (?:with me|together|sometime|friday|saturday|tonight|on me)|\bdrinks (?:with me|sometime|after|tonight|on me)|\bhave a date with me|\b(?:on|a) date with (?:you|u)\b|\b(?:you|u) and me\b.{0,20}\b(?:dinner|date|drinks|tonight|alone)|\bmeet (?:me )?(?:somewhere|outside (?:the )?(?:clinic|office|hospital|work)|privately|in private|alone|just (?:us|the two of us))|\bjust (?:the two of us|us two|you and me)\b", "asks for a date or a private meeting", _NOT_NEGATED),
    Rule("pet_names", r"\b(?:hey|hi|hello|goodnight|good night|morning|night|thanks|miss you|love you)\b,? (?:babe|baby|sweetheart|sweetie|honey|hun|darling|gorgeous|beautiful|handsome|sexy|cutie|sweet ?cheeks|love|my love|mi amor|guapa|guapo|hermosa|preciosa|mi reina|mi rey|cariño|carino|mamacita|papi)\b", "uses pet names", _NOT_NEGATED),
    Rule("kiss", r"\b(?:kiss|kisses|kissing|cuddle|cuddles|hug me|hold you|hold me|xoxo|muah|mwah)\b(?! (?:goodbye|my baby|my kids|the kids))|\bemjkiss\b|\bemjlove\b.{0,30}\b(?:you|u|doc|doctor|nurse)\b|\b(?:you|u|doc|doctor|nurse)\b.{0,30}\bemjlove\b|\bemjrose\b|\bemjsmirk\b", "kisses, cuddles or romantic emoji", _NOT_NEGATED),
    Rule("if_younger", r"\bif i (?:were|was) (?:\d+|twenty|thirty|forty|fifty) years younger|\bif (?:you|u) (?:were|weren't|werent) (?:single|married|my doctor)|\blucky (?:guy|girl|man|woman|husband|wife)\b|\bwish (?:you|u) (?:were|was) (?:my|single)", "suggests a relationship", _NOT_NEGATED),
    Rule("miss_you", r"\bi miss (?:you|u|your (?:face|smile|eyes|voice))\b|\bcan't wait to see (?:you|u|your (?:face|smile|eyes))\b(?!.{0,25}(?:at my|for my|at the|next))", "says they miss the clinician", _NOT_NEGATED),
    # Spanish
    Rule("es_looks", r"\b(?:eres|estas|esta|que|tan|muy|me pareces|usted es) (?:muy |tan |bien |super |demasiado )*(?:guap[oa]|hermos[oa]|lind[oa]|bonit[oa]|precios[oa]|sexy|bell[oa]|atractiv[oa]|buen[oa]|rica|rico|chulo|chula|un bombon|un sol|divina|divino)\b|\b(?:que|tus|sus) (?:ojos|labios|piernas|sonrisa|cuerpo)\b.{0,25}\b(?:hermos\w*|lind\w*|bonit\w*|precios\w*|me encanta\w*|matan)", "halaga su físico", _NOT_NEGATED, lang="es"),
    Rule("es_love", r"\bme (?:encantas|gustas|fascinas|vuelves loc[oa])\b|\bestoy (?:enamorad[oa]|loc[oa] por (?:ti|usted))|\bte (?:quiero|amo|adoro|extrano|deseo)\b|\bsueño contigo|\bpienso en (?:ti|usted) (?:todo|siempre|cada)|\bbesos? (?:para (?:ti|usted)|guap\w*|hermos\w*)|\bun beso\b", "declara sentimientos románticos", _NOT_NEGATED, lang="es"),
    Rule("es_date", r"\b(?:salimos|salir|vamos|quieres salir|te invito|la invito|lo invito) (?:a )?(?:cenar|comer|tomar (?:algo|un cafe|una copa)|una cita|bailar|conmigo)|\b(?:una )?cita conmigo|\b(?:estas|eres|esta) (?:soltera|soltero|casad[oa])|\btienes (?:novio|novia|pareja)|\bsolos tu y yo|\bverte a solas", "pide una cita o un encuentro a solas", _NOT_NEGATED, lang="es"),
)


class RomanticDetector(LexiconDetector):
    name = "romantic"
    version = "1"
    category = Category.ROMANTIC
    rules = RULES


__all__ = ["RomanticDetector"]
