"""Ingest: store every item first (a committed batch is acknowledged), then triage it, then store the decision.

A crash at any point loses nothing acknowledged and duplicates nothing: a rerun skips what is
stored (``Store.save_raw`` is idempotent) and first triages what was stored but not yet decided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from docguard.app import App
from docguard.audit import chain
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage
from docguard.policy.escalate import Escalation, EscalationLevel, evaluate, rules_for
from docguard.policy.profile import Profile, load_defaults
from docguard.policy.roster import with_roster
from docguard.results import Decision
from docguard.store.repo import Store
from docguard.taxonomy import Category

BATCH = 500


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    resumed: int = 0
    decided: list[tuple[int, Decision]] = field(default_factory=list)
    escalations: list[tuple[str, Escalation, int | None]] = field(default_factory=list)  # (sender key, escalation, incident)


def ingest(
    app: App,
    store: Store,
    records: Iterable[tuple[InboundItem, str]],
    *,
    batch: int = BATCH,
    on_stored: Callable[[int], None] = lambda _n: None,
    keep: bool = True,
) -> IngestReport:
    """Store, then triage, batch by batch. ``on_stored`` is told how many items each committed batch acknowledged."""
    report = IngestReport()
    senders: set[str] = set()
    def decide(item: InboundItem) -> Decision:
        decision = triage(app, item)
        if Category.CONNECTION_REQUEST in decision.categories:
            decision = with_roster(decision, store.roster_relation(item.sender))
        return decision

    for stored in iter(lambda: store.pending(batch), []):
        decided = [(s.item_id, decide(s.item)) for s in stored]
        store.save_decisions(decided)
        senders.update(s.sender_key for s in stored if s.sender_key)
        report.resumed += len(decided)
        if keep:
            report.decided += decided
    pending: list[tuple[InboundItem, str]] = []

    def flush() -> None:
        saved = store.save_raw(pending)
        senders.update(s.sender_key for s in saved if s.sender_key)
        new = [s for s in saved if s.new]
        report.stored += len(new)
        report.duplicates += len(saved) - len(new)
        on_stored(len(saved))
        decided = [(s.item_id, decide(s.item)) for s in new]
        store.save_decisions(decided)
        if keep:
            report.decided += decided
        pending.clear()

    for record in records:
        report.read += 1
        pending.append(record)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    report.escalations = escalate(app, store, sorted(senders))
    return report


def escalate(app: App, store: Store, sender_keys: Sequence[str]) -> list[tuple[str, Escalation, int | None]]:
    """Evaluate the practice's escalation rules on these senders' histories; record what newly fired.

    Accounts the practice linked (``[[linked]]`` in the profile) are one person: their histories
    are read together, so channel hopping counts. A rule is recorded once per person and starting
    point (the redirect or block it counts from, or its first message); at incident level the
    person's open incident is opened or extended with the triggering messages.
    """
    rules = rules_for(load_defaults(), app.profile)
    tz = ZoneInfo(app.profile.locale.timezone)
    links = linked_keys(store, app.profile)
    groups: dict[str, list[str]] = {}
    for key, person in links.items():
        groups.setdefault(person, []).append(key)
    people = sorted({links.get(k, k) for k in sender_keys})
    fired: list[tuple[str, Escalation, int | None]] = []
    for start in range(0, len(people), 500):
        part = people[start : start + 500]
        histories = store.histories([k for who in part for k in groups.get(who, [who])])
        seen = store.escalations_recorded(part)
        with store.engine.begin() as conn:
            log = chain.Writer(conn)
            for who in part:
                history = [h for k in groups.get(who, [who]) for h in histories.get(k, [])]
                if not history:
                    continue
                for esc in evaluate(history, rules, tz=tz, links=links):
                    mark = f"{esc.rule}@{','.join(map(str, esc.context_ids or esc.item_ids[:1]))}"
                    if mark in seen.get(who, set()):
                        continue
                    incident = store.record_escalation(who, mark, esc.as_dict(), open_incident=esc.level is EscalationLevel.INCIDENT, log=log)
                    fired.append((who, esc, incident))
    return fired


def linked_keys(store: Store, profile: Profile) -> dict[str, str]:
    """Sender key -> person, for the accounts the practice linked; the person is named by the group's first key."""
    links: dict[str, str] = {}
    for group in profile.linked:
        keys = sorted(k for platform, handle in group.pairs() if (k := store.sender_key(platform, handle)))
        for k in keys:
            links[k] = f"person-{keys[0][:16]}"
    return links


__all__ = ["BATCH", "IngestReport", "escalate", "ingest", "linked_keys"]
