"""A word or two quoted in translation is not shown made up by its absence (#16, red team 17
F16).

A German article quotes a fragment of an English speech at its own occasion: „empörend“,
„einen Witz“, „bis 2029“.  The cross-language search compares the quote with whole sentences
of the source, and a fragment of one or two words is close to none of them even when the
speaker said it, so "no sentence of their sources says this in any language" shows nothing:
such a quote, shorter than ``short-words``, is `unverifiable`, not `fabricated` (rule 9).
A whole sentence the speech does not hold is still `fabricated`, and a whole sentence it
does hold is still `translated`.

Every sentence here is made up for these tests: the harbour assembly of Kestrel Bay and its
council leader Oona Brandt.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.models import Verdict

SPEECH = """---
speaker: Oona Brandt
kind: speech
occasion: Hafenversammlung
---
This toll is outrageous. The new timetable is a joke from the first page to the last. Ferry
tickets for students stay frozen until 2029. We will never close the lighthouse.
"""


def _verdict(article: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(SPEECH, id="speech.md")
    report = quotecheck.check_text(article, sources=[source], settings=Settings(language="de"))
    assert len(report.quotes) == 1, report.quotes
    return report.quotes[0]


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "In der Hafenversammlung nannte Oona Brandt die Maut „empörend“.", id="one word"
        ),
        pytest.param(
            "In der Hafenversammlung nannte Oona Brandt den neuen Fahrplan „einen Witz“.",
            id="two words",
        ),
        pytest.param(
            "In der Hafenversammlung versprach Oona Brandt, die Studententickets „bis 2029“ "
            "einzufrieren.",
            id="a date",
        ),
        pytest.param(
            "In der Hafenversammlung versprach Oona Brandt, den Leuchtturm „niemals“ zu schließen.",
            id="a negation word",
        ),
    ],
)
def test_a_short_translated_fragment_is_not_fabricated(article: str) -> None:
    q = _verdict(article)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "too short to be found across languages" in q.explanation


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "In der Hafenversammlung sagte Oona Brandt: „Die Fischer bekommen im Winter einen "
            "neuen Kai.“",
            Verdict.FABRICATED,
            id="a whole sentence she did not say",
        ),
        pytest.param(
            "In der Hafenversammlung sagte Oona Brandt: „Wir werden den Leuchtturm niemals "
            "schließen.“",
            Verdict.TRANSLATED,
            id="a whole sentence she said",
        ),
    ],
)
def test_a_whole_sentence_is_still_judged(article: str, verdict: Verdict) -> None:
    q = _verdict(article)
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "In der Hafenversammlung erklärte Oona Brandt: „Der Hafen ist pleite.“",
            id="a whole short sentence",
        ),
        pytest.param(
            "In der Hafenversammlung rief Oona Brandt: „Wir verkaufen alles!“",
            id="a whole short exclamation",
        ),
        pytest.param(
            "In der Hafenversammlung versprach Oona Brandt, die Studententickets „bis 2041“ "
            "einzufrieren.",
            id="a fragment with a number the speech does not hold",
        ),
        pytest.param(
            "In der Hafenversammlung nannte Oona Brandt „17 Fähren“ zu viele.",
            id="a fragment that is a count the speech does not hold",
        ),
    ],
)
def test_a_short_whole_sentence_or_new_number_stays_fabricated(article: str) -> None:
    q = _verdict(article)
    assert q.verdict is Verdict.FABRICATED, (q.verdict, q.explanation)
