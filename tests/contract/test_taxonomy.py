"""Code, taxonomy, policy and templates stay in step."""

from __future__ import annotations

import re
from pathlib import Path

from docguard.detect.registry import INBOUND_DETECTORS
from docguard.policy.profile import load_defaults
from docguard.replies.render import LANGUAGES, load_templates
from docguard.taxonomy import Category, Urgency, Zone

TAXONOMY = Path(__file__).resolve().parents[3] / "shared" / "TAXONOMY.md"


def taxonomy_rows() -> list[tuple[int, str, str]]:
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \| .*? \| (\w+) \|$", TAXONOMY.read_text(encoding="utf-8"), re.M)
    return [(int(p), name, zone) for p, name, zone in rows]


def test_categories_precedence_and_zones_match_the_taxonomy() -> None:
    rows = taxonomy_rows()
    assert len(rows) == 12
    defaults = load_defaults()
    for precedence, name, zone in rows:
        cat = Category(name)
        assert cat.precedence == precedence
        assert defaults.categories[cat].zone is Zone(zone)


def test_urgency_matches_the_taxonomy() -> None:
    defaults = load_defaults()
    want = {Category.EMERGENCY: Urgency.IMMEDIATE, Category.SELF_HARM: Urgency.IMMEDIATE, Category.THREAT_HARASSMENT: Urgency.HIGH}
    for cat in Category:
        assert defaults.categories[cat].urgency is want.get(cat, Urgency.NORMAL)


def test_every_category_but_benign_has_a_detector() -> None:
    covered = {d.category for d in INBOUND_DETECTORS}
    assert covered == set(Category) - {Category.BENIGN}


def test_every_template_the_policy_names_exists_in_every_language() -> None:
    defaults = load_defaults()
    named = {p.template for p in defaults.categories.values()} | {t for k in defaults.kinds.values() for t in k.templates.values()}
    named |= {"unsupported_language"}
    named.discard("")
    for lang in LANGUAGES:
        templates = load_templates(lang)
        assert named <= set(templates), f"{lang}: missing {named - set(templates)}"
        assert set(templates) - {"channels"} <= named | {"thanks_comment"}, f"{lang}: unused templates"
