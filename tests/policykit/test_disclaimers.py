"""Every bio and pinned post, for every platform, language and profile, fits its platform's limit.

Nothing is ever cut: each text is one whole variant with its placeholders filled, and a text
that is shorter than the practice's details would allow says so.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from docguard.app import App
from docguard.policy.profile import load_defaults
from docguard.policykit import CONTENTS
from docguard.policykit.disclaimers import bio, pinned
from docguard.policykit.facts import Facts, fields_of, fill
from docguard.policykit.platforms import LIMITS, Platform, count

from .conftest import PROFILES

DEFAULTS = load_defaults()


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("lang", sorted(CONTENTS))
@pytest.mark.parametrize("platform", list(Platform))
def test_bio_and_pinned_post_fit_and_are_whole(app_for: Callable[[str], App], profile: str, lang: str, platform: Platform) -> None:
    content = CONTENTS[lang]
    values = Facts.from_profile(app_for(profile).profile, DEFAULTS).values(content)
    for fitted, variants, limit in (
        (bio(content, values, platform), content.disclaimers.bio_variants, LIMITS[platform].bio),
        (pinned(content, values, platform), content.disclaimers.pinned_variants, LIMITS[platform].pinned),
    ):
        assert fitted.length == count(platform, fitted.text) <= limit
        whole = {fill(v, values) for v in variants if all(values[f] for f in fields_of(v))}
        assert fitted.text in whole, "a disclaimer must be a whole variant, never a cut one"
        assert "{" not in fitted.text and "}" not in fitted.text


@pytest.mark.parametrize("lang", sorted(CONTENTS))
def test_the_last_variants_need_no_profile_value_and_fit_every_platform(lang: str) -> None:
    d = CONTENTS[lang].disclaimers
    for platform in Platform:
        assert not fields_of(d.bio_variants[-1]) and count(platform, d.bio_variants[-1]) <= LIMITS[platform].bio
        assert not fields_of(d.pinned_variants[-1]) and count(platform, d.pinned_variants[-1]) <= LIMITS[platform].pinned


def test_a_long_practice_falls_back_to_a_shorter_text_and_says_so(app_for: Callable[[str], App]) -> None:
    content = CONTENTS["en"]
    values = Facts.from_profile(app_for("long").profile, DEFAULTS).values(content)
    tiktok = bio(content, values, Platform.TIKTOK)
    assert tiktok.shortened
    assert values["practice"] not in tiktok.text
    assert "911" in tiktok.text  # the emergency number survives the shortening


def test_a_short_practice_gets_its_name_in_the_instagram_bio(app_for: Callable[[str], App]) -> None:
    content = CONTENTS["en"]
    values = Facts.from_profile(app_for("short").profile, DEFAULTS).values(content)
    fitted = bio(content, values, Platform.INSTAGRAM)
    assert fitted.text.startswith("Dr K.") and not fitted.shortened
    assert "911-0" in fitted.text and "k.co" in fitted.text
