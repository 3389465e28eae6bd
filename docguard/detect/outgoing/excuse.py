"""Named excuses for outgoing matches: each reads like the reason a match is not a finding.

They take the draft context, so they can see where the draft is going ("addressed to an
audience" only excuses a post) as well as the words around the match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from docguard.detect.outgoing.base import DraftCtx, Excuse
from docguard.detect.suppress import SUPPRESSORS
from docguard.taxonomy import DraftContext
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
    "names_no_one": names_no_one,
    "care_elsewhere": care_elsewhere,
}

__all__ = ["EXCUSES"]
