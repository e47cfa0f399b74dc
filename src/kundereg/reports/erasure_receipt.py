"""The GDPR Art. 17 erasure receipt: a letter telling the person what was erased and what the law keeps.

``render_erasure_receipt(data, out, password=None)`` writes an A4 PDF in ``data.language`` (nb,
nn, sv, fi, da or en) from plain ``ErasureReceiptData``:

the letter  letterhead, date of the erasure, reference, request received, former customer number;
            that the data is erased, when (in the shop's time zone) and by whom; how identity was
            confirmed (method, staff, time; never an ID number); what was erased; what the
            bookkeeping law keeps and why (Art. 17(3)(b)), per kind of record; the backups that
            still hold the data and the day the last of them is gone; that the customer number
            leads nowhere and the logs hold no personal details; questions and the right to
            complain, with the supervisory authority's address; the signature.
appendix    one row per group of kept records: what, how many, what remains on them, the legal
            basis (Art. 17(3)(b), Art. 6(1)(c) and the national provision) and the last day kept.

The data holds no name or address of the person (it is gone): the receipt names them by
customer number and reference only. It looks and behaves like the access report: the same
styles, embedded DejaVu Sans, "Page X of Y", title/author/subject/language metadata, and an
optional AES-256 password. Words are in ``reports.receipt_texts``; legal texts in ``domain.legal``.
"""
from __future__ import annotations

import os
import re
from datetime import timedelta
from typing import BinaryIO

from babel.lists import format_list
from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from ..domain import legal
from ..domain.catalogue import translate
from ..domain.report_data import ErasureReceiptData, KeptRecords
from . import letter, texts
from . import receipt_texts as rt
from .letter import Letter
from .page import build_pdf, draw_page_frame, markup
from .receipt_texts import receipt_text, receipt_title
from .rowtable import Column, RowTable

__all__ = ["render_erasure_receipt", "receipt_title"]

# Appendix table columns (mm, alignment); 170 mm in all, the content width of A4 with 20 mm margins.
_KEPT_COLUMNS = ((30, "left"), (14, "right"), (41, "left"), (51, "left"), (34, "left"))

# A provision's number stays on one line with its unit: "7 kap. 2 §", "§ 5-1-1", "209 e §", "2 luku 10 §".
_GLUE = re.compile(r"(?<=\d) (?=§|kap\.|luku\b|[a-z]\b)|(?<= [a-z]) (?=§)|(?<=§) (?=\d)|(?<=kap\.) (?=\d)"
                   r"|(?<=luku) (?=\d)")


