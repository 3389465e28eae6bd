"""Named excuses for outgoing matches: each reads like the reason a match is not a finding.

They take the draft context, so they can see where the draft is going ("addressed to an
audience" only excuses a post) as well as the words around the match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from docguard.detect.outgoing.base import DraftCtx, Excuse
from docguard.detect.suppress import SUPPRESSORS
from docguard.taxonomy import Category, DraftContext
from docguard.text.normalise import fold_pattern


def _rx(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source))


_GENERAL = _rx(
    r"\b(?:adults?|children|kids|people|patients|most|many|some people|anyone|everyone|someone|somebody|generally|in general|usually|"
    r"typically|the (?:usual|typical|standard|recommended|maximum|max|daily) (?:dose|dosage|limit)|guidelines?|studies|research|the label|"
    r"package|common(?:ly)?|often|for most|la mayoria|los adultos|los ninos|la gente|en general|normalmente|generalmente|suele|suelen|muchas personas)\b"
)
_CONDITIONAL = _rx(r"\b(?:if|whether|in case|unless|when(?:ever)? (?:someone|anyone|people)|si|en caso de)\b")
_POLICY = _rx(
    r"\b(?:can't|cant|cannot|can not|don't|dont|do not|never|won't|wont|unable to|not able to|not allowed to|no podemos|no puedo|nunca|no)\s+"
    r"(?:\w+\s+){0,2}?(?:confirm|deny|discuss|share|comment on|comment|disclose|give|offer|provide|talk about|confirmar|negar|hablar|comentar|dar|compartir|revelar)\b"
    r"|\b(?:confirm|deny|confirmar|negar) (?:or deny )?(?:whether|if|si)\b"
)
_REDIRECT = _rx(
    r"\b(?:ask|see|talk to|talk with|speak to|speak with|check with|contact|consult|call|book with|habla con|hable con|consulta con|consulte con|pregunta a|pregunte a)\s+"
    r"(?:\w+\s+){0,2}?(?:doctor|gp|clinician|physician|pharmacist|provider|care team|prescriber|dentist|nurse|medico|farmaceutico|profesional)\b"
    r"|\bwithout (?:talking|checking|speaking|consulting) (?:to|with)\b|\bsin (?:consultar|hablar)\b"
)
_ADDRESSED = _rx(r"^\W*(?:@\w|to the (?:person|lady|guy|woman|man|follower|commenter) who)")


def addressed_to_an_audience(ctx: DraftCtx, start: int, end: int) -> bool:
    """A post speaks to its readers in general, unless it singles someone out (an @handle, "to the person who asked")."""
    if ctx.context is not DraftContext.POST:
        return False
    return not _ADDRESSED.search(ctx.draft.text)


def general_statement(ctx: DraftCtx, start: int, end: int) -> bool:
    """Said of people in general ("adults can take up to...", "most sprains heal"), not to the reader about themselves."""
    return bool(_GENERAL.search(ctx.cues.clause_text(start)))


def conditional(ctx: DraftCtx, start: int, end: int) -> bool:
    """Inside an "if" ("if you have been a patient here, please call us")."""
    return bool(_CONDITIONAL.search(ctx.cues.before(start)))


def policy_statement(ctx: DraftCtx, start: int, end: int) -> bool:
    """States the practice's policy of not confirming or discussing ("we never confirm whether someone is a patient")."""
    a, b = ctx.cues.clause_of(start)
    sentence = ctx.text[max(0, a - 80) : b]
    return bool(_POLICY.search(sentence))


def redirect(ctx: DraftCtx, start: int, end: int) -> bool:
    """Points the reader to their own clinician or pharmacist rather than advising ("ask your pharmacist before...")."""
    return bool(_REDIRECT.search(ctx.cues.clause_text(start)))


def negated(ctx: DraftCtx, start: int, end: int) -> bool:
    """A negation stands just before the match (the inbound excuse of the same name)."""
    return SUPPRESSORS["negated"](ctx.cues, start, end)


