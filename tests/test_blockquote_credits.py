"""A block quote's credit names who said the words; it is not among them.

A post embedded as the platforms write it (``<blockquote>`` with the words, then "— Name
(@handle) date", a picture link at the end of the words), a ``<cite>`` ending the block, a
``<footer>`` inside it, and a Markdown ``>`` block whose last line is "— Name": the credit is
left out of the quote and read as the quote's dash credit (the speaker).  A ``<cite>`` inside a
sentence names a work and stays in the words.
"""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.inputs.document import make_document
from quotecheck.models import Verdict

SAID = (
    "The ferry to Kell Island will run every hour from March. "
    "Nobody on the island should have to wait half a day for a boat."
)
WORDS = "The ferry to Kell Island will run every hour from March."
LEDE = "<p>The harbour board met on Thursday to settle the spring timetable.</p>"

HTML_CASES = {
    "post-embed": (
        f'<blockquote class="social-post"><p lang="en" dir="ltr">{WORDS} '
        '<a href="https://t.example/k1">pic.example.com/k1</a></p>&mdash; Odile Frey '
        '(@odilefrey) <a href="https://example.com/odilefrey/1">February 3, 2027</a>'
        "</blockquote>"
    ),
    "post-link-only": (
        f"<blockquote><p>{WORDS} https://t.example/k1</p>&mdash; Odile Frey (@odilefrey) "
        "February 3, 2027</blockquote>"
    ),
    "cite-last": f"<blockquote><p>{WORDS}</p><cite>Odile Frey</cite></blockquote>",
    "cite-after-dash": f"<blockquote><p>{WORDS}</p><p>— <cite>Odile Frey</cite></p></blockquote>",
    "footer-dash": (
        f"<blockquote><p>“{WORDS}”</p><footer>— Odile Frey, harbour master</footer></blockquote>"
    ),
    "footer-plain": (
        f"<blockquote><p>{WORDS}</p><footer>Odile Frey, harbour master</footer></blockquote>"
    ),
}


def _check(nlp: Any, article: str, fmt: str) -> quotecheck.ArticleReport:
    source = quotecheck.make_source(SAID, speaker="Odile Frey")
    return quotecheck.check_text(article, sources=[source], nlp=nlp, fmt=fmt)


@pytest.mark.parametrize("body", list(HTML_CASES.values()), ids=list(HTML_CASES))
def test_html_credit_is_the_speaker_not_the_words(nlp: Any, body: str) -> None:
    report = _check(nlp, LEDE + body, "html")
    [quote] = report.quotes
    assert quote.verdict is Verdict.VERBATIM
    assert "Frey" not in quote.text and "example" not in quote.text
    assert quote.attribution.rule == "dash-credit"
    assert quote.speaker == "Odile Frey"


@pytest.mark.parametrize(
    "body",
    [
        f"> {WORDS}\n> — Odile Frey (@odilefrey) February 3, 2027\n",
        f"> {WORDS}\n>\n> — Odile Frey, harbour master\n",
    ],
    ids=["post", "credit-line"],
)
def test_markdown_credit_line_is_the_speaker(nlp: Any, body: str) -> None:
    article = "The harbour board met on Thursday to settle the spring timetable.\n\n" + body
    [quote] = _check(nlp, article, "markdown").quotes
    assert quote.verdict is Verdict.VERBATIM
    assert quote.speaker == "Odile Frey"


def test_a_credit_naming_another_person_is_a_misattribution(nlp: Any) -> None:
    """The credit feeds attribution: the words are Frey's, the post is credited to Holt."""
    body = HTML_CASES["post-embed"].replace("Odile Frey", "Bram Holt").replace("odilefrey", "bh")
    report = _check(nlp, LEDE + body, "html")
    [quote] = report.quotes
    assert quote.speaker == "Bram Holt"
    assert quote.verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "body",
    [
        "<blockquote><p>As the old song <cite>Tides of Kell</cite> has it, the boat waits "
        "for nobody.</p></blockquote>",
        "<blockquote><p>The boat waits for nobody.</p><p>— and nobody waits for the boat, "
        "as every islander will tell you at length whenever the ferry is late, which it is "
        "most days of the week in winter and on a good many days in summer as well.</p>"
        "</blockquote>",
    ],
    ids=["cite-in-sentence", "long-dashed-line"],
)
def test_words_that_are_no_credit_stay_in_the_quote(body: str) -> None:
    doc = make_document(LEDE + body, fmt="html")
    [(a, b)] = doc.block_quotes
    assert doc.view[a:b].rstrip().endswith(("nobody.", "well."))


