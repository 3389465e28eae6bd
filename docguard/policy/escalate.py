"""Sender memory and escalation: one DM is a redirect; the twentieth from the same person after a redirect is stalking.

``decide()`` looks at one message. This module looks at everything one person has sent, in time
order, and applies the practice's escalation rules (``[[escalation]]`` in the profile, defaults in
``defaults.toml``). Everything here is pure and deterministic: the store is read by the caller.

    items = store.by_sender(store.sender_key("instagram", "@fan"))       # or several linked keys
    history = history_from_stored(items, ZoneInfo("America/Chicago"))
    for e in evaluate(history.items, rules_for(defaults, profile), tz=history.tz):
        print(e.level, e.rule, e.item_ids)

What counts, from each stored decision:

* a **redirect** (DocGuard sent or recommended a boundary reply): the decision's actions include
  ``auto_reply``, or its primary category is one DocGuard always answers with a boundary
  (``REDIRECT_CATEGORIES``);
* a **block recommendation**: any action whose name contains ``block`` (``recommend_block``);
* **night**: the local hour (in the practice's time zone; UTC when none is given) is 0 to 5.

A naive timestamp (SQLite drops the offset) is taken to be UTC. An item without a platform
timestamp is placed at the time it was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from docguard.policy.profile import Defaults, EscalationAction, EscalationKind, EscalationLevel, EscalationRule, Profile
from docguard.taxonomy import Action, Category, Zone, by_precedence

if TYPE_CHECKING:  # policy does not depend on the store at run time: the caller reads it
    from docguard.store.repo import StoredItem

#: Categories whose default policy is a boundary reply: an item of one of these got a redirect.
REDIRECT_CATEGORIES = frozenset(
    {Category.ROMANTIC, Category.CONNECTION_REQUEST, Category.MEDICAL_ADVICE, Category.APPOINTMENT_ADMIN, Category.EMOTIONAL_DEPENDENCY}
)
#: Local hours counted as night (00:00 to 05:59).
NIGHT_HOURS = range(0, 6)
#: The window for ``SenderHistory.max_in_24h``.
BURST_WINDOW = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One message in a sender's history: what DocGuard decided about it, without its text."""

    item_id: int
    at: datetime  # when it was sent (the platform's time), else when it was stored; timezone-aware
    platform: str | None = None
    categories: frozenset[Category] = frozenset()
    zone: Zone | None = None  # None when the item is not triaged yet
    redirected: bool = False  # DocGuard sent or recommended a redirect / boundary reply
    block_recommended: bool = False
    sender_key: str | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"item {self.item_id}: `at` must be timezone-aware")

    @classmethod
    def from_decision(
        cls, item_id: int, at: datetime, decision: Mapping[str, Any] | None, *, platform: str | None = None, sender_key: str | None = None
    ) -> HistoryItem:
        """From a stored decision dict (``Decision.as_dict()``); ``None`` for an item not yet triaged."""
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        if decision is None:
            return cls(item_id, at, platform, sender_key=sender_key)
        actions = [str(a) for a in decision.get("actions", ())]
        primary = Category(decision["category"]) if decision.get("category") else None
        categories = frozenset(Category(c) for c in decision.get("categories", ())) | ({primary} if primary else set())
        return cls(
            item_id=item_id,
            at=at,
            platform=platform,
            categories=categories,
            zone=Zone(decision["zone"]) if decision.get("zone") else None,
            redirected=Action.AUTO_REPLY.value in actions or primary in REDIRECT_CATEGORIES,
            block_recommended=any("block" in a for a in actions),
            sender_key=sender_key,
        )


