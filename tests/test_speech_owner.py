"""Whose words a quote is when the article gives it as someone's promise, claim or words ("Tan
said the mayor's promise that “…” was false"): the owner's, not the subject of the verb that
frames the sentence; and a quote within a quote that the article gives to no one, found where
the enclosing quote's speaker quotes it in the source, raises no doubt about an attribution.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee, a
councillor, Bo Tan, and a statement and a council meeting of theirs.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import extract_quotes
from quotecheck.models import Level, Verdict

STATEMENT = (
    "Statement by Mayor Ann Lee\n\n"
    "No family in this harbour will pay a higher mooring fee this year. "
    "My father used to say, “a harbour is only as good as its worst rope.” "
    "I think of him every winter.\n"
)

MEETING = """---
kind: transcript
occasion: harbour council meeting
date: 2026-10-02
---

ANN LEE: The new quay will open in the spring, and the old pier stays open until then.

BO TAN: That is a fairy tale. The quay is a year behind and everyone in this room knows it.
"""

PROMISE = "No family in this harbour will pay a higher mooring fee this year."


def _report(article: str) -> quotecheck.ArticleReport:
    sources = [
        quotecheck.make_source(STATEMENT, id="statement.txt"),
        quotecheck.make_source(MEETING, id="meeting.md"),
    ]
    return quotecheck.check_text(article, sources=sources)


def _quote(article: str, start: str) -> quotecheck.QuoteResult:
    found = [q for q in _report(article).quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in _report(article).quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        pytest.param(
            "Councillor Bo Tan called Ann Lee's pledge that “no family will pay more” a myth.",
            "no family",
            "Ann Lee",
            id="named owner, called … a",
        ),
        pytest.param(
            "Bo Tan said Mayor Ann Lee's promise that “the quay will open in spring” was empty.",
            "the quay",
            "Ann Lee",
            id="titled owner, said … was",
        ),
        pytest.param(
            "Ann Lee said Bo Tan's claim that “the quay is a year behind” was nonsense.",
            "the quay",
            "Bo Tan",
            id="claim: a reporting verb's noun",
        ),
        pytest.param(
            "Ann Lee dismissed Councillor Bo Tan's accusation that “the quay is a year behind.”",
            "the quay",
            "Bo Tan",
            id="accusation, the owner titled",
        ),
        pytest.param(
            "Ann Lee answered her critic's claim that “the quay is a year behind.”",
            "the quay",
            None,
            id="an owner no one names: unresolved, not the subject",
        ),
        pytest.param(
            "Bo Tan read out Ann Lee's vow that “the old pier stays open until then.”",
            "the old pier",
            "Ann Lee",
            id="vow, read out",
        ),
    ],
)
def test_a_possessed_speech_noun_gives_the_quote_to_its_owner(
    text: str, start: str, speaker: str | None
) -> None:
    quotes = [q for q in extract_quotes(text) if q.text.startswith(start)]
    assert len(quotes) == 1, [q.text for q in extract_quotes(text)]
    att = quotes[0].attribution
    if speaker is None:
        assert att.speaker is None and att.mention is not None, att
        assert "Lee" not in att.mention, att
    else:
        assert att.speaker is not None and speaker in att.speaker, att


@pytest.mark.parametrize(
    ("article", "start", "verdict", "speaker"),
    [
        pytest.param(
            f"Councillor Bo Tan said Ann Lee's promise that “{PROMISE[:-1]}” was “a fairy tale.”",
            "No family",
            Verdict.VERBATIM,
            "Ann Lee",
            id="named owner: hers, verbatim",
        ),
        pytest.param(
            f"At the meeting, Bo Tan called Lee's promise that “{PROMISE[:-1]}” a fairy tale.",
            "No family",
            Verdict.VERBATIM,
            "Lee",
            id="surname owner: hers, verbatim",
        ),
        pytest.param(
            f"Councillor Bo Tan said the mayor's promise that “{PROMISE[:-1]}” was “a fairy tale.”",
            "No family",
            Verdict.VERBATIM,
            None,
            id="role owner named nowhere: no one's, no accusation",
        ),
        # the rest of the sentence is still the subject's
        pytest.param(
            f"Councillor Bo Tan said Ann Lee's promise that “{PROMISE[:-1]}” was “a fairy tale.”",
            "a fairy tale",
            Verdict.VERBATIM,
            "Bo Tan",
            id="control: the predicate is the subject's",
        ),
    ],
)
def test_the_owners_words_are_not_the_subjects(
    article: str, start: str, verdict: Verdict, speaker: str | None
) -> None:
    q = _quote(article, start)
    codes = {f.code for f in q.findings}
    assert q.verdict == verdict, (q.verdict, q.explanation)
    assert not codes & {"QC201", "QC204", "QC205"}, q.findings  # no accusation, no rescue
    if speaker is None:
        assert q.speaker is None
        assert all(f.level == Level.INFO for f in q.findings), q.findings
    else:
        assert q.speaker is not None and speaker.lower() in q.speaker.lower(), q.speaker


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f"Councillor Bo Tan said: “{PROMISE}”", id="said and a colon"),
        pytest.param(
            f"Bo Tan, citing the mayor's promise, told the meeting: “{PROMISE}”",
            id="a speech noun in an aside, the quote after the verb",
        ),
        pytest.param(
            f"Bo Tan made a promise of his own: “{PROMISE}”",
            id="his own promise",
        ),
    ],
)
def test_the_subjects_own_frame_still_accuses(article: str) -> None:
    q = _quote(article, "No family")
    assert q.verdict == Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
    assert q.speaker is not None and "tan" in q.speaker.lower()


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "Mayor Ann Lee recalled: “My father used to say, ‘a harbour is only as good as its "
            "worst rope.’ I think of him every winter.”",
            id="recalled and a colon",
        ),
        pytest.param(
            "“My father used to say, ‘a harbour is only as good as its worst rope.’ I think of "
            "him every winter,” Ann Lee wrote.",
            id="credit after the quote",
        ),
    ],
)
def test_a_quote_within_a_resolved_quote_claims_no_attribution(article: str) -> None:
    inner = _quote(article, "a harbour is only")
    assert inner.verdict == Verdict.VERBATIM, (inner.verdict, inner.explanation)
    assert inner.speaker is None
    assert {f.code for f in inner.findings} <= {"QC202"}, inner.findings
    assert all(f.level == Level.INFO for f in inner.findings), inner.findings
    assert "attributed speaker" not in " ".join(f.message for f in inner.findings)
    outer = _quote(article, "My father")
    assert outer.speaker is not None and "Ann Lee" in outer.speaker


def test_a_quote_within_a_misattributed_quote_is_still_doubted() -> None:
    """Control: the enclosing quote's speaker is not the one who quotes the words in the
    source; the outer quote is misattributed and the inner one still doubted."""
    article = (
        "Councillor Bo Tan recalled: “My father used to say, ‘a harbour is only as good as its "
        "worst rope.’ I think of him every winter.”"
    )
    outer = _quote(article, "My father")
    assert outer.verdict == Verdict.MISATTRIBUTED, (outer.verdict, outer.explanation)
    inner = _quote(article, "a harbour is only")
    assert "QC205" in {f.code for f in inner.findings}, inner.findings


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "Councillor Bo Tan's statement read in part:\n\n“The quay is a year behind.”\n",
            "Councillor Bo Tan",
            id="statement read in part",
        ),
        pytest.param(
            "Ann Lee's statement read: “No family will pay a higher mooring fee.”\n",
            "Ann Lee",
            id="statement read and a colon",
        ),
        pytest.param(
            "Bo Tan's letter to the council said: “The quay is a year behind.”\n",
            "Bo Tan",
            id="letter said",
        ),
    ],
)
def test_a_possessive_clitic_is_never_the_mention(text: str, mention: str) -> None:
    """The words for the speaker are the owner's name, never the "'s" after it."""
    att = extract_quotes(text)[0].attribution
    assert att.mention == mention, att
    assert att.speaker is not None and mention.removeprefix("Councillor ") in att.speaker, att


