"""A minimal PDF writer for generated test and example documents (no dependency).

It writes PDF 1.4 with the standard Helvetica font (not embedded; WinAnsi encoding), one text
object per line at the position given, and optionally an image-only page (what a scanner
produces).  :func:`typeset` flows paragraphs into pages of one or two columns with a running
header, a page-number footer and hyphenated line ends, the layouts the PDF reader must undo.
Only what quotecheck's tests, examples and benchmarks need; not a general PDF library.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

WIDTH, HEIGHT = 612, 792  # US Letter in points
_CHAR_WIDTH = 0.5  # rough mean advance of Helvetica, in ems, for line filling


@dataclass
class Line:
    """One line of text at (x, y) points from the bottom-left corner."""

    x: float
    y: float
    text: str
    size: float = 11.0


@dataclass
class Page:
    """A page: lines of text, or an image only (``scanned``)."""

    lines: list[Line] = field(default_factory=list)
    scanned: bool = False


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(pages: list[Page], *, title: str | None = None) -> bytes:
    """The bytes of a PDF with ``pages``."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        if page.scanned:
            pixels = bytes(((x * 7 + y * 3) % 256) for y in range(64) for x in range(48))
            data = zlib.compress(pixels)
            image = add(
                b"<< /Type /XObject /Subtype /Image /Width 48 /Height 64 /ColorSpace /DeviceGray"
                b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
                % len(data)
                + data
                + b"\nendstream"
            )
            stream = b"q 480 0 0 640 66 76 cm /Im1 Do Q"
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image
        else:
            ops = [
                b"BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET" % (ln.size, ln.x, ln.y, _escape(ln.text))
                for ln in page.lines
            ]
            stream = b"\n".join(ops)
            resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s "
                b"/Contents %d 0 R >>" % (pages_obj, WIDTH, HEIGHT, resources, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info = add(b"<< /Title (%s) >>" % _escape(title)) if title else None
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _wrap(words: list[str], width: int, hyphenate: bool) -> list[str]:
    """Greedy line filling by character count; a long word that does not fit is hyphenated
    when ``hyphenate`` (at least four letters on each side of the break)."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        room = width - len(current) - (2 if current else 1)
        if hyphenate and word.isalpha() and len(word) >= 8 and room >= 4:
            cut = min(room, len(word) - 4)
            lines.append(f"{current} {word[:cut]}-" if current else f"{word[:cut]}-")
            current = word[cut:]
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def typeset(
    paragraphs: list[str],
    *,
    columns: int = 1,
    header: str | None = None,
    page_numbers: bool = True,
    lines_per_page: int = 40,
    size: float = 11.0,
    hyphenate: bool = True,
    heading: str | None = None,
) -> list[Page]:
    """Flow ``paragraphs`` into pages: ``columns`` columns per page, a running ``header`` on
    every page, the page number at the foot, a blank line between paragraphs.  ``heading``
    stands across the columns at the top of the first page."""
    gutter = 24.0
    left, right = 56.0, WIDTH - 56.0
    col_width = (right - left - gutter * (columns - 1)) / columns
    chars = int(col_width / (size * _CHAR_WIDTH))
    leading = size * 1.35
    flowed: list[str] = []
    for para in paragraphs:
        if flowed:
            flowed.append("")
        flowed.extend(_wrap(para.split(), chars, hyphenate))
    pages: list[Page] = []
    i = 0
    while i < len(flowed) or not pages:
        page = Page()
        top = HEIGHT - 72.0
        if header:
            page.lines.append(Line(left, HEIGHT - 40.0, header, size - 2))
        if heading and not pages:
            page.lines.append(Line(left, top, heading, size + 3))
            top -= leading * 2.5
        rows = int((top - 72.0) / leading)
        rows = min(rows, lines_per_page)
        for col in range(columns):
            x = left + col * (col_width + gutter)
            for row in range(rows):
                if i >= len(flowed):
                    break
                if flowed[i]:
                    page.lines.append(Line(x, top - row * leading, flowed[i], size))
                i += 1
        if page_numbers:
            page.lines.append(Line(WIDTH / 2 - 4, 40.0, str(len(pages) + 1), size - 2))
        pages.append(page)
    return pages
