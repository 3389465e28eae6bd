"""Reading JSONL and CSV: bad records are reported with file and line, the rest goes on."""

from __future__ import annotations

import io

from docguard.errors import InputError
from docguard.items import InboundItem
from docguard.sources.files import MAX_TEXT_CHARS, read_items
from docguard.taxonomy import Kind


def read(data: bytes, name: str = "inbox.jsonl") -> list[InboundItem | InputError]:
    return list(read_items(io.BufferedReader(io.BytesIO(data)), name))


def test_good_jsonl_with_all_fields() -> None:
    (item,) = read(b'{"id": 7, "text": "hi", "kind": "comment", "sender": "@a", "platform": "x", "timestamp": "2026-11-20T02:14:00Z", "lang": "ES"}\n')
    assert isinstance(item, InboundItem)
    assert (item.id, item.kind, item.sender, item.platform, item.lang) == ("7", Kind.COMMENT, "@a", "x", "es")
    assert item.timestamp is not None and item.timestamp.year == 2026


def test_each_bad_line_is_named_and_the_batch_goes_on() -> None:
    data = b"\n".join(
        [
            b'{"id": "1", "text": "ok"}',
            b"not json at all",
            b'{"text": "no id"}',
            b'{"id": "4", "text": "bad \xff\xfe utf8"}',
            b'{"id": "5", "text": "nul\x00byte"}',
            b'{"id": "6", "text": "kind?", "kind": "tweet"}',
            b'{"id": "7", "text": "when?", "timestamp": "yesterday"}',
            b'["a", "list"]',
            b'{"id": "9"}',
            b'{"id": "10", "text": "last one fine"}',
        ]
    )
    records = read(data)
    good = [r for r in records if isinstance(r, InboundItem)]
    bad = [r for r in records if isinstance(r, InputError)]
    assert [g.id for g in good] == ["1", "10"]
    assert [(e.source, e.line) for e in bad] == [("inbox.jsonl", n) for n in (2, 3, 4, 5, 6, 7, 8, 9)]
    messages = [e.message for e in bad]
    assert "not valid JSON" in messages[0]
    assert "missing 'id'" in messages[1]
    assert "invalid UTF-8" in messages[2]
    assert "binary" in messages[3]
    assert "unknown kind 'tweet'" in messages[4]
    assert "ISO 8601" in messages[5]
    assert "JSON object" in messages[6]
    assert "missing 'text'" in messages[7]


def test_a_five_megabyte_text_is_rejected_not_crashed_on() -> None:
    huge = b'{"id": "big", "text": "' + b"a" * 5_000_000 + b'"}\n{"id": "after", "text": "fine"}\n'
    records = read(huge)
    assert isinstance(records[0], InputError) and records[0].line == 1
    assert isinstance(records[1], InboundItem) and records[1].id == "after"


def test_text_just_under_the_limit_is_accepted() -> None:
    ok = b'{"id": "edge", "text": "' + b"a" * MAX_TEXT_CHARS + b'"}\n'
    assert isinstance(read(ok)[0], InboundItem)


def test_csv_with_header_quotes_and_a_bad_row() -> None:
    data = (
        "id,text,kind\n"
        '1,"hello, doc",comment\n'
        '2,"a quoted\nmulti-line text",dm\n'
        "3,only two columns\n".replace("columns\n", "columns,dm,extra\n") + "4,,friend_request\n"
    ).encode()
    records = read(data, "inbox.csv")
    assert isinstance(records[0], InboundItem) and records[0].text == "hello, doc"
    assert isinstance(records[1], InboundItem) and records[1].text == "a quoted\nmulti-line text"
    assert isinstance(records[2], InputError) and records[2].line == 5
    assert isinstance(records[3], InboundItem) and records[3].kind is Kind.FRIEND_REQUEST and records[3].text == ""


def test_csv_without_text_column_is_one_clear_error() -> None:
    (err,) = read(b"id,message\n1,hi\n", "x.csv")
    assert isinstance(err, InputError) and "text" in err.message and err.line == 1


def test_csv_invalid_utf8_spoils_only_its_row() -> None:
    records = read(b"id,text\n1,fine\n2,bad \xff\n3,fine too\n", "x.csv")
    assert [type(r).__name__ for r in records] == ["InboundItem", "InputError", "InboundItem"]
    assert isinstance(records[1], InputError) and records[1].line == 3
