"""The source as evidence about the attribution, occasions, and calibrated levels (issue 16).

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee and a
councillor, Bo Tan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Finding, Level, Verdict
from quotecheck.score.calibration import Calibration, calibration_key, cap_levels, parse_calibration
from quotecheck.score.edits import same_word

DEBATE = (Path(__file__).parent / "fixtures" / "harbour" / "debate.md").read_text("utf-8")
"""The made-up council debate of Bo Tan and Ann Lee, shared with test_accusation_recall."""

TAN_STATEMENT = (
    "Statement by Bo Tan\n\nAnn Lee told the council, “We will rebuild the lighthouse "
    "before winter.” I doubt that the money is there."
)


def _check(article: str, *, shared: bool = False) -> quotecheck.QuoteResult:
    debate = quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")
    tan = quotecheck.make_source(TAN_STATEMENT, id="tan.txt", speaker="Bo Tan")
    sources = [debate, tan]
    if shared:
        sources = [s.model_copy(update={"shared": True}) for s in sources]
    report = quotecheck.check_text(article, sources=sources)
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "verdicts", "present", "absent"),
    [
        pytest.param(
            "“The night market will stay on the pier,” Ann Lee said in a radio interview.",
            {Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.UNVERIFIABLE},
            set(),
            {"QC201"},
            id="second-hand: a moderator reads her words back",
        ),
        pytest.param(
            "“We will rebuild the lighthouse before winter,” Ann Lee said.",
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC206"},
            {"QC201"},
            id="second-hand: a statement quotes her in marks",
        ),
        pytest.param(
            "“We will shut the old ferry line in June,” Ann Lee told supporters at a rally.",
            {Verdict.UNVERIFIABLE},
            set(),
            {"QC101", "QC201", "QC301"},
            id="other-occasion look-alike: placed at a rally",
        ),
        pytest.param(
            "The square was full. Then the crowd cheered. “The harbour fees are far too high "
            "for the fishing families,” she said.",
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            set(),
            {"QC201"},
            id="uncertain attribution: only a pronoun",
        ),
        pytest.param(
            "Ann Lee spoke after Bo Tan. “The harbour fees are far too high for the fishing "
            "families,” she said.",
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC204"},
            {"QC201"},
            id="the source's speaker is named next to the quote: theirs",
        ),
        pytest.param(
            "Ann Lee spoke after Bo Tan. “The harbour fees are far too high for the fishing "
            "families,” Lee said.",
            {Verdict.MISATTRIBUTED},
            {"QC201"},
            set(),
            id="'Lee said' of his words, both speakers of the debate: moved between them",
        ),
        pytest.param(
            "“The harbour fees are far too high for the fishing families,” Ann Lee said.",
            {Verdict.MISATTRIBUTED},
            {"QC201"},
            set(),
            id="misattribution still caught: explicit, the other speaker not named",
        ),
        pytest.param(
            "“The harbour fees are too high for the fishing families,” Ann Lee said.",
            {Verdict.MISATTRIBUTED},
            {"QC201"},
            set(),
            id="misattribution still caught: a word of the other's passage left out",
        ),
        pytest.param(
            "“The harbour fees are far too high for the fishing family,” Ann Lee said.",
            {Verdict.MISATTRIBUTED},
            {"QC201"},
            set(),
            id="misattribution still caught: one of the other's words with another ending",
        ),
        pytest.param(
            "“The harbour fees are far too cruel for the fishing families,” Ann Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC302"},
            {"QC201", "QC101"},
            id="look-alike of another speaker's words: a word they did not say, no accusation",
        ),
        pytest.param(
            "“We will rebuild the old lighthouse before winter,” Bo Tan said.",
            {Verdict.UNVERIFIABLE},
            {"QC302"},
            {"QC201", "QC101"},
            id="look-alike of words the source quotes: a word it does not quote, no accusation",
        ),
        pytest.param(
            "Ann Lee spoke after Bo Tan. “The harbour fees are far too cruel for the fishing "
            "families.”",
            {Verdict.ALTERED},
            {"QC204", "QC101"},
            {"QC201"},
            id="look-alike of words of a speaker named next to it: theirs, and changed",
        ),
        pytest.param(
            "Ann Lee spoke after Bo Tan. “The harbour fees are far too cruel for the fishing "
            "families,” Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC302"},
            {"QC201", "QC204", "QC101"},
            id="look-alike of a named speaker's words, 'Lee said': no accusation",
        ),
        pytest.param(
            "“We will close the old ferry line by June and open the new quay in July,” "
            "Ann Lee said during the televised council debate.",
            {Verdict.VERBATIM},
            set(),
            {"QC203", "QC205"},
            id="control: verbatim on the occasion the article names",
        ),
    ],
)
def test_source_as_evidence(
    article: str, verdicts: set[Verdict], present: set[str], absent: set[str]
) -> None:
    q = _check(article)
    assert q.verdict in verdicts, (q.verdict, q.explanation, q.codes)
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes
    assert q.confidence is not None


FEES_DEBATE = (
    "---\nkind: transcript\noccasion: televised council debate\ndate: 2026-03-09\n---\n\n"
    "Bo Tan: The harbour fees rose by 1500 dollars this spring, and the harbour policy is to "
    "blame.\n\nAnn Lee: We will open the new quay in July.\n"
)
# Bo Tan's words here hold a negation and a modal an article may leave out, and a plural
# ("wines") that shares a bare form with another word ("wins").
HEDGED_DEBATE = (
    "---\nkind: transcript\noccasion: televised council debate\ndate: 2026-03-09\n---\n\n"
    "Bo Tan: The mooring fees are not too steep for the oyster crews. The ferry could close in "
    "June, and the wines of this harbour sell at the pier market every week.\n\n"
    "Ann Lee: We will open the new quay in July.\n"
)
"""A second made-up debate: Bo Tan names a number and a policy."""


@pytest.mark.parametrize(
    ("article", "source", "verdict", "present", "absent"),
    [
        pytest.param(
            "“The harbour fees rose by 1500 dollars this spring, and the harbour policy is to "
            "blame,” Ann Lee said.",
            FEES_DEBATE,
            Verdict.MISATTRIBUTED,
            {"QC201"},
            set(),
            id="control: his words, number and all, given to her",
        ),
        pytest.param(
            "“The harbour fees rose by 15000 dollars this spring, and the harbour policy is to "
            "blame,” Ann Lee said.",
            FEES_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201", "QC111"},
            id="another number sharing his digits: not his words",
        ),
        pytest.param(
            "“The harbour fees rose by 15 dollars this spring, and the harbour policy is to "
            "blame,” Ann Lee said.",
            FEES_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201", "QC111"},
            id="a two-digit number he did not say: not his words",
        ),
        pytest.param(
            "“The harbour fees rose by 1500 dollars this spring, and the harbour police is to "
            "blame,” Ann Lee said.",
            FEES_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="'police' for 'policy': another word, not another ending",
        ),
        pytest.param(
            "“The harbour fees are not too high for the fishing families,” Ann Lee said.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="a negation he did not say: not his words",
        ),
        pytest.param(
            "“The harbour fees are never too high for the fishing families,” Ann Lee said.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="'never' he did not say: not his words",
        ),
        pytest.param(
            "“The harbour fees could be far too high for the fishing families,” Ann Lee said.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="a modal he did not say: not his words",
        ),
        pytest.param(
            "“The mooring fees are too steep for the oyster crews,” Ann Lee said.",
            HEDGED_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="his 'not' left out: not his words",
        ),
        pytest.param(
            "“The ferry closes in June,” Ann Lee said.",
            HEDGED_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="his 'could' left out: not his words",
        ),
        pytest.param(
            "“The wins of this harbour sell at the pier market every week,” Ann Lee said.",
            HEDGED_DEBATE,
            Verdict.UNVERIFIABLE,
            {"QC302"},
            {"QC201"},
            id="'wins' for 'wines': two words that share a bare form",
        ),
        pytest.param(
            "“The mooring fees are not too steep for the oyster crews,” Ann Lee said.",
            HEDGED_DEBATE,
            Verdict.MISATTRIBUTED,
            {"QC201"},
            set(),
            id="control: his negated words, as he said them, given to her",
        ),
    ],
)
def test_misattribution_needs_his_words_as_written(
    article: str, source: str, verdict: Verdict, present: set[str], absent: set[str]
) -> None:
    """Digits, negation and modality are never folded into his words; a word is his only as
    written or in another inflection ("policy" is no "police")."""
    debate = quotecheck.make_source(source, id="debate.md", kind="transcript")
    report = quotecheck.check_text(article, sources=[debate])
    q = report.quotes[0]
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes


def test_uncertain_attribution_is_a_warning_naming_both() -> None:
    q = _check(
        "The square was full. Then the crowd cheered. “The harbour fees are far too high "
        "for the fishing families,” she said."
    )
    uncertain = [f for f in q.findings if f.code == "QC205"]
    if uncertain:  # the pronoun resolved to someone other than the source's speaker
        assert uncertain[0].level is Level.WARNING
        assert "Bo Tan" in uncertain[0].message
    assert not [f for f in q.findings if f.level is Level.ERROR]


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "“We will shut the old ferry line in June,” Ann Lee said.",
            Verdict.UNVERIFIABLE,
            id="look-alike in a shared source whose occasion the article does not name",
        ),
        pytest.param(
            "“We will build a second lighthouse,” Ann Lee said.",
            Verdict.UNVERIFIABLE,
            id="absent from shared sources: not in the given sources, not fabricated",
        ),
        pytest.param(
            "“We will shut the old ferry line in June,” Ann Lee said after the televised "
            "council debate.",
            Verdict.ALTERED,
            id="the article names the shared source's occasion: checked against it",
        ),
    ],
)
def test_shared_sources_and_occasions(article: str, verdict: Verdict) -> None:
    q = _check(article, shared=True)
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
    if verdict is Verdict.UNVERIFIABLE:
        assert not [f for f in q.findings if f.level is not Level.INFO], q.findings


def test_declared_sources_still_find_fabrication() -> None:
    q = _check("“We will build a second lighthouse,” Ann Lee said.")
    assert q.verdict in (Verdict.FABRICATED, Verdict.UNVERIFIABLE)


@pytest.mark.parametrize(
    ("verdict", "kinds", "explicit", "key"),
    [
        (Verdict.VERBATIM, (), True, "verbatim"),
        (Verdict.ALTERED, ("tense", "negation"), True, "altered:negation"),
        (Verdict.ALTERED, ("substitution",), False, "altered:wording"),
        (Verdict.MISATTRIBUTED, (), True, "misattributed:explicit"),
        (Verdict.FABRICATED, (), False, "fabricated:inferred"),
    ],
)
def test_calibration_keys(
    verdict: Verdict, kinds: tuple[str, ...], explicit: bool, key: str
) -> None:
    from quotecheck.models import Edit, EditKind

    edits = tuple(Edit(kind=EditKind(k), quote="a", source="b") for k in kinds)
    assert calibration_key(verdict, edits, explicit) == key


def _finding(level: Level) -> Finding:
    return Finding(
        code="QC201",
        name="misattributed-quote",
        level=level,
        message="m",
        start=0,
        end=1,
        line=1,
        column=1,
    )


@pytest.mark.parametrize(
    ("confidence", "threshold", "level"),
    [(0.95, 0.9, Level.ERROR), (0.6, 0.9, Level.WARNING), (0.6, 0.5, Level.ERROR)],
)
def test_errors_only_where_sure(confidence: float, threshold: float, level: Level) -> None:
    got = cap_levels([_finding(Level.ERROR), _finding(Level.INFO)], confidence, threshold)
    assert got[0].level is level
    assert got[1].level is Level.INFO
    if level is Level.WARNING:
        assert "uncertain" in got[0].message


def test_calibration_table_parses_and_defaults_to_the_prior() -> None:
    cal = parse_calibration({"prior": {"p": 0.8}, "cells": {"verbatim": {"p": 0.97}}})
    assert isinstance(cal, Calibration)
    assert cal.probability("verbatim") == 0.97
    assert cal.probability("fabricated:explicit") == 0.8


def test_the_engine_keeps_a_lowered_level() -> None:
    from quotecheck.config import LintConfig
    from quotecheck.lint.engine import RuleEngine

    engine = RuleEngine(LintConfig())
    assert engine.stamp(_finding(Level.WARNING)).level is Level.WARNING
    assert engine.stamp(_finding(Level.ERROR)).level is Level.ERROR


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        pytest.param("families", "family", True, id="plural of a noun in y"),
        pytest.param("making", "make", True, id="a verb in e with -ing"),
        pytest.param("fees", "fee", True, id="a plural in s"),
        pytest.param("police", "policy", False, id="two words that share a stem"),
        pytest.param("polices", "policies", False, id="their plurals too"),
        pytest.param("15000", "1500", False, id="numbers compared as written"),
        pytest.param("1500s", "1500", False, id="a number with an ending"),
        pytest.param("harbourage", "harbour", False, id="a derivation is another word"),
        pytest.param("wines", "wins", False, id="two words that reach one bare form"),
        pytest.param("hated", "hats", False, id="by two different endings"),
        pytest.param("caring", "cars", False, id="an -ing and a plural"),
        pytest.param("not", "noted", False, id="a negation only as written"),
        pytest.param("could", "coulds", False, id="a modal only as written"),
    ],
)
def test_one_word_only_in_another_inflection(x: str, y: str, same: bool) -> None:
    en = get_language("en")
    assert same_word(x, y, en) is same
    assert same_word(y, x, en) is same


STANCES_DEBATE = (
    "---\nkind: transcript\noccasion: televised council debate\ndate: 2026-03-02\n---\n\n"
    "Bo Tan: Ms Lee, you have called for a full ban on night fishing in the bay.\n\n"
    "Ann Lee: I have.\n\n"
    "Bo Tan: Ms Lee, you have argued against new moorings at the north quay.\n\n"
    "Ann Lee: Yes.\n\n"
    "Bo Tan: Ms Lee, last month you spoke about the slow repairs of the old lighthouse.\n\n"
    "Ann Lee: Yes.\n\n"
    "Bo Tan: Ms Lee, last week you said the ferry will run all winter.\n\n"
    "Ann Lee: It will.\n"
)
"""The councillor puts things to the mayor: what she wanted or talked about, in his own words
(after "called for", "argued against", "spoke about"), and what she said (after "said")."""


@pytest.mark.parametrize(
    ("article", "second_hand"),
    [
        pytest.param(
            "“A full ban on night fishing in the bay,” Ann Lee said.",
            False,
            id="his account of what she called for: not her words second-hand",
        ),
        pytest.param(
            "Ann Lee wants “a full ban on night fishing in the bay,” she said on Monday.",
            False,
            id="a partial quote of what she called for: not her words second-hand",
        ),
        pytest.param(
            "“New moorings at the north quay,” Ann Lee said.",
            False,
            id="what she argued against: not her words second-hand",
        ),
        pytest.param(
            "“The slow repairs of the old lighthouse,” Ann Lee said.",
            False,
            id="what she spoke about: not her words second-hand",
        ),
        pytest.param(
            "“The ferry will run all winter,” Ann Lee said.",
            True,
            id="control: what he says she said is her words second-hand",
        ),
    ],
)
def test_second_hand_needs_a_report_of_words(article: str, second_hand: bool) -> None:
    """A source's other speaker who puts a stance or a topic to the speaker ("you have called
    for …") gives his own account, not her words: no second-hand confirmation (QC206), and no
    accusation either (he reports her, so at most a warning that names both)."""
    debate = quotecheck.make_source(STANCES_DEBATE, id="debate.md", kind="transcript")
    q = quotecheck.check_text(article, sources=[debate]).quotes[0]
    assert ("QC206" in q.codes) is second_hand, (q.verdict, q.codes, q.explanation)
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.codes, q.explanation)
    assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


def _put_to_her(line: str) -> str:
    """A council debate where the chair puts ``line`` to the mayor, who answers in one word."""
    return (
        "---\nkind: transcript\noccasion: televised council debate\ndate: 2026-03-02\n---\n\n"
        f"Bo Tan: Ms Lee, {line}\n\nAnn Lee: Indeed.\n"
    )


_BAN = "“A full ban on night fishing in the bay,” Ann Lee said."
_FERRY = "“The ferry will run all winter,” Ann Lee said."


@pytest.mark.parametrize(
    ("line", "article", "code"),
    [
        pytest.param(
            "you went on to call for a full ban on night fishing in the bay.",
            _BAN,
            "QC205",
            id="an infinitive of a stance verb: doubt, not an accusation",
        ),
        pytest.param(
            "your call for a full ban on night fishing in the bay worries the boats.",
            _BAN,
            "QC205",
            id="a stance noun after a possessive: doubt, not an accusation",
        ),
        pytest.param(
            "there was a call for a full ban on night fishing in the bay.",
            _BAN,
            "QC205",
            id="a stance noun after an article: doubt, not an accusation",
        ),
        pytest.param(
            "you wanted to argue for a full ban on night fishing in the bay.",
            _BAN,
            "QC205",
            id="wanted to argue for: doubt, not an accusation",
        ),
        pytest.param(
            "you went on to say for the first time that the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="an infinitive of saying with a that-clause reports her words",
        ),
        pytest.param(
            "you were the first to say for certain that the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="the first to say for certain that: her words",
        ),
        pytest.param(
            "you have said for months that the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="said for months that: her words, not a stance",
        ),
        pytest.param(
            "you said for the first time last week that the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="said for the first time that: her words, not a stance",
        ),
        pytest.param(
            "here is what you said about the ferry: the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="said about a topic, then a colon: her words",
        ),
        pytest.param(
            "thank you for coming. Last week you said the ferry will run all winter.",
            _FERRY,
            "QC206",
            id="her name in an earlier sentence of his turn, then you said: her words",
        ),
    ],
)
def test_a_stance_is_doubt_and_a_report_after_it_is_words(
    line: str, article: str, code: str
) -> None:
    """A reporting verb skipped only for its stance preposition still reports the speaker, so
    the call is at most a warning that names both (QC205), never a misattribution; and a
    preposition followed by a report of words (a that-clause, a colon) is no stance at all:
    the words are hers, second-hand (QC206)."""
    debate = quotecheck.make_source(_put_to_her(line), id="debate.md", kind="transcript")
    q = quotecheck.check_text(article, sources=[debate]).quotes[0]
    assert code in q.codes, (q.verdict, q.codes, q.explanation)
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.codes, q.explanation)
    assert not [f for f in q.findings if f.level is Level.ERROR], q.findings
