"""The store commands end to end, in real processes: a kill -9 in the middle of a 100,000-item ingest loses nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "inbox.jsonl"


def docguard(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "docguard", *args], env=env, capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("DOCGUARD_")}
    e |= {"DOCGUARD_DATA_DIR": str(tmp_path / "data"), "DOCGUARD_ACTOR": "dr.rivera"}
    return e


def test_ingest_twice_inbox_incident_and_a_tampered_log(env: dict[str, str], tmp_path: Path) -> None:
    out = docguard(env, "ingest", str(EXAMPLES)).stdout
    assert "stored 15" in out and "immediate 4" in out
    assert "stored 0 · already stored 15" in docguard(env, "ingest", str(EXAMPLES)).stdout
    inbox = [json.loads(line) for line in docguard(env, "inbox", "--format", "jsonl").stdout.splitlines()]
    assert inbox[0]["decision"]["urgency"] == "immediate"
    assert [r["decision"]["urgency"] for r in inbox] == sorted((r["decision"]["urgency"] for r in inbox), key=["immediate", "high", "normal"].index)
    docguard(env, "incident", "open", "10", "--title", "threat about my car")
    docguard(env, "incident", "note", "1", "screenshot saved; reported to X")
    shown = docguard(env, "incident", "show", "1").stdout
    assert "incident_note" in shown and "dr.rivera" in shown
    assert "log intact" in docguard(env, "log", "verify").stdout
    db = Path(env["DOCGUARD_DATA_DIR"]) / "docguard.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_log SET body = replace(body, 'dr.rivera', 'someone.else') WHERE seq = 3")
    tampered = docguard(env, "log", "verify", check=False)
    assert tampered.returncode == 4
    assert "entry 3: its content was altered" in tampered.stderr


def test_kill_9_mid_ingest_loses_nothing_acknowledged_and_the_rerun_duplicates_nothing(env: dict[str, str], tmp_path: Path) -> None:
    total = 100_000
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for i in range(total):
            fh.write(json.dumps({"id": f"m{i}", "platform": "instagram", "sender": f"@s{i % 997}", "text": f"can I move my appointment to {i % 28 + 1} December?", "kind": "dm"}) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "docguard", "ingest", "--acks", "--engine", "rules", str(big)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    acknowledged = 0
    for line in proc.stderr:
        if line.startswith("acknowledged "):
            acknowledged = int(line.split()[1])
            if acknowledged >= 10_000:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    db = Path(env["DOCGUARD_DATA_DIR"]) / "docguard.db"
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM items").fetchone()[0]
    assert acknowledged <= stored < total  # nothing acknowledged was lost, and the kill really was mid-way
    out = docguard(env, "ingest", "--engine", "rules", str(big)).stdout
    assert f"stored {total - stored} · already stored {stored}" in out
    with sqlite3.connect(db) as conn:
        n_items, n_keys = conn.execute("SELECT count(*), count(DISTINCT dedupe_key) FROM items").fetchone()
        undecided = conn.execute("SELECT count(*) FROM items LEFT JOIN decisions ON decisions.item_id = items.id WHERE decisions.item_id IS NULL").fetchone()[0]
    assert (n_items, n_keys, undecided) == (total, total, 0)
    assert "log intact" in docguard(env, "log", "verify").stdout


def test_a_threat_opens_an_incident_whose_signed_pack_verifies(env: dict[str, str], tmp_path: Path) -> None:
    out = docguard(env, "ingest", str(EXAMPLES)).stdout
    assert "escalated (incident)" in out and "threat" in out
    sender = docguard(env, "sender", "@angry_anon").stdout
    assert "escalation [incident] threat" in sender and "recommend_block" in sender
    env = env | {"DOCGUARD_SIGNING_KEY": str(tmp_path / "sign.pem")}
    docguard(env, "incident", "export", "1", "--json", str(tmp_path / "pack.json"), "--pdf", str(tmp_path / "pack.pdf"), "--sign")
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    assert "pack verified" in docguard(env, "verify-pack", str(tmp_path / "pack.json")).stdout
    public = tmp_path / "practice.pub.pem"
    public.write_text(docguard(env, "key", "public").stdout, encoding="utf-8")
    assert "signed by the expected key" in docguard(env, "verify-pack", str(tmp_path / "pack.json"), "--expected-key", str(public)).stdout
    stranger = tmp_path / "stranger.pem"
    stranger.write_text(docguard(env | {"DOCGUARD_SIGNING_KEY": str(tmp_path / "other.pem")}, "key", "public").stdout, encoding="utf-8")
    assert docguard(env, "verify-pack", str(tmp_path / "pack.json"), "--expected-key", str(stranger), check=False).returncode == 4
    pack = json.loads((tmp_path / "pack.json").read_text("utf-8"))
    pack["messages"][0]["text"] = "something else entirely"
    (tmp_path / "forged.json").write_text(json.dumps(pack), encoding="utf-8")
    forged = docguard(env, "verify-pack", str(tmp_path / "forged.json"), check=False)
    assert forged.returncode == 4 and forged.stderr


def test_patients_import_reports_bad_lines_and_keeps_the_rest(env: dict[str, str], tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("handle,name,relation\n@jane_doe,Jane Doe,current\n@old_pal,,friend\n,,former\n@x,,cousin\n", encoding="utf-8")
    result = docguard(env, "patients", "import", str(roster), check=False)
    assert result.returncode == 1
    assert f"{roster}:4: neither a handle nor a name" in result.stderr
    assert f"{roster}:5: unknown relation 'cousin'" in result.stderr
    assert "roster: 3 new" in result.stdout
    request = tmp_path / "fr.jsonl"
    request.write_text(json.dumps({"id": "f1", "platform": "facebook", "kind": "friend_request", "sender": "@Jane_Doe", "text": ""}) + "\n", encoding="utf-8")
    docguard(env, "ingest", str(request))
    row = json.loads(docguard(env, "inbox", "--all", "--format", "jsonl").stdout.splitlines()[0])
    assert "decline_connection" in row["decision"]["actions"]
    assert any("current patient" in n for n in row["decision"]["notes"])


def test_store_benchmarks_run_and_report(env: dict[str, str]) -> None:
    out = docguard(env, "bench", "--ingest", "--items", "300", "--engine", "rules").stdout
    assert "ingest · engine rules · SQLite" in out and "300 items" in out
    out = docguard(env, "bench", "--log-verify", "2000").stdout
    assert "2,000 entries" in out and "entries/s" in out
