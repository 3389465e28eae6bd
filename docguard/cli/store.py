"""The commands over the store: ingest, inbox, incidents, the log, the roster, keys and retention.

The store's libraries (SQLAlchemy, Alembic, cryptography) are imported when one of these commands
runs, not when `docguard` starts: `triage` and `check` never open the store.
"""

from __future__ import annotations

import csv
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from docguard.cli.options import EXIT_REJECTED, EXIT_USAGE, Rejected, engine_option, load_app, profile_option, read_inputs
from docguard.errors import DocGuardError
from docguard.items import InboundItem
from docguard.sources.files import read_items

if TYPE_CHECKING:
    from docguard.store.repo import Store, StoredItem

EXIT_TAMPERED = 4
ACTOR_ENV = "DOCGUARD_ACTOR"
F = TypeVar("F", bound=Callable[..., Any])


def actor_option(f: F) -> F:
    return click.option(
        "--actor",
        default=None,
        help=f"Who is acting, for the log (default: ${ACTOR_ENV}, then the login name).",
    )(f)


def open_store(actor: str | None) -> Store:
    from docguard.store.repo import Store

    who = actor or os.environ.get(ACTOR_ENV) or getpass.getuser()
    try:
        return Store.open(actor=who)
    except DocGuardError as exc:
        click.echo(f"docguard: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _console() -> Console:
    return Console(width=int(os.environ.get("COLUMNS", "140")) if not sys.stdout.isatty() else None, highlight=False)


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None, help="Input format (default: from the file name, or sniffed).")
@click.option("--strict", is_flag=True, help="Stop at the first bad input line (exit 1).")
@click.option("--acks", is_flag=True, help="Print `acknowledged N` on standard error after every committed batch (for a supervising program).")
@profile_option
@engine_option
@actor_option
def ingest_command(inputs: tuple[str, ...], input_format: str | None, strict: bool, acks: bool, profile: Path | None, engine: str, actor: str | None) -> None:
    """Store every item (encrypted), then triage it and store the decision. Running it twice stores nothing twice.

    INPUTS are JSONL or CSV files ('-' for standard input). Bad lines are reported with file and
    line and the rest go on. Items are acknowledged batch by batch once committed; after a crash,
    a rerun resumes where it stopped.
    """
    from docguard.pipeline.ingest import ingest

    app = load_app(profile, engine)
    store = open_store(actor)
    rejected = Rejected()

    def records() -> Iterator[tuple[InboundItem, str]]:
        for name in inputs:
            for item in read_inputs((name,), read_items, input_format, strict=strict, rejected=rejected):
                yield item, name
            if strict and rejected.count:
                return

    done = [0]

    def acknowledged(n: int) -> None:
        done[0] += n
        if acks:
            click.echo(f"acknowledged {done[0]}", err=True)

    try:
        report = ingest(app, store, records(), keep=True, on_stored=acknowledged)
    except DocGuardError as exc:
        click.echo(f"docguard: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for key, esc, incident in report.escalations:
        where = f" → incident {incident}" if incident else ""
        click.echo(f"escalated ({esc.level.value}) sender {key[:10]}: {esc.rule}: {esc.detail or esc.reason} · items {', '.join(map(str, esc.item_ids))}{where}")
    red = sum(1 for _, d in report.decided if d.zone.value == "red")
    urgent = sum(1 for _, d in report.decided if d.urgency.value == "immediate")
    click.echo(
        f"read {report.read} · stored {report.stored} · already stored {report.duplicates} · resumed {report.resumed} · "
        f"red {red} · immediate {urgent}"
    )
    if rejected.count:
        click.echo(f"docguard: {rejected.count} input record(s) rejected; the others were stored", err=True)
        sys.exit(EXIT_REJECTED)


def _row(s: StoredItem) -> list[str]:
    d = s.decision or {}
    when = s.item.timestamp.isoformat(timespec="minutes") if s.item.timestamp else s.stored_at.isoformat(timespec="minutes")
    text = s.item.text.replace("\n", " ")
    return [str(s.item_id), d.get("zone", "-").upper(), d.get("urgency", "-"), d.get("category", "-"), s.item.platform or "-", s.item.sender or "-", when, text[:80] + ("…" if len(text) > 80 else "")]


@click.command("inbox")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--all", "include_green", is_flag=True, help="Include green items too.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@actor_option
def inbox_command(limit: int, include_green: bool, fmt: str, actor: str | None) -> None:
    """What needs attention: immediate first, then red, then the rest, newest first."""
    store = open_store(actor)
    rows = store.inbox(limit, include_green=include_green)
    if fmt == "jsonl":
        for s in rows:
            click.echo(json.dumps({"item": s.item_id, "platform": s.item.platform, "sender": s.item.sender, "text": s.item.text, "decision": s.decision}, ensure_ascii=False))
        return
    table = Table(title=f"inbox: {len(rows)} item(s)")
    for col in ("#", "zone", "urgency", "category", "platform", "sender", "when", "text"):
        table.add_column(col)
    for s in rows:
        table.add_row(*_row(s))
    _console().print(table)


@click.group("incident")
def incident_group() -> None:
    """Incidents: open, note, list, show, close and export the evidence pack. Every action is logged."""


@incident_group.command("open")
@click.argument("items", nargs=-1, type=int)
@click.option("--title", required=True, help="What happened, in a line.")
@actor_option
def incident_open(items: tuple[int, ...], title: str, actor: str | None) -> None:
    """Open an incident over stored ITEMS (their numbers in `docguard inbox`)."""
    store = open_store(actor)
    try:
        n = store.open_incident(title, items)
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"incident {n} opened with {len(items)} item(s)")


