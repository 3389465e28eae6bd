"""Sender memory and escalation: histories built by hand, rules from the profile, and one run through a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from docguard.app import App
from docguard.errors import ProfileError
from docguard.items import InboundItem
from docguard.pipeline.ingest import ingest
from docguard.policy.escalate import (
    EscalationAction,
    EscalationLevel,
    EscalationRule,
    HistoryItem,
    evaluate,
    group_by_person,
    history_from_stored,
    rules_for,
    summarise,
)
from docguard.policy.profile import Profile, load_defaults, load_profile
from docguard.store.repo import Store
from docguard.taxonomy import Action, Category

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # a Monday afternoon
DEFAULTS = load_defaults()
RULES = rules_for(DEFAULTS, Profile())


def msg(
    item_id: int,
    hours: float,
    *cats: Category,
    redirected: bool = False,
    block: bool = False,
    platform: str = "instagram",
    sender: str = "k1",
) -> HistoryItem:
    return HistoryItem(
        item_id=item_id,
        at=T0 + timedelta(hours=hours),
        platform=platform,
        categories=frozenset(cats or {Category.BENIGN}),
        redirected=redirected,
        block_recommended=block,
        sender_key=sender,
    )


def fired(items: list[HistoryItem], tz: tzinfo = UTC, links: dict[str, str] | None = None) -> dict[str, tuple[int, ...]]:
    return {e.rule: e.item_ids for e in evaluate(items, RULES, tz=tz, links=links)}


def rule(**fields: object) -> EscalationRule:
    base: dict[str, object] = {"id": "r", "reason": "test", "level": "document", "actions": ["document_incident"]}
    return EscalationRule.model_validate(base | fields)


# -- the default rules ----------------------------------------------------------------------------


def test_one_redirected_message_is_not_an_escalation() -> None:
    assert evaluate([msg(1, 0, Category.MEDICAL_ADVICE, redirected=True)], RULES) == []


def test_romantic_after_a_boundary_reply_is_documented() -> None:
    items = [msg(1, 0, Category.ROMANTIC, redirected=True), msg(2, 30, Category.BENIGN), msg(3, 50, Category.ROMANTIC, redirected=True)]
    [esc] = evaluate(items, RULES)
    assert (esc.rule, esc.level, esc.item_ids, esc.context_ids) == ("romantic-after-redirect", EscalationLevel.DOCUMENT, (3,), (1,))
    assert esc.actions == (EscalationAction.DOCUMENT_INCIDENT,)
    assert "item 1" in esc.detail


def test_romantic_before_any_redirect_does_not_count() -> None:
    items = [msg(1, 0, Category.ROMANTIC), msg(2, 1, Category.MEDICAL_ADVICE, redirected=True)]
    assert "romantic-after-redirect" not in fired(items)


def test_five_contacts_in_a_day_after_a_redirect_go_to_the_supervisor() -> None:
    items = [msg(1, 0, Category.APPOINTMENT_ADMIN, redirected=True)] + [msg(10 + n, 1 + 4 * n) for n in range(5)]
    [esc] = evaluate(items, RULES)
    assert esc.rule == "repeated-after-redirect"
    assert esc.level is EscalationLevel.SUPERVISOR
    assert esc.item_ids == (10, 11, 12, 13, 14)  # the redirect itself is context, not a trigger
    assert esc.context_ids == (1,)
    assert EscalationAction.ESCALATE_SUPERVISOR in esc.actions


def test_five_contacts_spread_over_a_week_do_not() -> None:
    items = [msg(1, 0, Category.APPOINTMENT_ADMIN, redirected=True)] + [msg(10 + n, 1 + 36 * n) for n in range(5)]
    assert evaluate(items, RULES) == []


def test_four_contacts_after_a_redirect_do_not() -> None:
    items = [msg(1, 0, Category.APPOINTMENT_ADMIN, redirected=True)] + [msg(10 + n, 1 + n) for n in range(4)]
    assert evaluate(items, RULES) == []


def test_contacts_before_the_redirect_do_not_count() -> None:
    items = [msg(n, n * 0.5) for n in range(1, 5)] + [msg(9, 3, Category.MEDICAL_ADVICE, redirected=True), msg(10, 4)]
    assert evaluate(items, RULES) == []


def test_the_densest_window_is_the_one_listed() -> None:
    later = [msg(10, 1), msg(11, 40), msg(12, 41), msg(13, 42), msg(14, 43), msg(15, 44), msg(16, 45), msg(17, 100)]
    [esc] = evaluate(
        [msg(1, 0, Category.ROMANTIC, redirected=True), *later], [rule(kind="contacts_after_redirect", count=5, within_hours=24)]
    )
    assert esc.item_ids == (11, 12, 13, 14, 15, 16)


def test_without_a_window_any_contacts_after_a_redirect_count() -> None:
    r = rule(kind="contacts_after_redirect", count=3)
    items = [msg(1, 0, Category.ROMANTIC, redirected=True), msg(2, 24), msg(3, 200), msg(4, 900)]
    assert [e.item_ids for e in evaluate(items, [r])] == [(2, 3, 4)]


def test_any_threat_opens_an_incident() -> None:
    items = [msg(1, 0), msg(2, 5, Category.THREAT_HARASSMENT, Category.ROMANTIC), msg(3, 6)]
    esc = evaluate(items, RULES)[0]
    assert (esc.rule, esc.level, esc.item_ids) == ("threat", EscalationLevel.INCIDENT, (2,))
    assert {EscalationAction.OPEN_INCIDENT, EscalationAction.RECOMMEND_BLOCK, EscalationAction.REPORT_TO_PLATFORM} <= set(esc.actions)


def test_contact_after_a_block_recommendation_is_an_incident() -> None:
    items = [msg(1, 0, Category.THREAT_HARASSMENT, block=True), msg(2, 100), msg(3, 300)]
    by_rule = {e.rule: e for e in evaluate(items, RULES)}
    assert by_rule["contact-after-block"].item_ids == (2, 3)
    assert by_rule["contact-after-block"].context_ids == (1,)
    assert by_rule["contact-after-block"].level is EscalationLevel.INCIDENT


def test_no_contact_after_the_block_means_no_block_escalation() -> None:
    assert "contact-after-block" not in fired([msg(1, 0), msg(2, 5, Category.THREAT_HARASSMENT, block=True)])


def test_night_burst_in_the_practice_time_zone() -> None:
    # 08:00-09:00 UTC is 02:00-03:00 in Chicago (CST, UTC-6) but daytime in UTC.
    items = [msg(n, 18 + n * 0.5) for n in range(1, 4)]
    assert [i.at.hour for i in items] == [8, 9, 9]
    assert fired(items) == {}
    chicago = ZoneInfo("America/Chicago")
    assert fired(items, tz=chicago) == {"night-burst": (1, 2, 3)}
    assert summarise(items, tz=chicago).night_messages == 3


def test_night_messages_spread_over_nights_are_not_a_burst() -> None:
    items = [msg(n, 12 + 24 * n) for n in range(1, 4)]  # 02:00 UTC on three nights
    assert fired(items) == {}


def test_channel_hopping_counts_only_linked_handles() -> None:
    insta, x = msg(1, 0, sender="insta-fan"), msg(2, 1, platform="x", sender="x-fan")
    stranger = msg(3, 2, platform="facebook", sender="someone-else")
    groups = group_by_person([insta, x, stranger])
    assert all(fired(g) == {} for g in groups.values())
    links = {"insta-fan": "person-7", "x-fan": "person-7"}
    groups = group_by_person([insta, x, stranger], links)
    assert sorted(groups) == ["person-7", "someone-else"]
    assert fired(groups["person-7"], links=links) == {"channel-hopping": (1, 2)}
    assert fired(groups["someone-else"], links=links) == {}


def test_a_history_mixing_unlinked_people_is_refused() -> None:
    with pytest.raises(ValueError, match="one person"):
        evaluate([msg(1, 0, sender="a"), msg(2, 1, sender="b")], RULES)


def test_highest_level_first_and_each_lists_exactly_its_triggers() -> None:
    items = [
        msg(1, 0, Category.ROMANTIC, redirected=True),
        msg(2, 1, Category.ROMANTIC),
        msg(3, 2),
        msg(4, 3),
        msg(5, 4),
        msg(6, 5, Category.THREAT_HARASSMENT, block=True),
        msg(7, 400),
    ]
    got = [(e.rule, e.level.value, e.item_ids) for e in evaluate(items, RULES)]
    assert got == [
        ("threat", "incident", (6,)),
        ("contact-after-block", "incident", (7,)),
        ("repeated-after-redirect", "supervisor", (2, 3, 4, 5, 6)),
        ("romantic-after-redirect", "document", (2,)),
    ]


def test_evaluate_is_deterministic_whatever_the_input_order() -> None:
    items = [msg(1, 0, Category.ROMANTIC, redirected=True), *[msg(n, n) for n in range(2, 8)], msg(9, 9, Category.ROMANTIC)]
    assert evaluate(items, RULES) == evaluate(list(reversed(items)), RULES)


# -- the history summary --------------------------------------------------------------------------


def test_summary_counts() -> None:
    items = [
        msg(1, 0, Category.MEDICAL_ADVICE, redirected=True),
        msg(2, 1, Category.ROMANTIC, Category.MEDICAL_ADVICE, redirected=True),
        msg(3, 2, Category.THREAT_HARASSMENT, block=True),
        msg(4, 100, platform="facebook"),
    ]
    h = summarise(items, tz=UTC)
    assert h.by_category == {Category.THREAT_HARASSMENT: 1, Category.ROMANTIC: 1, Category.MEDICAL_ADVICE: 2, Category.BENIGN: 1}
    assert (h.first_contact, h.last_contact) == (T0, T0 + timedelta(hours=100))
    assert (h.redirects, h.first_redirect_id, h.contacts_after_redirect, h.replies_ignored) == (2, 1, 3, 2)
    assert (h.first_block_id, h.contacts_after_block) == (3, 1)
    assert (h.max_in_24h, h.night_messages, h.platforms) == (3, 0, ("instagram", "facebook"))
    assert h.as_dict()["by_category"]["medical_advice"] == 2


def test_empty_history() -> None:
    h = summarise([])
    assert (h.person, h.max_in_24h, h.first_contact) == (None, 0, None)
    assert evaluate([], RULES) == []


def test_redirects_and_blocks_are_read_from_the_stored_decision() -> None:
    def item(decision: dict[str, object] | None) -> HistoryItem:
        return HistoryItem.from_decision(1, datetime(2026, 1, 1), decision)  # naive: taken as UTC

    assert item({"category": "benign", "categories": ["benign"], "zone": "green", "actions": ["auto_reply"]}).redirected
    assert item({"category": "connection_request", "categories": ["connection_request"], "zone": "yellow", "actions": []}).redirected
    assert not item({"category": "spam", "categories": ["spam"], "zone": "green", "actions": []}).redirected
    blocked = item({"category": "threat_harassment", "categories": ["threat_harassment"], "zone": "red", "actions": ["recommend_block"]})
    assert blocked.block_recommended and not blocked.redirected
    pending = item(None)
    assert (pending.categories, pending.zone, pending.at.tzinfo) == (frozenset(), None, UTC)


def test_naive_times_are_refused_on_hand_built_items() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        HistoryItem(1, datetime(2026, 1, 1))


# -- rules as data --------------------------------------------------------------------------------


def test_defaults_load_with_unique_ids_and_every_kind_used_once_at_least() -> None:
    ids = [r.id for r in DEFAULTS.escalation]
    assert ids == ["romantic-after-redirect", "repeated-after-redirect", "threat", "contact-after-block", "night-burst", "channel-hopping"]
    assert {r.level for r in DEFAULTS.escalation} == set(EscalationLevel)


def test_escalation_actions_reuse_the_action_names() -> None:
    shared = {a.value for a in EscalationAction} & {a.value for a in Action}
    assert shared == {"document_incident", "escalate_supervisor", "notify_clinician_now", "recommend_block", "report_to_platform"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "docguard.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'id = "x"\nreason = "r"\nlevel = "document"\n'


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        (GOOD + 'kind = "vibes"\n', "escalation.0.kind", "vibes"),
        ('id = "x"\nreason = "r"\nlevel = "panic"\nkind = "platforms"\ncount = 2\n', "escalation.0.level", "panic"),
        (GOOD + 'kind = "platforms"\ncount = 2\nactions = ["nuke"]\n', "escalation.0.actions.0", "nuke"),
        (GOOD + 'kind = "platforms"\n', "escalation.0", "needs `count`"),
        (GOOD + 'kind = "any_category"\n', "escalation.0", "needs `category`"),
        (GOOD + 'kind = "any_category"\ncategory = "flirting"\n', "escalation.0.category", "flirting"),
        (GOOD + 'kind = "contact_after_block"\ncount = 3\n', "escalation.0", "`count` does not apply"),
        (GOOD + 'kind = "night_burst"\ncount = 3\nwithin_hours = 0\n', "escalation.0.within_hours", ""),
        (GOOD + 'kind = "platforms"\ncount = 2\ncolour = "red"\n', "escalation.0.colour", "unknown key"),
        ('id = "Bad Id"\nreason = "r"\nlevel = "document"\nkind = "platforms"\ncount = 2\n', "escalation.0.id", ""),
    ],
)
def test_bad_escalation_rules_are_refused_naming_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    with pytest.raises(ProfileError) as info:
        load_profile(write(tmp_path, "[[escalation]]\n" + text))
    assert info.value.key == key
    assert words in info.value.message


def test_duplicate_rule_ids_are_refused(tmp_path: Path) -> None:
    one = "[[escalation]]\n" + GOOD + 'kind = "platforms"\ncount = 2\n'
    with pytest.raises(ProfileError) as info:
        load_profile(write(tmp_path, one + one))
    assert info.value.key == "escalation"
    assert "used twice" in info.value.message


def test_a_profile_replaces_disables_and_adds_rules(tmp_path: Path) -> None:
    profile = load_profile(
        write(
            tmp_path,
            '[[escalation]]\nid = "channel-hopping"\nreason = "r"\nlevel = "document"\nkind = "platforms"\ncount = 2\nenabled = false\n'
            '[[escalation]]\nid = "repeated-after-redirect"\nreason = "sooner"\nlevel = "incident"\nkind = "contacts_after_redirect"\ncount = 2\n'
            '[[escalation]]\nid = "any-burst"\nreason = "lots"\nlevel = "document"\nkind = "burst"\ncount = 10\nwithin_hours = 1\n',
        )
    )
    rules = rules_for(DEFAULTS, profile)
    assert [r.id for r in rules] == [
        "romantic-after-redirect",
        "repeated-after-redirect",
        "threat",
        "contact-after-block",
        "night-burst",
        "any-burst",
    ]
    assert rules[1].count == 2 and rules[1].level is EscalationLevel.INCIDENT
    items = [msg(1, 0, Category.ROMANTIC, redirected=True), msg(2, 1, platform="x"), msg(3, 200)]
    assert [(e.rule, e.item_ids) for e in evaluate(items, rules, links=None)] == [("repeated-after-redirect", (2, 3))]


# -- through a real store ---------------------------------------------------------------------------


def test_history_from_a_real_store(tmp_path: Path, app: App) -> None:
    store = Store.open(url=f"sqlite:///{tmp_path / 'db.sqlite'}", key_path=tmp_path / "k.key")
    texts = [
        "You are so beautiful, will you go on a date with me?",
        "Why are you ignoring me?",
        "Answer me.",
        "Hi",
        "Answer me please",
        "You are so beautiful",
        "I know where you live and I will make you pay",
    ]
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    records = [
        (InboundItem(id=f"m{n}", text=t, platform="instagram", sender="@fan", timestamp=start + timedelta(hours=2 * n)), "test")
        for n, t in enumerate(texts)
    ]
    records.append((InboundItem(id="other", text="You are so beautiful", platform="instagram", sender="@someone"), "test"))
    ingest(app, store, records)

    history = history_from_stored(store.by_sender(store.sender_key("instagram", "@fan") or ""), UTC)
    ids = [i.item_id for i in history.items]
    assert len(ids) == len(texts)
    assert history.first_contact == start and history.platforms == ("instagram",)
    assert history.redirects >= 2 and history.first_redirect_id == ids[0]
    assert history.by_category[Category.THREAT_HARASSMENT] == 1

    got = {e.rule: e for e in evaluate(history.items, RULES, tz=history.tz)}
    assert got["threat"].item_ids == (ids[6],)
    assert got["repeated-after-redirect"].item_ids == tuple(ids[1:])
    assert got["repeated-after-redirect"].context_ids == (ids[0],)
    assert ids[5] in got["romantic-after-redirect"].item_ids
    assert next(iter(got)) == "threat"
