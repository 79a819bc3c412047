"""A tag that breaks the line or the block leaves a space between the words it parted in a
quote's ``reader_text``; inline emphasis tags part no words (review1 item 4; sentences
invented)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.document import make_document, reader_text


@pytest.mark.parametrize(
    ("raw", "fmt", "shown"),
    [
        ("<p>“The tram depot<br>shuts at dusk.”</p>", "html", "“The tram depot shuts at dusk.”"),
        ("“The tram depot<br/>shuts at dusk.”\n", "markdown", "“The tram depot shuts at dusk.”"),
        ("<p>“The tram depot</p><p>shuts at dusk.”</p>", "html", "“The tram depot shuts at dusk.”"),
        (
            "<p>“The tram <em>depot</em> shuts at dusk.”</p>",
            "html",
            "“The tram depot shuts at dusk.”",
        ),
        (
            "<p>“The tram de<b>pot</b> shuts at dusk.”</p>",
            "html",
            "“The tram depot shuts at dusk.”",
        ),
        ("<p>“The tram depot <br> shuts at dusk.”</p>", "html", "“The tram depot shuts at dusk.”"),
    ],
)
def test_reader_text_across_a_removed_tag(raw: str, fmt: str, shown: str) -> None:
    doc = make_document(raw, path="a", fmt=fmt)
    a, b = raw.index("“"), raw.index("”") + 1
    assert reader_text(doc, a, b) == shown