@incident_group.command("note")
@click.argument("incident_id", type=int)
@click.argument("text")
@actor_option
def incident_note(incident_id: int, text: str, actor: str | None) -> None:
    """Add a note (what was done: screenshot taken, supervisor told, reported to the platform...)."""
    try:
        open_store(actor).note(incident_id, text)
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"note added to incident {incident_id}")


@incident_group.command("close")
@click.argument("incident_id", type=int)
@click.option("--reason", required=True)
@actor_option
def incident_close(incident_id: int, reason: str, actor: str | None) -> None:
    try:
        open_store(actor).close_incident(incident_id, reason)
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"incident {incident_id} closed")


@incident_group.command("list")
@click.option("--status", type=click.Choice(["open", "closed"]), default=None)
@actor_option
def incident_list(status: str | None, actor: str | None) -> None:
    rows = open_store(actor).incidents(status)
    table = Table(title=f"incidents: {len(rows)}")
    for col in ("#", "status", "title", "items", "opened", "by", "closed"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r["id"]), r["status"], r["title"], str(r["items"]), r["opened_at"].isoformat(timespec="minutes"), r["opened_by"], r["closed_at"].isoformat(timespec="minutes") if r["closed_at"] else "-")
    _console().print(table)


@incident_group.command("show")
@click.argument("incident_id", type=int)
@actor_option
def incident_show(incident_id: int, actor: str | None) -> None:
    """One incident: its messages as received, and who did what, when. Viewing it is logged."""
    try:
        head, stored, history = open_store(actor).incident(incident_id)
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    console = _console()
    console.print(f"incident {head['id']} · {head['status']} · {head['title']} · opened {head['opened_at'].isoformat(timespec='minutes')} by {head['opened_by']}")
    table = Table(title="messages")
    for col in ("#", "zone", "urgency", "category", "platform", "sender", "when", "text"):
        table.add_column(col)
    for s in stored:
        table.add_row(*_row(s))
    console.print(table)
    log = Table(title="history")
    for col in ("entry", "when", "who", "what", "detail"):
        log.add_column(col)
    for e in history:
        log.add_row(str(e.seq), e.at[:19], e.actor, e.event, json.dumps(e.data, ensure_ascii=False)[:100])
    console.print(log)


@incident_group.command("export")
@click.argument("incident_id", type=int)
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the printable evidence pack here.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the machine-checkable pack here.")
@click.option("--sign", is_flag=True, help="Sign the pack with the practice's Ed25519 key ($DOCGUARD_SIGNING_KEY; created on first use).")
@actor_option
def incident_export(incident_id: int, pdf_path: Path | None, json_path: Path | None, sign: bool, actor: str | None) -> None:
    """The evidence pack for a supervisor, regulator or lawyer: messages as received, decisions, actions, notes, chain proof."""
    from docguard.audit import export, signing

    if pdf_path is None and json_path is None:
        raise click.UsageError("give --pdf, --json or both")
    store = open_store(actor)
    try:
        key = signing.load_signing_key(signing.signing_key_file(), create=True) if sign else None
        pack = export.build_pack(store, incident_id, signing_key=key)
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    for path, write in ((json_path, export.write_json), (pdf_path, export.write_pdf)):
        if path is not None:
            write(pack, path)
            click.echo(f"wrote {path}")


@click.command("verify-pack")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--expected-key", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="The practice's public key (PEM), obtained from the practice directly.")
def verify_pack_command(path: Path, expected_key: Path | None) -> None:
    """Check an exported JSON evidence pack: its signature, its history hashes and its messages' digests (exit 4 if not)."""
    from docguard.audit import export

    pack = json.loads(path.read_text("utf-8"))
    problems = export.verify_pack(pack, expected_key=expected_key.read_text("utf-8") if expected_key else None)
    if problems:
        for p in problems:
            click.echo(f"docguard: {path}: {p}", err=True)
        sys.exit(EXIT_TAMPERED)
    click.echo(f"{path}: pack verified" + (" and signed by the expected key" if expected_key else ""))


