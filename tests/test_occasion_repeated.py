"""Occasions, honestly (#16, item 2): words said on another occasion are never accused.

A quote the article says was said repeatedly or before ("has said", "at every rally"), a loose
look-alike in a source reported only by its date, a place name that shares one word with a
source's occasion: none of them shows the words altered or invented.  A fabrication and an
alteration at the occasion the article declares are still caught.

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, and the
transcripts of her appearances.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, Verdict
from quotecheck.score.checks import placement

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
LOOSE = "The ferry to the north shore will run twice a day from next spring, and fares stay low."
INVENTED = "We will sell the old lighthouse to the highest bidder before the winter storms."
ARTICLE_DATE = "2026-04-15"  # a Wednesday

DEBATE = ("Mayoral debate, Harbour Hall", "2026-04-14")
RALLY_OLD = ("Speech, Rally, Lakeside Park", "2025-09-20")
RALLY_NEAR = ("Speech, Rally, Lakeside Park", "2026-04-14")


def _source(occasion: str, date: str, *, shared: bool) -> object:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\nInes Rook: {SAID}\n"
    src = quotecheck.make_source(text, id="rook.md")
    return src.model_copy(update={"shared": True}) if shared else src


def _check(article: str, source: object) -> object:
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\n{article}"
    report = quotecheck.check_text(article, sources=[source])  # type: ignore[list-item]
    assert report.quotes, article
    return report.quotes[0]


def _errors(q: object) -> list[object]:
    return [f for f in q.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "verdict", "why"),
    [
        pytest.param(
            f"Ines Rook has said: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            "similar words in",
            id="has said: a look-alike in the declared debate is not an alteration",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook has repeatedly said.",
            Verdict.UNVERIFIABLE,
            "similar words in",
            id="has repeatedly said, cue after the quote",
        ),
        pytest.param(
            f"She’s said it before: “{CHANGED}” Ines Rook smiled.",
            Verdict.UNVERIFIABLE,
            "similar words in",
            id="a perfect written as a clitic",
        ),
        pytest.param(
            f"At every stop of her tour, Ines Rook promised: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            "similar words in",
            id="at every stop: several occasions, none singled out",
        ),
        pytest.param(
            f"Ines Rook’s office said: “{CHANGED}”",
            # Not "said before" (a possessive is no perfect): the office's words, which since
            # eb2154c are no evidence against Rook herself, only similar to her debate's.
            Verdict.UNVERIFIABLE,
            "nor of what Ines Rook’s office said",
            id="a possessive is no perfect: the office's words, similar to the declared debate's",
        ),
        pytest.param(
            f"Ines Rook has said: “{INVENTED}”",
            Verdict.UNVERIFIABLE,
            "several or earlier occasions",
            id="has said, words not in the declared debate: not fabricated",
        ),
        pytest.param(
            f"Ines Rook told voters at all her rallies: “{INVENTED}”",
            Verdict.UNVERIFIABLE,
            "several or earlier occasions",
            id="at all her rallies: a kind word names none of them, even a declared one",
        ),
        pytest.param(
            f"Ines Rook has said it at Harbour Hall too: “{CHANGED}”",
            Verdict.ALTERED,
            "",
            id="has said, but the article names the debate's hall: still an alteration",
        ),
        pytest.param(
            f"Ines Rook has said at the debate: “{CHANGED}”",
            Verdict.ALTERED,
            "",
            id="has said at the debate: the declared debate named in the quote's own frame",
        ),
        pytest.param(
            f"Ines Rook has said: “{CHANGED}” The debate was short.",
            Verdict.UNVERIFIABLE,
            "similar words in",
            id="has said; a kind word outside the quote's frame names no declared occasion",
        ),
        pytest.param(
            f"Ines Rook has said on the campaign trail: “{INVENTED}”",
            Verdict.UNVERIFIABLE,
            "several or earlier occasions",
            id="on the campaign trail: several occasions",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said during the debate.",
            Verdict.ALTERED,
            "",
            id="an alteration at the declared debate is still caught",
        ),
        pytest.param(
            f"“{INVENTED}” Ines Rook said during the debate.",
            Verdict.FABRICATED,
            "",
            id="a fabrication at the declared debate is still caught",
        ),
        pytest.param(
            f"Ines Rook has said: “{SAID}”",
            Verdict.VERBATIM,
            "",
            id="identical words stay verbatim, however often said",
        ),
    ],
)
def test_words_said_repeatedly_or_before(sentence: str, verdict: Verdict, why: str) -> None:
    q = _check(sentence, _source(*DEBATE, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert why in q.explanation  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert not _errors(q)


@pytest.mark.parametrize(
    ("sentence", "occasion", "verdict"),
    [
        pytest.param(
            f"“{LOOSE}” Ines Rook said.",
            RALLY_NEAR,
            Verdict.UNVERIFIABLE,
            id="a loose look-alike in the rally of the article's days: similar words",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said.",
            RALLY_NEAR,
            Verdict.ALTERED,
            id="a close reading in the rally of the article's days: still an alteration",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said, standing in Riverside Park.",
            RALLY_OLD,
            Verdict.UNVERIFIABLE,
            id="another park: one shared word does not name the rally's park",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said, standing in Lakeside Park.",
            RALLY_OLD,
            Verdict.ALTERED,
            id="the rally's park named as a whole: the occasion named",
        ),
    ],
)
def test_shared_sources_need_a_close_reading_or_a_whole_name(
    sentence: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    q = _check(sentence, _source(*occasion, shared=True))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation  # type: ignore[attr-defined]
        assert not _errors(q)


def test_a_source_dated_after_the_article_covers_none_of_its_quotes() -> None:
    later = ("Mayoral debate, Harbour Hall", "2026-04-20")
    q = _check(f"“{INVENTED}” Ines Rook said at the debate.", _source(*later, shared=False))
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "entries", "text", "pattern"),
    [
        pytest.param(
            "occasion_repeated",
            frozenset({"as ever"}),
            "As ever, Ines Rook said so.",
            "repeated",
            id="the phrases of several occasions are language data",
        ),
        pytest.param(
            "perfect_auxiliaries",
            frozenset({"hath"}),
            "Ines Rook hath ",
            "perfect",
            id="the perfect's auxiliaries are language data",
        ),
        pytest.param(
            "perfect_auxiliaries",
            frozenset({"’d"}),
            "Ines Rook’d ",
            "perfect",
            id="an auxiliary opening with an apostrophe is a clitic",
        ),
    ],
)
def test_repeated_reads_language_data(
    field: str, entries: frozenset[str], text: str, pattern: str
) -> None:
    import dataclasses

    lang = dataclasses.replace(get_language("en"), **{field: entries})
    default = getattr(placement._compiled(get_language("en")), pattern)
    assert getattr(placement._compiled(lang), pattern).search(text) is not None
    assert default.search(text) is None


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(
            f"Ines Rook wrote in a Facebook post: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            id="in a post: a rally speech is not a post",
        ),
        pytest.param(
            f"In a letter to the council, Ines Rook promised: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            id="in a letter: a rally speech is not a written piece",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said on NBC.",
            Verdict.UNVERIFIABLE,
            id="on NBC: a rally speech is not a broadcast interview",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said at the rally.",
            Verdict.ALTERED,
            id="control: at the declared rally, an alteration is caught",
        ),
    ],
)
def test_written_and_broadcast_placements(sentence: str, verdict: Verdict) -> None:
    q = _check(sentence, _source(*RALLY_NEAR, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert not _errors(q)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"The debate ran long. On the ferry, Ines Rook said: “{INVENTED}”",
            Verdict.UNVERIFIABLE,
            id="the kind word two sentences away: the quote is not put on the declared debate",
        ),
        pytest.param(
            f"“{INVENTED}” Ines Rook said at the debate.",
            Verdict.FABRICATED,
            id="placed at the declared debate in its own frame: a fabrication is caught",
        ),
        pytest.param(
            f"“{INVENTED}” Ines Rook said in Harbour Hall.",
            Verdict.FABRICATED,
            id="the declared debate named by its hall: a fabrication is caught",
        ),
    ],
)
def test_absence_from_a_declared_source_needs_the_quote_placed_there(
    article: str, verdict: Verdict
) -> None:
    old_debate = ("Mayoral debate, Harbour Hall", "2026-03-02")  # weeks before the article
    q = _check(article, _source(*old_debate, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert not _errors(q)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        pytest.param(
            f"Ines Rook’s said it for years: “{INVENTED}”",
            "Rook’s said",
            id="the clitic's whole word is shown",
        ),
    ],
)
def test_the_perfect_is_shown_as_written(sentence: str, shown: str) -> None:
    q = _check(sentence, _source(*DEBATE, shared=False))
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert f"(“{shown}”)" in q.explanation, q.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Ines Rook’s report, “Lanterns on the Water,” says the ferry will run every hour.",
            id="a report's title after a possessive",
        ),
        pytest.param(
            "Ines Rook's report, “Lanterns on the Water,” says the ferry will run every hour.",
            id="the same with a straight apostrophe",
        ),
    ],
)
def test_a_possessive_before_a_bare_verb_is_no_perfect(sentence: str) -> None:
    q = _check(sentence, _source(*DEBATE, shared=False))
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert "several or earlier" not in q.explanation, q.explanation  # type: ignore[attr-defined]
