"""QC106 for a condition the quote leaves out (red team 19 F2, F8; sentences written for these
tests).

A quote of words that stand under a condition its source sentence opens with ("If …,",
"Unless …,", "In the worst case,"), or that stops right before one ("… if the board agrees"),
reports as plain what the speaker said only under the condition.  The article's own words that
give the condition ("said that if the ferry runs, “…”", "“…” if the board agrees") report it,
and a concession ("Even if …") sets none.
"""

from __future__ import annotations

import pytest

import quotecheck

SPEECH = """---
speaker: Marta Quill
date: 2026-03-12
occasion: address to the Fenwick harbour board
---
If the ferry company signs the lease, we will rebuild the north pier in October. Unless the \
tanneries pay their levy, the canal will stay closed until spring. If re-elected, I will \
scrap the mooring charge. In the worst case, forty boats will lose their berths. We will \
dredge the east basin if the board agrees. And if the rain holds off, the regatta will go \
ahead. The slipway will reopen in April, provided the cranes pass inspection. Even if the \
board objects, the harbour office will stay open on Sundays. The lighthouse will be painted \
in June.
"""


def _codes(article: str) -> list[tuple[str, str, tuple[str, ...], list[str]]]:
    report = quotecheck.check_text(article, sources=[quotecheck.make_source(SPEECH, id="board.md")])
    return [
        (
            q.text,
            q.verdict.value,
            tuple(f.code for f in q.findings),
            [f.message for f in q.findings if f.code == "QC106"],
        )
        for q in report.quotes
    ]


LEAD = "FENWICK — Harbour master Marta Quill spoke to the board on Thursday.\n\n"

DROPPED = [
    "Quill said: “We will rebuild the north pier in October.”",
    "Quill said: “The canal will stay closed until spring.”",
    "Quill said: “I will scrap the mooring charge.”",
    "Quill said: “Forty boats will lose their berths.”",
    "Quill said: “We will dredge the east basin.”",
    "Quill said: “The regatta will go ahead.”",
]


@pytest.mark.parametrize("body", DROPPED)
def test_a_dropped_condition_is_a_misleading_cut(body: str) -> None:
    [(_, verdict, codes, messages)] = _codes(LEAD + body)
    assert verdict == "verbatim"
    assert "QC106" in codes
    assert "condition" in messages[0]


CARRIED = [
    # the article gives the condition before the quote, or after it
    "Quill said that if the ferry company signs the lease, “we will rebuild the north pier in"
    " October.”",
    "Quill said that unless the tanneries pay, “the canal will stay closed until spring.”",
    "Quill said “we will dredge the east basin” if the board agrees.",
    "Quill said the regatta “will go ahead” if the rain holds off.",
    "Quill said the slipway “will reopen in April” if the cranes pass inspection.",
    # a concession sets no condition; a plain sentence has none; the condition is quoted
    "Quill said: “The harbour office will stay open on Sundays.”",
    "Quill said: “The lighthouse will be painted in June.”",
    "Quill said: “If re-elected, I will scrap the mooring charge.”",
    "Quill said: “We will dredge the east basin if the board agrees.”",
]


@pytest.mark.parametrize("body", CARRIED)
def test_a_condition_the_article_gives_or_none_is_no_cut(body: str) -> None:
    found = _codes(LEAD + body)
    assert found
    for _, _, codes, _ in found:
        assert "QC106" not in codes


