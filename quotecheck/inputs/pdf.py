"""PDF sources: the text of each page in reading order, with page and line for every character.

Uses pdfminer.six (MIT; the ``pdf`` extra) for the text lines and their boxes, then

1. **reading order** per page: lines at least 15% of the text width wide and narrower than
   55% of it define columns (their x-extents, merged, must leave a gutter); lines crossing a
   gutter, or outside every column, split the page into bands read top to bottom, and within a
   band each column is read top to bottom before the next;
2. **page furniture**: among the two top and two bottom lines of each page, a line whose text
   (digits folded) recurs there, at the same height, on at least half of the pages (two at
   least) is a running
   header or footer and dropped; a line there that is only a page number ("3", "Page 3 of 5",
   "- 3 -") is dropped on any page;
3. **hyphenation**: a line ending in letter + "-" followed by a line starting in lowercase is
   joined without the hyphen ("recon-" + "struction"), unless the document spells the compound
   with a hyphen elsewhere and never joined ("well-known"); before an uppercase letter the
   hyphen stays ("non-" + "European"); a soft hyphen (U+00AD) at a line end always goes.

The lines of a paragraph are joined by spaces (one line of text per paragraph, as in a text
source); a paragraph ends at a vertical gap of more than 0.8 line heights (a blank line), or
where a sentence ends on a line that stops short of its column's edge or is followed by a line
starting "Name:" (a line break).  Line numbers count every text line of the page in reading
order, furniture included, as a reader counts them.  Cost: linear in the number of characters after
pdfminer's own layout analysis (which dominates); the furniture pass is O(pages).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from quotecheck.errors import NoTextLayer, SourceFormatError
from quotecheck.inputs.furniture import PAGE_NUMBER
from quotecheck.inputs.places import Extracted, TextBuilder
from quotecheck.inputs.sniff import require

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
    }
)
_LEFT_WORD = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_RIGHT_WORD = re.compile(r"^([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class _Line:
    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    number: int = 0
    column: int = -1
    short: bool = False


def _text_lines(layout: Any) -> list[_Line]:
    from pdfminer.layout import LTTextLine

    out: list[_Line] = []
    stack = [layout]
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTTextLine):
            text = obj.get_text().rstrip("\r\n").strip(" \t").translate(_LIGATURES)
            if text.strip():
                out.append(_Line(obj.x0, obj.x1, obj.y0, obj.y1, " ".join(text.split())))
        elif hasattr(obj, "__iter__"):
            stack.extend(obj)
    return out


def _columns(lines: list[_Line]) -> list[tuple[float, float]]:
    left = min(ln.x0 for ln in lines)
    width = max(ln.x1 for ln in lines) - left
    spans = sorted((ln.x0, ln.x1) for ln in lines if 0.15 * width <= ln.x1 - ln.x0 < 0.55 * width)
    merged: list[tuple[float, float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 2.0:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged if len(merged) >= 2 else []


def reading_order(lines: list[_Line]) -> list[_Line]:
    """The page's lines in reading order (columns read one after the other within a band)."""
    if not lines:
        return []
    cols = _columns(lines)
    for ln in lines:
        inside = [i for i, (a, b) in enumerate(cols) if ln.x0 < b and ln.x1 > a]
        centre = (ln.x0 + ln.x1) / 2
        if len(inside) == 1 and cols[inside[0]][0] - 2 <= centre <= cols[inside[0]][1] + 2:
            ln.column = inside[0]
        else:
            ln.column = -1  # across a gutter or outside every column: splits the page
    out: list[_Line] = []
    band: list[_Line] = []
    for ln in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        if ln.column < 0:
            out.extend(sorted(band, key=lambda x: (x.column, -x.y1, x.x0)))
            band = []
            out.append(ln)
        else:
            band.append(ln)
    out.extend(sorted(band, key=lambda x: (x.column, -x.y1, x.x0)))
    for i, ln in enumerate(out, 1):
        ln.number = i
    # A line ending well short of its column's right edge ends a paragraph (ragged last line).
    edges: dict[int, tuple[float, float]] = {}
    for ln in out:
        a, b = edges.get(ln.column, (ln.x0, ln.x1))
        edges[ln.column] = (min(a, ln.x0), max(b, ln.x1))
    for ln in out:
        a, b = edges[ln.column]
        ln.short = ln.x1 < b - 0.25 * max(1.0, b - a)
    return out


def _edge_lines(page: list[_Line]) -> list[_Line]:
    by_y = sorted(page, key=lambda ln: -ln.y1)
    return list({id(ln): ln for ln in [*by_y[:2], *by_y[-2:]]}.values())


