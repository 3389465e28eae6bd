"""The evidence pack: one incident, as received and as handled, for a supervisor, regulator or lawyer.

A pack holds the incident, each message exactly as it arrived (platform, message id, original
timestamp, full text) with the decision DocGuard stored for it, the incident's history from the
audit log, and a proof of that log taken at export time (``chain.verify`` over every entry).

What a reader can check, with ``verify_pack`` or by hand:

* every history entry carries the exact ``body`` the log hashed, so ``sha256(prev_hash + "\\n" +
  body)`` must give its ``hash``; notes are sealed in the log, so the hashed ``data`` keeps them
  sealed and the readable text sits beside it in ``readable``;
* each message carries a SHA-256 ``digest`` of its own content, which names a message that was
  altered by accident;
* a signed pack carries an Ed25519 signature over the canonical JSON of everything else. Only the
  signature protects the messages and the readable notes against deliberate change, and only if the
  reader trusts the public key (compare its fingerprint with one the practice gave them directly).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from docguard.audit import chain, signing
from docguard.policykit.pdf import FONT, register_fonts
from docguard.store.repo import Store, StoredItem

FORMAT = "docguard-evidence-pack"
VERSION = 1
#: fields of a stored decision a reader of the pack needs (the suggested reply is left out: it was never sent by DocGuard)
_DECISION_FIELDS = ("category", "categories", "zone", "urgency", "actions", "rules", "evidence", "suppressed", "notes", "lang", "engine_version", "model_version")
#: fields of a chain entry's body (chain.body), checked against what the pack shows
_BODY_FIELDS = ("seq", "at", "actor", "event", "subject", "data")


# -- building ---------------------------------------------------------------------------------


def _iso(value: datetime | None, *, naive_is_utc: bool) -> str | None:
    """ISO 8601. DocGuard writes its own times in UTC; a platform time without an offset is shown as stored."""
    if value is None:
        return None
    if value.tzinfo is None and naive_is_utc:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _digest(record: Mapping[str, Any]) -> str:
    return hashlib.sha256(chain.canonical({k: v for k, v in record.items() if k != "digest"}).encode()).hexdigest()


def _message(stored: StoredItem) -> dict[str, Any]:
    item = stored.item
    detail = stored.decision
    message: dict[str, Any] = {
        "item_id": stored.item_id,
        "platform": item.platform,
        "platform_message_id": item.id,
        "kind": item.kind.value,
        "sender": item.sender,
        "sent_at": _iso(item.timestamp, naive_is_utc=False),
        "stored_at": _iso(stored.stored_at, naive_is_utc=True),
        "source": stored.source,
        "lang": item.lang,
        "text": item.text,
        "decision": {k: detail.get(k) for k in _DECISION_FIELDS} if detail is not None else None,
    }
    message["digest"] = _digest(message)
    return message


def _history(shown: Sequence[chain.Entry], raw: Mapping[int, chain.Entry]) -> list[dict[str, Any]]:
    """Each entry as the log hashed it (``data``, ``body``) and, apart, what the store decrypted for readers."""
    out = []
    for entry in shown:
        sealed = raw[entry.seq]
        readable = {k: v for k, v in entry.data.items() if k not in sealed.data}
        out.append(
            {
                "seq": sealed.seq,
                "at": sealed.at,
                "actor": sealed.actor,
                "event": sealed.event,
                "subject": sealed.subject,
                "data": sealed.data,
                "readable": readable,
                "body": sealed.body,
                "prev_hash": sealed.prev_hash,
                "hash": sealed.hash,
            }
        )
    return out


def signed_payload(pack: Mapping[str, Any]) -> bytes:
    """What the signature covers: the canonical JSON of the pack without its ``signature``."""
    return chain.canonical({k: v for k, v in pack.items() if k != "signature"}).encode("utf-8")


def build_pack(store: Store, incident_id: int, *, signing_key: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    """The incident as a pack; exporting it is logged (``incident_exported``) before the proof is taken."""
    head, stored, shown = store.incident(incident_id, purpose="exported")
    with store.engine.connect() as conn:
        # Store.incident opens sealed notes in place; the proof needs the entries exactly as hashed
        raw = {e.seq: e for e in chain.entries(conn, subject=f"incident:{incident_id}")}
        verdict = chain.verify(conn)
    history = _history(shown, raw)
    pack: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generated_by": store.actor,
        "incident": {
            "id": head["id"],
            "title": head["title"],
            "status": head["status"],
            "opened_at": _iso(head["opened_at"], naive_is_utc=True),
            "opened_by": head["opened_by"],
            "closed_at": _iso(head["closed_at"], naive_is_utc=True),
            "items": head["items"],
        },
        "messages": [_message(s) for s in stored],
        "history": history,
        "chain": {
            "entries": verdict.entries,
            "ok": verdict.ok,
            "problems": list(verdict.problems),
            "head": verdict.head,
            "incident_entries": [{"seq": h["seq"], "prev_hash": h["prev_hash"], "hash": h["hash"]} for h in history],
        },
    }
    if signing_key is not None:
        public = signing.public_key_pem(signing_key)
        pack["signature"] = {
            "algorithm": signing.ALGORITHM,
            "public_key_pem": public,
            "signature": signing.sign(signing_key, signed_payload(pack)),
        }
    return pack


# -- verifying --------------------------------------------------------------------------------


def _verify_signature(pack: Mapping[str, Any], expected_key: str | None) -> list[str]:
    sig = pack.get("signature")
    if sig is None:
        return ["signature: the pack is not signed, but a signing key was expected"] if expected_key else []
    problems = []
    if sig.get("algorithm") != signing.ALGORITHM:
        problems.append(f"signature: unknown algorithm {sig.get('algorithm')!r} (expected {signing.ALGORITHM})")
    elif not signing.verify_signature(sig.get("public_key_pem", ""), signed_payload(pack), sig.get("signature", "")):
        problems.append("signature: does not match the pack under its public key (altered after signing, or signed by another key)")
    if expected_key is not None and sig.get("public_key_pem", "").strip() != expected_key.strip():
        problems.append("signature: made with a key other than the one expected")
    return problems


def _verify_messages(messages: Sequence[Mapping[str, Any]]) -> list[str]:
    problems = []
    for n, message in enumerate(messages, 1):
        if _digest(message) != message.get("digest"):
            where = f"{message.get('platform') or 'no platform'} id {message.get('platform_message_id')}"
            problems.append(f"message {n} ({where}): its content differs from its digest (text or decision altered)")
    return problems


def _verify_history(history: Sequence[Mapping[str, Any]], proof: Mapping[str, Any]) -> list[str]:
    problems = []
    previous: Mapping[str, Any] | None = None
    for entry in history:
        seq = entry.get("seq")
        if chain.entry_hash(entry["prev_hash"], entry["body"]) != entry["hash"]:
            problems.append(f"history entry {seq}: its body does not hash to its hash (altered)")
        body = json.loads(entry["body"])
        changed = [name for name in _BODY_FIELDS if body.get(name) != entry.get(name)]
        if changed:
            problems.append(f"history entry {seq}: {', '.join(changed)} shown differ from the hashed body (altered)")
        if previous is not None:
            if not isinstance(seq, int) or seq <= previous["seq"]:
                problems.append(f"history entry {seq}: out of order (after entry {previous['seq']})")
            elif seq == previous["seq"] + 1 and entry["prev_hash"] != previous["hash"]:
                problems.append(f"history entry {seq}: does not follow entry {previous['seq']} (link broken)")
        previous = entry
    listed = [{"seq": h.get("seq"), "prev_hash": h.get("prev_hash"), "hash": h.get("hash")} for h in history]
    if proof.get("incident_entries") != listed:
        problems.append("chain proof: its list of the incident's entry hashes differs from the history")
    if previous is not None and previous["seq"] == proof.get("entries") and previous["hash"] != proof.get("head"):
        problems.append(f"chain proof: head {proof.get('head')} is not the hash of the last entry ({previous['seq']})")
    if not proof.get("ok") or proof.get("problems"):
        problems += [f"chain at export: {p}" for p in proof.get("problems") or ["did not verify"]]
    return problems


def verify_pack(pack: Mapping[str, Any], *, expected_key: str | None = None) -> list[str]:
    """What is wrong with ``pack`` (empty: nothing found). ``expected_key``: the practice's public PEM, if known."""
    if pack.get("format") != FORMAT or pack.get("version") != VERSION:
        return [f"pack: not a {FORMAT} version {VERSION} (format {pack.get('format')!r}, version {pack.get('version')!r})"]
    try:
        return _verify_signature(pack, expected_key) + _verify_messages(pack["messages"]) + _verify_history(pack["history"], pack["chain"])
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return [f"pack: malformed ({type(exc).__name__}: {exc})"]