@click.command("sender")
@click.argument("handle")
@click.option("--platform", default=None, help="The platform of HANDLE (default: every platform it was seen on).")
@profile_option
@actor_option
def sender_command(handle: str, platform: str | None, profile: Path | None, actor: str | None) -> None:
    """One person's timeline: what they sent, what DocGuard decided, redirects sent, and the escalation rules that fire."""
    from zoneinfo import ZoneInfo

    from docguard.policy.escalate import evaluate, history_from_stored, rules_for
    from docguard.policy.profile import load_defaults

    app = load_app(profile, "rules")
    store = open_store(actor)
    platforms = [platform] if platform else store.platforms()
    timeline: list[StoredItem] = []
    for p in platforms:
        key = store.sender_key(p, handle)
        if key:
            timeline += store.by_sender(key)
    if not timeline:
        raise click.ClickException(f"nothing stored from {handle}" + (f" on {platform}" if platform else ""))
    tz = ZoneInfo(app.profile.locale.timezone)
    console = _console()
    table = Table(title=f"{handle}: {len(timeline)} message(s)")
    for col in ("#", "zone", "urgency", "category", "platform", "sender", "when", "text"):
        table.add_column(col)
    for s in sorted(timeline, key=lambda s: (s.item.timestamp or s.stored_at, s.item_id)):
        table.add_row(*_row(s))
    console.print(table)
    by_key: dict[str, list[StoredItem]] = {}
    for s in timeline:
        by_key.setdefault(s.sender_key or "", []).append(s)
    for part in by_key.values():
        history = history_from_stored(part, tz)
        h = history.as_dict()
        console.print(
            f"redirects sent {h['redirects']} · contacts after a redirect {h['contacts_after_redirect']} · replies ignored {h['replies_ignored']} · "
            f"contacts after a block recommendation {h['contacts_after_block']} · night-time {h['night_messages']} · most in 24 h {h['max_in_24h']}"
        )
        fired = evaluate(history.items, rules_for(load_defaults(), app.profile), tz=tz)
        if not fired:
            console.print("escalation: none")
        for e in fired:
            console.print(f"escalation [{e.level.value}] {e.rule}: {e.detail or e.reason} · actions {', '.join(a.value for a in e.actions)} · messages {', '.join(map(str, e.item_ids))}", markup=False)


@click.group("log")
def log_group() -> None:
    """The hash-chained incident log."""


@log_group.command("verify")
@actor_option
def log_verify(actor: str | None) -> None:
    """Prove the log has not been altered, or name the entries where it was (exit 4)."""
    from docguard.audit import chain

    store = open_store(actor)
    with store.engine.connect() as conn:
        verdict = chain.verify(conn)
    if verdict.ok:
        click.echo(f"log intact: {verdict.entries} entries · head {verdict.head}")
        return
    for problem in verdict.problems:
        click.echo(f"docguard: {problem}", err=True)
    click.echo(f"log ALTERED: {len(verdict.problems)} problem(s) in {verdict.entries} entries · head {verdict.head}")
    sys.exit(EXIT_TAMPERED)


@click.group("patients")
def patients_group() -> None:
    """The patient roster (stored as keyed hashes, never in clear)."""


RELATIONS = {"current": "current_patient", "current_patient": "current_patient", "former": "former_patient", "former_patient": "former_patient", "friend": "friend"}


@patients_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@actor_option
def patients_import(path: Path, actor: str | None) -> None:
    """Import a CSV with columns `handle` and/or `name`, and `relation` (current, former, friend)."""
    values: list[tuple[str, str]] = []
    bad = 0
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            relation = RELATIONS.get((row.get("relation") or "current").strip().lower())
            if relation is None:
                click.echo(f"docguard: {path}:{line}: unknown relation {row.get('relation')!r} (current, former or friend)", err=True)
                bad += 1
                continue
            found = [(row[k], relation) for k in ("handle", "name") if row.get(k) and row[k].strip()]
            if not found:
                click.echo(f"docguard: {path}:{line}: neither a handle nor a name", err=True)
                bad += 1
            values += found
    new = open_store(actor).roster_add(values)
    click.echo(f"roster: {new} new, {len(values) - new} already known")
    if bad:
        sys.exit(EXIT_REJECTED)


@click.group("key")
def key_group() -> None:
    """The practice's encryption key."""


@key_group.command("rotate")
@actor_option
def key_rotate(actor: str | None) -> None:
    """Make a new key active and re-seal everything with it (older keys stay for the log's sealed notes)."""
    n = open_store(actor).rotate_key()
    click.echo(f"rotated: {n} item(s) re-sealed")


@key_group.command("public")
def key_public() -> None:
    """Print the practice's public signing key (PEM) and its fingerprint, to give to whoever checks its evidence packs."""
    from docguard.audit import signing

    try:
        pem = signing.public_key_pem(signing.load_signing_key(signing.signing_key_file(), create=True))
    except DocGuardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(pem.rstrip())
    click.echo(f"# fingerprint {signing.fingerprint(pem)}", err=True)


@click.command("purge")
@click.option("--older-than", "days", type=click.IntRange(min=1), required=True, help="Days: items stored before then, and in no incident, are deleted.")
@actor_option
def purge_command(days: int, actor: str | None) -> None:
    """Retention: delete old items that belong to no incident. The purge itself is logged."""
    n = open_store(actor).purge(days)
    click.echo(f"purged {n} item(s) stored more than {days} day(s) ago")


COMMANDS = (ingest_command, inbox_command, sender_command, incident_group, verify_pack_command, log_group, patients_group, key_group, purge_command)

__all__ = ["COMMANDS", "EXIT_TAMPERED", "open_store"]
