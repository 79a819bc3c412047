"""What a reporter tidies in a record of speech, and what stays a change (#16, round 23).

* A contracted "had" ("I’d never promised" / "I never promised") before a past participle is
  a murmur two transcribers hear or miss — the labelling protocol's own example of a variant:
  `normalized`, the difference said at info level. Where the "’d" may be "would" ("I’d go",
  "we’d put") it is a modal word, and "had" written out is a tense: both still compared.
* A speaker's false start broken off inside its verb group and begun again ("we will -- we
  are going to") left out by the quote: a convention, `normalized`. A start that said a clause
  ("I voted for it --"), the first attempt kept instead of the new one, or a new start with
  another subject stay changes.
* A negation or a number a quote puts where the transcript marks a gap ("[inaudible]") keeps
  its doubt as a warning, as beyond a clip's edge: `unverifiable`, never an accusation.

Every sentence here is made up for these tests: a lake ferry, its skipper, a town council.
"""

from __future__ import annotations

import pytest
from harbour_council import check_said

import quotecheck
from quotecheck.models import EditKind, Level, QuoteResult, Verdict

ACCUSING = {Verdict.ALTERED, Verdict.SPLICED, Verdict.MISATTRIBUTED, Verdict.FABRICATED}


def _levels(result: QuoteResult) -> dict[str, Level]:
    return {f.code: f.level for f in result.findings}


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "I never promised the lake ferry would sail through the winter.",
            "I’d never promised the lake ferry would sail through the winter.",
            id="'d added before never + participle",
        ),
        pytest.param(
            "I'd never promised the lake ferry would sail through the winter.",
            "I never promised the lake ferry would sail through the winter.",
            id="'d dropped before never + participle",
        ),
        pytest.param(
            "We warned the skipper about the ice on the north shore.",
            "We’d warned the skipper about the ice on the north shore.",
            id="'d added before a regular participle",
        ),
        pytest.param(
            "By then the skipper had left, and he'd taken the keys with him.",
            "By then the skipper had left, and he taken the keys with him.",
            id="'d dropped before an irregular participle",
        ),
        pytest.param(
            "She already sold the old pontoon before the vote.",
            "She’d already sold the old pontoon before the vote.",
            id="'d added before an inner adverb + participle",
        ),
        pytest.param(
            "We agreed the new timetable with the skipper last week.",
            "We’d agreed the new timetable with the skipper last week.",
            id="'d added before a participle in -eed",
        ),
    ],
)
def test_a_contracted_had_is_heard_either_way(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    assert "contracted “had”" in result.explanation
    assert all(f.level is Level.INFO for f in result.findings), result.findings
    heard = [e for e in result.edits if e.heard]
    assert len(heard) == 1 and "only “had”" in (heard[0].note or ""), result.edits


@pytest.mark.parametrize(
    ("said", "quoted", "code"),
    [
        pytest.param(
            "I go down to the jetty every morning before the first crossing.",
            "I’d go down to the jetty every morning before the first crossing.",
            "QC112",
            id="must stay: 'd before a bare verb is would",
        ),
        pytest.param(
            "I'd go down to the jetty every morning before the first crossing.",
            "I go down to the jetty every morning before the first crossing.",
            "QC112",
            id="must stay: would dropped before a bare verb",
        ),
        pytest.param(
            "We put the dinghies in the boathouse for the winter.",
            "We’d put the dinghies in the boathouse for the winter.",
            "QC112",
            id="must stay: a participle written as the bare verb may be would",
        ),
        pytest.param(
            "I never promised the lake ferry would sail through the winter.",
            "I had never promised the lake ferry would sail through the winter.",
            "QC115",
            id="must stay: had written out is a tense",
        ),
        pytest.param(
            "We warned the skipper about the ice on the north shore.",
            "We’d warned the skipper about the ice on the south shore.",
            "QC101",
            id="must stay: a contracted had beside a changed word",
        ),
        pytest.param(
            "We’d exceed the quota for lake crossings this summer.",
            "We exceed the quota for lake crossings this summer.",
            "QC112",
            id="must stay: would dropped before a bare verb in -eed",
        ),
        pytest.param(
            "We exceed the quota for lake crossings this summer.",
            "We’d exceed the quota for lake crossings this summer.",
            "QC112",
            id="must stay: 'd added before a bare verb in -eed",
        ),
        pytest.param(
            "I'd proceed with the slipway repairs without another vote.",
            "I proceed with the slipway repairs without another vote.",
            "QC112",
            id="must stay: would dropped before proceed",
        ),
        pytest.param(
            "We'd never speed the ferry through the narrows in fog.",
            "We never speed the ferry through the narrows in fog.",
            "QC112",
            id="must stay: would dropped before never + speed",
        ),
    ],
)
def test_a_contraction_that_may_be_would_or_a_written_had_stays_a_change(
    said: str, quoted: str, code: str
) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation
    assert code in result.codes, result.findings


def test_a_would_dropped_against_a_written_source_stays_a_modal_word() -> None:
    """A bare verb in "-eed" ("exceed"): "we’d" before it is "would" in a statement too."""
    src = quotecheck.make_source(
        "We’d never exceed the budget for the slipway repairs.",
        id="statement.txt",
        speaker="Mara Lind",
        kind="statement",
    )
    quoted = "We never exceed the budget for the slipway repairs."
    result = quotecheck.check_text(f"“{quoted}” Mara Lind said.", sources=[src]).quotes[0]
    assert result.verdict is Verdict.ALTERED, result.explanation
    assert "QC112" in result.codes and "QC115" not in result.codes, result.findings


def test_a_contracted_had_against_a_written_source_is_a_tense() -> None:
    """A statement has no transcriber to mishear it: the "’d" is compared, and as what it
    is before a participle, "had" (a tense), not "would" (a modal word, before round 23)."""
    src = quotecheck.make_source(
        "We warned the skipper about the ice on the north shore.",
        id="statement.txt",
        speaker="Mara Lind",
        kind="statement",
    )
    quoted = "We’d warned the skipper about the ice on the north shore."
    result = quotecheck.check_text(f"“{quoted}” Mara Lind said.", sources=[src]).quotes[0]
    assert result.verdict is Verdict.ALTERED, result.explanation
    assert "QC115" in result.codes and "QC112" not in result.codes, result.findings
    assert [e.kind for e in result.edits if e.meaning_changing] == [EditKind.TENSE]


OPENING = "The storm broke the north jetty last night. "


@pytest.mark.parametrize(
    ("said", "quoted", "start"),
    [
        pytest.param(
            "We will -- we are going to rebuild the jetty before the spring.",
            "We are going to rebuild the jetty before the spring.",
            "We will",
            id="will -- we are going to",
        ),
        pytest.param(
            "I drove -- I was driving to the slipway when it broke.",
            "I was driving to the slipway when it broke.",
            "I drove",
            id="a verb broken off",
        ),
        pytest.param(
            "We painted -- we were painting the hull when the squall came in.",
            "We were painting the hull when the squall came in.",
            "We painted",
            id="a verb said again in another form",
        ),
        pytest.param(
            "The skipper went, uh, he was going to turn back at the buoy.",
            "He was going to turn back at the buoy.",
            "The skipper went",
            id="an irregular verb said again, a pronoun for the noun",
        ),
        pytest.param(
            "We will mend, uh, we will rebuild the jetty before the spring.",
            "We will rebuild the jetty before the spring.",
            "We will mend",
            id="a filler at the break",
        ),
        pytest.param(
            "I don't think -- I believe the council will pay for the jetty.",
            "I believe the council will pay for the jetty.",
            "I don't think",
            id="a negation in the start broken off",
        ),
        pytest.param(
            "The old jetty can't... it won't stand another storm like that.",
            "It won't stand another storm like that.",
            "The old jetty can't",
            id="a pronoun for the start's noun",
        ),
    ],
)
def test_a_false_start_left_out_is_a_convention(said: str, quoted: str, start: str) -> None:
    result = check_said(OPENING + said, OPENING + quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    notes = [e.note or "" for e in result.edits if e.convention]
    assert any("false start" in n and f"“{start}”" in n for n in notes), result.edits
    assert not result.findings, result.findings


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "We won't -- we will rebuild the jetty before the spring.",
            "We won't rebuild the jetty before the spring.",
            id="must stay: the first attempt kept, the new start left out",
        ),
        pytest.param(
            "We will -- we won't rebuild the jetty before the spring.",
            "We will rebuild the jetty before the spring.",
            id="must stay: the new start's negation left out",
        ),
        pytest.param(
            "We will not -- we will never rebuild the jetty before the spring.",
            "We will rebuild the jetty before the spring.",
            id="must stay: a negation in both attempts left out",
        ),
        pytest.param(
            "We will -- the council will rebuild the jetty before the spring.",
            "We will rebuild the jetty before the spring.",
            id="must stay: a new start with another subject",
        ),
        pytest.param(
            "I voted for it -- I regret the whole thing now.",
            "I regret the whole thing now.",
            id="must stay: a start that said a clause",
        ),
        pytest.param(
            "I said no -- I regret the whole thing now.",
            "I regret the whole thing now.",
            id="must stay: a start that said no",
        ),
        pytest.param(
            "Honestly, I lied -- I told the skipper the ice was safe to cross.",
            "Honestly, I told the skipper the ice was safe to cross.",
            id="must stay: a subject and its verb alone said a clause",
        ),
        pytest.param(
            "Frankly, we failed -- we promised the island a ferry every hour.",
            "Frankly, we promised the island a ferry every hour.",
            id="must stay: a past verb left out, another verb after",
        ),
        pytest.param(
            "So I quit -- I will hand the keys of the boathouse back tomorrow.",
            "So I will hand the keys of the boathouse back tomorrow.",
            id="must stay: a present verb left out before a modal start",
        ),
        pytest.param(
            "We will, I promise you, rebuild the jetty before the spring.",
            "We will rebuild the jetty before the spring.",
            id="must stay: an aside, no new start",
        ),
    ],
)
def test_what_a_false_start_does_not_cover_stays_a_change(said: str, quoted: str) -> None:
    result = check_said(OPENING + said, OPENING + quoted)
    assert result.verdict in ACCUSING, result.explanation
    assert not any("false start" in (e.note or "") for e in result.edits), result.edits