# A post that singles someone out: an @handle anywhere, "to the lady who asked", "to whoever DMed me", "para la seguidora que".
_SINGLES_OUT = _rx(
    r"(?<![\w.])@[a-z0-9_]|\bto (?:whoever|the one who)\b|\bwhoever (?:asked|dmed|dm'd|messaged|commented|wrote)\b"
    r"|\b(?:to|for|re|dear) (?:the|my|our|that) (?:person|lady|guy|woman|man|follower|commenter|patient|mum|mom|dad|friend|girl|boy) (?:who|that|from)\b"
    r"|\b(?:para|a) (?:la|el|mi|esa|ese) (?:seguidora|seguidor|persona|paciente|chica|chico|senora|senor|mama|papa) (?:que|de)\b"
    r"|\ba quien me (?:pregunto|escribio|comento)\b|\b(?:you asked|you dmed|you messaged|me preguntaste|me pregunto ayer|me escribiste)\b"
)


def spoken_to_the_public(ctx: DraftCtx, start: int, end: int) -> bool:
    """A post to its readers in general; not one that singles someone out anywhere ("@ana your knee...", "to whoever DMed me...")."""
    return ctx.context is DraftContext.POST and not _SINGLES_OUT.search(ctx.text)


def answers_own_health(ctx: DraftCtx) -> bool:
    """The draft answers a message about the writer's own (or their family's) health ("I sprained my wrist")."""
    if ctx.inbound is not None and {Category.MEDICAL_ADVICE, Category.EMERGENCY, Category.SELF_HARM}.intersection(ctx.inbound.categories):
        return True
    if ctx.inbound_cues is None or ctx.context is DraftContext.POST:
        return False
    return ctx.inbound_cues.personal_health


_SENTENCE_END = re.compile(r"[.!?\n]")
# A clause that speaks to the reader or about the thing they asked ("that's", "your"), not to people in general.
_TO_THE_READER = _rx(r"\b(?:you|your|you're|youre|you've|you'll|that's|thats|it's|its|this is|tu|tus|te|usted|su|eso es|lo tuyo)\b")


def general_education(ctx: DraftCtx, start: int, end: int) -> bool:
    """Said of people in general, and not as the answer to someone's own symptoms ("most sprains heal" answering "I sprained my ankle" is advice)."""
    text = ctx.text
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    b = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    if answers_own_health(ctx):
        return False
    clause = ctx.cues.clause_text(start)
    return bool(_GENERAL.search(clause)) or (not _TO_THE_READER.search(clause) and bool(_GENERAL.search(text[a:b])))


def names_no_one(ctx: DraftCtx, start: int, end: int) -> bool:
    """A post about patients in general that names or points at no one ("one of our patients reached her goal", shared with consent)."""
    from docguard.detect.outgoing.appointment_details import singles_out_someone  # the helper lives with its detector

    return ctx.context is DraftContext.POST and not singles_out_someone(ctx)


_ELSEWHERE = _rx(
    r"\b(?:your|their|his|her) (?:own |regular |usual )?(?:gp|gp surgery|doctor|dentist|midwife|obstetrician|surgeon|consultant|specialist|pharmacist|provider|care team|clinician|therapist|medico|dentista|farmaceutico)\b"
    r"|\bthe (?:team|hospital|clinic|surgeon|doctor|practice) (?:who|that) (?:did|treated|operated|performed|prescribed)\b"
)


def care_elsewhere(ctx: DraftCtx, start: int, end: int) -> bool:
    """The reader's care belongs to another clinician ("your GP can check your records", "ask the team who did your operation")."""
    return bool(_ELSEWHERE.search(ctx.cues.clause_text(start)))


EXCUSES: Mapping[str, Excuse] = {
    "addressed_to_an_audience": addressed_to_an_audience,
    "general_statement": general_statement,
    "conditional": conditional,
    "policy_statement": policy_statement,
    "redirect": redirect,
    "negated": negated,
    "spoken_to_the_public": spoken_to_the_public,
    "general_education": general_education,
    "names_no_one": names_no_one,
    "care_elsewhere": care_elsewhere,
}

__all__ = ["EXCUSES"]
