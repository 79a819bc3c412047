"""A German article quoting an English statement, through the whole pipeline (issue 5)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

STATEMENT = """Statement by Ann Lee, mayor of Northvale

The river bridge will not close this winter. We have repaired 1,250 metres of railing and the
inspectors have signed off the work.

We may raise the toll next year to pay for the new lighting. The council must approve any
increase before it takes effect.
"""

SOURCES = [quotecheck.make_source(STATEMENT, id="lee.txt", speaker="Ann Lee")]


def verdicts(article: str) -> list[quotecheck.QuoteResult]:
    report = quotecheck.check_text(
        article, sources=SOURCES, settings=quotecheck.api.Settings(language="de")
    )
    return list(report.quotes)


def test_faithful_german_translation_is_translated() -> None:
    [q] = verdicts(
        "„Die Brücke über den Fluss wird in diesem Winter nicht geschlossen“, "
        "sagte Ann Lee am Montag."
    )
    assert q.verdict is Verdict.TRANSLATED, q.explanation
    assert q.match is not None and "will not close this winter" in q.match.text
    assert "QC402" in q.codes


@pytest.mark.parametrize(
    ("article", "kind"),
    [
        ("„Wir haben 1.750 Meter Geländer repariert“, sagte Ann Lee.", EditKind.NUMBER),
        (
            "„Die Brücke über den Fluss wird in diesem Winter geschlossen“, sagte Ann Lee.",
            EditKind.NEGATION,
        ),
    ],
)
def test_changed_meaning_is_translated_altered(article: str, kind: EditKind) -> None:
    [q] = verdicts(article)
    assert q.verdict is Verdict.TRANSLATED_ALTERED, q.explanation
    assert "QC401" in q.codes and any(e.kind is kind for e in q.edits)


def test_german_quote_of_a_speaker_without_source_is_unverifiable() -> None:
    [q] = verdicts("„Die Maut ist viel zu hoch für Pendler“, sagte Tom Reyes, ein Stadtrat.")
    assert q.verdict is Verdict.UNVERIFIABLE and q.speaker == "Tom Reyes"


def test_auto_language_detects_a_german_article() -> None:
    settings = quotecheck.api.Settings(language="auto")
    report = quotecheck.check_text(
        "Die Bürgermeisterin äußerte sich am Montag ausführlich zu der Brücke. „Die Brücke über "
        "den Fluss wird in diesem Winter nicht geschlossen“, sagte Ann Lee.",
        sources=SOURCES,
        settings=settings,
    )
    assert report.language == "de"
    [q] = report.quotes
    assert q.speaker == "Ann Lee" and q.verdict is Verdict.TRANSLATED
