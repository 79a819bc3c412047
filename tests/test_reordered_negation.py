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
