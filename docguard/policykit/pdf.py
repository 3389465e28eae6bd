"""Renders Documents as one printable PDF (ReportLab's Platypus), every document on a new page.

The font is Bitstream Vera, which ReportLab ships inside its own package: it is embedded in the
PDF, so accents, ñ, ¿ and ¡ print the same everywhere, with no font fetched at run time. Vera
covers Western European text; any other character is reported (``missing``), never hidden.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, PageBreak, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from docguard.policykit.model import URL, Block, Bullets, Checklist, Document, KitError, Paragraph, Quote, Section, Table, walk_text

FONT = "Vera"
_FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf", "VeraBI": "VeraBI.ttf"}
#: Countries that print on US Letter; everyone else gets A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})
_INK = colors.HexColor("#1f2933")
_MUTED = colors.HexColor("#52606d")
_RULE = colors.HexColor("#9aa5b1")
_SHADE = colors.HexColor("#eef2f6")
_LINK = colors.HexColor("#1a4f8a")
_BLANK_ROW_HEIGHT = 0.95 * cm


@dataclass(frozen=True, slots=True)
class PdfMeta:
    title: str
    author: str
    lang: str
    page_label: str  # "Page {page}" already in the document's language, {page} left to fill
    letter: bool


def register_fonts() -> None:
    """Registers Vera (regular, bold, italic, bold italic) from ReportLab's own fonts folder, once."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in _FACES.items():
        path = folder / file
        if not path.is_file():
            raise KitError(f"the PDF font {file} is missing from ReportLab's package ({folder}): reinstall reportlab")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal="Vera", bold="VeraBd", italic="VeraIt", boldItalic="VeraBI")


def missing(docs: Sequence[Document]) -> set[str]:
    """Characters in ``docs`` the PDF font cannot draw (the Markdown still has them)."""
    register_fonts()
    font: Any = pdfmetrics.getFont(FONT)  # a TTFont: its face maps code points to glyphs
    covered: dict[int, int] = font.face.charToGlyph
    return {ch for text in (t for doc in docs for t in walk_text(doc)) for ch in text if ch != "\n" and ord(ch) not in covered}


def render(docs: Sequence[Document], meta: PdfMeta) -> bytes:
    register_fonts()
    styles = _styles()
    story: list[Flowable] = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story += _document(doc, styles)
    story = _keep_with_next(story)
    out = io.BytesIO()
    template = _KitTemplate(
        out,
        pagesize=LETTER if meta.letter else A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=2 * cm,
        title=meta.title,
        author=meta.author,
        subject=meta.title,
        creator="DocGuard",
        lang=meta.lang,
        invariant=1,  # no creation time or random id: the same profile gives the same file
    )

    def footer(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(_MUTED)
        width = template.pagesize[0]
        canvas.drawString(template.leftMargin, 1.1 * cm, meta.title)
        canvas.drawRightString(width - template.rightMargin, 1.1 * cm, meta.page_label.format(page=doc.page))
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


class _KitTemplate(SimpleDocTemplate):
    """Adds a PDF outline (bookmarks) entry for every document and section heading."""

    headings = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PdfParagraph) and flowable.style.name in _OUTLINE_LEVEL:
            self.headings += 1
            key = f"h{self.headings}"  # numbered, not id(): the same kit gives the same file
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=_OUTLINE_LEVEL[flowable.style.name], closed=True)


_OUTLINE_LEVEL = {"h1": 0, "h2": 1}
_STICKY = frozenset({"h1", "h2", "h3", "lead-in"})  # styles of paragraphs that stay with what follows


class _Together(KeepTogether):
    """A KeepTogether that remembers its parts, so a heading can join them without nesting."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__(parts)
        self.parts = parts


def _keep_with_next(story: list[Flowable]) -> list[Flowable]:
    """Headings and lead-ins stay on the page with what follows them, as one flat group.

    Platypus's own keepWithNext nests when what follows is already a KeepTogether (a quote with
    its note, a table), and the nested group then lets a heading end a page alone.
    """
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, PdfParagraph) and flowable.style.name in _STICKY:
            run.append(flowable)
            continue
        if run:
            out.append(_Together([*run, *(flowable.parts if isinstance(flowable, _Together) else [flowable])]))
            run = []
        else:
            out.append(flowable)
    return out + run


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=_INK, spaceAfter=6, alignment=TA_LEFT)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName="VeraBd", fontSize=18, leading=23, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName="VeraBd", fontSize=13, leading=17, spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=body, fontName="VeraBd", fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        "lead-in": ParagraphStyle("lead-in", parent=body),
        "item": ParagraphStyle("item", parent=body, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName="VeraBd", fontSize=9, leading=12, spaceAfter=0),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            backColor=_SHADE,
            borderColor=_RULE,
            borderWidth=0.5,
            borderPadding=7,
            leftIndent=8,
            rightIndent=8,
            spaceBefore=8,
            spaceAfter=10,
        ),
        "note": ParagraphStyle("note", parent=body, fontName="VeraIt", fontSize=8.5, leading=11, textColor=_MUTED),
    }


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, line breaks kept, web addresses linked."""
    parts: list[str] = []
    last = 0
    for match in URL.finditer(text):
        parts.append(xml_escape(text[last : match.start()]))
        url = xml_escape(match.group(), {'"': "&quot;"})
        parts.append(f'<link href="{url}" color="{_LINK.hexval()}">{xml_escape(match.group())}</link>')
        last = match.end()
    parts.append(xml_escape(text[last:]))
    return "".join(parts).replace("\n", "<br/>")


