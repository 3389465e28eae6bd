"""Shared fixtures: one App per test session (built once, like the CLI does per run)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from docguard.app import App, build_app
from docguard.detect.ml.combine import Engine
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage
from docguard.results import Decision
from docguard.taxonomy import Kind


@pytest.fixture(scope="session")
def app() -> App:
    """The rules alone: detector, policy and reply tests pin down what the rules do (the floor)."""
    return build_app(None, engine=Engine.RULES)


@pytest.fixture(scope="session")
def combined_app() -> App:
    """What triage runs by default: the rules with the shipped model beside them."""
    return build_app(None, engine=Engine.COMBINED)


@pytest.fixture(scope="session")
def triage_text(app: App) -> Callable[..., Decision]:
    def run(text: str, kind: str = "dm", lang: str | None = None) -> Decision:
        return triage(app, InboundItem(id="t", text=text, kind=Kind(kind), lang=lang))

    return run


@pytest.fixture(scope="session")
def categories_of(triage_text: Callable[..., Decision]) -> Callable[..., set[str]]:
    def run(text: str, kind: str = "dm") -> set[str]:
        return {c.value for c in triage_text(text, kind).categories}

    return run