# -- writing ----------------------------------------------------------------------------------


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only, like the database: a pack holds message text in clear."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def write_json(pack: Mapping[str, Any], path: Path) -> None:
    _write_private(path, (json.dumps(pack, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))


_INK = colors.HexColor("#1f2933")
_MUTED = colors.HexColor("#52606d")
_RULE = colors.HexColor("#9aa5b1")
_SHADE = colors.HexColor("#eef2f6")
_MARK = "#fde68a"  # evidence highlight


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=_INK, splitLongWords=True)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName="VeraBd", fontSize=20, leading=25, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName="VeraBd", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName="VeraBd", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=_MUTED),
        "text": ParagraphStyle("text", parent=base, backColor=_SHADE, borderPadding=5, spaceBefore=4, spaceAfter=8, leftIndent=5, rightIndent=5),
    }


def _e(value: object) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with its evidence spans highlighted (overlapping spans merged)."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [_e(text[at:start]), f'<span backColor="{_MARK}"><b>{_e(text[start:end])}</b></span>']
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _grid(rows: list[list[Flowable]], widths: Sequence[float], *, header: bool) -> Table:
    # splitInRow: a row taller than a page (a long note) continues on the next page instead of failing
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", spaceAfter=4, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE if header else colors.white),
            ]
        )
    )
    return table


