"""`docguard check` end to end: what a clinician and a pre-send hook see."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from docguard.cli.main import cli


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_a_red_draft_exits_3_and_names_the_words() -> None:
    code, out, _ = run("check", "--format", "jsonl", "--text", "So sorry your root canal on March 3 hurt, Mr. Ortiz - call us!")
    assert code == 3
    row = json.loads(out)
    assert row["zone"] == "red"
    assert {"phi", "relationship_confirmation"} <= set(row["findings"])
    words = {e["text"] for e in row["evidence"]}
    assert "Mr. Ortiz" in words and "March 3" in words
    assert row["suggestion"] and "Ortiz" not in row["suggestion"] and "root canal" not in row["suggestion"]


def test_a_safe_draft_exits_0_with_no_findings() -> None:
    code, out, _ = run("check", "--format", "jsonl", "--context", "reply_to_review", "--text", "Thank you for taking the time to leave a review!")
    assert code == 0
    row = json.loads(out)
    assert row == {**row, "zone": "green", "findings": [], "evidence": [], "suggestion": None}


def test_context_decides_post_versus_reply() -> None:
    text = "Adults can usually take ibuprofen 400 mg every 6 to 8 hours with food; check with your pharmacist first."
    code, out, _ = run("check", "--format", "jsonl", "--context", "post", "--text", text)
    assert code == 0 and json.loads(out)["findings"] == []
    code, out, _ = run("check", "--format", "jsonl", "--text", "Take 400 mg ibuprofen every 6 hours and rest it.",
                       "--in-reply-to", "my knee is so swollen after my run, what should I take?")
    assert code == 3 and "personal_advice" in json.loads(out)["findings"]


def test_answering_an_emergency_is_noted_and_the_suggestion_is_the_emergency_reply() -> None:
    code, out, _ = run("check", "--format", "jsonl", "--text", "Thanks for your message, I'll get back to you Monday!",
                       "--in-reply-to", "crushing chest pain and my left arm is numb right now")
    row = json.loads(out)
    assert code == 3 and row["findings"] == ["missed_emergency"]  # a hook must not let it through
    assert any("emergency" in note for note in row["notes"])
    assert "911" in row["suggestion"] and "now" in row["suggestion"]


def test_files_bad_lines_named_and_the_rest_checked(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(
        '{"id": "a", "text": "Thanks so much for the kind words!", "context": "reply_to_comment"}\n'
        "not json\n"
        '{"id": "b", "text": "hi", "context": "telegram"}\n'
        '{"id": "c", "text": "You looked gorgeous at the gala, we should grab a drink sometime", "context": "reply_to_dm"}\n',
        encoding="utf-8",
    )
    code, out, err = run("check", "--format", "jsonl", str(drafts))
    assert code == 3  # a red draft outranks rejected lines: a pre-send hook must stop
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert f"{drafts}:2: not valid JSON" in err and f"{drafts}:3: unknown context 'telegram'" in err


def test_csv_input_and_table_output(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts.csv"
    drafts.write_text('id,text,context\nr1,"Your labs from Tuesday look fine, Anna",reply_to_dm\nr2,Happy Friday everyone!,post\n', encoding="utf-8")
    code, out, _ = run("check", "--no-color", str(drafts))
    assert code == 3
    assert out.index("r1") < out.index("r2")  # red first
    assert "RED" in out and "GREEN" in out and "send as written" in out


def test_answering_an_emergency_with_the_number_passes() -> None:
    code, out, _ = run("check", "--format", "jsonl", "--text", "Please call 911 now or go to the nearest emergency department.",
                       "--in-reply-to", "crushing chest pain and my left arm is numb right now")
    assert code == 0 and json.loads(out)["findings"] == []


def test_context_flag_needs_text() -> None:
    code, _, err = run("check", "--context", "post", "-")
    assert code == 2 and "--context" in err


def test_real_subprocess_exit_code_guards_a_hook() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "docguard", "check", "--format", "jsonl", "-"],
        input=b'{"id": "x", "text": "Hi Maria, your A1c was 7.2 so double the metformin"}\n',
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["zone"] == "red"
