"""The made-up county the occasion tests share: candidate Ann Lee, her victory party at the
Harbour Hall (a transcript dated the article's day), an old rally in Eastport holding the same
line, and the night's news around them.

Every sentence here is made up for these tests.  The sources are marked ``shared`` (given for
every article, as ``--source`` does), so an occasion ties a quote only where the article's
words tie it.
"""

from __future__ import annotations

import quotecheck

LINE = "The night belongs to the fishermen of this county and to nobody else."
ALTERED = "The night belongs to the fishermen of this coast and to nobody else."
ARTICLE_DATE = "2026-03-05"
FILLER = (
    "Turnout was high along the coast, and the count ran late into the evening in every town "
    "that held a vote. Officials in three harbour towns said the ballots were tallied by hand "
    "because the machines had been stored in a damp shed. A spokesman for the county clerk "
    "said the results would be certified at the end of the week. "
)
MORE = (
    "Ben Ode, who trailed all night, did not appear before his supporters. His campaign "
    "manager told them to go home and rest, and promised a statement in the morning. "
)
NAMED = "Ann Lee is marking her win with a party at the Harbour Hall."
QUOTED = f"Lee thanked the crowd and said “{ALTERED}”"


def shared_source(occasion: str, date: str, body: str, name: str) -> quotecheck.Source:
    """A transcript declaring its occasion and date, given for every article."""
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\n{body}\n"
    src = quotecheck.make_source(text, id=name)
    return src.model_copy(update={"shared": True})


def check(article: str, sources: list[quotecheck.Source]) -> quotecheck.QuoteResult:
    """The last quote's result, the article dated ``ARTICLE_DATE``."""
    report = quotecheck.check_text(f"---\ndate: {ARTICLE_DATE}\n---\n\n{article}", sources=sources)
    assert report.quotes, article
    return report.quotes[-1]


PARTY = shared_source(
    "Speech, Victory Party, Harbour Hall, ME",
    ARTICLE_DATE,
    f"Ann Lee: Thank you, thank you all. {LINE} Good night.",
    "party.md",
)
OLD_RALLY = shared_source(
    "Speech, Rally, Eastport, ME",
    "2025-06-04",
    f"Ann Lee: Eastport, hello. {LINE} Thank you.",
    "east.md",
)
# The words first in a supporter's turn, then in Ann Lee's own (the own-turn reading).
ECHOED_RALLY = shared_source(
    "Speech, Rally, Eastport, ME",
    "2025-06-04",
    f"Cal Dunn: {LINE}\n\nAnn Lee: Eastport, hello. {LINE} Thank you.",
    "east-echo.md",
)
