"""The literal prefilter changes speed, never results."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from docguard.app import App
from docguard.detect.prefilter import Prefilter, required_literals

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "inbound" / "train.jsonl"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bchest pain", {"chest pain"}),
        (r"\b(?:chest|heart) (?:pain|ache)", {"chest", "heart"}),
        (r"\bslur(?:red|ring)\b|\bgarbled", {"slurred", "slurring", "garbled"}),  # run joined with each branch
        (r"(?:very )?sick", {"sick"}),
        (r"\b\w+ pain", {" pain"}),
        (r"a?b?", None),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    got = required_literals(pattern)
    assert (got if got is None else set(got)) == expected


def test_no_rule_is_skipped_when_it_would_match(app: App) -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    checked = 0
    for detector in app.detectors:
        # the detector's (rule, regex) list and its gate: its own, or the shared RuleSet's
        owner: Any = detector if hasattr(detector, "_fast") else detector._ruleset
        compiled = owner._compiled
        prefilter: Prefilter = owner._prefilter
        for text in texts:
            norm = app.normaliser.normalise(text).text
            allowed = set(prefilter.candidates(norm, app.scanner.scan(norm)))
            for index, (_, regex) in enumerate(compiled):
                if re.search(regex, norm):
                    checked += 1
                    assert index in allowed, (detector.name, index, text)
    assert checked > 1000
