"""A currency sign on a sum the speaker said without its currency (red team 21 F6): "$9
million" for a spoken "nine million" is the same number in news style, `normalized`, not
`altered` with QC111 "“$9” where the source has “nine”".  Only where the source says no unit:
a sum for another unit ("nine million gallons"), another value, or another currency stays a
change.

Every sentence here is made up for these tests: a port authority's treasurer, Ruth Okonjo,
who spoke at its budget hearing on 4 February 2026.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = (
    "The dredging costs twelve million over two years. About seven million of that comes from "
    "the harbour levy. We will store nine million gallons in the new tanks."
)


def _check(quote: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Ruth Okonjo\nkind: transcript\ndate: 2026-02-04\n---\n\n{SAID}\n",
        id="hearing.md",
    )
    report = quotecheck.check_text(
        f"---\ndate: 2026-02-05\n---\n\nTreasurer Ruth Okonjo spoke on Wednesday.\n\n"
        f"“{quote},” Okonjo said.\n",
        sources=[src],
    )
    assert report.quotes, quote
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("quote", "faithful"),
    [
        ("About $7 million of that comes from the harbour levy", True),
        ("The dredging costs $12 million over two years", True),
        ("About £7 million of that comes from the harbour levy", True),
        ("About 7 million of that comes from the harbour levy", True),
        ("About $8 million of that comes from the harbour levy", False),
        ("We will store $9 million in the new tanks", False),
    ],
    ids=["dollar", "dollar-first", "pound", "no-sign", "other-value", "other-unit"],
)
def test_a_currency_sign_on_a_spoken_sum(quote: str, faithful: bool) -> None:
    q = _check(quote)
    accused = q.verdict is Verdict.ALTERED or "QC111" in {f.code for f in q.findings}
    assert accused is not faithful, (q.verdict, q.explanation, q.edits)
    if faithful:
        assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.verdict


COUNTED = (
    "The new berth costs eight million this year. The quay saw four million last summer. "
    "We will pump six million litres into the basin. The toll is five now."
)


@pytest.mark.parametrize(
    ("quote", "faithful"),
    [
        ("The new berth costs $8 million this year", True),
        ("The toll is $5 now", True),
        ("The quay saw $4 million last summer", False),
        ("We will pump $6 million litres into the basin", False),
        ("We will pump $6 million into the basin", False),
    ],
    ids=["cost", "toll-now", "no-money-word", "counted-noun", "noun-dropped"],
)
def test_a_currency_sign_only_on_money(quote: str, faithful: bool) -> None:
    src = quotecheck.make_source(
        f"---\nspeaker: Ruth Okonjo\nkind: transcript\ndate: 2026-02-04\n---\n\n{COUNTED}\n",
        id="hearing.md",
    )
    report = quotecheck.check_text(
        f"---\ndate: 2026-02-05\n---\n\nTreasurer Ruth Okonjo spoke on Wednesday.\n\n"
        f"“{quote},” Okonjo said.\n",
        sources=[src],
    )
    q = report.quotes[-1]
    accused = q.verdict is Verdict.ALTERED or "QC111" in {f.code for f in q.findings}
    assert accused is not faithful, (q.verdict, q.explanation, q.edits)
