"""A small document model rendered to PDF (ReportLab) and to self-contained HTML.

The privacy notice and the record of processing are built once as plain blocks (paragraphs,
bullet lists, label/value pairs, tables, address blocks) and rendered by both writers, so the
PDF and the web page say exactly the same. The PDF is printed on the same page (``reports.page``) as the letters: embedded
DejaVu Sans, the same colours, margins, "Page X of Y" and document metadata. The HTML has
inline CSS, no scripts and no external resources, and every text is escaped.
"""
from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from .fonts import register_fonts
from .page import CONTENT_W, Styles, build_pdf, draw_page_frame, markup
from .rowtable import Column, RowTable
from .texts import word


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    style: str = "body"  # body, muted


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[tuple[str, str], ...]  # (bold lead, text); lead may be empty


@dataclass(frozen=True, slots=True)
class Pairs:
    rows: tuple[tuple[str, str], ...]  # (label, value); values may hold line breaks


@dataclass(frozen=True, slots=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the width, summing to 1


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Address:
    lines: tuple[str, ...]  # the first is printed bold


Block = Para | Bullets | Pairs | Grid | Heading | Address


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Document:
    language: str
    title: str
    subtitle: str
    author: str             # the controller's name
    subject: str
    letterhead: tuple[str, ...]   # the shop's name, then contact lines
    footer: str             # left of the page footer
    sections: tuple[Section, ...]
    lead: tuple[Block, ...] = field(default=())  # before the numbered sections


# -- PDF --------------------------------------------------------------------------------------


def _pdf_blocks(blocks, st) -> list:
    story: list = []
    heading = None  # a sub-heading waits for the block it introduces, so it never ends a page alone
    for block in blocks:
        if heading is not None:
            story.append(KeepTogether([heading, *_pdf_blocks((block,), st)]))
            heading = None
            continue
        if isinstance(block, Heading):
            heading = Paragraph(markup(block.text), st.h2)
            continue
        story += _pdf_block(block, st)
    if heading is not None:
        story.append(heading)
    return story


def _pdf_block(block, st) -> list:
    if isinstance(block, Para):
        return [Paragraph(markup(block.text), st.muted if block.style == "muted" else st.body)]
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text), st.h2)]
    if isinstance(block, Bullets):
        return [Paragraph(f"<b>{escape(lead)}</b> {markup(text)}" if lead else markup(text), st.item, bulletText="•")
                for lead, text in block.items]
    if isinstance(block, Pairs):
        cols = (Column(42 * mm, bold=True), Column(CONTENT_W - 42 * mm))
        return [RowTable(cols, list(block.rows), st.pairs), Spacer(1, 4)]
    if isinstance(block, Grid):
        cols = tuple(Column(CONTENT_W * w) for w in block.widths)
        return [RowTable(cols, [list(r) for r in block.rows], st.rows, header=list(block.header)), Spacer(1, 6)]
    if isinstance(block, Address):
        lines = [f"<b>{escape(block.lines[0])}</b>", *(escape(x) for x in block.lines[1:])]
        return [KeepTogether([Paragraph("<br/>".join(lines), ParagraphStyle("address", parent=st.body,
                                                                             leftIndent=12))])]
    raise TypeError(f"not a document block: {type(block).__name__}")


def render_pdf(doc: Document, out: str | os.PathLike | BinaryIO) -> None:
    fonts = register_fonts()
    st = Styles(fonts.regular, fonts.bold)
    story: list = [Paragraph(markup(doc.letterhead[0]), st.shop)]
    if len(doc.letterhead) > 1:
        story.append(Paragraph(markup(" · ".join(doc.letterhead[1:])), st.muted))
    story += [Spacer(1, 6 * mm), Paragraph(markup(doc.title), st.title), Paragraph(markup(doc.subtitle), st.subtitle)]
    story += _pdf_blocks(doc.lead, st)
    for number, section in enumerate(doc.sections, start=1):
        story += [CondPageBreak(35 * mm), Paragraph(f"{number}. {escape(section.heading)}", st.h1)]
        story += _pdf_blocks(section.blocks, st)

    def decorate(canv: Canvas, page: int, pages: int) -> None:
        draw_page_frame(canv, fonts.regular, page, footer=doc.footer,
                        page_label=word("page_of", doc.language).format(page=page, pages=pages),
                        header_left=doc.author, header_right=doc.title)

    build_pdf(out, story, decorate, font=fonts.regular, title=f"{doc.title} – {doc.author}", author=doc.author,
              subject=doc.subject, keywords="GDPR", language=doc.language)


