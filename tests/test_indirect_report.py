"""A source that reports the words in indirect speech (``docs/verdicts.md``, *The source as
evidence*): minutes ("The chair said that the pier would reopen"), an interviewer's summary
("last spring you said the pier would reopen").  Reported speech shifts tense and person by
its own grammar — "would" for "will", "had" for "have", "she" for "I" — so a direct quote
that differs from it only so is not shown changed: `unverifiable`, "similar words … in
indirect speech", never `altered` with QC112 (modality) or QC115 (tense).  Two passages in
direct speech still show a real change of modality or tense.

Every sentence here is made up for these tests: a lake town, its reeve Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Edit, EditKind, Verdict
from quotecheck.score.ladder import _backshift, _contradicts_report

_MINUTES_HEAD = """---
kind: document
occasion: lakeside council minutes
speaker: Lakeside Town Secretary
date: 2026-05-04
---

Minutes of the Lakeside council, 4 May 2026.

"""
"""The front matter and title of the Lakeside council's minutes, which both minutes share."""

MINUTES = (
    _MINUTES_HEAD
    + """\
Item 2. The pier. The Reeve said that the north pier would reopen before the regatta and that
the repairs would not raise the mooring fees. Cllr Dunn asked about the boathouse. The Reeve
said the accounts had been read twice by the auditor. She told the meeting that the ferry was
running again.
"""
)

INTERVIEW = """---
kind: transcript
occasion: interview with Lake Radio
date: 2026-05-04
---

HOST: Reeve Vell, last spring you said the north pier would reopen before the regatta.

VELL: I did, and I keep my promises.
"""

SPEECH = """---
kind: transcript
occasion: lakeside council meeting
date: 2026-05-04
---

VELL: The north pier would reopen before the regatta, if the weather had held. The accounts
had been read twice by the auditor.
"""

MINUTES_HARBOUR = (
    _MINUTES_HEAD
    + """\
Item 5. The Reeve said that the boat ramp would be widened before the autumn fair. She told
the meeting that the ferry would carry 400 cyclists a week from the first of June onwards.
The Reeve said that the town had always backed the net menders in every quarrel over the
quay. Cllr Aske said that the boat ramp would be closed in winter.
"""
)

MINUTES_RECORD = (
    _MINUTES_HEAD
    + """\
Item 7. The Reeve said that the north pier would reopen in May and that the town had a duty to
the fishers who had kept the harbour going through two hard winters. The Reeve stated that she
backed the new slipway but had doubts about the cost of the railings along the harbour wall. She
said that the old ferry would run every morning until the end of June, when the new boat arrives
from the yard. She said that she regretted the long delay to the harbour works caused by the
spring storm.
"""
)
"""A clerk's record: each of the Reeve's points in indirect speech, some in a clause that
continues the report ("and that …", "but had …"), the wording the clerk's own."""

ARTICLE = """---
date: 2026-05-05
---

Reeve Oona Vell spoke to the Lakeside council on Monday.

“{words},” Vell said.
"""


def _checked(source: str, words: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, id="src.md")
    report = quotecheck.check_text(ARTICLE.format(words=words), sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("source", "words"),
    [
        pytest.param(
            MINUTES,
            "The north pier will reopen before the regatta, and the repairs will not raise "
            "the mooring fees",
            id="minutes: will for would, twice",
        ),
        pytest.param(
            MINUTES, "The accounts have been read twice by the auditor", id="minutes: have for had"
        ),
        pytest.param(MINUTES, "The ferry is running again", id="minutes: told the meeting that"),
        pytest.param(
            INTERVIEW,
            "The north pier will reopen before the regatta",
            id="an interviewer's summary: will for would",
        ),
        pytest.param(
            MINUTES_HARBOUR,
            "The boat ramp will be widened before the autumn fair",
            id="the harbour minutes: will be for would be",
        ),
    ],
)
def test_backshift_of_a_report_is_no_change(source: str, words: str) -> None:
    result = _checked(source, words)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "indirect speech" in result.explanation, result.explanation
    assert not {"QC101", "QC112", "QC115"} & set(result.codes), result.codes


def test_identical_words_of_a_report_stay_verbatim() -> None:
    result = _checked(MINUTES, "the north pier would reopen before the regatta")
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    ("source", "words", "code"),
    [
        pytest.param(
            SPEECH,
            "The north pier will reopen before the regatta",
            "QC112",
            id="direct speech: modality",
        ),
        pytest.param(
            SPEECH,
            "The accounts have been read twice by the auditor",
            "QC115",
            id="direct speech: tense",
        ),
        pytest.param(
            MINUTES_HARBOUR,
            "The boat ramp will not be widened before the autumn fair",
            "QC110",
            id="beyond the backshift: negation",
        ),
        pytest.param(
            MINUTES_HARBOUR,
            "The ferry will carry 4,000 cyclists a week from the first of June onwards",
            "QC111",
            id="beyond the backshift: number",
        ),
        pytest.param(
            MINUTES_HARBOUR,
            "The town has never backed the net menders in every quarrel over the quay",
            "QC110",
            id="beyond the backshift: always to never",
        ),
    ],
)
def test_a_real_change_is_still_shown(source: str, words: str, code: str) -> None:
    """Two passages in direct speech show a change of modality or tense; a report in indirect
    speech, a change beyond what its grammar shifts (a negation, a number, another noun)."""
    result = _checked(source, words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert code in result.codes, result.codes


def test_another_named_reporter_is_not_the_speakers_indirect_report() -> None:
    result = _checked(MINUTES_HARBOUR, "The boat ramp will be closed in winter")
    assert "indirect speech" not in result.explanation, result.explanation
    assert "Vell's words" not in result.explanation, result.explanation


@pytest.mark.parametrize(
    ("quote", "source", "grammar"),
    [
        pytest.param("will reopen", "would reopen", True, id="will for would"),
        pytest.param("won't raise", "wouldn’t raise", True, id="a contraction, either apostrophe"),
        pytest.param("I will", "that she would", True, id="person, and a clause's that"),
        pytest.param("3 piers will", "2 piers would", False, id="a number is a word too"),
        pytest.param("the 3rd pier will", "the 2nd pier would", False, id="an ordinal too"),
        pytest.param("the re-laid pier will", "the re-laid pier would", True, id="hyphen whole"),
        pytest.param("will reopen", "would not reopen", False, id="a word more"),
    ],
)
def test_backshift_reads_every_word_and_number(quote: str, source: str, grammar: bool) -> None:
    """The ladder's word-for-word reading of an indirect report: numbers are words that count,
    so a report that writes another number is no grammar of the report."""
    edit = Edit(kind=EditKind.SUBSTITUTION, quote=quote, source=source)
    assert _backshift(edit, get_language("en")) is grammar


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "We have a duty to the fishers who have kept the harbour going "
            "through two hard winters",
            id="and that: we for the town",
        ),
        pytest.param(
            "But I have serious doubts about the cost of the railings along the harbour wall",
            id="but: a word added, person shifted",
        ),
        pytest.param(
            "The ferry runs every morning until the end of June, when the new boat arrives "
            "from the yard",
            id="a dropped would and old",
        ),
        pytest.param(
            "I deeply regret the long delay to the harbour works caused by the spring storm",
            id="the record's own wording",
        ),
    ],
)
def test_a_record_in_its_own_words_shows_no_change(words: str) -> None:
    """A record in indirect speech words what was said its own way — the person, the tense, a
    word left out or added, the order — so a direct quote that differs from it only so is
    doubt (`unverifiable`, "in its own words"), never `altered` or `paraphrased` (red team 23
    F7); a clause that continues the report ("and that …", "but had …") is the report too."""
    result = _checked(MINUTES_RECORD, words)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "in its own words" in result.explanation, result.explanation
    assert not {"QC101", "QC102", "QC112", "QC114", "QC115"} & set(result.codes), result.codes


def test_another_common_noun_against_a_record_is_a_change() -> None:
    """A word the record has in no form put in its place ("spring" for "autumn") is not the
    record's wording but something else recorded (review 23-2 #2, review 23-3 #5: 6ddd36d
    made it doubt)."""
    result = _checked(MINUTES_HARBOUR, "The boat ramp will be widened before the spring fair")
    assert result.verdict in {Verdict.ALTERED, Verdict.PARAPHRASED}, (
        result.verdict,
        result.explanation,
    )


@pytest.mark.parametrize(
    ("words", "code"),
    [
        pytest.param(
            "We had no duty to the fishers who had kept the harbour going through two hard winters",
            "QC110",
            id="and that: a negation",
        ),
        pytest.param(
            "But I have no doubts about the cost of the railings along the harbour wall",
            "QC110",
            id="but: a negation",
        ),
        pytest.param(
            "The ferry might run every morning until the end of June, when the new boat "
            "arrives from the yard",
            "QC112",
            id="might for would",
        ),
        pytest.param(
            "The ferry runs every morning until the end of 2027, when the new boat arrives "
            "from the yard",
            "QC111",
            id="a number for June",
        ),
        pytest.param(
            "I deeply welcome the long delay to the harbour works caused by the spring storm",
            "QC101",
            id="welcome for regret",
        ),
    ],
)
def test_a_contradiction_of_a_record_is_still_shown(words: str, code: str) -> None:
    """The must-still-accuse twins: what the record says otherwise — a negation, a number, a
    modal of another meaning — stays `altered`/`paraphrased` with its finding."""
    result = _checked(MINUTES_RECORD, words)
    assert result.verdict in {Verdict.ALTERED, Verdict.PARAPHRASED}, (
        result.verdict,
        result.explanation,
    )
    assert code in result.codes, result.codes


@pytest.mark.parametrize(
    ("quote", "source", "contradicts"),
    [
        pytest.param("runs", "would run", False, id="a modal the report adds"),
        pytest.param("will run", "would run", False, id="the backshift"),
        pytest.param("might run", "would run", True, id="another modal"),
        pytest.param("must run", "would run", True, id="a stronger modal"),
        pytest.param("I", "$640,000", False, id="a number the quote leaves out"),
        pytest.param("19", "9", True, id="another number"),
        pytest.param("not", "", True, id="a negation"),
        pytest.param("we", "the town", False, id="person: not a contradiction"),
        pytest.param("I oppose", "he supported", True, id="a verb put for another"),
        pytest.param("made a commitment", "had committed", False, id="another form of a word"),
        pytest.param("runs out", "would run out", False, id="an inflection"),
        pytest.param("let the harbour go", "kept the harbour going", True, id="let for kept"),
        pytest.param("the lamps", "the railings", True, id="lamps for railings"),
    ],
)
def test_what_contradicts_a_record(quote: str, source: str, contradicts: bool) -> None:
    lang = get_language("en")
    kind = {
        "runs": EditKind.MODALITY,
        "will run": EditKind.MODALITY,
        "might run": EditKind.MODALITY,
        "must run": EditKind.MODALITY,
        "I": EditKind.NUMBER,
        "19": EditKind.NUMBER,
        "not": EditKind.NEGATION,
        "we": EditKind.PERSON,
        "I oppose": EditKind.PERSON,
    }.get(quote, EditKind.SUBSTITUTION)
    edit = Edit(kind=kind, quote=quote, source=source)
    assert _contradicts_report(edit, lang) is contradicts