@dataclass(frozen=True, slots=True)
class SenderHistory:
    """What one person has sent, summed up. ``items`` is the history itself, oldest first."""

    person: str | None  # the linked person id, else the sender key
    sender_keys: tuple[str, ...]
    items: tuple[HistoryItem, ...]
    tz: tzinfo
    by_category: dict[Category, int]  # an item counts once under each of its categories
    first_contact: datetime | None
    last_contact: datetime | None
    redirects: int  # items that got a redirect / boundary reply
    first_redirect_id: int | None
    contacts_after_redirect: int  # items after the first redirect
    replies_ignored: int  # redirects the sender wrote again after
    first_block_id: int | None  # the first item after which a block was recommended
    contacts_after_block: int
    night_messages: int
    max_in_24h: int  # the largest number of messages in any 24-hour window
    platforms: tuple[str, ...]  # in order of first use

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "sender_keys": list(self.sender_keys),
            "items": len(self.items),
            "timezone": str(self.tz),
            "by_category": {c.value: n for c, n in self.by_category.items()},
            "first_contact": self.first_contact.isoformat() if self.first_contact else None,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "redirects": self.redirects,
            "first_redirect_id": self.first_redirect_id,
            "contacts_after_redirect": self.contacts_after_redirect,
            "replies_ignored": self.replies_ignored,
            "first_block_id": self.first_block_id,
            "contacts_after_block": self.contacts_after_block,
            "night_messages": self.night_messages,
            "max_in_24h": self.max_in_24h,
            "platforms": list(self.platforms),
        }


@dataclass(frozen=True, slots=True)
class Escalation:
    """A rule that fired: why, how far it goes, and exactly which messages triggered it."""

    rule: str
    reason: str
    level: EscalationLevel
    actions: tuple[EscalationAction, ...]
    item_ids: tuple[int, ...]  # the messages that meet the condition, oldest first
    context_ids: tuple[int, ...] = ()  # the message the condition is relative to (the redirect, the block)
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "reason": self.reason,
            "level": self.level.value,
            "actions": [a.value for a in self.actions],
            "item_ids": list(self.item_ids),
            "context_ids": list(self.context_ids),
            "detail": self.detail,
        }


# -- building the history ---------------------------------------------------------------------


def items_from_stored(stored: Iterable[StoredItem]) -> list[HistoryItem]:
    """Stored items (any order) as history items, oldest first."""
    return _ordered(
        HistoryItem.from_decision(s.item_id, s.item.timestamp or s.stored_at, s.decision, platform=s.item.platform, sender_key=s.sender_key)
        for s in stored
    )


def history_from_stored(stored: Iterable[StoredItem], tz: tzinfo = UTC, *, links: Mapping[str, str] | None = None) -> SenderHistory:
    """One person's history from the store (``Store.by_sender`` for one key, or concatenated for linked keys)."""
    return summarise(items_from_stored(stored), tz=tz, links=links)


def person_of(item: HistoryItem, links: Mapping[str, str] | None = None) -> str | None:
    """The person an item is from: the practice's link for its sender key, else the key itself."""
    if item.sender_key is None:
        return None
    return (links or {}).get(item.sender_key, item.sender_key)


def group_by_person(items: Iterable[HistoryItem], links: Mapping[str, str] | None = None) -> dict[str, list[HistoryItem]]:
    """Items of many senders split by person; linked sender keys share one history. Items without a sender are left out."""
    groups: dict[str, list[HistoryItem]] = {}
    for item in items:
        person = person_of(item, links)
        if person is not None:
            groups.setdefault(person, []).append(item)
    return {p: _ordered(group) for p, group in sorted(groups.items())}


def summarise(items: Iterable[HistoryItem], *, tz: tzinfo = UTC, links: Mapping[str, str] | None = None) -> SenderHistory:
    """The counts a reviewer reads before replying. ``items`` must be one person's (raises ValueError otherwise)."""
    ordered = _ordered(items)
    person = _one_person(ordered, links)
    after_redirect = _after(ordered, lambda i: i.redirected)
    after_block = _after(ordered, lambda i: i.block_recommended)
    counts: dict[Category, int] = {}
    for item in ordered:
        for cat in item.categories:
            counts[cat] = counts.get(cat, 0) + 1
    return SenderHistory(
        person=person,
        sender_keys=tuple(sorted({i.sender_key for i in ordered if i.sender_key})),
        items=tuple(ordered),
        tz=tz,
        by_category={c: counts[c] for c in by_precedence(list(counts))},
        first_contact=ordered[0].at if ordered else None,
        last_contact=ordered[-1].at if ordered else None,
        redirects=sum(i.redirected for i in ordered),
        first_redirect_id=after_redirect[0].item_id if after_redirect else None,
        contacts_after_redirect=len(after_redirect[1]) if after_redirect else 0,
        replies_ignored=sum(i.redirected for i in ordered[:-1]),
        first_block_id=after_block[0].item_id if after_block else None,
        contacts_after_block=len(after_block[1]) if after_block else 0,
        night_messages=sum(_is_night(i, tz) for i in ordered),
        max_in_24h=len(_densest(ordered, BURST_WINDOW)),
        platforms=_first_per_platform(ordered)[0],
    )