@pytest.mark.parametrize(
    ("said_again", "flagged"),
    [
        pytest.param("The regatta will go ahead.", False, id="said again on its own"),
        pytest.param(
            "I hope the regatta will go ahead.", True, id="must stay: only inside another"
        ),
    ],
)
def test_words_also_said_without_the_condition_are_no_cut(said_again: str, flagged: bool) -> None:
    # The speaker said the words once under a condition and once as a sentence of their own:
    # a quote of them leaves nothing out (a mutation-bank false alarm: a debate answer said
    # twice, once after "And if I'm vice president …").
    source = SPEECH.replace("in June.\n", f"in June. {said_again}\n")
    article = LEAD + "Quill said: “The regatta will go ahead.”"
    report = quotecheck.check_text(article, sources=[quotecheck.make_source(source, id="b.md")])
    [quote] = report.quotes
    assert ("QC106" in {f.code for f in quote.findings}) is flagged, quote.findings


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        pytest.param(
            "Quill said the north pier would be rebuilt if the ferry company signed its lease."
            " “We will rebuild the north pier in October,” she said.",
            False,
            id="the condition in the sentence before",
        ),
        pytest.param(
            "Quill said the north pier would be rebuilt if the ferry company signed its lease.\n\n"
            "“We will rebuild the north pier in October,” she said.",
            False,
            id="the condition in the paragraph before",
        ),
        pytest.param(
            "Quill said it depended on the tanneries paying their levy. She added: “The canal"
            " will stay closed until spring.”",
            False,
            id="a report of the condition in the sentence before",
        ),
        pytest.param(
            "Quill said that, depending on the tanneries paying their levy, “the canal will stay"
            " closed until spring.”",
            False,
            id="a report of the condition right before the quote",
        ),
        pytest.param(
            "The ferry company has not yet signed its lease. “We will rebuild the north pier"
            " in October,” Quill said.",
            True,
            id="must stay: the condition's words without a condition",
        ),
        pytest.param(
            "Quill said fares would rise if the ferry company left. “We will rebuild the north"
            " pier in October,” she said.",
            True,
            id="must stay: another condition sharing a word or two",
        ),
        pytest.param(
            "Quill said the north pier would be rebuilt even if the ferry company refused to"
            " sign its lease. “We will rebuild the north pier in October,” she said.",
            True,
            id="must stay: a concession, not the condition",
        ),
        pytest.param(
            "Quill said the north pier would be rebuilt if the ferry company failed or did not"
            " sign its lease. “We will rebuild the north pier in October,” she said.",
            True,
            id="must stay: the opposite condition (a negation the source's lacks)",
        ),
        pytest.param(
            "Quill said it had never depended on the tanneries paying their levy. She added:"
            " “The canal will stay closed until spring.”",
            True,
            id="must stay: a negated report of the condition",
        ),
        pytest.param(
            "Quill said the north pier would only be rebuilt if the ferry company signed its"
            " lease. “We will rebuild the north pier in October,” she said.",
            False,
            id="the condition after 'only' is still the source's",
        ),
        pytest.param(
            "Quill said she would scrap the mooring charge if re-elected, though she did not"
            " say when. “I will scrap the mooring charge,” she said.",
            False,
            id="a negation in a later clause is not the condition's",
        ),
        pytest.param(
            "Quill said the canal would stay shut unless the tanneries paid their levy, which"
            " none of them has done. She added: “The canal will stay closed until spring.”",
            False,
            id="a negation in a relative clause after the condition",
        ),
        pytest.param(
            "Quill said the north pier was to be rebuilt if the ferry company does not sign the"
            " lease, and she gave a date. “We will rebuild the north pier in October,” she said.",
            True,
            id="must stay: the negation inside the condition's own clause",
        ),
        pytest.param(
            "Quill said the pier would be rebuilt if the ferry company signed its lease. Boats"
            " were moored all along the quay. “We will rebuild the north pier in October,” she"
            " said.",
            True,
            id="must stay: the condition two sentences back",
        ),
    ],
)
def test_a_condition_the_sentence_before_gives_is_no_cut(body: str, flagged: bool) -> None:
    # Review 19-1 (c): the article states the condition in its own words in the sentence
    # before the quote; the reader has it, so the quote hides nothing.
    [(_, verdict, codes, _)] = _codes(LEAD + body)
    assert verdict == "verbatim"
    assert ("QC106" in codes) is flagged, codes
