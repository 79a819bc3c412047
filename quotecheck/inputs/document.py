"""A document as quotecheck analyses it: the raw text plus a same-length analysis view.

The analysis view (``Document.view``) has exactly as many code points as the raw text; markup
that is not prose (front matter, HTML tags and comments, Markdown syntax, code) is replaced by
spaces, newlines are kept (and an HTML block's tags open with one: :data:`_PARAGRAPH_TAGS`).
So every offset found in the view is an offset into the raw text, with no map to maintain.
HTML character references that stand for a quote mark (``&ldquo;``)
and typewriter doubled marks (``…'' and ''…'', :data:`~quotecheck.lang.schema.DOUBLED_MARKS`)
are the exceptions where one view character stands for several raw ones: the view keeps the
mark on the last character and ``mark_spans`` records the raw span it stands for.  A quote mark
glued to inline markup (``"*Our* budget``, ``"<em>No</em> …``, ``**done**"``) is the third: the
markup is blanked, and the mark's span grows over it so that the scanner sees the mark touch the
words it quotes (see :func:`_glue_marks_to_markup`).
"""

from __future__ import annotations

import bisect
import html
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from quotecheck.budget import checkpoint
from quotecheck.errors import BinaryFileError, DecodeError, FrontMatterError
from quotecheck.inputs.text import DEFAULT_MAX_BYTES, read_text
from quotecheck.lang.credits import CREDIT_NAME
from quotecheck.lang.schema import DOUBLED_MARKS
from quotecheck.scanner import ALL_MARKS, CLOSE_BEFORE, NO_BREAK_SPACES, OPEN_AFTER

_MARK_CHARS = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)(?P=fence)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)


@dataclass(frozen=True)
class Document:
    """Raw text, its analysis view, and what the file declared about itself."""

    path: str
    raw: str
    view: str
    format: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    """Parsed front matter (YAML, TOML or JSON) or HTML ``<meta>`` declarations."""
    body_start: int = 0
    mark_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """View offset of a quote mark that stands for a longer raw span (an HTML reference)."""
    block_quotes: tuple[tuple[int, int], ...] = ()
    """Raw spans of Markdown ``>`` block quotes and HTML <blockquote>/<q> elements."""
    inline_quotes: tuple[tuple[int, int], ...] = ()
    """Raw spans of HTML ``<q>`` elements, tags included: words quoted by their markup, as
    quote marks quote them (never the article's own narration)."""


_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
    }
)
"""HTML elements rendered inside a line of text: their tags part no words ("pi<em>er</em>"
reads "pier"); any other tag ("<br>", "</p><p>", "<li>") breaks the line or the block, so
the words on either side are two ("pier<br>closes" reads "pier closes")."""
_TAG_NAME = re.compile(r"</?([A-Za-z][\w-]*)")
_PARAGRAPH_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
"""HTML elements that are blocks of their own: the view writes a line break on the first
character of each of their tags, so that two blocks (``</p>`` ⏎ ``<p>``, ``</p><p>``) are
two paragraphs, as a blank line makes them in Markdown (a quote running over paragraphs, one
opening mark per paragraph, reads the same in both)."""


def reader_text(document: Document, start: int, end: int) -> str:
    """``raw[start:end]`` as a reader of the rendered Markdown or HTML sees it: markup the
    view blanked left out (emphasis, a link's URL, tags), character references as the
    character they stand for (``&amp;`` → "&"), runs of white space as one space.  A removed
    tag that breaks the line or block (not :data:`_INLINE_TAGS`) leaves a space between the
    words it parted.  Plain text, and a span with no markup, is returned as it is.
    O(end - start)."""
    raw, view = document.raw, document.view
    if view[start:end] == raw[start:end]:
        return raw[start:end]
    kept: list[str] = []
    i = start
    while i < end:
        if not _masked(raw, view, i):
            if not (i + 1 < end and _filled(raw, view, i)):
                kept.append(view[i])
            i += 1
            continue
        j = i
        while j < end and _masked(raw, view, j):
            j += 1
        names = (m.group(1).lower() for m in _TAG_NAME.finditer(raw, i, j))
        if any(name not in _INLINE_TAGS for name in names):
            kept.append(" ")
        i = j
    return " ".join("".join(kept).split())


