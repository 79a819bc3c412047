"""An article set out as an interview, its answers in no quote marks (red team 18, F8): the
answers of a speaker a source declares are checked as quotes (tests/test_qa_turns.py); turns
that cannot be checked — no source gives the label's words, or the article names no one of the
sources' speakers as the one answering — are told to the article (QC151, info), with why: never
silently, and no answer is guessed onto a speaker.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source
from quotecheck.models import Source

SOURCE = make_source(
    "We will reopen the ferry pier in May. The night crossing stays. Fares will not rise.",
    id="speech.txt",
    speaker="Ines Brook",
)

HEAD = "# Ines Brook on the harbour\n\nInes Brook spoke to the Gazette after the meeting.\n\n"


def _unquoted(article: str, head: str = HEAD, sources: tuple[Source, ...] = (SOURCE,)) -> list[str]:
    report = quotecheck.check_text(head + article, sources=list(sources))
    return [f.message for f in report.findings if f.code == "QC151"]


@pytest.mark.parametrize(
    ("article", "head", "sources", "count", "who", "why"),
    [
        # a guest no source speaks for (the questions are the Gazette's: not counted)
        (
            "**Gazette:** When does the pier reopen?\n\n"
            "**Marsh:** We will reopen the ferry pier in June.\n\n"
            "**Gazette:** And the night crossing?\n\n"
            "**Marsh:** It stays.\n",
            HEAD,
            (SOURCE,),
            2,
            "Marsh",
            "no source gives Marsh's words",
        ),
        # "A:" where the article names none of the sources' speakers
        (
            "Q: When does the pier reopen?\n\n"
            "A: In June, and fares will rise.\n\n"
            "Q: And the night crossing?\n\n"
            "A: It goes.\n",
            "# On the harbour\n\nThe harbour master spoke to the Gazette.\n\n",
            (SOURCE,),
            2,
            "A",
            "the article names no one of the sources' speakers as the one answering",
        ),
        # no sources at all
        (
            "**Gazette:** When does the pier reopen?\n\n"
            "**Brook:** We will reopen the ferry pier in June.\n\n"
            "**Gazette:** And the night crossing?\n\n"
            "**Brook:** It stays.\n",
            HEAD,
            (),
            2,
            "Brook",
            "no sources were given",
        ),
    ],
)
def test_turns_that_cannot_be_checked_are_said_to_be_unchecked_and_why(
    article: str, head: str, sources: tuple[Source, ...], count: int, who: str, why: str
) -> None:
    (message,) = _unquoted(article, head, sources)
    assert message.startswith(f"{count} labelled turns ({who}) give words without quote marks")
    assert message.endswith(f"not checked against the sources: {why}")


@pytest.mark.parametrize(
    "article",
    [
        "**Gazette:** When does the pier reopen?\n\n"
        "**Brook:** We will reopen the ferry pier in June.\n\n"
        "**Gazette:** And the night crossing?\n\n"
        "**Brook:** It stays.\n",
        "Q: When does the pier reopen?\n\n"
        "A: In June, and fares will rise.\n\n"
        "Q: And the night crossing?\n\n"
        "A: It goes.\n",
        # a turn that quotes someone is checked through its marks, the others as answers
        "GAZETTE: When does the pier reopen?\n\n"
        "BROOK: As I told the council, “We will reopen the ferry pier in May.”\n\n"
        "GAZETTE: And fares?\n\n"
        "BROOK: Fares will rise.\n",
    ],
)
def test_answers_of_a_declared_speaker_are_checked_not_noticed(article: str) -> None:
    assert _unquoted(article) == []
    report = quotecheck.check_text(HEAD + article, sources=[SOURCE])
    answers = [q for q in report.quotes if q.turn_label is not None]
    assert answers
    assert {q.speaker for q in answers} == {"Ines Brook"}


@pytest.mark.parametrize(
    "article",
    [
        # quotes in marks, no turns
        "“We will reopen the ferry pier in May,” Brook said.\n",
        # a statement's topic heads are no speakers
        "Harbour: The pier reopens in May.\n\nFerries: The night crossing stays.\n\n"
        "Fares: They will not rise.\n",
        # a lone label line
        "Update: Brook said “fares will not rise.”\n\nBROOK: The crossing stays.\n",
        # a tally: no words
        "Brook: 1,204.\n\nMarsh: 988.\n\nBrook: 1,301.\n\nMarsh: 990.\n",
        # two unquoted turns among quoted ones are no interview
        "GAZETTE: When does the pier reopen?\n\nBROOK: “In May.”\n\n"
        "GAZETTE: And fares?\n\nBROOK: “Fares will not rise.”\n",
        # every turn quotes its words
        "GAZETTE: “When does the pier reopen?”\n\nBROOK: “In May.”\n\n"
        "GAZETTE: “And fares?”\n\nBROOK: “Fares will not rise.”\n",
    ],
)
def test_no_notice_without_unquoted_turns(article: str) -> None:
    assert _unquoted(article) == []


def test_the_notice_leaves_the_quotes_checked() -> None:
    article = (
        "“We will reopen the ferry pier in July,” Brook said.\n\n"
        "**Gazette:** And the night crossing?\n\n"
        "**Marsh:** It stays.\n\n"
        "**Gazette:** Fares?\n\n"
        "**Marsh:** Fares will rise.\n\n"
        "**Gazette:** And the pier?\n\n"
        "**Marsh:** It opens in July.\n"
    )
    report = quotecheck.check_text(HEAD + article, sources=[SOURCE])
    (q,) = report.quotes
    assert q.verdict.value == "altered"
    (notice,) = [f for f in report.findings if f.code == "QC151"]
    assert notice.level.value == "info"
    assert (HEAD + article)[notice.start : notice.end].lstrip("*").startswith("Marsh:")
