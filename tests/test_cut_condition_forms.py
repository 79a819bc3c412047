"""No QC106 for a condition a faithful quote does not leave out (review 19-1 F1; sentences
written for these tests).

The article quotes the condition itself in the same speaker's neighbouring quote ("“If the
tram line opens,” Dunmore said, “we will …”"); an opener in the form of a condition sets none
("If you ask me, …", language data ``form_conditions``); an "if" after a verb of asking or
knowing asks a question ("I can't say if …" is a condition, "I'm not sure if …" is not:
``whether_if_heads``).  A condition the quote really leaves out stays QC106.
"""

from __future__ import annotations

import pytest

import quotecheck

SPEECH = """---
speaker: Oren Dunmore
date: 2026-04-20
occasion: address to the Lisk valley council
---
If the tram line opens, we will close the old depot in March. If you ask me, the depot roof \
is beyond repair. If I'm honest, the council wasted a year on the bypass. If anything, the \
bus fares are too cheap. If you look at the ledgers, the market hall never paid its way. \
Nobody has asked if the orchard can be kept. I'm not sure if the viaduct will survive the \
winter. We will repaint the library if the lottery grant comes through.
"""

LEAD = "LISK — Councillor Oren Dunmore spoke to the valley council on Monday.\n\n"


def _qc106(body: str) -> list[tuple[str, bool]]:
    report = quotecheck.check_text(
        LEAD + body, sources=[quotecheck.make_source(SPEECH, id="council.md")]
    )
    return [(q.text, any(f.code == "QC106" for f in q.findings)) for q in report.quotes]


FAITHFUL = [
    # the neighbouring quote of the same speaker carries the condition word for word
    "“If the tram line opens,” Dunmore said, “we will close the old depot in March.”",
    # openers in the form of a condition only
    "Dunmore said: “The depot roof is beyond repair.”",
    "Dunmore said: “The council wasted a year on the bypass.”",
    "Dunmore said: “The bus fares are too cheap.”",
    "Dunmore said: “The market hall never paid its way.”",
    # "if" as "whether" after a verb of asking or knowing
    "Dunmore said: “Nobody has asked.”",
    "Dunmore said of the viaduct: “I’m not sure.”",
]


@pytest.mark.parametrize("body", FAITHFUL)
def test_a_condition_quoted_or_in_form_only_is_no_cut(body: str) -> None:
    found = _qc106(body)
    assert found
    assert not any(flag for _, flag in found), found


DROPPED = [
    "Dunmore said: “We will close the old depot in March.”",
    "Dunmore said: “We will repaint the library.”",
]


@pytest.mark.parametrize("body", DROPPED)
def test_a_condition_left_out_stays_a_misleading_cut(body: str) -> None:
    found = dict(_qc106(body))
    assert any(text.startswith("We will") and flag for text, flag in found.items()), found
