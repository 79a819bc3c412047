"""Someone's claim about what a person said, which a fact-check reports in order to examine it
(``claimed_quote_frames``; ``docs/verdicts.md``, *The source as evidence*): "A leaflet claims
Tarrow wrote that “…”", "a post attributes to her the line “…”", "the quote attributed to
Tarrow". The article reports the claim; it does not give the words as hers, so a claim that
misquotes her is no accusation of the article (`unverifiable`, saying why). The article that
itself misquotes her, or her own claim ("Tarrow claims “…”", "Tarrow claimed that she wrote
“…”": her account of her own words), is judged as before (red team 24, F8; review 24-2 #1).

Every sentence here is made up for these tests: a harbour town, its councillor Ines Tarrow.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.fixes import fixes_for
from quotecheck.models import Verdict

SOURCE = """---
speaker: Ines Tarrow
kind: document
occasion: op-ed in the Selwick Courier
date: 2026-03-02
---
The ferry service will run twice a day from May. We cannot afford a third boat this year.
"""


def _last(sentence: str) -> tuple[str, quotecheck.ArticleReport]:
    article = (
        "---\ndate: 2026-03-09\n---\n\nCouncillor Ines Tarrow wrote an op-ed in the Selwick "
        "Courier last week about the harbour ferry.\n\n"
        f"{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="tarrow-oped.md")
    return article, quotecheck.check_text(article, sources=[src], path="a.md")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "A leaflet pushed through doors this week claims Councillor Ines Tarrow wrote that "
            "“the ferry service will run once a day from May.” She wrote no such thing.",
            id="claims NAME wrote that",
        ),
        pytest.param(
            "The flyer claims that she said “the ferry service will never run from May.” The "
            "op-ed says otherwise.",
            id="claims that PRONOUN said",
        ),
        pytest.param(
            "One widely shared image attributes to Tarrow the line “we can afford a third boat "
            "this year”. The sentence is not in her op-ed.",
            id="attributes to NAME the line",
        ),
        pytest.param(
            "The quote attributed to her — “the ferry service will run twice a week from May” "
            "— is not what she wrote.",
            id="the quote attributed to PRONOUN",
        ),
        pytest.param(
            "A page run by her rivals alleges the councillor wrote “the ferry service will run "
            "once a day from June.”",
            id="alleges the ROLE wrote",
        ),
        pytest.param(
            "Her rival Peter Pryce claims she wrote “the ferry service will run once a day from "
            "May.”",
            id="another NAME claims PRONOUN wrote",
        ),
        pytest.param(
            "Fishermen on the quay claim that she wrote “the ferry service will run once a day "
            "from May.”",
            id="others claim that PRONOUN wrote",
        ),
    ],
)
def test_someone_s_claim_of_her_words_is_no_accusation(sentence: str) -> None:
    raw, report = _last(sentence)
    result = next(q for q in report.quotes if "ferry" in q.text or "boat" in q.text)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "claim" in result.explanation, result.explanation
    assert not [f for f in result.findings if f.level != "info"], result.findings
    # --fix rewrites altered quotes only: the claim under check keeps its words.
    assert fixes_for(report.quotes, raw) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Tarrow wrote that “the ferry service will run once a day from May.”",
            id="the article's own misquote",
        ),
        pytest.param(
            "Tarrow claims “the ferry service will run once a day from May.”",
            id="her own claim",
        ),
        pytest.param(
            "Tarrow claimed victory in the vote and wrote that “the ferry service will run once "
            "a day from May.”",
            id="no person where the claim's star stands",
        ),
        pytest.param(
            "The storm claimed the pier, and Tarrow wrote that “the ferry service will run "
            "once a day from May.”",
            id="a claim frame across a comma",
        ),
        pytest.param(
            "A leaflet claims Tarrow wrote that the ferry would stop, but in the op-ed she wrote "
            "“the ferry service will run once a day from May.”",
            id="her own verb after the claim",
        ),
        pytest.param(
            "Tarrow claimed that she wrote “the ferry service will run once a day from May.”",
            id="her own claim of her words: NAME claimed that PRONOUN wrote",
        ),
        pytest.param(
            "Tarrow later claims she wrote “the ferry service will run once a day from May.”",
            id="her own claim of her words, an adverb before the verb",
        ),
        pytest.param(
            "She claims that she wrote “the ferry service will run once a day from May.”",
            id="her own claim of her words: PRONOUN claims that PRONOUN wrote",
        ),
    ],
)
def test_the_article_s_own_misquote_is_still_altered(sentence: str) -> None:
    _, report = _last(sentence)
    result = report.quotes[-1]
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


def test_a_claim_that_quotes_her_right_is_verbatim() -> None:
    _, report = _last(
        "A leaflet claims Tarrow wrote that “the ferry service will run twice a day from May.” "
        "She did."
    )
    result = report.quotes[-1]
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)
