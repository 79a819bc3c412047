"""Words beyond the edge of a clip a broadcast transcript replays (#16, round 22): a clip is cut
from a longer recording, often mid-sentence ("(BEGIN VIDEO CLIP)" … "Mara Lind: Running the
ferry …"), so what a quote has before the clip's first word or after its last stands where the
record holds nothing — a gap, as the labelling protocol has it ("a clip cut mid-sentence is not
a difference"), not words the quote added. Such words are not checked (`unverifiable` or, for
one word of no weight, the rest identical), never an accusation; a word added anywhere else,
or before a turn no clip note opens, is still compared.

Every sentence here is made up for these tests: a harbour radio show, its host Tom Berg and the
mayor Mara Lind.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, QuoteResult, Verdict

SHOW = """---
kind: transcript
occasion: harbour radio show
date: 2026-04-14
---

Tom Berg: Last week at the pier you spoke about the ferry. Roll the tape. {opening}

Mara Lind: {said}

Tom Berg: {closing}So what does that mean for the fishermen?

Mara Lind: It means more work for all of them.
"""

SAID = "Running the ferry every hour all winter long, and nobody will pay more for it."
LONG = SAID + " We have to run it in winter because the fishermen"


def _check(said: str, quoted: str, opening: str = "", closing: str = "") -> QuoteResult:
    text = SHOW.format(said=said, opening=opening, closing=closing)
    src = quotecheck.make_source(text, id="show.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Mara Lind spoke on the harbour radio show. “{quoted}” Lind said.\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes
    return report.quotes[0]


ACCUSING = {Verdict.ALTERED, Verdict.SPLICED, Verdict.MISATTRIBUTED, Verdict.FABRICATED}


@pytest.mark.parametrize(
    ("said", "quoted", "opening", "closing"),
    [
        pytest.param(
            SAID,
            "We’re running the ferry every hour all winter long, and nobody will pay more for it.",
            "(BEGIN VIDEO CLIP)",
            "",
            id="a subject before the clip's first word",
        ),
        pytest.param(
            LONG,
            "We have to run it in winter because the fishermen need it.",
            "[BEGIN VIDEOTAPE]",
            "(END VIDEO CLIP)\n\n",
            id="words after the clip's last word, its end noted in the next turn",
        ),
        pytest.param(
            LONG + " (END VIDEO CLIP)",
            "We have to run it in winter because the fishermen need it.",
            "",
            "",
            id="words after the clip's last word, its end noted in the same turn",
        ),
    ],
)
def test_words_beyond_a_clip_edge_are_not_checked(
    said: str, quoted: str, opening: str, closing: str
) -> None:
    result = _check(said, quoted, opening, closing)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    assert "clip the source replays" in result.explanation
    assert all(f.level is Level.INFO for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("said", "quoted", "opening", "closing"),
    [
        pytest.param(
            SAID,
            "We’re running the ferry every hour all winter long, and nobody will pay more for it.",
            "",
            "",
            id="must stay: a subject before a turn no clip note opens",
        ),
        pytest.param(
            SAID,
            "We’re running the ferry every hour all winter long, and nobody will pay more for it.",
            "(APPLAUSE)",
            "",
            id="must stay: a note that is no clip's start",
        ),
        pytest.param(
            SAID,
            "Running the ferry every hour all winter long, and nobody will ever pay more for it.",
            "(BEGIN VIDEO CLIP)",
            "",
            id="must stay: a word added inside the clip",
        ),
        pytest.param(
            LONG,
            "We have to run it in winter because the fishermen need it.",
            "(BEGIN VIDEO CLIP)",
            "",
            id="must stay: words after a turn no clip's end closes",
        ),
    ],
)
def test_words_added_inside_the_record_are_compared(
    said: str, quoted: str, opening: str, closing: str
) -> None:
    result = _check(said, quoted, opening, closing)
    assert result.verdict in ACCUSING, result.explanation
    assert "clip" not in result.explanation


@pytest.mark.parametrize(
    ("quoted", "code"),
    [
        pytest.param(
            "We are not running the ferry every hour all winter long, and nobody will pay more "
            "for it.",
            "QC110",
            id="a negation before the clip's first word",
        ),
        pytest.param(
            "Nobody is running the ferry every hour all winter long, and nobody will pay more "
            "for it.",
            "QC110",
            id="one negation word before the clip's first word",
        ),
        pytest.param(
            "Twelve crews are running the ferry every hour all winter long, and nobody will pay "
            "more for it.",
            "QC111",
            id="a number before the clip's first word",
        ),
    ],
)
def test_a_weighty_word_beyond_a_clip_edge_keeps_a_warning(quoted: str, code: str) -> None:
    """Review 22-1, 8: the record stops at the clip's edge, so it cannot confirm a negation,
    number or modal the quote puts there — unverifiable, with that doubt said as a warning
    (never an error, never an accusation)."""
    result = _check(SAID, quoted, "(BEGIN VIDEO CLIP)")
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    doubt = [f for f in result.findings if f.code == code]
    assert doubt and all(f.level is Level.WARNING for f in doubt), result.findings
    assert all(f.level is not Level.ERROR for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("said", "quoted", "opening", "closing"),
    [
        pytest.param(
            "thinks the ferry should run every hour all winter long.",
            "He thinks the ferry should run every hour all winter long.",
            "(BEGIN VIDEO CLIP)",
            "",
            id="one small word before the clip's first word",
        ),
        pytest.param(
            LONG,
            "We have to run it in winter because the fishermen, too.",
            "(BEGIN VIDEO CLIP)",
            "(END VIDEO CLIP)\n\n",
            id="one small word after the clip's last word",
        ),
    ],
)
def test_words_beyond_a_clip_edge_are_never_verbatim(
    said: str, quoted: str, opening: str, closing: str
) -> None:
    """Review 22-1, 7: one word of no weight beyond a clip's edge is not in the record either:
    not checked, so the quote is not called identical to the source."""
    result = _check(said, quoted, opening, closing)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    assert "clip the source replays" in result.explanation
    assert all(f.level is Level.INFO for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("said", "quoted", "closing"),
    [
        pytest.param(
            SAID,
            "Running the ferry every hour all winter long, and nobody will pay more for it again.",
            "(END VIDEO CLIP)\n\n",
            id="must stay: a word added after a full stop that ends the clip (next turn)",
        ),
        pytest.param(
            SAID + " (END VIDEO CLIP)",
            "Running the ferry every hour all winter long, and nobody will pay more for it in "
            "theory.",
            "",
            id="must stay: words added after a full stop that ends the clip (same turn)",
        ),
    ],
)
def test_words_after_a_clip_that_ends_its_sentence_are_compared(
    said: str, quoted: str, closing: str
) -> None:
    """Review 22-1, 7: a clip whose last sentence ends before its note ("… for it. (END VIDEO
    CLIP)") was not cut mid-sentence there: words the quote adds after it are the quote's."""
    result = _check(said, quoted, "(BEGIN VIDEO CLIP)", closing)
    assert result.verdict in ACCUSING, result.explanation
    assert "clip" not in result.explanation
