"""A bidirectional control or another hidden character written as a character reference
(``&#8238;``, ``&#x202E;``, ``&rlm;``) is the same character to readers of the rendered
HTML or Markdown: QC116 reads the quote's decoded characters, not only the raw text."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "The ferry carries 40 cars on each crossing and will add a night run."


def _quote(nlp: Any, article: str, fmt: str) -> Any:
    source = quotecheck.make_source(SAID, speaker="Ines Holm")
    (q,) = quotecheck.check_text(article, sources=[source], fmt=fmt, nlp=nlp).quotes
    return q


def _article(fmt: str, quoted: str) -> str:
    line = f"&ldquo;{quoted},&rdquo; Ines Holm wrote."
    if fmt == "html":
        return f"<html><body><p>The councillor wrote on Tuesday.</p><p>{line}</p></body></html>"
    return f"The councillor wrote on Tuesday.\n\n{line}\n"


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize(
    ("start", "stop"),
    [
        pytest.param("&#8238;", "&#8236;", id="decimal"),
        pytest.param("&#x202E;", "&#x202C;", id="hex"),
        pytest.param("&#x202e;", "&#X202c;", id="lower-case hex"),
    ],
)
def test_a_bidi_override_as_a_reference_is_an_alteration(
    nlp: Any, fmt: str, start: str, stop: str
) -> None:
    quoted = f"The ferry carries {start}40{stop} cars on each crossing and will add a night run"
    q = _quote(nlp, _article(fmt, quoted), fmt)
    assert "QC116" in q.codes, q.explanation
    assert q.verdict is Verdict.ALTERED


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_bidi_mark_as_a_named_reference_is_flagged(nlp: Any, fmt: str) -> None:
    quoted = "The ferry carries 40 cars&rlm; on each crossing and will add a night run"
    q = _quote(nlp, _article(fmt, quoted), fmt)
    assert "QC116" in q.codes, q.explanation


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_plain_references_stay_verbatim(nlp: Any, fmt: str) -> None:
    quoted = "The ferry carries 40 cars on each crossing and will add a night&#32;run"
    q = _quote(nlp, _article(fmt, quoted), fmt)
    assert "QC116" not in q.codes, q.explanation
    assert q.verdict is Verdict.VERBATIM
