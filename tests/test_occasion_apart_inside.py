"""A phrase that names the declared occasion but places the words inside it is not "apart"
(review 23-1 #1 on 986d765).

"Before the hearing ended", "after the hearing resumed", "shortly after the hearing got under
way", "after the hearing's lunch break": the words were said during the hearing the source
records, so a changed number there is `altered` as before 986d765.  The direction matters:
"after the hearing ended" or "after the hearing closed" is after it — the source does not hold
what was said then, and the changed word stays doubt (`unverifiable`), as 986d765 intended.
A verb after the phrase keeps the words inside (d79aa1c, ``occasion._ends_phrase``); the pairs
that still put them after it are data (``occasion_apart_directed.txt``: "after ended"), one a
line; a possessive of the occasion's kind names a part of it.

Every sentence here is made up for these tests: the Morrow valley water board, its chair Lidia
Farkas and its reservoir.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Lidia Farkas
kind: speech
occasion: Morrow valley water board hearing
date: 2026-11-03
---
The reservoir at Pell Gap will be drained for repairs in April. We will spend four hundred
thousand euros on the outlet tower. Nobody on the board wants the summer limits back.
"""
LEDE = "Board chair Lidia Farkas spoke at the Morrow valley water board hearing on Tuesday.\n\n"
# A number changed ("nine hundred" for "four hundred").
NUMBER = "We will spend nine hundred thousand euros on the outlet tower."
# A word changed ("intake" for "outlet").
WORD = "We will spend four hundred thousand euros on the intake tower."


def _result(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        "---\ndate: 2026-11-04\n---\n" + LEDE + article,
        sources=[quotecheck.make_source(SOURCE, id="hearing.md")],
    )
    assert report.quotes, article
    return report.quotes[-1]


INSIDE = [
    pytest.param(f'Before the hearing ended, Farkas said: "{NUMBER}"', id="before it ended"),
    pytest.param(f'"{NUMBER}" Farkas said before the hearing closed.', id="before it closed"),
    pytest.param(f'"{NUMBER}" Farkas said minutes before the hearing adjourned.', id="adjourned"),
    pytest.param(f'Before the hearing wrapped up, Farkas said: "{WORD}"', id="wrapped up"),
    pytest.param(f'After the hearing resumed, Farkas said: "{NUMBER}"', id="after it resumed"),
    pytest.param(f'"{NUMBER}" Farkas said after the hearing reconvened.', id="reconvened"),
    pytest.param(
        f'Shortly after the hearing got under way, Farkas said: "{NUMBER}"', id="under way"
    ),
    pytest.param(f'"{NUMBER}" Farkas said after the hearing\'s lunch break.', id="possessive"),
    pytest.param(f'"{WORD}" Farkas said before the hearing’s closing vote.', id="possessive ’s"),
]


@pytest.mark.parametrize("article", INSIDE)
def test_a_change_said_inside_the_declared_occasion_stays_altered(article: str) -> None:
    result = _result(article)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


APART = [
    pytest.param(f'"{WORD}" Farkas said after the hearing ended.', id="after it ended"),
    pytest.param(f'After the hearing closed, Farkas said: "{WORD}"', id="closed"),
    pytest.param(f'"{WORD}" Farkas said after the hearing.', id="after the hearing"),
    pytest.param(f'"{NUMBER}" Farkas said after the hearing adjourned.', id="adjourned, a number"),
    pytest.param(f'After the hearing wrapped up, Farkas said: "{WORD}"', id="wrapped up"),
]


@pytest.mark.parametrize("article", APART)
def test_a_change_said_after_the_occasion_ended_is_still_doubt(article: str) -> None:
    result = _result(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "apart from the occasion" in result.explanation
