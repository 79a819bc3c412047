"""Changed words are not made up (``docs/verdicts.md``, rule 9): `fabricated` needs them absent.

A quote shorter than ``short-words`` counts as found only from ``short-min``: a few words can
stand near any passage by chance.  Below that, with the passage as close as ``found-min`` and
enough content words aligned, the words are there with some changed, so a quote missing from
a source that covers its occasion is `fabricated` only when its words are absent; a short
changed one is `unverifiable`, its nearest passage shown.  So is a quote of sentences joined
from two places and changed in both (no piece close enough to be read as a splice), when
every sentence is found on its own in the speaker's words; and a quote whose nearest passage
is another speaker's account of the speaker's words (a moderator reading a line back), changed.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

BOARD = """---
kind: transcript
occasion: harbour board meeting
date: 2026-04-14
---

Ann Lee: Good evening. The last board left the quay a real mess for this town, and we will
mend it before the gales come. The ferry fees stay in their fund for nine more years.

Tom Berg: Thank you, Ann. And the school?

Ann Lee: The school roof is fixed in the spring. The pupils deserve a dry room.
"""


def _quoted(words: str, *, shared: bool = False) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(BOARD, id="board.md")
    if shared:
        src = src.model_copy(update={"shared": True})
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        "Mayor Ann Lee spoke at the harbour board meeting on Tuesday. "
        f"She said the old board had left “{words}” and sat down.\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "verdict", "code"),
    [
        pytest.param("a real muddle", Verdict.UNVERIFIABLE, "QC302", id="three words, one changed"),
        pytest.param("a true mess", Verdict.UNVERIFIABLE, "QC302", id="an adjective changed"),
        pytest.param("a real mess", Verdict.VERBATIM, None, id="the same three words"),
        pytest.param(
            "a real mess for this harbour", Verdict.ALTERED, "QC101", id="long enough to be found"
        ),
        pytest.param("utter chaos", Verdict.FABRICATED, "QC301", id="two words, none there"),
        pytest.param(
            "a brass band on every pier each summer",
            Verdict.FABRICATED,
            "QC301",
            id="a longer quote with its words absent",
        ),
    ],
)
def test_short_changed_is_not_made_up(words: str, verdict: Verdict, code: str | None) -> None:
    result = _quoted(words)
    assert result.verdict is verdict, result.explanation
    assert code is None or code in result.codes, result.codes


def test_short_changed_shows_the_passage() -> None:
    result = _quoted("a real muddle")
    assert "“a real mess”" in result.explanation, result.explanation
    assert "too short" in result.explanation
    assert all(f.level.value == "info" for f in result.findings), result.findings


def test_short_changed_in_a_source_given_for_many_articles_is_still_unverifiable() -> None:
    result = _quoted("a real muddle", shared=True)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation


PRESS = """---
kind: transcript
occasion: press conference at the town hall
date: 2026-04-14
---

Ann Lee: I will not lift the harbour fees while I am mayor, and I will fight anyone who tries.
"""


def _joined(words: str) -> quotecheck.QuoteResult:
    sources = [
        quotecheck.make_source(BOARD, id="board.md"),
        quotecheck.make_source(PRESS, id="press.md"),
    ]
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Ann Lee spoke at the harbour board meeting on Tuesday. “{words}” Lee said.\n"
    )
    report = quotecheck.check_text(article, sources=sources)
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        pytest.param(
            "The pupils deserve a warm room. I will never lift the harbour fees while I am in "
            "office.",
            Verdict.UNVERIFIABLE,
            id="two sentences from two sources, both changed",
        ),
        pytest.param(
            "The pupils deserve a dry room. I will not lift the harbour fees while I am mayor.",
            Verdict.SPLICED,
            id="two sentences from two sources, both as said",
        ),
        pytest.param(
            "The pupils deserve a warm room. A brass band will play on every pier each summer.",
            Verdict.FABRICATED,
            id="one sentence changed, the other absent",
        ),
        pytest.param(
            "A brass band will play on every pier, and the gulls will learn to sing.",
            Verdict.FABRICATED,
            id="one sentence, its clauses absent",
        ),
    ],
)
def test_sentences_found_apart_are_not_made_up(words: str, verdict: Verdict) -> None:
    result = _joined(words)
    assert result.verdict is verdict, result.explanation


def test_sentences_found_apart_show_both_passages() -> None:
    result = _joined(
        "The pupils deserve a warm room. I will never lift the harbour fees while I am in office."
    )
    assert "board.md" in result.explanation and "press.md" in result.explanation
    assert "QC301" not in result.codes
    assert all(f.level.value == "info" for f in result.findings), result.findings


DEBATE = """---
kind: transcript
occasion: harbour board debate
date: 2026-04-14
---

