"""What counts as an editorial insertion is decided once (``quotecheck/insertion.py``); the
places that read one agree on every case: extraction's segments, the cross-language path
(the quote it embeds and the text its checks compare) and the lineage page (its marked runs).

Each case is a quote, the insertions in it and the ellipses in it, written out as strings (the
``…`` below is U+2026).  Before the insertion had one home the cross-language path dropped every
square bracket and kept the words inside (it embedded and compared "the senator" as the
speaker's), and extraction read an ellipsis inside an insertion as a second mark overlapping
the first: both are cases here.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from quotecheck.extract.segments import segments_of
from quotecheck.lineage.html import mark_changes
from quotecheck.models import EditKind, SegmentKind
from quotecheck.xling.checks import Side, compare
from quotecheck.xling.core import _clean_quote, _spoken

# (quote, its insertions in order, its ellipses in order); the rest is the speaker's words
CASES = [
    pytest.param("[The senator] wants the plan to pass", ["[The senator]"], [], id="opening"),
    pytest.param("We gave [it] to the town council", ["[it]"], [], id="inside"),
    pytest.param("We will pay for all of [them]", ["[them]"], [], id="closing"),
    pytest.param("The plan [sic] is very much alive", ["[sic]"], [], id="sic"),
    pytest.param(
        "We [the council] and they [the mayors] agree",
        ["[the council]", "[the mayors]"],
        [],
        id="two",
    ),
    pytest.param("We gave[it]to the council", ["[it]"], [], id="no-spaces"),
    pytest.param("We gave [ ] to the council", ["[ ]"], [], id="a-space-inside"),
    pytest.param(
        "We gave [" + "x" * 120 + "] to them", ["[" + "x" * 120 + "]"], [], id="120-characters"
    ),
    pytest.param("Wir haben [dem Rat] alles gegeben", ["[dem Rat]"], [], id="german"),
    # an ellipsis next to an insertion, or inside one (the insertion's: one mark, no overlap)
    pytest.param(
        "We gave […] it to [the council]",
        ["[the council]"],
        ["[…]"],
        id="beside-a-bracketed-ellipsis",
    ),
    pytest.param(
        "We gave [the … council] all of it", ["[the … council]"], [], id="ellipsis-inside"
    ),
    pytest.param(
        "We gave [... and the council] all",
        ["[... and the council]"],
        [],
        id="dots-opening-an-insertion",
    ),
    # not insertions: a bracketed ellipsis, round brackets, empty, nested, unpaired, too long,
    # across a line break
    pytest.param("We gave [...] to the council", [], ["[...]"], id="bracketed-ellipsis"),
    pytest.param("We gave [. . .] to the council", [], ["[. . .]"], id="bracketed-spaced-dots"),
    pytest.param("We gave (the council) all of it", [], [], id="round-brackets"),
    pytest.param("We gave [] to the council", [], [], id="empty"),
    pytest.param("We gave [a [b] c] to them", ["[b]"], [], id="nested"),
    pytest.param("We gave [it to the council", [], [], id="unclosed"),
    pytest.param("We gave it] to the council", [], [], id="unopened"),
    pytest.param("We gave [" + "x" * 121 + "] to them", [], [], id="121-characters"),
    pytest.param("We gave [the\ncouncil] all of it", [], [], id="line-break"),
]


def _without(quote: str, marks: list[str]) -> str:
    """The quote with the given marks (found by plain string search, not by the code under
    test) replaced by a space, white space collapsed."""
    for mark in marks:
        quote = quote.replace(mark, " ", 1)
    return " ".join(quote.split())


@pytest.mark.parametrize(("quote", "inserted", "cut"), CASES)
def test_the_definition(quote: str, inserted: list[str], cut: list[str]) -> None:
    from quotecheck.insertion import insertions, is_insertion, marks

    assert [quote[a:b] for a, b in insertions(quote)] == inserted
    assert all(is_insertion(text) for text in inserted)
    found = marks(quote)
    assert [quote[m.start : m.end] for m in found if m.kind == "insertion"] == inserted
    assert [quote[m.start : m.end] for m in found if m.kind == "ellipsis"] == cut
    assert all(m.end <= n.start for m, n in pairwise(found))  # no overlap


@pytest.mark.parametrize(("quote", "inserted", "cut"), CASES)
def test_extraction_segments(quote: str, inserted: list[str], cut: list[str]) -> None:
    segments = segments_of(quote, quote, 0, len(quote))
    assert [s.text for s in segments if s.kind is SegmentKind.INSERTION] == inserted
    assert [s.text for s in segments if s.kind is SegmentKind.ELLIPSIS] == cut
    assert all(s.end <= t.start for s, t in pairwise(segments))
    spoken = " ".join(s.text for s in segments if s.kind is SegmentKind.TEXT)
    assert " ".join(spoken.split()) == _without(quote, inserted + cut)


@pytest.mark.parametrize(("quote", "inserted", "cut"), CASES)
def test_cross_language_embedded_quote(quote: str, inserted: list[str], cut: list[str]) -> None:
    assert _clean_quote(quote) == _without(quote, inserted + cut)


@pytest.mark.parametrize(("quote", "inserted", "cut"), CASES)
def test_cross_language_compared_words(quote: str, inserted: list[str], cut: list[str]) -> None:
    spoken = _spoken(quote)
    assert len(spoken) == len(quote)  # the edits' offsets still point into the quote
    assert " ".join(spoken.split()) == _without(quote, inserted)


@pytest.mark.parametrize(("quote", "inserted", "cut"), CASES)
def test_lineage_page_runs(quote: str, inserted: list[str], cut: list[str]) -> None:
    """Against the speaker's words the insertions are shown as the writer's and nothing is a
    changed word; against the same words with other ones in their place neither."""
    runs, _ = mark_changes(quote, _without(quote, inserted + cut))
    assert [r.text for r in runs if r.mark == "inserted"] == inserted
    assert [r.text for r in runs if r.mark == "cut"] == cut
    assert not [r.text for r in runs if r.mark == "changed"]
    assert "".join(r.text for r in runs) == quote


@pytest.mark.parametrize(
    ("quote", "source", "changed", "dropped"),
    [
        ("[Ana Costa] will cut the tax", "She will cut the tax", [], []),
        ("We gave [it] to the town", "We gave the old mill to the town", [], ["the old mill"]),
        (
            "We gave [it] to the city hall",
            "We gave the mill to the town hall",
            ["city"],
            ["the mill town"],
        ),
    ],
)
def test_lineage_page_compares_only_the_speakers_words(
    quote: str, source: str, changed: list[str], dropped: list[str]
) -> None:
    runs, gone = mark_changes(quote, source)
    assert [r.text.strip() for r in runs if r.mark == "changed"] == changed
    assert [" ".join(source.split()[i] for i in sorted(gone))] == (dropped or [""])


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("[Ana Costa] will cut the tax on bread", "She will cut the tax on bread"),
        ("Wir werden [Ana Costa] die Brotsteuer senken", "We will cut the tax on bread"),
    ],
)
def test_a_name_the_writer_added_is_not_a_changed_name(quote: str, source: str) -> None:
    """The checks compare the speaker's words: a name in brackets is not a name the speaker
    said (before, "[Ana Costa]" against "She" was an entity edit)."""
    lang = "de" if quote.startswith("Wir") else "en"
    quote_side = Side(_spoken(quote), 0, len(quote), lang)
    edits = compare(quote_side, Side(source, 0, len(source), "en"))
    assert EditKind.ENTITY not in {e.kind for e in edits}
