"""General questions: health education about no particular person ("what are the signs of a stroke?").

A general question is a *question* about a *health or health-care topic* that names no
particular person. The same words about the writer, a child or a parent are medical_advice,
so this detector stands down whenever ``particular_health`` (shared with medical_advice)
says the item speaks of a particular person's health; the policy also drops this category
when medical_advice is found.

The lexicon rules name education question forms ("what are the signs of", "is it true",
"¿es verdad que"); ``refine`` adds any other question on a health topic. Requests for content
("can you do one about eczema?"), questions about the clinician's own life ("how do you stay
so calm?"), social asks and promotion are not general questions.
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, Rule
from docguard.detect.inbound.appointment_admin import (
    SplitLexiconDetector,
    admin_in,
    any_within,
    fast_pattern,
    norm_offset,
    outreach,
    sentence_spans,
    spans_of,
)
from docguard.detect.inbound.medical_advice import particular_health, vocabulary_hits
from docguard.results import Suppression
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_rx = fast_pattern


# A cheap first look: a question word opening a sentence, or an asking phrase, anywhere in the item.
_MAYBE_ASKING = re.compile(
    fold_pattern(
        r"(?:^|[.!\n] ?)\W*(?:what|whats|what's|how|why|which|is|are|can|does|do|safest)\b|"
        r"\b(?:explain|eli5|wondering|curious|question|or is that|or are people|any (?:good )?(?:tips|resources|advice|recommendations|suggestions)|"
        r"the deal with|pregunta|algun consejo)\b"
    )
)
_ASK_START = re.compile(fold_pattern(r"\W*(?:what|whats|what's|how|why|which|is|are|can(?!'t)|does|do|safest)\b"))
_ASK_WORDS = _rx(
    r"\b(?:explain|eli5|wondering|curious|question|or is that (?:fake|a myth|marketing|overblown|true)|or are people|any (?:good )?(?:tips|resources|advice|recommendations|suggestions)|"
    r"what(?:'s| is) the deal with|pregunta|algun consejo)\b"
)

# Not a general question: a content request, the clinician's own life or career, a social ask, a threat.
_NOT_EDUCATION = _rx(
    r"\b(?:(?:can|could|would|will) you (?:do|make|post|film|record) (?:one|a|an|more|another|something|part)|"
    r"how (?:do|did) you (?:stay|come up|balance|manage to|find (?:the )?time|deal with|keep up|do it all|handle|choose|decide|become|get into|pick)|what made you|why did you|"
    r"estudiar medicina|med school|residency|become a (?:doctor|nurse)|"
    r"follow (?:me |each other )?back|follow each other|dm me|your (?:number|cell|ig|instagram|facebook|personal)|are you (?:single|on)|you're single|"
    r"would you (?:like|want|be up)|can we (?:meet|talk|chat)|can i (?:tell|message|call|dm|text) (?:you|u)|think of you|friends\?|you seen my|please answer|"
    r"your (?:favorite|favourite)|have you (?:ever )?(?:tried|been)|see what happens|or else|i know where|como se llama)\b"
)
# An admin topic asked about as education ("what does in-network mean?", "how do refills work?").
_ADMIN_EDUCATION = _rx(
    r"\b(?:what(?:'s| is| are| does| do) (?!my|your|our|his|her)|how (?:do|does) .{0,40}work|why (?:do|does) |what counts|how often should|"
    r"(?:do|does) (?!you\b|u\b)(?:\w+ ){0,2}(?:really )?need|explain|vs\.?|versus|difference|why are \w+ (?:rules|laws|prices|costs)|"
    r"is it true|in general|generally|which (?:one|type|kind) (?:can|is|does|should)|que es|cada cuanto|cuanto tardan|que vacunas)"
)


RULES = (
    Rule(
        "education",
        r"\b(?:what (?:are|is) (?:the )?(?:early |common |warning |main |first |most common )?(?:signs?|symptoms?|warning signs?|red flags?|difference|best way|normal range|"
        r"recommended|side effects?|risks?|benefits?|causes?|treatment|dosage|stages|link|window|max(?:imum)? (?:daily )?dose)|signs? of|symptoms? of|"
        r"how (?:do|does|can|should|often|much|long|soon|fast|early|common|is|are) (?:you|one|someone|people|adults|kids|children|a person|women|men|it|the|a|an|i know|u)|"
        r"what causes|what happens (?:if|when|to)|is it true|is (?:it|that) a myth|does (?:\w+ ){0,3}(?:cause|help|work|prevent|increase|raise|lower|reduce|affect|count)|"
        r"can (?:\w+ ){0,3}(?:cause|help|prevent|lead to|raise|lower|spread)|why (?:do|does|are|is|can't) (?:people|we|some|kids|women|men|doctors|hospitals|insurers)|"
        r"when should (?:you|someone|people|kids|babies|adults|women|men)|at what (?:age|point|temperature|blood pressure)|in general|(?:is|that's|a|just a|or a) myth\b|myth or|"
        r"is \w+ (?:safe|bad|good|healthy|effective|dangerous|harmful) (?:for|during|in|to)|are \w+ (?:safe|bad|good|healthy|effective|dangerous)|"
        r"what(?:'s| is) (?:a|an|the) (?:\w+ ){0,3}(?:test|level|range|dose|vaccine|condition|disease)|what does (?:\w+ ){1,3}(?:mean|measure|show|stand for|tell))",
        "asks a general health or education question",
        ("negated",),
    ),
    Rule(
        "es_education",
        r"\b(?:cuales son|que es|que son|que significa|que mide|como (?:se|saber|prevenir|evitar)|por que (?:se|da|los|las|el|la|sube)|es (?:verdad|cierto) que|"
        r"sintomas de|señales de|que causa|para que sirve|es (?:bueno|malo|seguro) (?:tomar|comer|para)|cada cuanto|a que edad|hay que|se recomienda|"
        r"cuant[oa]s? (?:\w+ )?(?:hay que|se recomienda|deben|debe)|(?:causan|causa|afectan|afecta|sube|suben|da|dan) (?:el|la|los|las)?)\b",
        "pregunta general de salud",
        ("negated",),
        lang="es",
    ),
)

class GeneralQuestionDetector(SplitLexiconDetector):
    name = "general_question"
    version = "2"
    category = Category.GENERAL_QUESTION
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if "?" not in text and not _MAYBE_ASKING.search(text):
            return self._excuse(found, "not_a_question")
        spans = sentence_spans(ctx)
        ask_words = spans_of(_ASK_WORDS, text)
        questions = [(a, b) for a, b in spans if "?" in text[a:b] or _ASK_START.match(text, a, b) or any_within(ask_words, a, b)]
        if not questions:
            return self._excuse(found, "not_a_question")
        hits = vocabulary_hits(ctx)
        topic = sorted(hits.get("medical", []) + hits.get("topic", []))
        if not topic:
            return self._excuse(found, "not_a_health_topic")
        if outreach(ctx):
            return self._excuse(found, "promotion_or_phishing")
        blocked = spans_of(_NOT_EDUCATION, text)

        def health_question(a: int, b: int) -> bool:
            """A question on a health topic: not social, not a content request, not the writer's own admin.

            The topic may stand in an earlier sentence the question points back to ("...rebound congestion. What causes that?").
            """
            if any_within(blocked, a, b):
                return False
            sentence = text[a:b]
            if not any_within(topic, a, b):
                before = topic[0][0] < a and not admin_in(ctx, 0, a)
                if not (before and _POINTS_BACK.search(sentence)):
                    return False
            # "is the allergist appointment still on the 14th?", "how much does a visit cost?"
            return not (admin_in(ctx, a, b) and not _ADMIN_EDUCATION.search(sentence))

        asked = [(a, b) for a, b in questions if health_question(a, b)]
        if not asked:
            return self._excuse(found, "not_a_health_question")
        if particular_health(ctx):
            return self._excuse(found, "about_a_particular_person")
        kept = []
        for ev in found.evidence:
            start = norm_offset(ctx, ev.start)
            if any(a <= start < b for a, b in asked):
                kept.append(ev)
        found.evidence = kept
        if not kept:
            # Any other question on a health topic, about no one in particular.
            a, b = asked[0]
            sentence = text[a:b]
            lead = len(sentence) - len(sentence.lstrip())
            found.evidence.append(
                self.evidence_at(ctx, a + lead, min(b, a + lead + 120), "a health question about no particular person", "health_topic_question")
            )
        return found

    def _excuse(self, found: Detection, why: str) -> Detection:
        for ev in found.evidence:
            found.suppressed.append(Suppression(self.category, ev.start, ev.end, ev.text, why, self.name))
        found.evidence = []
        return found


_POINTS_BACK = _rx(r"\b(?:that|this|it|those|these|eso|esto)\b")


__all__ = ["GeneralQuestionDetector"]
