"""A verbatim quote gets no QC203 from words that are not its own placement (redteam F14,
F23, F27).

* Another speaker's frame ends with that speaker's quote: "Dahl said in a letter that “….”
  Karlsson said: “…”" — the letter is Dahl's, not Karlsson's (the full stop inside the
  closing mark ends the sentence).
* An apposition about the speaker after the reporting verb ("said Dahl, a former pilot who
  joined the port in 2018", "who came from Skerry Shipping Ltd. in 2018") says when she
  joined the port, not when she spoke.
* "tweeted" is how a source of posts ("occasion: posts on X", "Twitter", "social media
  post") was said; the message quotes the article's phrase.

Every sentence here is made up for these tests: the port town of Adair, its mayor Ines
Karlsson, the harbour master Jo Dahl and a meeting of the harbour board.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

MEETING = """---
speaker: Ines Karlsson
kind: speech
occasion: Adair Harbour Board meeting
date: 2026-10-13
---
The pilots were promised two new launches in 2020 and got none. The basin is silting up.
"""

DAHL = """---
speaker: Jo Dahl
kind: statement
occasion: statement from the Adair harbour office
date: 2026-10-13
---
Every launch we ordered has been delivered. The mayor has seen the invoices.
The winter timetable begins in November.
"""

LEDE = (
    "Mayor Ines Karlsson told the Adair Harbour Board meeting on Tuesday that the port was "
    "failing.\n\n"
)
HERS = "The pilots were promised two new launches in 2020 and got none."


def _sources() -> list[Source]:
    return [
        quotecheck.make_source(MEETING, id="board.md"),
        quotecheck.make_source(DAHL, id="dahl.md"),
    ]


def _quotes(article: str, sources: list[Source] | None = None) -> list[quotecheck.QuoteResult]:
    report = quotecheck.check_text(
        "---\ndate: 2026-10-14\n---\n" + LEDE + article,
        sources=_sources() if sources is None else sources,
    )
    return list(report.quotes)


def _no_qc203(result: quotecheck.QuoteResult) -> None:
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)
    assert [f.message for f in result.findings if f.code == "QC203"] == []


LEAKS = [
    pytest.param(
        f'Dahl said in a letter that "the mayor has seen the invoices." Karlsson said: "{HERS}"',
        id="cue before",
    ),
    pytest.param(
        f'Dahl said in a letter that "the mayor has seen the invoices." "{HERS[:-1]}," '
        "Karlsson said.",
        id="cue after",
    ),
    pytest.param(
        f'Dahl said at a press conference that "the mayor has seen the invoices!" '
        f'Karlsson said: "{HERS}"',
        id="exclamation",
    ),
]


@pytest.mark.parametrize("article", LEAKS)
def test_another_speakers_frame_ends_with_their_quote(article: str) -> None:
    hers = [q for q in _quotes(article) if q.text.startswith("The pilots")]
    assert hers, article
    _no_qc203(hers[0])


def test_the_quotes_own_placement_still_counts() -> None:
    # Control: her own sentence puts the words in a letter, not the meeting.
    article = f'Dahl spoke first. Karlsson said in a letter: "{HERS}"'
    hers = [q for q in _quotes(article) if q.text.startswith("The pilots")]
    assert any(f.code == "QC203" for f in hers[0].findings)


DAHL_SAID = "The winter timetable begins in November"

APPOSITIONS = [
    pytest.param(
        f'"{DAHL_SAID}," said Dahl, a former pilot who joined the port in 2018.', id="np+who"
    ),
    pytest.param(
        f'"{DAHL_SAID}," said Dahl, who came from Skerry Shipping Ltd. in 2018.', id="Ltd."
    ),
    pytest.param(
        f'"{DAHL_SAID}," said Dahl, a pilot for ten years before she joined the port in 2018.',
        id="np",
    ),
    pytest.param(
        f'"{DAHL_SAID}," said Dahl, a former pilot who came from Skerry Shipping Ltd. in 2018.',
        id="np+who+Ltd.",
    ),
]


@pytest.mark.parametrize("article", APPOSITIONS)
def test_a_year_in_an_apposition_about_the_speaker_places_nothing(article: str) -> None:
    lede = "The Adair harbour office issued a statement on Tuesday. "
    quotes = _quotes(lede + article)
    _no_qc203(quotes[-1])


def test_a_time_after_the_comma_is_still_the_sayings() -> None:
    # Control: "said Dahl, in 2019" is when she said it, against a source of 2026.
    quotes = _quotes(f'"{DAHL_SAID}," said Dahl, in a letter in 2019.')
    assert any(f.code == "QC203" for f in quotes[-1].findings)


POSTS = "Harbour dues are NOT going up. #Adair"


@pytest.mark.parametrize(
    "occasion", ["posts on X", "Twitter", "posts on Twitter", "social media post"]
)
def test_tweeted_is_how_a_source_of_posts_was_said(occasion: str) -> None:
    src = quotecheck.make_source(
        f"---\nspeaker: Ines Karlsson\noccasion: {occasion}\ndate: 2026-10-13\n---\n{POSTS}\n",
        id="posts.md",
    )
    quotes = _quotes('"Harbour dues are NOT going up," she tweeted.', sources=[src])
    _no_qc203(quotes[-1])


def test_the_message_quotes_the_articles_phrase() -> None:
    quotes = _quotes(f'"{HERS[:-1]}," Karlsson tweeted.')
    messages = [f.message for f in quotes[-1].findings if f.code == "QC203"]
    assert messages and messages[0].startswith("the article places it “tweeted”"), messages


# Review 3 #3: a sentence that ends inside the SAME speaker's quote still places her next
# quote (only another speaker's quote ends the frame): the radio interview is where she spoke.
SAME_SPEAKER = [
    pytest.param(
        f'In a radio interview on Friday, Karlsson called the port "a sinking ship." '
        f'She said: "{HERS}"',
        id="cue before",
    ),
    pytest.param(
        f'Speaking on the radio on Friday, Karlsson called the port "sinking." '
        f'"{HERS[:-1]}," she added.',
        id="cue after",
    ),
]


@pytest.mark.parametrize("article", SAME_SPEAKER)
def test_her_own_quote_does_not_end_her_placement(article: str) -> None:
    hers = [q for q in _quotes(article) if q.text.startswith("The pilots")]
    assert hers, article
    assert any(f.code == "QC203" for f in hers[0].findings), hers[0].findings


def test_her_placement_keeps_other_occasion_words_from_being_altered() -> None:
    article = (
        'Speaking on the radio on Friday, Karlsson called the port "sinking." She said the '
        'pilots "were promised two new launches in 2021 and got none."'
    )
    hers = [q for q in _quotes(article) if q.text.startswith("were promised")]
    assert hers, article
    assert hers[0].verdict is Verdict.UNVERIFIABLE, (hers[0].verdict, hers[0].explanation)


REPORTED = [
    pytest.param(
        f'Dahl said the launches had been ordered in 2019 and that "{DAHL_SAID.lower()}."',
        id="a year after a verb form of the reported clause",
    ),
    pytest.param(
        f'Dahl promised that in 2019 "{DAHL_SAID.lower()}."',
        id="a year after 'that'",
    ),
]


@pytest.mark.parametrize("article", REPORTED)
def test_a_time_in_the_reported_clause_places_nothing(article: str) -> None:
    """A time phrase inside the clause the verb reports, after its "that" or its verb form,
    tells of what was said, not of when (review 20-3, 5)."""
    lede = "The Adair harbour office issued a statement on Tuesday. "
    quotes = _quotes(lede + article)
    _no_qc203(quotes[-1])


DREDGER = """---
speaker: Ines Karlsson
kind: speech
occasion: Adair Harbour Board meeting
date: 2026-10-13
---
The old dredger is a rusting weight we cannot haul through another season. The basin is silting up.
"""


@pytest.mark.parametrize(
    ("said", "code"),
    [
        pytest.param(
            "a rusting weight we cannot haul through another year", "QC302", id="changed words"
        ),
        pytest.param(
            "a rusting weight we cannot haul through another season", "QC203", id="same words"
        ),
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        pytest.param("she had warned in a June 2019 letter that", id="nested 'warned', a letter"),
        pytest.param("she had warned in June 2019 that", id="nested 'warned'"),
        pytest.param("she had written in 2019 that", id="nested 'written'"),
    ],
)
def test_a_nested_saying_keeps_its_time(frame: str, said: str, code: str) -> None:
    """A reported clause that holds a saying of its own (a second reporting verb) places the
    quote: its time phrase is when that saying was, so changed words are of another occasion
    (doubt, not an accusation), and even the same words get the placement warning (review
    21-3, F1)."""
    article = (
        "---\ndate: 2026-10-14\n---\nMayor Ines Karlsson spoke to the harbour board on "
        f"Tuesday.\n\nKarlsson said {frame} the dredger was “{said}.”"
    )
    source = quotecheck.make_source(DREDGER, id="board.md")
    result = quotecheck.check_text(article, sources=[source]).quotes[-1]
    assert code in [f.code for f in result.findings], (result.verdict, result.explanation)
    assert result.verdict in (Verdict.UNVERIFIABLE, Verdict.VERBATIM), result.verdict


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f'Dahl told reporters in 2019 that "{DAHL_SAID.lower()}."', id="before that"),
        pytest.param(f'Dahl said in 2019: "{DAHL_SAID}."', id="right after the verb"),
    ],
)
def test_a_time_before_the_reported_clause_is_still_the_sayings(article: str) -> None:
    """Must stay: a time phrase after the verb, before the reported clause opens."""
    lede = "The Adair harbour office issued a statement on Tuesday. "
    quotes = _quotes(lede + article)
    assert any(f.code == "QC203" for f in quotes[-1].findings), quotes[-1].explanation
