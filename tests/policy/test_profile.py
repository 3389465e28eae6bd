"""The practice profile: built-in defaults, overrides, and errors that name the bad key."""

from __future__ import annotations

from pathlib import Path

import pytest

from docguard.app import build_app
from docguard.errors import ProfileError
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage
from docguard.policy.profile import load_profile
from docguard.policy.starter import STARTER_PROFILE
from docguard.taxonomy import Kind


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "docguard.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_starter_profile_is_valid_and_complete() -> None:
    import tomllib

    profile = load_profile(None).model_validate(tomllib.loads(STARTER_PROFILE))
    assert profile.practice.name == "Riverside Family Medicine"
    assert profile.channels.phone


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('[practice]\nnmae = "x"\n', "practice.nmae", "unknown key"),
        ('[practice]\naccount_type = "secret"\n', "practice.account_type", "secret"),
        ('[categories.romantic]\nzone = "purple"\n', "categories.romantic.zone", "purple"),
        ('[categories.flirting]\nzone = "red"\n', "categories.flirting", ""),
        ('[[rules]]\ncategory = "spam"\npattern = "(unclosed"\n', "rules.0.pattern", "regular expression"),
        ('[categories.spam]\nactions = ["delete_everything"]\n', "categories.spam.actions.0", ""),
    ],
)
def test_invalid_profile_names_the_bad_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    with pytest.raises(ProfileError) as err:
        load_profile(write(tmp_path, text))
    assert err.value.key == key
    assert words in str(err.value)


def test_not_toml_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(write(tmp_path, "[practice\nname = 1"))


def test_unknown_country_without_numbers_is_an_error_naming_the_key(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as err:
        build_app(write(tmp_path, '[practice]\ncountry = "ZZ"\n'))
    assert err.value.key == "locale.emergency_number"


def test_locale_sets_emergency_number_and_crisis_line(tmp_path: Path) -> None:
    app = build_app(write(tmp_path, '[practice]\nname = "Leeds Road Surgery"\ncountry = "GB"\n[channels]\nphone = "0113 496 0000"\n'))
    d = triage(app, InboundItem(id="1", text="I want to kill myself tonight"))
    assert d.reply is not None
    assert "116 123" in d.reply and "999" in d.reply and "Leeds Road Surgery" in d.reply and "0113 496 0000" in d.reply
    d = triage(app, InboundItem(id="2", text="my husband can't breathe"))
    assert d.reply is not None and "call 999 now" in d.reply


def test_practice_overrides_and_keyword_rules(tmp_path: Path) -> None:
    app = build_app(
        write(
            tmp_path,
            '[categories.romantic]\nactions = ["auto_reply", "escalate_supervisor"]\n'
            '[[rules]]\ncategory = "threat_harassment"\nwords = ["my lawyer"]\nreason = "legal threat"\n',
        )
    )
    d = triage(app, InboundItem(id="1", text="you are gorgeous"))
    assert [a.value for a in d.actions] == ["auto_reply", "escalate_supervisor"]
    d = triage(app, InboundItem(id="2", text="You will be hearing from my lawyer"))
    assert d.category.value == "threat_harassment"
    assert any(e.reason == "legal threat" and e.text == "my lawyer" for e in d.evidence)


def test_kind_rules_add_actions_and_pick_templates(app) -> None:
    comment = triage(app, InboundItem(id="1", text="you are an incompetent quack", kind=Kind.COMMENT))
    assert "hide_comment" in {a.value for a in comment.actions}
    review = triage(app, InboundItem(id="2", text="Dr. Lee was wonderful with my dad", kind=Kind.REVIEW))
    assert review.category.value == "review_feedback"
    assert review.reply is not None and "confirm whether someone has visited" in review.reply
