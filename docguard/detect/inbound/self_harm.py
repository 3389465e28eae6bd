"""Self-harm: suicidal thoughts, intent or plan, self-harm, or intent to harm another person.

Slang and euphemism are first-class ("kms", "unalive", "sewerslide", "don't want to wake up").
Only idioms ("this paperwork is killing me") and general questions excuse a match; a
negation does not, because "I don't want to be alive" is itself a negation.
"""

from __future__ import annotations

from docguard.detect.base import LexiconDetector, Rule
from docguard.taxonomy import Category

_IDIOM = ("figure_of_speech", "general_question")
_ONLY_GENERAL = ("general_question",)

RULES = (
    Rule("kill_self", r"\b(?:kill|killing|hurt|hurting|harm|harming|end|ending|off|offing|unalive|unaliving|cut|cutting|burn|burning|hang|hanging|shoot|shooting|drown|poison|starve|starving) (?:my ?self|myself|mysef|meself)\b", "talks of harming or killing themself", _ONLY_GENERAL),
    Rule("slang", r"\b(?:kms|kys|unalive\w*|sewer ?slide|su[ie]cide|suicidal|suicidio|suicidarme|suicidar\w*|ctb|catch the bus|self[- ]?harm\w*|self[- ]?injur\w*|sh relapse|relapsed (?:on|into) (?:cutting|sh|self)|x{0,1}cutting again)\b", "suicide or self-harm words, including slang", _IDIOM),
    Rule("want_die", r"\b(?:want|wanna|wanted|going|ready|deserve|need|wish i could|would rather|rather) (?:to )?(?:die|be dead|just die|not exist|stop existing|disappear (?:forever|for good|permanently))|\bwish (?:i was|i were|i'd|id|i had) (?:dead|never born|not born|gone)|\bbetter off (?:dead|without me|if i (?:was|were) gone|if i wasn't here)|\b(?:lighter|easier|happier) (?:without me|if i (?:was|were)n't|if i was gone|if i were gone)", "wishes to die or be gone", _IDIOM),
    Rule("not_alive", r"\b(?:don't|dont|do not|didn't|dont even) (?:want|wanna) (?:to )?(?:be alive|live|wake up|be here|exist|go on|keep going|see tomorrow|be around)|\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|keep going|being here)|\b(?:can't|cant|cannot) (?:go on|do this anymore|keep going|take (?:it|this|life) anymore)\b(?!.{0,30}(?:wait|line|queue|hold|bill|pain in|knee|back))|\b(?:tired|sick) of (?:being alive|living|life|existing)|\bend (?:it all|my life|things|everything)|\bending (?:it|my life|things)\b|\btake my (?:own )?life|\bgoodbye (?:forever|everyone|world|cruel)|\bthis is (?:my )?goodbye|\bnot be around (?:much longer|tomorrow)", "does not want to live, or speaks of ending it", _IDIOM),
    Rule("plan", r"\b(?:saved up|saving up|stockpil\w*|hoard\w*|collected|collecting) (?:my |all my |the )?(?:pills|meds|tablets)|\b(?:wrote|written|writing|left) (?:a |my )?(?:suicide |goodbye )?note\b|\b(?:rope|noose|bridge|ledge|rooftop|razor|blade|gun) (?:is |are )?(?:ready|waiting|in my|tonight)|\bplan(?:ned|ning)? (?:to|how to) (?:end|die|do it|kill)|\b(?:how many|what dose of) \w+ (?:would it take to|to) (?:die|kill|end|not wake)", "describes a plan or means", _ONLY_GENERAL),
    Rule("self_injury", r"\b(?:cut|cutting|burned|burning|scratched|hurt) (?:my )?(?:wrists?|arms?|thighs?|legs?|skin) (?:again|with|last night|tonight|till|until)|\b(?:fresh|new) (?:cuts|scars|wounds) (?:on|again)|\brazor (?:to|on) my\b|\bcutting (?:again|myself)\b", "self-injury", _ONLY_GENERAL),
    Rule("harm_other", r"\b(?:going to|gonna|want to|wanna|will|i'll|ill|about to|plan to|thinking (?:of|about)) (?:kill|hurt|stab|shoot|strangle|murder|beat|smother|poison) (?:him|her|them|my (?:\w+ )?(?:husband|wife|boss|dad|father|mom|mother|stepdad|stepmom|son|daughter|kid|kids|baby|ex|neighbor|neighbour|brother|sister|roommate|partner|boyfriend|girlfriend|coworker)|someone|somebody|everyone|people)\b", "intent to harm another person", _IDIOM),
    Rule("passive", r"\b(?:don't|dont) want to wake up|\bhope i (?:don't|dont) wake up|\bwish i (?:wouldn't|wouldnt|won't|wont) wake up|\bnobody would (?:miss|notice|care) (?:me|if i)|\beveryone would be (?:better|happier|lighter)|\bburden (?:to|on) everyone\b|\bbe (?:lighter|better|easier) without me", "passive wish to die", _IDIOM),
    # Spanish
    Rule("es_die", r"\b(?:quiero|quisiera|me quiero|deseo|ganas de) (?:morir\w*|matarme|desaparecer|no despertar|dejar de existir)|\bme (?:quiero|voy a) (?:matar|morir)|\bmatarme\b|\bme (?:voy a )?quitar la vida|\bquitarme la vida|\bno quiero (?:vivir|seguir (?:viviendo|aqui)|despertar|estar aqui)|\bya no (?:quiero|aguanto|puedo) (?:vivir|mas con (?:la|mi) vida|seguir)|\bpienso en (?:suicid\w*|morir\w*|matarme|quitarme)|\bmejor (?:muerta|muerto)|\bestarian mejor sin mi|\bsin mi (?:todos )?estarian mejor", "habla de querer morir o quitarse la vida", _IDIOM, lang="es"),
    Rule("es_cut", r"\bme (?:corto|corte|cortaba|lastimo|hago dano|quemo|he cortado)\b|\bcortarme\b|\bautoles\w*|\bhacerme dano", "autolesión", _IDIOM, lang="es"),
    Rule("es_plan", r"\b(?:tengo|junte|guarde|guardando|juntando) (?:las |muchas |todas las )?pastillas (?:para|guardadas|juntas)|\bcarta de despedida|\bme despido de (?:todos|ustedes)", "describe un plan o medios", _ONLY_GENERAL, lang="es"),
    Rule("es_harm_other", r"\b(?:voy a|quiero) (?:matar|lastimar|golpear|apunalar) (?:a mi|a (?:el|ella)|lo|la|los)\b", "intención de dañar a otra persona", _IDIOM, lang="es"),
)


class SelfHarmDetector(LexiconDetector):
    name = "self_harm"
    version = "1"
    category = Category.SELF_HARM
    rules = RULES


__all__ = ["SelfHarmDetector"]
