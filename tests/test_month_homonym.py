"""The month "May" is no modal (red team 19 F4, F10; sentences written for these tests).

A month name that is also a common word (``calendar_homonyms``: English "may") written with a
capital inside a sentence is the month: "reopen in May" quoted as "reopen in June" changes a
name as "March" → "April" does (QC113), not a modality (QC112), and across languages the month
must agree with the translation's ("en juin" for "in May" is a date that differs).  "We may"
stays the modal.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.xling.checks import Side, compare

SPEECH = """---
speaker: Marta Quill
date: 2026-03-12
occasion: address to the Fenwick harbour board
---
The slipway will reopen in May. Our moorings are billed on the first of May each year. We may \
sell the old crane. The regatta moves to March.
"""

LEAD = "FENWICK — Harbour master Marta Quill spoke to the board on Thursday.\n\n"


def _codes(body: str) -> tuple[str, tuple[str, ...]]:
    report = quotecheck.check_text(
        LEAD + body, sources=[quotecheck.make_source(SPEECH, id="board.md")]
    )
    [quote] = report.quotes
    return quote.verdict.value, tuple(f.code for f in quote.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Quill said: “The slipway will reopen in June.”",
        "Quill said: “Our moorings are billed on the first of April each year.”",
        "Quill said: “The regatta moves to May.”",
    ],
)
def test_a_changed_month_may_is_a_name_not_a_modal(body: str) -> None:
    verdict, codes = _codes(body)
    assert verdict == "altered"
    assert "QC113" in codes
    assert "QC112" not in codes


def test_the_modal_may_is_still_a_modal() -> None:
    verdict, codes = _codes("Quill said: “We will sell the old crane.”")
    assert verdict == "altered"
    assert "QC112" in codes


def _edits(quote: str, code: str, source: str) -> list[tuple[str, str, str]]:
    return [
        (e.kind.value, e.quote, e.source)
        for e in compare(Side(quote, 0, len(quote), code), Side(source, 0, len(source), "en"))
    ]


@pytest.mark.parametrize(
    ("quote", "code", "source", "month"),
    [
        ("La cale rouvrira en juin", "fr", "The slipway will reopen in May", "juin"),
        ("Die Rampe öffnet im Juni wieder", "de", "The slipway will reopen in May", "Juni"),
        ("La cale rouvrira en mai", "fr", "The slipway will reopen in June", "mai"),
    ],
)
def test_the_month_may_must_agree_across_languages(
    quote: str, code: str, source: str, month: str
) -> None:
    assert ("number", month, source.split()[-1]) in _edits(quote, code, source)


@pytest.mark.parametrize(
    ("quote", "code", "source"),
    [
        ("La cale rouvrira en mai", "fr", "The slipway will reopen in May"),
        ("Die Rampe öffnet im Mai wieder", "de", "The slipway will reopen in May"),
        # the modal, not the month: no date on the English side
        ("Nous vendrons peut-être la grue en juin", "fr", "We may sell the crane in June"),
    ],
)
def test_the_same_month_or_the_modal_is_no_date_change(quote: str, code: str, source: str) -> None:
    assert not [e for e in _edits(quote, code, source) if e[0] == "number"]


@pytest.mark.parametrize(
    ("quote", "code", "source"),
    [
        # a person named May is no month (review 19-2 finding 1)
        (
            "Wie Theresa May sagte, legt die Fähre im Juni wieder an",
            "de",
            "As Theresa May said, the ferry will dock again in June",
        ),
        (
            "Le bac reprendra en juin, a rappelé Brian May",
            "fr",
            "The ferry will sail again in June, Brian May recalled",
        ),
        ("Le 4 juin, Mme May a quitté le port", "fr", "On June 4, Mrs May left the harbour"),
        ("Am 4. Juni verließ Frau May den Hafen", "de", "On June 4, Mrs May left the harbour"),
    ],
)
def test_a_person_named_may_is_no_month(quote: str, code: str, source: str) -> None:
    assert not [e for e in _edits(quote, code, source) if e[0] == "number"]
    # either way round
    back = compare(Side(source, 0, len(source), "en"), Side(quote, 0, len(quote), code))
    assert not [e for e in back if e.kind.value == "number"]


@pytest.mark.parametrize(
    ("quote", "code", "source"),
    [
        ("Die Fähre legt im Juni wieder an", "de", "The ferry will dock again in May"),
        ("Le bac reprendra d'ici juin", "fr", "The ferry will sail again by May"),
        ("Le bac reprendra le 4 juin", "fr", "The ferry will sail again on May 4"),
        ("Le bac reprendra le 4 juin", "fr", "The ferry will sail again on 4 May"),
        ("Le bac reprendra fin juin", "fr", "The ferry will sail again in late May"),
        ("Le bac reprendra en juin, pas en mai", "fr", "The ferry sails in May, said Theresa May"),
    ],
)
def test_the_month_may_after_a_time_word_or_by_a_day_still_differs(
    quote: str, code: str, source: str
) -> None:
    assert [e for e in _edits(quote, code, source) if e[0] == "number"]
