"""The HTML report: every quote present with its verdict, hostile text escaped, self-contained.

Most tests parse the page with :mod:`html.parser` over a hand-built report whose article and
source are full of markup (``<script>``, event-handler attributes, ``</script>`` inside a quote).
``test_in_chromium`` renders the bundled newsroom example (plus a hostile article) in a real
headless Chromium, checks the DOM after scripts ran and saves a screenshot; it skips when no
browser is installed, unless ``CI`` is set, where a missing browser is a failure.

Set ``QUOTECHECK_SCREENSHOT=docs/report-screenshot.png`` to have the Chromium test also write
the documentation screenshot of the bundled example.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotecheck
from quotecheck.formats import FormatOptions, available_formats, render
from quotecheck.formats.html import TEMPLATES, script_json
from quotecheck.models import (
    ArticleReport,
    Edit,
    EditKind,
    Finding,
    Level,
    MatchInfo,
    QuoteResult,
    Report,
    Segment,
    SegmentKind,
    ToolInfo,
    Verdict,
)
from quotecheck.rules import get_rule

# --------------------------------------------------------------------------- a tiny DOM


@dataclass
class Node:
    """An element: tag, attributes and children (nodes and text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        """This element and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def text(self) -> str:
        """The text content."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    @property
    def classes(self) -> set[str]:
        """The class names."""
        return set(self.attrs.get("class", "").split())

    def select(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        """Elements below (and including) this one by tag and/or class."""
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
        ]

    def by_id(self, ident: str) -> Node | None:
        """The element with id ``ident``."""
        return next((n for n in self.iter() if n.attrs.get("id") == ident), None)


class _Builder(HTMLParser):
    VOID = frozenset(
        "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            while len(self.stack) > 1 and self.stack[-1].tag != tag:
                self.stack.pop()
        if len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str, *, strict: bool = True) -> Node:
    """The page as a tree; with ``strict``, every end tag must close the open element."""
    builder = _Builder()
    builder.feed(page)
    builder.close()
    if strict:
        assert not builder.errors, builder.errors[:5]
    return builder.root


def visible_text(node: Node) -> str:
    """Text content without the quote-number links inside highlights."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif "qref" not in child.classes:
            parts.append(visible_text(child))
    return "".join(parts)


# --------------------------------------------------------------------------- a hostile report

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(2)" x="'

ARTICLE = (
    "---\n"
    'title: Harbour <script>alert("front")</script>\n'
    "---\n"
    "\n"
    "# Harbour <b>news</b>\n"
    "\n"
    f'The minister said "we will serve 4,800 vessels {SCRIPT} a year" on Tuesday.\n'
    f'She added "{ATTR}" and "we will organize a consultation" later.\n'
    "Critics called it \"a bridge to nowhere, or 'worse' than that\" in a post.\n"
    'Nobody knows who said "the towns will be paid </script><!-- \u2028 in full".\n'
)
SOURCE = (
    f"We will serve 4,200 vessels {SCRIPT} a year and will create jobs. "
    'We will organise a consultation, <img src=x onerror="alert(3)">. '
    "Critics called it a bridge to nowhere, or worse than that. We may delay."
)


def locate(text: str, needle: str, occurrence: int = 0) -> tuple[int, int, int, int]:
    """Start, end, line and column of the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return start, start + len(needle), line, column


def make_quote(
    needle: str,
    verdict: Verdict,
    *,
    source: str | None = None,
    source_path: str = "",
    speaker: str | None = "Mara Lindqvist",
    mention: str | None = "the minister",
    source_speaker: str | None = "Mara Lindqvist",
    edits: tuple[tuple[EditKind, str, str, bool], ...] = (),
    codes: tuple[str, ...] = (),
    index: int = 0,
) -> QuoteResult:
    """A quote of ``needle`` in ARTICLE, matched to ``source`` in SOURCE when given."""
    start, end, line, column = locate(ARTICLE, needle)
    match = None
    if source is not None:
        s_start = SOURCE.index(source)
        match = MatchInfo(
            source=source_path,
            start=s_start,
            end=s_start + len(source),
            text=source,
            speaker=source_speaker,
            pieces=((s_start, s_start + len(source)),),
        )
    edit_values = []
    for kind, new, old, meaning in edits:
        q_at = ARTICLE.index(new, start) if new else None
        s_at = SOURCE.index(old, match.start) if old and match else None
        edit_values.append(
            Edit(
                kind=kind,
                quote=new,
                source=old,
                quote_start=q_at,
                quote_end=q_at + len(new) if q_at is not None else None,
                source_start=s_at,
                source_end=s_at + len(old) if s_at is not None else None,
                meaning_changing=meaning,
                note=f"a {kind.value} differs",
            )
        )
    findings = tuple(
        Finding(
            code=code,
            name=get_rule(code).name,
            level=get_rule(code).level,
            message=f"{code} fired on “{needle}”",
            start=start,
            end=end,
            line=line,
            column=column,
            quote_index=index,
        )
        for code in codes
    )
    return QuoteResult(
        text=needle,
        start=start,
        end=end,
        line=line,
        column=column,
        speaker=speaker,
        speaker_mention=mention,
        verdict=verdict,
        similarity=0.8,
        match=match,
        edits=tuple(edit_values),
        codes=codes,
        segments=(Segment(kind=SegmentKind.TEXT, text=needle, start=start, end=end),),
        findings=findings,
        explanation=f"explained: {needle}",
    )


@dataclass
class Sample:
    """A hostile report and where its files are."""

    report: Report
    article: Path
    source: Path
    quotes: tuple[QuoteResult, ...]


def hostile_report(tmp_path: Path) -> Sample:
    """A report over ARTICLE and SOURCE written to ``tmp_path`` (absolute paths)."""
    article = tmp_path / "hostile <article>.md"
    source = tmp_path / "source.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    source.write_text(SOURCE, encoding="utf-8")
    src = str(source)
    quotes = (
        make_quote(
            f"we will serve 4,800 vessels {SCRIPT} a year",
            Verdict.ALTERED,
            source=f"We will serve 4,200 vessels {SCRIPT} a year",
            source_path=src,
            edits=((EditKind.NUMBER, "4,800", "4,200", True),),
            codes=("QC101", "QC111"),
            index=0,
        ),
        make_quote(
            ATTR[1:-1],
            Verdict.UNVERIFIABLE,
            speaker=None,
            mention=None,
            codes=("QC202", "QC302"),
            index=1,
        ),
        make_quote(
            "we will organize a consultation",
            Verdict.NORMALIZED,
            source="We will organise a consultation",
            source_path=src,
            mention=f"She {ATTR}",
            edits=((EditKind.SPELLING, "organize", "organise", False),),
            index=2,
        ),
        make_quote(
            "a bridge to nowhere, or 'worse' than that",
            Verdict.MISATTRIBUTED,
            source="a bridge to nowhere, or worse than that",
            source_path=src,
            source_speaker=None,
            codes=("QC201",),
            index=3,
        ),
        make_quote("worse", Verdict.VERBATIM, source="worse", source_path=src, index=4),
        make_quote(
            "the towns will be paid </script><!-- \u2028 in full",
            Verdict.FABRICATED,
            codes=("QC301",),
            index=5,
        ),
    )
    report = Report(
        tool=ToolInfo(version="9.9.9"),
        articles=(
            ArticleReport(
                path=str(article),
                quotes=quotes,
                notes=(f"note with {SCRIPT}",),
            ),
        ),
    )
    return Sample(report, article, source, quotes)


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    return hostile_report(tmp_path)


def page_of(report: Report, root: Path | None = None) -> str:
    return render(report, "html", FormatOptions(root=root))


# --------------------------------------------------------------------------- unit tests


def test_registered_as_a_format() -> None:
    assert "html" in available_formats()


def test_every_quote_has_a_card_and_a_highlight_in_its_verdict_colour(sample: Sample) -> None:
    dom = parse(page_of(sample.report))
    cards = dom.select("li", "card")
    assert len(cards) == len(sample.quotes)
    for number, (card, q) in enumerate(zip(cards, sample.quotes, strict=True), start=1):
        assert card.attrs["id"] == f"a1-q{number}"
        assert card.attrs["data-verdict"] == q.verdict.value
        assert f"v-{q.verdict.value}" in card.classes
        (side,) = card.select("figure", "side-quote")
        assert visible_text(side.select("blockquote")[0]) == q.text
        mark = dom.by_id(f"a1-q{number}-t")
        assert mark is not None and mark.tag == "mark"
        assert f"v-{q.verdict.value}" in mark.classes
        assert mark.attrs["data-quote"] == f"a1-q{number}"
    # The article text is shown whole, with nested highlights (quote 5 inside quote 4).
    (text,) = dom.select("div", "article-text")
    assert visible_text(text) == ARTICLE
    outer, inner = dom.by_id("a1-q4-t"), dom.by_id("a1-q5-t")
    assert outer is not None and inner is not None and inner in list(outer.iter())


def test_hostile_text_is_escaped_everywhere(sample: Sample) -> None:
    page = page_of(sample.report)
    dom = parse(page)
    scripts = dom.select("script")
    assert [s.attrs.get("type") for s in scripts] == ["application/json", None]
    for node in dom.iter():
        assert not any(name.lower().startswith("on") for name in node.attrs), node
        assert node.tag not in ("img", "b", "iframe", "object", "embed")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert 'onerror="alert(3)"' not in page
    assert "&#34; onmouseover=&#34;alert(2)&#34;" in page or "&quot; onmouseover" in page
    # Source text and context arrive as text, too.
    cards = dom.select("li", "card")
    source_side = cards[2].select("figure", "side-source")[0]
    assert '<img src=x onerror="alert(3)">' in source_side.text()
    assert SCRIPT in cards[0].select("figure", "side-source")[0].text()
    # The speaker mention with an attribute payload is text.
    assert f"“She {ATTR}”" in cards[2].select("p", "speaker")[0].text()


def test_embedded_json_is_script_safe_and_round_trips(sample: Sample) -> None:
    dom = parse(page_of(sample.report))
    (data,) = [s for s in dom.select("script") if s.attrs.get("type") == "application/json"]
    raw = data.text()
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in raw
    assert json.loads(raw) == sample.report.model_dump(mode="json")
    assert Report.model_validate_json(raw) == sample.report


def test_script_json_escapes() -> None:
    text = str(script_json({"a": "</script><!-- & \u2028\u2029 >"}))
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_diff_marks_meaning_apart_from_cosmetic(sample: Sample) -> None:
    dom = parse(page_of(sample.report))
    cards = dom.select("li", "card")
    quote_side = cards[0].select("figure", "side-quote")[0]
    source_side = cards[0].select("figure", "side-source")[0]
    (ins,) = [n for n in quote_side.select("ins") if "i-meaning" in n.classes]
    (dele,) = [n for n in source_side.select("del") if "i-meaning" in n.classes]
    assert (ins.text(), dele.text()) == ("4,800", "4,200")
    assert "changes the meaning" in ins.attrs["title"]
    cosmetic = [n.text() for n in cards[2].iter() if "i-cosmetic" in n.classes]
    assert "organize" in cosmetic and "organise" in cosmetic
    assert not [n for n in cards[2].iter() if "i-meaning" in n.classes]
    # The edit list says which edits change the meaning.
    (edit,) = cards[0].select("li", "edit")
    assert "i-meaning" in edit.classes and "“4,800” for “4,200”" in edit.text()
    # Source context around the span is shown apart from the span.
    context = [n.text() for n in cards[2].select("span", "ctx")]
    assert context == [', <img src=x onerror="alert(3)">.']


def test_card_shows_speakers_findings_and_explanation(sample: Sample) -> None:
    dom = parse(page_of(sample.report))
    card = dom.select("li", "card")[0]
    speaker = card.select("p", "speaker")[0].text()
    assert "“the minister”" in speaker and "Mara Lindqvist" in speaker
    findings = card.select("li", "finding")
    assert [f.select("span", "code")[0].text() for f in findings] == ["QC101", "QC111"]
    for f in findings:
        code = f.select("span", "code")[0].text()
        assert get_rule(code).summary in f.text()
        assert f"lvl-{get_rule(code).level.value}" in f.classes
    assert "explained: we will serve" in card.select("p", "explanation")[0].text()
    unattributed = dom.select("li", "card")[1]
    assert "no speaker found" in unattributed.text()
    assert "No counterpart in the sources." in unattributed.text()
    misattributed = dom.select("li", "card")[3]
    assert "not the source's own words" in misattributed.text()


def test_summary_counts_and_filters(sample: Sample) -> None:
    dom = parse(page_of(sample.report))
    rows = dom.select("label", "row")
    got = {
        r.select("input")[0].attrs["data-verdict"]: int(r.select("span", "count")[0].text())
        for r in rows
    }
    assert got == {
        "verbatim": 1,
        "normalized": 1,
        "altered": 1,
        "fabricated": 1,
        "misattributed": 1,
        "unverifiable": 1,
    }
    for row in rows:
        (box,) = row.select("input")
        assert box.attrs["type"] == "checkbox" and "checked" in box.attrs
    assert [b.text() for b in dom.select("button")] == ["Show all", "Problems only"]
    assert all(b.attrs.get("type") == "button" for b in dom.select("button"))
    meta = dom.select("p", "meta")[0].text()
    assert "1 article" in meta and "6 quotes" in meta


def test_page_is_self_contained(sample: Sample) -> None:
    page = page_of(sample.report)
    dom = parse(page)
    assert not dom.select("link") and not dom.select("img") and not dom.select("iframe")
    for node in dom.iter():
        for name in ("src", "href", "action", "srcset"):
            value = node.attrs.get(name)
            assert value is None or value.startswith("#"), (node.tag, name, value)
    assert "http://" not in page and "https://" not in page and "@import" not in page
    # The script is allowed by its hash in the Content-Security-Policy; nothing else may run.
    (csp,) = [m for m in dom.select("meta") if m.attrs.get("http-equiv")]
    script = next(s for s in dom.select("script") if "type" not in s.attrs).text()
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp.attrs["content"]
    assert "default-src 'none'" in csp.attrs["content"]


def test_autoescaping_is_on_in_the_template_engine() -> None:
    from quotecheck.formats.html import _environment
    from quotecheck.lineage.html import _environment as lineage_environment

    for env in (_environment(), lineage_environment()):  # one engine policy for every page
        assert env.autoescape is True
        assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    env = _environment()
    assert {p.name for p in TEMPLATES.iterdir()} >= {
        "report.html.j2",
        "card.html.j2",
        "report.css",
        "report.js",
    }


def test_without_the_article_text_quotes_are_still_shown(sample: Sample) -> None:
    sample.article.unlink()
    dom = parse(page_of(sample.report))
    assert not dom.select("div", "article-text")
    assert "could not be read" in dom.select("p", "degraded")[0].text()
    assert len(dom.select("li", "card")) == len(sample.quotes)
    assert not dom.select("a", "jump")


def test_a_changed_article_is_not_highlighted_wrongly(sample: Sample) -> None:
    sample.article.write_text("Something else entirely.\n" + ARTICLE, encoding="utf-8")
    dom = parse(page_of(sample.report))
    assert not dom.select("div", "article-text")
    assert "changed since it was checked" in dom.select("p", "degraded")[0].text()


def test_relative_paths_resolve_against_root(
    sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    relative = sample.report.model_copy(
        update={
            "articles": (
                sample.report.articles[0].model_copy(update={"path": sample.article.name}),
            )
        }
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert not parse(page_of(relative)).select("div", "article-text")
    dom = parse(page_of(relative, root=tmp_path))
    assert visible_text(dom.select("div", "article-text")[0]) == ARTICLE
    assert dom.select("h2")[1].text() == sample.article.name


def test_bom_is_removed_before_offsets_are_used(sample: Sample) -> None:
    sample.article.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    dom = parse(page_of(sample.report))
    assert visible_text(dom.select("div", "article-text")[0]) == ARTICLE


def test_unreadable_article_error_and_empty_report() -> None:
    report = Report(
        tool=ToolInfo(version="1"),
        articles=(ArticleReport(path="missing.md", error="missing.md: no such file <x>"),),
    )
    page = page_of(report)
    dom = parse(page)
    assert "no such file <x>" in dom.select("p", "problem")[0].text()
    assert "No quotes were found." in page
    assert "1 article could not be checked" in dom.select("p", "meta")[0].text()
    assert parse(page_of(Report(tool=ToolInfo(version="1"))))


def test_article_level_findings_are_listed(sample: Sample) -> None:
    art = sample.report.articles[0]
    finding = Finding(
        code="QC150",
        name="unbalanced-quote-mark",
        level=Level.WARNING,
        message=f"mark never closed {SCRIPT}",
        start=0,
        end=1,
        line=1,
        column=1,
    )
    report = sample.report.model_copy(
        update={"articles": (art.model_copy(update={"findings": (finding,)}),)}
    )
    dom = parse(page_of(report))
    (item,) = dom.select("ul", "notes")[0].select("li", "finding")
    assert get_rule("QC150").summary in item.text() and SCRIPT in item.text()


# --------------------------------------------------------------------------- the bundled example


def example_report(examples: Path, *extra: Path) -> Report:
    base = examples / "newsroom"
    return quotecheck.check(
        [base / "articles" / "faithful.md", base / "articles" / "drifted.md", *extra],
        sources=[base / "sources" / "harbour-statement.txt"],
    )


def check_cards(dom: Node, report: Report) -> None:
    """Every quote of ``report`` has its card and highlight with the right verdict."""
    for a, art in enumerate(report.articles, start=1):
        for n, q in enumerate(art.quotes, start=1):
            card = dom.by_id(f"a{a}-q{n}")
            assert card is not None, (art.path, q.text)
            assert card.attrs["data-verdict"] == q.verdict.value
            assert f"v-{q.verdict.value}" in card.classes
            quote_side = card.select("figure", "side-quote")[0]
            assert visible_text(quote_side.select("blockquote")[0]) == q.text
            mark = dom.by_id(f"a{a}-q{n}-t")
            assert mark is not None and f"v-{q.verdict.value}" in mark.classes
    assert len(dom.select("li", "card")) == sum(len(a.quotes) for a in report.articles)


def test_bundled_example(examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(examples.parent)
    report = example_report(Path("examples"))
    dom = parse(page_of(report, root=examples.parent))
    check_cards(dom, report)
    assert dom.select("h2")[1].text() == "examples/newsroom/articles/faithful.md"
    # The elided quote shows the words the ellipsis cut, apart from deleted words.
    elided = dom.by_id("a1-q3")
    assert elided is not None
    assert [n.text() for n in elided.iter() if "d-elided" in n.classes] == ["will"]
    # The dropped "not" is a meaning-changing deletion.
    negation = dom.by_id("a2-q2")
    assert negation is not None
    assert [n.text() for n in negation.select("del") if "i-meaning" in n.classes] == ["not"]


# --------------------------------------------------------------------------- real browser

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def find_browser() -> str | None:
    """A Chromium binary: $QUOTECHECK_BROWSER, else the first of BROWSERS on PATH."""
    given = os.environ.get("QUOTECHECK_BROWSER")
    if given:
        return shutil.which(given) or (given if Path(given).is_file() else None)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def browser(binary: str, profile: Path, *args: str) -> str:
    """Run headless Chromium with ``args`` and its own profile; its standard output."""
    done = subprocess.run(
        [binary, *BROWSER_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


HOSTILE_ARTICLE = (
    "Harbour row <script>document.documentElement.setAttribute('data-pwned', 'script');"
    "document.title = 'PWNED'</script>\n\n"
    'Minister Mara Lindqvist said that "the Eastport harbour plan will not be cancelled," '
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">\n\n"
    'A critic wrote " onmouseover="document.title=\'PWNED\'" autofocus onfocus="document.'
    "documentElement.setAttribute('data-pwned', 'attr')\" x=\" online.\n\n"
    "Jonas Berg said \"</script><script>document.documentElement.setAttribute('data-pwned', "
    "'json')</script>\" to nobody.\n"
)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_in_chromium(examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = find_browser()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but no Chromium was found (install the 'chromium' package)")
        pytest.skip("no Chromium on PATH (install the 'chromium' package, or set CI to require it)")
    monkeypatch.chdir(examples.parent)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    report = example_report(Path("examples"), hostile)
    # A hand-built article whose source side carries markup as well.
    more = tmp_path / "more"
    more.mkdir()
    source_side = hostile_report(more)
    report = report.model_copy(update={"articles": report.articles + source_side.report.articles})
    page = tmp_path / "report.html"
    page.write_text(page_of(report, root=examples.parent), encoding="utf-8")
    profile = tmp_path / "profile"

    dom = parse(browser(binary, profile, "--dump-dom", page.as_uri()), strict=False)
    (html,) = dom.select("html")
    assert html.attrs.get("data-qc-ready") == "1", "the report's own script did not run"
    assert "js" in html.classes and "no-js" not in html.classes
    assert "data-pwned" not in html.attrs, f"article text ran: {html.attrs['data-pwned']}"
    assert dom.select("title")[0].text().startswith("quotecheck")
    assert not dom.select("img")
    assert len(dom.select("script")) == 2
    for node in dom.iter():
        assert not any(name.startswith("on") for name in node.attrs), node.tag
    check_cards(dom, report)
    assert "Showing all" in dom.by_id("status").text()  # type: ignore[union-attr]
    hostile_cards = [c for c in dom.select("li", "card") if c.attrs["id"].startswith("a3-")]
    assert any("data-pwned" in c.text() for c in hostile_cards)

    shot = tmp_path / "report.png"
    browser(binary, profile, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert png_size(shot) == (1280, 1600)
    assert shot.stat().st_size > 20_000

    docs_shot = os.environ.get("QUOTECHECK_SCREENSHOT")
    if docs_shot:
        base = Path("examples/newsroom")  # relative, as a user would type it
        example = quotecheck.check(
            [base / "articles" / "drifted.md", base / "articles" / "faithful.md"],
            sources=[base / "sources" / "harbour-statement.txt"],
        )
        docs_page = tmp_path / "example.html"
        docs_page.write_text(page_of(example, root=examples.parent), encoding="utf-8")
        target = Path(docs_shot).resolve()
        browser(
            binary, profile, f"--screenshot={target}", "--window-size=1400,1750", docs_page.as_uri()
        )
        assert png_size(target) == (1400, 1750)


def test_render_is_deterministic(sample: Sample) -> None:
    assert page_of(sample.report) == page_of(sample.report)
    assert re.search(r"<html lang=\"en\" class=\"no-js\">", page_of(sample.report))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.css", "body{} </STYLE><script>alert(1)</script>"),
        ("page.css", "body{} <!-- a comment -->"),
        ("page.js", "let a = '</script>';"),
    ],
)
def test_an_inline_asset_that_could_end_its_element_is_refused(
    tmp_path: Path, name: str, text: str
) -> None:
    from quotecheck.formats.html import inline_asset

    asset = tmp_path / name
    asset.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="must not contain"):
        inline_asset(asset)
