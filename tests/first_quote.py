"""The check most single-source test files make: one speech of Ann Lee's, given in memory, and
the first quote of an article checked against it.

Every sentence the callers pass is made up for their tests.
"""

from __future__ import annotations

import quotecheck


def first_quote(article: str, speech: str, speaker: str = "Ann Lee") -> quotecheck.QuoteResult:
    """The first quote of ``article`` checked against ``speech`` (``speech.txt``, ``speaker``'s)."""
    src = quotecheck.make_source(speech, id="speech.txt", speaker=speaker)
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]