Tom Berg: Mayor Lee, last month you told the net menders that the mooring fees were a
disgrace and that the county should pay for the slipway. Do you stand by that?

Ann Lee: I stand by every word. The fees hurt families, and the county has the money.

Tom Berg: Thank you. My own view is that the ferry tolls are too steep for the island
families and the state should cover the pier.

Ann Lee: The school roof is fixed in the spring.
"""


def _debated(words: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(DEBATE, id="debate.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"At the harbour board debate on Tuesday, Mayor Ann Lee said “{words}.”\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "verdict", "code"),
    [
        pytest.param(
            "the mooring fees are a scandal and the county must pay for the slipway",
            Verdict.UNVERIFIABLE,
            "QC302",
            id="changed from another speaker's report of her words",
        ),
        pytest.param(
            "the mooring fees were a disgrace and that the county should pay for the slipway",
            Verdict.VERBATIM,
            "QC206",
            id="as another speaker reports her words",
        ),
        pytest.param(
            "the ferry tolls are too high for the harbour families and the county should pay",
            Verdict.FABRICATED,
            "QC301",
            id="loosely like another speaker's own view",
        ),
    ],
)
def test_words_another_speaker_reports_are_not_made_up(
    words: str, verdict: Verdict, code: str
) -> None:
    result = _debated(words)
    assert result.verdict is verdict, result.explanation
    assert code in result.codes, result.codes


def test_a_changed_report_names_who_gives_the_words() -> None:
    result = _debated("the mooring fees are a scandal and the county must pay for the slipway")
    assert "Tom Berg gives Ann Lee's words" in result.explanation, result.explanation
    assert all(f.level.value == "info" for f in result.findings), result.findings


YARD = """---
kind: transcript
occasion: harbour board meeting
date: 2026-04-14
---

Ann Lee: We cut 50 jobs at the yard. The ferry fees will not rise this year. The quay
repair was a total success.

Tom Berg: The new pier plan is a total scandal, Ann.
"""


def _yard(words: str, *, who: str = "Ann Lee") -> quotecheck.QuoteResult:
    src = quotecheck.make_source(YARD, id="yard.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"{who} spoke at the harbour board meeting on Tuesday. “{words},” {who} said.\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "who", "verdict"),
    [
        pytest.param("cut 5 jobs", "Ann Lee", Verdict.FABRICATED, id="a number changed"),
        pytest.param("the fees will rise", "Ann Lee", Verdict.FABRICATED, id="a negation dropped"),
        pytest.param("might not rise", "Ann Lee", Verdict.FABRICATED, id="a modal changed"),
        pytest.param(
            "a total disgrace", "Ann Lee", Verdict.FABRICATED, id="another speaker's passage"
        ),
        pytest.param(
            "a total disgrace", "Tom Berg", Verdict.UNVERIFIABLE, id="the speaker's own passage"
        ),
        pytest.param("a full success", "Ann Lee", Verdict.UNVERIFIABLE, id="a word reworded"),
    ],
)
def test_short_changed_in_meaning_or_not_the_speakers_is_not_shielded(
    words: str, who: str, verdict: Verdict
) -> None:
    result = _yard(words, who=who)
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.FABRICATED:
        assert "not absent" not in result.explanation, result.explanation


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        pytest.param(
            "The pupils deserve a warm room. I will gladly lift the harbour fees while I am in "
            "office.",
            Verdict.FABRICATED,
            id="a negation dropped in one sentence",
        ),
        pytest.param(
            "The pupils deserve no warm room. I will never lift the harbour fees while I am in "
            "office.",
            Verdict.FABRICATED,
            id="a negation added in one sentence",
        ),
        pytest.param(
            "The pupils deserve a warm room. I might not lift the harbour fees while I am in "
            "office.",
            Verdict.FABRICATED,
            id="a modal changed in one sentence",
        ),
    ],
)
def test_sentences_found_apart_with_a_meaning_change_are_not_shielded(
    words: str, verdict: Verdict
) -> None:
    result = _joined(words)
    assert result.verdict is verdict, result.explanation


# A quote not found as written whose content words stand together in the speaker's own words
# — reordered, or run together from neighbouring sentences — is changed there, not absent
# (rule 9, `Evidence.content_nearby`: the share rule 7 counts near the best passage, counted
# near any passage).  Words of another speaker's turn, or a sentence sharing a few of her
# words, stay `fabricated`.
HARBOUR = """---
kind: transcript
occasion: harbour board meeting
date: 2026-04-14
---

