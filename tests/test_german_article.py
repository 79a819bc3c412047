"""A German article written for quotecheck quoting the seed press statement in a dozen places
(``tests/fixtures/german/statement_article.md``), checked against the English statement in
``../shared/seeds`` (skipped when ``../shared`` is absent).

Eight quotes render the statement faithfully (names, descriptors, a pronoun, "so"-frames,
"laut", "zufolge", an interrupted quote, »…« marks); two are partial; two other people are
quoted with no source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.models import Verdict

ROOT = Path(__file__).resolve().parents[1]
STATEMENT = ROOT.parent / "shared" / "seeds" / "002_ed95a32bf2539caf.txt"
ARTICLE = ROOT / "tests" / "fixtures" / "german" / "statement_article.md"
OFFICIAL = "Im Chon Il"
OTHERS = ("Mark Dalton", "Irina Woronowa")

pytestmark = pytest.mark.skipif(not STATEMENT.is_file(), reason="../shared/seeds is absent")


@pytest.fixture(scope="module")
def results() -> list[quotecheck.QuoteResult]:
    source = quotecheck.make_source(
        STATEMENT.read_text(encoding="utf-8"), id="statement.txt", speaker=OFFICIAL
    )
    report = quotecheck.check_text(
        ARTICLE.read_text(encoding="utf-8"),
        sources=[source],
        # no time budget: speed is measured in benchmarks, never in tests
        settings=quotecheck.api.Settings(language="de", time_budget=0),
    )
    return list(report.quotes)


def _of_others(q: quotecheck.QuoteResult) -> bool:
    return any(name in (q.speaker or "") for name in OTHERS)


def test_twelve_quotes_are_found(results: list[quotecheck.QuoteResult]) -> None:
    assert len(results) == 12, [q.text for q in results]


def test_other_speakers_have_no_source(results: list[quotecheck.QuoteResult]) -> None:
    others = [q for q in results if _of_others(q)]
    assert len(others) == 2, [(q.text, q.speaker) for q in results]
    assert all(q.verdict is Verdict.UNVERIFIABLE for q in others)


def test_renderings_of_the_statement_are_translated(
    results: list[quotecheck.QuoteResult],
) -> None:
    official = [q for q in results if not _of_others(q)]
    verdicts = [(q.text[:40], q.speaker, q.verdict.value) for q in official]
    assert all(q.verdict is Verdict.TRANSLATED for q in official), verdicts


def test_every_quote_of_the_official_is_his(results: list[quotecheck.QuoteResult]) -> None:
    official = [q for q in results if not _of_others(q)]
    assert all(OFFICIAL in (q.speaker or "") for q in official), [
        (q.text[:40], q.speaker) for q in official
    ]
