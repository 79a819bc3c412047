"""The regions and words of a source's occasion are read once per occasion, in a memo of at
most ``DESCRIBED_MEMO`` occasions per language (tidy review item 5: it was a dict that grew
with every occasion a process met).  Made-up occasions."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

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


def _naive_others_view(ctx: Any, quote: Any) -> str:
    """The definition: the view with every other quote of the speaker blanked, one by one."""
    view = ctx.view
    speaker = quote.attribution.speaker
    if not speaker:
        return str(view)
    for q in ctx.quotes:
        if q is not quote and q.attribution.speaker == speaker:
            view = view[: q.start] + ctx.outside_marks[q.start : q.end] + view[q.end :]
    return str(view)


def _stand_in(view: str, spans: list[tuple[int, int, str | None]]) -> Any:
    quotes = [
        SimpleNamespace(start=a, end=b, attribution=SimpleNamespace(speaker=who))
        for a, b, who in spans
    ]
    masked = list(view)
    for a, b, _ in spans:
        masked[a:b] = " " * (b - a)
    return SimpleNamespace(view=view, outside_marks="".join(masked), quotes=quotes, memo={})


_TEXT = "Lee said “we build.” Tan said “no.” Lee added “we start (“soon”) now.” Oz: “fine.”"


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param(
            [(9, 20, "Lee"), (30, 35, "Tan"), (46, 70, "Lee"), (75, 82, "Oz")], id="apart"
        ),
        pytest.param([(9, 20, "Lee"), (46, 70, "Lee"), (57, 63, "Lee")], id="nested, same speaker"),
        pytest.param([(9, 20, "Lee"), (46, 70, "Lee"), (57, 63, "Tan")], id="nested, other"),
        pytest.param([(9, 20, None), (30, 35, None)], id="no speaker"),
        pytest.param([(9, 20, "Lee"), (9, 20, "Lee")], id="same span twice"),
    ],
)
def test_the_view_without_a_speakers_other_quotes_is_built_once_per_speaker(
    spans: list[tuple[int, int, str | None]],
) -> None:
    """``placement._others_view`` (tidy item 7: a per-speaker memo, not a copy of the article
    per quote of the speaker) gives the definition's view for every quote, and for a quote of
    someone else's checked as hers (the ladder's re-reading as the source's speaker)."""
    ctx = _stand_in(_TEXT, spans)
    for quote in ctx.quotes:
        assert placement._others_view(ctx, quote) == _naive_others_view(ctx, quote)
    for quote in ctx.quotes:  # from the memo
        assert placement._others_view(ctx, quote) == _naive_others_view(ctx, quote)
    as_lee: Any = SimpleNamespace(start=30, end=35, attribution=SimpleNamespace(speaker="Lee"))
    assert placement._others_view(ctx, as_lee) == _naive_others_view(ctx, as_lee)
