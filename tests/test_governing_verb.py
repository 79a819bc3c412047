"""QC205 reads a reporting word only as the verb of a report (#16): a noun, an infinitive, a
stage direction or the speaker's own report of themselves shields no misattribution."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

ARTICLE = "“The ferry will stop at the north pier,” Ann Lee said."


def _source(turn: str) -> quotecheck.Source:
    text = (
        "---\nkind: transcript\noccasion: harbour forum\n---\n\n"
        "Kim Moss: Where will the ferry stop?\n\n"
        f"Bo Tan: {turn} The ferry will stop at the north pier.\n\n"
        "Ann Lee: We will open the quay in July.\n"
    )
    return quotecheck.make_source(text, id="forum.md")


@pytest.mark.parametrize(
    ("turn", "uncertain"),
    [
        pytest.param("The answer is simple.", False, id="a noun after an article"),
        pytest.param("Not for that reason alone.", False, id="a noun after a demonstrative"),
        pytest.param("Harbour state has no money.", False, id="a noun before an auxiliary"),
        pytest.param("Like every other state, we wait.", False, id="a noun after 'other'"),
        pytest.param("It is too early to say.", False, id="an infinitive reports nothing said"),
        pytest.param("(CROWD CHEERING)", False, id="a stage direction is not the speaker's"),
        pytest.param("I didn't say that.", False, id="the speaker past an auxiliary: own words"),
        pytest.param("Bo Tan is calling for calm.", False, id="the speaker by name: own words"),
        pytest.param("Bo Tan didn't say so.", False, id="the speaker past a split negation"),
        pytest.param("Bo Tan won't say it twice.", False, id="past 'won' of won't: own words"),
        pytest.param("They've said the pier is slow.", True, id="a report past 've"),
        pytest.param(
            "Kim said the pier is slow. It is a problem.",
            False,
            id="a report two sentences before",
        ),
        pytest.param("The council has said the pier is slow.", True, id="a council's report"),
        pytest.param("Kim Moss told us the pier is slow.", True, id="a named person's report"),
        pytest.param("He said that the pier is slow.", True, id="a pronoun's report"),
        # Red team 19 F9 is open again: a promise followed by a deed may still be carried on
        # by the next sentence (the promise's words), so it stays doubt (QC205), never QC201.
        pytest.param(
            "Kim pledged the dockers and never glanced away.",
            True,
            id="must stay: a negated deed that empties nothing",
        ),
        pytest.param(
            "Kim vowed the crews and never questioned it.",
            True,
            id="must stay: a vow never questioned, its words may follow",
        ),
        pytest.param(
            "Kim promised the crews and waved at the slipway.",
            True,
            id="must stay: a deed after the promise, its words may follow",
        ),
        pytest.param(
            "The council vowed the same thing and kept to it.",
            True,
            id="must stay: a vow kept",
        ),
        pytest.param(
            "Kim has promised this quay twice and built nothing.",
            True,
            id="doubt, not an accusation: an emptied promise (red team 19 F9 open)",
        ),
        pytest.param(
            "Kim promised the town a slipway and delivered nothing.",
            True,
            id="must stay: a second object",
        ),
        pytest.param(
            "Kim promised this town everything last spring.",
            True,
            id="must stay: a promise carried on in the next sentence",
        ),
    ],
)
def test_a_reporting_word_counts_only_as_the_verb_of_a_report(turn: str, uncertain: bool) -> None:
    q = quotecheck.check_text(ARTICLE, sources=[_source(turn)]).quotes[0]
    if uncertain:
        assert q.verdict is not Verdict.MISATTRIBUTED, q.explanation
        assert "QC205" in q.codes, (q.codes, q.explanation)
    else:
        assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.codes, q.explanation)


@pytest.mark.parametrize(
    ("code", "word", "auxiliary"),
    [
        ("en", "didn", True),  # "didn't = did not"
        ("en", "won", True),  # "won't = will not": no "wo" + "n"
        ("en", "t", True),
        ("en", "mightn", True),  # "mightn't = might not"
        ("en", "needn", True),  # "needn't = need not"
        ("en", "ve", True),  # "we've = we have"
        ("en", "s", True),  # "it's = it is"
        ("en", "us", False),  # "let's = let us": "s" is a piece of "it's", "us" no auxiliary
        ("en", "let", False),
        ("en", "non", False),  # not "no" + "n"
        ("en", "seen", False),
        ("de", "würd", True),  # "würd' = würde"
        ("de", "sein", False),  # not "sei" + "n": the possessive
        ("fr", "an", False),  # not "a" + "n"
    ],
)
def test_auxiliaries_come_from_the_language_data(code: str, word: str, auxiliary: bool) -> None:
    """The pieces of a split contraction are read from ``contractions``, once per language
    (``LanguageData.auxiliaries``), not from an English rule in the check."""
    from quotecheck.lang import get_language

    assert (word in get_language(code).auxiliaries) is auxiliary


PROMISE_SOURCE = """---
speaker: Rosa de la Cruz
date: 2026-03-12
kind: speech
occasion: town hall in Fenwick
---
Thank you all for coming tonight. The senator promised this valley everything last spring.
{words} We are still waiting for both of them.
"""


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Jobs for every family and a new bridge by the summer.", id="a fragment"),
        pytest.param("You will all have jobs and a new bridge by the summer.", id="a sentence"),
    ],
)
def test_words_after_a_promise_may_be_the_promisers(words: str) -> None:
    # The promise's words follow it: the source may be giving the senator's words, so an
    # article that quotes the senator is doubted at most, never accused (review 19-2, 1).
    src = quotecheck.make_source(PROMISE_SOURCE.format(words=words), id="cruz.md")
    article = (
        f"FENWICK — Senator Tom Varnum toured the valley on Thursday.\n\nVarnum said: “{words}”"
    )
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
