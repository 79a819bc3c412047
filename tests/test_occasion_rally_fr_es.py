"""A French or Spanish quote placed at a rally — "jeudi lors d'un meeting", "lors d'un
rassemblement", "el jueves en un mitin" — is no council session's words (review 22-2 #4).
A French "meeting" is a political rally.  Once f43c6d3 read the weekday against the source's
date, such a quote with a changed number was called `altered` against the transcript of a
council session held that day; French place phrases (``occasion_places``) and kinds of a
source's declared occasion (``source_kinds``) now tell the two occasions apart: another
occasion is doubt (QC302), the session's own quote is still checked.  (Spanish "en un mitin"
was already read as another occasion: those cases guard it.)

Every sentence here is made up for these tests: a river town, its mayor Irena Salvat, and the
transcript of a council session declared with its date.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.models import QuoteResult, Verdict

SOURCES = {
    "fr": (
        "séance du conseil municipal",
        "IRENA SALVAT : La digue du quai nord sera relevée. Les travaux coûteront environ "
        "sept millions d'euros. Nous commencerons en mars.",
        "« Les travaux coûteront environ huit millions d'euros », a déclaré la maire Irena "
        "Salvat {where}.",
    ),
    "es": (
        "pleno del concejo municipal",
        "IRENA SALVAT: El dique del muelle norte se elevará. Las obras costarán unos siete "
        "millones de euros. Empezaremos en marzo.",
        "«Las obras costarán unos ocho millones de euros», dijo la alcaldesa Irena Salvat {where}.",
    ),
}


def _quote(code: str, where: str) -> QuoteResult:
    occasion, said, frame = SOURCES[code]
    source = quotecheck.make_source(
        f"---\nspeaker: Irena Salvat\nkind: transcript\noccasion: {occasion}\n"
        f"date: 2026-11-12\n---\n{said}\n",
        id="seance.txt",
        language=code,
    )
    [q] = quotecheck.check_text(
        f"---\ndate: 2026-11-13\n---\n\n{frame.format(where=where)}\n",
        sources=[source],
        path="a.md",
        settings=Settings(language=code, time_budget=0),
    ).quotes
    return q


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("fr", "jeudi lors d'un meeting"),
        ("fr", "jeudi lors d'un rassemblement"),
        ("fr", "jeudi lors d'un meeting de campagne"),
        ("fr", "lors d'un meeting"),
        ("es", "el jueves en un mitin"),
        ("es", "en un mitin"),
    ],
)
def test_a_rally_is_another_occasion(code: str, where: str) -> None:
    q = _quote(code, where)
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert "QC302" in {f.code for f in q.findings}


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("fr", "jeudi"),
        ("fr", "jeudi lors de la séance du conseil municipal"),
        ("es", "el jueves"),
        ("es", "el jueves en el pleno"),
    ],
)
def test_the_sessions_own_words_are_still_checked(code: str, where: str) -> None:
    assert _quote(code, where).verdict is Verdict.ALTERED
