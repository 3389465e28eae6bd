"""`docguard policy build` end to end: through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from click.testing import CliRunner

from docguard.cli.main import cli

from .conftest import GB, write_profile


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_writes_markdown_and_pdf_for_both_languages(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "practice.toml", GB)
    code, out, err = run("policy", "build", "--profile", str(profile), "--out", str(tmp_path / "kit"))
    assert code == 0, err
    written = {Path(line.removeprefix("wrote ")) for line in out.splitlines()}
    assert tmp_path / "kit" / "en" / "policy-kit-en.pdf" in written
    assert tmp_path / "kit" / "es" / "patient-handout.md" in written
    handout = (tmp_path / "kit" / "en" / "patient-handout.md").read_text("utf-8")
    assert "Leeds Road Surgery" in handout and "0113 496 0000" in handout and "999" in handout


def test_lang_and_format_choose_the_files(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "practice.toml", GB)
    code, out, _ = run("policy", "build", "--profile", str(profile), "--out", str(tmp_path), "--lang", "es", "--format", "md")
    assert code == 0
    assert all("/es/" in line and line.endswith(".md") for line in out.splitlines())


def test_invalid_lang_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("policy", "build", "--out", str(tmp_path), "--lang", "fr")
    assert code == 2 and "--lang" in err
    code, _, err = run("policy", "build", "--out", str(tmp_path), "--format", "docx")
    assert code == 2 and "--format" in err


def test_invalid_profile_exits_2_naming_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[practice]\nname = "X"\ncountry = "US"\n[channels]\nfax = "1"\n', encoding="utf-8")
    code, out, err = run("policy", "build", "--profile", str(bad), "--out", str(tmp_path / "kit"))
    assert code == 2
    assert "channels.fax" in err and out == ""
    assert not (tmp_path / "kit").exists()


def test_a_country_without_numbers_exits_2_naming_the_key(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "p.toml", {"practice": {"name": "Somewhere", "country": "ZZ"}})
    code, _, err = run("policy", "build", "--profile", str(profile), "--out", str(tmp_path / "kit"))
    assert code == 2 and "locale.emergency_number" in err


def test_help_says_what_the_pdf_holds() -> None:
    code, out, _ = run("policy", "build", "--help")
    assert code == 0 and "ONE printable PDF per language" in out


def test_subprocess(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "practice.toml", GB)
    done = subprocess.run(
        [sys.executable, "-m", "docguard", "policy", "build", "--profile", str(profile), "--out", str(tmp_path / "kit"), "--lang", "es"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pdf = pdfium.PdfDocument(tmp_path / "kit" / "es" / "policy-kit-es.pdf")
    assert "Leeds Road Surgery" in pdf[0].get_textpage().get_text_range()
