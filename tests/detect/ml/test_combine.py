"""Rules and model together: the model adds (with its words and probability), never removes, and says so."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docguard.app import App
from docguard.detect.ml.combine import Engine
from docguard.detect.ml.features import MARK
from docguard.detect.ml.model import InboundModel
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage
from docguard.results import Said
from docguard.taxonomy import Category, Kind, Zone

CATS = tuple(Category)


def toy_model(word: str, category: Category, weight: float = 12.0) -> InboundModel:
    """A model that knows one word, which raises one category; everything else scores about 0.7 %."""
    features = (f"w{MARK}{word}",)
    coef = np.zeros((1, len(CATS)), dtype=np.float32)
    coef[0, CATS.index(category)] = weight
    header = {"version": "toy.1", "format": 1}
    return InboundModel(CATS, {features[0]: 0}, features, np.ones(1, dtype=np.float32), coef, np.full(len(CATS), -5.0, dtype=np.float32), dict.fromkeys(CATS, 0.5), header)


@pytest.fixture
def with_toy(app: App) -> App:
    return replace(app, model=toy_model("zorbly", Category.EMERGENCY), engine=Engine.COMBINED)


def test_the_model_adds_a_category_the_rules_missed_and_shows_its_words(with_toy: App) -> None:
    d = triage(with_toy, InboundItem(id="t", text="Something zorbly is happening to me"))
    assert d.category is Category.EMERGENCY and d.zone is Zone.RED
    ev = [e for e in d.evidence if e.category is Category.EMERGENCY]
    assert ev and ev[0].text == "zorbly" and ev[0].detector == "model/toy.1"
    assert "probability 1.00" in ev[0].reason and "'zorbly'" in ev[0].reason
    assert d.model_version == "toy.1"
    assert [(o.category, o.said) for o in d.model] == [(Category.EMERGENCY, Said.ADDED)]


def test_the_model_never_lowers_a_rules_emergency_and_notes_its_disagreement(with_toy: App) -> None:
    d = triage(with_toy, InboundItem(id="t", text="crushing chest pain right now and my left arm is numb"))
    assert d.category is Category.EMERGENCY
    assert any(e.detector.startswith("emergency") for e in d.evidence)
    said = {o.category: o.said for o in d.model}
    assert said[Category.EMERGENCY] is Said.DISAGREES
    assert any("rule's finding stands" in n for n in d.notes)


def test_model_alone_ignores_the_rules(app: App) -> None:
    alone = replace(app, model=toy_model("zorbly", Category.EMERGENCY), engine=Engine.MODEL)
    d = triage(alone, InboundItem(id="t", text="crushing chest pain right now and my left arm is numb"))
    assert Category.EMERGENCY not in d.categories
    assert not any(e.detector.startswith("emergency") for e in d.evidence)


def test_the_rules_alone_record_no_model(app: App) -> None:
    d = triage(replace(app, model=toy_model("zorbly", Category.EMERGENCY), engine=Engine.RULES), InboundItem(id="t", text="zorbly"))
    assert d.model_version == "" and d.model == () and Category.EMERGENCY not in d.categories


def test_the_model_never_adds_benign(app: App) -> None:
    toy = replace(app, model=toy_model("zorbly", Category.BENIGN), engine=Engine.COMBINED)
    d = triage(toy, InboundItem(id="t", text="zorbly, my refill please"))
    assert Category.BENIGN not in d.categories


def test_an_added_category_can_raise_the_zone_of_a_green_item(app: App) -> None:
    toy = replace(app, model=toy_model("zorbly", Category.THREAT_HARASSMENT), engine=Engine.COMBINED)
    plain = triage(app, InboundItem(id="t", text="great post, zorbly", kind=Kind.COMMENT))
    raised = triage(toy, InboundItem(id="t", text="great post, zorbly", kind=Kind.COMMENT))
    assert plain.zone is Zone.GREEN
    assert raised.zone is Zone.RED and Category.THREAT_HARASSMENT in raised.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my ticker is doing something weird and my left arm feels like it belongs to someone else", Category.EMERGENCY),
        ("I keep thinking everyone would be lighter without me", Category.SELF_HARM),
    ],
)
def test_the_shipped_model_with_the_rules_catches_the_paraphrases_in_the_brief(combined_app: App, text: str, category: Category) -> None:
    d = triage(combined_app, InboundItem(id="t", text=text))
    assert category in d.categories and d.zone is Zone.RED
    assert d.model_version == combined_app.model.version  # type: ignore[union-attr]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_model_evidence_always_points_at_what_was_written(combined_app: App, text: str) -> None:
    d = triage(combined_app, InboundItem(id="t", text=text))
    for e in d.evidence:
        assert text[e.start : e.end] == e.text
