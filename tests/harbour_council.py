"""The made-up harbour council meeting the transcript-gap tests share: mayor Mara Lind says one
line (the test's) between a greeting and Tom Berg's thanks, and an article of the next day
quotes her.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import quotecheck
from quotecheck.models import QuoteResult

SOURCE = """---
kind: transcript
occasion: harbour council meeting
date: 2026-04-14
---

Mara Lind: Thank you all for coming tonight. {said}

Tom Berg: Thank you, Mara.
"""


def check_said(said: str, quoted: str) -> QuoteResult:
    """The result of the article's quote ``quoted`` against a meeting where Lind said ``said``."""
    src = quotecheck.make_source(SOURCE.format(said=said), id="council.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Mara Lind spoke at the harbour council meeting. “{quoted}” Lind said.\n"
    )
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes
    return report.quotes[0]