def _blank(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with everything but line breaks turned into spaces."""
    return "".join(c if c in "\r\n" else " " for c in text[start:end])


_TOO_DEEP = (
    "front matter is nested too deeply to parse (hundreds of levels of lists or tables); flatten it"
)


def _timestamp(loader: Any, node: Any) -> Any:
    """A YAML timestamp, or the text as written when it names no day ("2026-13-45"): a value
    the date reader then reports (QC504), not an internal error."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


class _SafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` with :func:`_timestamp`."""


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

_CSafeLoader: Any = None
if getattr(yaml, "CSafeLoader", None) is not None:

    class _CLoader(yaml.CSafeLoader):
        """``yaml.CSafeLoader`` with :func:`_timestamp`."""

    _CLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
    _CSafeLoader = _CLoader


def _yaml(body: str) -> Any:
    """``yaml.safe_load(body)``, read by libyaml's parser when PyYAML has it (the same safe
    constructors, about ten times faster: thousands of sources each have front matter).  Text
    libyaml refuses is read again by the pure-Python parser, so what is accepted and the
    message of a refusal are those of ``safe_load``.  A timestamp that names no day stays
    text (:func:`_timestamp`)."""
    if _CSafeLoader is not None:
        loader = _CSafeLoader(body)  # what yaml.safe_load does, with the C parser
        try:
            return loader.get_single_data()
        except yaml.YAMLError:
            pass
        finally:
            loader.dispose()
    safe = _SafeLoader(body)  # what yaml.safe_load does, with the timestamp above
    try:
        return safe.get_single_data()
    finally:
        safe.dispose()


def split_front_matter(raw: str, *, path: str) -> tuple[dict[str, Any], int]:
    """Parse leading YAML (``---``), TOML (``+++``) or JSON (``{``) front matter.

    Returns the mapping and the offset where the body starts.  Malformed front matter is a
    :class:`FrontMatterError` naming the file and the parser's complaint.
    """
    m = _FRONT_MATTER.match(raw)
    if m:
        body = m.group("body")
        try:
            if m.group("fence") == "---":
                data = _yaml(body) if body.strip() else {}
            else:
                data = tomllib.loads(body)
        except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
            kind = "YAML" if m.group("fence") == "---" else "TOML"
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise FrontMatterError(f"front matter is not valid {kind}: {first}", path=path) from exc
        except RecursionError as exc:  # the parsers recurse once per level of nesting
            raise FrontMatterError(_TOO_DEEP, path=path) from exc
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise FrontMatterError(
                f"front matter must be a mapping of keys to values, found {type(data).__name__}",
                path=path,
            )
        return data, m.end()
    if raw.startswith("{"):
        # JSON front matter (Hugo style): a JSON object followed by a blank line.
        decoder = json.JSONDecoder()
        try:
            data, end = decoder.raw_decode(raw)
        except json.JSONDecodeError:
            return {}, 0  # not front matter, just text that starts with a brace
        except RecursionError as exc:
            raise FrontMatterError(_TOO_DEEP, path=path) from exc
        if isinstance(data, dict) and raw[end : end + 1] in ("\n", "\r", ""):
            return data, end
    return {}, 0


# Every pattern below runs in time linear in the text: no unbounded lazy scan can restart at
# each of many openers (unclosed code fences, code spans and comments are paired by
# _fences/_code_spans/_comments instead), and a link's label and URL stop at the next bracket.
CREDIT_LINE_CHARS = 160
"""The longest credit line a block quote may end with (:func:`_without_credit`): a name, a
role, a handle and a date; a longer dashed line is words of the quote."""
_MD_FENCE_OPEN = re.compile(r"^(```|~~~)[^\n]*\n", re.M)
_MD_FENCE_CLOSE = {f: re.compile(rf"^{f}[ \t]*$", re.M) for f in ("```", "~~~")}
_MD_BACKTICKS = re.compile(r"`+")
_MD_LINK = re.compile(
    r"!?\[(?P<label>[^\[\]\n]*+)\]\((?P<url>[^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)?)"
    r"(?:\s++\"[^\"]*+\")?\)"
)
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s)", re.M)
_MD_BLOCKQUOTE = re.compile(r"^ {0,3}(?:> ?)+", re.M)
_MD_LIST = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?=\s)", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w*_\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w*])")
_MD_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_MD_RAW_OPEN = re.compile(r"<(script|style|template|noscript)\b[^<>]*>", re.I)


