"""A correction notice quoting the article's own earlier misquote (``misquote_frames``;
``docs/verdicts.md``, *The source as evidence*): "An earlier version of this article misquoted
Vell as saying “…”" admits the words were wrong; it is no claim that she said them, so never
an accusation (altered, fabricated) — `unverifiable`, saying why.  The corrected quote and a
changed quote without such a notice are judged as before.

Every sentence here is made up for these tests: a lake town, its reeve Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.fixes import fixes_for
from quotecheck.models import Verdict

SOURCE = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
The new boathouse will cost the town 3.6 million pounds. It opens in the spring.
"""


def _last(sentence: str) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on Monday.\n\n"
        "“The new boathouse will cost the town 3.6 million pounds,” Vell said.\n\n"
        f"{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert len(report.quotes) == 2, report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Correction: An earlier version of this article misquoted Vell as saying “the new "
            "boathouse will cost the town 6.3 million pounds.”",
            id="a changed number",
        ),
        pytest.param(
            "An earlier version of this story incorrectly quoted Oona Vell as saying “the "
            "boathouse will be sold to a hotel chain.”",
            id="words not in the source",
        ),
    ],
)
def test_an_admitted_misquote_is_no_accusation(sentence: str) -> None:
    result = _last(sentence)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "misquoted" in result.explanation, result.explanation


def test_a_changed_quote_without_a_notice_is_still_altered() -> None:
    result = _last("Vell later said “the new boathouse will cost the town 6.3 million pounds.”")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Correction: An earlier version of this article misquoted Vell as saying that the "
            "cost was lower, when she said “the new boathouse will cost the town 6.3 million "
            "pounds.”",
            id="no first quote, her verb before the corrected words",
        ),
        pytest.param(
            "Correction: We misquoted Vell as saying it was “cheap,” when she actually said “the "
            "new boathouse will cost the town 6.3 million pounds.”",
            id="the second quote of the notice",
        ),
        pytest.param(
            "Correction: An earlier version of this article misquoted Vell as saying the cost "
            "was lower; her reply was “the new boathouse will cost the town 6.3 million "
            "pounds.”",
            id="a possessive's reporting noun: her words, which the article claims",
        ),
    ],
)
def test_the_corrected_words_are_still_checked(sentence: str) -> None:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on "
        f"Monday.\n\n{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "misquoted" not in result.explanation, result.explanation


# Red team 22 F4: the notice as newsrooms write it — the person with a title or an
# apposition, "quoted … incorrectly", words before the quote marks — and the corrected words
# set against the wrong ones ("“…,” not “…”").  Sentences made up for these tests.
OTHER = """---
speaker: Rafe Dunmore
occasion: lakeside council meeting
date: 2026-05-04
---
A boathouse is the last thing this town needs right now.
"""


def _notice(sentence: str) -> tuple[str, quotecheck.Report]:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on Monday.\n\n"
        f"{sentence}\n"
    )
    sources = [
        quotecheck.make_source(SOURCE, id="src.md"),
        quotecheck.make_source(OTHER, id="other.md"),
    ]
    return article, quotecheck.check_text(article, sources=sources, path="a.md")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Correction: An earlier version of this article misquoted Reeve Oona Vell as saying "
            "“the new boathouse will cost the town 6.3 million pounds.”",
            id="a title and two names",
        ),
        pytest.param(
            "An earlier version of this story misquoted Oona Vell, the reeve of Lakeside, as "
            "saying “the new boathouse will cost the town 6.3 million pounds.”",
            id="an apposition",
        ),
        pytest.param(
            "Correction: An earlier version of this post quoted Reeve Vell incorrectly as saying "
            "“the new boathouse will cost the town 6.3 million pounds.”",
            id="quoted incorrectly",
        ),
        pytest.param(
            "Correction: An earlier version of this post misquoted Vell as saying every new "
            "boathouse in the state “will cost the town 6.3 million pounds.”",
            id="a reporting verb's form as a noun before the marks",
        ),
        pytest.param(
            "Correction, 9:40 a.m.: An earlier version of this article quoted Reeve Oona Vell as "
            "saying “the new boathouse will cost the town 6.3 million pounds.”",
            id="an earlier version quoted",
        ),
    ],
)
def test_a_notice_in_a_newsroom_s_words_is_no_accusation(sentence: str) -> None:
    raw, report = _notice(sentence)
    result = report.quotes[-1]
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "misquoted" in result.explanation, result.explanation
    # --fix rewrites altered quotes only: the notice keeps the words it says were wrong.
    assert fixes_for(report.quotes, raw) == []


