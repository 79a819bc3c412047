"""A quote that differs from its passage only by a content word's plural ending (#16, round
twenty): "the law" / "the laws", "our country" / "our countries" — a final "s" a transcriber
hears or misses, which two transcripts of one speech often differ in — is `normalized`, the
difference said at info level (QC101), never `altered`: an editor reads "altered" as an
accusation.  Any other change beside it, a name's plural, a possessive, a pronoun, and the
other transcript variants (an article or a filler added or dropped: `altered` at info level,
as before) keep the quote `altered`.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, QuoteResult, Verdict

SPEECH = (
    "Ann Lee: I can tell you that a few boats will stay in the harbour over the winter. "
    "It is a big gain for the fishing families of the bay, and the rules of the port will "
    "change for our harbours too. The Quay Dock will stay open."
)


def _check(quoted: str) -> QuoteResult:
    src = quotecheck.make_source(SPEECH, id="speech.md", kind="transcript")
    report = quotecheck.check_text(f"“{quoted}” Ann Lee said.", sources=[src])
    assert report.quotes
    return report.quotes[0]


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        pytest.param(
            "It is a big gain for the fishing family of the bay, and the rules of the port "
            "will change for our harbours too.",
            "“family” for “families”",
            id="a plural 'ies' missed",
        ),
        pytest.param(
            "It is a big gain for the fishing families of the bay, and the rule of the port "
            "will change for our harbours too.",
            "“rule” for “rules”",
            id="a plural 's' missed",
        ),
        pytest.param(
            "I can tell you that a few boat will stay in the harbour over the winter.",
            "“boat” for “boats”",
            id="a plural 's' missed after 'a few'",
        ),
    ],
)
def test_only_a_plural_ending_is_no_accusation(quoted: str, said: str) -> None:
    result = _check(quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    assert said in result.explanation
    qc101 = [f for f in result.findings if f.code == "QC101"]
    assert qc101 and qc101[0].level is Level.INFO, result.findings
    assert all(f.level is Level.INFO for f in result.findings), result.findings


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param(
            "It is a big gain for the fishing families of the bay, and the rules of the port "
            "will change for our harbour now.",
            id="a plural beside another change",
        ),
        pytest.param(
            "I can tell you that few boats will stay in the harbour over the winter.",
            id="an article dropped stays altered (at info)",
        ),
        pytest.param("The Quay Docks will stay open.", id="a name's plural"),
    ],
)
def test_must_stay_altered(quoted: str) -> None:
    result = _check(quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation


def test_number_endings_are_language_data() -> None:
    en = get_language("en")
    assert en.number_endings["s"] == "-" and en.number_endings["ies"] == "y"


STATEMENT = (
    "The harbour office will close the slipway on Mill Lane this winter, and the tax on moorings "
    "will rise for our country's fishing fleets."
)


@pytest.mark.parametrize(
    ("kind", "verdict"),
    [
        pytest.param("statement", Verdict.ALTERED, id="a declared statement: altered"),
        pytest.param("document", Verdict.ALTERED, id="a declared document: altered"),
        pytest.param("transcript", Verdict.NORMALIZED, id="a transcript: a plural variant"),
    ],
)
@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param(
            "The harbour office will close the slipways on Mill Lane this winter", id="slipways"
        ),
        pytest.param(
            "the taxes on moorings will rise for our country's fishing fleets", id="taxes"
        ),
    ],
)
def test_a_written_source_has_no_plural_variant(quoted: str, kind: str, verdict: Verdict) -> None:
    """Review 20-3, 3: a plural ending is a transcriber's difference — a source declared
    written (``inputs.sources.written_source``) has none: one slipway for all of them is a
    change."""
    src = quotecheck.make_source(STATEMENT, id="release.md", kind=kind)
    report = quotecheck.check_text(f"“{quoted},” Ann Lee said.", sources=[src])
    assert report.quotes
    assert report.quotes[0].verdict is verdict, report.quotes[0].explanation


@pytest.mark.parametrize(
    ("speech", "quoted"),
    [
        pytest.param(
            "Ann Lee: We will send arms to the island guard.",
            "We will send arm to the island guard.",
            id="arms (weapons) / arm",
        ),
        pytest.param(
            "Ann Lee: The customs at the quay will open at dawn.",
            "The custom at the quay will open at dawn.",
            id="customs (the office) / custom",
        ),
        pytest.param(
            "Ann Lee: The court gave the families damages for the flood.",
            "The court gave the families damage for the flood.",
            id="damages (money) / damage",
        ),
        pytest.param(
            "Ann Lee: This winter dozens of fishermen will lose their berths.",
            "This winter dozen of fishermen will lose their berths.",
            id="dozens (many) / dozen (twelve)",
        ),
        pytest.param(
            "Ann Lee: This winter scores of fishermen will lose their berths.",
            "This winter score of fishermen will lose their berths.",
            id="scores (many) / score (twenty)",
        ),
        pytest.param(
            "Ann Lee: The ferry will carry goods to the far shore.",
            "The ferry will carry good to the far shore.",
            id="goods / good",
        ),
    ],
)
def test_a_plural_of_its_own_sense_is_no_variant(speech: str, quoted: str) -> None:
    """Review 20-3, 4: a plural that is a word of its own (``plural_senses.txt``) for its
    singular is a change of word, not a final "s" heard or missed."""
    src = quotecheck.make_source(speech, id="speech.md", kind="transcript")
    report = quotecheck.check_text(f"“{quoted}” Ann Lee said.", sources=[src])
    assert report.quotes
    assert report.quotes[0].verdict is Verdict.ALTERED, report.quotes[0].explanation


def test_plural_senses_are_language_data() -> None:
    assert {"arms", "goods", "news"} <= get_language("en").plural_senses