# -- rules --------------------------------------------------------------------------------------


def rules_for(defaults: Defaults, profile: Profile) -> tuple[EscalationRule, ...]:
    """The practice's rules: the defaults, each replaced by a profile rule of the same id, then the profile's new ones; disabled rules dropped."""
    override = {r.id: r for r in profile.escalation}
    merged = [override.pop(r.id, r) for r in defaults.escalation]
    merged += [r for r in profile.escalation if r.id in override]
    return tuple(r for r in merged if r.enabled)


def evaluate(
    items: Sequence[HistoryItem], rules: Sequence[EscalationRule], *, tz: tzinfo = UTC, links: Mapping[str, str] | None = None
) -> list[Escalation]:
    """Every rule that fires on one person's history, highest level first (then in rule order).

    ``items`` are one person's messages (one sender key, or several linked by ``links``); mixing
    people raises ValueError, so channel hopping is only ever counted across linked handles.
    """
    ordered = _ordered(items)
    _one_person(ordered, links)
    fired = []
    for index, rule in enumerate(rules):
        if not rule.enabled:
            continue
        hit = _CONDITIONS[rule.kind](rule, ordered, tz)
        if hit is not None:
            ids, context, detail = hit
            fired.append((index, Escalation(rule.id, rule.reason, rule.level, rule.actions, ids, context, detail)))
    fired.sort(key=lambda p: (-p[1].level.severity, p[0]))
    return [e for _, e in fired]


_Hit = tuple[tuple[int, ...], tuple[int, ...], str] | None


