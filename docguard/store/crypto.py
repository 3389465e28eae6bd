"""Message text and sender details are sealed with AES-256-GCM under a key the practice holds.

The key file (JSON, owner-only permissions, created on first use) holds:

* ``keys``: every data key by id; ``active`` names the one new data is sealed with. Rotation
  adds a key and makes it active; old rows stay readable and ``docguard key rotate``
  re-seals them, after which the old key can be retired.
* ``index``: a separate secret for keyed hashes (HMAC-SHA256) of senders, duplicate
  detection and the patient roster, so equal values can be found without storing them.

A sealed value is ``key id (4 bytes) | nonce (12) | ciphertext+tag``; the row it belongs to is
bound in as associated data, so a ciphertext moved to another row does not open. A wrong or
missing key is an error that says so, never garbage.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from docguard.errors import KeyFileError

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Keyring:
    path: Path
    active: int
    keys: dict[int, bytes] = field(repr=False)
    index_key: bytes = field(repr=False)

    def seal(self, plaintext: str, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(12)
        body = AESGCM(self.keys[self.active]).encrypt(nonce, plaintext.encode("utf-8"), aad)
        return struct.pack(">I", self.active) + nonce + body

    def open(self, blob: bytes, aad: bytes) -> str:
        (kid,) = struct.unpack(">I", blob[:4])
        key = self.keys.get(kid)
        if key is None:
            raise KeyFileError(f"{self.path}: has no key {kid}, which sealed this data (wrong key file?)")
        try:
            return AESGCM(key).decrypt(blob[4:16], blob[16:], aad).decode("utf-8")
        except InvalidTag:
            raise KeyFileError(f"{self.path}: key {kid} does not open this data (wrong key file, or the data was altered)") from None

    def key_id_of(self, blob: bytes) -> int:
        return int(struct.unpack(">I", blob[:4])[0])

    def digest(self, purpose: str, value: str) -> str:
        """A keyed hash: equal values give equal digests; the value cannot be read back or guessed offline."""
        return hmac.new(self.index_key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()

    def fingerprint(self) -> str:
        """Identifies the index secret (stored in the database so a wrong key file is caught at once)."""
        return hashlib.sha256(b"docguard-index\x00" + self.index_key).hexdigest()[:16]

    def rotated(self) -> Keyring:
        kid = max(self.keys) + 1
        return Keyring(self.path, kid, {**self.keys, kid: AESGCM.generate_key(bit_length=256)}, self.index_key)

    def retire(self, kid: int) -> Keyring:
        if kid == self.active:
            raise KeyFileError(f"{self.path}: key {kid} is the active key and cannot be retired")
        return Keyring(self.path, self.active, {k: v for k, v in self.keys.items() if k != kid}, self.index_key)

    def save(self) -> None:
        body = {
            "format": FORMAT,
            "active": self.active,
            "keys": {str(k): base64.b64encode(v).decode() for k, v in sorted(self.keys.items())},
            "index": base64.b64encode(self.index_key).decode(),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(body, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


def load_keyring(path: Path, *, create: bool = True) -> Keyring:
    """The key file at ``path``; created (owner-only) when missing and ``create`` is true."""
    if not path.exists():
        if not create:
            raise KeyFileError(f"{path}: no key file; DocGuard's data cannot be read without it")
        ring = Keyring(path, 1, {1: AESGCM.generate_key(bit_length=256)}, secrets.token_bytes(32))
        ring.save()
        return ring
    try:
        body = json.loads(path.read_text("utf-8"))
        keys = {int(k): base64.b64decode(v) for k, v in body["keys"].items()}
        ring = Keyring(path, int(body["active"]), keys, base64.b64decode(body["index"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"{path}: not a DocGuard key file ({exc})") from None
    if ring.active not in ring.keys or any(len(k) != 32 for k in ring.keys.values()):
        raise KeyFileError(f"{path}: damaged key file (active key missing or a key of the wrong length)")
    if path.stat().st_mode & 0o077:
        raise KeyFileError(f"{path}: readable by others (mode {path.stat().st_mode & 0o777:o}); run `chmod 600 {path}`")
    return ring


__all__ = ["KeyFileError", "Keyring", "load_keyring"]
