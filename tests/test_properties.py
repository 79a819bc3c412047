"""Property-based tests: hostile and broken input never crashes quotecheck, every offset slices
the raw text, results are deterministic, and the work grows linearly with the input.

Examples are bounded (``max_examples``) so the whole file runs in well under a minute; the
atheris harness in ``tests/fuzz/`` runs the same properties for hours.  Linear growth is
checked by counting work (Python line events inside the pure-Python loops), never by timing.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecheck
import quotecheck.extract.spans
from quotecheck.config import validate_config
from quotecheck.errors import ConfigError, DecodeError, InputError, QuotecheckError
from quotecheck.extract import extract
from quotecheck.inputs.document import make_document, split_front_matter
from quotecheck.inputs.sources import make_source
from quotecheck.inputs.text import decode_bytes
from quotecheck.lang import get_language
from quotecheck.offsets import line_starts, position
from quotecheck.scanner import ALL_MARKS, scan

sys.path.insert(0, str(Path(__file__).resolve().parent / "fuzz"))
from _common import check_findings, check_quotes, check_report

APOSTROPHES = get_language("en").apostrophe_words
FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))

# Pieces the generators join: every quote mark the scanner knows, markup of the three formats,
# line ends of every kind, control characters, BOMs, mixed scripts and combining marks.
PIECES = [
    *sorted(ALL_MARKS),
    *"\u2018\u2019\u201a\u201b\u2039\u203a",
    "&ldquo;",
    "&rdquo;",
    "&#8220;",
    "&#x201D;",
    "&quot;",
    "&amp;",
    "<q>",
    "</q>",
    "<blockquote>",
    "</blockquote>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    '<meta name="quotecheck:source" content="x.txt; speaker=A B">',
    "\n\n",
    "\r\n",
    "\r",
    "\n",
    "> ",
    "# ",
    "- ",
    "1. ",
    "---\n",
    "+++\n",
    "```\n",
    "`",
    "[",
    "](",
    ")",
    "*",
    "_",
    "{",
    "}",
    "\u2026",
    "...",
    " \u2014 ",
    "\t",
    "\u00a0",
    "\u202f",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u200b",
    "\u0301",
    "\u0627\u0644\u0633\u0644\u0627\u0645",
    "\u4e2d\u6587",
    "\u0416\u0438\u0437\u043d\u044c",
    "\U0001f600",
    " ",
    " said Ida Varga. ",
    "she said",
    "according to the minister",
    "Ida Varga: ",
    "We will not close the line",
    "3,100",
]
piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=4))
article = st.lists(piece, max_size=40).map("".join)
FORMATS = st.sampled_from(["text", "markdown", "html"])


def _newlines(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in "\r\n"]


# --------------------------------------------------------------------------- inputs


@FAST
@given(article, FORMATS)
def test_document_view_keeps_length_and_line_breaks(raw: str, fmt: str) -> None:
    try:
        doc = make_document(raw, fmt=fmt)
    except QuotecheckError:
        return
    assert len(doc.view) == len(raw)
    # Every raw line break is kept; the view adds one only where an HTML block's tag opens
    # (5baabab: blocks are paragraphs, as blank lines are in Markdown).
    added = set(_newlines(doc.view)) - set(_newlines(raw))
    assert set(_newlines(raw)) <= set(_newlines(doc.view))
    assert all(raw[i] == "<" for i in added), sorted(added)
    for view_at, (a, b) in doc.mark_spans.items():
        assert 0 <= a <= view_at < b <= len(raw)
    for a, b in doc.block_quotes:
        assert 0 <= a <= b <= len(raw)


@FAST
@given(st.binary(max_size=200))
def test_decoding_any_bytes_is_text_or_an_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, path="f")
    except InputError:
        return
    assert "\x00" not in text
    assert not text.startswith("\ufeff")


@FAST
@given(st.text(max_size=80))
def test_every_encoding_decodes_to_the_same_text(text: str) -> None:
    """UTF-8 (with and without BOM) and UTF-16 (LE and BE with BOM) give the same string;
    Latin-1 bytes outside ASCII are a DecodeError naming the byte offset, never mojibake."""
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return
    body = text.lstrip("\ufeff")
    assert decode_bytes(body.encode("utf-8"), path="f") == body
    assert decode_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"), path="f") == body
    assert decode_bytes(body.encode("utf-16"), path="f") == body
    assert decode_bytes(b"\xfe\xff" + body.encode("utf-16-be"), path="f") == body
    try:
        latin = body.encode("latin-1")
    except UnicodeEncodeError:
        return
    try:
        as_utf8 = latin.decode("utf-8")
    except UnicodeDecodeError:
        with pytest.raises(DecodeError, match="offset"):
            decode_bytes(latin, path="f")
    else:
        assert decode_bytes(latin, path="f") == as_utf8.removeprefix("\ufeff")


fm_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@FAST
@given(
    st.sampled_from(["---", "+++", "{"]),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    ":",
                    "- ",
                    "[",
                    "]",
                    "{",
                    "}",
                    "=",
                    '"',
                    "&a",
                    "*a",
                    "!!",
                    "\n",
                    "  ",
                    "\t",
                    "quotecheck",
                    "sources",
                    "\x00",
                    "\\0",
                    "\\u0000",
                ]
            ),
            st.text(max_size=5),
        ),
        max_size=30,
    ).map("".join),
)
def test_front_matter_is_a_mapping_or_a_front_matter_error(fence: str, body: str) -> None:
    raw = f"{fence}\n{body}\n{fence if fence != '{' else '}'}\n\nText."
    for fmt in ("text", "markdown"):
        try:
            meta, start = split_front_matter(raw, path="a.md")
        except InputError:
            continue
        assert isinstance(meta, dict)
        assert 0 <= start <= len(raw)
        with suppress(InputError):
            make_source(raw, id="s")
        del fmt


@FAST
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "include",
                "exclude",
                "select",
                "ignore",
                "severity",
                "sources",
                "language",
                "aliases",
                "thresholds",
                "max-file-bytes",
                "max-quote-chars",
                "time-budget",
                "fail-level",
                "cache",
                "baseline",
                "per-file-ignores",
                "bogus",
            ]
        ),
        fm_value,
        max_size=5,
    )
)
def test_configuration_is_valid_or_a_config_error(table: dict[str, Any]) -> None:
    with suppress(ConfigError):
        validate_config(table, "test")


@FAST
@given(st.text(max_size=120))
def test_configuration_files_are_valid_or_a_config_error(text: str) -> None:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    with suppress(ConfigError):
        validate_config(table, "test")


def test_lone_surrogates_are_a_decode_error_not_a_crash() -> None:
    """A ``str`` with an unpaired surrogate (text decoded with ``surrogateescape``) cannot be
    written out as UTF-8, so the API refuses it up front with a DecodeError and its offset."""
    bad = b'"Caf\xe9 noir," she said.'.decode("utf-8", "surrogateescape")
    with pytest.raises(DecodeError, match="offset 4"):
        make_document(bad)
    with pytest.raises(DecodeError):
        quotecheck.make_source(bad)
    source = quotecheck.make_source("We will not close the line.", speaker="Ida Varga")
    with pytest.raises(DecodeError, match="U\\+DCE9"):
        quotecheck.check_text(bad, sources=[source])


# --------------------------------------------------------------------------- scanner


@FAST
@given(article)
def test_scanner_pairs_in_order_within_bounds_and_deterministically(raw: str) -> None:
    first = scan(raw, apostrophe_words=APOSTROPHES)
    again = scan(raw, apostrophe_words=APOSTROPHES)
    assert [vars(q) for q in first.quotes] == [vars(q) for q in again.quotes]
    assert first.problems == again.problems
    for q in first.quotes:
        assert 0 <= q.open_start <= q.open_end <= q.close_start <= q.close_end <= len(raw)
        assert raw[q.open_start : q.open_end] == q.open_mark
    for p in first.problems:
        assert raw[p.start : p.end] == p.mark


@FAST
@given(st.lists(st.sampled_from([*sorted(ALL_MARKS), "a", " ", "\n\n"]), max_size=300))
def test_unbalanced_and_deeply_nested_marks_never_crash(parts: list[str]) -> None:
    raw = "".join(parts)
    result = scan(raw)
    opened = {q.open_start for q in result.quotes}
    assert len(opened) == len(result.quotes)  # a mark opens at most one quote


# --------------------------------------------------------------------------- extraction


@SLOW
@given(article, FORMATS)
def test_extracted_offsets_slice_the_raw_text(nlp: Any, raw: str, fmt: str) -> None:
    try:
        doc = make_document(raw, path=f"a.{fmt}", fmt=fmt)
    except QuotecheckError:
        return
    result = extract(doc, nlp=nlp)
    check_quotes(raw, result.quotes)
    again = extract(doc, nlp=nlp)
    assert [q.model_dump() for q in again.quotes] == [q.model_dump() for q in result.quotes]


@pytest.fixture(scope="module")
def small_source() -> quotecheck.Source:
    return quotecheck.make_source(
        "Statement by Ida Varga. We will not close the ferry line in May. "
        "The pier carries 3,100 cars a day.",
        speaker="Ida Varga",
    )


@SLOW
@given(article, FORMATS)
def test_check_text_offsets_findings_and_json_are_sound(
    nlp: Any, small_source: quotecheck.Source, raw: str, fmt: str
) -> None:
    try:
        report = quotecheck.check_text(raw, sources=[small_source], fmt=fmt, nlp=nlp)
    except QuotecheckError:
        return
    first = check_report(raw, report)
    again = quotecheck.check_text(raw, sources=[small_source], fmt=fmt, nlp=nlp)
    assert again.model_dump_json() == first


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " \t\n\r\n  ",
        "\r\n".join(['"We will not close the line," said Ida Varga.'] * 3),
        "\r".join(["\u201cWe will not close the line,\u201d said Ida Varga."] * 3),
        "\ufeff\u201cWe will not close\u201d",
        "\u201c" * 500 + "x" + "\u201d" * 500,
        "\u00ab\u201e\u201c\u2018" * 200,
        '"' * 1001,
    ],
    ids=["empty", "whitespace", "crlf", "cr", "bom", "nested-500", "mixed-marks", "odd-straight"],
)
def test_awkward_articles_give_sound_reports(
    nlp: Any, small_source: quotecheck.Source, raw: str
) -> None:
    report = quotecheck.check_text(raw, sources=[small_source], nlp=nlp)
    check_quotes(raw, report.quotes)
    check_findings(raw, report.findings)
    starts = line_starts(raw)
    for q in report.quotes:
        assert (q.line, q.column) == position(starts, q.start)


# --------------------------------------------------------------------------- linear work


@contextmanager
def counting_lines(*files: str) -> Iterator[Callable[[], int]]:
    """Count Python line events executed in ``files`` (a measure of work, not of time)."""
    count = 0
    wanted = {str(Path(f).resolve()) for f in files}

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_code.co_filename in wanted:
            return local
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield lambda: count
    finally:
        sys.settrace(old)


def _work(fn: Callable[[], object], *files: str) -> int:
    with counting_lines(*files) as counted:
        fn()
    return counted()


SCANNER = quotecheck.scanner.__file__
SPANS = quotecheck.extract.spans.__file__
DOCUMENT = quotecheck.inputs.document.__file__

# Inputs built to make a careless implementation quadratic: a stack of openers that no closer
# answers, closers scanning a deep stack, unclosed code spans of many lengths, unclosed comments
# and fences, links that never close, block quotes without marks.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "openers": lambda n: "\u201ca " * n,
    "openers-then-foreign-closers": lambda n: "\u201ca " * n + "a\u00bb " * n,
    "straight-pairs": lambda n: '"a" ' * n,
    "nested": lambda n: "\u201cx " * n + "\u201d" * n,
    "apostrophes": lambda n: "Kim's 'tis the '90s' rock 'n' roll, " * n,
    "paragraph-quotes": lambda n: "\u201cone\n\n" * n,
}
MARKDOWN: dict[str, Callable[[int], str]] = {
    "brackets": lambda n: "[" * (4 * n),
    "links-unclosed": lambda n: "[a](" * n,
    "backtick-runs": lambda n: "".join("`" * (1 + k % 50) + "x" for k in range(n)),
    "comments-unclosed": lambda n: "<!--a>" * n,
    "fences-unclosed": lambda n: "```x\n~~~y\n" * n,
    "block-quotes": lambda n: "> a \u2014 Ann Lee, b\n\nc\n\n" * n,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_scanner_work_is_linear(name: str) -> None:
    make = ADVERSARIAL[name]
    small = _work(lambda: scan(make(500), apostrophe_words=APOSTROPHES), SCANNER)
    large = _work(lambda: scan(make(2000), apostrophe_words=APOSTROPHES), SCANNER)
    assert large <= 4 * small * 1.25, (small, large)


@pytest.mark.parametrize("name", sorted(MARKDOWN))
def test_markdown_masking_and_block_quotes_are_linear(name: str) -> None:
    make = MARKDOWN[name]

    def run(n: int) -> Callable[[], object]:
        def go() -> object:
            doc = make_document(make(n), fmt="markdown")
            sc = scan(doc.view)
            quotecheck.extract.spans.add_unmarked_blocks(doc.view, doc.block_quotes, sc.quotes)
            return sc

        return go

    small = _work(run(500), DOCUMENT, SPANS, SCANNER)
    large = _work(run(2000), DOCUMENT, SPANS, SCANNER)
    assert large <= 4 * small * 1.25, (small, large)


FOCUS = quotecheck.extract.focus.__file__
FOCUSED: dict[str, Callable[[int], str]] = {
    "one-line-many-quotes": lambda n: "Intro.\n" + '"a" b ' * n,
    "quote-lines-after-blank-runs": lambda n: "\n\n\n\n" + '"a b c"\n\n\n\n' * n,
    "long-quotes": lambda n: ('"' + "w " * 30 + '" X said.\n') * n,
}


@pytest.mark.parametrize("name", sorted(FOCUSED))
def test_focused_parsing_views_are_linear(name: str) -> None:
    """Building the focused and names-only views never compares every quote with every other
    (the line a quote stands in is decided once, however many quotes share it)."""
    make = FOCUSED[name]

    def run(n: int) -> Callable[[], object]:
        text = make(n)
        spans = [(q.open_start, q.close_end) for q in scan(text).quotes if q.depth == 0]

        def go() -> object:
            return quotecheck.extract.focus.focus_view(
                text, spans, [(a + 1, b - 1) for a, b in spans]
            )

        return go

    small = _work(run(500), FOCUS)
    large = _work(run(2000), FOCUS)
    assert large <= 4 * small * 1.25, (small, large)
