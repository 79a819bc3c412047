"""A quote mark glued to inline markup still opens and closes its quote (issue: a quote that
starts with Markdown emphasis or an inline HTML tag was never checked, and CI passed).

Every mark style is crossed with every kind of inline markup, on both sides of the quoted
words; offsets must still point at the raw marks.  Fixture text is built here from code points
so that no editor "fixes" the marks.
"""

from __future__ import annotations

import pytest

from quotecheck.inputs.document import make_document
from quotecheck.scanner import scan

STYLES = [
    ('"', '"'),
    ("\u201c", "\u201d"),  # “ ”
    ("\u201e", "\u201c"),  # „ “
    ("\u00ab", "\u00bb"),  # « »
    ("\u00bb", "\u00ab"),  # » «
    ("\u2018", "\u2019"),  # ‘ ’
    ("\u300c", "\u300d"),  # 「 」
]

# (format, markup before the first word, markup after it, markup around the last word)
MARKUP = [
    ("markdown", "*", "*", ("", "")),
    ("markdown", "**", "**", ("", "")),
    ("markdown", "_", "_", ("", "")),
    ("markdown", "<em>", "</em>", ("", "")),
    ("markdown", "[", "](https://example.org)", ("", "")),
    ("markdown", "", "", ("*", "*")),
    ("markdown", "", "", ("**", "**")),
    ("markdown", "*", "*", ("_", "_")),
    ("html", "<em>", "</em>", ("", "")),
    ("html", "<b><i>", "</i></b>", ("", "")),
    ("html", "", "", ("<strong>", "</strong>")),
]


def _article(open_mark: str, close_mark: str, markup: tuple[str, str, str, tuple[str, str]]) -> str:
    fmt, a, b, (c, d) = markup
    inner = f"{a}Our{b} budget adds 54 new bus {c}drivers{d}"
    line = f"{open_mark}{inner},{close_mark} the mayor said."
    return f"<p>{line}</p>\n" if fmt == "html" else f"{line}\n"


@pytest.mark.parametrize("markup", MARKUP, ids=lambda m: f"{m[0]}:{m[1] or m[3][0]}")
@pytest.mark.parametrize("marks", STYLES, ids=lambda s: f"{ord(s[0]):04x}")
def test_quote_with_inline_markup_is_found(
    marks: tuple[str, str], markup: tuple[str, str, str, tuple[str, str]]
) -> None:
    open_mark, close_mark = marks
    raw = _article(open_mark, close_mark, markup)
    doc = make_document(raw, path="a.html" if markup[0] == "html" else "a.md")
    result = scan(doc.view, mark_spans=doc.mark_spans)
    assert not result.problems, result.problems
    assert len(result.quotes) == 1
    q = result.quotes[0]
    # Offsets point into the raw text: the quote starts at the raw opening mark and ends
    # right after the raw closing mark.
    assert raw[q.open_start] == open_mark
    assert raw[q.close_end - 1] == close_mark
    words = [w.strip(",") for w in doc.view[q.open_end : q.close_start].split()]
    assert [w for w in words if w] == ["Our", "budget", "adds", "54", "new", "bus", "drivers"]


@pytest.mark.parametrize(
    "raw",
    [
        "It was *really* good, don't you think?\n",
        "The 'new' plan, the *old* plan.\n",
        'A *bold* claim and a "plain" quote.\n',
    ],
)
def test_markup_without_a_glued_mark_changes_nothing(raw: str) -> None:
    doc = make_document(raw, path="a.md")
    plain = make_document(raw, path="a.txt")
    assert [
        (q.open_start, q.close_end) for q in scan(doc.view, mark_spans=doc.mark_spans).quotes
    ] == [(q.open_start, q.close_end) for q in scan(plain.view).quotes]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "article"),
    [
        ("a.md", '"*Our* budget adds 54 new bus drivers," the mayor said.\n'),
        ("a.md", '"**Our budget** adds 54 new bus drivers," the mayor said.\n'),
        ("a.md", "\u201c_Our_ budget adds 54 new bus drivers,\u201d the mayor said.\n"),
        ("a.html", '<p>"<em>Our</em> budget adds 54 new bus drivers," the mayor said.</p>\n'),
    ],
)
def test_emphasised_quote_is_checked_against_its_source(path: str, article: str) -> None:
    import quotecheck

    source = quotecheck.make_source("Our budget adds 45 new bus drivers.", speaker="Ann Lee")
    report = quotecheck.check_text(
        article.replace("the mayor", "Ann Lee"), sources=[source], path=path
    )
    assert len(report.quotes) == 1
    assert "QC111" in report.quotes[0].codes  # 54 where the source has 45
    assert not [f for f in report.findings if f.code == "QC150"]


@pytest.mark.parametrize(
    "raw",
    [
        'Intro.\n\n<script>var label = "Our budget adds 54 drivers";</script>\n\nEnd.\n',
        'Intro <style>p::before { content: "not a quote here"; }</style> end.\n',
        '<SCRIPT type="module">\nconst s = "also code";\n</SCRIPT>\n',
    ],
)
def test_inline_script_and_style_in_markdown_are_not_prose(raw: str) -> None:
    doc = make_document(raw, path="a.md")
    assert len(doc.view) == len(raw)
    assert scan(doc.view, mark_spans=doc.mark_spans).quotes == []


def test_unclosed_script_tag_leaves_the_prose_after_it() -> None:
    # The search for a closing tag stops at the first element without one (it is linear on
    # a file of opening tags), and the prose after it is still read.
    raw = "<script>" * 2_000 + ' "a quote here" after.\n'
    doc = make_document(raw, path="a.md")
    quotes = scan(doc.view, mark_spans=doc.mark_spans).quotes
    assert [doc.view[q.open_end : q.close_start] for q in quotes] == ["a quote here"]
