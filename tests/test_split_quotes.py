"""Split quotes read as one utterance (red team 20, F18): “The boathouse,” Ivo Marsh said,
“will reopen in April.” is one sentence of the speaker's in two pairs of marks.  Extraction
links the pieces (``Quote.joins``); the scorer reads them together: pieces side by side in the
speaker's turn (a filler, a false start said again or a short aside left out at the cue) stay
faithful; pieces from two passages or in reverse order are ``spliced``; a false start joined,
or a negation or number left out at the cue, is ``altered`` as the quote written whole is.

Every sentence here is made up for these tests: a lakeside town and its harbourmaster.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck.extract import extract
from quotecheck.inputs.document import make_document
from quotecheck.models import QuoteResult, Verdict

SPEAKER = "Ivo Marsh"

SPEECH = (
    "The boathouse, uh, will reopen in April. "
    "The blue ferry -- the red ferry will carry bicycles. "
    "And, you know, the night bus will run until midnight. "
    "We will, um, we will not close the lido. "
    "The slipway, as you know, will be widened. "
    "The council plans forty new moorings by the quay. "
    "Nobody here wants a toll on the causeway. "
    "The jetty plan is one page. It's, you know, it's a draft."
)

FAITHFUL = {Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED}


def _pieces(first: str, second: str, speech: str = SPEECH) -> tuple[QuoteResult, ...]:
    src = quotecheck.make_source(speech, id="speech.txt", speaker=SPEAKER)
    article = f"The harbourmaster spoke on Monday.\n\n“{first},” Ivo Marsh said, “{second}.”\n"
    report = quotecheck.check_text(article, sources=[src])
    assert len(report.quotes) == 2, report.quotes
    return report.quotes


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("The boathouse", "will reopen in April", id="a filler at the cue"),
        pytest.param("The red ferry", "will carry bicycles", id="after a false start"),
        pytest.param("The night bus", "will run until midnight", id="a marker before"),
        pytest.param("We will not", "close the lido", id="the repeated start left out"),
        pytest.param("The slipway", "will be widened", id="a short aside at the cue"),
        pytest.param("Nobody here", "wants a toll on the causeway", id="no gap at all"),
        pytest.param(
            "The red ferry will carry bicycles",
            "and the night bus will run until midnight",
            id="two sentences side by side",
        ),
        pytest.param(
            "The jetty plan is one page",
            "it's a draft",
            id="a stammer between two sentences side by side",
        ),
    ],
)
def test_faithful_split_quotes_stay_faithful(first: str, second: str) -> None:
    a, b = _pieces(first, second)
    assert b.joins == 0 and a.joins is None
    assert a.verdict in FAITHFUL, (a.verdict, a.explanation)
    assert b.verdict in FAITHFUL, (b.verdict, b.codes, b.explanation)


@pytest.mark.parametrize(
    ("first", "second", "verdict", "code"),
    [
        pytest.param(
            "The boathouse", "will carry bicycles", Verdict.SPLICED, "QC103", id="two sentences"
        ),
        pytest.param(
            "The night bus", "will reopen in April", Verdict.SPLICED, "QC103", id="reverse order"
        ),
        pytest.param(
            "The boathouse will reopen in April",
            "and the night bus will run until midnight",
            Verdict.SPLICED,
            "QC103",
            id="a whole sentence left out at the cue",
        ),
        pytest.param(
            "We will", "close the lido", Verdict.ALTERED, "QC110", id="a negation left out"
        ),
        pytest.param(
            "The blue ferry",
            "will carry bicycles",
            Verdict.ALTERED,
            "QC101",
            id="a false start joined",
        ),
        pytest.param(
            "The council plans",
            "new moorings by the quay",
            Verdict.ALTERED,
            "QC101",
            id="a number left out",
        ),
    ],
)
def test_split_quotes_joined_wrongly_are_flagged(
    first: str, second: str, verdict: Verdict, code: str
) -> None:
    a, b = _pieces(first, second)
    assert a.verdict in FAITHFUL, (a.verdict, a.explanation)
    assert b.verdict is verdict, (b.verdict, b.codes, b.explanation)
    assert code in b.codes, (b.codes, b.explanation)


@pytest.mark.parametrize(
    ("speech", "first", "second"),
    [
        pytest.param(
            "MARSH: The quay, if you ask me,\nHOST: Sure.\nMARSH: will stay open all year.\n",
            "The quay",
            "will stay open all year",
            id="a listener's turn inside the sentence",
        ),
        pytest.param(
            "The quay will stay open. Trust me. The kiosk will sell tea.",
            "The quay will stay open",
            "the kiosk will sell tea",
            id="two words between two sentences",
        ),
        pytest.param(
            "The quay, as the council told you in its letter last week, will stay open.",
            "The quay",
            "will stay open",
            id="a long aside at the cue",
        ),
        pytest.param(
            "The quay, which the town rebuilt after the flood of 2011, will stay open.",
            "The quay",
            "will stay open",
            id="a relative clause with a number at the cue",
        ),
    ],
)
def test_pieces_not_shown_apart_accuse_no_one(speech: str, first: str, second: str) -> None:
    a, b = _pieces(first, second, speech)
    assert a.verdict in FAITHFUL and b.verdict in FAITHFUL, (b.verdict, b.explanation)


def test_pieces_in_two_sources_of_one_occasion_are_no_splice() -> None:
    video = "The quay will stay open all year, and the kiosk, I think, will sell tea."
    notes = "The quay will stay open all year and the kiosk will sell tea."
    srcs = [
        quotecheck.make_source(video, id="video.txt", speaker=SPEAKER),
        quotecheck.make_source(notes, id="notes.txt", speaker=SPEAKER),
    ]
    article = "“The quay will stay open all year,” Ivo Marsh said, “and the kiosk will sell tea.”"
    quotes = quotecheck.check_text(article, sources=srcs).quotes
    assert all(q.verdict in FAITHFUL for q in quotes), [(q.verdict, q.explanation) for q in quotes]


def test_a_refusal_joined_to_the_next_sentence_is_altered() -> None:
    speech = "Will we sell the kiosk? We will not. We will close the quay instead."
    a, b = _pieces("We will not", "close the quay instead", speech)
    assert a.verdict in FAITHFUL
    assert b.verdict is Verdict.ALTERED and "QC110" in b.codes, (b.verdict, b.codes, b.explanation)


def _joins(article: str) -> list[int | None]:
    return [q.joins for q in extract(make_document(article)).quotes]


@pytest.mark.parametrize(
    ("article", "joins"),
    [
        pytest.param("“The pier,” Ivo Marsh said, “will close.”", [None, 0], id="said, comma"),
        pytest.param("“The pier,” said Ivo Marsh, “will close.”", [None, 0], id="said Name"),
        pytest.param("“The pier” — Ivo Marsh added — “will close.”", [None, 0], id="dashes"),
        pytest.param(
            "“The pier will close.” Ivo Marsh said. “We will build another.”",
            [None, None],
            id="two sentences",
        ),
        pytest.param(
            "“The pier will close,” Ivo Marsh said. “We will build another.”",
            [None, None],
            id="a full stop after the cue",
        ),
        pytest.param(
            "“The pier,” Ivo Marsh said on Monday at the end of a long evening in the old hall "
            "with the board, “will close.”",
            [None, None],
            id="narration, not a cue clause",
        ),
        pytest.param(
            "“The pier will close,” Ivo Marsh said.\n\n“We will build another,” he said.",
            [None, None],
            id="another paragraph",
        ),
        pytest.param(
            "“The pier will close,” Ivo Marsh said, adding that “the kiosk will stay.”",
            [None, None],
            id="adding that: two statements",
        ),
        pytest.param(
            "“The pier will close,” Ivo Marsh said, adding: “The kiosk will stay.”",
            [None, None],
            id="a colon and a new sentence",
        ),
        pytest.param(
            "“The pier will close,” Ivo Marsh said, “The kiosk will stay.”",
            [None, None],
            id="a capital: a new sentence",
        ),
        pytest.param(
            "The pier “will close,” Ivo Marsh said, and the kiosk “will stay.”",
            [None, None],
            id="fragments of the reporter's sentence",
        ),
    ],
)
def test_extraction_links_the_pieces_of_a_split_quote(
    article: str, joins: list[int | None]
) -> None:
    assert _joins(article) == joins


SENTENCES = [
    "The lighthouse keeper will retire at the end of the summer season",
    "Our town will open a second pontoon for visiting yachts next year",
    "The fish market moves to the old rope works after the spring tides",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_verbatim_sentence_split_at_a_word_stays_faithful(data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(SENTENCES))
    words = sentence.split()
    cut = data.draw(st.integers(min_value=2, max_value=len(words) - 2))
    a, b = _pieces(" ".join(words[:cut]), " ".join(words[cut:]), ". ".join(SENTENCES) + ".")
    assert b.joins == 0
    assert a.verdict in FAITHFUL and b.verdict in FAITHFUL, (b.verdict, b.explanation)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("The boathouse", "will carry bicycles", id="pieces apart"),
        pytest.param("We will", "close the lido", id="a negation left out at the cue"),
    ],
)
def test_split_quotes_placed_on_another_occasion_accuse_no_one(first: str, second: str) -> None:
    """A rally transcript cannot show what was said in a radio interview: no splice, no
    alteration on the join, as none on the quote written whole."""
    head = (
        "---\nkind: transcript\noccasion: Speech, Rally, Lakeside Park\ndate: 2026-04-14\n---\n\n"
    )
    src = quotecheck.make_source(head + f"Ivo Marsh: {SPEECH}\n", id="marsh.md")
    src = src.model_copy(update={"shared": True})
    article = (
        f"---\ndate: 2026-04-15\n---\n\n“{first},” Ivo Marsh said in a radio interview, "
        f"“{second}.”\n"
    )
    whole = quotecheck.check_text(
        f"---\ndate: 2026-04-15\n---\n\n“{first} {second},” Ivo Marsh said in a radio interview.",
        sources=[src],
    ).quotes[0]
    assert whole.verdict is Verdict.UNVERIFIABLE, (whole.verdict, whole.explanation)
    a, b = quotecheck.check_text(article, sources=[src]).quotes
    assert b.joins == 0
    accusing = {Verdict.SPLICED, Verdict.ALTERED, Verdict.FABRICATED, Verdict.MISATTRIBUTED}
    assert a.verdict not in accusing and b.verdict not in accusing, (b.verdict, b.explanation)


@pytest.mark.parametrize(
    ("speech", "first", "second"),
    [
        pytest.param(
            "The boat shed will open. Honestly. The kiosk shuts in May.",
            "The boat shed will open",
            "in May",
            id="an aside, then another sentence's subject and verb",
        ),
        pytest.param(
            "The boat shed will open. The kiosk shuts in May.",
            "The boat shed will open",
            "in May",
            id="another sentence's subject and verb",
        ),
        pytest.param(
            "I will not sell the barge. I buy one next spring.",
            "I will not sell the barge",
            "next spring",
            id="another sentence's clause reverses the first",
        ),
    ],
)
def test_pieces_with_another_sentence_between_are_spliced(
    speech: str, first: str, second: str
) -> None:
    a, b = _pieces(first, second, speech)
    assert a.verdict in FAITHFUL
    assert b.verdict is Verdict.SPLICED and "QC103" in b.codes, (b.verdict, b.explanation)


@pytest.mark.parametrize(
    ("speech", "first", "second"),
    [
        pytest.param(
            "The boat shed will open. Honestly. It opens in May.",
            "The boat shed will open",
            "it opens in May",
            id="an aside between two sentences",
        ),
        pytest.param(
            "The boat shed will open. Believe me. And it opens in May.",
            "The boat shed will open",
            "it opens in May",
            id="a two-word aside and a conjunction",
        ),
        pytest.param(
            "The boat shed, honestly, will open in May.",
            "The boat shed",
            "will open in May",
            id="an aside inside one sentence",
        ),
    ],
)
def test_pieces_with_only_an_aside_between_stay_faithful(
    speech: str, first: str, second: str
) -> None:
    a, b = _pieces(first, second, speech)
    assert a.verdict in FAITHFUL and b.verdict in FAITHFUL, (b.verdict, b.explanation)


# A condition the cue hides (mends22b item 5): the pieces read as one sentence give a promise
# made under a condition as made outright, set off by commas or not.  A concession ("even
# if") or a condition in form only ("if you ask me") sets none.  Sentences made up here.
CONDITIONS = (
    "The ferry, if the wind drops, will sail at noon. "
    "The kiosk will sell tea if the council agrees this week. "
    "The ramp, even if it rains, will open on Saturday. "
    "The quay, if you ask me, will stay open all year. "
    "The tower, unless the paint runs out, will be white by May."
)


@pytest.mark.parametrize(
    ("first", "second", "faithful"),
    [
        pytest.param("The ferry", "will sail at noon", False, id="a condition set off by commas"),
        pytest.param("The kiosk will sell tea", "this week", False, id="a condition, no commas"),
        pytest.param("The tower", "will be white by May", False, id="unless, set off by commas"),
        pytest.param("The ramp", "will open on Saturday", True, id="a concession: no condition"),
        pytest.param("The quay", "will stay open all year", True, id="a condition in form only"),
    ],
)
def test_a_condition_hidden_by_the_cue_is_a_change(first: str, second: str, faithful: bool) -> None:
    a, b = _pieces(first, second, CONDITIONS)
    assert a.verdict in FAITHFUL, (a.verdict, a.explanation)
    if faithful:
        assert b.verdict in FAITHFUL, (b.verdict, b.codes, b.explanation)
        return
    assert b.verdict is Verdict.ALTERED, (b.verdict, b.codes, b.explanation)
    assert "QC101" in b.codes, (b.codes, b.explanation)
    assert "where the reporter's cue stands" in b.explanation, b.explanation


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("We will", "close the lido", id="a negation left out"),
        pytest.param("The kiosk will sell tea", "this week", id="a condition left out"),
    ],
)
def test_words_left_out_at_the_cue_are_told_once(first: str, second: str) -> None:
    # The join's own reading and the unsplit reading both find the words left out: one edit.
    _, b = _pieces(first, second, SPEECH + " " + CONDITIONS)
    spans = [(e.source_start, e.source_end) for e in b.edits]
    assert b.verdict is Verdict.ALTERED and len(spans) == len(set(spans)), b.edits
