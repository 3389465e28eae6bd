"""Runs every detector over one item and gathers what they found and what was excused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docguard.detect.base import Context, Detector
from docguard.results import Evidence, Suppression


@dataclass(frozen=True, slots=True)
class RunResult:
    evidence: tuple[Evidence, ...]
    suppressed: tuple[Suppression, ...]


def run(detectors: Sequence[Detector], ctx: Context) -> RunResult:
    evidence: list[Evidence] = []
    suppressed: list[Suppression] = []
    for detector in detectors:
        found = detector.detect(ctx)
        evidence.extend(found.evidence)
        suppressed.extend(found.suppressed)
    return RunResult(tuple(evidence), tuple(suppressed))


__all__ = ["RunResult", "run"]
