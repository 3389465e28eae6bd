"""The store, on SQLite and on PostgreSQL: stored before triage, idempotent, sealed at rest, kept honest."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text, update

from docguard.app import App
from docguard.audit import chain
from docguard.errors import KeyFileError, StoreError
from docguard.items import InboundItem
from docguard.pipeline import ingest as ingest_module
from docguard.pipeline.ingest import ingest
from docguard.store.crypto import load_keyring
from docguard.store.repo import Store
from docguard.store.tables import audit_log, items, metadata
from docguard.taxonomy import Kind

SECRET = "my chest is crushing and my left arm is numb, Zanzibar-Quokka"


def msg(i: int, text: str = "can I move my Tuesday appointment?", *, platform: str | None = "instagram", sender: str = "@Fan_1", hours_ago: float = 0) -> InboundItem:
    return InboundItem(id=f"m{i}", text=text, kind=Kind.DM, sender=sender, platform=platform, timestamp=datetime.now(UTC) - timedelta(hours=hours_ago))


def test_migrated_schema_is_exactly_the_declared_one(store: Store) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


def test_items_are_stored_then_decided_and_a_rerun_stores_nothing_twice(store: Store, rules_app: App) -> None:
    batch = [(msg(i), "inbox.jsonl") for i in range(30)]
    first = ingest(rules_app, store, batch, batch=7)
    assert (first.stored, first.duplicates) == (30, 0)
    again = ingest(rules_app, store, batch, batch=7)
    assert (again.stored, again.duplicates) == (0, 30)
    assert store.count() == (30, 30)
    stored = store.get([1])[0]
    assert stored.decision is not None and stored.decision["category"] == "appointment_admin"
    assert stored.item.timestamp is not None and stored.item.id == "m0"


def test_same_platform_message_id_is_one_item_and_without_a_platform_the_content_decides(store: Store, rules_app: App) -> None:
    report = ingest(rules_app, store, [(msg(1), "a"), (msg(1, "edited text"), "b"), (msg(2, platform=None), "c"), (msg(3, platform=None), "c")])
    # same platform + id: one item; no platform: identical content (same sender, time, text) is one item too
    assert report.stored <= 3 and report.duplicates >= 1
    assert store.count()[0] == report.stored


def test_every_item_is_stored_before_triage_and_a_crash_in_triage_resumes(store: Store, rules_app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.triage
    calls = {"n": 0}

    def failing(app: App, item: InboundItem) -> object:
        calls["n"] += 1
        if calls["n"] > 3:
            raise RuntimeError("triage crashed")
        return real(app, item)

    monkeypatch.setattr(ingest_module, "triage", failing)
    with pytest.raises(RuntimeError):
        ingest(rules_app, store, [(msg(i), "x") for i in range(10)], batch=10)
    assert store.count() == (10, 0)  # all ten were stored first; no decision of the failed batch was saved
    assert len(store.pending()) == 10
    monkeypatch.setattr(ingest_module, "triage", real)
    report = ingest(rules_app, store, [(msg(i), "x") for i in range(10)])
    assert (report.resumed, report.stored, report.duplicates) == (10, 0, 10)
    assert store.count() == (10, 10)


def _raw_dump(store: Store) -> str:
    if store.engine.dialect.name == "sqlite":
        path = Path(store.engine.url.database or "")
        store.engine.dispose()
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*")).decode("latin-1")
    with store.engine.connect() as conn:
        tables = [t.name for t in metadata.sorted_tables]
        return "\n".join(str(row) for t in tables for row in conn.execute(text(f"SELECT * FROM {t}")))


def test_a_copied_database_reveals_no_message_text_or_sender(store: Store, rules_app: App) -> None:
    ingest(rules_app, store, [(msg(1, SECRET, sender="@Secret_Sender_77"), "x")])
    store.open_incident("Zanzibar-Quokka incident", [1])
    store.note(1, "Quokka note screenshot")
    store.roster_add([("@Roster_Person_42", "current_patient")])
    dump = _raw_dump(store)
    for needle in ("Zanzibar", "Quokka", "Secret_Sender", "Roster_Person", "crushing"):
        assert needle.lower() not in dump.lower(), needle


def test_a_wrong_or_missing_key_is_a_clear_error_not_garbage(store: Store, rules_app: App, db_url: str, tmp_path: Path) -> None:
    ingest(rules_app, store, [(msg(1, SECRET), "x")])
    store.engine.dispose()
    load_keyring(tmp_path / "other.key")  # a valid key file, but another practice's
    with pytest.raises(StoreError, match="not the key file this database was written with"):
        Store.open(url=db_url, key_path=tmp_path / "other.key")
    missing = tmp_path / "missing" / "docguard.key"
    with pytest.raises(KeyFileError, match="no key file here, and this database was written with one"):
        Store.open(url=db_url, key_path=missing)
    assert not missing.exists()  # nothing was created in its place


def test_key_file_is_owner_only_and_an_open_one_is_refused(store: Store, tmp_path: Path) -> None:
    key = tmp_path / "docguard.key"
    assert key.stat().st_mode & 0o777 == 0o600
    os.chmod(key, 0o644)
    with pytest.raises(KeyFileError, match="readable by others"):
        Store.open(url=str(store.engine.url.render_as_string(hide_password=False)), key_path=key)


def test_rotation_reseals_everything_with_the_new_key(store: Store, rules_app: App) -> None:
    ingest(rules_app, store, [(msg(i, f"{SECRET} {i}"), "x") for i in range(5)])
    old = store.keys.active
    assert store.rotate_key() == 5
    assert store.keys.active == old + 1
    with store.engine.connect() as conn:
        blobs = conn.execute(select(items.c.text_sealed)).scalars().all()
    assert {store.keys.key_id_of(b) for b in blobs} == {old + 1}
    assert [s.item.text for s in store.get([1, 2])] == [f"{SECRET} 0", f"{SECRET} 1"]
    assert any(e.event == "key_rotated" for e in _entries(store))


def test_retention_purges_old_items_outside_incidents_and_logs_it(store: Store, rules_app: App) -> None:
    ingest(rules_app, store, [(msg(i), "x") for i in range(6)])
    store.open_incident("keep these", [1, 2])
    with store.engine.begin() as conn:
        conn.execute(update(items).values(stored_at=datetime.now(UTC) - timedelta(days=400)))
    assert store.purge(365) == 4
    assert store.count() == (2, 2)
    purged = [e for e in _entries(store) if e.event == "purged"]
    assert purged and purged[0].data["items"] == 4


def _entries(store: Store) -> list[chain.Entry]:
    with store.engine.connect() as conn:
        return list(chain.entries(conn))


def _verify(store: Store) -> chain.Verdict:
    with store.engine.connect() as conn:
        return chain.verify(conn)


def _chain_of_five(store: Store) -> None:
    with store.engine.begin() as conn:
        for i in range(5):
            chain.append(conn, "tester", "test_event", None, {"i": i})


def test_log_verify_catches_an_edit_behind_the_products_back(store: Store) -> None:
    _chain_of_five(store)
    assert _verify(store).ok
    with store.engine.begin() as conn:
        body = conn.execute(select(audit_log.c.body).where(audit_log.c.seq == 3)).scalar_one()
        conn.execute(update(audit_log).where(audit_log.c.seq == 3).values(body=body.replace('"i":2', '"i":7')))
    verdict = _verify(store)
    assert verdict.problems == ["entry 3: its content was altered (hash does not match)"]


def test_log_verify_catches_a_deleted_entry(store: Store) -> None:
    _chain_of_five(store)
    with store.engine.begin() as conn:
        conn.execute(audit_log.delete().where(audit_log.c.seq == 2))
    problems = _verify(store).problems
    assert "entry 2: missing (deleted?)" in problems
    assert "entry 3: does not follow the entry before it (deleted, inserted or reordered)" in problems


def test_log_verify_catches_reordered_entries(store: Store) -> None:
    _chain_of_five(store)
    with store.engine.begin() as conn:
        rows = {r.seq: r for r in conn.execute(select(audit_log))}
        for a, b in ((2, 4), (4, 2)):
            conn.execute(update(audit_log).where(audit_log.c.seq == a).values(body=rows[b].body, prev_hash=rows[b].prev_hash, hash=rows[b].hash))
    problems = _verify(store).problems
    assert any(p.startswith("entry 2:") for p in problems) and any(p.startswith("entry 4:") for p in problems)


def test_viewing_an_incident_is_logged_with_who(store: Store, rules_app: App) -> None:
    ingest(rules_app, store, [(msg(1), "x")])
    n = store.open_incident("stalking", [1])
    store.note(n, "supervisor told")
    head, stored, history = store.incident(n)
    assert head["status"] == "open" and [s.item_id for s in stored] == [1]
    assert [e.event for e in history] == ["incident_opened", "incident_note", "incident_viewed"]
    assert history[1].data["note"] == "supervisor told"
    assert all(e.actor == "tester" for e in history)
    with pytest.raises(StoreError, match="no incident 99"):
        store.incident(99)


def test_senders_are_grouped_by_keyed_handle(store: Store, rules_app: App) -> None:
    ingest(rules_app, store, [(msg(1, sender="@Fan_1"), "x"), (msg(2, sender="fan_1"), "x"), (msg(3, sender="@other"), "x")])
    timeline = store.by_sender(store.sender_key("instagram", "@FAN_1") or "")
    assert [s.item.id for s in timeline] == ["m1", "m2"]


def test_roster_answers_relations_without_storing_names(store: Store) -> None:
    assert store.roster_add([("@JaneDoe", "current_patient"), ("Bob Friend", "friend")]) == 2
    assert store.roster_relation("@janedoe") == "current_patient"
    assert store.roster_relation("nobody", "bob friend") == "friend"
    assert store.roster_relation("stranger") is None


@pytest.mark.parametrize(
    ("relation", "declined", "note"),
    [("current_patient", True, "current patient"), ("friend", False, "pre-existing friend"), (None, True, "not on the roster")],
)
def test_connection_requests_are_decided_with_the_roster(store: Store, rules_app: App, relation: str | None, declined: bool, note: str) -> None:
    if relation:
        store.roster_add([("@Neighbour_Kim", relation)])
    request = InboundItem(id="fr1", text="", kind=Kind.FRIEND_REQUEST, sender="@neighbour_kim", platform="facebook")
    ingest(rules_app, store, [(request, "x")])
    decision = store.get([1])[0].decision
    assert decision is not None and decision["category"] == "connection_request"
    assert ("decline_connection" in decision["actions"]) is declined
    assert any(note in n for n in decision["notes"])


def test_linked_accounts_are_one_person_and_channel_hopping_is_documented(store: Store) -> None:
    from docguard.app import build_app
    from docguard.detect.ml.combine import Engine
    from docguard.policy.profile import Profile

    profile = Profile.model_validate({"linked": [{"accounts": ["instagram:@jane.fan", "x:@janefan2"]}]})
    app = build_app(profile=profile, engine=Engine.RULES)
    first = ingest(app, store, [(msg(1, "great post!", sender="@jane.fan"), "x")])
    assert first.escalations == []
    hop = InboundItem(id="x1", text="you didn't answer on instagram so I'm writing here", kind=Kind.DM, sender="@JaneFan2", platform="x", timestamp=datetime.now(UTC))
    report = ingest(app, store, [(hop, "x")])
    rules = [(esc.rule, esc.item_ids) for _, esc, _ in report.escalations]
    assert ("channel-hopping", (1, 2)) in rules
    unlinked = ingest(build_app(engine=Engine.RULES), store, [(msg(9, "hello again", sender="@jane.fan", platform="facebook"), "x")])
    assert not any(esc.rule == "channel-hopping" for _, esc, _ in unlinked.escalations)  # facebook is not linked: another person


def test_two_ingests_of_the_same_items_at_once_store_each_item_once(store: Store, rules_app: App, db_url: str, tmp_path: Path) -> None:
    import threading

    other = Store.open(url=db_url, key_path=tmp_path / "docguard.key", actor="second")
    batch = [(msg(i), "x") for i in range(200)]
    errors: list[BaseException] = []

    def run(s: Store) -> None:
        try:
            ingest(rules_app, s, batch, batch=50)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in (store, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.engine.dispose()
    assert errors == []
    assert store.count() == (200, 200)
    assert _verify(store).ok


def test_chain_writers_and_single_appends_from_two_connections_keep_one_chain(store: Store) -> None:
    import threading

    def writer(n: int) -> None:
        for _ in range(n):
            with store.engine.begin() as conn:
                log = chain.Writer(conn)
                for i in range(5):
                    log.append("writer", "test_event", None, {"i": i})

    def single(n: int) -> None:
        for i in range(n):
            with store.engine.begin() as conn:
                chain.append(conn, "single", "test_event", None, {"i": i})

    threads = [threading.Thread(target=writer, args=(10,)), threading.Thread(target=single, args=(40,))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    verdict = _verify(store)
    assert verdict.ok and verdict.entries == 90
