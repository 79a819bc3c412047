"""A short quote embedded in the article's own paraphrase, a figure changed ("Reyne said port
traffic had risen by “ten percent”" where she said "twelve percent"): the article's words
before the marks name the passage (``Evidence.lead_placed``), so the quote is that passage
with a number changed — `altered` (number), not `fabricated` nor "not placed" (``docs/
verdicts.md``, rule 6; red team 24, F3).  A lead-in that names no passage of hers, one that
runs into another speaker's words, or a change that is not a figure is judged as before.

Every sentence here is made up for these tests: a port town, its harbour master Petra Reyne.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

RADIO = """---
kind: transcript
occasion: interview on Harbour Hour
date: 2026-09-14
---

HOST: Harbour master, how was the summer?

REYNE: Port traffic has risen by twelve percent on last year. We handled nine hundred ships.

HOST: The fishermen say their catch fell by three percent. Is the dredging to blame?

REYNE: No. The dredging will cost four million pounds, and it starts in the spring.
"""


def _checked(sentence: str, *, stamp: str = "") -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-09-14\n---\n\n# Port live\n\n"
        f"{stamp}Harbour master Petra Reyne was on Harbour Hour this morning.\n\n"
        + "A crowd of fishermen gathered on the quay while the boats came in. " * 8
        + f"\n\n{stamp}{sentence}\n"
    )
    src = quotecheck.make_source(RADIO, id="radio.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize("stamp", ["", "**10:22** "], ids=["no timestamp", "timestamped"])
@pytest.mark.parametrize(
    ("sentence", "quoted", "said"),
    [
        pytest.param(
            "Reyne said port traffic had risen by “ten percent” since the spring.",
            "ten",
            "twelve",
            id="two words after the paraphrase",
        ),
        pytest.param(
            "Reyne said the dredging would cost “five million pounds” in all.",
            "five",
            "four",
            id="three words after the paraphrase",
        ),
        pytest.param(
            "Port traffic had risen by “ten percent,” Reyne said.",
            "ten",
            "twelve",
            id="the reporting verb after the quote",
        ),
    ],
)
def test_a_figure_changed_after_the_article_s_paraphrase_is_altered(
    sentence: str, quoted: str, said: str, stamp: str
) -> None:
    result = _checked(sentence, stamp=stamp)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    numbers = [e for e in result.edits if e.kind is EditKind.NUMBER]
    assert [(e.quote, e.source) for e in numbers] == [(quoted, said)], result.edits


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        pytest.param(
            "Reyne said port traffic had risen by “twelve percent” since the spring.",
            {Verdict.VERBATIM},
            id="the figure as she said it",
        ),
        pytest.param(
            "Reyne said pay for the crews had gone up by “ten percent”.",
            {Verdict.UNVERIFIABLE, Verdict.FABRICATED},
            id="a paraphrase of nothing she said",
        ),
        pytest.param(
            "Reyne said the catch fell by “two percent”.",
            {Verdict.UNVERIFIABLE, Verdict.FABRICATED},
            id="a paraphrase of the host's words",
        ),
        pytest.param(
            "Reyne said port traffic had risen by “a great deal” since the spring.",
            {Verdict.UNVERIFIABLE, Verdict.FABRICATED},
            id="other words than a figure",
        ),
    ],
)
def test_no_figure_placed_otherwise(sentence: str, verdicts: set[Verdict]) -> None:
    result = _checked(sentence)
    assert result.verdict in verdicts, (result.verdict, result.explanation)


def test_a_whole_sentence_with_the_figure_changed_is_still_altered() -> None:
    result = _checked("“Port traffic has risen by ten percent on last year,” Reyne said.")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert any(e.kind is EditKind.NUMBER for e in result.edits), result.edits


GULLS = """---
kind: transcript
occasion: interview on Harbour Hour
date: 2026-09-14
---

REYNE: The gull count is down{stop}nine hundred birds the seals grew this year, and we are glad.
"""


def _gulls(stop: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(GULLS.format(stop=stop), id="gulls.md")
    article = (
        "---\ndate: 2026-09-14\n---\n\nHarbour master Petra Reyne was on Harbour Hour.\n\n"
        "Reyne said the gull count was down by “eight hundred birds”.\n"
    )
    [result] = quotecheck.check_text(article, sources=[src], path="a.md").quotes
    return result


def test_a_lead_in_is_not_read_through_a_full_stop() -> None:
    """Her "The gull count is down." ends a sentence; the next one's "By nine hundred birds" is
    about seals: the lead-in places no figure of hers, and the quote is judged as before."""
    result = _gulls(". By ")
    assert "QC111" not in result.codes, (result.verdict, result.codes, result.explanation)


def test_a_lead_in_in_her_one_sentence_still_places_the_figure() -> None:
    """The twin: the same words in one sentence — her figure, changed."""
    result = _gulls(" by ")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC111" in result.codes, result.codes
