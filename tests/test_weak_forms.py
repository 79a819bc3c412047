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
        pytest.param(
            Edit(
                kind=EditKind.DELETION,
                quote="",
                source="the",
                note="a word said unstressed (“the”) two transcripts of one speech often differ in",
            ),
            False,
            id="the note's words alone decide nothing",
        ),
        pytest.param(Edit(kind=EditKind.DELETION, quote="", source="the", heard=True), True),
    ],
)
def test_heard_either_way_needs_the_typed_marker(edit: Edit, heard: bool) -> None:
    """An article is heard either way only where the typing read it in its place (its
    ``heard`` marker, not its note's wording); a bare deletion of "the" carries no such
    reading (review 21-2, 6)."""
    assert heard_either_way(edit, get_language("en")) is heard


def test_weak_forms_are_language_data() -> None:
    en = get_language("en")
    assert en.weak_forms["the"] == "-" and "we" in en.weak_forms["and"].split()
    assert {"few", "little", "most", "while"} <= en.article_senses


def _against(speech: str, quoted: str) -> QuoteResult:
    src = quotecheck.make_source(f"Rosa Vint: {speech}", id="hall.md", kind="transcript")
    report = quotecheck.check_text(f"“{quoted}” Rosa Vint said.", sources=[src])
    assert report.quotes
    return report.quotes[0]


@pytest.mark.parametrize(
    ("speech", "quoted", "verdict"),
    [
        pytest.param(
            "If the council backs the tram and it runs on time, the market will stay open late.",
            "If the council backs the tram it runs on time, the market will stay open late.",
            Verdict.ALTERED,
            id="'and' joining two conditions run together",
        ),
        pytest.param(
            "Close the bakery and you close the whole street down for the winter.",
            "Close the bakery you close the whole street down for the winter.",
            Verdict.ALTERED,
            id="'and' of an imperative condition run together",
        ),
        pytest.param(
            "We painted the school in June and we opened it to the children in July.",
            "We painted the school in June, we opened it to the children in July.",
            Verdict.NORMALIZED,
            id="'and' dropped where a comma still sets the clause off",
        ),
        pytest.param(
            "We painted the school in June, we opened it to the children in July.",
            "We painted the school in June, and we opened it to the children in July.",
            Verdict.NORMALIZED,
            id="'and' added where the source sets the clause off",
        ),
    ],
)
def test_an_and_is_heard_either_way_only_between_clauses_set_off(
    speech: str, quoted: str, verdict: Verdict
) -> None:
    """An "and" joining a clause is a murmur only where the side without it still sets the
    clause off (a comma, a sentence break): with nothing there the two clauses run together,
    and "if A and B, C" quoted "if A B, C" makes one condition the other's cause (review 21-2,
    2)."""
    result = _against(speech, quoted)
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(
    ("speech", "quoted"),
    [
        pytest.param(
            "He is the one who kept the library open through the floods.",
            "He is one who kept the library open through the floods.",
            id="'the one who' / 'one who': a number word's norm is its digits",
        ),
        pytest.param(
            "He is one who kept the library open through the floods.",
            "He is the one who kept the library open through the floods.",
            id="'the' added before 'one'",
        ),
        pytest.param(
            "Rents in the old quarter rose sharply over the last year, and we saw it.",
            "Rents in the old quarter rose sharply over last year, and we saw it.",
            id="'the last year' (twelve months) / 'last year' (the calendar year)",
        ),
        pytest.param(
            "The council will vote on the plan in the next week or so, I expect.",
            "The council will vote on the plan in next week or so, I expect.",
            id="'in the next week' / 'in next week'",
        ),
        pytest.param(
            "Raising the fares is the only way we keep the night buses running.",
            "Raising the fares is only way we keep the night buses running.",
            id="'the only way' / 'only way'",
        ),
        pytest.param(
            "The bakers will pay the same rate as the butchers from this spring on.",
            "The bakers will pay same rate as the butchers from this spring on.",
            id="'the same rate' / 'same rate'",
        ),
        pytest.param(
            "I wrote to the mayor about the library roof, and she answered in a day.",
            "I wrote to Mayor about the library roof, and she answered in a day.",
            id="'the mayor' / 'Mayor': a common noun made a title",
        ),
        pytest.param(
            "We cleaned the canal, and we paid a fair wage for the labour.",
            "We cleaned canal, we paid fair wage for the labour.",
            id="three weak words dropped from one short sentence: a trim",
        ),
    ],
)
def test_a_weak_word_that_says_something_stays_a_change(speech: str, quoted: str) -> None:
    """Before a number word, a word of time or identity ("last", "next", "one", "only",
    "same"), a word the other side capitalises as a title, or more than one per
    ``weak_words_per_variant`` words of a quote, an unstressed word heard or missed is a
    change: the quote stays `altered` (review 21-2, 1, 3, 4, 8)."""
    result = _against(speech, quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation


def test_one_weak_word_in_a_short_quote_is_still_heard_either_way() -> None:
    """The limit allows one unstressed word in any quote, however short."""
    result = _against(
        "We cleaned the canal, and we paid a fair wage for the labour.",
        "We cleaned canal, and we paid a fair wage for the labour.",
    )
    assert result.verdict is Verdict.NORMALIZED, result.explanation


def test_the_weak_word_limit_is_a_setting() -> None:
    from quotecheck.score.settings import ScoreSettings

    assert ScoreSettings().weak_words_per_variant == 10
