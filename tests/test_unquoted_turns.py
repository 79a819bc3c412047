"""An article set out as an interview, its answers in no quote marks (red team 18, F8): the
labelled turns went unchecked, and the article is told so (QC151, info) — never silently, and
no answer is guessed into a quote.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source

SOURCE = make_source(
    "We will reopen the ferry pier in May. The night crossing stays. Fares will not rise.",
    id="speech.txt",
    speaker="Ines Brook",
)

HEAD = "# Ines Brook on the harbour\n\nInes Brook spoke to the Gazette after the meeting.\n\n"


def _unquoted(article: str) -> list[str]:
    report = quotecheck.check_text(HEAD + article, sources=[SOURCE])
    return [f.message for f in report.findings if f.code == "QC151"]


@pytest.mark.parametrize(
    ("article", "count", "who"),
    [
        (
            "**Gazette:** When does the pier reopen?\n\n"
            "**Brook:** We will reopen the ferry pier in June.\n\n"
            "**Gazette:** And the night crossing?\n\n"
            "**Brook:** It stays.\n",
            4,
            "Gazette, Brook",
        ),
        (
            "Q: When does the pier reopen?\n\n"
            "A: In June, and fares will rise.\n\n"
            "Q: And the night crossing?\n\n"
            "A: It goes.\n",
            4,
            "Q, A",
        ),
        # a turn that quotes someone is checked through its marks, the others are not
        (
            "GAZETTE: When does the pier reopen?\n\n"
            "BROOK: As I told the council, “We will reopen the ferry pier in May.”\n\n"
            "GAZETTE: And fares?\n\n"
            "BROOK: Fares will rise.\n",
            3,
            "GAZETTE, BROOK",
        ),
    ],
)
def test_an_interview_set_out_as_turns_is_said_to_be_unchecked(
    article: str, count: int, who: str
) -> None:
    (message,) = _unquoted(article)
    assert message.startswith(f"{count} labelled turns ({who}) give words without quote marks")
    assert "not checked" in message


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
        "**Brook:** It stays.\n\n"
        "**Gazette:** Fares?\n\n"
        "**Brook:** Fares will rise.\n"
    )
    report = quotecheck.check_text(HEAD + article, sources=[SOURCE])
    (q,) = report.quotes
    assert q.verdict.value == "altered"
    (notice,) = [f for f in report.findings if f.code == "QC151"]
    assert notice.level.value == "info"
    assert (HEAD + article)[notice.start : notice.end].lstrip("*").startswith("Gazette:")