# -- HTML -------------------------------------------------------------------------------------

_CSS = """
.kundereg-doc{font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;
max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem;line-height:1.5;font-size:1rem}
.kundereg-doc .shop{font-size:1.5rem;font-weight:bold;color:#1f3a5f;margin:0}
.kundereg-doc .contact{color:#5b6473;font-size:.9rem;margin:.2rem 0 0;padding-bottom:.6rem;border-bottom:2px solid #1f3a5f}
.kundereg-doc h1{font-size:1.4rem;color:#1f3a5f;margin:1.4rem 0 .2rem}
.kundereg-doc .subtitle{color:#5b6473;margin:0 0 1rem}
.kundereg-doc h2{font-size:1.15rem;color:#1f3a5f;margin:1.6rem 0 .4rem}
.kundereg-doc h3{font-size:1rem;margin:1rem 0 .3rem}
.kundereg-doc p{margin:.4rem 0 .6rem}
.kundereg-doc .muted{color:#5b6473;font-size:.9rem}
.kundereg-doc ul{padding-left:1.3rem;margin:.3rem 0 .8rem}
.kundereg-doc li{margin:.2rem 0}
.kundereg-doc table{border-collapse:collapse;width:100%;margin:.3rem 0 .9rem;font-size:.92rem}
.kundereg-doc th,.kundereg-doc td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d5dbe3}
.kundereg-doc thead th{background:#e3e8ef}
.kundereg-doc table.pairs th{width:11rem;font-weight:bold;background:none}
.kundereg-doc tbody tr:nth-child(even){background:#f3f5f8}
.kundereg-doc address{font-style:normal;margin:.4rem 0 .8rem 1rem}
.kundereg-doc footer{margin-top:2rem;color:#5b6473;font-size:.85rem;border-top:1px solid #9aa5b5;padding-top:.5rem}
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _html_blocks(blocks) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(f'<p class="muted">{_h(block.text)}</p>' if block.style == "muted" else f"<p>{_h(block.text)}</p>")
        elif isinstance(block, Heading):
            out.append(f"<h3>{_h(block.text)}</h3>")
        elif isinstance(block, Bullets):
            items = "".join(f"<li><strong>{_h(lead)}</strong> {_h(text)}</li>" if lead else f"<li>{_h(text)}</li>"
                            for lead, text in block.items)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, Pairs):
            rows = "".join(f'<tr><th scope="row">{_h(k)}</th><td>{_h(val)}</td></tr>' for k, val in block.rows)
            out.append(f'<table class="pairs"><tbody>{rows}</tbody></table>')
        elif isinstance(block, Grid):
            head = "".join(f'<th scope="col">{_h(c)}</th>' for c in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(block, Address):
            lines = [f"<strong>{_h(block.lines[0])}</strong>", *(_h(x) for x in block.lines[1:])]
            out.append(f"<address>{'<br>'.join(lines)}</address>")
    return out


def render_html(doc: Document) -> str:
    """One HTML page with inline CSS, ready to paste into or upload to the shop's website."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_h(doc.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(doc.title)} – {_h(doc.author)}</title>",
        f'<meta name="description" content="{_h(doc.subject)}">',
        '<meta name="generator" content="kundereg">',
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<main class="kundereg-doc">',
        "<header>",
        f'<p class="shop">{_h(doc.letterhead[0])}</p>',
    ]
    if len(doc.letterhead) > 1:
        parts.append(f'<p class="contact">{" · ".join(_h(x) for x in doc.letterhead[1:])}</p>')
    parts += [f"<h1>{_h(doc.title)}</h1>", f'<p class="subtitle">{_h(doc.subtitle)}</p>', "</header>"]
    parts += _html_blocks(doc.lead)
    for number, section in enumerate(doc.sections, start=1):
        parts.append("<section>")
        parts.append(f"<h2>{number}. {_h(section.heading)}</h2>")
        parts += _html_blocks(section.blocks)
        parts.append("</section>")
    parts += [f"<footer>{_h(doc.footer)}</footer>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)