def _raw_elements(raw: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of inline ``<script>``/``<style>``/… elements, content included (code, not prose).

    Linear: each opening tag looks for its closing tag once with ``str.find``; an element
    without one ends the search (CommonMark reads the rest of the block as raw HTML anyway).
    """
    lower = raw.lower()
    pos = start
    while True:
        m = _MD_RAW_OPEN.search(raw, pos)
        if m is None:
            return
        close = lower.find(f"</{m.group(1).lower()}", m.end())
        if close < 0:
            return
        end = raw.find(">", close)
        end = len(raw) if end < 0 else end + 1
        yield m.start(), end
        pos = end


def _fences(raw: str, start: int) -> Iterator[tuple[int, int]]:
    """Fenced code blocks: a line opening with ``` or ~~~ up to a line of the same fence."""
    dead: set[str] = set()  # fences with no closing line after some opener: none after it
    pos = start
    while len(dead) < 2:
        m = _MD_FENCE_OPEN.search(raw, pos)
        if m is None:
            return
        fence = m.group(1)
        if fence in dead:
            pos = m.end()
            continue
        close = _MD_FENCE_CLOSE[fence].search(raw, m.end())
        if close is None:
            dead.add(fence)
            pos = m.end()
            continue
        yield m.start(), close.end()
        pos = close.end()


def _comments(raw: str, start: int) -> Iterator[tuple[int, int]]:
    """``<!-- … -->`` comments (an unclosed one is text)."""
    pos = start
    while True:
        a = raw.find("<!--", pos)
        if a < 0:
            return
        b = raw.find("-->", a + 4)
        if b < 0:
            return  # no later opener can be closed either
        yield a, b + 3
        pos = b + 3


def _code_spans(raw: str, start: int) -> Iterator[tuple[int, int]]:
    """Inline code: a run of backticks up to the next run of the same length."""
    runs = [(m.start(), m.end()) for m in _MD_BACKTICKS.finditer(raw, start)]
    by_length: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(runs):
        by_length.setdefault(b - a, []).append(i)
    i = 0
    while i < len(runs):
        a, b = runs[i]
        same = by_length[b - a]
        k = bisect.bisect_right(same, i)
        if k < len(same):
            j = same[k]
            yield a, runs[j][1]
            i = j + 1
        else:
            i += 1


def _mask_markdown(raw: str, start: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    chars = list(raw)

    def blank(a: int, b: int) -> None:
        for i in range(max(a, start), b):
            if chars[i] not in "\r\n":
                chars[i] = " "

    checkpoint("reading Markdown")
    for a, b in _fences(raw, start):
        blank(a, b)
    for a, b in _comments(raw, start):
        blank(a, b)
    for m in _MD_REF_DEF.finditer(raw, start):
        blank(m.start(), m.end())
    for a, b in _code_spans(raw, start):
        blank(a, b)
    for a, b in _raw_elements(raw, start):
        blank(a, b)
    checkpoint("reading Markdown")
    for m in _MD_LINK.finditer(raw, start):
        blank(m.start(), m.start("label"))
        blank(m.end("label"), m.end())
    blocks: list[tuple[int, int]] = []
    for m in _MD_BLOCKQUOTE.finditer(raw, start):
        blank(m.start(), m.end())
        line_end = raw.find("\n", m.end())
        line_end = len(raw) if line_end < 0 else line_end
        if blocks and raw[blocks[-1][1] : m.start()].strip() == "":
            blocks[-1] = (blocks[-1][0], line_end)
        else:
            blocks.append((m.end(), line_end))
    for rx in (_MD_HEADING, _MD_LIST, _MD_TAG):
        for m in rx.finditer(raw, start):
            blank(m.start(), m.end())
    for m in _MD_EMPHASIS.finditer(raw, start):
        blank(m.start(), m.end())
    return "".join(chars), tuple(blocks)


_QUOTE_REFS = {"\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", '"', "'"}
_SKIP_CONTENT = frozenset({"script", "style", "template", "noscript"})


class _HtmlMasker(HTMLParser):
    """Collects the raw spans of tags, comments and non-prose elements, with their offsets."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
        self.masks: list[tuple[int, int]] = []
        self.refs: list[tuple[int, int, str]] = []
        self.meta: dict[str, list[str]] = {}
        self.blocks: list[tuple[int, int]] = []
        self._open_blocks: list[tuple[int, int]] = []
        self.inline: list[tuple[int, int]] = []
        """Raw spans of ``<q>`` elements, tags included: quoted words, marked by their tags."""
        self._block_tags: list[str] = []
        self._credit_tags: list[list[tuple[str, int, int]]] = []
        self._last_cite: tuple[int, int] | None = None
        self.credits: list[tuple[int, int]] = []
        """Raw spans of block quotes' credits (:func:`_credit_starts`): their element's start
        tag."""
        self._skip_from: int | None = None
        self._skip_tag: str | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _mask_current(self) -> None:
        start = self._offset()
        text = self.get_starttag_text() or ""
        self.masks.append((start, start + len(text)))

    def handle_data(self, data: str) -> None:
        checkpoint("reading HTML")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        checkpoint("reading HTML")
        self._mask_current()
        if tag == "meta":
            d = dict(attrs)
            name = (d.get("name") or "").strip().lower()
            if name.startswith("quotecheck:") and d.get("content") is not None:
                self.meta.setdefault(name.split(":", 1)[1], []).append(d["content"] or "")
        if tag in _SKIP_CONTENT and self._skip_from is None:
            self._skip_from = self._offset()
            self._skip_tag = tag
        if tag in ("blockquote", "q"):
            self._open_blocks.append(self.masks[-1])
            self._block_tags.append(tag)
            self._credit_tags.append([])
        elif tag in _CREDIT_TAGS and "blockquote" in self._block_tags:
            self._credit_tags[-1].append((tag, *self.masks[-1]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        end = self.raw.find(">", start)
        end = len(self.raw) if end < 0 else end + 1
        self.masks.append((start, end))
        if tag == self._skip_tag and self._skip_from is not None:
            self.masks.append((self._skip_from, end))
            self._skip_from = self._skip_tag = None
        if tag in ("blockquote", "q") and self._open_blocks:
            tag_start, block_start = self._open_blocks.pop()
            opened = self._block_tags.pop()
            credit = _credit(self.raw, self._credit_tags.pop(), self._last_cite, start)
            if tag == "blockquote" and credit is not None:
                self.credits.append(credit)
            if tag == opened == "q":
                self.inline.append((tag_start, end))
            self.blocks.append((block_start, start))
        if tag == "cite":
            self._last_cite = (start, end)

    def _mask_markup(self, prefix: str) -> None:
        start = self._offset()
        end = self.raw.find(">", start)
        self.masks.append((start, len(self.raw) if end < 0 else end + 1))
        del prefix

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = self.raw.find("-->", start)
        self.masks.append((start, len(self.raw) if end < 0 else end + 3))

    def handle_decl(self, decl: str) -> None:
        self._mask_markup("<!")

    def handle_pi(self, data: str) -> None:
        self._mask_markup("<?")

    def unknown_decl(self, data: str) -> None:
        self._mask_markup("<![")

    def handle_entityref(self, name: str) -> None:
        """A named reference; an ampersand before a name HTML does not know (``P&O Ferries``,
        ``Q&A``) is text, as browsers show it (``html.unescape`` leaves it unchanged)."""
        start = self._offset()
        length = len(name) + 1 + (1 if self.raw.startswith(";", start + len(name) + 1) else 0)
        value = html.unescape(f"&{name};")
        if value != f"&{name};":
            self.refs.append((start, start + length, value))

    def handle_charref(self, name: str) -> None:
        start = self._offset()
        length = len(name) + 2 + (1 if self.raw.startswith(";", start + len(name) + 2) else 0)
        self.refs.append((start, start + length, html.unescape(f"&#{name};")))


_CREDIT_TAGS = frozenset({"cite", "footer"})
"""Elements that credit a block quote rather than quote words: a ``<footer>`` inside
``<blockquote>``, or a ``<cite>`` that ends it (:func:`_credit`)."""
_DASHES = "\u2014\u2013\u2015"
"""Dashes that open a credit line ("— Ann Lee"): em dash, en dash, horizontal bar."""
_MARKUP_ONLY = re.compile(r"(?:\s|<[^<>]*>)*")


def _credit(
    raw: str, tags: list[tuple[str, int, int]], last_cite: tuple[int, int] | None, close: int
) -> tuple[int, int] | None:
    """The start tag of the credit of a ``<blockquote>`` closing at ``close``: its first
    ``<footer>``, else a ``<cite>`` with nothing but markup after it up to ``close`` that opens
    its own line (:func:`_opens_line`; a ``<cite>`` inside a sentence names a work, it credits
    nothing, even at the block's end); None without one."""
    for name, a, b in tags:
        if name == "footer":
            return a, b
    cites = [(a, b) for name, a, b in tags if name == "cite"]
    if (
        cites
        and last_cite is not None
        and last_cite[0] > cites[-1][0]
        and _MARKUP_ONLY.fullmatch(raw, last_cite[1], close)
        and _opens_line(raw, cites[-1][0])
    ):
        return cites[-1]
    return None


_LINE_START = re.compile(r"<(?:/?(?:p|div|blockquote|footer|li|h[1-6])|br)\b[^<>]*>", re.I)
"""Tags after which a reader sees a new line: block elements' start and end tags, ``<br>``."""
_LINE_REACH = 400
"""How far before a ``<cite>`` to look for the start of its line."""


def _opens_line(raw: str, at: int) -> bool:
    """Whether the element starting at ``at`` opens its line as a reader sees it: only markup,
    spaces or a dash ("— <cite>Ann Lee</cite>") since the last line break (:data:`_LINE_START`).
    A ``<cite>`` after words ("as promised in <cite>The Harbour Plan</cite>") is a title in the
    sentence, no credit.  O(``_LINE_REACH``)."""
    lo = max(0, at - _LINE_REACH)
    starts = [m.end() for m in _LINE_START.finditer(raw, lo, at)]
    if not starts and lo > 0:
        return False
    text = html.unescape(re.sub(r"<[^<>]*>", "", raw[starts[-1] if starts else lo : at]))
    return all(c.isspace() or c in _DASHES for c in text)


def _credit_lines(chars: list[str], credits: list[tuple[int, int]]) -> None:
    """Write each block-quote credit into the view as a credit line, as readers see it: a line
    break on its start tag's first character and, when the credit's words do not open with a
    dash already ("<cite>Ann Lee</cite>", "<footer>Ann Lee</footer>"), an em dash on its
    second; a dash right before the credit on its line ("— <cite>Ann Lee</cite>") is kept."""
    for a, b in credits:
        if b - a < 2:
            continue
        line = "".join(chars[a - 80 if a > 80 else 0 : a]).rsplit("\n", 1)[-1]
        if line.strip() and line.strip() in _DASHES:
            continue
        after = "".join(chars[b : b + 80]).lstrip()
        chars[a] = "\n"
        if not after[:1] or after[0] not in _DASHES:
            chars[a + 1] = "\u2014"


_CREDIT_LINE = re.compile(
    rf"[ \t\u00a0]*[{_DASHES}]{{1,2}}[ \t\u00a0]*{CREDIT_NAME}[^\n]{{0,{CREDIT_LINE_CHARS}}}"
)
"""A block quote's last line that credits it: a dash, a name (:data:`CREDIT_NAME`, shared with
attribution's credit after a closing mark), then perhaps a role, a handle, a date."""


_TRAILING_LINK = re.compile(r"(?<!\S)(?:https?://\S+|[\w-]+(?:\.[\w-]+)+/\S*)\Z")
"""A web address ending a block quote: a post's attached picture or link, not its words."""


def _without_credits(
    view: str, blocks: tuple[tuple[int, int], ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``view`` and the block quotes ``blocks`` without their credits: a block's last line that
    opens with a dash and a name ("— Ann Lee, harbour master", a post's "— Ann Lee (@annlee)
    May 2, 2026") names who said the words, it is not among them (the block ends before it,
    and attribution reads it as a dash credit); a dash and lower-case words ("— and nobody
    waits …") go on with the quote.  Web addresses that end a block's words
    ("pic.example.com/x", "https://t.co/x") are a post's attachments: blanked in the view, as
    markup is.  O(total length of the blocks)."""
    chars: list[str] | None = None
    out = []
    for a, b in blocks:
        end = b
        while end > a and view[end - 1].isspace():
            end -= 1
        line = view.rfind("\n", a, end) + 1
        if line > a and view[a:line].strip() and _CREDIT_LINE.fullmatch(view, line, end):
            b = end = line
        while True:
            while end > a and view[end - 1].isspace():
                end -= 1
            link = _TRAILING_LINK.search(view, a, end)
            if link is None or not view[a : link.start()].strip():
                break
            if chars is None:
                chars = list(view)
            chars[link.start() : link.end()] = " " * (link.end() - link.start())
            end = link.start()
        out.append((a, b))
    return (view if chars is None else "".join(chars)), tuple(out)


def _defuse_unclosed(raw: str) -> str:
    """``raw`` (same length) with ``<`` turned into a space where it starts markup that can
    never be closed: after the last ``>``, and ``<!--`` after the last ``-->``.

    The standard library's parser rescans to the end of the text for each such opener
    (quadratic time: ``<a<a<a…`` without a ``>``); it reads them as text anyway, and so does
    the masker, which takes characters from ``raw``, never from what the parser was fed.
    """
    last_gt = raw.rfind(">")
    head, tail = raw[: last_gt + 1], raw[last_gt + 1 :].replace("<", " ")
    last_close = head.rfind("-->")
    cut = max(last_close + 1, 0)
    return head[:cut] + head[cut:].replace("<!--", " !--") + tail


def _mask_html(
    raw: str, start: int
) -> tuple[
    str,
    dict[str, list[str]],
    dict[int, tuple[int, int]],
    tuple[tuple[int, int], ...],
    tuple[tuple[int, int], ...],
]:
    parser = _HtmlMasker(raw)
    parser.feed(_defuse_unclosed(raw))
    parser.close()
    chars = list(raw)
    for a, b in parser.masks:
        for i in range(max(a, start), min(b, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
        name = _TAG_NAME.match(raw, a)
        if name is not None and name.group(1).lower() in _PARAGRAPH_TAGS and a >= start:
            chars[a] = "\n"  # a block's start or end tag breaks the paragraph
    mark_spans: dict[int, tuple[int, int]] = {}
    _decode_refs(chars, parser.refs, mark_spans)
    _credit_lines(chars, parser.credits)
    return "".join(chars), parser.meta, mark_spans, tuple(parser.blocks), tuple(parser.inline)


def _decode_refs(
    chars: list[str], refs: list[tuple[int, int, str]], mark_spans: dict[int, tuple[int, int]]
) -> None:
    """Write each character reference ``(start, end, value)`` into ``chars`` as the one
    character it stands for, on its last raw character, the rest blanked: a quote mark
    (``&ldquo;``) is recorded in ``mark_spans``; a no-break space (``&nbsp;``) stays one
    (white space, but the reader's); a longer or empty value is blanked.

    A reference inside a word parts no word: an invisible character (``&shy;``, ``&#8203;``:
    format characters, :func:`_invisible`) fills the whole span, and a letter or an
    apostrophe glued to the word (``caf&eacute;``, ``don&rsquo;t``, ``don&#8217;t``) has the
    rest of its span filled with soft hyphens (:data:`_FILLER`), which words keep inside
    and matching folds away; :func:`reader_text` leaves the filling out."""
    for a, b, value in refs:
        if len(value) == 1 and _invisible(value):
            chars[a:b] = value * (b - a)
            continue
        before = chars[a - 1] if a > 0 else " "
        after = chars[b] if b < len(chars) else " "
        glued = (value.isalnum() and (before.isalnum() or after.isalnum())) or (
            value in _APOSTROPHE_REFS and before.isalpha() and after.isalpha()
        )
        for i in range(a, b):
            chars[i] = _FILLER if glued else " "
        if value in _QUOTE_REFS:
            chars[b - 1] = value
            mark_spans[b - 1] = (a, b)
        elif len(value) == 1 and (value.strip() or value == "\u00a0"):
            chars[b - 1] = value  # e.g. &amp; → "&", kept as one character of prose


_FILLER = "\u00ad"
"""What fills the span of a reference inside a word before its character (a soft hyphen:
part of a word for matching, folded away)."""
_APOSTROPHE_REFS = frozenset("'\u2019")
"""Referenced characters that, between two letters, are an apostrophe (``don&rsquo;t``)."""


def _invisible(ch: str) -> bool:
    """Whether ``ch`` is a format character readers do not see (category Cf: soft hyphen,
    zero-width space, word joiner …)."""
    return unicodedata.category(ch) == "Cf"


_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference that Markdown decodes (CommonMark: named, decimal or hexadecimal,
always with its semicolon)."""


def _markdown_refs(raw: str, view: str, start: int) -> list[tuple[int, int, str]]:
    """Character references of Markdown prose (not in code or other blanked markup) that
    stand for a character: ``(start, end, value)``.  O(n)."""
    out = []
    for m in _CHAR_REF.finditer(raw, start):
        a, b = m.span()
        value = html.unescape(m.group())
        if value != m.group() and view[a:b] == raw[a:b]:
            out.append((a, b, value))
    return out


_DOUBLED = re.compile(
    "(?<![`'])(?:" + "|".join(re.escape(m) for m in sorted(DOUBLED_MARKS)) + ")(?![`'])"
)


