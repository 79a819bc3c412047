"""Every verdict and edit kind on sentences written for these tests (one case each at least)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

STATEMENT = """Statement by Ann Lee, mayor of Northvale

The river bridge will not close this winter. We have repaired 1,250 metres of railing and the
inspectors have signed off the work.

Some residents called the repairs "a waste of money". I understand their frustration, but the
bridge is safe and it will stay open.

We may raise the toll next year to pay for the new lighting. The council must approve any
increase before it takes effect.

I thank the engineers of the harbour authority for their patient work through the autumn.
"""

SOURCES = [quotecheck.make_source(STATEMENT, id="lee.txt", speaker="Ann Lee")]


def check(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(article, sources=SOURCES)
    assert len(report.quotes) == 1, report.quotes
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "verdict", "codes"),
    [
        ('"The river bridge will not close this winter," Ann Lee said.', Verdict.VERBATIM, ()),
        ('Lee said: "The river bridge won’t close this winter."', Verdict.NORMALIZED, ()),
        ('"We have repaired 1,250 meters of railing," Lee said.', Verdict.NORMALIZED, ()),
        (
            '"The river bridge will not close … and the inspectors have signed off the work," '
            "Lee said.",
            Verdict.ELIDED,
            (),
        ),
        ('"The river bridge will not close this spring," Lee said.', Verdict.ALTERED, ("QC101",)),
        (
            '"The river bridge will close this winter," Lee said.',
            Verdict.ALTERED,
            ("QC101", "QC110"),
        ),
        (
            '"We have repaired 1,350 metres of railing," Lee said.',
            Verdict.ALTERED,
            ("QC101", "QC111"),
        ),
        (
            '"We will raise the toll next year to pay for the new lighting," Lee said.',
            Verdict.ALTERED,
            ("QC101", "QC112"),
        ),
        (
            '"I thank the engineers of the port authority for their patient work," Lee said.',
            Verdict.ALTERED,
            ("QC101",),
        ),
        (
            '"Next year we may increase the toll to fund new lighting, and any increase needs the '
            'approval of the council before it applies," Lee said.',
            Verdict.PARAPHRASED,
            ("QC102", "QC112"),  # "may increase" where the source has "will raise"
        ),
        (
            '"The river bridge will not close this winter, the council must approve any increase," '
            "Lee said.",
            Verdict.SPLICED,
            ("QC103",),
        ),
        (
            '"I went on to say that the bridge is safe and it will stay open," Lee said.',
            Verdict.NARRATION_INSERTED,
            ("QC104", "QC114"),
        ),
        ('Lee called the repairs "a waste of money".', Verdict.MISATTRIBUTED, ("QC201",)),
        (
            '"We will build a second bridge before the election," Lee said.',
            Verdict.FABRICATED,
            ("QC301",),
        ),
        (
            '"The bridge is a scandal," said Tom Reyes, a councillor.',
            Verdict.UNVERIFIABLE,
            ("QC302",),
        ),
        (
            '"We will build a second bridge," Lee said in a tweet in 2019.',
            Verdict.UNVERIFIABLE,
            ("QC302",),
        ),
        (
            '"I thank the engineers of the Kestrel authority for their patient work through the '
            'autumn," Lee said.',
            Verdict.ALTERED,
            ("QC101", "QC113"),
        ),
        (
            '"We had repaired 1,250 metres of railing," Lee said.',
            Verdict.ALTERED,
            ("QC101", "QC115"),
        ),
    ],
)
def test_verdicts(article: str, verdict: Verdict, codes: tuple[str, ...]) -> None:
    """The verdict and exactly these codes, in order (the verdict's own first)."""
    q = check(article)
    assert q.verdict is verdict, (q.verdict, q.explanation, q.edits)
    assert q.codes == codes, (q.codes, q.explanation)


@pytest.mark.parametrize(
    ("article", "kind", "quote_words", "source_words"),
    [
        ('"The river bridge will close this winter," Lee said.', EditKind.NEGATION, "", "not"),
        (
            '"We have repaired 1,350 metres of railing," Lee said.',
            EditKind.NUMBER,
            "1,350",
            "1,250",
        ),
        (
            '"We must raise the toll next year to pay for the new lighting," Lee said.',
            EditKind.MODALITY,
            "must",
            "may",
        ),
        (
            '"I thank the engineers of the port authority for their patient work," Lee said.',
            EditKind.SUBSTITUTION,
            "port",
            "harbour",
        ),
        (
            '"The river bridge will not close this winter or ever," Lee said.',
            EditKind.INSERTION,
            "or ever",
            "",
        ),
        ('"We have repaired metres of railing," Lee said.', EditKind.NUMBER, "", "1,250"),
        (
            '"We have repaired 1,250 metres of railing and the inspectors signed off the work," '
            "Lee said.",
            EditKind.TENSE,
            "",
            "have",
        ),
        (
            '"I thank the engineers of the harbour authority for their patient work," Lee said.',
            None,
            "",
            "",
        ),
        (
            '"She understands their frustration, but the bridge is safe," Lee said.',
            EditKind.PERSON,
            "She understands",
            "I understand",
        ),
        (
            '"I thank the engineers of the Eastport authority for their patient work," Lee said.',
            EditKind.ENTITY,
            "Eastport",
            "harbour",
        ),
        (
            '"We had repaired 1,250 metres of railing," Lee said.',
            EditKind.TENSE,
            "had",
            "have",
        ),
        (
            '"The bridge is safe and it will stay open, I understand their frustration," Lee said.',
            EditKind.REORDERING,
            "I understand their frustration",
            "I understand their frustration",
        ),
        (
            '"I thank the engineers of the harbour authority for their work through the autumn," '
            "Lee said.",
            EditKind.DELETION,
            "",
            "patient",
        ),
        (
            '"The River Bridge will not close this winter," Lee said.',
            EditKind.CASING,
            "River",
            "river",
        ),
        (
            '"We have repaired 1250 metres of railing," Lee said.',
            EditKind.PUNCTUATION,
            "1250",
            "1,250",
        ),
        (
            '"The river bridge won’t close this winter," Lee said.',
            EditKind.CONTRACTION,
            "won’t",
            "will",
        ),
        (
            '"We have repaired 1,250 meters of railing," Lee said.',
            EditKind.SPELLING,
            "meters",
            "metres",
        ),
    ],
)
def test_edit_kinds(
    article: str, kind: EditKind | None, quote_words: str, source_words: str
) -> None:
    q = check(article)
    cosmetic = (EditKind.CASING, EditKind.PUNCTUATION)
    substantive = [e for e in q.edits if e.kind not in cosmetic or e.kind is kind]
    if kind is None:
        assert substantive == []
        return
    hits = [e for e in substantive if e.kind is kind]
    assert hits, q.edits
    assert hits[0].quote == quote_words and hits[0].source == source_words


def test_cosmetic_edits_are_shown_but_do_not_count() -> None:
    q = check('"We have repaired 1,250 meters of railing," Lee said.')
    assert [(e.kind, e.quote, e.source) for e in q.edits] == [
        (EditKind.SPELLING, "meters", "metres")
    ]
    assert not any(e.meaning_changing for e in q.edits)


def test_elision_that_cuts_a_negation_is_flagged() -> None:
    q = check('"The river bridge will … close this winter," Lee said.')
    assert q.codes == ("QC105",), q.codes


def test_cut_before_a_limiter_is_flagged() -> None:
    q = check('"I understand their frustration," Lee said.')
    assert q.verdict is Verdict.VERBATIM and q.codes == ("QC106",)


def test_no_sources_means_unverifiable() -> None:
    report = quotecheck.check_text('"Anything at all," Lee said.', sources=[])
    assert report.quotes[0].verdict is Verdict.UNVERIFIABLE


def test_evidence_offsets_point_into_raw_text() -> None:
    article = 'Intro.\n\n"The river bridge will not close this spring," Lee said.'
    q = check(article)
    assert article[q.start : q.end] == q.text
    assert q.match is not None and STATEMENT[q.match.start : q.match.end] == q.match.text
    for e in q.edits:
        if e.quote_start is not None and e.quote_end is not None:
            assert article[e.quote_start : e.quote_end] == e.quote
        if e.source_start is not None and e.source_end is not None:
            assert STATEMENT[e.source_start : e.source_end] == e.source


def test_reordered_clauses_are_altered_not_spliced() -> None:
    q = check(
        '"The bridge is safe and it will stay open, I understand their frustration," Lee said.'
    )
    assert q.verdict is Verdict.ALTERED and "QC103" not in q.codes


def test_person_shift_is_meaning_changing() -> None:
    q = check('"She understands their frustration, but the bridge is safe," Lee said.')
    assert q.verdict is Verdict.ALTERED and q.codes == ("QC101", "QC114")


def test_quote_that_repeats_the_articles_narration() -> None:
    article = (
        "Lee said the council had asked engineers to check every railing twice.\n\n"
        '"The council had asked engineers to check every railing twice," she said.'
    )
    report = quotecheck.check_text(article, sources=SOURCES)
    q = report.quotes[-1]
    # "she" is the person the sentence before is about (Lee, a woman by the source's name)
    assert q.verdict is Verdict.NARRATION_INSERTED and q.codes == ("QC104",)
    assert q.speaker == "Ann Lee"


def test_ellipsis_that_cuts_a_limiter_is_flagged() -> None:
    q = check('"I understand their frustration … it will stay open," Lee said.')
    assert q.verdict is Verdict.ELIDED and q.codes == ("QC105",)


def test_ellipsis_that_cuts_only_a_but_between_two_kept_clauses_is_not() -> None:
    # both claims stay; only the word that set them side by side is gone (RT18 F20)
    q = check('"I understand their frustration … the bridge is safe," Lee said.')
    assert q.verdict is Verdict.ELIDED and "QC105" not in q.codes, q.codes


def test_ellipsis_over_whole_sentences_is_not_misleading() -> None:
    q = check(
        '"The river bridge will not close this winter … The council must approve any increase '
        'before it takes effect," Lee said.'
    )
    assert q.verdict is Verdict.ELIDED and "QC105" not in q.codes


def test_full_sentence_before_a_but_sentence_is_not_a_cut() -> None:
    src = quotecheck.make_source(
        "The ferry will run all year. But the fares will rise in May.", speaker="Ann Lee"
    )
    report = quotecheck.check_text('"The ferry will run all year," Ann Lee said.', sources=[src])
    q = report.quotes[0]
    assert q.verdict is Verdict.VERBATIM and "QC106" not in q.codes


TRANSCRIPT = """---
kind: transcript
occasion: council debate
date: 2024-03-05
---

Ann Lee: We will not close the bridge this winter.

Tom Reyes: The ferry service costs far too much money. The budget must fund the repairs first.

Ann Lee: I agree with that. The budget must fund the repairs first.
"""


@pytest.mark.parametrize(
    ("article", "verdict", "speaker", "codes", "absent"),
    [
        (
            '"The budget must fund the repairs first," Ann Lee said.',
            Verdict.VERBATIM,
            "Ann Lee",
            (),
            ("QC201",),
        ),
        (
            '"The budget must fund the repairs first," Tom Reyes said.',
            Verdict.VERBATIM,
            "Tom Reyes",
            (),
            ("QC201",),
        ),
        (
            '"The ferry service costs far too much money," Ann Lee said.',
            Verdict.MISATTRIBUTED,
            "Ann Lee",
            ("QC201",),
            (),
        ),
        (
            '"We will not close the bridge this winter," Ann Lee said at a rally.',
            Verdict.VERBATIM,
            "Ann Lee",
            ("QC203",),
            (),
        ),
        (
            '"We will not close the bridge this winter," Ann Lee said in 2024.',
            Verdict.VERBATIM,
            "Ann Lee",
            (),
            ("QC203",),
        ),
        (
            '"We will open a second ferry line next spring," Ann Lee said at a rally.',
            Verdict.UNVERIFIABLE,
            "Ann Lee",
            ("QC302",),
            ("QC301",),
        ),
        (
            '"We will sell the old bridge to a private firm," Ann Lee said.',
            Verdict.UNVERIFIABLE,
            "Ann Lee",
            ("QC302",),
            ("QC301",),
        ),
        (
            'During the council debate, Ann Lee said: "We will sell the old bridge to a private '
            'firm."',
            Verdict.FABRICATED,
            "Ann Lee",
            ("QC301",),
            (),
        ),
        (  # another speaker's words reworded are not this speaker's re-translated ones
            'During the council debate, Ann Lee said: "The ferry service is costing us far too '
            'much money."',
            Verdict.FABRICATED,
            "Ann Lee",
            ("QC301",),
            ("QC102",),
        ),
        (
            'Ann Lee tweeted that "the ferry will be free for pensioners".',
            Verdict.UNVERIFIABLE,
            "Ann Lee",
            ("QC302",),
            ("QC301",),
        ),
        (  # a quoted transcript line: its label names the speaker and is not speech
            'From the council debate:\n\n"TOM REYES: The ferry service costs far too much money."',
            Verdict.VERBATIM,
            "Tom Reyes",
            (),
            ("QC201",),
        ),
        (
            'From the council debate:\n\n"ANN LEE: The ferry service costs far too much money."',
            Verdict.MISATTRIBUTED,
            "Ann Lee",
            ("QC201",),
            (),
        ),
    ],
)
def test_speaker_and_occasion_aware_verdicts(
    article: str,
    verdict: Verdict,
    speaker: str,
    codes: tuple[str, ...],
    absent: tuple[str, ...],
) -> None:
    src = quotecheck.make_source(TRANSCRIPT, id="council.txt")
    report = quotecheck.check_text(article, sources=[src])
    q = report.quotes[0]
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert q.speaker == speaker
    assert q.codes == codes, q.codes
    for code in absent:
        assert code not in q.codes, q.codes


def test_words_quoted_back_by_another_speaker_stay_the_speakers_own() -> None:
    src = quotecheck.make_source(
        "---\nkind: transcript\n---\n\n"
        'Ann Lee: He stood here last week and said, "The ferry is late again." It was not.\n\n'
        "Tom Reyes: The ferry is late again.\n",
        id="radio.txt",
    )
    own = quotecheck.check_text('"The ferry is late again," Tom Reyes said.', sources=[src])
    assert own.quotes[0].verdict is Verdict.VERBATIM, own.quotes[0].explanation
    other = quotecheck.check_text('"The ferry is late again," Ann Lee said.', sources=[src])
    assert other.quotes[0].verdict is Verdict.MISATTRIBUTED


def test_quote_near_another_quote_placed_elsewhere_is_unverifiable_not_fabricated() -> None:
    src = quotecheck.make_source(TRANSCRIPT, id="council.txt")
    article = (
        "After the council debate Ann Lee went on the road. Speaking at a rally, she said the "
        'town was "ready for summer". She also promised: "We will sell the old bridge to a '
        'private firm."'
    )
    report = quotecheck.check_text(article, sources=[src])
    last = report.quotes[-1]
    assert last.verdict is Verdict.UNVERIFIABLE, last.explanation
    assert "other quotes of Ann Lee" in last.explanation
    alone = quotecheck.check_text(
        'At the council debate, Ann Lee promised: "We will sell the old bridge to a private firm."',
        sources=[src],
    )
    assert alone.quotes[0].verdict is Verdict.FABRICATED
    # "After the council debate, … promised" says the words came after the debate: not in
    # its transcript is then no sign they were made up (f4b6c83, occasion_shifts.txt).
    after = quotecheck.check_text(
        'After the council debate, Ann Lee promised: "We will sell the old bridge to a private '
        'firm."',
        sources=[src],
    )
    assert after.quotes[0].verdict is Verdict.UNVERIFIABLE, after.quotes[0].explanation
    assert "apart from the occasion" in after.quotes[0].explanation


def test_a_rule_line_ends_the_context_that_names_the_occasion() -> None:
    src = quotecheck.make_source(TRANSCRIPT, id="council.txt")
    quote = 'Ann Lee promised: "We will sell the old bridge to a private firm."'
    joined = quotecheck.check_text(f"The council debate ran late.\n\n{quote}", sources=[src])
    assert joined.quotes[0].verdict is Verdict.FABRICATED
    split = quotecheck.check_text(
        f"The council debate ran late.\n\n___\n\n10:40 a.m.\n\n{quote}\n\n___\n\n"
        "11:05 a.m.\n\nThe vote was put off.",
        sources=[src],
    )
    assert split.quotes[0].verdict is Verdict.UNVERIFIABLE, split.quotes[0].explanation
    # One rule line is an ordinary article's section break, not a live blog's next item.
    one = quotecheck.check_text(f"The council debate ran late.\n\n___\n\n{quote}", sources=[src])
    assert one.quotes[0].verdict is Verdict.FABRICATED, one.quotes[0].explanation


def test_reworded_echo_of_a_source_placed_on_another_occasion_is_not_a_paraphrase() -> None:
    src = quotecheck.make_source(
        TRANSCRIPT.replace(
            "Ann Lee: I agree with that. The budget must fund the repairs first.",
            "Ann Lee: I agree with that. The budget must fund the repairs first, and the new "
            "lighting can wait until the spring.",
        ),
        id="council.txt",
    )
    words = (
        '"Before anything else, our budget has to pay for repairs, and lighting waits for spring."'
    )
    rally = quotecheck.check_text(f"Ann Lee said at a rally: {words}", sources=[src]).quotes[0]
    assert rally.verdict is Verdict.UNVERIFIABLE, rally.explanation
    debate = quotecheck.check_text(
        f"During the council debate Ann Lee said: {words}", sources=[src]
    ).quotes[0]
    assert debate.verdict is Verdict.PARAPHRASED, debate.explanation
