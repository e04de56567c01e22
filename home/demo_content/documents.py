"""The statutes and the 2021 annual report as tiny PDF stand-ins, written by hand."""

import hashlib

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.demo_content.collection import demo_collection
from home.demo_content.context import DemoContext

NOTICE = "Voorbeeldbestand uit de demo-inhoud van de website."

# key: (title, file name, lines of the single page)
DOCUMENTS = {
    "jaarverslag-2021": (
        "Jaarverslag 2021",
        "jaarverslag-2021.pdf",
        [
            "Coopkracht vzw - Jaarverslag 2021",
            "Het netwerk voor coöperatief ondernemen in Vlaanderen.",
            "Leden uit 14 sectoren; partners Cera en Febecoop; actief in de NRC.",
            NOTICE,
        ],
    ),
    "statuten": (
        "Statuten Coopkracht vzw",
        "statuten-coopkracht.pdf",
        [
            "Statuten van Coopkracht vzw",
            "Doel: mens- en milieuvriendelijk ondernemen en consumeren in",
            "Vlaanderen stimuleren, in het bijzonder door coöperatief",
            "ondernemen te promoten en te ondersteunen.",
            NOTICE,
        ],
    ),
}


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
    for key, (title, filename, lines) in DOCUMENTS.items():
        found = model.objects.filter(collection=collection, title=title).first()
        if found is None:
            data = minimal_pdf(title, lines)
            found = model(
                title=title,
                collection=collection,
                file=ContentFile(data, name=filename),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
            )
            found.save()
            ctx.created["documents"] += 1
        ctx.remember("document", key, found)
