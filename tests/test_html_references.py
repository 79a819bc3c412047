"""Character references and bare ampersands in HTML articles change no word.

Browsers (and ``html.unescape``) show ``M&S``, ``Q&A`` or ``AT&T`` as written: ``&S`` names no
character.  The reader keeps the ampersand and the letters after it, so a quote naming a
company or a format is the speaker's words, not a quote with a word dropped.  A real reference
(``&amp;``, ``&eacute;``) is read as the character it stands for, and one inside a word
(``caf&eacute;``, ``won&rsquo;t``, ``won&#8217;t`` as WordPress writes it) leaves the word
whole: never a dropped negation."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.inputs.document import make_document, reader_text
from quotecheck.models import Verdict

SAID = (
    "M&S Foods will open a second shop on the quay. We ran a Q&A for the fishermen at the "
    "A&E entrance. The café reopens in March. The ferry won’t stop at Nolan’s jetty."
)


@pytest.mark.parametrize(
    "quoted",
    [
        "M&S Foods will open a second shop on the quay",
        "We ran a Q&A for the fishermen at the A&E entrance",
        "M&amp;S Foods will open a second shop on the quay",
        "The caf&eacute; reopens in March",
        "The ferry won&rsquo;t stop at Nolan&rsquo;s jetty",
        "The ferry won&#8217;t stop at Nolan&#x2019;s jetty",
    ],
    ids=[
        "bare-one-letter",
        "bare-two",
        "escaped",
        "letter-in-word",
        "apostrophe-named",
        "apostrophe-numeric",
    ],
)
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_references_keep_their_words(nlp: Any, quoted: str, fmt: str) -> None:
    if fmt == "markdown" and "&amp;" not in quoted and ";" not in quoted:
        pytest.skip("a bare ampersand is Markdown text already")
    source = quotecheck.make_source(SAID, speaker="Rhian Pugh")
    article = (
        f"<p>“{quoted},” Rhian Pugh said.</p>" if fmt == "html" else f"“{quoted},” Rhian Pugh said."
    )
    (q,) = quotecheck.check_text(article, sources=[source], nlp=nlp, fmt=fmt).quotes
    assert q.verdict is Verdict.VERBATIM
    assert not {"QC101", "QC110"} & set(q.codes)


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("<p>Q&A at M&S</p>", "Q&A at M&S"),
        ("<p>R&amp;D and AT&T</p>", "R&D and AT&T"),
        ("<p>Fish &chips;</p>", "Fish &chips;"),
        ("<p>Caf&eacute; won&#8217;t</p>", "Café won’t"),
        ("<p>re&shy;build</p>", "re\u00adbuild"),
    ],
    ids=["bare", "mixed", "unknown-name-with-semicolon", "in-word", "invisible"],
)
def test_reader_text_shows_bare_ampersands(raw: str, read: str) -> None:
    doc = make_document(raw, fmt="html")
    assert reader_text(doc, 3, len(raw) - 4) == read
