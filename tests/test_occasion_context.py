"""A placement in the sentences before the quote (#16): "In an interview on Sunday, Lee
defended the plan. “…,” she said."

When the quote's own sentence places it nothing, the sentences of its paragraph right before it
that name its speaker do (``placement.context``): an occasion there that the source cannot be
makes a look-alike "similar words in …" and an absence unverifiable.  They only ever rule an
occasion out: the source's own occasion there does not make an absence `fabricated` (it is no
evidence she said the words there: "Lee did not attend the debate on Monday").  Not a sentence
that holds another quote (its placement is that quote's), not one about someone else (another
Ann; her name as a possessive), not across a paragraph, and not when the quote's own frame says
it was said at another time ("Later, she said").

Every sentence here is made up for these tests: a river town, its mayor Ann Lee, a councillor
Bo Tan, and the river council debate on Monday 2 March 2026; the article is of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, Verdict

DEBATE = """---
kind: transcript
occasion: river council debate
date: 2026-03-02
---

Bo Tan: The council has no money left for the bridge this year.

Ann Lee: The towpath reopens in April and the lock keepers keep their jobs.
"""

SAID = "The towpath reopens in April and the lock keepers keep their jobs"
CHANGED = "The towpath reopens in August and the lock keepers keep their jobs"
INVENTED = "Every barge on the river will pay a toll from next spring"


def _check(article: str, *, shared: bool) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")
    if shared:  # given for every article, as --source gives it
        src = src.model_copy(update={"shared": True})
    report = quotecheck.check_text(f"---\ndate: 2026-03-03\n---\n\n{article}", sources=[src])
    quotes = [q for q in report.quotes if q.text.startswith(("The towpath", "Every barge"))]
    assert quotes, article
    return quotes[-1]


ELSEWHERE = [
    pytest.param(
        "In an interview with the Ledger on Sunday, Ann Lee defended the plan. “{Q},” she said.",
        id="an interview the sentence before names",
    ),
    pytest.param(
        "At a rally in Millford on Sunday, Ann Lee spoke about the river. “{Q},” she said.",
        id="a rally the sentence before names",
    ),
    pytest.param(
        "On the radio last month, Ann Lee was asked about the river. Ann Lee did not hesitate. "
        "“{Q},” she said.",
        id="two sentences before, both naming her",
    ),
    pytest.param(
        "“{Q},” Ann Lee said in a different media appearance.",
        id="in a different media appearance",
    ),
    pytest.param(
        "At a rally in Millford on Sunday, Ann Lee\nspoke about the river. “{Q},” she said.",
        id="a hard-wrapped line inside the paragraph",
    ),
]


@pytest.mark.parametrize("shared", [True, False], ids=["shared", "declared"])
@pytest.mark.parametrize("sentence", ELSEWHERE)
@pytest.mark.parametrize(
    ("words", "why"),
    [(CHANGED, "similar words in"), (INVENTED, "")],
    ids=["look-alike: no alteration", "absent: no fabrication"],
)
def test_a_placement_before_the_quote_puts_it_elsewhere(
    sentence: str, words: str, why: str, shared: bool
) -> None:
    q = _check(sentence.replace("{Q}", words), shared=shared)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert why in q.explanation
    assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


NOT_PLACED_BEFORE = [
    pytest.param(
        "“The bridge can wait,” Ann Lee said on Sunday. “{Q},” she added.",
        id="a sentence holding another quote: its placement is that quote's",
    ),
    pytest.param(
        "Bo Tan spoke at a rally in Millford on Sunday. “{Q},” Ann Lee said.",
        id="a sentence about someone else",
    ),
    pytest.param(
        "Ann Reyes spoke at a rally in Millford on Sunday. “{Q},” Ann Lee said.",
        id="a sentence about someone sharing her first name",
    ),
    pytest.param(
        "Bo Tan spoke at Ann Lee's rally in Millford on Sunday. “{Q},” Lee said.",
        id="a sentence naming her only in a possessive",
    ),
    pytest.param(
        "At a rally in Millford on Sunday, Ann Lee spoke about the river.\n\n“{Q},” Ann Lee said.",
        id="another paragraph",
    ),
    pytest.param(
        "In an interview on Sunday, Ann Lee defended the plan. Later, Ann Lee said: “{Q}”",
        id="later: another time than the sentence before",
    ),
]


@pytest.mark.parametrize("sentence", NOT_PLACED_BEFORE)
def test_a_placement_that_is_not_the_quotes_leaves_it_checked(sentence: str) -> None:
    # The declared debate of the article's days: a passage found there is judged.
    q = _check(sentence.replace("{Q}", CHANGED), shared=False)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


AT_THE_SOURCE = [
    pytest.param(
        "During the debate on Monday, Ann Lee defended the plan. “{Q},” she said.",
        id="the declared debate, by its kind and day, the sentence before",
    ),
    pytest.param(
        "On Monday, Ann Lee defended the plan. “{Q},” she said.",
        id="the declared debate's day, the sentence before",
    ),
    pytest.param(
        "Ann Lee did not attend the debate on Monday. “{Q},” Lee said.",
        id="contrary: she was not there",
    ),
    pytest.param(
        "Ann Lee said on Monday that she would skip the debate. “{Q},” she said.",
        id="contrary: she would skip it",
    ),
    pytest.param(
        "Ann Lee watched the debate on Monday on television at home. “{Q},” she said.",
        id="contrary: she watched it",
    ),
    pytest.param(
        "Bo Tan spoke during the debate on Monday, a day after Ann Lee's rally. “{Q},” Lee said.",
        id="someone else's sentence, her name a possessive",
    ),
    pytest.param(
        "Ann Reyes spoke during the debate on Monday. “{Q},” Ann Lee said.",
        id="someone else's sentence, sharing her first name",
    ),
]


@pytest.mark.parametrize("sentence", AT_THE_SOURCE)
@pytest.mark.parametrize(
    ("words", "verdict"),
    [(CHANGED, Verdict.ALTERED), (INVENTED, Verdict.UNVERIFIABLE)],
    ids=["changed", "invented"],
)
def test_a_placement_before_the_quote_at_the_source_does_not_accuse(
    sentence: str, words: str, verdict: Verdict
) -> None:
    # The sentences before a quote may rule its occasion out, never put it at one: the
    # declared debate of the article's days judges a passage found there (altered), but an
    # absence from it is an accusation only when the quote's own frame places it there.
    q = _check(sentence.replace("{Q}", words), shared=False)
    assert q.verdict is verdict, (q.verdict, q.explanation)


def test_an_unplaced_quote_missing_from_the_declared_debate_is_unverifiable() -> None:
    q = _check(f"Ann Lee defended the plan. “{INVENTED},” she said.", shared=False)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "does not place the quote there" in q.explanation


def test_words_found_identical_get_no_occasion_finding_from_the_sentence_before() -> None:
    # QC203 reads the quote's own frame only: the sentence before is an inference.
    q = _check(
        f"In an interview with the Ledger on Sunday, Ann Lee defended the plan. “{SAID},” she "
        "said.",
        shared=False,
    )
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert "QC203" not in {f.code for f in q.findings}, q.findings
    own = _check(f"“{SAID},” Ann Lee said in an interview with the Ledger on Sunday.", shared=False)
    assert "QC203" in {f.code for f in own.findings}, own.findings


def test_a_placement_in_the_html_paragraph_before_is_not_the_quotes() -> None:
    # The view blanks the markup: <p> elements bound a paragraph as a blank line does.
    html = (
        '<html><head><meta name="quotecheck:date" content="2026-03-03"></head><body>'
        "<p>At a rally in Millford on Sunday, Ann Lee spoke about the river.</p>"
        f"<p>“{CHANGED},” Ann Lee said.</p></body></html>"
    )
    src = quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")
    report = quotecheck.check_text(html, sources=[src], fmt="html")
    quotes = [q for q in report.quotes if q.text.startswith("The towpath")]
    assert quotes, report.quotes
    assert quotes[-1].verdict is Verdict.ALTERED, (quotes[-1].verdict, quotes[-1].explanation)
