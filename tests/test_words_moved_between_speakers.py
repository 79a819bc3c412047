"""Words moved between two people the article quotes, both speakers of the same transcript
(red team 23 F2): the article says "Okafor said" of words that the transcript gives to
Brandt in a turn of hers, and Okafor speaks there too, in turns of his own that do not hold
them.  The source shows both people and whose the words are: `misattributed`, not a doubt
(QC205) nor Brandt's words taken in silence (QC204).  Narrow: the article must name its
speaker in the quote's own frame, the words must stand there as said, and not also in the
named speaker's turns (read out or repeated there); "according to Okafor", a speaker with no
turn of their own in the transcript, and words Brandt gives as someone's report stay doubts.

Every sentence here is made up for these tests: a fishing town's hall debate between its
mayor, Ida Brandt, and a councillor, Joel Okafor.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

DEBATE = """---
kind: transcript
occasion: harbour hall debate
date: 2026-05-04
---

MODERATOR: Welcome to the harbour hall debate. Councillor Okafor, you go first.

OKAFOR: The ferry to the island should run twice a day all through the winter. I have said \
so for years.

BRANDT: The lighthouse will be relit before the first storm of winter. Nobody in this town \
will be left in the dark.

OKAFOR: The repair fund is empty and the mayor knows it. As the mayor likes to say, "the \
harbour never sleeps."

BRANDT: The harbour never sleeps. The new quay opens in March.

MODERATOR: Thank you both.
"""

LEDE = (
    "---\ndate: 2026-05-05\n---\n"
    "Mayor Ida Brandt and councillor Joel Okafor met in the harbour hall debate on Monday.\n\n"
)

BRANDTS = "The lighthouse will be relit before the first storm of winter"
"""Words of Brandt's turn alone."""


def _last(body: str, source: str = DEBATE) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, id="debate.md")
    report = quotecheck.check_text(LEDE + body, sources=[src])
    assert report.quotes, body
    return report.quotes[-1]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"“{BRANDTS},” Okafor said.",
            id="her words given to him, her name only in the lede",
        ),
        pytest.param(
            f"Brandt spoke of the winter.\n\nOkafor went further. “{BRANDTS},” Okafor said.",
            id="her name in another paragraph",
        ),
        pytest.param(
            f"Brandt spoke of the winter. “{BRANDTS},” Okafor said.",
            id="her name in the quote's paragraph",
        ),
        pytest.param(
            f"Councillor Joel Okafor told the hall: “{BRANDTS}.”",
            id="his full name before a colon",
        ),
        pytest.param(
            f"“Nobody in this town will be left in the dark,” Brandt said. “{BRANDTS},” "
            "Okafor said.",
            id="right after a quote of hers",
        ),
    ],
)
def test_words_moved_to_the_other_speaker_are_misattributed(body: str) -> None:
    q = _last(body)
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" in q.codes
    assert "Brandt" in q.explanation and "Okafor" in q.explanation


@pytest.mark.parametrize(
    ("body", "source", "verdicts", "present", "absent"),
    [
        pytest.param(
            "“The harbour never sleeps,” Okafor said.",
            DEBATE,
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            set(),
            {"QC201"},
            id="twin: the words stand in his turn too (he quotes her there)",
        ),
        pytest.param(
            f"“{BRANDTS},” Vasko said.",
            DEBATE,
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC205"},
            {"QC201"},
            id="twin: the named speaker has no turn in the transcript, her name near",
        ),
        pytest.param(
            f"“{BRANDTS},” Brandt said, according to Okafor.",
            DEBATE,
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            set(),
            {"QC201"},
            id="twin: according to him, her words",
        ),
        pytest.param(
            f"“{BRANDTS},” Brandt said.",
            DEBATE,
            {Verdict.VERBATIM},
            set(),
            {"QC201", "QC205"},
            id="control: her words given to her",
        ),
        pytest.param(
            "“The ferry to the island should run twice a day all through the winter,” Okafor said.",
            DEBATE,
            {Verdict.VERBATIM},
            set(),
            {"QC201", "QC205"},
            id="control: his own words given to him",
        ),
        pytest.param(
            f"“{BRANDTS},” Okafor said.",
            DEBATE.replace(
                "BRANDT: The lighthouse",
                "BRANDT: Councillor Okafor keeps telling people this. The lighthouse",
            ),
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC206"},
            {"QC201"},
            id="twin: she gives the words as his, right before them",
        ),
        pytest.param(
            f"“{BRANDTS},” Okafor said.",
            DEBATE.replace(
                "BRANDT: The lighthouse",
                "BRANDT: The net menders told me so last week. The lighthouse",
            ),
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC205"},
            {"QC201"},
            id="twin: she gives the words as someone's report, right before them",
        ),
    ],
)
def test_no_accusation_where_the_source_does_not_show_it(
    body: str, source: str, verdicts: set[Verdict], present: set[str], absent: set[str]
) -> None:
    q = _last(body, source)
    assert q.verdict in verdicts, (q.verdict, q.explanation, q.codes)
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes


