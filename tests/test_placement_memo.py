"""The regions and words of a source's occasion are read once per occasion, in a memo of at
most ``DESCRIBED_MEMO`` occasions per language (tidy review item 5: it was a dict that grew
with every occasion a process met).  Made-up occasions."""

from __future__ import annotations

import dataclasses

import pytest

from quotecheck.lang import get_language
from quotecheck.score.checks import placement


@pytest.mark.parametrize(
    ("occasion", "regions", "words"),
    [
        pytest.param("Rally, Des Moines, IA", {"IA"}, {"rally", "des", "moines", "ia"}, id="id"),
        pytest.param("Town hall in Ames, Iowa", {"IA"}, {"town", "hall", "in", "ames", "iowa"}),
        pytest.param("Harbour forum", set(), {"harbour", "forum"}, id="no region"),
        pytest.param("", set(), set(), id="none declared"),
    ],
)
def test_an_occasion_is_described_by_its_regions_and_words(
    occasion: str, regions: set[str], words: set[str]
) -> None:
    lang = get_language("en")
    assert placement._described(occasion, lang) == (frozenset(regions), frozenset(words))
    assert placement._described(occasion, lang) == (frozenset(regions), frozenset(words))


def test_the_memo_is_bounded() -> None:
    # a language object of its own, so that the shared memo of "en" is not filled
    lang = dataclasses.replace(get_language("en"))
    memo = placement._compiled(lang).described
    for n in range(placement.DESCRIBED_MEMO + 10):
        placement._described(f"Forum number {n}, Ames, Iowa", lang)
    info = memo.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize == placement.DESCRIBED_MEMO
    assert info.currsize == placement.DESCRIBED_MEMO
    placement._described("Forum number 5, Ames, Iowa", lang)  # the oldest, dropped first
    assert memo.cache_info().misses == info.misses + 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["_word_re", "_name_re", "_qualifier_re", "_speaker_name_words"])
def test_the_occasion_memos_are_bounded(name: str) -> None:
    """The occasion check's memos keyed by the sources' and articles' words hold at most
    ``PATTERN_MEMO`` entries each (they kept every one)."""
    from quotecheck.score.checks import occasion

    memo = getattr(occasion, name)
    assert memo.cache_info().maxsize == occasion.PATTERN_MEMO
