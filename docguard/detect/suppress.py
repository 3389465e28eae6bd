"""Suppressors: named predicates that excuse a match. Their names read as reasons.

Detectors find, suppressors excuse, policy decides. A rule lists which suppressors may
excuse it; a suppressed match is kept in the decision (``suppressed``) so a reviewer can see
what was not flagged and why. Suppressors look only at the clause around the match, and
they are deliberately narrow: for emergencies and self-harm a wrong excuse costs far more
than a wrong flag.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from docguard.text.cues import Cues
from docguard.text.normalise import fold_pattern

Suppressor = Callable[[Cues, int, int], bool]


def _rx(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source))


_PAST = _rx(
    r"\b(?:last (?:year|month|week|summer|winter|spring|fall|autumn|christmas)|"
    r"(?:\d+|a|one|two|three|four|five|six|several|many|few|couple of|some) (?:years?|months?|weeks?|decades?) ago|"
    r"years ago|back in|in (?:19|20)\d\d|en (?:19|20)\d\d|in over (?:a|one|two|three|\d+) (?:years?|months?)|when i was (?:a |younger|little|in)|used to|history of|"
    r"el (?:año|mes) pasado|la semana pasada|hace (?:\d+|un|una|unos|unas|varios|varias|muchos|muchas) "
    r"(?:años?|mes|meses|semanas?)|cuando era)\b"
)
_NOW = _rx(
    r"\b(?:now|right now|again|currently|today|tonight|this morning|this evening|still|just|started|"
    r"ahora|hoy|todavia|otra vez|de nuevo|esta (?:mañana|noche))\b"
)
_GENERAL_Q = _rx(
    r"\b(?:what (?:are|is) (?:the )?(?:signs?|symptoms?|warning signs?|red flags?|difference|causes?|risk)|"
    r"signs? of|symptoms? of|warning signs?|how (?:do|can|would|does) (?:you|i|one|someone|people|a person) "
    r"(?:tell|know|recogni[sz]e|spot|help|prevent|treat)|in general|generally|is it true|"
    r"what (?:should|do) (?:you|people|someone|one) do (?:if|when)|what to do (?:if|when)|"
    r"can (?:a|an|someone|people|you) (?:have|get|die)|(?:can|does|do|could) (?:\w+ ){1,2}(?:cause|trigger|lead to|mimic)|what counts as|"
    r"what happens (?:if|when|during)|"
    r"(?:cuales|cuáles|que|qué) son (?:los|las) (?:sintomas|síntomas|señales|signos)|como (?:saber|se sabe|reconocer))"
)
_FIGURES = _rx(
    r"\b(?:(?:gave|give|giving|gives|nearly (?:gave|had)|almost (?:gave|had)|about to have) (?:me |him |her |us |you )?"
    r"(?:a )?heart attacks?|heart attack (?:when|after|seeing|reading|lol|lmao|haha)|"
    r"dying (?:of|from|with) (?:laughter|laughing|embarrassment|boredom|cuteness|curiosity)|dying to|"
    r"(?:could|would|i'd|id) (?:kill|die) for|to die for|killing it|killed it|kill(?:ing|ed)? the game|"
    r"(?:is|are|was|were) (?:going to be )?(?:killing|kill) me|(?:the )?death of me|bored to death|scared to death|"
    r"dead tired|drop dead|killer (?:workout|presentation|recipe|smile|video|post|outfit|content)|"
    r"my heart (?:melted|skipped|stopped when|stopped watching|is full)|stroke of (?:luck|genius)|"
    r"take(?:s)? my breath away|breathtaking|can't breathe (?:from|with) laugh|me muero de (?:risa|ganas|hambre|sueño)|"
    r"(?:me|nos) mata(?:n)? (?:el|la|este|esta|de)|(?:este|esta|el|la) \w+ me (?:mata|esta matando)|"
    r"(?:me|te|le|nos) va a dar (?:un )?(?:infarto|algo)|casi me da (?:un )?infarto|"
    r"had me (?:gasping|dying|crying|choking|wheezing)|choking on (?:my |the )?(?:coffee|tea|water|drink|food|popcorn)|"
    r"overdos\w* on (?:\w+ )?(?:cookies|candy|chocolate|sugar|caffeine|coffee|netflix|tv|memes|cuteness|pizza|cake|sweets|carbs)|"
    r"(?:fainted|passed out|died|collapsed) (?:when|after) (?:i|we) (?:saw|read|heard|got)|"
    r"(?:literally|actually) stopped breathing|forgot (?:how )?to breathe)"
)
_LAUGH = _rx(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|jaja\w*|hilarious|so funny|emjlaugh|emjskull|laugh\w*|plot twist|meme)\b")
_RESOLVED = _rx(
    r"\b(?:turned out (?:to be )?(?:fine|ok|okay|nothing)|(?:is|was|she's|he's|shes|hes|i'm|im|we're|they're|totally|all|completely) "
    r"(?:fine|ok|okay|better|good) now|(?:is|was) fine now|all (?:the )?tests (?:were |came back )?normal|tests? came back normal|"
    r"ya (?:esta|estoy|estamos) bien|salio todo bien|(?:the er|the hospital|urgent care|they) (?:saw|checked|treated|cleared|discharged) "
    r"(?:me|him|her|us|my \w+)|(?:me|nos|le) atendi\w* cuando)\b"
)
_TOPIC = _rx(
    r"\b(?:post|posts|video|videos|reel|infographic|graphic|article|lecture|demo|thread|webinar|"
    r"information|info|informacion|publicacion|awareness|first aid|the part about|this part about|tips|guide|poster|campaign)\b"
)


# --- what keeps the excuses narrow (a wrong excuse of an emergency costs far more than a flag) ---
# Negations that only intensify or hedge: "without warning", "for no reason", "I don't know why".
_INTENSIFIERS = re.compile(fold_pattern(
    r"\b(?:without (?:any )?(?:warning|reason|cause)|no (?:warning|reason|idea|clue)|for no (?:apparent |obvious )?reason|out of nowhere|"
    r"never (?:had|felt|seen|been|happened)(?: \w+){0,3}? (?:before|like this)|(?:has|had|have) never|not (?:normal|like (?:him|her|me))|"
    r"(?:don't|dont|do not|doesn't|doesnt|didn't|didnt|not|can't|cant|idk|no) (?:\w+ )?(?:know|sure|kidding|joking|joke|lying|exaggerating|"
    r"overreacting|dramatic|understand|tell|get it)|no (?:se|sé|sabemos)|sin (?:poder|parar|razon|motivo|aviso)|de la nada)\b"
))
_NEG_BEFORE = re.compile(fold_pattern(
    r"\b(?:no|not|never|without|denies|deny|denied|free of|no more|no longer|none|nor|"
    r"don't have|dont have|didn't have|didnt have|haven't had|havent had|hasn't had|hasnt had|not having|"
    r"isn't|isnt|wasn't|wasnt|aren't|arent|haven't|havent|hasn't|hasnt|don't|dont|doesn't|doesnt|didn't|didnt|"
    r"zero|sin|ni|nunca|ya no|no tengo|no tiene|no he tenido)"
    r"(?:\s+\S+){0,3}\s*$"
))
# "...is gone / stopped / passed", but not "passed out", "stopped breathing", "gone blue".
_NEG_AFTER = re.compile(fold_pattern(
    r"^\W*(?:\S+\s+){0,4}?(?:is |are |has |have |was )?(?:gone(?! (?:blue|grey|gray|purple|white|pale|limp|floppy|numb|quiet|cold|stiff|weak|dark|black))|"
    r"went away|has gone|resolved|stopped(?! (?:breathing|moving|responding|talking|making))|passed(?! out)|"
    r"is better|are better|got better|cleared up|is fine now|is over|se (?:me |le )?(?:quito|paso|fue))\b"
))
_RECENT = re.compile(fold_pattern(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|just now|earlier today|last night|an hour ago|(?:\d+|a few|few|couple of|ten|twenty|thirty) (?:min\w*|hours?) ago|"
    r"for (?:a few|\d+|ten|twenty|thirty|several|a couple of) (?:min\w*|seconds)|hoy|esta (?:mañana|tarde|noche)|hace (?:un rato|\d+ minutos|una hora))\b"
))
# The clause speaks of now even though it names the past ("has a history of afib and his face is drooping").
_PRESENT = re.compile(fold_pattern(
    r"\b(?:is|are|am|i'm|im|he's|she's|hes|shes|it's|its|they're|has been|have been|keeps?|can't|cant|won't|wont|isn't|isnt|"
    r"doesn't|doesnt|esta|estoy|estan|no puede|no puedo|sigue|sigo)\b"
))
_TOPIC_WORDS = r"(?:the part|this part|post|posts|video|videos|reel|infographic|graphic|article|lecture|demo|thread|webinar|information|info|informacion|publicacion|awareness|first aid|tips|guide|poster|campaign|class|course|training|talk|charla)"
_TOPIC_BEFORE = re.compile(fold_pattern(
    rf"\b{_TOPIC_WORDS}\b(?:\s+\S+){{0,3}}?\s+(?:about|on|of|regarding|re|sobre|de|del|acerca de|explaining|covering|for)\s+(?:\S+\s+){{0,3}}$"
))
_TOPIC_AFTER = re.compile(fold_pattern(rf"^\s*(?:\S+\s+){{0,2}}?{_TOPIC_WORDS}\b"))
_ALARM_WORDS = re.compile(fold_pattern(
    r"\b(?:what do (?:i|we) do|what should (?:i|we) do|911|ambulance|er|hospital|scared|worried|panick\w*|freaking out|not joking|not kidding|"
    r"seriously|for real|hurry|urgent|asap|ayuda|auxilio|asustad\w*|urgencias|que hago)\b"
))
# Signs that a "choking on food" or "can't breathe" is not an idiom.
_REAL_TROUBLE = re.compile(fold_pattern(
    r"\b(?:(?:can't|cant|cannot|couldn't|unable to) (?:speak|talk|breathe|cough|swallow|get air)|turning (?:blue|purple|red)|heimlich|stuck|"
    r"not breathing|911|ambulance|what do (?:i|we) do|call (?:911|an ambulance)|no (?:puede|puedo) (?:respirar|hablar|toser))\b"
))
# "my chest is killing me": the idiom names real pain when a body part is the subject.
_BODY_PAIN = re.compile(fold_pattern(
    r"\b(?:chest|head|stomach|belly|heart|tummy|abdomen|throat|pecho|cabeza|estomago|panza|corazon)\b (?:\w+ ){0,2}(?:is|are|it's|its|esta|me esta) (?:\w+ )?(?:killing|matando)"
))


_QUESTION_WORD = re.compile(fold_pattern(
    r"^\W*(?:what|whats|what's|how|why|when|which|who|is|are|can|could|does|do|should|would|will|if|que|qué|como|cómo|cual|cuales|por que|puede|es|hay|se puede)\b"
))


def negated(cues: Cues, start: int, end: int) -> bool:
    """A negation stands just before the match ("no chest pain") or it is said to be over ("...is gone").

    Negations that only hedge or intensify ("I don't know why", "without warning") do not count,
    nor "passed out" / "stopped breathing" / "gone blue", and "it went away" does not excuse a
    symptom from minutes or hours ago (a TIA, angina).
    """
    if _NEG_BEFORE.search(_INTENSIFIERS.sub(" ", cues.before(start))):
        return True
    return bool(_NEG_AFTER.search(cues.after(end))) and not _RECENT.search(cues.clause_text(start))


def in_the_past(cues: Cues, start: int, end: int) -> bool:
    """The clause places it weeks or more in the past, and says nothing of now."""
    clause = cues.clause_text(start)
    return bool(_PAST.search(clause)) and not _NOW.search(clause) and not _PRESENT.search(clause)


def general_question(cues: Cues, start: int, end: int) -> bool:
    """Asked about people in general, not about the writer or someone with them."""
    if cues.personal_health:
        return False
    return bool(_GENERAL_Q.search(cues.clause_text(start)))


def impersonal_question(cues: Cues, start: int, end: int) -> bool:
    """A real question that names nobody ("is chest pain always a heart attack?"), not a panicked "chest pain??"."""
    return not cues.personal and cues.clause_is_question(start) and bool(_QUESTION_WORD.match(cues.clause_text(start)))


def figure_of_speech(cues: Cues, start: int, end: int) -> bool:
    """An idiom ("this paperwork is killing me", "gave me a heart attack")."""
    a, b = cues.clause_of(start)
    window = cues.norm.text[max(a, start - 40) : min(b, end + 40)]
    if not _FIGURES.search(window):
        return False
    # "choking on food" with real trouble, or "my chest is killing me", is not an idiom
    return not _REAL_TROUBLE.search(cues.norm.text) and not _BODY_PAIN.search(cues.clause_text(start))


def resolved(cues: Cues, start: int, end: int) -> bool:
    """The writer says it is over, or was already seen to ("turned out fine", "the ER saw me for it").

    Only in the clause of the match or the sentence after it, and never when that clause says "now".
    """
    a, b = cues.clause_of(start)
    if _NOW.search(cues.norm.text[a:b]):
        return False
    return bool(_RESOLVED.search(cues.norm.text[a : b + 120]))


def topic_of_a_post(cues: Cues, start: int, end: int) -> bool:
    """The words name the topic of a post, video or class, not something happening to anyone."""
    a, b = cues.clause_of(start)
    text = cues.norm.text
    if not _TOPIC.search(text[max(a, start - 50) : min(b, end + 25)]) or _NOW.search(text[a:b]):
        return False
    # the topic word must frame the match ("a post about strokes"), not merely stand near it
    return bool(_TOPIC_BEFORE.search(text[max(a, start - 60) : start])) or bool(_TOPIC_AFTER.match(text[end:b]))


def laughing(cues: Cues, start: int, end: int) -> bool:
    """Said while laughing ("I can't breathe 😂"), with no sign of alarm anywhere ("lol what do I do")."""
    return bool(_LAUGH.search(cues.clause_text(start))) and not _ALARM_WORDS.search(cues.norm.text)


SUPPRESSORS: Mapping[str, Suppressor] = {
    "negated": negated,
    "in_the_past": in_the_past,
    "general_question": general_question,
    "impersonal_question": impersonal_question,
    "figure_of_speech": figure_of_speech,
    "laughing": laughing,
    "resolved": resolved,
    "topic_of_a_post": topic_of_a_post,
}

__all__ = ["SUPPRESSORS", "Suppressor"]
