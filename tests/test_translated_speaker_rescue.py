"""Whose words a translated quote is, decided as for a quote in the source's own language
(red team 22 F6). A pronoun the article's sentences resolve wrongly ("she" after a quote of
a councillor, or a sentence's first word read as a name) made faithful translations of the
mayor's words `misattributed` to the councillor, while the same article against a transcript
in its own language took them as the mayor's (QC204: the article's speaker was an inference
and the mayor is named next to the quote). One decision now serves both
(``speaker.whose_translated``, steps 3, 6 and 7 of ``speaker.whose_words``); an explicit
"Haugen said" with the councillor's words is still misattributed.  (The article's sentence
before "she said" shows the mayor without reporting her words: after a sentence that does,
"Haugen said the survey … . “…,” she said.", "she" is Haugen herself —
tests/test_reported_subject_pronoun.py — and no rescue is needed.)

Every sentence here is made up for these tests: a town council on a dam, Mayor Ada Haugen and
Councillor Piet Marr, the meeting's transcript in German and in English.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.models import QuoteResult, Verdict

GERMAN = """---
kind: transcript
occasion: Sitzung des Gemeinderats
date: 2026-04-08
---

BÜRGERMEISTERIN ADA HAUGEN: Meine Damen und Herren, der Damm an der Mühlenstraße ist nicht mehr \
sicher. Wir sperren ihn ab Montag für Lastwagen.

RATSHERR PIET MARR: Seit zwei Jahren warnen wir davor. Warum passiert das erst jetzt?

BÜRGERMEISTERIN ADA HAUGEN: Das Gutachten kam erst letzte Woche. Ich werde mich nicht hinter \
Ingenieuren verstecken. Die Reparatur wird etwa sieben Millionen Euro kosten.
"""

ENGLISH = """---
kind: transcript
occasion: town council meeting
date: 2026-04-08
---

MAYOR ADA HAUGEN: Ladies and gentlemen, the dam on Mühlenstraße is no longer safe. We will close \
it to trucks from Monday.

COUNCILLOR PIET MARR: We have been warning about this for two years. Why is this only happening \
now?

MAYOR ADA HAUGEN: The survey came only last week. I will not hide behind engineers. The repair \
will cost about seven million euros.
"""

ARTICLE = """---
date: 2026-04-09
---

"Ladies and gentlemen, the dam on Mühlenstraße is no longer safe," Mayor Ada Haugen told the \
council.

Councillor Piet Marr said the council had warned about the dam "for two years." "Why is this \
only happening now?" he asked.

Haugen held up the survey, which had arrived only last week. "I will not hide behind engineers," \
she said. \
The repair will cost "about seven million euros," she added.

"We have been warning about this for two years," Haugen said.
"""


def _check(article: str, transcript: str) -> list[QuoteResult]:
    source = quotecheck.make_source(transcript, id="rat.txt")
    report = quotecheck.check_text(
        article, sources=[source], path="a.md", settings=Settings(language="en", time_budget=0)
    )
    return list(report.quotes)


def _call(q: QuoteResult) -> tuple[bool, set[str]]:
    """Whether the quote is accused, and its speaker findings."""
    accused = q.verdict in (Verdict.MISATTRIBUTED, Verdict.FABRICATED)
    return accused, {f.code for f in q.findings if f.code in ("QC201", "QC204", "QC205")}


@pytest.mark.parametrize(
    "quote",
    ["I will not hide behind engineers", "about seven million euros"],
)
def test_a_faithful_translation_of_the_named_speakers_words_is_theirs(quote: str) -> None:
    [q] = [q for q in _check(ARTICLE, GERMAN) if q.text.startswith(quote)]
    assert q.verdict is Verdict.TRANSLATED, q.explanation
    assert "QC204" in {f.code for f in q.findings}
    assert q.speaker == "BÜRGERMEISTERIN ADA HAUGEN"


def test_the_translated_path_decides_as_the_english_one() -> None:
    translated = [_call(q) for q in _check(ARTICLE, GERMAN)]
    english = [_call(q) for q in _check(ARTICLE, ENGLISH)]
    assert translated == english


@pytest.mark.parametrize("transcript", [GERMAN, ENGLISH], ids=["translated", "english"])
def test_an_explicit_attribution_of_anothers_words_is_still_misattributed(
    transcript: str,
) -> None:
    article = (
        "---\ndate: 2026-04-09\n---\n\nThe dam on Mühlenstraße will close to trucks.\n\n"
        '"We have been warning about this for two years," Haugen said.\n'
    )
    [q] = _check(article, transcript)
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation
