"""General questions: health education about no particular person ("what are the signs of a stroke?")."""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.text.health import HEALTH_RX
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern


def _impersonal(ctx: Context) -> bool:
    return not ctx.cues.personal_health


RULES = (
    Rule("education", r"\b(?:what (?:are|is) (?:the )?(?:signs?|symptoms?|warning signs?|red flags?|difference|best way|normal range|recommended|side effects?|risks?|benefits?|causes?|treatment|dosage|max(?:imum)? (?:daily )?dose)|signs? of|symptoms? of|how (?:do|does|can|should|often|much|long|soon) (?:you|one|someone|people|adults|kids|children|a person|women|men|it|the|a|an|i know)|what causes|what happens (?:if|when|to)|is it true|does (?:\w+ )?(?:cause|help|work|prevent|increase|raise|lower|reduce)|can (?:\w+ )?(?:cause|help|prevent|lead to|raise|lower)|why do (?:people|we|some|kids|women|men)|when should (?:you|someone|people|kids|adults|women|men)|at what age|in general|myth|is \w+ (?:safe|bad|good|healthy|effective) (?:for|during|in)|are \w+ (?:safe|bad|good|healthy|effective)|what(?:'s| is) (?:a|an|the) (?:\w+ ){0,3}(?:test|level|range|dose|vaccine|condition|disease))", "asks a general health or education question", ("negated",), when=_impersonal),
    Rule("es_education", r"\b(?:cuales son|que es|que son|como (?:se|saber|prevenir|evitar)|por que (?:se|da)|es (?:verdad|cierto) que|sintomas de|senales de|que causa|para que sirve|es (?:bueno|malo|seguro) (?:tomar|comer))\b", "pregunta general de salud", ("negated",), lang="es", when=_impersonal),
)

_QUESTION_WORD = re.compile(fold_pattern(r"\?|\b(?:wondering|curious|question|pregunta)\b"))


class GeneralQuestionDetector(LexiconDetector):
    name = "general_question"
    version = "1"
    category = Category.GENERAL_QUESTION
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if found.evidence:
            return found
        text = ctx.cues.norm.text
        if not _QUESTION_WORD.search(text) or ctx.cues.personal_health:
            return found
        h = HEALTH_RX.search(text)
        if h:
            found.evidence.append(self.evidence_at(ctx, h.start(), h.end(), "a health question about no particular person", "impersonal_question"))
        return found


__all__ = ["GeneralQuestionDetector"]