def _mark_doubled(view: str, mark_spans: dict[int, tuple[int, int]]) -> str:
    """``view`` with each doubled typewriter mark (``…'', ''…'') read as the one mark it
    stands for, kept on its last character; ``mark_spans`` gains the raw span.

    Only a pair that flanks a word on one side counts (''This … reform,'' said): an empty
    string literal ('' between spaces), a run of three or more marks, or marks glued between
    two words stay as they are.
    """
    if "``" not in view and "''" not in view:
        return view
    chars: list[str] | None = None
    for m in _DOUBLED.finditer(view):
        a, b = m.span()
        prev = view[a - 1] if a > 0 else " "
        nxt = view[b] if b < len(view) else " "
        opens = not nxt.isspace() and (prev.isspace() or prev in OPEN_AFTER)
        closes = not prev.isspace() and (nxt.isspace() or nxt in CLOSE_BEFORE)
        if opens == closes:  # both (glued to punctuation on both sides) or neither
            continue
        if m.group() == "``" and not opens:
            continue  # ``  only ever opens
        if chars is None:
            chars = list(view)
        chars[a : b - 1] = " " * (b - 1 - a)
        chars[b - 1] = DOUBLED_MARKS[m.group()]
        mark_spans[b - 1] = (a, b)
    return view if chars is None else "".join(chars)


