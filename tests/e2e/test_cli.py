"""The `docguard` command end to end, through click's CliRunner and a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from docguard.cli.main import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "inbox.jsonl"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_output_one_object_per_item_in_input_order() -> None:
    code, out, _ = run("triage", "--format", "jsonl", str(EXAMPLES))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    ids = [json.loads(line)["id"] for line in EXAMPLES.read_text().splitlines()]
    assert [r["id"] for r in rows] == ids
    for r in rows:
        assert {"id", "category", "categories", "zone", "urgency", "actions", "reply", "evidence", "lang"} <= r.keys()
        assert r["category"] == r["categories"][0]
    text = {json.loads(line)["id"]: json.loads(line)["text"] for line in EXAMPLES.read_text().splitlines()}
    for r in rows:
        for e in r["evidence"]:
            assert text[r["id"]][e["start"] : e["end"]] == e["text"]


def test_table_lists_red_and_immediate_first() -> None:
    code, out, _ = run("triage", "--no-color", str(EXAMPLES))
    assert code == 0
    first_row = next(line for line in out.splitlines() if "│" in line and ("RED" in line or "GREEN" in line or "YELLOW" in line))
    assert "RED" in first_row and "immediate" in first_row
    assert out.index("ig-1001") < out.index("fb-2001") < out.index("ig-1002")


def test_text_option_and_stdin() -> None:
    code, out, _ = run("triage", "--format", "jsonl", "--text", "hey doc my chest hurts again, should I worry?")
    assert code == 0 and json.loads(out)["category"] == "emergency"
    code, out, _ = run("triage", "--format", "jsonl", "-", stdin=b'{"id": "s1", "text": "can you refill my inhaler?"}\n')
    assert code == 0 and json.loads(out)["id"] == "s1"


def test_bad_lines_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    inbox = tmp_path / "mixed.jsonl"
    inbox.write_bytes(b'{"id": "a", "text": "hi"}\n{broken\n{"id": "c", "text": "thanks!"}\n')
    code, out, err = run("triage", "--format", "jsonl", str(inbox))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert f"{inbox}:2:" in err and "not valid JSON" in err


def test_strict_stops_at_the_first_bad_line(tmp_path: Path) -> None:
    inbox = tmp_path / "mixed.jsonl"
    inbox.write_bytes(b'{"id": "a", "text": "hi"}\n{broken\n{"id": "c", "text": "thanks!"}\n')
    code, out, _ = run("triage", "--strict", "--format", "jsonl", str(inbox))
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["a"]


def test_unusable_arguments_exit_2(tmp_path: Path) -> None:
    assert run("triage")[0] == 2
    assert run("triage", "--format", "xml", str(EXAMPLES))[0] == 2
    bad = tmp_path / "bad.toml"
    bad.write_text('[practice]\nnmae = "typo"\n')
    code, _, err = run("triage", "--profile", str(bad), "--text", "hi")
    assert code == 2 and "practice.nmae" in err and "unknown key" in err


def test_missing_file_is_reported_and_others_go_on(tmp_path: Path) -> None:
    code, out, err = run("triage", "--format", "jsonl", str(tmp_path / "nope.jsonl"), str(EXAMPLES))
    assert code == 1 and "cannot open" in err and len(out.splitlines()) == len(EXAMPLES.read_text().splitlines())


def test_init_writes_a_profile_that_triage_then_uses(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("init")
    assert code == 0 and (tmp_path / "docguard.toml").exists()
    assert run("init")[0] == 2  # no silent overwrite
    code, out, _ = run("triage", "--format", "jsonl", "--text", "can you refill my inhaler?")
    assert code == 0 and "Riverside Family Medicine" in json.loads(out)["reply"]
    assert "(555) 010-0100" in json.loads(out)["reply"]


def test_the_console_script_runs_as_a_real_process() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "docguard", "triage", "--format", "jsonl", "--text", "my dad is slurring his words"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["urgency"] == "immediate"
