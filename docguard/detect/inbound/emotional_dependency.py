"""Emotional dependency: oversharing, loneliness, the clinician treated as confidant or friend.

Only without a sign of self-harm: when self_harm is also found, policy keeps self_harm alone.
"""

from __future__ import annotations

from docguard.detect.base import LexiconDetector, Rule
from docguard.taxonomy import Category

_S = ("negated", "general_question")

RULES = (
    Rule("only_one", r"\b(?:you(?:'re| are|re)?|ur) (?:the only (?:one|person|doctor|doc|nurse|therapist)|my only)\b|\bonly (?:one|person) (?:who|that|i) (?:understands?|listens?|cares?|gets me|can talk to|trust|i trust|i can trust|i can talk|knows)|\bno ?one (?:else )?(?:understands|listens|cares|gets me) (?:like|the way) (?:you|u)|\bonly (?:you|u) (?:understand|get|listen)", "treats the clinician as the only one who understands", _S),
    Rule("confidant", r"\b(?:i )?(?:think|thought) about (?:you|u|our (?:talks|conversations|chats|visits|sessions))\b|\btell you (?:things|everything|stuff) i (?:never|don't|can't|haven't)|\bnever told anyone (?:this|else)|\byou(?:'re| are) (?:like )?(?:my (?:best friend|family|mom|mother|dad|father|sister|brother|person|rock|therapist|lifeline|angel|safe place)|family to me|a (?:mother|father|sister|brother) to me)|\b(?:need|needed|want|have) to (?:talk|speak) (?:to|with) (?:you|u)\b(?! about (?:my )?(?:appointment|bill|refill))|\bcan i (?:just )?(?:vent|talk to you|tell you something personal)|\bjust (?:need|want)(?:ed)? (?:someone|somebody) to (?:talk|listen)|\byou(?:'re| are) the (?:only )?(?:reason|one thing) (?:i|that)", "treats the clinician as a confidant", _S),
    Rule("lonely", r"\b(?:i(?:'m| am| feel| felt)?|feeling|feel|i've been|ive been|been) (?:so |really |very |just |always |completely |totally )*(?:lonely|alone|isolated|lost|empty|invisible|unloved|abandoned|forgotten)\b|\bno(?: ?one| ?body) (?:to talk to|cares about me|calls me|visits me|listens to me)|\bhave no (?:one|friends|family)\b", "loneliness or emotional oversharing", _S),
    Rule("why_no_answer", r"\bwhy (?:aren't|arent|don't|dont|won't|wont|haven't|havent|didn't|didnt) (?:you|u) (?:answer\w*|repl\w*|respond\w*|writ\w* back|messag\w* (?:me )?back|talk\w* to me)|\bare (?:you|u) (?:there|ignoring me|mad at me|upset with me)\b|\bplease (?:answer|reply|respond|write back)(?: me)?\b|\bi(?:'ve| have) (?:sent|messaged|written) you (?:\d+|so many|several|a few) (?:times|messages)", "wants the clinician's personal attention", _S),
    Rule("oversharing", r"\b(?:my (?:divorce|marriage|husband left|wife left|breakup|ex)|going through a (?:divorce|breakup|hard time|rough time|lot)|(?:can't|cant) stop crying|cried (?:all|myself)|so (?:sad|depressed|down|anxious) (?:lately|today|all the time))\b", "shares personal emotional troubles", _S),
    # Spanish
    Rule("es_dep", r"\b(?:eres|es usted) (?:la unica|el unico|lo unico|mi unic[oa])|\bunica persona (?:en (?:quien|la que) confio|que me entiende)|\bme siento (?:muy |tan )?(?:sol[oa]|vaci[oa]|abandonad[oa])|\bnecesito hablar (?:contigo|con usted)|\bpienso (?:mucho )?en (?:nuestras|tus|sus) (?:platicas|charlas|consultas)|\bnadie me (?:entiende|escucha)|\bpor que no me (?:contestas|responde\w*)", "dependencia emocional", _S, lang="es"),
)


class EmotionalDependencyDetector(LexiconDetector):
    name = "emotional_dependency"
    version = "1"
    category = Category.EMOTIONAL_DEPENDENCY
    rules = RULES


__all__ = ["EmotionalDependencyDetector"]
