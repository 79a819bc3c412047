"""A quote that gives the words of the speaker's sentence in another order and leaves out (or
adds) the negation that reverses it: German puts the object first and the negation late
("Die Hafengebühr werden wir nicht erhöhen"), so "Wir werden die Hafengebühr erhöhen" shares
every word of it but "nicht", and no alignment in order reads it.  It is `altered`, the
negation shown (QC110) — not `paraphrased` or `unverifiable` because the order differs.  The
same words reordered with the negation kept, or one negation for another, are no reversal.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "EDDA KRULL: Guten Abend. Wir haben im Rat lange über den Haushalt gesprochen. "
    "Die Hafengebühr werden wir nicht erhöhen. Der Anleger bekommt im Sommer ein neues Dach. "
    "Die Fähre nach Ostwerder fährt ab Mai wieder jeden Morgen. "
    "Den Markt am Kai verlegen wir in die Halle."
)

ARTICLE = """Die Bürgermeisterin Edda Krull hat am Dienstagabend im Rat den Haushalt vorgestellt.

„{words}“, sagte Krull.

„Der Anleger bekommt im Sommer ein neues Dach“, kündigte sie an. Auch die Fähre soll wieder
fahren: „Die Fähre nach Ostwerder fährt ab Mai wieder jeden Morgen.“
"""


def _results(words: str) -> list[quotecheck.QuoteResult]:
    source = quotecheck.make_source(SPEECH, id="rede.txt", speaker="Edda Krull")
    report = quotecheck.check_text(
        ARTICLE.format(words=words),
        sources=[source],
        path="artikel.md",
        settings=quotecheck.api.Settings(language="de", time_budget=0),
    )
    return list(report.quotes)


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Wir werden die Hafengebühr erhöhen", id="nicht left out, subject first"),
        pytest.param("Wir erhöhen die Hafengebühr", id="nicht left out, another tense too"),
        pytest.param("Erhöhen werden wir die Hafengebühr", id="nicht left out, verb first"),
        pytest.param("Den Markt am Kai verlegen wir nicht in die Halle", id="nicht added"),
        pytest.param(
            "Wir verlegen den Markt am Kai nicht in die Halle", id="nicht added, reordered"
        ),
    ],
)
def test_a_reordered_sentence_with_its_negation_changed_is_altered(words: str) -> None:
    quoted, *others = _results(words)
    assert quoted.verdict is Verdict.ALTERED, (quoted.verdict, quoted.explanation)
    assert "QC110" in quoted.codes, quoted.codes
    assert all(r.verdict is Verdict.VERBATIM for r in others), [r.verdict for r in others]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Wir werden die Hafengebühr nicht erhöhen", id="reordered, nicht kept"),
        pytest.param("Die Hafengebühr werden wir nie erhöhen", id="nie for nicht: still denied"),
        pytest.param("Wir verlegen den Markt am Kai in die Halle", id="reordered, nothing added"),
        pytest.param("Die Hafengebühr werden wir nicht erhöhen", id="as said"),
    ],
)
def test_no_reversal_without_a_negation_left_out_or_added(words: str) -> None:
    """The twins: the same words in another order, the negation kept or one for another —
    no negation changed, whatever else the order shows."""
    quoted, *_ = _results(words)
    assert "QC110" not in quoted.codes, (quoted.verdict, quoted.codes, quoted.explanation)


RADIO = (
    "NILS OSTBY: Good evening. Not this year will we raise the levy on the moorings. "
    "The slipway we will rebuild in the spring. The harbour needs the money."
)

RADIO_ARTICLE = "The harbour board met on Tuesday.\n\n“{words},” Ostby said.\n"


def _radio(words: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(RADIO, id="radio.txt", speaker="Nils Ostby")
    report = quotecheck.check_text(RADIO_ARTICLE.format(words=words), sources=[source])
    [result] = report.quotes
    return result


def test_a_negation_before_the_passage_found_is_not_folded_away() -> None:
    """English inverts after a fronted negation ("Not this year will we raise …"): the quote
    in the usual order is found in the rest of the sentence, and the "not" it leaves out
    stood before that passage — shown, never folded away (it was an added "will", a tense)."""
    result = _radio("We will raise the levy on the moorings this year")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC110" in result.codes, result.codes
    assert "QC115" not in result.codes, result.codes


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("We will rebuild the slipway in the spring", id="object moved back"),
        pytest.param("The slipway we will rebuild in the spring", id="as said"),
    ],
)
def test_words_moved_are_no_tense_or_negation(words: str) -> None:
    """The twin: the same words in another order, nothing left out — shown as moved, no
    tense (QC115) or negation (QC110) dropped and added."""
    result = _radio(words)
    assert not {"QC110", "QC115"} & set(result.codes), (result.codes, result.explanation)


FERRY = (
    "ONA BRIX: Good morning. Not in June will we shut the ferry to the island. "
    "{then}The pier stays open."
)


def _ferry(then: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(FERRY.format(then=then), id="ferry.txt", speaker="Ona Brix")
    article = (
        "The harbour board met on Tuesday.\n\n"
        "“We will shut the ferry to the island in June,” Brix said.\n"
    )
    [result] = quotecheck.check_text(article, sources=[source]).quotes
    return result


def test_her_own_sentence_with_the_words_reordered_ends_the_search() -> None:
    """She also said the quote's very words in another order ("In June we will shut …"):
    that reordering is what was quoted, never a "not" dropped from her other, negative
    sentence."""
    result = _ferry("In June we will shut the ferry to the island. ")
    assert "QC110" not in result.codes, (result.codes, result.explanation)


def test_the_negative_sentence_alone_still_has_its_not_dropped() -> None:
    """The twin: only the negative sentence, whose words after "Not" are the quote's in
    another order — the "not" just before them is still shown dropped."""
    result = _ferry("")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC110" in result.codes, result.codes
