"""A translated quote attributed to a speaker whose sources hold nothing like it: `fabricated`,
never `misattributed` unless another speaker's source holds the words themselves (issue 18)."""

from __future__ import annotations

import quotecheck
from quotecheck.models import Verdict

LEE = """Statement by Ann Lee, mayor of Northvale

The river bridge will not close this winter. We have repaired 1,250 metres of railing.
"""
REYES = """Remarks by Tom Reyes, councillor

The library will stay open on Sundays. We are hiring two new librarians.
"""
SOURCES = [
    quotecheck.make_source(LEE, id="lee.txt", speaker="Ann Lee"),
    quotecheck.make_source(REYES, id="reyes.txt", speaker="Tom Reyes"),
]


def verdict(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        article,
        sources=SOURCES,
        # no time budget: speed is measured in benchmarks, never in tests
        settings=quotecheck.api.Settings(language="de", time_budget=0),
    )
    [q] = report.quotes
    return q


def test_someone_elses_words_rendered_faithfully_are_misattributed() -> None:
    q = verdict("„Wir haben 1.250 Meter Geländer repariert“, sagte Tom Reyes.")
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation


def test_a_changed_rendering_of_someone_elses_words_is_fabricated() -> None:
    q = verdict("„Wir haben 3.400 Meter Geländer repariert“, sagte Tom Reyes.")
    assert q.verdict is Verdict.FABRICATED, q.explanation