def test_a_changed_rendering_is_no_accusation() -> None:
    """Must stay a doubt: her words changed and given to him resemble hers, they are not
    hers as said (the accusation needs the words as the transcript has them)."""
    q = _last("“The lighthouse will be relit before the first storm of spring,” Okafor said.")
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
    assert "QC201" not in q.codes


def _brandt_opens(opening: str) -> str:
    """The debate with Brandt's lighthouse turn opened by ``opening`` (her words stay there
    as said, right after it)."""
    first = "The" if opening.endswith(".") else "the"
    return DEBATE.replace(
        "BRANDT: The lighthouse will", f"BRANDT: {opening} {first} lighthouse will"
    )


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("His words in the spring newsletter were these:", id="words noun and colon"),
        pytest.param("In the councillor's own words,", id="in someone's own words"),
        pytest.param("My rival told the net menders that", id="my rival told (a possessive)"),
        pytest.param("Councillor, a line from your own leaflet.", id="she addresses him"),
        pytest.param("Joel Okafor, on the radio in April. So", id="she names him"),
        pytest.param("Here it is, word for word:", id="a colon right before"),
    ],
)
def test_words_she_gives_as_his_without_a_verb_are_no_accusation(opening: str) -> None:
    """Brandt relays Okafor's words with no reporting verb: the source may give them as his,
    so "Okafor said" of them stays a doubt (review 24-1 #2)."""
    q = _last(f"“{BRANDTS},” Okafor said.", _brandt_opens(opening))
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" not in q.codes, q.codes


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("In my own words,", id="twin: her own words noun"),
        pytest.param("I told the net menders that", id="twin: I told (her own report)"),
        pytest.param(
            "Councillor Okafor, you had your turn. Let me be plain.",
            id="twin: his name and 'you' two sentences back",
        ),
    ],
)
def test_her_own_framing_still_moves_the_words(opening: str) -> None:
    """Must still accuse: her frame gives the words as her own, or addresses him only in an
    earlier sentence."""
    q = _last(f"“{BRANDTS},” Okafor said.", _brandt_opens(opening))
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" in q.codes


def test_a_fragment_shorter_than_short_words_is_no_accusation() -> None:
    """Three words of hers are no evidence of who said anything (review 24-1 #3): below the
    ladder's short-quote threshold (settings short_words) the move is not shown."""
    q = _last("Okafor said the lamp would shine again by “the first storm.”")
    assert "QC201" not in q.codes, (q.verdict, q.explanation, q.codes)


def test_a_fragment_of_short_words_still_moves() -> None:
    """Twin: at the threshold (five words of hers) the move is shown."""
    q = _last("Okafor said the lamp would shine again by “the first storm of winter.”")
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" in q.codes


NICKNAME = DEBATE.replace(
    "As the mayor likes to say,",
    'The mayor called my plan "a sinking ship with no captain and no crew" last week. '
    "As the mayor likes to say,",
)


def test_a_short_term_he_quotes_is_still_misattributed() -> None:
    """Okafor quotes the mayor's words in his own turn; "Okafor said" of them credits him with
    words he only quoted, however few (the bundled example's "a bridge to nowhere", critics'
    words the minister quotes to reject them): the length floor is moved_between's alone."""
    q = _last("“A sinking ship,” Okafor said.", NICKNAME)
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" in q.codes


def test_a_longer_line_he_only_quotes_is_still_misattributed() -> None:
    """Twin: the mayor's whole line, which he only quotes, given to him stays an accusation."""
    q = _last("“A sinking ship with no captain and no crew,” Okafor said.", NICKNAME)
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
    assert "QC201" in q.codes
