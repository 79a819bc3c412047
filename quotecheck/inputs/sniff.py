"""Which reader a source file needs: from its extension, its first bytes, or a declaration.

The extension decides when it is one of a known format's (``.pdf``, ``.srt``, ``.vtt``,
``.json``, ``.html``); the first bytes decide otherwise (``%PDF-``, ``WEBVTT``, an SRT cue
number followed by a time line, a JSON object with ``segments``).  An HTML page is read as a web
page (main text extracted) unless it declares itself a quotecheck source with a
``<meta name="quotecheck:…">`` element: such pages, written for quotecheck, are read as text
like before.  A declared format (front matter or configuration ``format:``) wins over both.
"""

from __future__ import annotations

import re
from pathlib import Path

from quotecheck.errors import MissingExtra

SOURCE_FORMATS = ("text", "pdf", "web", "srt", "vtt", "transcript-json")
"""Formats a source can be read as (``format:`` in a source declaration)."""

EXTRAS = {"pdf": "pdf", "web": "web", "srt": "subtitles", "vtt": "subtitles"}
"""The optional dependency group (``pip install 'quotecheck[NAME]'``) each format needs."""

_BY_SUFFIX = {
    ".pdf": "pdf",
    ".srt": "srt",
    ".vtt": "vtt",
    ".webvtt": "vtt",
    ".json": "transcript-json",
}
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_SRT_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*\d+[ \t]*\r?\n[ \t]*\d+:\d\d:\d\d[,.]\d{1,3}[ \t]*-->", re.S
)
_VTT_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?WEBVTT(?:[ \t]|\r?\n|\Z)")
_JSON_SEGMENTS = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*[{\[][\s\S]*\"segments\"\s*:")
_HTML_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.I)
_QUOTECHECK_META = re.compile(rb"<meta\s+name\s*=\s*[\"']?quotecheck:", re.I)


def check_format(name: str) -> str:
    """``name`` if it is a known source format, else a ValueError listing the known ones."""
    if name not in SOURCE_FORMATS:
        raise ValueError(
            f"unknown source format {name!r}; expected one of {', '.join(SOURCE_FORMATS)}"
        )
    return name


def detect_source_format(path: str, head: bytes) -> str:
    """The format of a source file from its name and its first bytes (4 KiB suffice)."""
    suffix = Path(path).suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if suffix in _HTML_SUFFIXES or _HTML_HEAD.match(head):
        return "text" if _QUOTECHECK_META.search(head) else "web"
    if suffix in _BY_SUFFIX and suffix != ".json":
        return _BY_SUFFIX[suffix]
    if _VTT_HEAD.match(head):
        return "vtt"
    if _SRT_HEAD.match(head):
        return "srt"
    if _JSON_SEGMENTS.match(head) or suffix == ".json":
        return "transcript-json"
    return "text"


def require(module: str, fmt: str, *, path: str, package: str) -> None:
    """Import ``module`` or raise :class:`MissingExtra` naming the extra that installs it."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRAS.get(fmt, fmt)
        raise MissingExtra(
            f"reading it as {fmt} needs {package}, which is not installed: "
            f"pip install 'quotecheck[{extra}]'",
            path=path,
        ) from exc
