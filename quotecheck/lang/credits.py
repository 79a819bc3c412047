"""What a credit line names: the one expression both readers of credits share.

A credit is a dash and a person's name ("— Ann Lee", "– Dr. Ann Lee, harbour master", a
post's "— Ann Lee (@annlee) May 2"): a short run of capitalised words ending the line, meeting
a comma, a full stop or a handle.  A dash and words in lower case ("— and nobody waits …") are
a sentence going on, not a credit.  :mod:`quotecheck.inputs.document` cuts such a last line off
a block quote; :mod:`quotecheck.extract.attribution.position` reads it after a closing mark.
"""

from __future__ import annotations

import re

from quotecheck.lang.load import language_dir, read_entries

_AFFILIATIONS = sorted(
    read_entries(language_dir("en").joinpath("credit_affiliations.txt").read_text("utf-8")),
    key=lambda e: (-len(e), e),
)
_AFFILIATION = (
    r"[ \t\u00a0]*\b(?:"
    + "|".join(r"[ \t\u00a0]+".join(map(re.escape, e.split())) for e in _AFFILIATIONS)
    + r")[ \t\u00a0]+[A-Z]"
)
"""A name's affiliation after it: a joining word (``credit_affiliations``, "of", "from the")
and a capitalised word ("— Carl Lee of the Roads Party"); "— Most of all …" is no credit."""

CREDIT_NAME = (
    r"((?:[A-Z][\w'’-]*\.?[ \t\u00a0]?){1,5}?)(?=[ \t\u00a0]*(?:[,.]|\n|$|\(@)|"
    + _AFFILIATION
    + ")"
)
"""The name of a credit, group 1: one to five capitalised words (a title's full stop
allowed), ending the line or meeting a comma, a full stop, a handle ``(@`` or an affiliation
(:data:`_AFFILIATION`)."""
