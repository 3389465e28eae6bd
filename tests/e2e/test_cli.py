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
        assert {"id", "category", "categories", "zone", "urgency", "actions", "reply", "evidence", "lang", "engine_version", "model_version", "model"} <= r.keys()
        assert r["model_version"].startswith("ngram-lr.")
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


def test_engine_option_chooses_who_decides() -> None:
    text = "I keep thinking everyone would be lighter without me"
    decided = {}
    for engine in ("rules", "model", "combined"):
        code, out, _ = run("triage", "--format", "jsonl", "--engine", engine, "--text", text)
        assert code == 0
        decided[engine] = json.loads(out)
    assert decided["rules"]["model_version"] == "" and decided["rules"]["model"] == []
    combined = decided["combined"]
    assert "self_harm" in combined["categories"] and combined["urgency"] == "immediate"
    said = {o["category"]: o for o in combined["model"]}
    assert said["self_harm"]["probability"] >= said["self_harm"]["threshold"]
    assert any(e["detector"].startswith("model/") or e["category"] == "self_harm" for e in combined["evidence"])


def test_eval_scores_rules_model_and_combined_side_by_side(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps(r)
            for r in (
                {"id": "g1", "text": "crushing chest pain and I can't breathe", "categories": ["emergency"]},
                {"id": "g2", "text": "can I move my Tuesday appointment?", "categories": ["appointment_admin"]},
                {"id": "g3", "text": "great post, thank you!", "kind": "comment", "categories": ["benign"]},
            )
        ),
        encoding="utf-8",
    )
    code, out, _ = run("eval", "--json", str(gold))
    assert code == 0
    figures = json.loads(out)["gold.jsonl"]
    assert set(figures) == {"rules", "model", "combined"}
    assert figures["combined"]["emergency_recall"] == 1.0
    assert figures["combined"]["n"] == 3
