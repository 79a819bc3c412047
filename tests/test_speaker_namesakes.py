"""Two people of one surname (red team 18, F6): words the source gives to Peter Hale, which the
article gives explicitly to his wife Ruth Hale ("Ruth Hale said", "Mrs. Hale said"), are not
taken as his because the shared surname, or the lede naming him, stands near them (QC204): the
article names another person.  Nor is that an accusation — she may repeat his words —: a doubt
(QC205).  "Mr. Hale", or a bare "Hale", may be him: his words, as before.

Every sentence here is made up for these tests: a harbour town, its candidate Peter Hale and
his wife Ruth, on a Saturday in May 2026.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "We will dredge the harbour mouth before the autumn storms"

SOURCE = f"""---
speaker: Peter Hale
occasion: campaign rally in Saltby
date: 2026-05-02
---
Thank you, Saltby! {SAID}. The ferry will run every hour.
"""

LEDE = "Peter Hale and his wife, Ruth Hale, a retired nurse, toured Saltby on Saturday."


def _check(sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SOURCE, id="hale.md")
    article = f"---\ndate: 2026-05-03\n---\n\n{LEDE}\n\n{sentence}\n"
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    return report.quotes[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{SAID},” Ruth Hale said.",
        f"“{SAID},” Mrs. Hale told supporters.",
        f"“{SAID},” said Ms. Hale, who has campaigned at his side since March.",
    ],
)
def test_his_words_given_to_her_are_a_doubt(sentence: str) -> None:
    q = _check(sentence)
    assert q.attribution.speaker == "Ruth Hale", q.attribution
    assert "QC205" in q.codes and "QC204" not in q.codes, q.findings
    assert "QC201" not in q.codes and q.verdict is Verdict.VERBATIM, q.verdict


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{SAID},” Mr. Hale said.",
        f"“{SAID},” Peter Hale said.",
    ],
)
def test_his_own_words_stay_his(sentence: str) -> None:
    q = _check(sentence)
    assert q.attribution.speaker == "Peter Hale", q.attribution
    assert "QC205" not in q.codes and "QC201" not in q.codes, q.findings
    assert q.verdict is Verdict.VERBATIM, q.verdict