def _glued(text: str) -> str:
    return _GLUE.sub("\u00a0", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Receipt(Letter):
    data: ErasureReceiptData

    def text(self, key: str) -> str:
        return receipt_text(key, self.lang)

    def heading(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.st.h2)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.fmt.locale)

    # -- the letter -----------------------------------------------------------------------------

    def meta(self) -> list:
        d = self.data
        rows = [(texts.word("date", self.lang), self.fmt.long(d.erased_at)),
                (texts.word("our_reference", self.lang), d.reference)]
        if d.request_received_on:
            rows.append((texts.word("request_received", self.lang), self.fmt.long(d.request_received_on)))
        rows.append((texts.word("customer_number", self.lang), str(d.customer_number)))
        block = Paragraph("<br/>".join(f"{markup(k)}: {markup(v)}" for k, v in rows), self.st.right)
        return [block, Spacer(1, 6 * mm)]

    def introduction(self) -> list:
        d = self.data
        received = self.fmt.long(d.request_received_on) if d.request_received_on else None
        opening = self.text("intro_received").format(received=received) if received else self.text("intro")
        when = self.fmt.when(d.erased_at)
        done = (self.text("done_by").format(staff=d.staff_name, when=when) if d.staff_name
                else self.text("done").format(when=when))
        story = [self.para(self.text("salutation")), self.para(f"{opening} {done} {self.text('receipt_says')}")]
        v = d.verification
        if v is not None:
            method = texts.verification_phrase(v.method, v.detail, self.lang)
            key = "verified" if v.staff_name else "verified_no_staff"
            text = self.text(key).format(method=method, staff=v.staff_name, when=self.fmt.when(v.at))
        else:
            text = texts.word("not_verified", self.lang)
        story.append(self.para(f"{text} {translate(legal.NO_ID_COPY, self.lang)}"))
        return story

    def erased_label(self, key: str, count: int) -> str:
        text = texts.label(rt.ERASED, key, self.lang)
        return f"{text} ({self.number(count)})" if key in rt.COUNTED else text

    def erased(self) -> list:
        story = [self.heading(self.text("h_erased")), self.para(self.text("erased_intro"))]
        for key, count in self.data.erased:
            if count > 0:
                story.append(Paragraph(markup(self.erased_label(key, count)), self.st.item, bulletText="•"))
        story.append(Spacer(1, 3))
        return story

    def kept_sentence(self, kind: str, groups: list[KeptRecords]) -> str:
        if kind == "invoice":
            laws = list(dict.fromkeys(legal.cite(g.buyer_law, self.lang) for g in groups if g.buyer_law))
            return self.text("kept_invoice").format(law_ref=f" ({_glued('; '.join(laws))})" if laws else "")
        if kind in ("receipt", "order"):
            return self.text(f"kept_{kind}")
        return f"{texts.label(rt.KEPT_KIND, kind, self.lang)}: {self.number(sum(g.count for g in groups))}."

    def kept(self) -> list:
        story = [self.heading(self.text("h_kept"))]
        if not self.data.kept:
            return [*story, self.para(self.text("kept_none"))]
        story.append(self.para(self.text("kept_intro").format(article=translate(rt.ART17_3B, self.lang))))
        by_kind: dict[str, list[KeptRecords]] = {}
        for group in self.data.kept:
            by_kind.setdefault(group.kind, []).append(group)
        for kind, groups in by_kind.items():
            story.append(Paragraph(markup(self.kept_sentence(kind, groups)), self.st.item, bulletText="•"))
        story += [Spacer(1, 3), self.para(self.text("kept_see_appendix"))]
        return story

    def backups(self) -> list:
        b = self.data.backups
        story = [self.heading(self.text("h_backups"))]
        if b.backups_before <= 0:
            return [*story, self.para(self.text("backups_none"))]
        first = (self.text("backups_one") if b.backups_before == 1
                 else self.text("backups_many").format(count=self.number(b.backups_before)))
        parts = [first, self.text("backups_body").format(daily=b.keep_daily, weekly=b.keep_weekly)]
        if b.expires_on is not None:
            # expires_on is the last day a copy may be kept: it is deleted on the day after.
            parts.append(self.text("backups_expire").format(expires=self.fmt.long(b.expires_on + timedelta(days=1))))
        parts.append(self.text("backups_restore"))
        return [*story, self.para(" ".join(parts))]

    def customer_number(self) -> list:
        number = self.text("number_text").format(number=self.data.customer_number)
        return [self.heading(self.text("h_number")), self.para(f"{number} {self.text('log_text')}")]

    def questions(self) -> list:
        d = self.data
        questions = self.text("questions").format(channels=f" {self.channels()}", reference=d.reference)
        return [self.heading(self.text("h_questions")), self.para(questions),
                *letter.authority_paragraphs(d.controller.country, self.lang, self.st)]

    def signature(self) -> list:
        d, st = self.data, self.st
        lines = [markup(x) for x in texts.signature_lines(d.staff_name, d.staff_role, d.controller.name, self.lang)]
        return [Spacer(1, 4), KeepTogether([self.para(texts.word("regards", self.lang)),
                                            Paragraph("<br/>".join(lines), st.body)])]

    # -- the appendix ---------------------------------------------------------------------------

    def basis(self, group: KeptRecords) -> str:
        lines = [_capital(translate(rt.ART17_3B, self.lang)), *legal.legal_basis_lines("c", self.lang),
                 _glued(legal.cite(group.law, self.lang))]
        if group.buyer_law:
            lines.append(self.text("buyer_law").format(law=_glued(legal.cite(group.buyer_law, self.lang))))
        return "\n".join(lines)

    def remains(self, group: KeptRecords) -> str:
        names = [texts.label(rt.KEPT_FIELD, f, self.lang) for f in group.fields]
        return _capital(format_list(names, locale=self.fmt.locale)) if names else ""

    def appendix(self) -> list:
        if not self.data.kept:
            return []
        rows = [(texts.label(rt.KEPT_KIND, g.kind, self.lang), self.number(g.count), self.remains(g), self.basis(g),
                 self.fmt.long(g.until)) for g in self.data.kept]
        header = [self.text(k) for k in ("col_what", "col_count", "col_remains", "col_basis", "col_until")]
        table = RowTable(tuple(Column(w * mm, align=a) for w, a in _KEPT_COLUMNS), rows, self.st.rows, header=header)
        return [PageBreak(), Paragraph(markup(self.text("appendix")), self.st.h1), self.para(self.text("appendix_intro")),
                table]

    def story(self) -> list:
        st = self.st
        return [*letter.letterhead(self.data.controller, self.lang, st, self.fonts.regular, 8), *self.meta(),
                Paragraph(markup(self.text("title")), st.title), Paragraph(markup(self.text("subtitle")), st.subtitle),
                *self.introduction(), *self.erased(), *self.kept(), *self.backups(), *self.customer_number(),
                *self.questions(), *self.signature(), *self.appendix()]

    # -- page decoration ------------------------------------------------------------------------

    def decorate(self, canv: Canvas, page: int, pages: int) -> None:
        d = self.data
        reference = f"{texts.word('our_reference', self.lang)} {d.reference}"
        left = letter.footer_left(d.controller, self.lang)
        draw_page_frame(canv, self.fonts.regular, page, footer=f"{left} · {reference}",
                        page_label=texts.word("page_of", self.lang).format(page=page, pages=pages),
                        header_left=d.controller.name, header_right=f"{self.text('title')} · {reference}")


def render_erasure_receipt(data: ErasureReceiptData, out: str | os.PathLike | BinaryIO,
                           password: str | None = None) -> None:
    """Write the erasure receipt for ``data`` to a path or a binary file object.

    With ``password``, the PDF is encrypted (AES-256) and cannot be opened without it; give the
    password to the person by another channel than the file. Writing atomically (a temporary
    file, then rename) is the caller's job, as for the access report."""
    if password is not None and not password:
        raise ValueError("an empty password would not protect the receipt")
    receipt = _Receipt(data)
    build_pdf(out, receipt.story(), receipt.decorate, font=receipt.fonts.regular,
              title=f"{receipt_title(data.language)} – {data.reference}", author=data.controller.name,
              subject=f"{receipt_text('subtitle', data.language)} ({data.reference})",
              keywords=f"GDPR, Art. 17, {data.reference}", language=data.language, password=password)
