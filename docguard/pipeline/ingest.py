"""Ingest: store every item first (a committed batch is acknowledged), then triage it, then store the decision.

A crash at any point loses nothing acknowledged and duplicates nothing: a rerun skips what is
stored (``Store.save_raw`` is idempotent) and first triages what was stored but not yet decided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from docguard.app import App
from docguard.items import InboundItem
from docguard.pipeline.inbound import triage
from docguard.results import Decision
from docguard.store.repo import Store

BATCH = 500


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    resumed: int = 0
    decided: list[tuple[int, Decision]] = field(default_factory=list)


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
    for stored in iter(lambda: store.pending(batch), []):
        decided = [(s.item_id, triage(app, s.item)) for s in stored]
        store.save_decisions(decided)
        report.resumed += len(decided)
        if keep:
            report.decided += decided
    pending: list[tuple[InboundItem, str]] = []

    def flush() -> None:
        saved = store.save_raw(pending)
        new = [s for s in saved if s.new]
        report.stored += len(new)
        report.duplicates += len(saved) - len(new)
        on_stored(len(saved))
        decided = [(s.item_id, triage(app, s.item)) for s in new]
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
    return report


__all__ = ["BATCH", "IngestReport", "ingest"]
