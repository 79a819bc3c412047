"""A partial quote the article weaves into its own indirect speech in the past (red team 19
F12): "Kell said she “would never close the boathouse”" for her "I will never close the
boathouse".  The report's grammar shifts the tense, so "would" for "will" or "had" for "have"
is no change of meaning: `normalized`, never `altered` with QC112 (modality) or QC115 (tense).
Anything else the quote changes, a person shifted, a present reporting verb, or a quote that
is no part of the report's sentence ("Kell said: “…”") is still judged as any other.

Every sentence here is made up for these tests: a river town, its warden Petra Kell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = """---
speaker: Petra Kell
occasion: river town meeting
date: 2026-05-04
kind: speech
---
Thank you for coming. I will never close the boathouse. I have always backed the ferrymen.
The weir can hold another winter. We are ready for the floods. The lock shall open again in spring.
"""

OPENING = "Warden Petra Kell spoke at the river town meeting on Monday. "


def _last(article: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SPEECH, id="speech.md")
    report = quotecheck.check_text(OPENING + article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    "article",
    [
        pytest.param("Kell said she “would never close the boathouse.”", id="would for will"),
        pytest.param("Kell insisted that she “had always backed the ferrymen.”", id="had for have"),
        pytest.param("Kell said the weir “could hold another winter.”", id="could for can"),
        pytest.param("Kell told the meeting they “were ready for the floods.”", id="were for are"),
        pytest.param("Kell said the lock “would open again in spring.”", id="would for shall"),
    ],
)
def test_the_articles_own_backshift_is_no_change(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.explanation)
    assert not {"QC101", "QC112", "QC115"} & set(result.codes), result.codes
    assert "indirect speech" in result.explanation


@pytest.mark.parametrize(
    "article",
    [
        pytest.param("Kell never denied the weir “could hold another winter.”", id="never denied"),
        pytest.param(
            "Kell never disputed that the weir “could hold another winter.”",
            id="never disputed",
        ),
        pytest.param("Kell simply never denied she “had always backed the ferrymen.”", id="adverb"),
    ],
)
def test_a_denial_denied_is_a_report_whose_backshift_is_no_change(article: str) -> None:
    """Review 20-4, finding 3: a negation before a denying verb cancels the denial — she
    affirmed the words, so the article's backshift is no change."""
    result = _last(article)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.codes, result.explanation)
    assert not {"QC101", "QC112", "QC115"} & set(result.codes), result.codes


@pytest.mark.parametrize(
    ("article", "code"),
    [
        pytest.param(
            "Kell said she “would close the boathouse.”",
            "QC110",
            id="must stay: 'never' dropped as well",
        ),
        pytest.param(
            "Kell says she “would never close the boathouse.”",
            "QC112",
            id="must stay: a present reporting verb shifts nothing",
        ),
        pytest.param(
            "Kell said: “I would never close the boathouse.”",
            "QC112",
            id="must stay: a whole quote after a colon is direct speech",
        ),
        pytest.param(
            "Kell said on Monday “I would never close the boathouse.”",
            "QC112",
            id="must stay: direct speech in the first person, no colon",
        ),
        pytest.param(
            "Kell said on Monday “The weir could hold another winter.”",
            "QC112",
            id="must stay: a whole sentence quoted, no colon",
        ),
        pytest.param(
            "Kell said the weir “might hold another winter.”",
            "QC112",
            id="must stay: 'might' is no backshift of 'can'",
        ),
        pytest.param(
            "Kell said she “will never close the boathouse” and “had always backed the boathouse.”",
            "QC101",
            id="must stay: another noun beside the shift",
        ),
    ],
)
def test_a_real_change_in_a_report_is_still_altered(article: str, code: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert code in result.codes, result.codes


@pytest.mark.parametrize(
    ("article", "code"),
    [
        pytest.param(
            "Kell never said the weir “could hold another winter.”",
            "QC112",
            id="a negated frame reports no words of hers",
        ),
        pytest.param(
            "Kell simply never said she “would never close the boathouse.”",
            "QC112",
            id="a negation right before the verb, an adverb before it",
        ),
        pytest.param(
            "Kell denied the weir “could hold another winter.”",
            "QC112",
            id="a denying verb",
        ),
        pytest.param(
            "Kell said the lock “should open again in spring.”",
            "QC112",
            id="'should' for 'shall' is another modal class",
        ),
    ],
)
def test_no_backshift_excused_for_a_denial_or_another_modal(article: str, code: str) -> None:
    """Review 20-2, finding 6: a frame that denies is no report of the speaker's words, and
    "should" weakens "shall" (``modals.txt``: necessity-weak, not future)."""
    result = _last(article)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert code in result.codes, result.codes
