"""Which declared sources cover a quote's occasion (rule 8 and 9), and which kinds a source
declares (QC203).

A quote the article places at a rally is missing from the mayor's written statement and
from the council meeting's transcript.  The statement is ruled out by the rally (a statement
is no rally), and that it declares no occasion does not make the meeting cover the rally:
the quote is `unverifiable`, not `fabricated`.

Every sentence here is made up for these tests: the town of Kestrel Bay, its mayor Ruth
Okafor, her statement on the sea wall and a council meeting on it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

STATEMENT = """Statement by Mayor Ruth Okafor on the Kestrel Bay sea wall

The sea wall will not be finished before the winter storms, and the first phase will protect
twelve hundred homes on the north shore.

We cannot promise that nobody will be flooded, but we can promise that nobody will be forgotten.
"""

MEETING = """---
kind: transcript
occasion: Kestrel Bay council meeting on the sea wall
date: 2026-11-05
---
MODERATOR: Good evening. The first question goes to the mayor.

RUTH OKAFOR: The wall costs four million pounds, and the government is paying half of it.

DEV MARSH: The second phase will cost another three million, and she knows it.

RUTH OKAFOR: We will publish every page of the engineers' reports on Monday.
"""

INVENTED = "We will build this wall higher than any wall on the coast."
AT_MEETING = "We will publish every page of the engineers' reports on Monday."


def _statement(*, shared: bool = False) -> Source:
    src = quotecheck.make_source(STATEMENT, id="statement.txt")
    return src.model_copy(update={"shared": True}) if shared else src


def _meeting() -> Source:
    return quotecheck.make_source(MEETING, id="meeting.md")


def _quote(article: str, sources: list[Source]) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(article, sources=sources)
    assert report.quotes, article
    return report.quotes[-1]


AT_A_RALLY = [
    pytest.param(f'Mayor Ruth Okafor told a rally of supporters: "{INVENTED}"', id="told a rally"),
    pytest.param(
        f'Mayor Ruth Okafor spoke to supporters at a rally on Saturday. "{INVENTED}" she said.',
        id="a rally the sentence before",
    ),
    pytest.param(
        f'Mayor Ruth Okafor told a crowd of supporters on the quay: "{INVENTED}"',
        id="told a crowd",
    ),
]

SOURCE_SETS = [
    pytest.param(lambda: [_statement(), _meeting()], id="statement and meeting"),
    pytest.param(lambda: [_statement(shared=True), _meeting()], id="shared statement, meeting"),
    pytest.param(lambda: [_meeting()], id="meeting alone"),
    pytest.param(lambda: [_statement()], id="statement alone"),
]


@pytest.mark.parametrize("sources", SOURCE_SETS)
@pytest.mark.parametrize("article", AT_A_RALLY)
def test_a_rally_quote_missing_from_a_statement_and_a_meeting_is_not_fabricated(
    article: str, sources: Callable[[], list[Source]]
) -> None:
    q = _quote(article, sources())
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.code == "QC301"], q.findings


@pytest.mark.parametrize(
    ("article", "sources", "verdict"),
    [
        pytest.param(
            f'Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(), _meeting()],
            Verdict.FABRICATED,
            id="no placement: the declared statement covers it",
        ),
        pytest.param(
            f'At the council meeting, Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(), _meeting()],
            Verdict.FABRICATED,
            id="placed at the declared meeting",
        ),
        pytest.param(
            f'At the council meeting, Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(shared=True), _meeting()],
            Verdict.FABRICATED,
            id="placed at the declared meeting, a shared statement beside it",
        ),
        pytest.param(
            f'Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(shared=True), _meeting()],
            Verdict.UNVERIFIABLE,
            id="no placement: the declared meeting is not every quote's occasion",
        ),
        pytest.param(
            f'Mayor Ruth Okafor told the council meeting: "{AT_MEETING}"',
            lambda: [_statement(), _meeting()],
            Verdict.VERBATIM,
            id="words found at the meeting",
        ),
    ],
)
def test_controls_a_covering_source_still_makes_an_absence_fabricated(
    article: str, sources: Callable[[], list[Source]], verdict: Verdict
) -> None:
    q = _quote(article, sources())
    assert q.verdict is verdict, (q.verdict, q.explanation)


# QC203 reads the kind a source declares, not the loader's default ("statement").

FORGOTTEN = (
    "We cannot promise that nobody will be flooded, but we can promise that nobody will be "
    "forgotten."
)

PLACED_ELSEWHERE = [
    pytest.param(f'Mayor Ruth Okafor wrote on Facebook: "{FORGOTTEN}"', id="on Facebook"),
    pytest.param(f'Mayor Ruth Okafor told reporters on Wednesday: "{FORGOTTEN}"', id="reporters"),
    pytest.param(f'In an email to residents, Mayor Ruth Okafor said: "{FORGOTTEN}"', id="email"),
    pytest.param(f'Mayor Ruth Okafor told BBC Radio Kestrel: "{FORGOTTEN}"', id="radio"),
]


def _qc203(q: quotecheck.QuoteResult) -> list[str]:
    return [f.message for f in q.findings if f.code == "QC203"]


@pytest.mark.parametrize("article", PLACED_ELSEWHERE)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("", id="no front matter"),
        pytest.param("---\nspeaker: Ruth Okafor\n---\n", id="speaker only"),
        pytest.param("---\nspeaker: Ruth Okafor\ndate: 2026-11-04\n---\n", id="a date only"),
    ],
)
def test_no_occasion_mismatch_against_a_kind_the_source_never_declared(
    article: str, head: str
) -> None:
    src = quotecheck.make_source(head + STATEMENT, id="statement.md")
    assert not src.kind_declared
    q = _quote(article, [src])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not _qc203(q), q.findings


def test_a_tweet_without_a_declared_kind_is_not_set_against_tweeted() -> None:
    said = "The sea wall plan leaves 300 families on the south shore unprotected."
    tweet = f"---\nspeaker: Dev Marsh\n---\n{said}\n"
    article = f'Councillor Dev Marsh tweeted: "{said}"'
    q = _quote(article, [quotecheck.make_source(tweet, id="tweet.md")])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not _qc203(q), q.findings


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param(
            f'Mayor Ruth Okafor told reporters on Wednesday: "{FORGOTTEN}"',
            "the article places it “told reporters”, but the words are from statement.md "
            "(statement)",
            id="reporters",
        ),
        pytest.param(
            f'Mayor Ruth Okafor wrote on Facebook: "{FORGOTTEN}"',
            "the article places it “on Facebook”, but the words are from statement.md (statement)",
            id="on Facebook",
        ),
    ],
)
def test_control_a_declared_kind_still_gives_an_occasion_mismatch(
    article: str, expected: str
) -> None:
    src = quotecheck.make_source("---\nkind: statement\n---\n" + STATEMENT, id="statement.md")
    assert src.kind_declared
    q = _quote(article, [src])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert _qc203(q) == [expected], q.findings


def test_control_a_declared_occasion_still_gives_an_occasion_mismatch() -> None:
    article = f'In an email to residents, Mayor Ruth Okafor said: "{AT_MEETING}"'
    q = _quote(article, [_meeting()])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert len(_qc203(q)) == 1, q.findings


CHANGED = "The sea wall will not be finished before the spring storms"


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f'Mayor Ruth Okafor told a rally of supporters that "{CHANGED}."',
            Verdict.UNVERIFIABLE,
            id="a look-alike at a rally: not shown to be the statement's words",
        ),
        pytest.param(
            f'Mayor Ruth Okafor said that "{CHANGED}."', Verdict.ALTERED, id="no placement"
        ),
    ],
)
def test_a_kind_not_declared_still_keeps_a_look_alike_from_an_accusation(
    article: str, verdict: Verdict
) -> None:
    q = _quote(article, [_statement()])
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("text", "kind", "declared"),
    [
        pytest.param(STATEMENT, None, False, id="nothing declared"),
        pytest.param("---\nkind: statement\n---\n" + STATEMENT, None, True, id="front matter"),
        pytest.param(STATEMENT, "speech", True, id="the caller's kind"),
        pytest.param(MEETING.replace("kind: transcript\n", ""), None, True, id="turns read"),
    ],
)
def test_the_loader_says_whether_the_kind_was_declared(
    text: str, kind: str | None, declared: bool
) -> None:
    src = quotecheck.make_source(text, id="s.md", kind=kind)
    assert src.kind_declared is declared


PLAIN_TURNS = """MODERATOR: Good evening. The first question goes to the mayor.

