"""A day an article in another language gives a quote, against a source's date (red team 22
F8). A German or Spanish report dates its quotes by the weekday ("sagte … am Donnerstag",
"dijo … el martes"): the extractor keeps that as the quote's occasion cue. It was compared
word by word with the source's declared occasion ("Sitzung des Stadtrats"), found nowhere
there, and so every quote was put on "another occasion" (QC203) even on the right day — and
every later quote of the speaker became unverifiable, a planted change missed. The weekday
says when, not which occasion: it is read against the source's date (``occasion_times`` of
each language), a wrong day still doubted.

Every sentence here is made up for these tests: a harbour town, its port director Mara
Leontjeva, and the transcript of a port board session declared with its date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.lang import get_language
from quotecheck.models import Quote, Verdict
from quotecheck.score.checks import placement

# language → (source occasion, the speaker's two sentences, the article's frame with {when},
# the second sentence changed, the frame of the second quote)
CASES: dict[str, tuple[str, str, str, str, str, str]] = {
    "de": (
        "Sitzung des Hafenbeirats",
        "Der Kai im Osthafen wird im Frühjahr erneuert",
        "Die Arbeiten kosten etwa neun Millionen Euro",
        "„{first}“, sagte Hafendirektorin Mara Leontjeva {when}.",
        "Die Arbeiten kosten etwa zehn Millionen Euro",
        "„{second}“, sagte Leontjeva.",
    ),
    "es": (
        "sesión de la junta del puerto",
        "El muelle del este se renovará en primavera",
        "Las obras costarán unos nueve millones de euros",
        "«{first}», dijo la directora Mara Leontjeva {when}.",
        "Las obras costarán unos diez millones de euros",
        "«{second}», dijo Leontjeva.",
    ),
}

# Article dated Friday 2026-11-13; the session's transcript is dated Thursday 2026-11-12.
ARTICLE_DATE = "2026-11-13"
SOURCE_DATE = "2026-11-12"
RIGHT = {
    "de": ["am Donnerstag", "am Donnerstagabend", "gestern", "am 12. November"],
    "es": ["el jueves", "ayer", "el 12 de noviembre"],
}
WRONG = {"de": ["am Dienstag", "vergangenen Monat"], "es": ["el martes", "el mes pasado"]}


def _run(code: str, when: str, *, changed: bool) -> tuple[Quote, Quote]:
    occasion, first, second, frame, other, frame2 = CASES[code]
    source = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {occasion}\ndate: {SOURCE_DATE}\n---\n\n"
        f"MARA LEONTJEVA: {first}. {second}.\n",
        id="sitzung.txt",
        language=code,
    )
    article = (
        f"---\ndate: {ARTICLE_DATE}\n---\n\n"
        + frame.format(first=first, when=when)
        + "\n\n"
        + frame2.format(second=other if changed else second)
        + "\n"
    )
    report = quotecheck.check_text(
        article, sources=[source], path="a.md", settings=Settings(language=code, time_budget=0)
    )
    assert len(report.quotes) == 2, article
    assert report.quotes[0].speaker == report.quotes[1].speaker == "MARA LEONTJEVA"
    return report.quotes[0], report.quotes[1]


def _codes(quote: Quote) -> set[str]:
    return {f.code for f in quote.findings}


@pytest.mark.parametrize(("code", "when"), [(c, w) for c, ws in RIGHT.items() for w in ws])
def test_the_right_day_is_no_other_occasion(code: str, when: str) -> None:
    first, second = _run(code, when, changed=False)
    assert first.verdict is Verdict.VERBATIM
    assert "QC203" not in _codes(first)
    assert second.verdict is Verdict.VERBATIM


@pytest.mark.parametrize(("code", "when"), [(c, w) for c, ws in RIGHT.items() for w in ws])
def test_a_change_after_a_dated_quote_is_still_seen(code: str, when: str) -> None:
    _, second = _run(code, when, changed=True)
    assert second.verdict is Verdict.ALTERED


@pytest.mark.parametrize(("code", "when"), [(c, w) for c, ws in WRONG.items() for w in ws])
def test_another_day_is_still_doubted(code: str, when: str) -> None:
    first, _ = _run(code, when, changed=False)
    assert "QC203" in _codes(first)


@pytest.mark.parametrize(
    ("code", "frame", "day"),
    [
        ("de", "sagte die Direktorin am Donnerstag im Beirat", "2026-11-12"),
        ("de", "sagte sie am Dienstagabend", "2026-11-10"),
        ("de", "sagte sie gestern", "2026-11-12"),
        ("de", "sagte sie am 9. November", "2026-11-09"),
        ("es", "dijo la directora el miércoles", "2026-11-11"),
        ("es", "dijo el pasado lunes", "2026-11-09"),
        ("fr", "a déclaré jeudi la directrice", "2026-11-12"),
        ("fr", "a-t-elle déclaré hier", "2026-11-12"),
        ("fr", "a-t-elle dit vendredi dernier", "2026-11-06"),
        ("ru", "заявила директор в среду", "2026-11-11"),
        ("ru", "сказала она вчера", "2026-11-12"),
    ],
)
def test_each_language_reads_its_days(code: str, frame: str, day: str) -> None:
    """The time phrases of ``occasion_times`` in each language, in an article dated Friday
    2026-11-13 (a weekday: the last such day up to the article's; "dernier", "pasado": before
    it)."""
    lang = get_language(code)
    spans = placement._times_in(frame, dt.date(2026, 11, 13), placement._compiled(lang))
    assert [(s.first.isoformat(), s.last.isoformat()) for s in spans] == [(day, day)]
    assert placement.without_times(frame, lang) != frame
