"""decide(): from the categories found to zone, urgency, actions and the reply template. Pure.

Every choice names the rule that made it (``rules`` in the decision), so a reviewer can see
why an item is red, why the supervisor was told, and which template answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from docguard.errors import ProfileError
from docguard.policy.profile import CategoryPolicy, Defaults, Profile
from docguard.taxonomy import Action, Category, Kind, Urgency, Zone, by_precedence


@dataclass(frozen=True, slots=True)
class Verdict:
    categories: tuple[Category, ...]
    zone: Zone
    urgency: Urgency
    actions: tuple[Action, ...]
    template: str
    rules: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CategoryRule:
    zone: Zone
    urgency: Urgency
    actions: tuple[Action, ...]
    template: str


@dataclass(frozen=True, slots=True)
class Policy:
    """Defaults and profile merged once: what each category and kind means for this practice."""

    categories: dict[Category, CategoryRule]
    kind_actions: dict[Kind, dict[Category, tuple[Action, ...]]]
    kind_templates: dict[Kind, dict[Category, str]]
    version: str

    @classmethod
    def build(cls, defaults: Defaults, profile: Profile) -> Policy:
        categories = {}
        for cat in Category:
            base = defaults.categories[cat]
            over = profile.categories.get(cat)
            if over is not None:
                base = base.model_copy(update={k: v for k, v in over.model_dump().items() if v is not None})
            categories[cat] = _complete(cat, base)
        kind_actions: dict[Kind, dict[Category, tuple[Action, ...]]] = {}
        kind_templates: dict[Kind, dict[Category, str]] = {}
        for kind in Kind:
            d, p = defaults.kinds.get(kind), profile.kinds.get(kind)
            kind_actions[kind] = {**(d.add_actions if d else {}), **(p.add_actions if p else {})}
            kind_templates[kind] = {**(d.templates if d else {}), **(p.templates if p else {})}
        return cls(categories, kind_actions, kind_templates, defaults.version)


def _complete(cat: Category, pol: CategoryPolicy) -> CategoryRule:
    if pol.zone is None or pol.urgency is None or pol.actions is None or pol.template is None:
        raise ProfileError("docguard/policy/defaults.toml", f"categories.{cat.value}", "zone, urgency, actions and template are all required")
    return CategoryRule(pol.zone, pol.urgency, pol.actions, pol.template)


def resolve_categories(found: set[Category]) -> tuple[tuple[Category, ...], tuple[str, ...]]:
    """Apply the taxonomy's exclusions to what the detectors found; say which applied."""
    notes = []
    cats = set(found)
    if Category.SELF_HARM in cats and Category.EMOTIONAL_DEPENDENCY in cats:
        cats.discard(Category.EMOTIONAL_DEPENDENCY)
        notes.append("emotional_dependency dropped: self-harm signs take over (taxonomy)")
    if Category.MEDICAL_ADVICE in cats and Category.GENERAL_QUESTION in cats:
        cats.discard(Category.GENERAL_QUESTION)
        notes.append("general_question dropped: the question is about a particular person")
    if len(cats) > 1:
        cats.discard(Category.BENIGN)
    if not cats:
        cats.add(Category.BENIGN)
    return tuple(by_precedence(cats)), tuple(notes)


def decide(policy: Policy, found: set[Category], kind: Kind, *, readable: bool, empty: bool) -> Verdict:
    categories, notes = resolve_categories(found)
    rules: list[str] = []
    zone, urgency = Zone.GREEN, Urgency.NORMAL
    actions: list[Action] = []
    for cat in categories:
        pol = policy.categories[cat]
        if pol.zone.severity > zone.severity:
            zone = pol.zone
            rules.append(f"zone {zone.value}: category {cat.value}")
        if pol.urgency.severity > urgency.severity:
            urgency = pol.urgency
            rules.append(f"urgency {urgency.value}: category {cat.value}")
        for action in (*pol.actions, *policy.kind_actions[kind].get(cat, ())):
            if action not in actions:
                actions.append(action)
                rules.append(f"{action.value}: category {cat.value}" + ("" if action in pol.actions else f" on a {kind.value}"))
    primary = categories[0]
    template = policy.kind_templates[kind].get(primary, policy.categories[primary].template)
    if not readable:
        notes += ("written in a language DocGuard cannot read: a person must read it",)
        if zone is Zone.GREEN:
            zone = Zone.YELLOW
            rules.append("zone yellow: unreadable language is never silently green")
        template = "unsupported_language" if primary.precedence > Category.SELF_HARM.precedence else template
    if empty and kind is not Kind.FRIEND_REQUEST:
        notes += ("no text to read (an attachment or a deleted message?)",)
    if (not readable or (empty and kind is not Kind.FRIEND_REQUEST)) and Action.NEEDS_REVIEW not in actions:
        actions.append(Action.NEEDS_REVIEW)
        rules.append("needs_review: the text could not be read")
    return Verdict(categories, zone, urgency, tuple(actions), template, tuple(rules), notes)


__all__ = ["Policy", "Verdict", "decide", "resolve_categories"]
