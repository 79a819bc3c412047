"""An "according to" word of another language is no first name (red team 19): a French article
read as English (the default language), "Selon Holloway, « … »", gave the speaker "Selon
Holloway", another person than the source's Ines Holloway, and a faithful translation was
`misattributed` (QC201).  The one-word cues of every language (``according_to``: "selon",
"según", "laut") are cut from the front of a name, as titles are, and the translation is checked
against Holloway's words as with ``--language fr``; a word of the article's own language that is
also one ("so" of German) stays.

Every sentence here is made up for these tests: the mayor of a river town, Varrow, in June 2026.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Ines Holloway
occasion: council meeting in Varrow
date: 2026-06-04
---
Good evening. The pool will reopen in May. We will not close the library.
"""


def _check(body: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SOURCE, id="holloway.md")
    article = f"---\ndate: 2026-06-05\n---\n\n{body}\n"
    return quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]


FR_LEDE = "VARROW — La maire Ines Holloway a présenté son budget jeudi."
DE_LEDE = "VARROW — Die Bürgermeisterin Ines Holloway stellte am Donnerstag ihren Haushalt vor."


@pytest.mark.parametrize(
    "body",
    [
        f"{FR_LEDE}\n\nSelon Holloway, « la piscine rouvrira en mai ».",
        f"{FR_LEDE}\n\nSelon Holloway, « nous ne fermerons pas la bibliothèque ».",
        f"{DE_LEDE}\n\nLaut Holloway „wird das Schwimmbad im Mai wieder öffnen“.",
    ],
)
def test_a_cue_of_another_language_is_no_first_name(body: str) -> None:
    q = _check(body)
    assert q.speaker == "Ines Holloway", (q.speaker, q.speaker_mention, q.findings)
    assert q.verdict is Verdict.TRANSLATED, q.explanation


def test_which_cue_words_are_cut() -> None:
    from quotecheck.extract.attribution.mentions import _cue_words

    words = _cue_words("en")
    assert {"selon", "según", "laut"} <= words
    assert "so" not in words  # German "so" is an English word
