"""Facts about a normalised text computed once and shared by every detector and suppressor.

Clauses are the unit of context: a negation, a time phrase or a question form only
speaks for the clause it stands in ("I had chest pain last year but now my arm is numb"
has two clauses, and only the first is in the past).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from docguard.text.health import personal_health
from docguard.text.normalise import NormText, fold_pattern

# Clause breaks: sentence punctuation, line breaks, and the conjunctions that turn the time or
# polarity of what follows ("but", "and now", "pero", "y ahora").
_CLAUSE_BREAK = re.compile(
    fold_pattern(r"[.!?;\n]+|,\s|\s(?:but|however|although|though|and now|now|today|tonight|pero|y ahora|ahora)\s|\s-\s")
)

_PERSONAL = re.compile(
    fold_pattern(
        r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|our|us|"
        r"(?:my|our|his|her) (?:son|daughter|kid|kids|child|baby|husband|wife|partner|mom|mum|mother|dad|father|"
        r"grandma|grandpa|grandmother|grandfather|brother|sister|friend|boyfriend|girlfriend|roommate|neighbor|aunt|uncle)|"
        r"yo|mi|mis|me duele|tengo|estoy|mio|mia|nosotros|nuestro|nuestra)\b"
    )
)

_QUESTION_START = re.compile(
    fold_pattern(
        r"^\s*(?:what|whats|what's|how|why|when|which|who|is|are|can|could|does|do|should|would|will|"
        r"que|qué|como|cómo|cuál|cual|cuáles|cuales|por qué|puedo|puede|es|hay)\b"
    )
)


@dataclass(frozen=True, slots=True)
class Cues:
    norm: NormText
    clause_starts: tuple[int, ...] = field(repr=False)
    clause_ends: tuple[int, ...] = field(repr=False)
    personal: bool
    question: bool
    #: some clause speaks of a particular person's health ("my son has a rash"), not just "I"
    personal_health: bool

    def clause_of(self, start: int) -> tuple[int, int]:
        """The (start, end) of the clause holding normalised offset ``start``."""
        return _clause_at(self.clause_starts, self.clause_ends, start)

    def clause_text(self, start: int) -> str:
        a, b = self.clause_of(start)
        return self.norm.text[a:b]

    def before(self, start: int, clause_only: bool = True) -> str:
        """Text of the clause up to ``start`` (what precedes a match)."""
        a = self.clause_of(start)[0] if clause_only else 0
        return self.norm.text[a:start]

    def after(self, end: int) -> str:
        """Text of the clause from ``end`` on (what follows a match)."""
        b = self.clause_of(max(end - 1, 0))[1]
        return self.norm.text[end:b]

    def clause_is_question(self, start: int) -> bool:
        a, b = self.clause_of(start)
        text = self.norm.text
        tail = text[b : b + 3]
        return "?" in tail or bool(_QUESTION_START.match(text, a))


def compute_cues(norm: NormText) -> Cues:
    text = norm.text
    starts = [0]
    ends = []
    for m in _CLAUSE_BREAK.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    personal = bool(_PERSONAL.search(text))
    return Cues(
        norm=norm,
        clause_starts=tuple(starts),
        clause_ends=tuple(ends),
        personal=personal,
        question="?" in text or bool(_QUESTION_START.match(text)),
        personal_health=personal and personal_health(norm, lambda pos: _clause_at(starts, ends, pos)),
    )


def _clause_at(starts: list[int] | tuple[int, ...], ends: list[int] | tuple[int, ...], pos: int) -> tuple[int, int]:
    i = max(bisect_right(starts, pos) - 1, 0)
    return starts[i], ends[i]


__all__ = ["Cues", "compute_cues"]
