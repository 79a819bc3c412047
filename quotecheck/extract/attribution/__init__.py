"""Attribute quotes to speakers: find the cue and its subject, then resolve the person.

The package is split by job:

* :mod:`.context` — the article as attribution sees it (parse, quotes, quoted tokens, windows);
* :mod:`.cues` — reporting verbs and nouns in a dependency parse, their subjects, "according to";
* :mod:`.patterns` — the same frames by token patterns, for pipelines without a parser;
* :mod:`.position` — frames found by position ("Name: “…”", "“…” — Name", transcript labels);
* :mod:`.mentions` — the noun phrase that names the speaker, and its kind;
* :mod:`.resolution` — from a mention to one person of the article;
* :mod:`.attributor` — the order in which the rules are tried, per quote.

Rule names are :class:`quotecheck.models.AttributionRule`.
"""

from quotecheck.extract.attribution.attributor import Attributor
from quotecheck.extract.attribution.context import QuoteSite
from quotecheck.extract.attribution.position import (
    CREDIT_DASH,
    credit_line,
    credit_used,
    speaker_label,
)

__all__ = ["CREDIT_DASH", "Attributor", "QuoteSite", "credit_line", "credit_used", "speaker_label"]