def test_a_written_source_has_no_false_start() -> None:
    """A statement was written, not spoken: words left out of it are left out."""
    text = OPENING + "We will -- we are going to rebuild the jetty before the spring."
    src = quotecheck.make_source(text, id="statement.txt", speaker="Mara Lind", kind="statement")
    quoted = OPENING + "We are going to rebuild the jetty before the spring."
    result = quotecheck.check_text(f"“{quoted}” Mara Lind said.", sources=[src]).quotes[0]
    assert result.verdict is Verdict.ALTERED, result.explanation


@pytest.mark.parametrize(
    ("said", "quoted", "code"),
    [
        pytest.param(
            "The ferry will [inaudible] sail on Sundays this winter.",
            "The ferry will not sail on Sundays this winter.",
            "QC110",
            id="a negation at [inaudible]",
        ),
        pytest.param(
            "The ferry will carry (inaudible) cars on each crossing.",
            "The ferry will carry 12 cars on each crossing.",
            "QC111",
            id="a number at (inaudible)",
        ),
    ],
)
def test_a_meaning_word_at_a_gap_keeps_a_warning(said: str, quoted: str, code: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    levels = _levels(result)
    assert levels.get(code) is Level.WARNING, result.findings
    assert "could not hear the speaker there" in next(
        f.message for f in result.findings if f.code == code
    )
    assert Level.ERROR not in levels.values()


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "The ferry will [inaudible] sail on Sundays this winter.",
            "The ferry will also sail on Sundays this winter.",
            id="must stay quiet: an ordinary word at [inaudible]",
        ),
        pytest.param(
            "The ferry will carry (inaudible) cars on each crossing.",
            "The ferry will carry more cars on each crossing.",
            id="must stay quiet: no number at (inaudible)",
        ),
    ],
)
def test_an_ordinary_word_at_a_gap_raises_no_warning(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict not in ACCUSING, result.explanation
    assert not [f for f in result.findings if f.level is not Level.INFO], result.findings


@pytest.mark.parametrize(
    ("said", "quoted", "start"),
    [
        pytest.param(
            "We have to -- you know, we have to rebuild the jetty before the spring.",
            "We have to rebuild the jetty before the spring.",
            "We have to",
            id="a marker at the break, the quote found in two pieces",
        ),
        pytest.param(
            "The old jetty isn't, um, it won't stand another storm.",
            "It won't stand another storm.",
            "The old jetty isn't",
            id="a noun's start and a pronoun's new start, two pieces",
        ),
    ],
)
def test_a_false_start_between_two_pieces_is_no_splice(said: str, quoted: str, start: str) -> None:
    result = check_said(OPENING + said, OPENING + quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    notes = [e.note or "" for e in result.edits if e.convention]
    assert any("false start" in n and f"“{start}”" in n for n in notes), result.edits


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "We were going to paint all the boats, um, we are going to rebuild the jetty.",
            "We are going to rebuild the jetty.",
            id="must stay: a start of seven words is a clause said",
        ),
        pytest.param(
            "I voted for the new harbour plan -- I regret the whole thing.",
            "I regret the whole thing.",
            id="must stay: a start past its verb, two pieces",
        ),
    ],
)
def test_a_long_start_between_two_pieces_stays_a_change(said: str, quoted: str) -> None:
    result = check_said(OPENING + said, OPENING + quoted)
    assert result.verdict in ACCUSING, result.explanation
    assert not any("false start" in (e.note or "") for e in result.edits), result.edits
