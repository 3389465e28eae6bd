"""The outgoing corpus and its scores: per-finding P/R/F1, red recall and safe-pass rate.

Drafts carry complete labels (``findings``; empty for a safe draft), so every finding gets
precision, recall and F1. Red recall is the share of drafts with a red finding that the checker
calls red; the safe-pass rate is the share of safe drafts it lets through green.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docguard.evaluate.corpus import CORPUS_DIR, source_records, write_splits
from docguard.evaluate.metrics import PRF, tally
from docguard.items import Draft
from docguard.results import DraftCheck
from docguard.taxonomy import DraftContext, Finding, Zone
from docguard.text.lang import SUPPORTED

OUTGOING_DIR = CORPUS_DIR.parent / "outgoing"
_FINDINGS = {f.value: f for f in Finding}
_CONTEXTS = {c.value for c in DraftContext}


@dataclass(frozen=True, slots=True)
class OutGold:
    draft: Draft
    findings: frozenset[Finding]
    phi_spans: tuple[str, ...] = ()

    @property
    def red(self) -> bool:
        return any(f.zone is Zone.RED for f in self.findings)


def read_outgoing_gold(path: Path) -> Iterator[OutGold]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            obj = json.loads(line)
            where = f"{path}:{number}"
            try:
                findings = frozenset(_FINDINGS[f] for f in obj.get("findings") or [])
            except KeyError as exc:
                raise ValueError(f"{where}: unknown finding {exc.args[0]!r}") from None
            if obj.get("context", "reply_to_dm") not in _CONTEXTS:
                raise ValueError(f"{where}: unknown context {obj.get('context')!r}")
            lang = obj.get("lang")
            draft = Draft(
                id=str(obj["id"]),
                text=obj.get("text") or "",
                context=DraftContext(obj.get("context", "reply_to_dm")),
                in_reply_to=obj.get("in_reply_to") or None,
                lang=lang if lang in SUPPORTED else None,
            )
            yield OutGold(draft, findings, tuple(obj.get("phi_spans") or ()))


def split_outgoing(corpus_dir: Path = OUTGOING_DIR) -> tuple[int, int, dict[str, int]]:
    """Check the outgoing source files and write train.jsonl and dev.jsonl (same id-hash rule as inbound)."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    problems: list[str] = []
    for where, obj in source_records(corpus_dir, problems):
        findings = obj.get("findings")
        if not obj.get("id") or obj["id"] in seen:
            problems.append(f"{where}: missing or duplicate id")
        elif not isinstance(findings, list) or set(findings) - set(_FINDINGS):
            problems.append(f"{where}: bad findings {findings!r}")
        elif obj.get("context") not in _CONTEXTS or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: bad context or text")
        else:
            seen.add(obj["id"])
            record = {k: obj[k] for k in ("id", "context", "lang", "text", "in_reply_to", "findings", "phi_spans", "tags") if obj.get(k) is not None}
            record["findings"] = sorted(findings, key=lambda f: list(_FINDINGS).index(f))
            rows.append(record)
    if problems:
        raise ValueError("outgoing corpus problems:\n" + "\n".join(problems[:50]))
    train, dev = write_splits(corpus_dir, rows)
    per_finding: dict[str, int] = {"safe": sum(1 for r in rows if not r["findings"])}
    for r in rows:
        for f in r["findings"]:
            per_finding[f] = per_finding.get(f, 0) + 1
    return len(train), len(dev), per_finding


@dataclass(frozen=True, slots=True)
class OutReport:
    n: int
    per_finding: dict[Finding, PRF]
    red_total: int
    red_caught: int
    safe_total: int
    safe_passed: int
    misses: list[tuple[str, str, list[str], list[str]]]

    @property
    def red_recall(self) -> float:
        return self.red_caught / self.red_total if self.red_total else 0.0

    @property
    def safe_pass(self) -> float:
        return self.safe_passed / self.safe_total if self.safe_total else 0.0

    @property
    def macro_f1(self) -> float:
        scored = [m.f1 for m in self.per_finding.values() if m.tp + m.fn]
        return sum(scored) / len(scored) if scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "per_finding": {f.value: {"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.tp + m.fn} for f, m in self.per_finding.items()},
            "macro_f1": self.macro_f1,
            "red_recall": self.red_recall,
            "red": f"{self.red_caught}/{self.red_total}",
            "safe_pass": self.safe_pass,
            "safe": f"{self.safe_passed}/{self.safe_total}",
        }


def score_outgoing(results: Sequence[tuple[OutGold, DraftCheck]]) -> OutReport:
    counts = {f: [0, 0, 0] for f in Finding}
    red_total = red_caught = safe_total = safe_passed = 0
    misses = []
    for gold, got in results:
        predicted = set(got.findings)
        tally(counts, predicted, gold.findings)
        if gold.red:
            red_total += 1
            red_caught += got.zone is Zone.RED
        if not gold.findings:
            safe_total += 1
            safe_passed += got.zone is Zone.GREEN
        if predicted != gold.findings:
            misses.append((gold.draft.id, gold.draft.text, sorted(f.value for f in gold.findings), sorted(f.value for f in predicted)))
    return OutReport(
        n=len(results),
        per_finding={f: PRF(*c) for f, c in counts.items()},
        red_total=red_total,
        red_caught=red_caught,
        safe_total=safe_total,
        safe_passed=safe_passed,
        misses=misses,
    )


__all__ = ["OUTGOING_DIR", "OutGold", "OutReport", "read_outgoing_gold", "score_outgoing", "split_outgoing"]