RUTH OKAFOR: We will publish every page of the engineers' reports on Monday.

MODERATOR: Thank you. Councillor Marsh?

DEV MARSH: The harbour needs the wall before the storms, not after them.
"""


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param(
            f'Mayor Ruth Okafor tweeted on Friday: "{AT_MEETING}"',
            "the article places it “tweeted”, but the words are from debate.txt (transcript)",
            id="tweeted",
        ),
        pytest.param(
            f'Mayor Ruth Okafor wrote on Facebook: "{AT_MEETING}"',
            "the article places it “on Facebook”, but the words are from debate.txt (transcript)",
            id="on Facebook",
        ),
    ],
)
def test_speaker_turns_declare_a_transcript_for_an_occasion_mismatch(
    article: str, expected: str
) -> None:
    src = quotecheck.make_source(PLAIN_TURNS, id="debate.txt")
    assert src.kind == "transcript"
    assert src.kind_declared
    q = _quote(article, [src])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert _qc203(q) == [expected], q.findings


def test_control_a_plain_statement_without_a_kind_still_gives_no_mismatch() -> None:
    src = quotecheck.make_source(
        f"Statement by Mayor Ruth Okafor\n\n{AT_MEETING}\n", id="statement.txt"
    )
    assert src.kind == "statement"
    assert not src.kind_declared
    q = _quote(f'Mayor Ruth Okafor tweeted on Friday: "{AT_MEETING}"', [src])
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not _qc203(q), q.findings
