"""Threats, abuse, insults, stalking, doxxing, sexual harassment and coercion aimed at the clinician.

Profanity alone is not harassment ("this fucking flu"); it is when aimed at the reader
("fuck you", "you're a useless quack"). Stalking shows as knowledge of the clinician's
private life or places.
"""

from __future__ import annotations

from docguard.detect.base import LexiconDetector, Rule
from docguard.taxonomy import Category

_FIG = ("figure_of_speech",)
_INSULT = (
    r"(?:idiot|moron|stupid|dumb|useless|worthless|incompetent|quack|fraud|fake|joke|clown|loser|liar|"
    r"butcher|bitch|b\*tch|bastard|asshole|a\*\*hole|ass|dick|prick|cunt|whore|slut|hoe|scum|scumbag|"
    r"pig|trash|garbage|piece of (?:shit|crap|garbage|trash)|pos|disgrace|murderer|killer|hack|psycho|freak|"
    r"retard\w*|pathetic|disgusting|ugly|fat|witch|cow|charlatan|snake|parasite|vulture|money grabber|sellout|"
    r"puta|pendej\w*|idiota|estupid\w*|inutil|imbecil|basura|ratero|ladron\w*|matasanos|charlatan\w*|cerd\w*|perra)"
)

RULES = (
    Rule("threat", r"\b(?:you'll|youll|you will|you're going to|your gonna|you're gonna|youre gonna|you gonna|ur gonna) (?:regret|pay|be sorry|see|wish|get what)|\bwatch (?:your|ur) back|\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|going to) (?:kill|hurt|find|get|ruin|destroy|end|shoot|stab|beat|burn|make you pay|come for|come after|show up at|wait for|teach you|expose|fuck you up|mess you up|break) (?:you|u|ya|your|ur|at your|him|her|the clinic|this office)|\bsleep with one eye open|\byou(?:'re| are)? (?:dead|done|finished)\b(?! (?:right|on))|\bcoming (?:for|after) you|\bkeep looking over your shoulder|\b(?:better|gonna) hope (?:i|we) (?:don't|never) (?:see|meet|find)|\byou won't (?:get away|see it coming)|\bsomething (?:bad )?(?:will|might|is going to) happen to you", "a threat against the clinician", _FIG),
    Rule("insult", rf"\b(?:you(?:'re| are|re)?|ur|u r|your a|you're such an?|what an?|such an?|dr\.? \w+ is an?|doctor is an?|this (?:doctor|doc|nurse|quack) is an?) (?:a |an |the |such a |fucking |fuckin |freaking |total |complete |absolute |real |stupid |lazy |useless |arrogant |greedy )*{_INSULT}\b|\b(?:eres|es) (?:un |una )?{_INSULT}", "an insult aimed at the clinician", _FIG),
    Rule("abuse", r"\b(?:fuck|f\*ck|fck|fk|screw|damn|f) (?:you|u|off|yourself|ur ?self|this doctor|that doctor|your clinic)\b|\bgo (?:to hell|die|fuck yourself|kill yourself|jump off)|\b(?:stfu|gtfo|kys)\b|\bshut (?:the fuck |tf )?up\b|\bhope you (?:die|rot|get sued|lose your license|burn)|\bemjfinger|\bvete a la mierda|\bojala te mueras|\bchinga tu|\bvete al diablo", "abuse aimed at the clinician", _FIG),
    Rule("stalking", r"\b(?:i|we) (?:saw|seen|spotted|watched|followed|noticed) (?:you|u|your (?:car|kids|daughter|son|wife|husband|house|family|partner))\b.{0,40}\b(?:at|with|outside|leaving|in|near|walking|driving|yesterday|today|last|this)|\b(?:know|found out|found) (?:where you (?:live|park|work out|go|eat|shop|sleep)|your (?:home )?address|which car is yours|your (?:kids'|kids|children's) school|your schedule|your license plate|where your kids)|\b(?:outside|near|by|drove past|driving past|parked (?:outside|near)) (?:your|ur) (?:house|home|place|apartment|building|door|gym|kids'? school)|\b(?:made|created|new) (?:a )?(?:new |another |fake )?(?:account|profile|number)\b.{0,40}\b(?:block|since you|to reach|to talk|so you)|\bwhy did you block me|\byou can't (?:block|hide from|ignore) me|\byou can(?:'t|not) hide\b|\bi(?:'ll| will) (?:always )?find you|\bi(?:'m| am) (?:always )?watching you|\bi know (?:your|ur) (?:wife|husband|kids|daughter|son|family|routine)", "knows or follows the clinician's private life (stalking)", _FIG),
    Rule("doxxing", r"\b(?:post|share|publish|leak|put|spread|send|expose) (?:your|ur) (?:home )?(?:address|phone|number|home|family|kids|photos|pics|info|details)|\beveryone (?:will|is going to) know where you live|\bhere(?:'s| is) (?:his|her|the doctor's|the doc's) (?:home )?address|\b(?:voy a|vamos a) (?:publicar|compartir) (?:tu|su) (?:direccion|telefono|casa)", "threatens to publish the clinician's private details (doxxing)", _FIG),
    Rule("sexual", r"\b(?:send|show) (?:me )?(?:nudes?|noodz|naked|nude pics|pics of (?:your|ur) (?:body|boobs|tits|ass|feet)|your (?:body|boobs|tits|ass))|\b(?:suck|lick|fuck|bang|smash|spank) (?:you|u|your|ur|me)\b|\b(?:boobs|tits|titties|cock|dick pic|pussy|booty|nipples?) \b|\bdick pic|\bsit on (?:my|your) (?:face|lap)|\b(?:wet|hard|horny) (?:for|thinking about) (?:you|u)|\bwhat(?:'s| are| is) (?:you|u) wearing|\bin (?:my|your) bed\b|\bemjsexual\b|\bquiero (?:verte desnud\w*|acostarme contigo|tu cuerpo)|\bmanda(?:me)? fotos", "sexual harassment", _FIG),
    Rule("coercion", r"\b(?:or (?:else|i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|i post|i report|i tell|i leave|i sue|we will|i go)|unless you (?:give|refill|prescribe|answer|reply|call|send|meet|write|change)|(?:if|until) you (?:don't|dont|do not) (?:give|refill|prescribe|answer|reply|respond|call me|send|meet|write)\b.{0,40}\b(?:i'll|ill|i will|i'm going to|im gonna|i'm gonna|i post|everyone))|\b(?:1|one)[ -]star (?:review )?(?:everywhere|on every|on all)|\b(?:report|sue|expose|ruin) you (?:to|on|in|unless|if)|\bsi no me (?:das|receta\w*|contestas|respondes)\b.{0,40}\b(?:voy a|te)", "coercion or extortion", _FIG),
    Rule("es_threat", r"\bte vas a arrepentir|\b(?:se|sé) donde (?:vives|trabajas|estacionas|viven tus)|\bte voy a (?:buscar|encontrar|matar|hacer dano|golpear|denunciar y|arruinar|destruir|esperar)|\bcuidate la espalda|\bya veras\b|\bme las vas a pagar|\bte estoy vigilando|\bte vi (?:en|con|saliendo)", "amenaza", _FIG, lang="es"),
)


class ThreatHarassmentDetector(LexiconDetector):
    name = "threat_harassment"
    version = "1"
    category = Category.THREAT_HARASSMENT
    rules = RULES


__all__ = ["ThreatHarassmentDetector"]