def _filled(raw: str, view: str, i: int) -> bool:
    """True where :func:`_decode_refs` filled a reference's span with an invisible character
    (its own, or :data:`_FILLER` before a letter or apostrophe), but on the span's last
    character: the one a reader sees."""
    nxt = view[i + 1]
    return view[i] != raw[i] and _invisible(view[i]) and nxt != raw[i + 1] and not nxt.isspace()


def _masked(raw: str, view: str, i: int) -> bool:
    """True where the view blanked a raw character that was not itself a space."""
    return view[i] == " " and not raw[i].isspace()


def _padding(raw: str, view: str, i: int) -> bool:
    """True where the view blanked markup (:func:`_masked`) or holds the no-break space of a
    reference (``&nbsp;``, ``&#160;``): what a web page pads a quote mark with, inside the
    mark, is markup to the reader, never a space between words."""
    return _masked(raw, view, i) or (view[i] in NO_BREAK_SPACES and raw[i] != view[i])


def _glue_marks_to_markup(raw: str, view: str, mark_spans: dict[int, tuple[int, int]]) -> str:
    """``view`` with each quote mark that touches blanked inline markup moved onto it.

    Markdown emphasis, links and inline HTML tags are blanked in the view, so in
    ``"*Our* budget"`` the opening mark would be followed by a space and could not open a
    quote: the quote was lost and its closing mark reported as unbalanced.  A mark whose
    outer side is a space (or an opening/closing context) and whose inner side is a run of
    blanked markup followed by prose is moved to the last (opener) or kept at the first
    (closer) character of that run, and ``mark_spans`` records the raw span (mark plus
    markup) it now stands for, like an HTML reference.  A no-break space written as a
    reference counts as markup there (:func:`_padding`: ``&#8220;&nbsp;We …,&nbsp;&#8221;``).
    One pass over the marks, O(n).
    """
    if view == raw:
        return view
    chars: list[str] | None = None
    n = len(view)
    for m in _MARK_CHARS.finditer(view):
        p = m.start()
        a, b = mark_spans.get(p, (p, p + 1))
        before = view[a - 1] if a > 0 else " "
        # An opener: blanked markup right after the mark, prose after the markup.
        j = p + 1
        while j < n and _padding(raw, view, j):
            j += 1
        if (
            j > p + 1
            and j < n
            and not view[j].isspace()
            and (before.isspace() or before in OPEN_AFTER)
        ):
            if chars is None:
                chars = list(view)
            chars[p] = " "
            chars[j - 1] = view[p]
            mark_spans.pop(p, None)
            mark_spans[j - 1] = (a, j)
            continue
        # A closer: prose, then blanked markup, then the mark.
        i = a - 1
        while i >= 0 and _padding(raw, view, i):
            i -= 1
        after = view[p + 1] if p + 1 < n else " "
        if (
            i < a - 1
            and i >= 0
            and not view[i].isspace()
            and (after.isspace() or after in CLOSE_BEFORE)
        ):
            mark_spans[p] = (i + 1, b)
    return view if chars is None else "".join(chars)


