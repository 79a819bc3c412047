"""A name's suffix ("Jr.", "III"; the language's ``name_suffixes``) is never its surname.

The sentences before a quote that name its speaker may rule its occasion out
(``placement.context``); they are found by the speaker's whole name or surname, and the surname
of "Tom Berg Jr." is "Berg", not "Jr." (which never named him, so a rally he spoke at in the
sentence before did not count).  The registry side is in ``test_speaker_registry``.  Names and
sentences made up for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract.speakers import name_tokens
from quotecheck.lang import get_language
from quotecheck.models import Verdict
from quotecheck.score.checks.placement import _compiled, _name_forms, _name_re


@pytest.mark.parametrize(
    ("speaker", "forms"),
    [
        pytest.param("Tom Berg Jr.", ["Tom Berg Jr.", "Berg"], id="Jr."),
        pytest.param("Tom Berg Jr", ["Tom Berg Jr", "Berg"], id="Jr without its stop"),
        pytest.param("Tom Berg, Jr.", ["Tom Berg, Jr.", "Berg"], id="after a comma"),
        pytest.param("Tom Berg III", ["Tom Berg III", "Berg"], id="III"),
        pytest.param("Senator Tom Berg Sr.", ["Tom Berg Sr.", "Berg"], id="a title and Sr."),
        pytest.param("Tom Berg", ["Tom Berg", "Berg"], id="no suffix"),
        pytest.param("Berg Jr.", ["Berg Jr.", "Berg"], id="a surname and a suffix"),
        pytest.param("Ann Vale", ["Ann Vale", "Vale"], id="no suffix, another name"),
    ],
)
def test_the_surname_is_the_word_before_a_suffix(speaker: str, forms: list[str]) -> None:
    assert _name_forms(speaker, get_language("en")) == forms


@pytest.mark.parametrize(
    ("name", "sentence", "found"),
    [
        pytest.param(
            "Tom Berg Jr.", "At the lock, Tom Berg Jr. spoke.", True, id="Jr. then a blank"
        ),
        pytest.param(
            "Tom Berg Jr.", "The boat was sold by Tom Berg Jr.", True, id="Jr. at the end"
        ),
        pytest.param(
            "Tom Berg Jr.", "We met Tom Berg Jr., the keeper.", True, id="Jr. then a comma"
        ),
        pytest.param("Tom Berg Jr.", "Tom Berg Jr.'s boat sank.", False, id="Jr. possessive"),
        pytest.param("Berg", "Then Berg spoke.", True, id="a surname"),
        pytest.param("Berg", "Then Bergman spoke.", False, id="inside a longer word"),
        pytest.param("Berg", "Then McBerg spoke.", False, id="ending a longer word"),
        pytest.param("Berg", "Berg's boat sank.", False, id="a possessive"),
    ],
)
def test_a_name_ending_in_a_stop_is_found_as_a_whole_word(
    name: str, sentence: str, found: bool
) -> None:
    possessive = _compiled(get_language("en")).possessive
    assert (_name_re(name, possessive).search(sentence) is not None) is found


DEBATE = """---
kind: transcript
occasion: river council debate
date: 2026-03-02
---

Bo Tan: The council has no money left for the bridge this year.

Tom Berg Jr.: The towpath reopens in April and the lock keepers keep their jobs.
"""

CHANGED = "The towpath reopens in August and the lock keepers keep their jobs"


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "At a rally in Millford on Sunday, Tom Berg Jr. spoke about the river. “{Q},” he said.",
            id="the whole name before",
        ),
        pytest.param(
            "At a rally in Millford on Sunday, Berg spoke about the river. “{Q},” Tom Berg Jr. "
            "said.",
            id="the surname before",
        ),
    ],
)
def test_a_rally_before_a_suffixed_speakers_quote_puts_it_elsewhere(article: str) -> None:
    src = quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")
    text = "---\ndate: 2026-03-03\n---\n\n" + article.replace("{Q}", CHANGED)
    quote = quotecheck.check_text(text, sources=[src]).quotes[-1]
    assert quote.speaker == "Tom Berg Jr.", quote.speaker
    assert quote.verdict is Verdict.UNVERIFIABLE, (quote.verdict, quote.explanation)
    assert "similar words in" in quote.explanation


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        pytest.param("Ray Dunn, Jr.", ("ray", "dunn", "jr"), id="a comma before the suffix"),
        pytest.param("Ray Dunn Jr.", ("ray", "dunn", "jr"), id="no comma"),
        pytest.param("Dunn, Ray", ("dunn", "ray"), id="surname first"),
    ],
)
def test_a_comma_in_a_name_splits_it(name: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(name) == tokens


SAID = "Ferry fares stay as they are until the new pier opens in June"


@pytest.mark.parametrize(
    ("declared", "written", "verdict"),
    [
        pytest.param("Ray Dunn, Jr.", "Ray Dunn", Verdict.VERBATIM, id="declared with a comma"),
        pytest.param("Ray Dunn", "Ray Dunn Jr.", Verdict.VERBATIM, id="the source drops Jr."),
        pytest.param("Ray Dunn Jr.", "Ray Dunn", Verdict.VERBATIM, id="the article drops Jr."),
        pytest.param("Ray Dunn Sr.", "Ray Dunn Jr.", Verdict.MISATTRIBUTED, id="Sr. against Jr."),
        pytest.param(
            "Ray Dunn, Sr.", "Ray Dunn Jr.", Verdict.MISATTRIBUTED, id="Sr. with a comma, Jr."
        ),
        pytest.param("Ray Dunn III", "Ray Dunn II", Verdict.MISATTRIBUTED, id="III against II"),
    ],
)
def test_the_verdict_tells_two_suffixes_apart_but_not_one_left_out(
    declared: str, written: str, verdict: Verdict
) -> None:
    """For the verdict, a source's speaker and the article's are two people when both carry a
    suffix and the suffixes differ; a name without one may be either (a transcript often
    drops "Jr.": calling that a misattribution would be a false accusation)."""
    src = quotecheck.make_source(
        f"---\nkind: statement\nspeaker: {declared}\ndate: 2026-05-04\n---\n\n{SAID}.\n",
        id="statement.md",
    )
    article = (
        f"---\ndate: 2026-05-05\n---\n\n{written} spoke to the harbour board on Monday. "
        f"“{SAID},” Dunn said.\n"
    )
    quote = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert quote.verdict is verdict, (quote.speaker, quote.verdict, quote.explanation)
    if verdict is Verdict.VERBATIM:
        assert not quote.codes, quote.codes
