"""Which language an article is checked in: a named language without data is error E301, never
an English fallback; an undetected one under ``auto`` is checked as English with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.cli import main
from quotecheck.inputs.document import make_document
from quotecheck.lang import available_languages

SOURCE = "---\nspeaker: Ann Lee\n---\nWe will open the new library in May.\n"
ARTICLE = '"We will open the new library in May," Lee said.\n'
# Written for this test: Italian, a language quotecheck has no data for.
ITALIAN = (
    "La sindaca ha parlato a lungo lunedì del nuovo ponte sul fiume e dei lavori in corso. "
    '"Apriremo la nuova biblioteca a maggio", ha detto Ann Lee ai giornalisti della città.'
)


@pytest.mark.parametrize("flag", [["--language", "it"], ["--language", "xx-YY"]])
def test_cli_unsupported_language_is_e301(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: list[str]
) -> None:
    (tmp_path / "src.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code = main(["check", str(tmp_path / "a.txt"), "-s", str(tmp_path / "src.md"), *flag])
    err = capsys.readouterr().err
    assert code == 2
    assert "[E301]" in err and "internal error" not in err
    assert all(c in err for c in available_languages())


def test_cli_source_in_unsupported_language_is_e301_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src.md").write_text(SOURCE.replace("---\n", "---\nlanguage: it\n", 1))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code = main(["check", str(tmp_path / "a.txt"), "-s", str(tmp_path / "src.md")])
    err = capsys.readouterr().err
    assert code == 2 and "[E301]" in err and "src.md" in err


def test_library_unsupported_language_is_e301() -> None:
    with pytest.raises(quotecheck.errors.LanguageNotSupported):
        quotecheck.check_text(ARTICLE, sources=[], settings=Settings(language="it"))


@pytest.mark.slow
def test_auto_checks_an_undetected_article_as_english_with_a_note() -> None:
    source = quotecheck.make_source(SOURCE, id="statement")
    report = quotecheck.check_text(ITALIAN, sources=[source], settings=Settings(language="auto"))
    assert report.language == "en"
    assert any("language not recognised" in n and "checked as en" in n for n in report.notes)
    english = quotecheck.check_text(ARTICLE, sources=[source], settings=Settings(language="auto"))
    assert english.language == "en"
    assert not any("language not recognised" in n for n in english.notes)


def test_auto_detects_each_article_once_when_parsed_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """The language ``parse_ahead`` detected is the one the check uses: one detection per
    article, the reports those of checking each article alone."""
    import quotecheck.xling as xling

    source = quotecheck.make_source(SOURCE, id="statement")
    checker = quotecheck.Checker([source], Settings(language="auto"))
    documents = [make_document(t, path=f"{n}.txt") for n, t in enumerate([ARTICLE, ITALIAN])]
    alone = [checker.check_document(d) for d in documents]
    calls: list[str] = []
    real = xling.detect

    def counted(text: str, **kwargs: object) -> tuple[str, float]:
        calls.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(xling, "detect", counted)
    with checker.parse_ahead(documents):
        ahead = [checker.check_document(d) for d in documents]
    assert len(calls) == len(documents)
    assert ahead == alone
    assert [r.language for r in ahead] == ["en", "en"]
    assert any("language not recognised" in n for n in ahead[1].notes)
    checker.check_document(documents[0])  # outside the block: detected again
    assert len(calls) == len(documents) + 1
