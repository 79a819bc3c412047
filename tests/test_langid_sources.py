"""A source's language: declared wins, else detected once from a bounded sample, cached by
content, and decided only when a question needs it."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from word_counts import WordCounts

from quotecheck.inputs.sources import make_source
from quotecheck.models import Source
from quotecheck.xling import langid
from quotecheck.xling.langid import LanguageCache, SourceLanguages, source_language

ENGLISH = "The committee will publish its report on the harbour next week, the minister said."
GERMAN = "Der Ausschuss wird seinen Bericht über den Hafen nächste Woche veröffentlichen."


def src(text: str, **kw: object) -> Source:
    return Source(id=text[:8], text=text, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("front", "declared"),
    [("---\nlanguage: de\n---\n", True), ("---\nlang: de\n---\n", True), ("", False)],
)
def test_front_matter_language_is_declared(front: str, declared: bool) -> None:
    s = make_source(front + ENGLISH, speaker="Ann Lee")
    assert s.language_declared is declared
    # declared: taken as is (never detected); else detected from the text
    assert source_language(s) == ("de" if declared else "en")


def test_detection_reads_a_bounded_sample() -> None:
    seen: list[int] = []
    real = langid.detect

    def spy(text: str, **kw: object) -> tuple[str, float]:
        seen.append(len(text))
        return real(text)

    with mock.patch.object(langid, "detect", spy):
        source_language(src(ENGLISH * 500))
    assert seen == [langid.SAMPLE_CHARS]


def test_includes_stops_at_the_first_source_in_that_language(tmp_path: Path) -> None:
    sources = [src(ENGLISH + f" {i}") for i in range(50)]
    langs = SourceLanguages(sources, LanguageCache(tmp_path))
    with mock.patch.object(langid, "detect", wraps=langid.detect) as det:
        assert langs.includes("en")
        assert langs.includes("en-GB")
        assert det.call_count == 1
        assert not langs.includes("de")  # now every source is decided, once
        assert det.call_count == 50
        assert langs.decide_all() == {"en"}
        assert det.call_count == 50


def test_languages_are_cached_by_content(tmp_path: Path) -> None:
    sources = [src(ENGLISH), src(GERMAN)]
    first = SourceLanguages(sources, LanguageCache(tmp_path))
    assert first.decide_all() == {"en", "de"}
    with mock.patch.object(langid, "detect") as det:
        again = SourceLanguages(sources, LanguageCache(tmp_path))
        assert [again[0], again[1]] == ["en", "de"]
        assert det.call_count == 0


@pytest.mark.parametrize("damage", [b"", b"not a code!", b"\xff\xfe"])
def test_a_damaged_cache_entry_is_ignored(tmp_path: Path, damage: bytes) -> None:
    cache = LanguageCache(tmp_path)
    assert SourceLanguages([src(GERMAN)], cache)[0] == "de"
    (entry,) = tmp_path.rglob("*.txt")
    entry.write_bytes(damage)
    fresh = LanguageCache(tmp_path)
    assert SourceLanguages([src(GERMAN)], fresh)[0] == "de"
    assert fresh.errors == 1


def test_answers_travel_with_a_pickle() -> None:
    import pickle

    langs = SourceLanguages([src(ENGLISH), src(GERMAN)])
    langs.decide_all()
    with mock.patch.object(langid, "detect") as det:
        back = pickle.loads(pickle.dumps(langs))
        assert back.decide_all() == {"en", "de"}
        assert det.call_count == 0


@pytest.mark.parametrize(
    ("declared", "asked", "written_in"),
    [
        ("de", "de", True),
        ("de-AT", "de", True),
        ("DE", "de", True),  # a declared code in capitals
        ("de_AT", "de", True),  # with an underscore (a locale name)
        ("de", "DE-ch", True),
        ("fr_CA", "de", False),
    ],
)
def test_a_declared_code_is_compared_by_its_language(
    declared: str, asked: str, written_in: bool
) -> None:
    """Codes compare as :func:`quotecheck.lang.base_code` reads them, as everywhere else: a
    source declared ``DE`` or ``de_AT`` is German (it was a language of its own here)."""
    langs = SourceLanguages([src(GERMAN, language=declared, language_declared=True)])
    assert langs.includes(asked) is written_in
    assert langs.decide_all() == {declared[:2].lower()}


@pytest.mark.parametrize(
    ("declared", "searched"),
    [("en", True), ("de", False), ("DE", False), ("de_AT", False), ("de-AT", False)],
)
def test_the_cross_language_search_skips_sources_in_the_quote_s_language(
    declared: str, searched: bool
) -> None:
    """A German quote is looked for in sources in other languages only: one declared ``DE`` or
    ``de_AT`` is German too, never read as a translation of itself."""
    from quotecheck.xling import CrossLingual, XlingSettings

    source = src(GERMAN, language=declared, language_declared=True, speaker="Jo Brandt")
    xl = CrossLingual(
        [source],
        encoder=WordCounts(),
        use_cache=False,
        settings=XlingSettings(report_min=0.0),
    )
    found = xl.check(GERMAN.rstrip("."), "de")
    assert (found is not None) is searched
