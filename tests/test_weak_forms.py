"""An unstressed "a", "the" or "and" heard or missed is no alteration (#16, round 21): the
narrow class of transcript variants.  Two transcribers of one speech plausibly differ on a word
said unstressed — an article before a common word, an "and" joining a clause before its subject
pronoun (``lang/en/weak_forms.txt``) — so a quote of a record of speech that differs from its
passage only so (and by plural endings) is `normalized`, each difference said at info level
(QC101), never `altered`.  Everything outside the narrow class keeps its verdict: an article
before an amount word ("a few" / "few", ``article_senses.txt``), a number or a name; an "and"
before a noun (a list becomes an apposition); "well" or "okay" inside a sentence; a preposition;
any substitution ("a" for "the"); and every difference from a source declared written.

Every sentence here is made up for these tests: a river town, its mayor Rosa Vint.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Edit, EditKind, Level, QuoteResult, Verdict
from quotecheck.score.edits import heard_either_way

SPEECH = (
    "Rosa Vint: The new footbridge will open in the middle of May. We tested it in the rain, "
    "and it held. Still, a few barges moor by the old mill, and the ferry runs well in winter. "
    "We asked the Guild for a hundred lamps, and the lamps came in a week."
)


def _check(quoted: str, kind: str | None = "transcript") -> QuoteResult:
    src = quotecheck.make_source(SPEECH, id="river.md", kind=kind)
    report = quotecheck.check_text(f"“{quoted}” Rosa Vint said.", sources=[src])
    assert report.quotes
    return report.quotes[0]


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        pytest.param(
            "The new footbridge will open in middle of May.",
            "dropped “the”",
            id="'the' dropped before a common noun",
        ),
        pytest.param(
            "We tested it in the rain, it held.",
            "dropped “and”",
            id="'and' dropped before the clause's subject pronoun",
        ),
        pytest.param(
            "We tested it in the heavy rain, and it held.",
            None,
            id="control: an adjective added stays altered",
        ),
        pytest.param(
            "The new footbridge will open in the middle of May. We tested it in a rain, and "
            "it held.",
            None,
            id="control: 'a' for 'the' is a substitution",
        ),
        pytest.param(
            "The new footbridge will open in a middle of May.",
            None,
            id="control: 'a' for 'the' in the middle",
        ),
    ],
)
def test_an_unstressed_word_alone_is_normalized(quoted: str, said: str | None) -> None:
    result = _check(quoted)
    if said is None:
        assert result.verdict is Verdict.ALTERED, result.explanation
        return
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    assert said in result.explanation
    qc101 = [f for f in result.findings if f.code == "QC101"]
    assert qc101 and qc101[0].level is Level.INFO, result.findings
    assert all(f.level is Level.INFO for f in result.findings), result.findings


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param(
            "Still, few barges moor by the old mill.", id="'a few' / 'few': another amount"
        ),
        pytest.param(
            "We asked Guild for a hundred lamps, and the lamps came in a week.",
            id="'the' before a one-word name",
        ),
        pytest.param(
            "We asked the Guild for a hundred lamps, the lamps came in a week.",
            id="'and' before a noun: a list or an apposition",
        ),
        pytest.param(
            "Still, a few barges moor by the old mill, and the ferry runs in winter.",
            id="'well' inside a sentence says how",
        ),
        pytest.param(
            "We tested it the rain, and it held.",
            id="a preposition is never a weak form",
        ),
    ],
)
def test_outside_the_narrow_class_stays_altered(quoted: str) -> None:
    result = _check(quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation


@pytest.mark.parametrize(
    ("kind", "verdict"),
    [
        pytest.param("statement", Verdict.ALTERED, id="declared statement"),
        pytest.param("document", Verdict.ALTERED, id="declared document"),
        pytest.param("transcript", Verdict.NORMALIZED, id="transcript"),
        pytest.param(None, Verdict.NORMALIZED, id="undeclared: may be speech"),
    ],
)
def test_a_written_source_has_no_unheard_word(kind: str | None, verdict: Verdict) -> None:
    """A source declared written has no transcriber to mishear "the": one dropped from it is a
    change of wording (``inputs.sources.written_source``)."""
    result = _check("The new footbridge will open in middle of May.", kind=kind)
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(
    ("edit", "heard"),
    [
        pytest.param(Edit(kind=EditKind.SUBSTITUTION, quote="lamp", source="lamps"), True),
        pytest.param(Edit(kind=EditKind.SUBSTITUTION, quote="a", source="the"), False),
        pytest.param(Edit(kind=EditKind.DELETION, quote="", source="the"), False),
        pytest.param(Edit(kind=EditKind.DELETION, quote="", source="well", note="any note"), False),
    ],
)
def test_heard_either_way_needs_the_typed_note(edit: Edit, heard: bool) -> None:
    """An article is heard either way only where the typing read it in its place (its note);
    a bare deletion of "the" carries no such reading."""
    assert heard_either_way(edit, get_language("en")) is heard


def test_weak_forms_are_language_data() -> None:
    en = get_language("en")
    assert en.weak_forms["the"] == "-" and "we" in en.weak_forms["and"].split()
    assert {"few", "little", "most", "while"} <= en.article_senses
