"""The Presidio comparison runs both tools for real on the same drafts and scores them the same way."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docguard.cli.main import cli
from docguard.evaluate.outgoing import OutGold
from docguard.evaluate.presidio import score_side
from docguard.items import Draft
from docguard.taxonomy import DraftContext, Finding

DRAFTS = [
    {"id": "p1", "context": "post", "text": "My 2 pm patient today, Maria Lopez, finally beat her breast cancer!", "findings": ["phi"], "phi_spans": ["Maria Lopez", "breast cancer"]},
    {"id": "p2", "context": "reply_to_dm", "text": "Hi Tom, your MRN 44817-2 shows the biopsy was benign.", "findings": ["phi", "relationship_confirmation"], "phi_spans": ["MRN 44817-2"]},
    {"id": "s1", "context": "post", "text": "Dr. Patel joins our team on Monday! Welcome aboard.", "findings": []},
    {"id": "s2", "context": "reply_to_review", "text": "Thank you for the kind words. Please call our office manager with any feedback.", "findings": []},
]


def test_both_tools_score_the_same_drafts(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in DRAFTS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", "presidio", "--json", str(gold)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["drafts"] == 4
    ours, theirs = figures["DocGuard"], figures["Presidio (score ≥ 0.5)"]
    assert ours["recall"] == 1.0 and ours["precision"] == 1.0
    assert theirs["precision"] < 1.0  # it takes the clinician's own name and a weekday for PHI
    assert ours["drafts_per_second"] > 0 and theirs["drafts_per_second"] > 0


def test_span_recall_counts_labelled_spans_overlapped() -> None:
    text = "Call Jane Doe about her HIV results"
    gold = OutGold(Draft("x", text, DraftContext.REPLY_TO_DM), frozenset({Finding.PHI}), ("Jane Doe", "HIV results"))
    report = score_side("fake", [gold], lambda g: [(5, 9)], 0.0)
    assert report.prf.tp == 1 and report.span_recall == 0.5
