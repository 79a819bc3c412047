"""Fix suggestions of the machine formats (SARIF, rdjson, GitHub) are planned in the
article's language, as ``--fix`` plans them (review1 item 5; sentences invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.fixes import quote_fix
from quotecheck.formats import FormatOptions, _common, render

SOURCE = "Wir bauen die neue Brücke über den Fluss bis zum nächsten Winter fertig.\n"
ARTICLE = (
    "Bürgermeisterin Anna Berg sprach am Montag.\n\n"
    "„Wir bauen die neue Brücke über den Fluss bis zum nächsten Sommer fertig“, sagte Berg.\n"
)


@pytest.mark.parametrize("fmt", ["sarif", "rdjson"])
def test_suggestions_are_planned_in_the_articles_language(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    art = tmp_path / "artikel.md"
    art.write_text(ARTICLE, encoding="utf-8")
    src = quotecheck.make_source(SOURCE, id="rede.txt", speaker="Anna Berg", language="de")
    report = quotecheck.check([art], sources=[src], settings=Settings(language="de"))
    (article,) = report.articles
    assert article.language == "de"
    assert any("QC101" in q.codes for q in article.quotes)
    asked: list[str] = []

    def spy(quote: quotecheck.QuoteResult, raw: str, language: str = "en") -> object:
        asked.append(language)
        return quote_fix(quote, raw, language)

    monkeypatch.setattr(_common, "quote_fix", spy)
    render(report, fmt, FormatOptions())
    assert asked and set(asked) == {"de"}
