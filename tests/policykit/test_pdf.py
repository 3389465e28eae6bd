"""The PDF is real: it opens, page 1 is not blank, and its text (accents too) can be read back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from docguard.app import App
from docguard.policykit import build_kit


@pytest.fixture(scope="module")
def kit(app_for: Callable[[str], App], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kit")
    build_kit(app_for("es"), out, ["en", "es"], ["pdf"], today=date(2026, 11, 21))
    return out


def _text(pdf: pdfium.PdfDocument) -> str:
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_page_one_is_not_blank(kit: Path, lang: str) -> None:
    pdf = pdfium.PdfDocument(kit / lang / f"policy-kit-{lang}.pdf")
    assert len(pdf) >= 10
    image = pdf[0].render(scale=1).to_pil().convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128])  # pixels of ink
    assert dark > 0.002 * image.width * image.height


def test_spanish_pdf_holds_the_practice_and_its_accents(kit: Path) -> None:
    text = _text(pdfium.PdfDocument(kit / "es" / "policy-kit-es.pdf"))
    assert "Clínica Peña Señor" in text
    for word in ("Política de redes sociales", "¿Por qué no respondemos", "Línea 024", "Dra. Begoña Muñoz", "¡Gracias por la pregunta!"):
        assert word in text, word


def test_english_pdf_has_every_document(kit: Path) -> None:
    text = _text(pdfium.PdfDocument(kit / "en" / "policy-kit-en.pdf"))
    for title in ("Social media policy: Clínica Peña Señor", "How to reach Clínica Peña Señor", "Bio and pinned-post disclaimers",
                  "Standard replies", "Privacy settings checklist"):  # fmt: skip
        assert title in text, title
    assert "https://cita.example.es" in text and "112" in text


def test_the_same_profile_gives_the_same_pdf(app_for: Callable[[str], App], tmp_path: Path) -> None:
    for out in ("a", "b"):
        build_kit(app_for("gb"), tmp_path / out, ["en"], ["pdf"], today=date(2026, 11, 21))
    assert (tmp_path / "a/en/policy-kit-en.pdf").read_bytes() == (tmp_path / "b/en/policy-kit-en.pdf").read_bytes()


def test_characters_the_font_cannot_draw_are_reported(app_for: Callable[[str], App], tmp_path: Path) -> None:
    result = build_kit(app_for("wide"), tmp_path, ["en"], ["pdf"])
    assert any("cannot draw" in w and "東" in w for w in result.warnings)