def test_a_notice_quoting_someone_else_s_words_is_no_misattribution() -> None:
    # The notice's label reads as the speaker ("Correction, 5:10 p.m.: …"); the words are
    # Dunmore's, as the article admits the earlier version gave them to Vell.
    _, report = _notice(
        "*Correction, 5:10 p.m.: An earlier version of this post misquoted Reeve Oona Vell as "
        "saying “a boathouse is the last thing this town needs right now.”*"
    )
    result = report.quotes[-1]
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        pytest.param(
            "An earlier version of this article misquoted Vell. She said the boathouse will "
            "cost the town “3.6 million pounds,” not “6.3 million pounds.”",
            Verdict.UNVERIFIABLE,
            id="not",
        ),
        pytest.param(
            "Vell said the boathouse would cost “3.6 million pounds” rather than “6.3 million "
            "pounds.”",
            Verdict.UNVERIFIABLE,
            id="rather than",
        ),
        pytest.param(
            "Vell said the boathouse “opens in the spring” and “will cost the town 6.3 million "
            "pounds.”",
            Verdict.ALTERED,
            id="and: both her claims, still checked",
        ),
        pytest.param(
            "Vell said the boathouse “opens in the spring,” and that it would not “cost the town "
            "6.3 million pounds.”",
            Verdict.ALTERED,
            id="a negation with other words before the quote: not a contrast of quotes",
        ),
    ],
)
def test_words_set_against_her_words_are_the_ones_not_said(sentence: str, wrong: Verdict) -> None:
    _, report = _notice(sentence)
    first, last = report.quotes[-2], report.quotes[-1]
    assert first.verdict is Verdict.VERBATIM, (first.verdict, first.explanation)
    assert last.verdict is wrong, (last.verdict, last.explanation)


# Review 22-1, 5: the contrast between two quotes may be the speaker's own — her source goes
# on from the first quote's words straight into "rather than" — and then the second quote is
# hers too, checked as any other.  The article's contrast with no such words in her source
# still denies the second quote.  Sentences made up for these tests.
RAMP = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
We ought to mend the ferry ramp rather than buy a second ferry.
The ramp will be ready by the autumn.
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Vell said the town ought to “mend the ferry ramp” rather than “buy a faster ferry.”",
            Verdict.ALTERED,
            id="her own rather than: a changed word in the second quote is flagged",
        ),
        pytest.param(
            "Vell said the town ought to “mend the ferry ramp,” not “buy a faster ferry.”",
            Verdict.ALTERED,
            id="the article's not for her own rather than",
        ),
        pytest.param(
            "Vell said the town ought to “mend the ferry ramp” instead of “buy a second ferry.”",
            Verdict.VERBATIM,
            id="her own contrast, words as she said them",
        ),
        pytest.param(
            "Vell said the ramp will be ready “by the autumn,” not “by the summer.”",
            Verdict.UNVERIFIABLE,
            id="must still deny: no contrast after these words in her source",
        ),
        pytest.param(
            "Vell said the ramp will be ready “by the autumn” rather than “by the summer.”",
            Verdict.UNVERIFIABLE,
            id="must still deny: rather than",
        ),
    ],
)
def test_a_contrast_of_her_own_is_no_denial(sentence: str, expected: Verdict) -> None:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on Monday.\n\n"
        f"{sentence}\n"
    )
    src = quotecheck.make_source(RAMP, id="ramp.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    first, last = report.quotes[-2], report.quotes[-1]
    assert first.verdict is Verdict.VERBATIM, (first.verdict, first.explanation)
    assert last.verdict is expected, (last.verdict, last.explanation)
