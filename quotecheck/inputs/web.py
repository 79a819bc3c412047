"""Web pages as sources: the main text of an article or statement page, mapped to the HTML.

trafilatura (Apache-2.0; the ``web`` extra) finds the main text and the page's title, date
and byline, leaving out navigation, cookie banners, teasers and footers.  Its text does not
say where it came from, so each of its lines is looked up in the page's visible text (the
HTML with tags blanked, :func:`~quotecheck.inputs.document.make_document`, and character
references decoded), whitespace ignored, in order: every character of the text maps back to
its offset in the HTML file.  A line not found (trafilatura rewrote it) keeps no offset.
Cost: trafilatura's parse, then linear in the page's size.
"""

from __future__ import annotations

from quotecheck.errors import SourceFormatError
from quotecheck.inputs.document import make_document
from quotecheck.inputs.places import Extracted, TextBuilder
from quotecheck.inputs.sniff import require


def visible_chars(raw: str) -> tuple[str, list[int]]:
    """The page's visible characters without whitespace, and the raw offset of each.

    The HTML view decodes a character reference onto its last raw character; it maps back to
    where the reference starts (its ``&``)."""
    view = make_document(raw, path="<web>", fmt="html").view
    chars: list[str] = []
    offsets: list[int] = []
    for k, ch in enumerate(view):
        if ch.isspace():
            continue
        chars.append(ch)
        if raw[k] == ch:
            offsets.append(k)
        else:
            amp = raw.rfind("&", max(0, k - 40), k + 1)
            offsets.append(amp if amp >= 0 else k)
    return "".join(chars), offsets


def _add_line(
    out: TextBuilder, line: str, raw: str, stream: str, offsets: list[int], cursor: int
) -> int:
    """Append ``line`` with offsets found from ``cursor`` on; returns the new cursor.

    A space of the line maps to the raw character after the one before it when that is
    whitespace too (a line break, a tab); else (a tag stood there) it is marked as inserted by
    the reader.  A character that differs from its raw one (a reference, ``&amp;``; a line
    break read as a space) is a place of its own."""
    compact = "".join(line.split())
    at = stream.find(compact, cursor) if compact else -1
    if at < 0 and compact:
        at = stream.find(compact)
    if at < 0:
        out.add(line)
        return cursor
    where: list[int | None] = []
    k = at
    prev: int | None = None
    for ch in line:
        if ch.isspace():
            nxt = prev + 1 if prev is not None else None
            off = nxt if nxt is not None and nxt < len(raw) and raw[nxt].isspace() else None
        else:
            off = offsets[k]
            k += 1
        where.append(off)
        prev = off if off is not None else prev
    i = 0
    while i < len(line):
        j = i + 1
        if where[i] is None:
            while j < len(line) and where[j] is None:
                j += 1
            out.add(line[i:j], inserted=True)
        else:
            same = line[i] == raw[where[i]]  # type: ignore[index]
            while (
                same
                and j < len(line)
                and where[j] == where[j - 1] + 1  # type: ignore[operator]
                and line[j] == raw[where[j]]  # type: ignore[index]
            ):
                j += 1
            out.add(line[i:j], offset=where[i])
        i = j
    return at + len(compact)


def read_web(raw: str, *, path: str) -> Extracted:
    """The main text of a web page with its title, date and byline (see the module doc)."""
    require("trafilatura", "web", path=path, package="trafilatura")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise SourceFormatError(f"cannot be read as a web page ({exc})", path=path) from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise SourceFormatError(
            "has no main text that could be extracted (an empty page, or one built by "
            "JavaScript); save the statement's text as a .txt source instead",
            path=path,
        )
    stream, offsets = visible_chars(raw)
    out = TextBuilder()
    cursor = 0
    for n, line in enumerate(text.split("\n")):
        if n:
            out.separator("\n")
        cursor = _add_line(out, line, raw, stream, offsets, cursor)
    return Extracted(
        text=out.text,
        places=tuple(out.places),
        format="web",
        title=getattr(doc, "title", None) or None,
        author=getattr(doc, "author", None) or None,
        date=getattr(doc, "date", None) or None,
    )
