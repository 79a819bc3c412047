"""A language code is spelled one way whatever route gives it (review 23-1 #2).

``lang: en-US`` (a static-site generator's default front matter), ``EN``, ``en_GB``, ``de-AT``,
and the same code given by ``--language``, ``QUOTECHECK_LANGUAGE`` or the configuration, is the
language quotecheck has data for — never a blank pipeline that reads no reporting verb and so
loses every speaker.  A code with no data stays an E301 naming what was written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.config import Settings
from quotecheck.lang import language_code

# Written for these tests.
SOURCE = (
    "---\nspeaker: Marta Olsen\n---\n"
    "The new footbridge over the canal will open in June. We will add two ferry crossings.\n"
)
FAITHFUL = "“We will add two ferry crossings,” Olsen said."
CHANGED = "“We will add five ferry crossings,” Olsen said."  # a number changed
WRONG = "“We will add two ferry crossings,” Dahl said."  # the words given to another person
ARTICLE = (
    "---\ntitle: Canal\n{front}---\n"
    "Town engineer Marta Olsen and councillor Piet Dahl spoke to residents on Tuesday.\n\n{quote}\n"
)
GERMAN_SOURCE = (
    "---\nspeaker: Jonas Brandt\n---\nWir bauen im Herbst zwei neue Brücken über den Kanal.\n"
)
GERMAN = (
    "---\n{front}---\nDer Stadtrat tagte am Dienstag lange über den Kanal.\n\n"
    "„Wir bauen im Herbst zwei neue Brücken über den Kanal“, sagte Jonas Brandt.\n"
)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("en", "en"),
        ("en-US", "en"),
        ("EN", "en"),
        ("en_GB", "en"),
        ("de-AT", "de"),
        (" fr-CA ", "fr"),
        ("ES", "es"),
        ("xx-YY", "xx-YY"),  # no data: kept as written, so E301 names it
        ("it", "it"),
    ],
)
def test_language_code_is_spelled_once(written: str, code: str) -> None:
    assert language_code(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("en-US", "en"), ("EN", "en"), ("de-AT", "de"), ("AUTO", "auto"), ("xx-YY", "xx-YY")],
)
def test_settings_hold_the_one_spelling(written: str, code: str) -> None:
    assert Settings(language=written).language == code


def _run(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    route: str,
    spelling: str,
    quote: str,
) -> tuple[str, list[tuple[str | None, str | None, tuple[str, ...]]]]:
    """The article's language and each quote's (speaker, verdict, codes), the article's
    language code given by ``route``."""
    (tmp_path / "src.md").write_text(SOURCE, encoding="utf-8")
    front = ""
    flags: list[str] = []
    if route == "front matter lang":
        front = f"lang: {spelling}\n"
    elif route == "front matter language":
        front = f"language: {spelling}\n"
    elif route == "quotecheck table":
        front = f"quotecheck:\n  lang: {spelling}\n"
    elif route == "--language":
        flags = ["--language", spelling]
    elif route == "environment":
        monkeypatch.setenv("QUOTECHECK_LANGUAGE", spelling)
    elif route == "configuration":
        (tmp_path / "quotecheck.toml").write_text(f'language = "{spelling}"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE.format(front=front, quote=quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = ["check", "a.md", "-s", "src.md", "-f", "json", "--no-progress", *flags]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    article = json.loads(out)["articles"][0]
    quotes = [(q["speaker"], q["verdict"], tuple(q["codes"])) for q in article["quotes"]]
    return article["language"], quotes


ROUTES = [
    "front matter lang",
    "front matter language",
    "quotecheck table",
    "--language",
    "environment",
    "configuration",
]


@pytest.mark.slow
@pytest.mark.parametrize("spelling", ["en-US", "EN", "en_GB"])
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(
    ("quote", "speaker", "verdict"),
    [
        pytest.param(FAITHFUL, "Marta Olsen", "verbatim", id="faithful"),
        pytest.param(CHANGED, "Marta Olsen", "altered", id="must-flag: number changed"),
        pytest.param(WRONG, "Piet Dahl", None, id="must-flag: another speaker"),
    ],
)
def test_a_regional_or_capital_english_code_reads_as_en(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    route: str,
    spelling: str,
    quote: str,
    speaker: str,
    verdict: str | None,
) -> None:
    """Every spelling, by every route, gives what plain ``en`` gives: the speaker found, the
    changed number altered, the other person's name kept as the quote's speaker."""
    language, quotes = _run(tmp_path, capsys, monkeypatch, route, spelling, quote)
    assert language == "en"
    assert quotes and quotes[0][0] == speaker, quotes
    if verdict is not None:
        assert quotes[0][1] == verdict, quotes
    plain = tmp_path / "plain"
    plain.mkdir()
    monkeypatch.delenv("QUOTECHECK_LANGUAGE", raising=False)
    assert _run(plain, capsys, monkeypatch, "front matter lang", "en", quote) == (language, quotes)


@pytest.mark.slow
@pytest.mark.parametrize("front", ["lang: de-AT\n", "language: DE\n", "lang: de_CH\n"])
def test_a_regional_german_code_keeps_the_german_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """``de-AT`` is German with German cues (the German-only morphology included): the
    speaker of a ``sagte`` quote is found."""
    (tmp_path / "src.md").write_text(GERMAN_SOURCE, encoding="utf-8")
    (tmp_path / "a.md").write_text(GERMAN.format(front=front), encoding="utf-8")
    argv = ["check", str(tmp_path / "a.md"), "-s", str(tmp_path / "src.md"), "-f", "json"]
    code = main([*argv, "--no-progress"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    article = json.loads(out)["articles"][0]
    assert article["language"] == "de"
    assert [q["speaker"] for q in article["quotes"]] == ["Jonas Brandt"]


@pytest.mark.parametrize(
    ("front", "flag"),
    [("lang: xx-YY\n", ()), ("", ("--language", "xx-YY")), ("lang: IT\n", ())],
)
def test_a_code_without_data_is_still_e301_naming_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    front: str,
    flag: tuple[str, ...],
) -> None:
    (tmp_path / "src.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE.format(front=front, quote=FAITHFUL), encoding="utf-8")
    argv = ["check", str(tmp_path / "a.md"), "-s", str(tmp_path / "src.md"), "--no-progress"]
    code = main([*argv, *flag])
    err = capsys.readouterr().err
    written = front.split(": ")[1].strip() if front else flag[1]
    assert code == 2 and "[E301]" in err and repr(written) in err, err


@pytest.mark.slow
@pytest.mark.parametrize("spelling", ["en-US", "EN"])
def test_the_library_with_its_own_settings_reads_the_front_matter_code_as_en(
    tmp_path: Path, spelling: str
) -> None:
    """Settings given by the caller, the article's ``lang:`` taken over them: the same spelling."""
    from quotecheck.lint.project import check

    (tmp_path / "src.md").write_text(SOURCE, encoding="utf-8")
    front = f"lang: {spelling}\n"
    (tmp_path / "a.md").write_text(ARTICLE.format(front=front, quote=FAITHFUL), encoding="utf-8")
    report = check(
        [tmp_path / "a.md"], sources=[tmp_path / "src.md"], settings=Settings(), isolated=True
    )
    article = report.articles[0]
    assert article.language == "en"
    assert [q.speaker for q in article.quotes] == ["Marta Olsen"]