def _any_category(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    cat = _category(rule)
    matching = [i for i in items if cat in i.categories]
    if len(matching) < rule.min:
        return None
    return _ids(matching), (), f"{_n(len(matching), 'message')} marked {cat.value}"


def _category_after_redirect(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    cat = _category(rule)
    after = _after(items, lambda i: i.redirected)
    if after is None:
        return None
    redirect, later = after
    matching = [i for i in later if cat in i.categories]
    if len(matching) < rule.min:
        return None
    return (
        _ids(matching),
        (redirect.item_id,),
        f"{_n(len(matching), 'message')} marked {cat.value} after the boundary reply to item {redirect.item_id}",
    )


def _contacts_after_redirect(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    after = _after(items, lambda i: i.redirected)
    if after is None:
        return None
    redirect, later = after
    window = _densest(later, _hours(rule.within_hours)) if rule.within_hours is not None else later
    if len(window) < _count(rule):
        return None
    within = f" within {rule.within_hours:g} h" if rule.within_hours is not None else ""
    return _ids(window), (redirect.item_id,), f"{_n(len(window), 'message')}{within} after the boundary reply to item {redirect.item_id}"


def _contact_after_block(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    after = _after(items, lambda i: i.block_recommended)
    if after is None:
        return None
    block, later = after
    if len(later) < rule.min:
        return None
    return _ids(later), (block.item_id,), f"{_n(len(later), 'message')} after a block was recommended on item {block.item_id}"


def _night_burst(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    window = _densest([i for i in items if _is_night(i, tz)], _hours(rule.within_hours))
    if len(window) < _count(rule):
        return None
    return _ids(window), (), f"{_n(len(window), 'message')} at night ({tz}) within {rule.within_hours:g} h"


def _burst(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    window = _densest(items, _hours(rule.within_hours))
    if len(window) < _count(rule):
        return None
    return _ids(window), (), f"{_n(len(window), 'message')} within {rule.within_hours:g} h"


def _platforms(rule: EscalationRule, items: list[HistoryItem], tz: tzinfo) -> _Hit:
    names, firsts = _first_per_platform(items)
    if len(names) < _count(rule):
        return None
    return _ids(firsts), (), f"writes on {len(names)} platforms: {', '.join(names)} (first message on each)"


_CONDITIONS = {
    EscalationKind.ANY_CATEGORY: _any_category,
    EscalationKind.CATEGORY_AFTER_REDIRECT: _category_after_redirect,
    EscalationKind.CONTACTS_AFTER_REDIRECT: _contacts_after_redirect,
    EscalationKind.CONTACT_AFTER_BLOCK: _contact_after_block,
    EscalationKind.NIGHT_BURST: _night_burst,
    EscalationKind.BURST: _burst,
    EscalationKind.PLATFORMS: _platforms,
}


# -- helpers ----------------------------------------------------------------------------------


def _ordered(items: Iterable[HistoryItem]) -> list[HistoryItem]:
    return sorted(items, key=lambda i: (i.at, i.item_id))


def _one_person(items: Sequence[HistoryItem], links: Mapping[str, str] | None) -> str | None:
    people = sorted({p for i in items if (p := person_of(i, links)) is not None})
    if len(people) > 1:
        raise ValueError(f"a history is one person's, but these items come from {len(people)} (link their handles, or use group_by_person)")
    return people[0] if people else None


def _after(items: list[HistoryItem], marks: Callable[[HistoryItem], bool]) -> tuple[HistoryItem, list[HistoryItem]] | None:
    """The first item that ``marks`` (a redirect, a block) and everything the sender wrote after it."""
    for n, item in enumerate(items):
        if marks(item):
            return item, items[n + 1 :]
    return None


def _densest(items: list[HistoryItem], span: timedelta) -> list[HistoryItem]:
    """The most items within any window of ``span`` (ends inclusive); the earliest such window on a tie."""
    best_start, best_end, end = 0, 0, 0
    for start in range(len(items)):
        while end < len(items) and items[end].at - items[start].at <= span:
            end += 1
        if end - start > best_end - best_start:
            best_start, best_end = start, end
    return items[best_start:best_end]


def _is_night(item: HistoryItem, tz: tzinfo) -> bool:
    return item.at.astimezone(tz).hour in NIGHT_HOURS


def _first_per_platform(items: list[HistoryItem]) -> tuple[tuple[str, ...], list[HistoryItem]]:
    firsts: dict[str, HistoryItem] = {}
    for item in items:
        if item.platform:
            firsts.setdefault(item.platform.lower(), item)
    return tuple(firsts), list(firsts.values())


def _ids(items: Iterable[HistoryItem]) -> tuple[int, ...]:
    return tuple(i.item_id for i in items)


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# The profile validator guarantees these fields for the kinds that use them; these narrow the types.
def _category(rule: EscalationRule) -> Category:
    if rule.category is None:
        raise ValueError(f"escalation rule {rule.id!r}: kind {rule.kind.value!r} needs `category`")
    return rule.category


def _count(rule: EscalationRule) -> int:
    if rule.count is None:
        raise ValueError(f"escalation rule {rule.id!r}: kind {rule.kind.value!r} needs `count`")
    return rule.count


def _hours(hours: float | None) -> timedelta:
    if hours is None:
        raise ValueError("this kind of escalation rule needs `within_hours`")
    return timedelta(hours=hours)


__all__ = [
    "BURST_WINDOW",
    "NIGHT_HOURS",
    "REDIRECT_CATEGORIES",
    "Escalation",
    "EscalationAction",
    "EscalationKind",
    "EscalationLevel",
    "EscalationRule",
    "HistoryItem",
    "SenderHistory",
    "evaluate",
    "group_by_person",
    "history_from_stored",
    "items_from_stored",
    "person_of",
    "rules_for",
    "summarise",
]
