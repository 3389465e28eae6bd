"""Benchmarks of the store: ingest (store + triage + decision) and `log verify`, on a fresh database."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import insert

from docguard.app import App
from docguard.audit import chain
from docguard.evaluate.corpus import CORPUS_DIR
from docguard.evaluate.metrics import read_gold
from docguard.items import InboundItem
from docguard.pipeline.ingest import ingest
from docguard.store.repo import Store
from docguard.store.tables import audit_log


@dataclass(frozen=True, slots=True)
class BenchResult:
    count: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def corpus_items(count: int) -> Iterator[tuple[InboundItem, str]]:
    """``count`` distinct messages cycled from the corpus, each with its own platform id, from one of ``count // 5``
    senders (five messages each on average: a practice's inbox, not one stalker)."""
    base = [g.item for name in ("train.jsonl", "dev.jsonl") for g in read_gold(CORPUS_DIR / name)]
    for i in range(count):
        item = base[i % len(base)]
        yield replace(item, id=f"bench-{i}", platform="instagram", sender=f"@sender{(i * 7919) % max(1, count // 5)}"), "bench"


def bench_ingest(app: App, count: int, url: str | None, folder: Path) -> BenchResult:
    store = Store.open(url=url or f"sqlite:///{folder / 'bench.db'}", key_path=folder / "bench.key", actor="bench")
    try:
        start = time.perf_counter()
        ingest(app, store, corpus_items(count), keep=False)
        return BenchResult(count, time.perf_counter() - start)
    finally:
        store.engine.dispose()


def bench_verify(entries: int, url: str | None, folder: Path) -> BenchResult:
    """Write ``entries`` chained entries in bulk (chain.chained, as append does, but inserted 50,000 at a time), then time a full verify."""
    store = Store.open(url=url or f"sqlite:///{folder / 'verify.db'}", key_path=folder / "verify.key", actor="bench")
    try:
        prev = chain.GENESIS
        with store.engine.begin() as conn:
            rows = []
            for seq in range(1, entries + 1):
                entry, row = chain.chained(seq, prev, "2026-11-21T00:00:00+00:00", "bench", "items_triaged", None, {"items": [seq]})
                rows.append(row)
                prev = entry.hash
                if len(rows) == 50_000:
                    conn.execute(insert(audit_log), rows)
                    rows = []
            if rows:
                conn.execute(insert(audit_log), rows)
        with store.engine.connect() as conn:
            start = time.perf_counter()
            verdict = chain.verify(conn)
            seconds = time.perf_counter() - start
        if not verdict.ok or verdict.entries != entries:
            raise RuntimeError(f"verify disagreed with the benchmark's own chain: {verdict.problems[:3]}")
        return BenchResult(entries, seconds)
    finally:
        store.engine.dispose()


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="docguard-bench-")


__all__ = ["BenchResult", "bench_ingest", "bench_verify", "corpus_items", "scratch"]