@pytest.mark.parametrize(
    ("body", "fmt", "end"),
    [
        pytest.param(
            "> The quay is never quiet.\n> — and the gulls see to that, every single morning.\n",
            "markdown",
            "morning.",
            id="markdown-dash-lower-case",
        ),
        pytest.param(
            LEDE + "<blockquote><p>The quay is never quiet.</p>"
            "<p>– and the gulls see to that, every single morning.</p></blockquote>",
            "html",
            "morning.",
            id="html-dash-lower-case",
        ),
        pytest.param(
            LEDE + "<blockquote><p>The quay will be rebuilt by May, as set out in "
            "<cite>The Quay Review</cite></p></blockquote>",
            "html",
            "Review",
            id="cite-ending-a-sentence",
        ),
    ],
)
def test_a_last_line_or_title_that_names_no_one_stays_in_the_words(
    body: str, fmt: str, end: str
) -> None:
    """A dash and lower-case words go on with the quote; a work's title in a ``<cite>`` after
    words of the sentence is part of it, even at the block's end: neither is cut as a credit,
    so a change in them is seen."""
    doc = make_document(body, fmt=fmt)
    [(a, b)] = doc.block_quotes
    assert doc.view[a:b].rstrip().endswith(end)


@pytest.mark.parametrize(
    ("body", "fmt", "end"),
    [
        pytest.param(
            "> The quay will reopen in May.\n>\n> — Odile Frey of the Harbour Party\n",
            "markdown",
            "May.",
            id="markdown-name-of-the-party",
        ),
        pytest.param(
            "> The quay will reopen in May.\n> — Odile Frey from Dunmore\n",
            "markdown",
            "May.",
            id="markdown-name-from-a-place",
        ),
        pytest.param(
            LEDE + "<blockquote><p>The quay will reopen in May.</p>"
            "<p>— Odile Frey at Quay Trust</p></blockquote>",
            "html",
            "May.",
            id="html-name-at-an-employer",
        ),
        pytest.param(
            "> The quay will reopen in May.\n> — Most of all, the gulls will be back.\n",
            "markdown",
            "back.",
            id="must-stay-capital-then-of-lower-case",
        ),
    ],
)
def test_a_credit_naming_the_persons_party_or_place_is_cut(body: str, fmt: str, end: str) -> None:
    """A dash, a name and "of/from/at" + a capitalised word is a credit, cut from the block's
    words (review18-3 item 2: "— Carl Lee of the Roads Party"); "— Most of all, …" is not."""
    doc = make_document(body, fmt=fmt)
    [(a, b)] = doc.block_quotes
    assert doc.view[a:b].rstrip().endswith(end)


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("https://kell.example.org/berths", id="the post's full address"),
        pytest.param("https://t.example/k2", id="a shortened link"),
    ],
)
def test_a_posted_address_ending_a_block_quote_is_no_change(nlp: Any, address: str) -> None:
    # A post shows its link without the scheme ("kell.example.org/berths"); the source keeps
    # the full address or a short link. The link is the post's attachment, not words changed
    # (review 19-3, 2: an address compared as words gave "dropped “https”" or QC104).
    said = f"Sailings to Kell resume on Monday. Book your berth now: {address}"
    source = quotecheck.make_source(said, speaker="Odile Frey")
    article = (
        "The harbour board met on Thursday.\n\nOdile Frey posted on Sunday:\n\n"
        "> Sailings to Kell resume on Monday. Book your berth now: kell.example.org/berths\n"
    )
    [quote] = quotecheck.check_text(article, sources=[source], nlp=nlp, fmt="markdown").quotes
    assert quote.verdict is Verdict.VERBATIM, (quote.verdict, quote.explanation)
