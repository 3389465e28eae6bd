"""Self-harm detector: positives (first person, someone at risk, harm to others), evasions, hard negatives."""

from __future__ import annotations

import pytest

POSITIVE = [
    # the safety net: plain words in a personal message
    "been fighting depression with suicidal and self harm thoughts, never told anyone",
    "sometimes I take the gun out and aim it at my head",
    # wishing to die, not wanting to live
    "honestly I'm so tired of being alive",
    "some nights I hope I just don't wake up",
    "I keep thinking everyone would be better off if I was gone",
    "I don't see the point in going on anymore",
    "death sounds like a relief at this point",
    "I'm a burden to everyone who knows me",
    # plan, means, goodbyes
    "I've been saving up my sleeping pills",
    "thinking about jumping off the overpass on my way home",
    "I wrote goodbye letters to my kids",
    "I looked up how many of my antidepressants it would take",
    "please look after my dog when I'm gone",
    # self-injury and history
    "I relapsed and cut my arms last night",
    "I burn my wrist with a lighter when it gets bad",
    "I tried to kill myself two years ago and the thoughts are back",
    # someone at risk
    "my brother told me he wants to end his life",
    "my 15 year old has fresh cuts on her thighs",
    "my husband keeps saying we'd all be better off without him",
    # harm to others
    "I'm scared I'll hurt my baby when she won't stop crying",
    "I'm going to make him pay, I know where he works and I'm bringing a knife",
    # leaning on the clinician
    "you're the only reason I'm still alive",
    # Spanish
    "ya no quiero vivir, estoy cansada de todo",
    "mi hijo dice que se quiere morir",
    "me sigo cortando las piernas",
    "todos estarían mejor sin mí",
    "ojalá no despertara mañana",
    "tengo miedo de hacerle daño a mi bebé",
]

EVASION = [
    "i w4nt t0 d1e",
    "thinking about su1c1de a lot lately",
    "gonna un@live myself",
    "s e l f  h a r m again",
    "i w a n t t o d i e",
    "sewer slide is on my mind again",
    "3nd my l1fe",
    "i wanna kіll mysеlf",  # Cyrillic і and е
    "quiero m0rirme",
    "k\u200bill my\u200bself",  # zero-width spaces
]

NEGATIVE = [
    "this commute is killing me",
    "I'm not suicidal, just burned out, can we talk about sleep meds?",
    "our clinic is hosting a suicide prevention walk on Saturday",
    "what are the warning signs that a teenager is thinking about suicide?",
    "I cut my hand slicing bagels, does it need stitches?",
    "I'd die for a good night's sleep",
    "my phone battery died and I missed your call",
    "I'm going to kill it at my presentation tomorrow",
    "I lost my uncle to suicide years ago, is depression hereditary?",
    "I volunteer on a crisis line and need self-care tips",
    "I burned myself cooking, what should I put on it?",
    "can I get a later slot? I don't want to wake up at 5am",
    "goodbye and thank you, I'm moving away so this is my last visit",
    "me muero de risa con tus videos",
    "mi jefe me va a matar si llego tarde jaja",
    "me corté el pelo y quedó fatal",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_self_harm_is_caught(categories_of, text: str) -> None:
    assert "self_harm" in categories_of(text)


@pytest.mark.parametrize("text", EVASION)
def test_self_harm_evasions_are_caught(categories_of, text: str) -> None:
    assert "self_harm" in categories_of(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives_are_not_self_harm(categories_of, text: str) -> None:
    assert "self_harm" not in categories_of(text)


def test_self_harm_is_red_immediate_with_crisis_reply(triage_text) -> None:
    d = triage_text("I want to end my life")
    assert (d.zone.value, d.urgency.value, d.category.value) == ("red", "immediate", "self_harm")
    assert {"notify_clinician_now", "escalate_supervisor"} <= {a.value for a in d.actions}
    assert d.reply is not None and "988" in d.reply


def test_a_denial_is_recorded_as_suppressed(triage_text) -> None:
    d = triage_text("anxiety has been rough but no thoughts of hurting myself")
    assert "self_harm" not in {c.value for c in d.categories}
    assert any(s.suppressor == "negated" and s.category.value == "self_harm" for s in d.suppressed)


def test_an_overdose_in_progress_is_also_an_emergency(categories_of) -> None:
    assert {"self_harm", "emergency"} <= categories_of("already swallowed all my pills, thank you for everything")


def test_evidence_points_at_the_original_words(triage_text) -> None:
    text = "lately... I w4nt t0 d1e"
    d = triage_text(text)
    ev = next(e for e in d.evidence if e.category.value == "self_harm")
    assert text[ev.start : ev.end] == ev.text
    assert "w4nt" in ev.text
