"""The signing key: owner-only on disk, refused when missing or too open, and signatures that only the right key and payload pass."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from docguard.audit import signing
from docguard.errors import KeyFileError


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "keys" / "signing.pem"


def test_a_created_key_is_owner_only_pkcs8_and_loads_back(key_path: Path) -> None:
    key = signing.load_signing_key(key_path, create=True)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert key_path.read_text().startswith("-----BEGIN PRIVATE KEY-----")  # PKCS8, unencrypted
    again = signing.load_signing_key(key_path)
    assert signing.public_key_pem(again) == signing.public_key_pem(key)


def test_create_never_replaces_an_existing_key(key_path: Path) -> None:
    first = signing.load_signing_key(key_path, create=True)
    second = signing.load_signing_key(key_path, create=True)
    assert signing.public_key_pem(second) == signing.public_key_pem(first)


def test_a_missing_key_is_an_error_naming_the_file(key_path: Path) -> None:
    with pytest.raises(KeyFileError, match=str(key_path)):
        signing.load_signing_key(key_path)
    assert not key_path.exists()


def test_a_key_readable_by_others_is_refused(key_path: Path) -> None:
    signing.load_signing_key(key_path, create=True)
    key_path.chmod(0o644)
    with pytest.raises(KeyFileError, match=rf"{key_path}: readable by others \(mode 644\); run `chmod 600"):
        signing.load_signing_key(key_path)


def test_an_unreadable_or_foreign_key_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(KeyFileError, match=f"{folder}: cannot read"):
        signing.load_signing_key(folder)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a key")
    garbage.chmod(0o600)
    with pytest.raises(KeyFileError, match=f"{garbage}: not an unencrypted PEM"):
        signing.load_signing_key(garbage)
    other = tmp_path / "ec.pem"
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    other.write_bytes(pem)
    other.chmod(0o600)
    with pytest.raises(KeyFileError, match=f"{other}: holds a .*, not an Ed25519 key"):
        signing.load_signing_key(other)


def test_the_key_file_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(signing.SIGNING_KEY_ENV, str(tmp_path / "practice.pem"))
    assert signing.signing_key_file() == tmp_path / "practice.pem"
    monkeypatch.delenv(signing.SIGNING_KEY_ENV)
    monkeypatch.setenv("DOCGUARD_DATA_DIR", str(tmp_path / "data"))
    assert signing.signing_key_file() == tmp_path / "data" / "docguard-signing.pem"


def test_only_the_right_key_and_payload_verify(key_path: Path, tmp_path: Path) -> None:
    key = signing.load_signing_key(key_path, create=True)
    other = signing.load_signing_key(tmp_path / "other.pem", create=True)
    payload = "Sé dónde vive".encode()
    sig = signing.sign(key, payload)
    public = signing.public_key_pem(key)
    assert signing.verify_signature(public, payload, sig)
    assert not signing.verify_signature(public, payload + b".", sig)
    assert not signing.verify_signature(signing.public_key_pem(other), payload, sig)
    assert not signing.verify_signature(public, payload, signing.sign(other, payload))
    assert not signing.verify_signature(public, payload, "not base64!")
    assert not signing.verify_signature("not a key", payload, sig)


def test_the_fingerprint_is_stable_and_differs_between_keys(key_path: Path, tmp_path: Path) -> None:
    key = signing.load_signing_key(key_path, create=True)
    other = signing.load_signing_key(tmp_path / "other.pem", create=True)
    fp = signing.fingerprint(signing.public_key_pem(key))
    assert fp == signing.fingerprint(signing.public_key_pem(signing.load_signing_key(key_path)))
    assert fp != signing.fingerprint(signing.public_key_pem(other))
    assert len(fp.split(":")) == 8
