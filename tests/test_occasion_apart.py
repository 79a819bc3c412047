"""Words the article says were said apart from the occasion it reports (redteam F9, F9b, F9c).

The harbour board's meeting is the one source the article declares.  A quote missing from it
that the article places "after the meeting", "later", "on the sidelines", in a text message,
on a Facebook page, in a newsletter or echoing an old slogan is not shown
to be made up: the meeting's transcript is not where the article says the words were said
(rule 8: unverifiable, not fabricated).  Placed at the meeting itself ("later in the
meeting", "told the Harbour Board"), it still may be.

Every sentence here is made up for these tests: the port town of Adair, its mayor Ines
Karlsson and a meeting of its harbour board.
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
The dredging of the inner basin starts in the spring. The pilots will get two new launches
before the end of next year. Nobody on this board wants the fish market to move inland.
"""

LEDE = "Mayor Ines Karlsson addressed the Adair Harbour Board meeting on Tuesday.\n\n"
INVENTED = "The lighthouse keepers deserve a medal from every one of us"
SAID = "The pilots will get two new launches before the end of next year."


def _meeting() -> Source:
    return quotecheck.make_source(MEETING, id="board.md")


def _last(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        "---\ndate: 2026-10-14\n---\n" + LEDE + article, sources=[_meeting()]
    )
    assert report.quotes, article
    return report.quotes[-1]


APART = [
    pytest.param(f'"{INVENTED}," Karlsson said after the meeting.', id="after the meeting"),
    pytest.param(f'"{INVENTED}," Karlsson said after the board meeting.', id="after the board"),
    pytest.param(f'"{INVENTED}," Karlsson said afterwards.', id="afterwards"),
    pytest.param(f'"{INVENTED}," Karlsson said later.', id="later"),
    pytest.param(f'Before the vote, Karlsson said: "{INVENTED}."', id="before the vote"),
    pytest.param(f'Speaking on the sidelines, Karlsson said: "{INVENTED}."', id="sidelines"),
    pytest.param(f'"{INVENTED}," Karlsson said as she left the hall.', id="as she left"),
    pytest.param(f'"{INVENTED}," Karlsson said in a text message.', id="text message"),
    pytest.param(
        f'"{INVENTED}," Karlsson said in a WhatsApp message to pilots.', id="whatsapp message"
    ),
    pytest.param(f'"{INVENTED}," Karlsson said on her Facebook page.', id="facebook page"),
    pytest.param(f'"{INVENTED}," Karlsson said in a newsletter to residents.', id="newsletter"),
    pytest.param(f'As Karlsson put it in her manifesto, "{INVENTED}."', id="manifesto"),
    pytest.param(f'"{INVENTED}," Karlsson said, echoing her 2021 campaign slogan.', id="echoing"),
]


@pytest.mark.parametrize("article", APART)
def test_words_said_apart_from_the_declared_occasion_are_not_fabricated(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)


AT_THE_MEETING = [
    pytest.param(f'"{INVENTED}," Karlsson said at the meeting.', id="at the meeting"),
    pytest.param(f'Later in the meeting, Karlsson said: "{INVENTED}."', id="later in the meeting"),
    pytest.param(f'"{INVENTED}," Karlsson told the Harbour Board.', id="told the Board"),
]


@pytest.mark.parametrize("article", AT_THE_MEETING)
def test_words_placed_at_the_declared_occasion_may_still_be_fabricated(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.FABRICATED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f'"{SAID}" Karlsson said later in the meeting.', id="later in"),
        pytest.param(f'"{SAID}" Karlsson said at the meeting.', id="at the meeting"),
    ],
)
def test_words_found_at_the_occasion_stay_verbatim(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)
    assert not [f for f in result.findings if f.code == "QC203"]


def test_apart_names_the_phrase() -> None:
    result = _last(f'"{INVENTED}," Karlsson said after the meeting.')
    assert "after the meeting" in result.explanation


# Review 3 #1: a phrase of another time counts only where it tells of the saying itself —
# not in the reported clause, a relative clause or a participle phrase about something else,
# nor as the subject of a clause of its own ("after the vote was called").
OF_SOMETHING_ELSE = [
    pytest.param(
        f'Karlsson said the basin "{INVENTED.lower()}" and the pilots would be paid later.',
        id="reported clause after the quote",
    ),
    pytest.param(
        f'Karlsson said the launches, recently painted, "{INVENTED.lower()}."',
        id="participle aside",
    ),
    pytest.param(
        f'Karlsson said the levy approved earlier was "{INVENTED.lower()}."',
        id="participle in the reported clause",
    ),
    pytest.param(
        f'Karlsson said pilots who quit previously were "{INVENTED.lower()}."',
        id="relative clause",
    ),
    pytest.param(
        f'Karlsson said the keepers "{INVENTED.lower()}" before the vote on the levy.',
        id="after the quote in its clause",
    ),
    pytest.param(
        f'After the meeting was opened by the clerk, Karlsson said: "{INVENTED}."',
        id="clause about the meeting",
    ),
    pytest.param(
        f'Karlsson said the dredging would wait until later, adding: "{INVENTED}."',
        id="earlier clause of the sentence",
    ),
    pytest.param(
        f'Karlsson told pilots the launches, ordered earlier, "{INVENTED.lower()}."',
        id="participle after told",
    ),
]


@pytest.mark.parametrize("article", OF_SOMETHING_ELSE)
def test_a_phrase_about_something_else_puts_nothing_apart(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.FABRICATED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            f'Karlsson later told reporters: "{INVENTED}."', id="between subject and verb"
        ),
        pytest.param(f'Karlsson said afterwards: "{INVENTED}."', id="right after the verb"),
        pytest.param(f'"{INVENTED}," she said later. "The gulls agree."', id="continued quote"),
    ],
)
def test_a_phrase_of_the_saying_still_puts_it_apart(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
