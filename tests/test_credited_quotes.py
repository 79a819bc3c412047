"""A source that quotes words and credits them, in the sentence that holds them, to the
article's speaker ("“…,” said Mayor Lee.", "Mayor Ann Lee said: “…”", "“…,” she added.") gives
them to that speaker: a press release declared as Lee's own quotes her in the third person, and
a council statement that credits words to her after them vouches for them as one that credits
them before does (QC206, second-hand).  Words the source credits to someone else stay that
someone's: attributed to the source's own speaker, misattributed.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee and a
councillor, Bo Tan.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

LEE_RELEASE = """---
speaker: Ann Lee
kind: statement
---
Mayor Ann Lee today set out her plan for the night harbour.

“The pier lights will be mended before the spring tides,” said Mayor Lee.

“We owe this to the crews who land their catch after dark,” she added.

Mayor Ann Lee said: “The night ferry will keep its winter timetable.”

“Selling the old pier would be a mistake,” Bo Tan said at the meeting.

“The harbour should sell the old pier to the highest bidder,” he added.
"""

COUNCIL_NOTICE = """---
speaker: Harbour Council
kind: statement
---
The council today published its plan for the fish market.

“The fish market will open two hours earlier from May,” Ann Lee said.
"""


LEE_BULLETIN = """---
speaker: Ann Lee
kind: statement
---
Mayor Ann Lee today answered questions on the seafront works.

“The bus shelters on the promenade will get new lights,” said Mayor Lee, speaking at the quay.

“The slipway will be resurfaced in April,” Lee said on Friday.

“The tram line must stop short of the bridge,” said Cy Moss, Lee's deputy on the board.

“Parking on the quay will cost twice as much,” said Lee aide Rob Kerr.

“The beach huts should all be repainted blue,” said Ann Hale, the beach warden.

“We will shut the fish auction at noon,” Lee Port Manager Rob Kerr said.

Cy Moss, answering Ann Lee, said: “The swimming baths need a new roof by winter.”

“The harbour crane is older than the town hall,” Lee said Cy Moss had told her.

“The sea wall will be raised by a metre,” said Mayor Lee.

Councillor Dee Frost objected to the plan. “The sea wall should be left as it stands,” she said.
"""


def _first(article: str) -> quotecheck.QuoteResult:
    sources = [
        quotecheck.make_source(LEE_RELEASE, id="lee-release.md"),
        quotecheck.make_source(COUNCIL_NOTICE, id="council-notice.md"),
        quotecheck.make_source(LEE_BULLETIN, id="lee-bulletin.md"),
    ]
    report = quotecheck.check_text(article, sources=sources)
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "verdict", "present", "absent"),
    [
        pytest.param(
            "“The pier lights will be mended before the spring tides,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="her release credits her after the words: hers",
        ),
        pytest.param(
            "“The night ferry will keep its winter timetable,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="her release credits her before the words: hers",
        ),
        pytest.param(
            "“We owe this to the crews who land their catch after dark,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="a pronoun continues the credit of the quote before: hers",
        ),
        pytest.param(
            "“The fish market will open two hours earlier from May,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="a council notice credits her after the words: hers, no doubt",
        ),
        pytest.param(
            "“Selling the old pier would be a mistake,” Ann Lee said.",
            Verdict.MISATTRIBUTED,
            {"QC201"},
            {"QC206"},
            id="still caught: her release credits the words to the councillor",
        ),
        pytest.param(
            "“The harbour should sell the old pier to the highest bidder,” Ann Lee said.",
            Verdict.MISATTRIBUTED,
            {"QC201"},
            {"QC206"},
            id="still caught: a pronoun continues a credit to the councillor",
        ),
        pytest.param(
            "“The bus shelters on the promenade will get new lights,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="her name after the verb, then a comma: hers",
        ),
        pytest.param(
            "“The slipway will be resurfaced in April,” Ann Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="her surname before the verb: hers",
        ),
        *(
            pytest.param(
                f"“{words},” Ann Lee said.",
                Verdict.MISATTRIBUTED,
                {"QC201"},
                {"QC206"},
                id=f"still caught: {why}",
            )
            for words, why in [
                ("The tram line must stop short of the bridge", "her name after a comma, 's"),
                ("Parking on the quay will cost twice as much", "her name modifies an aide's"),
                ("The beach huts should all be repainted blue", "her first name only"),
                ("We will shut the fish auction at noon", "her name opens a manager's title"),
                ("The swimming baths need a new roof by winter", "her name in an aside"),
                ("The harbour crane is older than the town hall", "she reports someone"),
                ("The sea wall should be left as it stands", "another person named between"),
            ]
        ),
    ],
)
def test_a_source_credits_quoted_words(
    article: str, verdict: Verdict, present: set[str], absent: set[str]
) -> None:
    q = _first(article)
    assert q.verdict is verdict, (q.verdict, q.codes, q.explanation)
    assert present <= set(q.codes), (q.codes, q.explanation)
    assert not absent & set(q.codes), (q.codes, q.explanation)
