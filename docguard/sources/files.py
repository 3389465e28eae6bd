"""Reads inbound items and outgoing drafts from JSONL or CSV files (or standard input), one record at a time.

A bad record never stops the batch: it comes back as an ``InputError`` naming the file and
line, in input order with the good ones, and the caller decides (report and go on, or stop
under ``--strict``). Bytes are decoded per line so one line of invalid UTF-8 or binary junk
spoils only itself.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, BinaryIO, TypeVar

from docguard.errors import InputError
from docguard.items import Draft, InboundItem
from docguard.taxonomy import DraftContext, Kind

#: Longer texts are rejected: no platform sends a 50,000-character message, junk does.
MAX_TEXT_CHARS = 50_000
#: A line longer than this is not read into memory whole.
MAX_LINE_BYTES = 4 * MAX_TEXT_CHARS + 65_536

_KINDS = {k.value: k for k in Kind}
_CONTEXTS = {c.value: c for c in DraftContext}

Record = InboundItem | InputError
T = TypeVar("T")


def sniff_format(name: str, head: bytes) -> str:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    return "jsonl" if head.lstrip()[:1] in (b"{", b"") else "csv"


def read_items(stream: BinaryIO, name: str, fmt: str | None = None) -> Iterator[Record]:
    """Items (or errors) from a binary stream, in order."""
    return _read(stream, name, fmt, _item)


def read_drafts(stream: BinaryIO, name: str, fmt: str | None = None) -> Iterator[Draft | InputError]:
    """Outgoing drafts (or errors) from a binary stream, in order: id, text, context, in_reply_to, lang."""
    return _read(stream, name, fmt, _draft)


def _read(stream: BinaryIO, name: str, fmt: str | None, make: Callable[[dict[str, Any], str, int], T | InputError]) -> Iterator[T | InputError]:
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    fmt = fmt or sniff_format(name, head)
    if fmt == "jsonl":
        yield from _read_jsonl(stream, name, make)
    else:
        yield from _read_csv(stream, name, make)


def _lines(stream: BinaryIO, name: str) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(_bounded_lines(stream), start=1):
        if raw is None:
            yield number, InputError(name, number, f"line longer than {MAX_LINE_BYTES:,} bytes: not read")
            continue
        if b"\x00" in raw:
            yield number, InputError(name, number, "binary data (NUL bytes), not text")
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, InputError(name, number, f"invalid UTF-8 at byte {exc.start + 1} of the line")


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines as bytes; None for a line over the limit (skipped without holding it in memory)."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                more = stream.readline(MAX_LINE_BYTES)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _read_jsonl(stream: BinaryIO, name: str, make: Callable[[dict[str, Any], str, int], T | InputError]) -> Iterator[T | InputError]:
    for number, line in _lines(stream, name):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield InputError(name, number, f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield make(obj, name, number)


def _read_csv(stream: BinaryIO, name: str, make: Callable[[dict[str, Any], str, int], T | InputError]) -> Iterator[T | InputError]:
    bad: dict[int, InputError] = {}

    def text_lines() -> Iterator[str]:
        for number, line in _lines(stream, name):
            if isinstance(line, InputError):
                bad[number] = line
                yield "\n"
            else:
                yield line

    reader = csv.reader(text_lines())
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield InputError(name, 1, f"unreadable CSV header: {exc}")
        return
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [c for c in ("id", "text") if c not in columns]
    if missing:
        yield InputError(name, 1, f"the CSV header lacks the column(s) {', '.join(missing)} (has: {', '.join(columns)})")
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(name, reader.line_num, f"unreadable CSV record: {exc}")
            start = reader.line_num + 1
            continue
        end = reader.line_num
        spoiled = [bad.pop(n) for n in range(start, end + 1) if n in bad]
        if spoiled:
            yield from spoiled
        elif any(cell.strip() for cell in row):
            if len(row) != len(columns):
                yield InputError(name, start, f"expected {len(columns)} columns, got {len(row)}")
            else:
                yield make(dict(zip(columns, row, strict=True)), name, start)
        start = end + 1


def _id_and_text(obj: dict[str, Any], fail: Callable[[str], InputError]) -> tuple[str, str] | InputError:
    raw_id = obj.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        return fail("missing 'id'")
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
        return fail(f"'id' must be a string or an integer, got {type(raw_id).__name__}")
    if "text" not in obj or obj["text"] is None:
        return fail("missing 'text' (use \"\" for an empty friend request)")
    text = obj["text"]
    if not isinstance(text, str):
        return fail(f"'text' must be a string, got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        return fail(f"'text' is {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    return str(raw_id).strip(), text


def _draft(obj: dict[str, Any], name: str, line: int) -> Draft | InputError:
    def fail(message: str) -> InputError:
        return InputError(name, line, message)

    got = _id_and_text(obj, fail)
    if isinstance(got, InputError):
        return got
    context = _CONTEXTS.get(str(obj.get("context") or "reply_to_dm").strip().lower())
    if context is None:
        return fail(f"unknown context {obj.get('context')!r} (expected one of: {', '.join(_CONTEXTS)})")
    in_reply_to = obj.get("in_reply_to")
    if in_reply_to is not None and not isinstance(in_reply_to, str):
        return fail(f"'in_reply_to' must be a string, got {type(in_reply_to).__name__}")
    if in_reply_to and len(in_reply_to) > MAX_TEXT_CHARS:
        return fail(f"'in_reply_to' is {len(in_reply_to):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return fail(f"'lang' must be a string, got {type(lang).__name__}")
    return Draft(id=got[0], text=got[1], context=context, in_reply_to=in_reply_to or None, lang=(lang or "").lower() or None)


def _item(obj: dict[str, Any], name: str, line: int) -> Record:
    def fail(message: str) -> InputError:
        return InputError(name, line, message)

    got = _id_and_text(obj, fail)
    if isinstance(got, InputError):
        return got
    raw_id, text = got
    kind_raw = obj.get("kind") or "dm"
    kind = _KINDS.get(str(kind_raw).strip().lower())
    if kind is None:
        return fail(f"unknown kind {kind_raw!r} (expected one of: {', '.join(_KINDS)})")
    timestamp = None
    ts_raw = obj.get("timestamp")
    if ts_raw not in (None, ""):
        try:
            timestamp = datetime.fromisoformat(str(ts_raw).replace("Z", "+00:00"))
        except ValueError:
            return fail(f"'timestamp' is not ISO 8601: {str(ts_raw)[:40]!r}")
    optional = {}
    for key in ("sender", "platform", "lang"):
        value = obj.get(key)
        if value not in (None, ""):
            if not isinstance(value, str):
                return fail(f"'{key}' must be a string, got {type(value).__name__}")
            optional[key] = value
    return InboundItem(
        id=raw_id,
        text=text,
        kind=kind,
        sender=optional.get("sender"),
        platform=optional.get("platform"),
        timestamp=timestamp,
        lang=optional.get("lang", "").lower() or None,
    )


def items_from_text(texts: Iterable[str], kind: Kind = Kind.DM) -> Iterator[InboundItem]:
    for i, text in enumerate(texts, start=1):
        yield InboundItem(id=f"text-{i}", text=text, kind=kind)


def open_binary(path: str) -> BinaryIO:
    """A readable binary stream for a path, or standard input for '-' (the caller closes it)."""
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


__all__ = ["MAX_TEXT_CHARS", "Record", "items_from_text", "open_binary", "read_items", "sniff_format"]
