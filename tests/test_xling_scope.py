"""A translated quote whose span search leaves out the words that changed: a negation or modal
just outside the span (taken in, :meth:`CrossLingual._scope`), and a number or name changed
so much that the quote scores below ``translated_min`` (the changed words put back,
:meth:`CrossLingual._repaired_similarity`).  Sentences written for quotecheck; the built-in
encoder is loaded once per process."""

from __future__ import annotations

import pytest
from word_counts import WordCounts

from quotecheck.models import Source, Verdict
from quotecheck.xling import CrossLingual, XlingSettings, default_encoder

STATEMENT = (
    "The harbour fees will not be raised this year. We may have to close the eastern ferry "
    "line. The new bridge over the canal costs 76 million euros. Our main partner remains "
    "Hamburg, and the ferries carry 9,000 passengers a day. Nobody has asked us about the "
    "canal. The mayor must sign the contract before Easter.\n"
)

SCOPED = (
    "Parking fees will not be introduced. Tolls rise in spring. We will not build any new car "
    "parks. Oslo is our biggest client.\n"
)

CASES = [
    # (German quote, verdict expected, edit kinds expected among the edits)
    ("Die Hafengebühren werden in diesem Jahr erhöht.", Verdict.TRANSLATED_ALTERED, {"negation"}),
    ("Die Hafengebühren werden in diesem Jahr nicht erhöht.", Verdict.TRANSLATED, set()),
    (
        "Die neue Brücke über den Kanal kostet 67 Millionen Euro.",
        Verdict.TRANSLATED_ALTERED,
        {"number"},
    ),
    ("Die neue Brücke über den Kanal kostet 76 Millionen Euro.", Verdict.TRANSLATED, set()),
    ("Der Bürgermeister muss den Vertrag vor Ostern unterschreiben.", Verdict.TRANSLATED, set()),
    (
        "Der Bürgermeister kann den Vertrag vor Ostern unterschreiben.",
        Verdict.TRANSLATED_ALTERED,
        {"modality"},
    ),
]


@pytest.fixture(scope="module")
def xl() -> CrossLingual:
    source = Source(id="harbour.txt", text=STATEMENT, speaker="Mara Lind", language="en")
    return CrossLingual([source], encoder=default_encoder(), use_cache=False)


@pytest.mark.parametrize(("quote", "verdict", "kinds"), CASES, ids=lambda x: str(x)[:40])
def test_changed_words_are_seen(
    xl: CrossLingual, quote: str, verdict: Verdict, kinds: set[str]
) -> None:
    r = xl.check(quote.rstrip("."), "de")
    assert r is not None
    assert r.verdict is verdict, (r.text, r.similarity, r.edits)
    assert kinds <= {e.kind.value for e in r.edits}


@pytest.mark.parametrize(
    "quote",
    [
        "Wir haben 67 neue Busse für die Schulen gekauft.",
        "Der Trainer aus Bremen hat den Verein verlassen.",
    ],
)
def test_an_unrelated_quote_gets_no_verdict(xl: CrossLingual, quote: str) -> None:
    r = xl.check(quote.rstrip("."), "de")
    assert r is None or r.verdict is None, (r.text, r.similarity, r.edits)


@pytest.mark.parametrize(
    "quote", ["Parkgebühren werden eingeführt", "Wir werden neue Parkhäuser bauen"]
)
def test_a_negation_next_to_the_span_is_taken_in(quote: str) -> None:
    source = Source(id="city.txt", text=SCOPED, speaker="Mara Lind", language="en")
    r = CrossLingual([source], encoder=default_encoder(), use_cache=False).check(quote, "de")
    assert r is not None and "not" in r.text.split(), r
    assert r.verdict is Verdict.TRANSLATED_ALTERED
    assert {e.kind.value for e in r.edits} == {"negation"}


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        # below the floor as written; with "85 million euros" put back it is the sentence
        ("Die bridge costs 58 million euros", Verdict.TRANSLATED_ALTERED),
        # the same number changed, but the rest is other words: still too far
        ("Wir kaufen 58 Busse", None),
    ],
)
def test_changed_words_put_back(quote: str, verdict: Verdict | None) -> None:
    source = Source(
        id="canal.txt", text="The bridge costs 85 million euros.\n", speaker="M", language="en"
    )
    settings = XlingSettings(translated_min=0.8, report_min=0.0)
    xl = CrossLingual([source], encoder=WordCounts(), use_cache=False, settings=settings)
    r = xl.check(quote, "de")
    assert r is not None
    assert r.verdict is verdict, r
    if verdict is not None:
        assert r.raw_similarity is not None and r.raw_similarity < 0.8 <= r.similarity
        assert [e.kind.value for e in r.edits] == ["number"]


