"""The lineage page: self-contained, escaped, the source on top, variants with changed words
marked, every article a link; rendered in a real headless Chromium like the report
(``test_report_html``: skipped without a browser, a failure when ``CI`` is set).

Set ``QUOTECHECK_LINEAGE_SCREENSHOT=docs/lineage-screenshot.png`` to have the Chromium test also
write the documentation screenshot of the example archive.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from test_report_html import browser, find_browser, parse, png_size

import quotecheck
from quotecheck.lineage import LineageReport, Rendering, build_lineage
from quotecheck.lineage.html import mark_changes, render_html

ARCHIVE = Path(__file__).resolve().parents[1] / "examples" / "archive"
HOSTILE = '</script><script>document.title="PWNED"</script><img src=x onerror="alert(1)">'


@cache
def example() -> LineageReport:
    return quotecheck.lineage(
        sorted((ARCHIVE / "articles").iterdir()),
        sources=[ARCHIVE / "sources" / "reservoir-statement.md"],
    )


def hostile() -> LineageReport:
    r = Rendering(
        article=f"articles/{HOSTILE}.md",
        order="0",
        date="2026-01-01",
        quote_index=0,
        text=f"We will {HOSTILE} build it",
        start=0,
        end=10,
        speaker=HOSTILE,
        mention=HOSTILE,
        verdict="altered",
        source=f"sources/{HOSTILE}.md",
        source_start=0,
        source_end=20,
        source_text=f"We will not build {HOSTILE}",
    )
    return build_lineage([r])


def test_page_structure_of_the_example() -> None:
    dom = parse(render_html(example()), strict=True)
    assert not dom.select("script") and not dom.select("img")
    groups = dom.select("section", "group")
    assert len(groups) == 2
    first = groups[0]
    # the source passage comes first, with the words a variant changed or left out marked
    source = first.select("figure", "source")[0]
    assert [n.text() for n in source.select("del", "dropped")] == [
        "justified",
        "at its current level",
    ]
    variants = first.select("li", "variant")
    assert [v.attrs["data-variant"] for v in variants] == ["v1", "v2"]
    assert [n.text() for n in variants[0].select("ins", "changed")] == ["understandable"]
    assert [n.text() for n in variants[0].select("span", "cut")] == ["…"]
    assert not variants[1].select("ins", "changed")  # the faithful outlet
    links = {a.attrs["href"] for a in first.select("a", "article")}
    assert {Path(h).name for h in links} == {
        "01-wire.md",
        "02-copy.md",
        "03-kopie.html",
        "04-faithful.md",
    }
    rows = first.select("tr")
    assert len(rows) == 1 + 3  # header and the three alterations of the wire story


def test_hostile_text_is_escaped() -> None:
    page = render_html(hostile())
    dom = parse(page, strict=True)
    assert not dom.select("script") and not dom.select("img")
    assert "<script>" not in page and 'onerror="alert' not in page
    for node in dom.iter():
        assert not any(name.startswith("on") for name in node.attrs), node.tag


CHANGES = [
    ("We will build it", "We will not build it", [], ["not"]),
    ("We will never build it", "We will not build it", ["never"], ["not"]),
    ("We will … it", "We will not build it", [], ["not", "build"]),
    # a variant reaching less of the passage leaves its ends alone ...
    ("The ferry sails", "The ferry sails at dawn", [], []),
    ("sails at dawn", "The ferry sails at dawn", [], []),
    ("The ferry sails at dawn daily", "The ferry sails at dawn", ["daily"], []),
    # ... but the words its own first or last words stand against are changed
    ("The ferry sails at noon", "The ferry sails at dawn", ["noon"], ["dawn"]),
    ("The ferry sails at noon", "The ferry sails at dawn with the tide", ["noon"], ["dawn"]),
    ("A ferry sails at dawn", "The ferry sails at dawn", ["A"], ["The"]),
    ("Our old ferry sails", "Then the ferry sails", ["Our old"], ["Then", "the"]),
    ("Our big old ferry sails", "The ferry sails", ["Our big old"], ["The"]),
]


@pytest.mark.parametrize(("quote", "source", "changed", "dropped"), CHANGES)
def test_mark_changes(quote: str, source: str, changed: list[str], dropped: list[str]) -> None:
    runs, gone = mark_changes(quote, source)
    assert [r.text.strip() for r in runs if r.mark == "changed"] == changed
    assert [source.split()[i] for i in sorted(gone)] == dropped
    assert "".join(r.text for r in runs) == quote


def test_in_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = find_browser()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but no Chromium was found (install the 'chromium' package)")
        pytest.skip("no Chromium on PATH (install the 'chromium' package, or set CI to require it)")
    report = example()
    page = tmp_path / "lineage.html"
    page.write_text(render_html(report), encoding="utf-8")
    profile = tmp_path / "profile"
    dom = parse(browser(binary, profile, "--dump-dom", page.as_uri()), strict=False)
    assert dom.select("title")[0].text().startswith("quotecheck lineage")
    assert len(dom.select("section", "group")) == 2
    assert [n.text() for n in dom.select("ins", "changed")][:1] == ["understandable"]
    shot = tmp_path / "lineage.png"
    browser(binary, profile, f"--screenshot={shot}", "--window-size=1280,1700", page.as_uri())
    assert png_size(shot) == (1280, 1700)
    assert shot.stat().st_size > 20_000
    docs_shot = os.environ.get("QUOTECHECK_LINEAGE_SCREENSHOT")
    if docs_shot:
        target = Path(docs_shot).resolve()
        monkeypatch.chdir(ARCHIVE.parents[1])  # relative paths, as a user would type them
        base = Path("examples/archive")
        relative = quotecheck.lineage(
            sorted((base / "articles").iterdir()),
            sources=[base / "sources" / "reservoir-statement.md"],
        )
        page.write_text(render_html(relative), encoding="utf-8")
        browser(binary, profile, f"--screenshot={target}", "--window-size=1280,1700", page.as_uri())
