"""QC106 (a misleading cut) on sentences written for these tests: a cut the article reports
itself is no cut; one it hides still is."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck

RADIO = """---
kind: transcript
occasion: BBC Radio Kestrel interview
date: 2026-11-06
---
HOST: Mayor, the harbour master says the wall is too low.

RUTH OKAFOR: The harbour master is an honest man, but he is looking at the old drawings. \
The new wall is two metres higher than the old one.

HOST: And the fishermen?

RUTH OKAFOR: The fishermen will keep their moorings. Not one boat will have to move.
"""


def _codes(article: str, source: str) -> list[tuple[str, tuple[str, ...]]]:
    report = quotecheck.check_text(article, sources=[quotecheck.make_source(source, id="radio.md")])
    return [(q.text, tuple(f.code for f in q.findings)) for q in report.quotes]


# The second quote goes on where the first stops: the article reports the "but".
SPLIT = [
    "“The harbour master is an honest man,” Okafor told BBC Radio Kestrel, “but he is looking"
    " at the old drawings.”",
    "Mayor Ruth Okafor defended the wall on BBC Radio Kestrel.\n\n“The harbour master is an"
    " honest man,” she said.\n\n“But he is looking at the old drawings,” she added.",
    # "but" left out where the article split the sentence
    "“The harbour master is an honest man,” Mayor Ruth Okafor said on BBC Radio Kestrel. “He is"
    " looking at the old drawings.”",
    # the continuation quoted first
    "Mayor Ruth Okafor said on BBC Radio Kestrel that the harbour master was “looking at the old"
    " drawings”. “The harbour master is an honest man,” she said, “but he is looking at the old"
    " drawings.”",
]


@pytest.mark.parametrize("article", SPLIT)
def test_a_split_quote_that_goes_on_is_no_cut(article: str) -> None:
    found = _codes(article, RADIO)
    assert len(found) >= 2, found
    assert all("QC106" not in codes for _, codes in found), found


# Controls: the "but" is reported nowhere, or only by another speaker's quote.
HIDDEN = [
    "“The harbour master is an honest man,” Mayor Ruth Okafor told BBC Radio Kestrel.",
    "“The harbour master is an honest man,” Mayor Ruth Okafor told BBC Radio Kestrel. “The"
    " fishermen will keep their moorings,” she said.",
    "“The harbour master is an honest man,” Mayor Ruth Okafor told BBC Radio Kestrel. The"
    " harbour master, Tom Quay, said: “But he is looking at the old drawings.”",
]


@pytest.mark.parametrize("article", HIDDEN)
def test_a_cut_before_an_unreported_limiter_is_still_flagged(article: str) -> None:
    text, codes = _codes(article, RADIO)[0]
    assert text.startswith("The harbour master is an honest man"), text
    assert "QC106" in codes, codes


STATEMENT = """Statement by Mayor Ruth Okafor on the Kestrel Bay sea wall

We cannot promise that nobody will be flooded, but we can promise that nobody will be \
forgotten. I do not think that the wall is too low, but the harbour master may be right \
about the gates. I never said that the wall would be finished by Christmas. The ferry will \
run all winter, but only if the council pays for the new pier.
"""


def _statement(article: str) -> tuple[str, tuple[str, ...]]:
    report = quotecheck.check_text(
        article,
        sources=[quotecheck.make_source(STATEMENT, id="statement.txt", speaker="Ruth Okafor")],
    )
    assert len(report.quotes) == 1, report.quotes
    q = report.quotes[0]
    return q.verdict.value, tuple(f.code for f in q.findings)


# The article's own words carry the source's negation; "but we can promise that …" makes a
# second promise and takes nothing back from the one the article reports.
NEGATION_REPORTED = [
    'Mayor Ruth Okafor said she could not promise that "nobody will be flooded."',
    "Mayor Ruth Okafor said the council cannot promise that “nobody will be flooded”.",
    "Mayor Ruth Okafor insisted she had never said that “the wall would be finished by Christmas.”",
]


@pytest.mark.parametrize("article", NEGATION_REPORTED)
def test_a_negation_the_article_reports_is_no_cut(article: str) -> None:
    verdict, codes = _statement(article)
    assert verdict == "verbatim" and "QC106" not in codes, (verdict, codes)


# Controls: the negation dropped, or a "but" that takes back some of what is quoted.
NEGATION_OR_LIMIT_HIDDEN = [
    'Mayor Ruth Okafor said that "nobody will be flooded."',
    "Mayor Ruth Okafor said “the wall would be finished by Christmas.”",
    "“The ferry will run all winter,” Mayor Ruth Okafor said.",
    "Mayor Ruth Okafor said she did not think that “the wall is too low”.",
    "Not everyone agreed. Mayor Ruth Okafor said that “nobody will be flooded.”",
]


@pytest.mark.parametrize("article", NEGATION_OR_LIMIT_HIDDEN)
def test_a_negation_or_limit_the_article_hides_is_still_flagged(article: str) -> None:
    verdict, codes = _statement(article)
    assert verdict == "verbatim" and "QC106" in codes, (verdict, codes)


_DOCKS = [
    "The night ferry will stop at the north pier, but the day boats keep their hours.",
    "The toll on the old bridge stays at two euros, but lorries will pay more.",
    "The canal locks open again in March, but the towpath stays closed.",
    "The dock cranes will be painted this summer, but nobody will be laid off.",
    "The fish market moves to the east quay, but the stalls keep their numbers.",
    "The harbour school gets a new roof, but the gym must wait a year.",
]


@pytest.mark.parametrize("n", [2, 4, 6])
def test_quotes_cut_before_a_limiter_are_read_once_per_article(
    n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each quote of the article is tokenised once for the "goes on" test, however many of its
    speaker's quotes stop before a limiter, and the source is not read whole for a quote that
    does not go on where another stops (was: every other quote once per such quote, and every
    source token each time)."""
    from quotecheck.match import index
    from quotecheck.score.checks import cut

    calls = {"tokenize": 0, "source tokens": 0}
    real_tokenize, real_token = cut.tokenize, index.TokenView._token

    def counted_tokenize(*args: Any, **kw: Any) -> Any:
        calls["tokenize"] += 1
        return real_tokenize(*args, **kw)

    def counted_token(self: index.TokenView, k: int) -> Any:
        calls["source tokens"] += 1
        return real_token(self, k)

    source = quotecheck.make_source(" ".join(_DOCKS * 20), id="docks.txt", speaker="Ines Varga")
    article = "Harbour plans\n\n" + "\n\n".join(
        f"“{s.split(', but')[0]},” Ines Varga said." for s in _DOCKS[:n]
    )
    monkeypatch.setattr(cut, "tokenize", counted_tokenize)
    monkeypatch.setattr(index.TokenView, "_token", counted_token)
    report = quotecheck.check_text(article, sources=[source])
    assert [("QC106" in q.codes) for q in report.quotes] == [True] * n
    assert calls["tokenize"] <= n
    assert calls["source tokens"] < len(source.text.split())