def _facts(pairs: Sequence[tuple[str, object]], s: dict[str, ParagraphStyle], width: float) -> Table:
    rows: list[list[Flowable]] = [[Paragraph(f"<b>{_e(k)}</b>", s["small"]), Paragraph(_e(v if v not in (None, "") else "—"), s["small"])] for k, v in pairs]
    return _grid(rows, (4.2 * cm, width - 4.2 * cm), header=False)


def _message_story(n: int, m: Mapping[str, Any], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    decision = m.get("decision") or {}
    evidence = decision.get("evidence") or []
    story: list[Flowable] = [
        Paragraph(f"Message {n} of the incident (stored item {_e(m['item_id'])})", s["h2"]),
        _facts(
            [
                ("Platform", m.get("platform")),
                ("Platform message id", m.get("platform_message_id")),
                ("Kind", m.get("kind")),
                ("Sender", m.get("sender")),
                ("Sent at (platform time)", m.get("sent_at")),
                ("Stored by DocGuard at", m.get("stored_at")),
                ("Source", m.get("source")),
            ],
            s,
            width,
        ),
        Paragraph("Text as received (evidence highlighted):", s["muted"]),
        Paragraph(_marked(m.get("text") or "", [(int(e["start"]), int(e["end"])) for e in evidence]) or "—", s["text"]),
    ]
    if not decision:
        story.append(Paragraph("Not triaged: no decision was stored for this message.", s["body"]))
        return story
    story.append(
        _facts(
            [
                ("Category", decision.get("category")),
                ("All categories", ", ".join(decision.get("categories") or [])),
                ("Zone / urgency", f"{decision.get('zone')} / {decision.get('urgency')}"),
                ("Actions", ", ".join(decision.get("actions") or [])),
                ("Policy rules", ", ".join(decision.get("rules") or [])),
                ("Engine / model", f"{decision.get('engine_version') or '—'} / {decision.get('model_version') or 'rules only'}"),
            ],
            s,
            width,
        )
    )
    if evidence:
        rows: list[list[Flowable]] = [[Paragraph(f"<b>{h}</b>", s["small"]) for h in ("Words", "Category", "Why")]]
        rows += [
            [Paragraph(f"“{_e(e.get('text'))}” ({_e(e.get('start'))}–{_e(e.get('end'))})", s["small"]), Paragraph(_e(e.get("category")), s["small"]),
             Paragraph(f"{_e(e.get('reason'))} <font color='#52606d'>[{_e(e.get('detector'))}]</font>", s["small"])]
            for e in evidence
        ]  # fmt: skip
        story += [Spacer(1, 4), _grid(rows, (0.32 * width, 0.2 * width, 0.48 * width), header=True)]
    suppressed = decision.get("suppressed") or []
    if suppressed:
        said = "; ".join(f"“{x.get('text')}” ({x.get('category')}): {x.get('suppressor')}" for x in suppressed)
        story.append(Paragraph(f"Not flagged, and why: {_e(said)}", s["muted"]))
    return story


def _details(entry: Mapping[str, Any]) -> str:
    shown = {k: v for k, v in (entry.get("data") or {}).items() if not k.endswith("_sealed")}
    shown.update(entry.get("readable") or {})
    parts = []
    for key, value in shown.items():
        if value is None:
            continue
        if key == "sender" and isinstance(value, str) and len(value) > 16:
            value = value[:12] + "…"  # a keyed hash: only useful to match, so shortened
        text = ", ".join(map(str, value)) if isinstance(value, list) else value
        parts.append(f"<b>{_e(key)}</b>: {_e(text)}")
    parts.append(f"<font color='#52606d'>hash {_e(str(entry.get('hash'))[:16])}…</font>")
    return "<br/>".join(parts)


def _pack_story(pack: Mapping[str, Any], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    incident = pack["incident"]
    proof = pack["chain"]
    sig = pack.get("signature")
    fp = signing.fingerprint(sig["public_key_pem"]) if sig else None  # recomputed: never trust a printed fingerprint
    story: list[Flowable] = [
        Spacer(1, 3 * cm),
        Paragraph(f"DocGuard evidence pack — incident {_e(incident['id'])}", s["title"]),
        Paragraph(_e(incident.get("title")), s["h1"]),
        Spacer(1, 0.6 * cm),
        _facts(
            [
                ("Generated at (UTC)", pack.get("generated_at")),
                ("Generated by", pack.get("generated_by")),
                ("Messages", len(pack["messages"])),
                ("History entries", len(pack["history"])),
                ("Audit log at export", f"{proof['entries']} entries, {'verified intact' if proof['ok'] else 'PROBLEMS FOUND'}"),
                ("Signature", f"Ed25519, key fingerprint {fp}" if fp else "not signed"),
                ("Format", f"{pack.get('format')} version {pack.get('version')}"),
            ],
            s,
            width,
        ),
        Spacer(1, 0.6 * cm),
        Paragraph(
            "This pack holds messages exactly as DocGuard received them, what DocGuard decided about each and why, "
            "and every recorded action on the incident, taken from a hash-chained audit log. The JSON export of the same pack "
            "can be checked by machine; this printout is for reading.",
            s["muted"],
        ),
        PageBreak(),
        Paragraph("Incident", s["h1"]),
        _facts(
            [
                ("Incident", incident["id"]),
                ("Title", incident.get("title")),
                ("Status", incident.get("status")),
                ("Opened at", incident.get("opened_at")),
                ("Opened by", incident.get("opened_by")),
                ("Closed at", incident.get("closed_at")),
                ("Messages", incident.get("items")),
            ],
            s,
            width,
        ),
        Paragraph("Messages as received", s["h1"]),
    ]
    if not pack["messages"]:
        story.append(Paragraph("No messages are attached to this incident.", s["body"]))
    for n, message in enumerate(pack["messages"], 1):
        story += _message_story(n, message, s, width)
    story.append(Paragraph("History: who did what, when", s["h1"]))
    rows: list[list[Flowable]] = [[Paragraph(f"<b>{h}</b>", s["small"]) for h in ("#", "When (UTC)", "Who", "What", "Details")]]
    rows += [
        [Paragraph(_e(h["seq"]), s["small"]), Paragraph(_e(h["at"]), s["small"]), Paragraph(_e(h["actor"]), s["small"]),
         Paragraph(_e(str(h["event"]).replace("_", " ")), s["small"]), Paragraph(_details(h), s["small"])]
        for h in pack["history"]
    ]  # fmt: skip
    story.append(_grid(rows, (0.07 * width, 0.2 * width, 0.14 * width, 0.17 * width, 0.42 * width), header=True))
    story += [
        Paragraph("Audit log proof", s["h1"]),
        _facts(
            [
                ("Verified at export", "yes: every entry's hash and link checked" if proof["ok"] else "NO"),
                ("Entries in the log", proof["entries"]),
                ("Head hash", proof["head"]),
                ("This incident's entries", ", ".join(str(e["seq"]) for e in proof["incident_entries"])),
                ("Problems", "; ".join(proof["problems"]) or "none"),
            ],
            s,
            width,
        ),
        Paragraph(
            "Each entry's hash is SHA-256 of the previous entry's hash, a newline, and the entry's canonical JSON body; "
            "the JSON pack carries those bodies so anyone can recompute them. The head hash identifies the whole log at export.",
            s["muted"],
        ),
    ]
    if sig:
        story += [
            Paragraph("Signature", s["h1"]),
            Paragraph(f"Signed with Ed25519. Public key fingerprint (SHA-256): <b>{_e(fp)}</b>", s["body"]),
            Paragraph(_e(sig["public_key_pem"]), s["small"]),
            Paragraph("Ask the practice for its fingerprint by another route and compare: a signature proves only that the holder of this key made the pack.", s["muted"]),
        ]
    return story


def render_pdf(pack: Mapping[str, Any]) -> bytes:
    register_fonts()
    out = io.BytesIO()
    title = f"DocGuard evidence pack — incident {pack['incident']['id']}"
    template = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
        title=title, author="DocGuard", subject=title, creator="DocGuard",
    )  # fmt: skip

    def footer(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(template.leftMargin, 1.1 * cm, f"{title} · generated {pack.get('generated_at')}")
        canvas.drawRightString(A4[0] - template.rightMargin, 1.1 * cm, f"Page {doc.page}")
        canvas.restoreState()

    template.build(_pack_story(pack, _styles(), template.width), onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def write_pdf(pack: Mapping[str, Any], path: Path) -> None:
    _write_private(path, render_pdf(pack))


__all__ = ["FORMAT", "VERSION", "build_pack", "render_pdf", "signed_payload", "verify_pack", "write_json", "write_pdf"]
