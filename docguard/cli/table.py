"""The table a person reads at 2 a.m.: red and immediate first, evidence highlighted, reply below."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from docguard.app import App
from docguard.items import InboundItem
from docguard.results import Decision, DraftCheck, DraftEvidence, Evidence

ZONE_STYLE = {"red": "bold white on red", "yellow": "bold black on yellow", "green": "bold black on green"}
URGENCY_STYLE = {"immediate": "bold red", "high": "bold yellow", "normal": "dim"}
MAX_SHOWN = 280


def sort_key(indexed: tuple[int, tuple[InboundItem, Decision]]) -> tuple[int, int, int]:
    index, (_, d) = indexed
    return (-d.zone.severity, -d.urgency.severity, index)


def highlighted(evidence: Sequence[Evidence | DraftEvidence], text: str) -> Text:
    """The text with each evidence span highlighted (cut around the first span if long)."""
    spans = [(e.start, e.end) for e in evidence if e.end > e.start]
    start = 0
    if len(text) > MAX_SHOWN:
        first = min((s for s, _ in spans), default=0)
        start = max(0, min(first - 60, len(text) - MAX_SHOWN))
    shown = text[start : start + MAX_SHOWN]
    out = Text(("…" if start else "") + shown + ("…" if start + MAX_SHOWN < len(text) else ""))
    offset = 1 if start else 0
    for s, e in spans:
        a, b = max(s - start, 0), min(e - start, len(shown))
        if a < b:
            out.stylize("bold reverse", a + offset, b + offset)
    return out


def print_table(rows: Sequence[tuple[InboundItem, Decision]], app: App, *, color: bool | None) -> None:
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160"))
    console = Console(force_terminal=color, no_color=color is False, width=width, highlight=False)
    table = Table(show_lines=True, title=f"DocGuard triage — {len(rows)} item(s) — profile: {app.profile_source}")
    table.add_column("zone", no_wrap=True)
    table.add_column("urgency", no_wrap=True)
    table.add_column("id", no_wrap=True)
    table.add_column("category")
    table.add_column("message and why", ratio=3)
    table.add_column("actions")
    table.add_column("suggested reply", ratio=2)
    for _, (item, d) in sorted(enumerate(rows), key=sort_key):
        why = highlighted(d.evidence, item.text)
        for e in d.evidence:
            if e.text:
                why.append(f"\n• “{e.text}”: {e.reason}", style="italic")
            else:
                why.append(f"\n• {e.reason}", style="italic")
        for note in d.notes:
            why.append(f"\n! {note}", style="bold")
        cats = d.category.value + ("" if len(d.categories) == 1 else "\n+ " + ", ".join(c.value for c in d.categories[1:]))
        table.add_row(
            Text(f" {d.zone.value.upper()} ", style=ZONE_STYLE[d.zone.value]),
            Text(d.urgency.value, style=URGENCY_STYLE[d.urgency.value]),
            d.id,
            cats,
            why,
            "\n".join(a.value for a in d.actions) or "-",
            d.reply or Text("(no reply needed)", style="dim"),
        )
    console.print(table)
    counts = {z: sum(1 for _, d in rows if d.zone.value == z) for z in ("red", "yellow", "green")}
    console.print(f"red {counts['red']} · yellow {counts['yellow']} · green {counts['green']}")


def print_checks(rows: Sequence[tuple[str, DraftCheck]], app: App, *, color: bool | None) -> None:
    """Checked drafts, red first: the draft with the problem words highlighted, why, and a safe rewrite."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160"))
    console = Console(force_terminal=color, no_color=color is False, width=width, highlight=False)
    table = Table(show_lines=True, title=f"DocGuard check — {len(rows)} draft(s) — profile: {app.profile_source}")
    table.add_column("zone", no_wrap=True)
    table.add_column("id", no_wrap=True)
    table.add_column("findings")
    table.add_column("draft and why", ratio=3)
    table.add_column("suggestion", ratio=2)
    for _, (text, c) in sorted(enumerate(rows), key=lambda ix: (-ix[1][1].zone.severity, ix[0])):
        why = highlighted(c.evidence, text)
        for e in c.evidence:
            why.append(f"\n• {e.finding.value}: “{e.text}”: {e.reason}", style="italic")
        for note in c.notes:
            why.append(f"\n! {note}", style="bold")
        table.add_row(
            Text(f" {c.zone.value.upper()} ", style=ZONE_STYLE[c.zone.value]),
            f"{c.id}\n{c.context.value}",
            "\n".join(f.value for f in c.findings) or Text("safe", style="dim"),
            why,
            c.suggestion if c.suggestion is not None else Text("(send as written)", style="dim"),
        )
    console.print(table)
    counts = {z: sum(1 for _, c in rows if c.zone.value == z) for z in ("red", "yellow", "green")}
    console.print(f"red {counts['red']} · yellow {counts['yellow']} · green {counts['green']}")


__all__ = ["print_checks", "print_table"]