def _fold(line: _Line) -> tuple[str, int]:
    """A line's text with digits folded, and its height on the page in steps of 6 points: a
    running header or footer recurs at the same place, body text rarely."""
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split())), round(line.y0 / 6)


def furniture(pages: list[list[_Line]]) -> set[int]:
    """``id()`` of the lines that are running headers, footers or page numbers."""
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update({_fold(ln) for ln in _edge_lines(page)})
    need = max(2, (len(pages) + 1) // 2)
    drop = set()
    for page in pages:
        for ln in _edge_lines(page):
            if PAGE_NUMBER.fullmatch(ln.text.strip()) or (
                len(pages) >= 2 and counts[_fold(ln)] >= need
            ):
                drop.add(id(ln))
    return drop


def _keep_hyphen(left: str, right: str, words: set[str]) -> bool:
    joined = (left + right).lower()
    return f"{left}-{right}".lower() in words and joined not in words


def _pdf_date(value: str | None) -> str | None:
    m = re.match(r"(?:D:)?(\d{4})(\d\d)?(\d\d)?", value or "")
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def _info(document: Any) -> dict[str, str]:
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for info in getattr(document, "info", None) or ():
        for key in ("Title", "Author", "CreationDate"):
            value = info.get(key)
            if hasattr(value, "resolve"):
                value = value.resolve()
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip() and key not in out:
                out[key] = value.strip()
    return out


def _pages(data: bytes, *, path: str) -> tuple[list[list[_Line]], dict[str, str]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            pages.append(reading_order(_text_lines(device.get_result())))
        info = _info(document)
    except Exception as exc:  # pdfminer raises many kinds on damaged or encrypted files
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceFormatError(f"is not a readable PDF ({message})", path=path) from exc
    return pages, info


_SENTENCE_END = re.compile(r"[.?!…:;\"”’)\]—–-]$")
_LABEL_START = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]*:[ \t]")


def _join(line: _Line, nxt: _Line, *, same_page: bool) -> str:
    """What stands between two lines: a blank line between paragraphs (a vertical gap), a
    line break where a paragraph or a speaker's turn ends without one (a sentence ends on a
    short line, or the next line starts "Name:"), else a space.  Lines of one paragraph are
    one line of text, as in a text source: a name or phrase wrapped across lines ("United" /
    "States") reads as written, and a wrapped line starting "Court: …" is no speaker label."""
    gap = line.y0 - nxt.y1
    height = max(1.0, line.y1 - line.y0)
    if same_page and nxt.column == line.column and gap > 0.8 * height:
        return "\n\n"
    if _SENTENCE_END.search(line.text) and (line.short or _LABEL_START.match(nxt.text)):
        return "\n"
    return " "


def read_pdf(data: bytes, *, path: str) -> Extracted:
    """The text of a PDF, each character mapped to its page and line (see the module doc)."""
    require("pdfminer", "pdf", path=path, package="pdfminer.six")
    pages, info = _pages(data, path=path)
    if not any(pages):
        raise NoTextLayer(
            f"has no text layer ({len(pages)} page(s), no text on any): a scanned document? "
            "Run OCR on it first (for example `ocrmypdf in.pdf out.pdf`) and check the result",
            path=path,
        )
    drop = furniture(pages)
    body = [(no, ln) for no, page in enumerate(pages, 1) for ln in page if id(ln) not in drop]
    words = {w.lower() for _, ln in body for w in _WORD.findall(ln.text)}
    out = TextBuilder()
    for i, (page_no, ln) in enumerate(body):
        text = ln.text
        nxt = body[i + 1] if i + 1 < len(body) else None
        left = _LEFT_WORD.search(text)
        right = _RIGHT_WORD.match(nxt[1].text) if nxt and left else None
        if left and right and nxt is not None:
            soft = text.endswith("\u00ad")
            lower = right.group(1)[0].islower()
            keep = not soft and (not lower or _keep_hyphen(left.group(1), right.group(1), words))
            out.add(text if keep else text[:-1], page=page_no, line=ln.number)
            continue  # the next line continues the word
        out.add(text, page=page_no, line=ln.number)
        if nxt is None:
            break
        out.separator(_join(ln, nxt[1], same_page=nxt[0] == page_no))
    return Extracted(
        text=out.text,
        places=tuple(out.places),
        format="pdf",
        title=info.get("Title"),
        author=info.get("Author"),
        date=_pdf_date(info.get("CreationDate")),
    )
