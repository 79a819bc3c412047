"""One test of "does the word at this offset open a sentence" (``lang.sentences.opens_sentence``),
asked by the edit typing and the occasion checks: blanks and opening marks before the word,
back to the start of the text, a line break, or a stop with perhaps closing marks after it
(“… ended.” Then …).  A semicolon opens a clause, not a sentence: it counts only for the
readers of where a clause begins (``clause=True``), never for a reader of capitals.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_transcript_conventions import _check  # the same harbour council transcript

from quotecheck.lang import get_language
from quotecheck.lang.sentences import opens_sentence
from quotecheck.models import Verdict
from quotecheck.score.checks import occasion, placement


@pytest.mark.parametrize(
    ("before", "opens", "opens_clause"),
    [
        pytest.param("", True, True, id="the start of the text"),
        pytest.param("  “(", True, True, id="blanks and openers at the start"),
        pytest.param("The pier is shut.\n", True, True, id="a line break"),
        pytest.param("The pier is shut\n\n  “", True, True, id="a blank line, then openers"),
        pytest.param("The pier is shut\r\n\r\n", True, True, id="a blank line written CRLF"),
        pytest.param("The pier is shut\n\u00a0\n", True, True, id="a blank line, a no-break space"),
        pytest.param("the families,\n", False, False, id="a wrap inside a paragraph"),
        pytest.param("the families,\r\n", False, False, id="a CRLF wrap inside a paragraph"),
        pytest.param("The pier is shut\n  “", False, False, id="a wrap, then openers"),
        pytest.param("the families,\nTom Berg: ", True, True, id="a label after a line break"),
        pytest.param("We spoke to the U.S. ", False, False, id="an abbreviation's stop"),
        pytest.param("We spoke to Mr. ", False, False, id="a title's stop"),
        pytest.param("We spoke to the Navy. ", True, True, id="a word's stop"),
        pytest.param("The pier is shut. ", True, True, id="a full stop"),
        pytest.param("Is the pier shut? ", True, True, id="a question mark"),
        pytest.param("Ann Lee: ", True, True, id="a colon (a label, a quotation)"),
        pytest.param("The sign said “Shut.” ", True, True, id="a stop, then a curly closer"),
        pytest.param('The sign said "Shut." ', True, True, id="a stop, then a straight closer"),
        pytest.param("The pier is shut (for now.) ", True, True, id="a stop, then a bracket"),
        pytest.param("The sign said “Shut!”) ", True, True, id="a stop, then two closers"),
        pytest.param("She said: “", True, True, id="a colon, then an opener"),
        pytest.param("She said:“", True, True, id="a colon, then an opener, no space"),
        pytest.param("The pier is shut." + " " * 40, True, True, id="a long run of blanks"),
        pytest.param("The pier is shut; ", False, True, id="a semicolon opens a clause only"),
        pytest.param("The sign said “Shut”; ", False, True, id="a closer, then a semicolon"),
        pytest.param("The pier, ", False, False, id="a comma"),
        pytest.param("the pier " + " " * 40, False, False, id="blanks after a word"),
        pytest.param("The pier ", False, False, id="a word"),
        pytest.param("The sign said “Shut” ", False, False, id="a closer without a stop"),
        pytest.param("It cost 3.", False, False, id="a stop right before: a number"),
        pytest.param("The sign said “Shut.”", False, False, id="a closer right before"),
    ],
)
def test_opens_sentence(before: str, opens: bool, opens_clause: bool) -> None:
    text = before + "Next words."
    abbreviations = get_language("en").abbreviations
    assert opens_sentence(text, len(before), abbreviations=abbreviations) is opens
    assert (
        opens_sentence(text, len(before), clause=True, abbreviations=abbreviations) is opens_clause
    )


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        pytest.param("The boats come back to the U.S. |We will build more.", True, id="u.s. ends"),
        pytest.param("The boats come back to the U.S. |It will be soon.", True, id="u.s., 'It'"),
        pytest.param("The pier is on Harbour St. |We will build more.", True, id="a street"),
        pytest.param("The answer is no. |We will build more.", True, id="'no.' ends"),
        pytest.param("Ask Tom Berg Jr. |We will build more.", True, id="'Jr.' ends"),
        pytest.param("She lives in Washington, D.C. |It is warm.", True, id="'D.C.' ends"),
        pytest.param("We spoke to the U.S. |Navy about it.", False, id="u.s. before a name"),
        pytest.param("We spoke to the U.S. |and the Navy.", False, id="u.s. before lower case"),
        pytest.param("We spoke to Dr. |We Lee about it.", False, id="a title never ends"),
        pytest.param("It was on the No. |7 ferry.", False, id="'No.' before a number"),
    ],
)
def test_an_abbreviation_before_a_sentence_opener(text: str, opens: bool) -> None:
    en = get_language("en")
    at = text.index("|")
    text = text.replace("|", "")
    assert (
        opens_sentence(
            text,
            at,
            abbreviations=en.abbreviations,
            closing=en.closing_abbreviations,
            openers=en.sentence_openers,
        )
        is opens
    )


@pytest.mark.parametrize(
    ("said", "quoted", "verdict"),
    [
        pytest.param(
            "The sign on the pier said “Closed.” We will fix the timetable by May.",
            "The sign on the pier said closed, and we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="the source's sentence ends in a closing quote mark",
        ),
        pytest.param(
            "The sign on the pier said “Closed.” And we will fix the timetable by May.",
            "The sign on the pier said closed, we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="a joining 'and' opening the source's sentence after a closing quote mark",
        ),
        pytest.param(
            'The sign on the pier said "Closed." And we will fix the timetable by May.',
            "The sign on the pier said closed, we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="a joining 'and' opening the source's sentence after a straight quote mark",
        ),
        pytest.param(
            "The ferry was late all week. (APPLAUSE) (LAUGHTER) And we will fix it by May.",
            "The ferry was late all week. We will fix it by May.",
            Verdict.NORMALIZED,
            id="a joining 'and' opening a sentence after stage notes",
        ),
        pytest.param(
            "The ferry was late all week; we will fix the timetable by May.",
            "The ferry was late all week, and we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="the source opens a clause after a semicolon",
        ),
        pytest.param(
            "The ferry was late all week, and we will fix the timetable by May.",
            "The ferry was late all week; we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="the quote opens a clause after a semicolon",
        ),
        pytest.param(
            "We spoke to the U.S. Navy about the new pier for the ferry last week.",
            "We spoke to the U.S. and Navy about the new pier for the ferry last week.",
            Verdict.ALTERED,
            id="an abbreviation's full stop ends no sentence",
        ),
        pytest.param(
            "We will bring the ferry jobs back to the U.S. We will build the new boats here.",
            "We will bring the ferry jobs back to the U.S., and we will build the new boats here.",
            Verdict.NORMALIZED,
            id="an abbreviation's full stop before 'We' ends a sentence",
        ),
        pytest.param(
            "The answer to the fare rise is no. We will keep the old fares all year.",
            "The answer to the fare rise is no, and we will keep the old fares all year.",
            Verdict.NORMALIZED,
            id="'no.' before 'We' ends a sentence",
        ),
        pytest.param(
            "The new office is on Harbour St. We will open it in May for the families.",
            "The new office is on Harbour St., and we will open it in May for the families.",
            Verdict.NORMALIZED,
            id="a street's 'St.' before 'We' ends a sentence",
        ),
        pytest.param(
            "The fund was set up by Tom Berg Jr. We will add to it in May for the families.",
            "The fund was set up by Tom Berg Jr., and we will add to it in May for the families.",
            Verdict.NORMALIZED,
            id="'Jr.' before 'We' ends a sentence",
        ),
        pytest.param(
            "The ferry board met in Washington, D.C. It will vote on the fares in May.",
            "The ferry board met in Washington, D.C., and it will vote on the fares in May.",
            Verdict.NORMALIZED,
            id="'D.C.' before 'It' ends a sentence",
        ),
        pytest.param(
            "The fares are too high for the families,\nwe will cut them by May.",
            "The fares are too high for the families, and we will cut them by May.",
            Verdict.NORMALIZED,
            id="a hard-wrapped line opens no sentence: the comma sets the clauses off",
        ),
        pytest.param(
            "The fares are too high for the families,\n\nwe will cut them by May.",
            "The fares are too high for the families, and we will cut them by May.",
            Verdict.NORMALIZED,
            id="a blank line opens a paragraph",
        ),
        pytest.param(
            "The ferry was late all week, we will fix the timetable by May.",
            "The ferry was late all week, and we will fix the timetable by May.",
            Verdict.NORMALIZED,
            id="after a comma an unstressed 'and' before a subject is heard either way",
        ),
        pytest.param(
            "We will fix the ferry, the pier by May.",
            "We will fix the ferry, and the pier by May.",
            Verdict.ALTERED,
            id="after a comma an 'and' before a noun makes a list of an apposition",
        ),
        pytest.param(
            "The ferry was late all week we will fix the timetable by May.",
            "The ferry was late all week, and we will fix the timetable by May.",
            Verdict.ALTERED,
            id="an 'and' where nothing sets the clauses off joins them",
        ),
    ],
)
def test_a_joining_and_where_the_other_text_opens_a_sentence(
    said: str, quoted: str, verdict: Verdict
) -> None:
    result = _check(said, quoted)
    assert result.verdict is verdict, result.edits


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        pytest.param("The vote was close. This morning, she said", ["2026-04-15"], id="a stop"),
        pytest.param("It said “Shut.” This morning, she said", ["2026-04-15"], id="stop, closer"),
        pytest.param("The vote was close; This morning, she said", [], id="a capital after ;"),
        pytest.param("The vote was close; April 10, she said", ["2026-04-10"], id="a date after ;"),
    ],
)
def test_a_time_phrase_opening_a_sentence(phrase: str, days: list[str]) -> None:
    comp = placement._compiled(get_language("en"))
    spans = placement._times_in(phrase, dt.date(2026, 4, 15), comp)
    assert [s.first.isoformat() for s in spans] == days


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("She told the Harbour Show on Friday", True, id="inside a sentence"),
        pytest.param("The pier is shut. Harbour boats wait", False, id="after a stop"),
        pytest.param("The sign said “Shut.” Harbour boats wait", False, id="after a stop, closer"),
        pytest.param("  Harbour boats wait", False, id="after blanks at the start"),
        pytest.param("The pier is shut; Harbour Show hosts said", True, id="after a semicolon"),
    ],
)
def test_a_word_written_as_a_name(text: str, named: bool) -> None:
    assert occasion._as_name("harbour", text) is named
