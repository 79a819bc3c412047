"""Which language an article is checked in: a named language without data is error E301, never
an English fallback; an undetected one under ``auto`` is checked as English with a note."""

from __future__ import annotations

import json
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


# Written for these tests: a German statement and an article quoting it.
GERMAN_SOURCE = (
    "---\nspeaker: Ida Varga\nlanguage: de\n---\nWir eröffnen die neue Bücherei im Mai.\n"
)
GERMAN_ARTICLE = (
    "---\n{front}---\nDie Bürgermeisterin sprach am Montag über die Bücherei.\n\n"
    "„Wir eröffnen die neue Bücherei im Mai“, sagte Ida Varga.\n"
)


def _article_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, *flag: str
) -> tuple[int, str, str]:
    (tmp_path / "src.md").write_text(GERMAN_SOURCE, encoding="utf-8")
    (tmp_path / "a.md").write_text(GERMAN_ARTICLE.format(front=front), encoding="utf-8")
    argv = ["check", str(tmp_path / "a.md"), "-s", str(tmp_path / "src.md"), "-f", "json"]
    code = main([*argv, "--no-progress", *flag])
    out, err = capsys.readouterr()
    if code == 2:
        return code, "", err
    return code, json.loads(out)["articles"][0]["language"], err


@pytest.mark.parametrize(
    ("front", "flag", "expected"),
    [
        pytest.param("language: de\n", (), "de", id="plain language: de"),
        pytest.param("lang: de\n", (), "de", id="plain lang: de"),
        pytest.param("language: de-AT\n", (), "de", id="a region"),
        pytest.param("quotecheck:\n  lang: de\n", (), "de", id="the quotecheck table"),
        pytest.param("language: de\n", ("--language", "auto"), "de", id="auto: the declaration"),
        pytest.param("language: de\n", ("--language", "en"), "en", id="--language wins"),
        pytest.param("language: German\n", (), "en", id="a name, not a code: not read"),
        pytest.param("title: Bücherei\n", (), "en", id="none declared: the default"),
    ],
)
def test_article_front_matter_names_its_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    front: str,
    flag: tuple[str, ...],
    expected: str,
) -> None:
    """An article's front matter ``language:``/``lang:`` (a code) is its language, as a source's
    is — never a silent English reading (red team 23 F8) — unless ``--language`` names one;
    under ``auto`` the declaration is taken, not detected over (docs/cli.md)."""
    code, language, err = _article_language(tmp_path, capsys, front, *flag)
    assert code in (0, 1), err
    assert language == expected


def test_article_front_matter_language_without_data_is_e301(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _article_language(tmp_path, capsys, "language: it\n")
    assert code == 2 and "E301" in err, err


# Written for this test: French, a supported language, in an article checked as English.
FRENCH = (
    "La mairesse du village a présenté lundi soir son plan pour la nouvelle bibliothèque. "
    "« Nous ouvrirons la nouvelle bibliothèque en mai », a déclaré Mme Lee devant le conseil, "
    "avant de répondre aux questions des habitants sur le coût des travaux."
)


@pytest.mark.parametrize(
    ("text", "language", "noted"),
    [
        pytest.param(FRENCH, "en", True, id="French checked as the default English"),
        pytest.param(FRENCH, "fr", False, id="French checked as French"),
        pytest.param(FRENCH, "auto", False, id="French detected"),
        pytest.param(ARTICLE, "en", False, id="English checked as English"),
        pytest.param(ITALIAN, "en", False, id="a language without data: no guess"),
    ],
)
def test_an_article_in_another_supported_language_is_noted(
    text: str, language: str, noted: bool
) -> None:
    source = quotecheck.make_source(SOURCE, id="statement")
    report = quotecheck.check_text(text, sources=[source], settings=Settings(language=language))
    said = [n for n in report.notes if "reads as" in n]
    assert bool(said) is noted, report.notes
    if noted:
        assert report.language == "en"
        assert "reads as fr" in said[0] and "--language fr" in said[0], said
