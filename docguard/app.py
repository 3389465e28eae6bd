"""The one composition root: builds the normaliser, detectors, policy, renderer and outgoing checker once."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docguard.detect.base import CONTEXTUAL, LexiconDetector, Rule
from docguard.detect.ml.combine import Engine
from docguard.detect.ml.model import InboundModel, load_model
from docguard.detect.outgoing.base import OutgoingDetector
from docguard.detect.outgoing.own import OwnDetails, own_details
from docguard.detect.prefilter import LiteralScanner
from docguard.detect.registry import build_inbound, build_outgoing
from docguard.policy.decide import Policy
from docguard.policy.profile import KeywordRule, Profile, load_defaults, load_profile
from docguard.replies.render import Renderer
from docguard.taxonomy import Category
from docguard.text.lang import LanguageDetector
from docguard.text.normalise import Normaliser

PROFILE_ENV = "DOCGUARD_PROFILE"
PROFILE_FILE = "docguard.toml"


@dataclass(frozen=True, slots=True)
class App:
    profile: Profile
    profile_source: str
    normaliser: Normaliser
    languages: LanguageDetector
    detectors: tuple[LexiconDetector, ...]
    scanner: LiteralScanner
    policy: Policy
    renderer: Renderer
    #: the outgoing checker: its detectors, their shared literal scan, and what is the practice's own
    outgoing: tuple[OutgoingDetector, ...]
    outgoing_scanner: LiteralScanner
    own: OwnDetails
    #: the learned inbound model (None when the rules decide alone) and which parts decide
    model: InboundModel | None = None
    engine: Engine = Engine.RULES


def find_profile(explicit: Path | None) -> Path | None:
    """--profile, then $DOCGUARD_PROFILE, then ./docguard.toml; None means built-in defaults."""
    if explicit is not None:
        return explicit
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env)
    local = Path(PROFILE_FILE)
    return local if local.is_file() else None


def build_app(
    profile_path: Path | None = None,
    profile: Profile | None = None,
    *,
    engine: Engine = Engine.COMBINED,
    model_path: Path | None = None,
) -> App:
    """Everything triage and check need, built once. ``engine`` RULES skips loading the model."""
    if profile is None:
        profile = load_profile(profile_path)
    defaults = load_defaults()
    extra: dict[Category, Sequence[Rule]] = {}
    for i, kw in enumerate(profile.rules):
        extra[kw.category] = (*extra.get(kw.category, ()), _keyword_rule(i, kw))
    detectors = tuple(build_inbound(extra))
    outgoing = tuple(build_outgoing())
    return App(
        profile=profile,
        profile_source=str(profile_path) if profile_path else "built-in defaults",
        normaliser=Normaliser(),
        languages=LanguageDetector(),
        detectors=detectors,
        scanner=LiteralScanner(lit for d in detectors for lit in d.literals),
        policy=Policy.build(defaults, profile),
        renderer=Renderer(profile, defaults),
        outgoing=outgoing,
        outgoing_scanner=LiteralScanner(lit for d in outgoing for lit in d.literals),
        own=own_details(profile, defaults),
        model=None if engine is Engine.RULES else load_model(model_path),
        engine=engine,
    )


def _keyword_rule(index: int, kw: KeywordRule) -> Rule:
    pattern = kw.pattern or r"\b(?:" + "|".join(re.escape(w.lower()) for w in kw.words) + r")\b"
    suppress = CONTEXTUAL if kw.category in (Category.EMERGENCY,) else ("negated",)
    return Rule(kw.id or f"practice_rule_{index + 1}", pattern, kw.reason, suppress)


__all__ = ["App", "build_app", "find_profile"]
