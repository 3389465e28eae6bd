"""build_kit writes what was asked for, where it was asked, and says what it could not do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from docguard.app import App
from docguard.policykit import build_kit
from docguard.policykit.model import KitError


def test_one_language_one_format(app_for: Callable[[str], App], tmp_path: Path) -> None:
    result = build_kit(app_for("us"), tmp_path, ["es"], ["pdf"])
    assert result.files == (tmp_path / "es" / "policy-kit-es.pdf",)
    assert not (tmp_path / "en").exists()
    assert result.warnings == ()


def test_both_languages_both_formats(app_for: Callable[[str], App], tmp_path: Path) -> None:
    result = build_kit(app_for("us"), tmp_path, ["en", "es"], ["md", "pdf"])
    assert len(result.files) == 2 * (6 + 1)
    assert all(path.is_file() and path.stat().st_size > 0 for path in result.files)


def test_a_sparse_profile_is_warned_about(app_for: Callable[[str], App], tmp_path: Path) -> None:
    warnings = build_kit(app_for("built-in"), tmp_path, ["en"], ["md"]).warnings
    assert any("practice.name" in w for w in warnings)
    assert any("channels.phone" in w for w in warnings)


def test_the_footer_names_the_profile_file(app_for: Callable[[str], App], tmp_path: Path) -> None:
    build_kit(app_for("us"), tmp_path, ["en"], ["md"], source=Path("/somewhere/riverside.toml"))
    assert "the practice profile riverside.toml" in (tmp_path / "en" / "index.md").read_text("utf-8")


def test_unknown_language_is_an_error(app_for: Callable[[str], App], tmp_path: Path) -> None:
    with pytest.raises(KitError, match="'fr'"):
        build_kit(app_for("us"), tmp_path, ["fr"], ["md"])


def test_an_unwritable_folder_is_an_error_naming_the_file(app_for: Callable[[str], App], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(KitError, match="cannot write"):
        build_kit(app_for("us"), blocker, ["en"], ["md"])
