"""The outgoing flow: zones from findings, evidence offsets into the original, suggestions that pass."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docguard.app import App, build_app
from docguard.items import Draft
from docguard.pipeline.outgoing import check, find
from docguard.policy.profile import Profile
from docguard.taxonomy import DraftContext, Finding, Zone

RISKY = [
    ("Hi Maria, your A1c from Tuesday was 7.2, so double the metformin and you'll be fine", DraftContext.REPLY_TO_DM),
    ("We're sorry you had to wait 40 minutes for your MRI on March 3, Mr. Ortiz.", DraftContext.REPLY_TO_REVIEW),
    ("Can't accept your request since you're my patient, but see you Thursday at 10!", DraftContext.DECLINE_CONNECTION),
    ("You looked stunning at your follow-up 😘 text me at my personal number", DraftContext.REPLY_TO_COMMENT),
    ("My 3pm patient, a 92-year-old retired teacher, finally agreed to hospice.", DraftContext.POST),
]


@pytest.mark.parametrize(("text", "context"), RISKY)
def test_suggestions_pass_the_checker(app: App, text: str, context: DraftContext) -> None:
    result = check(app, Draft("t", text, context))
    assert result.findings
    assert result.suggestion is not None
    again = find(app, replace(Draft("t", text, context), text=result.suggestion))[0]
    assert not again, (result.suggestion, again)


@pytest.mark.parametrize(("text", "context"), RISKY)
def test_evidence_points_into_the_original_text(app: App, text: str, context: DraftContext) -> None:
    for e in check(app, Draft("t", text, context)).evidence:
        assert text[e.start : e.end] == e.text and e.reason and "/" in e.detector


def test_zone_is_the_worst_finding(app: App) -> None:
    red = check(app, Draft("t", "Take 800 mg ibuprofen tonight and you'll be fine."))
    assert red.zone is Zone.RED and Finding.VAGUE_REASSURANCE in red.findings
    assert Finding.VAGUE_REASSURANCE.zone is Zone.YELLOW


def test_the_practices_own_details_are_not_phi() -> None:
    profile = Profile.model_validate({
        "practice": {"name": "Riverside Family Medicine", "clinician": "Dr. Ana Ortiz"},
        "channels": {"phone": "(555) 010-0100", "email": "office@riverside.example", "address": "12 River Road, Springfield"},
    })
    app = build_app(profile=profile)
    text = "For anything about your care, call Riverside at (555) 010-0100 or email office@riverside.example — Ana Ortiz"
    assert check(app, Draft("t", text, DraftContext.REPLY_TO_COMMENT)).findings == ()
    other = "Call Jane Miller about her biopsy at (555) 777-1234."
    assert Finding.PHI in check(app, Draft("t", other, DraftContext.REPLY_TO_DM)).findings


def test_a_safe_draft_has_no_suggestion(app: App) -> None:
    result = check(app, Draft("t", "Thanks for following along! New post on sleep hygiene every Friday.", DraftContext.POST))
    assert result.zone is Zone.GREEN and result.suggestion is None
