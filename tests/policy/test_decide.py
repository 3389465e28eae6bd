"""decide() is pure and names the rule behind every zone, urgency and action."""

from __future__ import annotations

from docguard.policy.decide import Policy, decide, resolve_categories
from docguard.policy.profile import Profile, load_defaults
from docguard.taxonomy import Category as C
from docguard.taxonomy import Kind

POLICY = Policy.build(load_defaults(), Profile())


def test_zone_is_the_most_severe_and_primary_follows_precedence() -> None:
    v = decide(POLICY, {C.BENIGN, C.REVIEW_FEEDBACK, C.ROMANTIC}, Kind.DM, readable=True, empty=False)
    assert v.categories == (C.ROMANTIC, C.REVIEW_FEEDBACK)
    assert v.zone.value == "red" and v.urgency.value == "normal"
    assert "zone red: category romantic" in v.rules


def test_urgency_by_taxonomy() -> None:
    assert decide(POLICY, {C.SELF_HARM}, Kind.DM, readable=True, empty=False).urgency.value == "immediate"
    assert decide(POLICY, {C.THREAT_HARASSMENT}, Kind.DM, readable=True, empty=False).urgency.value == "high"
    assert decide(POLICY, {C.SPAM}, Kind.DM, readable=True, empty=False).urgency.value == "normal"


def test_self_harm_takes_over_emotional_dependency() -> None:
    cats, notes = resolve_categories({C.EMOTIONAL_DEPENDENCY, C.SELF_HARM})
    assert cats == (C.SELF_HARM,) and notes


def test_nothing_found_is_benign_and_green() -> None:
    v = decide(POLICY, set(), Kind.DM, readable=True, empty=False)
    assert v.categories == (C.BENIGN,) and v.zone.value == "green" and v.template == ""


def test_unreadable_is_never_silently_green() -> None:
    v = decide(POLICY, set(), Kind.DM, readable=False, empty=False)
    assert v.zone.value == "yellow" and "needs_review" in {a.value for a in v.actions}
    assert v.template == "unsupported_language"


def test_empty_dm_needs_review_but_empty_friend_request_does_not() -> None:
    assert "needs_review" in {a.value for a in decide(POLICY, set(), Kind.DM, readable=True, empty=True).actions}
    fr = decide(POLICY, {C.CONNECTION_REQUEST}, Kind.FRIEND_REQUEST, readable=True, empty=True)
    assert [a.value for a in fr.actions] == ["decline_connection", "auto_reply"]
