"""The practice's signing key: Ed25519, so a third party can check an exported evidence pack.

The key file (PEM, PKCS8, unencrypted, owner-only 0600) is named by ``DOCGUARD_SIGNING_KEY``,
or is ``docguard-signing.pem`` in DocGuard's data folder. It is separate from the encryption key
file: the signing key proves where a pack came from and opens nothing, and its public half is
meant to be handed out (printed in every signed pack as a fingerprint the reader can compare
with one the practice gave them by another route).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from docguard.errors import KeyFileError
from docguard.store import settings

SIGNING_KEY_ENV = "DOCGUARD_SIGNING_KEY"
ALGORITHM = "Ed25519"


def signing_key_file() -> Path:
    """``$DOCGUARD_SIGNING_KEY``, else ``docguard-signing.pem`` in the data folder."""
    env = os.environ.get(SIGNING_KEY_ENV)
    return Path(env) if env else settings.data_dir() / "docguard-signing.pem"


def _create(path: Path) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # EXCL: never overwrite a key that appeared meanwhile
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot create the signing key file ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    return key


def load_signing_key(path: Path, create: bool = False) -> Ed25519PrivateKey:
    """The Ed25519 key in ``path``; created (owner-only) when missing and ``create`` is true."""
    if not path.exists():
        if create:
            return _create(path)
        raise KeyFileError(f"{path}: no signing key file (create one, or set {SIGNING_KEY_ENV})")
    try:
        mode = path.stat().st_mode
        pem = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the signing key file ({exc.strerror})") from None
    if mode & 0o077:
        raise KeyFileError(f"{path}: readable by others (mode {mode & 0o777:o}); run `chmod 600 {path}`")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: not an unencrypted PEM (PKCS8) private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: holds a {type(key).__name__}, not an {ALGORITHM} key")
    return key


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return base64.b64encode(key.sign(payload)).decode("ascii")


def public_key_pem(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def _public(public_pem: str) -> Ed25519PublicKey | None:
    try:
        key = serialization.load_pem_public_key(public_pem.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def fingerprint(public_pem: str) -> str:
    """SHA-256 of the raw public key, in colon-separated groups: short enough to read out over the phone."""
    key = _public(public_pem)
    if key is None:
        raise KeyFileError(f"not an {ALGORITHM} public key")
    digest = hashlib.sha256(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).hexdigest()
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify_signature(public_pem: str, payload: bytes, signature_b64: str) -> bool:
    """True only when ``signature_b64`` is ``payload`` signed by the key in ``public_pem``; any malformed input is False."""
    key = _public(public_pem)
    if key is None:
        return False
    try:
        key.verify(base64.b64decode(signature_b64, validate=True), payload)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


__all__ = ["ALGORITHM", "SIGNING_KEY_ENV", "fingerprint", "load_signing_key", "public_key_pem", "sign", "signing_key_file", "verify_signature"]