_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|section|main|span|em|strong|b|i|a|"
    r"h[1-6]|br|meta|blockquote|q|ul|ol|li|figure|figcaption|time|header|footer)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_CLOSE = re.compile(
    r"</(?:html|body|p|div|article|section|span|em|strong|a|h[1-6]|li)\s*>", re.I
)
_SNIFF_CHARS = 65536


def sniff_format(text: str) -> str:
    """``"html"`` when text of unknown format reads as HTML (a doctype or ``<html>`` first, or
    a known element opened and one closed in its first 64 KB), else ``"text"``."""
    head = text[:_SNIFF_CHARS]
    start = head.lstrip()[:15].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if _HTML_TAG.search(head) and _HTML_CLOSE.search(head):
        return "html"
    return "text"


def detect_format(path: str, text: str | None = None) -> str:
    """``"markdown"``, ``"html"`` or ``"text"`` from a file name's suffix; for a name without a
    known suffix (text in memory, ``<text>``), from the ``text`` itself (:func:`sniff_format`).
    A ``.txt`` file is plain text whatever it holds."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if text is not None and suffix != ".txt":
        return sniff_format(text)
    return "text"


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(raw: str, *, path: str) -> None:
    """Refuse text with a NUL character (:class:`BinaryFileError`, E104, as for a file) or an
    unpaired surrogate code point (U+D800–U+DFFF, a :class:`DecodeError` naming its offset).

    Files are decoded strictly and never contain one; a ``str`` handed to the API may (text
    decoded with ``errors="surrogateescape"``).  Such text cannot be written as UTF-8 (reports,
    JSON, the cache), so it is refused before any analysis.
    """
    nul = raw.find("\x00")
    if nul >= 0:  # as for a file (E104): no text format carries NUL, and C code stops at it
        raise BinaryFileError(
            f"contains NUL characters (first at character {nul}); expected text", path=path
        )
    bad = _SURROGATE.search(raw)
    if bad:
        raise DecodeError(
            f"contains an unpaired surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: "
            "not valid Unicode text; decode the bytes with errors='replace' or fix the text",
            path=path,
        )


ARTICLE_FORMATS = ("text", "markdown", "html")
"""The formats an article is read in (``fmt`` of :func:`make_document`)."""


def make_document(raw: str, *, path: str = "<text>", fmt: str | None = None) -> Document:
    """Build a :class:`Document` from text already in memory (unpaired surrogates are a
    :class:`DecodeError`).

    ``raw`` must be ``str`` and ``fmt`` one of :data:`ARTICLE_FORMATS` or ``None``: anything
    else is a programming error (``TypeError``/``ValueError`` saying what to pass), never read
    as something it is not."""
    if not isinstance(raw, str):
        binary = isinstance(raw, bytes | bytearray)
        hint = "; decode it first: text=data.decode('utf-8')" if binary else ""
        raise TypeError(f"article text must be str, not {type(raw).__name__}{hint}")
    if fmt is not None and fmt not in ARTICLE_FORMATS:
        raise ValueError(
            f"unknown article format {fmt!r}; expected one of {', '.join(ARTICLE_FORMATS)} "
            "(or None: from the path's suffix or the text)"
        )
    check_unicode(raw, path=path)
    fmt = fmt or detect_format(path, raw)
    meta: dict[str, Any] = {}
    body_start = 0
    mark_spans: dict[int, tuple[int, int]] = {}
    blocks: tuple[tuple[int, int], ...] = ()
    inline: tuple[tuple[int, int], ...] = ()
    if fmt in ("markdown", "text"):
        meta, body_start = split_front_matter(raw, path=path)
    view = _blank(raw, 0, body_start) + raw[body_start:]
    if fmt == "markdown":
        view, blocks = _mask_markdown(view, body_start)
        refs = _markdown_refs(raw, view, body_start)
        if refs:
            chars = list(view)
            _decode_refs(chars, refs, mark_spans)
            view = "".join(chars)
    elif fmt == "html":
        view, html_meta, mark_spans, blocks, inline = _mask_html(raw, 0)
        if html_meta:
            meta = {"quotecheck": {k: v if len(v) > 1 else v[0] for k, v in html_meta.items()}}
    view = _mark_doubled(view, mark_spans)
    view, blocks = _without_credits(view, blocks)
    if fmt != "text":
        view = _glue_marks_to_markup(raw, view, mark_spans)
    assert len(view) == len(raw)
    return Document(
        path=path,
        raw=raw,
        view=view,
        format=fmt,
        meta=meta,
        body_start=body_start,
        mark_spans=mark_spans,
        block_quotes=blocks,
        inline_quotes=inline,
    )


def load_document(
    path: str | Path, *, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read the file at ``path`` and build its :class:`Document`."""
    raw = read_text(path, max_bytes=max_bytes)
    return make_document(raw, path=str(path), fmt=fmt)