def test_a_statement_read_in_part_is_its_owners_without_a_rescue() -> None:
    article = (
        "Councillor Bo Tan's statement read in part:\n\n“The quay is a year behind and "
        "everyone in this room knows it.”\n"
    )
    q = _quote(article, "The quay")
    assert q.verdict == Verdict.VERBATIM, (q.verdict, q.explanation)
    assert q.speaker_mention == "Councillor Bo Tan"
    assert not {f.code for f in q.findings} & {"QC201", "QC204", "QC205"}, q.findings


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param("responded to Mayor Ann Lee's statement:", id="respond to … statement:"),
        pytest.param("answered Mayor Ann Lee's question:", id="answer … question:"),
        pytest.param("scoffed at Ann Lee's words,", id="scoff at … words,"),
        pytest.param("said of Ann Lee's promise that", id="say of … promise that"),
        pytest.param("wrote in reply to Ann Lee's letter that", id="in reply to … letter that"),
        pytest.param("answered the council's question:", id="answer the council's question:"),
    ],
)
def test_an_answer_to_someones_words_is_the_subjects(frame: str) -> None:
    """A speech noun the subject answers, rejects or mocks (``answering_frames``) does not
    give the quote to its owner: the words after it are the subject's answer."""
    article = f"Councillor Bo Tan {frame} “That is a fairy tale.”"
    quote = _quote(article, "That is")
    assert quote.attribution.speaker is not None
    assert "tan" in quote.attribution.speaker.lower()
    assert quote.verdict == Verdict.VERBATIM


def test_an_answer_frame_keeps_a_dismissed_claims_own_content() -> None:
    """Control: "dismissed X's accusation that “…”" — the that-clause is the accusation's."""
    article = "Ann Lee dismissed Councillor Bo Tan's accusation that “the quay is a year behind.”"
    assert (_quote(article, "the quay").attribution.speaker or "").lower() == "bo tan"


