"""What the policy kit tells the practice to post (bios and pinned posts, every platform) passes the outgoing checker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from docguard.app import App
from docguard.items import Draft
from docguard.pipeline.outgoing import check
from docguard.policy.profile import load_defaults
from docguard.policykit import CONTENTS
from docguard.policykit.disclaimers import bio, pinned
from docguard.policykit.facts import Facts
from docguard.policykit.platforms import Platform
from docguard.taxonomy import DraftContext

from .conftest import PROFILES

DEFAULTS = load_defaults()


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("lang", sorted(CONTENTS))
def test_disclaimers_pass_the_checker_as_posts(app_for: Callable[[str], App], profile: str, lang: str) -> None:
    app = app_for(profile)
    content = CONTENTS[lang]
    values = Facts.from_profile(app.profile, DEFAULTS).values(content)
    for platform in Platform:
        for fitted in (bio(content, values, platform), pinned(content, values, platform)):
            result = check(app, Draft(f"{platform}", fitted.text, DraftContext.POST, lang=lang))
            assert not result.findings, (platform, fitted.text, [(e.finding.value, e.text) for e in result.evidence])
