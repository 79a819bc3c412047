"""The two edit shapes several checks write (tidy review item 8): the quote's words as an
insertion no source answers (``edits.inserted``: a reporting frame or the article's narration
inside the marks, words where the source marks a gap) and the same words in another order
(``edits.reordering``: the splice check's compact move, the aligner's deletion + insertion).

The helpers' fields, then the edits the checks give on sentences written for these tests,
field by field: each check must still write its edit the one way.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Edit, EditKind
from quotecheck.score.edits import inserted, reordering

RAW = "Lee said: “I went on to say that the ferry runs.”"


@pytest.mark.parametrize(
    ("start", "end", "note", "meaning", "gap"),
    [
        pytest.param(11, 32, "a reporting frame", True, False, id="narration"),
        pytest.param(33, 49, "the source marks a gap", False, True, id="gap"),
        pytest.param(0, 0, "nothing", False, False, id="empty"),
    ],
)
def test_inserted(start: int, end: int, note: str, meaning: bool, gap: bool) -> None:
    edit = inserted(RAW, start, end, note, meaning_changing=meaning, gap=gap)
    assert edit == Edit(
        kind=EditKind.INSERTION,
        quote=RAW[start:end],
        source="",
        quote_start=start,
        quote_end=end,
        source_start=None,
        source_end=None,
        meaning_changing=meaning,
        note=note,
        gap=gap,
    )


@pytest.mark.parametrize(
    ("quote_span", "source_span"),
    [
        pytest.param((3, 9), (40, 46), id="both known"),
        pytest.param((None, None), (40, 46), id="quote side unknown"),
    ],
)
def test_reordering(
    quote_span: tuple[int | None, int | None], source_span: tuple[int | None, int | None]
) -> None:
    edit = reordering("the ferry", "the ferry", quote_span, source_span)
    assert edit == Edit(
        kind=EditKind.REORDERING,
        quote="the ferry",
        source="the ferry",
        quote_start=quote_span[0],
        quote_end=quote_span[1],
        source_start=source_span[0],
        source_end=source_span[1],
        meaning_changing=False,
        note="the same words stand in another order",
        gap=False,
    )


STATEMENT = (
    "The ferry will keep running every hour through the winter. The fares stay where they "
    "are for the whole year. I thank the crews of the lake service for their steady work.\n"
)


@pytest.mark.parametrize(
    ("article", "kind", "quote", "meaning", "note"),
    [
        pytest.param(
            "Mara Lind said: “I went on to say that the ferry will keep running every hour "
            "through the winter.”",
            EditKind.INSERTION,
            "I went on to say",
            True,
            "a reporting frame inside the quote marks",
            id="reporting frame",
        ),
        pytest.param(
            "Mara Lind said: “The fares stay where they are for the whole year, the ferry "
            "will keep running every hour through the winter.”",
            EditKind.REORDERING,
            None,
            False,
            "the same words stand in another order",
            id="reordered",
        ),
    ],
)
def test_checks_write_the_one_shape(
    article: str, kind: EditKind, quote: str | None, meaning: bool, note: str
) -> None:
    source = quotecheck.make_source(STATEMENT, id="lind.txt", speaker="Mara Lind")
    report = quotecheck.check_text(article, sources=[source])
    (result,) = report.quotes
    hits = [e for e in result.edits if e.kind is kind]
    assert hits, result.edits
    edit = hits[0]
    assert edit.note == note and edit.meaning_changing is meaning and not edit.gap
    assert edit.quote_start is not None and edit.quote_end is not None
    assert article[edit.quote_start : edit.quote_end] == edit.quote
    if quote is not None:
        assert edit.quote == quote
    if kind is EditKind.INSERTION:
        assert edit.source == "" and edit.source_start is None and edit.source_end is None
    else:
        assert edit.source_start is not None and edit.source_end is not None
        assert STATEMENT[edit.source_start : edit.source_end] == edit.source
