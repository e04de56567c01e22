"""The statutes and the 2021 annual report (`data/documents.yaml`) as tiny PDF
stand-ins, written by hand."""

import hashlib

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.collection import demo_collection
from demo.context import DemoContext
from demo.files import read


def _pdf_text(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252")


def minimal_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page PDF 1.4 with `lines` in Helvetica and `title` as metadata."""
    text = b"BT /F1 14 Tf 72 770 Td 20 TL"
    for line in lines:
        text += b" (" + _pdf_text(line) + b") Tj T*"
    text += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Title (" + _pdf_text(title) + b") /Producer (Coopkracht) >>",
    ]
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (
        len(objects) + 1,
        len(objects),
    )
    return pdf + b"startxref\n%d\n%%%%EOF\n" % xref


def build_documents(ctx: DemoContext) -> None:
    """Find or write each document, by title, in the demo collection."""
    collection = demo_collection()
    model = get_document_model()
    for key, entry in read("documents")["documents"].items():
        title = entry["title"]
        found = model.objects.filter(collection=collection, title=title).first()
        if found is None:
            data = minimal_pdf(title, entry["lines"])
            found = model(
                title=title,
                collection=collection,
                file=ContentFile(data, name=entry["file"]),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
            )
            found.save()
            ctx.created["documents"] += 1
        ctx.remember("document", key, found)
