"""The development corpus: source files written for DocGuard, checked and split into train and dev.

The split is by a hash of each id, so it is stable as the corpus grows: an item never moves
between train and dev when others are added.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docguard.taxonomy import Category, Kind, by_precedence

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "inbound"
DEV_PERCENT = 30

_CATS = {c.value: c for c in Category}
_KINDS = {k.value for k in Kind}


@dataclass(frozen=True, slots=True)
class SplitSummary:
    train: int
    dev: int
    per_category: dict[str, int]
    per_lang: dict[str, int]


def is_dev(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 100 < DEV_PERCENT


def source_records(corpus_dir: Path, problems: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """("file:line", record) for every line of ``corpus_dir/src/*.jsonl``; a line that is not JSON goes to ``problems``."""
    for path in sorted((corpus_dir / "src").glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc.msg})")


def write_splits(corpus_dir: Path, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sort ``rows`` by id, write ``train.jsonl`` and ``dev.jsonl`` (by the id hash) and return (train, dev)."""
    rows.sort(key=lambda r: str(r["id"]))
    train = [r for r in rows if not is_dev(str(r["id"]))]
    dev = [r for r in rows if is_dev(str(r["id"]))]
    for name, part in (("train", train), ("dev", dev)):
        with (corpus_dir / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return train, dev


def split(corpus_dir: Path = CORPUS_DIR) -> SplitSummary:
    seen: set[str] = set()
    texts: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    for where, obj in source_records(corpus_dir, problems):
        item_id = obj.get("id")
        cats = obj.get("categories") or []
        if not item_id or item_id in seen:
            problems.append(f"{where}: missing or duplicate id {item_id!r}")
            continue
        unknown = [c for c in cats if c not in _CATS]
        if not cats or unknown:
            problems.append(f"{where}: bad categories {cats!r}")
            continue
        if obj.get("kind", "dm") not in _KINDS or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: bad kind or text")
            continue
        key = " ".join(obj["text"].lower().split())
        if key and key in texts:
            problems.append(f"{where}: same text as {texts[key]} (a duplicate could sit in both train and dev)")
            continue
        texts[key] = str(item_id)
        seen.add(item_id)
        ordered = [c.value for c in by_precedence([_CATS[c] for c in cats])]
        record = {
            "id": item_id,
            "kind": obj.get("kind", "dm"),
            "lang": obj.get("lang", "en"),
            "text": obj["text"],
            "category": ordered[0],
            "categories": ordered,
        }
        for key in ("tags", "sender", "platform"):
            if obj.get(key):
                record[key] = obj[key]
        rows.append(record)
    if problems:
        raise ValueError("corpus problems:\n" + "\n".join(problems[:50]))
    train, dev = write_splits(corpus_dir, rows)
    per_category: dict[str, int] = {}
    per_lang: dict[str, int] = {}
    for r in rows:
        for c in r["categories"]:
            per_category[c] = per_category.get(c, 0) + 1
        per_lang[str(r["lang"])] = per_lang.get(str(r["lang"]), 0) + 1
    return SplitSummary(len(train), len(dev), per_category, per_lang)


__all__ = ["CORPUS_DIR", "DEV_PERCENT", "SplitSummary", "is_dev", "source_records", "split", "write_splits"]