def test_a_repeated_promise_is_still_not_the_repeaters() -> None:
    """Control: the mayor's promise that Tan repeats is not Tan's words."""
    article = f"Bo Tan repeated the mayor's promise that “{PROMISE[:-1].lower()}.”"
    assert _quote(article, "no family").attribution.speaker != "Bo Tan"


# A possessed speech noun right before the quote, without "that" (mends I2, review of
# 07cafdb): whose the words are depends on what the sentence does with the noun.
TAN = (
    "Statement by Councillor Bo Tan\n\n"
    "The quay is a year behind and everyone in this room knows it.\n"
)


def _tan_only(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        article, sources=[quotecheck.make_source(TAN, id="tan.txt", speaker="Bo Tan")]
    )
    assert len(report.quotes) == 1, [q.text for q in report.quotes]
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        pytest.param(
            f"Councillor Bo Tan read out Mayor Ann Lee's statement: “{PROMISE}”",
            "Ann Lee",
            id="read out … statement:",
        ),
        pytest.param(
            f"Councillor Bo Tan quoted Mayor Ann Lee's words, “{PROMISE}”",
            "Ann Lee",
            id="quoted … words,",
        ),
        pytest.param(
            f"Councillor Bo Tan spoke last. In Mayor Ann Lee's own words: “{PROMISE}”",
            "Ann Lee",
            id="In … own words:",
        ),
        pytest.param(
            f"Councillor Bo Tan said he remembered Mayor Ann Lee's promise: “{PROMISE}”",
            "Ann Lee",
            id="remembered … promise:",
        ),
        pytest.param(
            f"Councillor Bo Tan repeated Mayor Ann Lee's promise “{PROMISE}”",
            "Ann Lee",
            id="repeated … promise, nothing between",
        ),
        pytest.param(
            "Councillor Bo Tan mocked Mayor Ann Lee's pledge “No family will pay more.”",
            None,
            id="mocked … pledge, nothing between: no one's",
        ),
        pytest.param(
            f"Councillor Bo Tan questioned Mayor Ann Lee's promise: “{PROMISE}”",
            None,
            id="questioned … promise: no one's",
        ),
        pytest.param(
            f"Councillor Bo Tan rejected Mayor Ann Lee's warning: “{PROMISE}”",
            None,
            id="rejected … warning: no one's (the warning or the answer)",
        ),
        pytest.param(
            f"Councillor Bo Tan denied Mayor Ann Lee's claim: “{PROMISE}”",
            None,
            id="denied … claim: no one's",
        ),
        pytest.param(
            f"Councillor Bo Tan dismissed Mayor Ann Lee's promise, “{PROMISE}”",
            None,
            id="dismissed … promise, no one's",
        ),
    ],
)
def test_a_quote_after_a_possessed_speech_noun_is_never_the_subjects_by_default(
    article: str, speaker: str | None
) -> None:
    q = _tan_only(article)
    assert q.verdict == Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert all(f.level == Level.INFO for f in q.findings), q.findings
    assert "QC301" not in {f.code for f in q.findings}
    if speaker is None:
        assert q.speaker is None, q.speaker
    else:
        assert q.speaker is not None and speaker in q.speaker, q.speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        pytest.param(
            f"Bo Tan read out the mayor's statement: “{PROMISE}”",
            None,
            id="a role owner named nowhere: no one's",
        ),
        pytest.param(
            f"Bo Tan read out Ann Lee's statement: “{PROMISE}”", "Ann Lee", id="a named owner"
        ),
    ],
)
def test_words_read_out_are_not_the_readers(article: str, speaker: str | None) -> None:
    q = _quote(article, "No family")
    assert q.verdict == Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not {f.code for f in q.findings} & {"QC201", "QC204", "QC205"}, q.findings
    assert all(f.level == Level.INFO for f in q.findings), q.findings
    if speaker is None:
        assert q.speaker is None, q.speaker
    else:
        assert q.speaker is not None and speaker in q.speaker, q.speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(
            "Councillor Bo Tan called Ann Lee's pledge “a fairy tale.”",
            "a fairy",
            id="called: the subject's label",
        ),
        pytest.param("Bo Tan branded the mayor's promise “a fantasy.”", "a fantasy", id="branded"),
        pytest.param(
            "Bo Tan blasted Ann Lee's promise: “The quay is a year behind.”",
            "The quay",
            id="blasted, then a colon: the subject's verdict",
        ),
    ],
)
def test_control_a_label_or_a_verdict_on_the_words_is_the_subjects(text: str, start: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.text.startswith(start)]
    assert len(quotes) == 1, [q.text for q in extract_quotes(text)]
    att = quotes[0].attribution
    assert att.speaker is not None and "Bo Tan" in att.speaker, att


def test_control_the_reader_of_his_own_statement_is_still_doubted_for_another_speakers_words() -> (
    None
):
    """Control: the subject reads out his own statement; words found only in the mayor's
    statement are still misattributed to him."""
    q = _quote(f"Bo Tan read out his statement: “{PROMISE}”", "No family")
    assert q.verdict == Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
