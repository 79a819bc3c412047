"""The Python entry points as a data journalist uses them: declared sources count, Checker is
exported, HTML in memory is read as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.inputs.document import sniff_format

SOURCE = "---\nquotecheck:\n  speaker: Ann Lee\n---\nThe new library will hold 40,000 books.\n"
GOOD = '"The new library will hold 40,000 books," Ann Lee said.\n'
BAD = '"The new library will hold 45,000 books," Ann Lee said.\n'


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path / "quotecheck.toml", "")
    write(tmp_path / "sources" / "lee.md", SOURCE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_reads_sources_declared_in_front_matter(repo: Path) -> None:
    article = write(
        repo / "news" / "a.md", "---\nquotecheck:\n  sources: [../sources/lee.md]\n---\n" + BAD
    )
    report = quotecheck.check([article])
    (art,) = report.articles
    assert art.error is None
    (q,) = art.quotes
    assert q.verdict is quotecheck.Verdict.ALTERED and "QC111" in q.codes


def test_check_reads_the_configured_source_mapping(repo: Path) -> None:
    write(repo / "quotecheck.toml", '[sources]\n"news/**" = ["sources/lee.md"]\n')
    article = write(repo / "news" / "b.md", GOOD)
    (art,) = quotecheck.check([article]).articles
    assert [q.verdict for q in art.quotes] == [quotecheck.Verdict.VERBATIM]


def test_check_with_sources_given_and_in_memory(repo: Path) -> None:
    article = write(repo / "c.md", BAD)
    statement = quotecheck.make_source("The new library will hold 40,000 books.", speaker="Ann Lee")
    for given in ([statement], [str(repo / "sources" / "lee.md")]):
        (art,) = quotecheck.check([article], sources=given).articles
        assert "QC111" in art.quotes[0].codes
    # Without any source the quote cannot be checked, and says so.
    (art,) = quotecheck.check([article]).articles
    assert art.quotes[0].verdict is quotecheck.Verdict.UNVERIFIABLE


def test_check_writes_nothing_into_the_repository(repo: Path) -> None:
    article = write(repo / "c.md", BAD)
    before = sorted(p.relative_to(repo) for p in repo.rglob("*"))
    quotecheck.check([article], sources=[str(repo / "sources" / "lee.md")])
    assert sorted(p.relative_to(repo) for p in repo.rglob("*")) == before


@pytest.mark.parametrize("bad", ["a.md", Path("a.md")])
def test_a_single_path_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="paths must be a list"):
        quotecheck.check(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee said: “The library opens in May.”",
        "The library opens in May.\n\nIt will hold 40,000 books.",
        "x" * 300,
    ],
    ids=["quote marks", "line break", "longer than a path"],
)
def test_an_articles_text_as_paths_points_to_check_text(text: str) -> None:
    """Red team 20 F16: the text of an article passed to check() says to use check_text, not
    to wrap the text in a list of paths."""
    with pytest.raises(TypeError, match=r"check_text\(") as err:
        quotecheck.check(text, sources=[])  # type: ignore[arg-type]
    assert "paths=[" not in str(err.value)


def test_a_long_path_of_short_names_is_a_path() -> None:
    """Review 21-3 F8: a path longer than 255 characters (legal: only each name is limited)
    is told to be wrapped in a list, not to be an article's text."""
    long_path = "/".join(["archive"] * 40) + "/story.md"
    assert len(long_path) > 300
    with pytest.raises(TypeError, match=r"paths must be a list or tuple") as err:
        quotecheck.check(long_path, sources=[])  # type: ignore[arg-type]
    assert "check_text(" not in str(err.value)


def _lee() -> quotecheck.Source:
    return quotecheck.make_source("The new library will hold 40,000 books.", speaker="Ann Lee")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: quotecheck.check_text(GOOD, sources=None), TypeError, "sources must be a list"),
        (
            lambda: quotecheck.check_text(GOOD, sources=[_lee(), None]),
            TypeError,
            r"sources\[1\] must be a Source or a path",
        ),
        (
            lambda: quotecheck.check_text(GOOD.encode(), sources=[_lee()]),
            TypeError,
            r"must be str, not bytes; decode it first",
        ),
        (
            lambda: quotecheck.check_text(GOOD, sources=[_lee()], settings={"language": "en"}),
            TypeError,
            "settings must be a quotecheck.Settings, not dict",
        ),
        (
            lambda: quotecheck.check_text(GOOD, sources=[_lee()], fmt="pdf"),
            ValueError,
            "unknown article format 'pdf'; expected one of text, markdown, html",
        ),
        (lambda: quotecheck.check(["a.md"], sources=[None]), TypeError, r"sources\[0\]"),
        (
            lambda: quotecheck.check(["a.md"], sources=[], settings={}),
            TypeError,
            "settings must be a quotecheck.Settings",
        ),
        (lambda: quotecheck.lineage(["a.md"], sources=[], settings={}), TypeError, "settings must"),
    ],
    ids=[
        "sources None",
        "None among sources",
        "bytes text",
        "settings dict",
        "article format unknown",
        "check: None among sources",
        "check: settings dict",
        "lineage: settings dict",
    ],
)
def test_api_misuse_says_what_to_pass(call: object, error: type[Exception], message: str) -> None:
    """A wrong argument is a TypeError/ValueError that says what to pass, raised before any
    work — not an AttributeError from deep inside a check, nor a format silently ignored."""
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_checker_is_exported() -> None:
    statement = quotecheck.make_source("We will not raise the toll.", speaker="Ann Lee")
    checker = quotecheck.Checker([statement], quotecheck.api.Settings())
    from quotecheck.inputs.document import make_document

    report = checker.check_document(make_document('"We will raise the toll," Ann Lee said.'))
    assert "QC110" in report.quotes[0].codes


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('<p class="story-body">"We are ready," Ann Lee said.</p>\n<p>More.</p>', "html"),
        ("<!DOCTYPE html><title>x</title>", "html"),
        ('<article><p>"We are ready," she said.</p></article>', "html"),
        ('"We are ready," Ann Lee said. Prices rose 3 < 4 > 2.', "text"),
        ("Use the <em> tag for emphasis in your notes.", "text"),
        ('<p>"We are ready," Ann Lee said.</p>', "html"),
        ("The vote was 3 <b and c> 2, she wrote.", "text"),
    ],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_html_string_through_check_text_is_html() -> None:
    statement = quotecheck.make_source("We are ready.", speaker="Ann Lee")
    html = '<div class="story-body"><p>"We are ready," Ann Lee said.</p></div>'
    report = quotecheck.check_text(html, sources=[statement])
    assert [q.text for q in report.quotes] == ["We are ready,"]
    assert report.quotes[0].verdict is quotecheck.Verdict.VERBATIM


def test_the_extract_section_reaches_the_extractor_as_is() -> None:
    from quotecheck.config import Settings
    from quotecheck.extract.settings import ExtractSettings

    statement = quotecheck.make_source("We will open the library in May.", speaker="Ann Lee")
    text = '"We will open the library in May," Ann Lee said.'
    settings = Settings(extract=ExtractSettings(max_quote_chars=10))
    report = quotecheck.check_text(text, sources=[statement], settings=settings)
    assert report.quotes == ()  # longer than max-quote-chars: reported, not checked
    assert {f.code for f in report.findings} == {"QC150"}
    assert len(quotecheck.check_text(text, sources=[statement]).quotes) == 1
