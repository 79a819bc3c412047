"""Words inside an HTML ``<q>`` element are quoted words, as words between quote marks are:
never the article's own narration.  A changed quote in ``<q>`` is ``altered`` (as the same
quote between marks), not "narration put in the speaker's mouth"; a ``<q>`` that repeats the
narration written outside it is still caught."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = (
    "The ferry to Kell Island will run every hour from March. "
    "Nobody on the island should wait half a day for a boat."
)
LEDE = "<p>Harbour master Odile Frey set out the spring timetable on Thursday.</p>"


def _check(nlp: Any, body: str) -> quotecheck.ArticleReport:
    source = quotecheck.make_source(SAID, speaker="Odile Frey")
    return quotecheck.check_text(LEDE + body, sources=[source], nlp=nlp, fmt="html")


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        ("<p>She said: <q>Nobody on the island should wait half a day for a boat.</q></p>", "v"),
        ("<p>She said: <q>Nobody on the island should wait a whole day for a boat.</q></p>", "a"),
        ("<p>She said: <q>The ferry to Kell Island will run every day from March.</q></p>", "a"),
        ("<p>Frey said the ferry <q>will run every hour from May</q>.</p>", "a"),
    ],
    ids=["same", "changed-words", "changed-frequency", "partial-changed"],
)
def test_q_content_is_quoted_speech(nlp: Any, body: str, verdict: str) -> None:
    [quote] = _check(nlp, body).quotes
    expected = Verdict.VERBATIM if verdict == "v" else Verdict.ALTERED
    assert quote.verdict is expected
    assert "QC104" not in quote.codes


def test_q_repeating_the_narration_outside_it_is_still_caught(nlp: Any) -> None:
    body = (
        "<p>The board agreed the island would get a boat every hour from the first of March.</p>"
        "<p>She said: <q>The island would get a boat every hour from the first of March.</q></p>"
    )
    [quote] = _check(nlp, body).quotes
    assert quote.verdict is Verdict.NARRATION_INSERTED