Ann Lee: The lamp keepers on the north cape have waited eleven years for a proper road, and
this board will pave it before the winter gales arrive. We will also repaint the pilot house.

Tom Berg: The net menders on the south quay want their sheds rebuilt with the ferry money
before the herring season opens.

Ann Lee: Nobody on this board wants the ferry fares raised again.
"""


def _harbour(words: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(HARBOUR, id="harbour.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Ann Lee spoke at the harbour board meeting on Tuesday. “{words}” Lee said.\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        pytest.param(
            "The pilot house we will also repaint, and raised again the ferry fares nobody on "
            "this board wants.",
            Verdict.UNVERIFIABLE,
            id="her words reordered across her turns, nothing added",
        ),
        pytest.param(
            "The keepers of the north cape lamp get a paved road and a repainted pilot house "
            "before any ferry fares are raised.",
            Verdict.FABRICATED,
            id="her content words with one of its own, her number left out",
        ),
        # Her words, with a negation or a number she never said: not merely changed there
        # (review 23-2 F0).
        pytest.param(
            "The keepers of the north cape lamp get a paved road, not a repainted pilot house, "
            "before any ferry fares are raised.",
            Verdict.FABRICATED,
            id="her content words reordered, a negation added",
        ),
        pytest.param(
            "The keepers of the north cape lamp get two paved roads and a repainted pilot house "
            "before any ferry fares are raised.",
            Verdict.FABRICATED,
            id="her content words reordered, a number added",
        ),
        pytest.param(
            "Every lamp keeper will get a cello paid for by the ferry company before my term ends.",
            Verdict.FABRICATED,
            id="a few of her words in a new sentence",
        ),
        pytest.param(
            "The herring menders of the south quay get new sheds from the ferry money this season.",
            Verdict.FABRICATED,
            id="another speaker's content words",
        ),
        pytest.param(
            "A brass band will play on every pier, and the gulls will learn to sing.",
            Verdict.FABRICATED,
            id="none of her words",
        ),
    ],
)
def test_content_words_together_are_changed_not_made_up(words: str, verdict: Verdict) -> None:
    result = _harbour(words)
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.UNVERIFIABLE:
        assert "harbour.md" in result.explanation and "QC301" not in result.codes


# Must still accuse (review 23-2, 1): the same reordering with one word that may reverse her —
# a negation, a number or a modal the stretch of her words lacks, a modal of hers left out, or
# a content word of the quote's own — is no shield: its words are not all hers.
@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "The pilot house we will never repaint, and raised again the ferry fares nobody on "
            "this board wants.",
            id="a negation added",
        ),
        pytest.param(
            "The two pilot houses we will also repaint, and raised again the ferry fares nobody "
            "on this board wants.",
            id="a number added",
        ),
        pytest.param(
            "The pilot house we might also repaint, and raised again the ferry fares nobody on "
            "this board wants.",
            id="another modal",
        ),
        pytest.param(
            "The pilot house we also repaint, and raised again the ferry fares nobody on this "
            "board wants.",
            id="her modal left out",
        ),
        pytest.param(
            "The pilot house we will also demolish, and raised again the ferry fares nobody on "
            "this board wants.",
            id="a content word changed",
        ),
    ],
)
def test_a_reversal_near_her_words_stays_fabricated(words: str) -> None:
    result = _harbour(words)
    assert result.verdict is Verdict.FABRICATED, result.explanation
    assert "QC301" in result.codes