NAMED = (
    "Helsinki remains our closest partner. Tolls rise in spring. Oslo is our biggest client. "
    "We sold twenty ferries last year.\n"
)


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        # a name opening the sentence on both sides, changed: no check sees it as a name,
        # the quote scores below the floor, and with the source's name put back it is a
        # translation
        ("Tallinn bleibt unser engster Partner", Verdict.TRANSLATED_ALTERED),
        ("Bergen ist unser größter Kunde", Verdict.TRANSLATED_ALTERED),
        ("Oslo ist unser größter Kunde", Verdict.TRANSLATED),
        ("Bergen hat einen neuen Bahnhof gebaut", None),
    ],
)
def test_a_changed_name_opening_the_sentence(quote: str, verdict: Verdict | None) -> None:
    source = Source(id="ports.txt", text=NAMED, speaker="Mara Lind", language="en")
    r = CrossLingual([source], encoder=default_encoder(), use_cache=False).check(quote, "de")
    assert r is None or r.verdict is verdict, r
    if verdict is Verdict.TRANSLATED_ALTERED:
        assert r is not None and [e.kind.value for e in r.edits] == ["entity"]


WINTER = (
    "Last winter we had to close the eastern ferry line for two months. The school buses run "
    "every morning. The council has to repair the old pier before the summer. The harbour "
    "master must inspect the cranes before the summer. Nobody expected the storm to last so "
    "long.\n"
)


@pytest.fixture(scope="module")
def winter() -> CrossLingual:
    source = Source(id="winter.txt", text=WINTER, speaker="Ines Varga", language="en")
    return CrossLingual([source], encoder=default_encoder(), use_cache=False)


@pytest.mark.parametrize(
    ("quote", "verdict", "modal"),
    [
        # "had to" / "has to" just outside the span: a word at a time neither "had" nor "to"
        # is a modal, so the span was left without it and the dropped necessity unseen
        (
            "Die östliche Fährlinie wurde für zwei Monate geschlossen",
            "translated_altered",
            "had to",
        ),
        ("den alten Pier vor dem Sommer reparieren", "translated_altered", "has to"),
        # a one-word modal next to the span was taken in already; it still is
        ("die Kräne vor dem Sommer prüfen", "translated_altered", "must"),
        # the modal rendered: nothing changed
        ("Der Rat muss den alten Pier vor dem Sommer reparieren", "translated", "has to"),
        ("Wir mussten die östliche Fährlinie für zwei Monate schließen", "translated", "had to"),
    ],
    ids=lambda x: str(x)[:40],
)
def test_a_two_word_modal_next_to_the_span_is_taken_in(
    winter: CrossLingual, quote: str, verdict: str, modal: str
) -> None:
    r = winter.check(quote, "de")
    assert r is not None
    assert modal in r.text, r
    assert r.verdict.value == verdict, (r.text, r.edits)
    if verdict == "translated_altered":
        assert {e.kind.value for e in r.edits} == {"modality"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We had to close it.", [("necessity", ["had", "to"])]),
        (
            "They have to wait and may leave.",
            [("necessity", ["have", "to"]), ("possibility", ["may"])],
        ),
        ("She must go.", [("necessity", ["must"])]),
        ("We had two ferries.", []),
    ],
)
def test_modal_words_give_both_words_of_a_two_word_modal(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    from quotecheck.xling.checks import Side, modal_words, modals

    side = Side(text, 0, len(text), "en")
    found = modal_words(side)
    assert [(family, [t.text for t in toks]) for family, _, toks in found] == expected
    assert modals(side) == {
        family: [(cls, toks[0]) for f, cls, toks in found if f == family] for family, _, _ in found
    }