def _document(doc: Document, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [PdfParagraph(markup(doc.title), styles["h1"])]
    out += _blocks(doc.intro, styles)
    for section in doc.sections:
        out += _section(section, 2, styles)
    if doc.footer:
        out += [Spacer(1, 10), PdfParagraph(markup(doc.footer), styles["note"])]
    return out


def _section(section: Section, level: int, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [PdfParagraph(markup(section.title), styles["h2" if level == 2 else "h3"])]
    out += _blocks(section.blocks, styles)
    for sub in section.subsections:
        out += _section(sub, level + 1, styles)
    return out


def _blocks(blocks: tuple[Block, ...], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        match block:
            case Paragraph(text=text, lead=lead):
                lead_markup = f"<b>{markup(lead)}</b> " if lead else ""
                introduces = i + 1 < len(blocks) and not isinstance(blocks[i + 1], Paragraph)
                # A paragraph that introduces a list or table stays on the page with it.
                style = styles["lead-in"] if introduces else styles["body"]
                out.append(PdfParagraph(lead_markup + markup(text), style))
            case Bullets(items=items, numbered=numbered):
                out.append(_list(items, styles, numbered=numbered))
            case Checklist(items=items):
                out.append(_checklist(items, styles))
            case Table(header=header, rows=rows):
                out.append(_Together([_table(header, rows, styles)]))  # split only if longer than a page
            case Quote(text=text, note=note):
                quote: list[Flowable] = [PdfParagraph(markup(text), styles["quote"])]
                if note:
                    quote.append(PdfParagraph(markup(note), styles["note"]))
                out.append(_Together(quote))
    return out


def _list(items: tuple[str, ...], styles: dict[str, ParagraphStyle], *, numbered: bool = False) -> ListFlowable:
    flowables = [PdfParagraph(markup(item), styles["item"]) for item in items]  # each becomes a ListItem
    if numbered:
        return ListFlowable(flowables, bulletType="1", bulletFormat="%s.", bulletFontName=FONT, bulletFontSize=10, leftIndent=16, spaceAfter=6)
    return ListFlowable(flowables, bulletType="bullet", start="•", bulletFontName=FONT, bulletFontSize=10, leftIndent=14, spaceAfter=6)


class _Box(Flowable):
    """An empty square to tick with a pen."""

    SIDE = 8.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.SIDE, self.SIDE + 3

    def draw(self) -> None:
        self.canv.setStrokeColor(_INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.SIDE, self.SIDE, stroke=1, fill=0)


def _checklist(items: tuple[str, ...], styles: dict[str, ParagraphStyle]) -> PdfTable:
    rows = [[_Box(), PdfParagraph(markup(item), styles["item"])] for item in items]
    table = PdfTable(rows, colWidths=[0.7 * cm, 16.3 * cm], hAlign="LEFT", spaceAfter=6)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], styles: dict[str, ParagraphStyle]) -> PdfTable:
    data = [[PdfParagraph(markup(cell), styles["head"]) for cell in header]]
    data += [[PdfParagraph(markup(cell), styles["cell"]) for cell in row] for row in rows]
    width = 17 * cm  # the narrower of A4 and Letter, less the margins
    weights = [_weight([row[i] for row in (header, *rows)]) for i in range(len(header))]
    col_widths = [width * w / sum(weights) for w in weights]
    heights = [None, *(_BLANK_ROW_HEIGHT if not any(row) else None for row in rows)]
    table = PdfTable(data, colWidths=col_widths, rowHeights=heights, repeatRows=1, hAlign="LEFT", spaceBefore=4, spaceAfter=10)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _weight(column: list[str]) -> float:
    """A column's share of the width: its longest text (capped), but never narrower than its longest word."""
    longest_word = max((len(word) for cell in column for word in cell.split()), default=0)
    return max(8.0, longest_word * 1.25 + 3, min(45, max(len(cell) for cell in column)))


__all__ = ["LETTER_COUNTRIES", "PdfMeta", "markup", "missing", "register_fonts", "render"]
