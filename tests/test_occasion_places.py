"""Where the article places a quote (a kind of occasion, a time) against what a source
declares of itself (#16, round three).

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, and the
transcripts of her appearances.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, Verdict
from quotecheck.score.checks.placement import source_kinds

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
ARTICLE_DATE = "2026-04-15"  # a Wednesday


def _source(occasion: str, date: str, *, shared: bool = True, kind: str = "transcript") -> object:
    text = f"---\nkind: {kind}\noccasion: {occasion}\ndate: {date}\n---\n\nInes Rook: {SAID}\n"
    src = quotecheck.make_source(text, id="rook.md")
    return src.model_copy(update={"shared": True}) if shared else src


def _check(article: str, source: object, *, date: str | None = ARTICLE_DATE) -> object:
    if date:
        article = f"---\ndate: {date}\n---\n\n{article}"
    report = quotecheck.check_text(article, sources=[source])  # type: ignore[list-item]
    assert report.quotes, article
    return report.quotes[0]


RALLY = ("Speech, Rally, Lakeside Park", "2026-04-14")
DEBATE = ("mayoral debate", "2026-04-14")
INTERVIEW_OLD = ("Interview with the Lake Radio breakfast show", "2025-11-02")


@pytest.mark.parametrize(
    ("sentence", "occasion", "verdict"),
    [
        pytest.param(
            f"“{CHANGED}” Ines Rook told reporters on Tuesday.",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="told reporters: a rally speech of the day before is not that occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook wrote in a statement.",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="in a statement: a speech is not a written statement",
        ),
        pytest.param(
            f"Ines Rook tweeted: “{CHANGED}”",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="tweeted: a debate transcript is not a post",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said in an interview with the town paper.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="in an interview: a debate is not an interview",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said last month.",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="last month: a source dated the day before is not of last month",
        ),
        pytest.param(
            f"In 2019, Ines Rook promised the same: “{CHANGED}”",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="in 2019: a source of 2026 is not that occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook told the crowd.",
            ("Interview with the Lake Radio breakfast show", "2026-04-14"),
            Verdict.UNVERIFIABLE,
            id="told the crowd: a radio interview of the day before is not that occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said last summer.",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="last summer: a rally of the day before is not of last summer",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said in the summer of 2025.",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="the summer of a year: a rally of this April is not of it",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said on Monday.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="on Monday: a debate of Tuesday is another day's occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said on Wednesday.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="on Wednesday (the article's day): a debate of Tuesday is another day's",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said on April 13.",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a date the article names is that day, not the day after",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook told a cheering crowd.",
            RALLY,
            Verdict.ALTERED,
            id="told a crowd, against the rally of the day before: still caught",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said during the debate on Tuesday.",
            DEBATE,
            Verdict.ALTERED,
            id="placed AT the debate, and altered: still caught",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said yesterday.",
            ("mayoral debate", "2026-04-13"),
            Verdict.ALTERED,
            id="a day counted from the article's date keeps a day's slack",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook told supporters at a rally.",
            RALLY,
            Verdict.ALTERED,
            id="at a rally, against the rally of the day before: still caught",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said.",
            RALLY,
            Verdict.ALTERED,
            id="no placement: the speaker's source of the article's days is evidence",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said in an interview.",
            INTERVIEW_OLD,
            Verdict.UNVERIFIABLE,
            id="a cue that agrees only by kind (an interview) does not name a shared source",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said at a rally last week. She spoke in a tweet in 2019.",
            ("Speech, Rally, Harbour Hall", "2026-04-08"),
            Verdict.ALTERED,
            id="a placement in the next sentence is not the quote's",
        ),
        pytest.param(
            f"Ines Rook said: “{CHANGED}” She told reporters so on Monday.",
            RALLY,
            Verdict.ALTERED,
            id="the cue's sentence ends at the quote: the next sentence is not its frame",
        ),
    ],
)
def test_the_article_places_the_quote(
    sentence: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    q = _check(sentence, _source(*occasion))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation  # type: ignore[attr-defined]
        assert not [f for f in q.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


PRESS = ("Press conference, City Hall", "2026-04-14")


@pytest.mark.parametrize(
    ("said", "frame", "occasion", "verdict"),
    [
        pytest.param(SAID, "told the debate crowd", DEBATE, Verdict.VERBATIM, id="debate crowd"),
        pytest.param(
            CHANGED, "told the debate crowd", DEBATE, Verdict.ALTERED, id="debate crowd, altered"
        ),
        pytest.param(
            SAID,
            "told a debate crowd in the town hall",
            DEBATE,
            Verdict.VERBATIM,
            id="debate crowd in a hall",
        ),
        pytest.param(
            CHANGED,
            "told a debate crowd in the town hall",
            DEBATE,
            Verdict.ALTERED,
            id="debate crowd in a hall, altered",
        ),
        pytest.param(
            SAID, "told a crowd of reporters", PRESS, Verdict.VERBATIM, id="crowd of reporters"
        ),
        pytest.param(
            CHANGED,
            "told a crowd of reporters",
            PRESS,
            Verdict.ALTERED,
            id="crowd of reporters, altered",
        ),
        pytest.param(
            CHANGED, "told the crowd", RALLY, Verdict.ALTERED, id="control: the crowd at a rally"
        ),
        pytest.param(
            CHANGED,
            "told the rally crowd",
            RALLY,
            Verdict.ALTERED,
            id="control: a rally's crowd at a rally",
        ),
        pytest.param(
            CHANGED,
            "told the crowd",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="control: a crowd is no debate",
        ),
        pytest.param(
            CHANGED,
            "told a crowd of reporters",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="control: a crowd of reporters is no rally",
        ),
    ],
)
def test_a_crowd_named_by_its_occasion_is_that_occasions(
    said: str, frame: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    """A kind word inside the "*" of a place phrase ("the debate crowd") or a crowd said to be
    of reporters names the occasion itself: the phrase does not place the quote elsewhere."""
    q = _check(f"“{said}” Ines Rook {frame}.", _source(*occasion))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is not Verdict.UNVERIFIABLE:
        assert "QC203" not in q.codes  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(
            "“We will sell the old town hall to the lowest bidder,” Ines Rook told reporters.",
            Verdict.UNVERIFIABLE,
            id="declared debate, quote told to reporters: not covered, so not fabricated",
        ),
        pytest.param(
            "“We will sell the old town hall to the lowest bidder,” Ines Rook said during the "
            "debate.",
            Verdict.FABRICATED,
            id="declared debate, quote placed at it and missing: fabricated",
        ),
    ],
)
def test_a_declared_source_covers_only_its_kind_of_occasion(
    sentence: str, verdict: Verdict
) -> None:
    q = _check(sentence, _source(*DEBATE, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]


def test_identical_words_stay_verbatim_with_a_note_on_the_occasion() -> None:
    q = _check(f"“{SAID}” Ines Rook told reporters.", _source(*RALLY))
    assert q.verdict is Verdict.VERBATIM  # type: ignore[attr-defined]
    assert "QC203" in q.codes  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "occasion", "kinds"),
    [
        ("transcript", "Speech, Rally, Lakeside Park", {"rally", "speech"}),
        ("transcript", "Interview with the Lake Radio breakfast show", {"interview"}),
        ("transcript", "mayoral debate", {"debate"}),
        ("transcript", "Press Conference, Town Hall steps", {"press", "townhall"}),
        ("statement", "On the ferry timetable", {"statement"}),
        ("transcript", "harbour walk", set()),
    ],
)
def test_source_kinds(kind: str, occasion: str, kinds: set[str]) -> None:
    src = quotecheck.make_source(
        f"---\nkind: {kind}\noccasion: {occasion}\n---\n\nInes Rook: Hello.\n", id="s.md"
    )
    assert source_kinds(src, get_language("en")) == kinds


def test_every_kind_an_article_phrase_admits_is_a_kind_a_source_can_declare() -> None:
    lang = get_language("en")
    declared = set(lang.source_kinds.values())
    admitted = {k for v in lang.occasion_places.values() for k in v.split()}
    assert admitted <= declared, sorted(admitted - declared)


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(
            f"“{CHANGED}” Ines Rook said on Lake Radio's breakfast show.",
            Verdict.ALTERED,
            id="named as a name (capitalised): the shared source is the occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said after the radio breakfast interview.",
            Verdict.ALTERED,
            id="a common word qualifying the occasion's kind names it",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said. Breakfast prices went up, she added, and the "
            "radio said so too.",
            Verdict.UNVERIFIABLE,
            id="common words elsewhere near the quote name no shared source",
        ),
    ],
)
def test_a_shared_source_is_named_as_a_name(sentence: str, verdict: Verdict) -> None:
    q = _check(sentence, _source(*INTERVIEW_OLD))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]


def _rallies(changed_at: str) -> list[object]:
    """Two rallies of Ines Rook in the article's week; the words are said at ``changed_at``."""
    out = []
    for town, date in (("Northport", "2026-04-13"), ("Southport", "2026-04-14")):
        words = SAID if town == changed_at else "The new school opens in September."
        text = (
            f"---\nkind: transcript\noccasion: Speech, Rally, {town}\ndate: {date}\n---\n\n"
            f"Ines Rook: {words}\n"
        )
        src = quotecheck.make_source(text, id=f"{town}.md")
        out.append(src.model_copy(update={"shared": True}))
    return out


@pytest.mark.parametrize(
    ("said_at", "verdict"),
    [
        pytest.param(
            "Southport",
            Verdict.UNVERIFIABLE,
            id="the article names the Northport rally: the Southport look-alike is not it",
        ),
        pytest.param(
            "Northport", Verdict.ALTERED, id="the named rally of the week holds the words"
        ),
    ],
)
def test_the_named_occasion_of_the_week_is_the_reported_one(said_at: str, verdict: Verdict) -> None:
    article = (
        f"---\ndate: {ARTICLE_DATE}\n---\n\n“{CHANGED}” Ines Rook told a crowd at a rally in "
        "Northport."
    )
    report = quotecheck.check_text(article, sources=_rallies(said_at))  # type: ignore[arg-type]
    q = report.quotes[0]
    assert q.verdict is verdict, (q.verdict, q.explanation)


def _hall(date: str) -> object:
    text = (
        f"---\nkind: transcript\noccasion: Lakeside town hall\ndate: {date}\n---\n\n"
        f"Bo Tan: {SAID}\n\nInes Rook: The new school opens in September.\n"
    )
    return quotecheck.make_source(text, id="hall.md").model_copy(update={"shared": True})


@pytest.mark.parametrize(
    ("source_date", "verdict"),
    [
        pytest.param(
            "2026-05-20",
            Verdict.UNVERIFIABLE,
            id="another speaker's identical words, said after the article: no evidence of whose",
        ),
        pytest.param(
            "2026-04-14",
            Verdict.MISATTRIBUTED,
            id="the same, in a source of the article's days: Bo Tan's words, and Rook speaks "
            "there in a turn of her own (QC201: moved between them)",
        ),
    ],
)
def test_someone_elses_words_on_another_occasion_prove_nothing(
    source_date: str, verdict: Verdict
) -> None:
    article = (
        f"---\ndate: {ARTICLE_DATE}\n---\n\nBo Tan spoke after the mayor. “{SAID}” Ines Rook said."
    )
    q = quotecheck.check_text(article, sources=[_hall(source_date)]).quotes[0]  # type: ignore[list-item]
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("sentence", "occasion", "verdict"),
    [
        pytest.param(
            f"“{CHANGED}” Ines Rook said last summer.",
            ("Speech, Rally, Lakeside Park", "2025-07-20"),
            Verdict.ALTERED,
            id="last summer, against the rally the article declares of last summer: caught",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said last winter.",
            ("Speech, Rally, Lakeside Park", "2026-01-10"),
            Verdict.ALTERED,
            id="last winter runs across the year's end: a January rally is of it",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said last summer.",
            ("Speech, Rally, Lakeside Park", "2025-10-02"),
            Verdict.UNVERIFIABLE,
            id="last summer, against a declared rally of the autumn: not that occasion",
        ),
        pytest.param(
            f"“{CHANGED}” Ines Rook said on Tuesday.",
            DEBATE,
            Verdict.ALTERED,
            id="on Tuesday, against the declared debate of that Tuesday: caught",
        ),
    ],
)
def test_a_season_or_a_named_day_against_a_declared_source(
    sentence: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    q = _check(sentence, _source(*occasion, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert not [f for f in q.findings if f.level is Level.ERROR] or verdict is Verdict.ALTERED  # type: ignore[attr-defined]


NEWS_CONFERENCE = ("News conference, Town Hall steps", "2026-04-14")


@pytest.mark.parametrize(
    ("phrase", "occasion", "verdict"),
    [
        pytest.param("told a reporter", DEBATE, Verdict.UNVERIFIABLE, id="a reporter"),
        pytest.param("said to a reporter", DEBATE, Verdict.UNVERIFIABLE, id="to a reporter"),
        pytest.param(
            "told the Gazette's editorial board",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="an editorial board",
        ),
        pytest.param(
            "told a local television station", DEBATE, Verdict.UNVERIFIABLE, id="a station"
        ),
        pytest.param("told the radio station", DEBATE, Verdict.UNVERIFIABLE, id="radio"),
        pytest.param("told voters in Bayport", DEBATE, Verdict.UNVERIFIABLE, id="voters"),
        pytest.param("told wealthy donors", DEBATE, Verdict.UNVERIFIABLE, id="donors"),
        pytest.param(
            "said, speaking to her supporters", DEBATE, Verdict.UNVERIFIABLE, id="supporters"
        ),
        pytest.param("said at a town-hall meeting", DEBATE, Verdict.UNVERIFIABLE, id="a town-hall"),
        pytest.param("told a town hall audience", DEBATE, Verdict.UNVERIFIABLE, id="town hall"),
        pytest.param(
            "said in a conference call with reporters",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a conference call",
        ),
        pytest.param(
            "said at a press availability", RALLY, Verdict.UNVERIFIABLE, id="a press availability"
        ),
        pytest.param("told voters", RALLY, Verdict.ALTERED, id="voters, at the rally: caught"),
        pytest.param(
            "told a reporter", NEWS_CONFERENCE, Verdict.ALTERED, id="a reporter, at the press"
        ),
    ],
)
def test_more_kinds_of_occasion_the_article_names(
    phrase: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    """Whom the speaker told, or where, names a kind of occasion: a source of another kind
    of the day before is not shown to be it ("similar words in …"); one of that kind is."""
    q = _check(f"“{CHANGED}” Ines Rook {phrase}.", _source(*occasion))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("article", "occasion", "verdict"),
    [
        pytest.param(
            f"Ines Rook, in an interview with Lake Radio, said: “{CHANGED}”",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="an interview set off by commas is where she said it, not a word about her",
        ),
        pytest.param(
            f"Ines Rook, at a rally on Monday, said: “{CHANGED}”",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a rally and a day set off by commas",
        ),
        pytest.param(
            f"Ines Rook, on Monday, said: “{CHANGED}”",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a day set off by commas",
        ),
        pytest.param(
            f"Ines Rook, mayor for years, said: “{CHANGED}”",
            DEBATE,
            Verdict.ALTERED,
            id="an apposition about her places nothing: still caught",
        ),
        pytest.param(
            f"Ines Rook, during the debate, said: “{CHANGED}”",
            DEBATE,
            Verdict.ALTERED,
            id="the debate set off by commas, against that debate: still caught",
        ),
        pytest.param(
            f"Ines Rook, at a rally, said: “{CHANGED}”",
            RALLY,
            Verdict.ALTERED,
            id="a rally set off by commas, against the rally: still caught",
        ),
    ],
)
def test_where_or_when_between_commas(
    article: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    """Words between the speaker and the verb are about her (an apposition) unless they open
    with a place or time phrase: then they say where or when the quote was said."""
    q = _check(article, _source(*occasion))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation  # type: ignore[attr-defined]


def _debate_with_berg(*, shared: bool) -> object:
    text = (
        "---\nkind: transcript\noccasion: mayoral debate\ndate: 2026-04-14\n---\n\n"
        f"Tom Berg: {SAID}\n\nInes Rook: We will see about that.\n"
    )
    src = quotecheck.make_source(text, id="berg.md")
    return src.model_copy(update={"shared": True}) if shared else src


@pytest.mark.parametrize("shared", [True, False], ids=["shared", "declared"])
@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(f"“{SAID}” Ines Rook told the crowd.", Verdict.UNVERIFIABLE, id="crowd"),
        pytest.param(f"“{SAID}” Ines Rook said last summer.", Verdict.UNVERIFIABLE, id="summer"),
        pytest.param(f"“{SAID}” Ines Rook said on Monday.", Verdict.UNVERIFIABLE, id="Monday"),
        pytest.param(f"“{SAID}” Ines Rook told a reporter.", Verdict.UNVERIFIABLE, id="reporter"),
        pytest.param(
            f"Ines Rook, in an interview with Lake Radio, said: “{SAID}”",
            Verdict.UNVERIFIABLE,
            id="interview between commas",
        ),
        pytest.param(
            f"“{SAID}” Ines Rook said at the debate.",
            Verdict.MISATTRIBUTED,
            id="at the debate, where her rival said them: still misattributed",
        ),
    ],
)
def test_a_rivals_words_on_another_occasion_accuse_no_one(
    sentence: str, verdict: Verdict, shared: bool
) -> None:
    """The same words in a rival's turn at a debate of the day before: misattributed only
    when the article puts the quote at that debate."""
    q = _check(sentence, _debate_with_berg(shared=shared))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert not [f for f in q.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("said", "frame", "occasion", "verdict"),
    [
        pytest.param(
            CHANGED,
            "said at a post-debate press conference",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a press conference after the debate is not the debate",
        ),
        pytest.param(
            CHANGED,
            "said in a pre-rally interview",
            RALLY,
            Verdict.UNVERIFIABLE,
            id="an interview before the rally is not the rally",
        ),
        pytest.param(
            CHANGED,
            "told a post-debate crowd",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="a crowd after the debate is not the debate",
        ),
        pytest.param(
            CHANGED, "said at a town-hall debate", DEBATE, Verdict.ALTERED, id="town-hall debate"
        ),
        pytest.param(
            SAID,
            "said at a town-hall debate",
            DEBATE,
            Verdict.VERBATIM,
            id="town-hall debate, same",
        ),
        pytest.param(
            CHANGED,
            "said at a town-hall-style debate",
            DEBATE,
            Verdict.ALTERED,
            id="town-hall-style debate",
        ),
        pytest.param(
            CHANGED,
            "said at Tuesday's town-hall-style debate",
            DEBATE,
            Verdict.ALTERED,
            id="a named day's town-hall-style debate",
        ),
        pytest.param(
            SAID,
            "said at Tuesday's town-hall-style debate",
            DEBATE,
            Verdict.VERBATIM,
            id="a named day's town-hall-style debate, same",
        ),
        pytest.param(
            CHANGED,
            "said in remarks to the debate audience",
            DEBATE,
            Verdict.ALTERED,
            id="remarks to a debate's audience",
        ),
        pytest.param(
            SAID,
            "said in remarks to the debate audience",
            DEBATE,
            Verdict.VERBATIM,
            id="remarks to a debate's audience, same",
        ),
        pytest.param(
            CHANGED,
            "said at a town-hall meeting",
            DEBATE,
            Verdict.UNVERIFIABLE,
            id="control: a town-hall meeting is no debate",
        ),
    ],
)
def test_a_kind_word_that_only_qualifies_another(
    said: str, frame: str, occasion: tuple[str, str], verdict: Verdict
) -> None:
    """A kind word joined by a hyphen to a word before it ("after the debate" written as one
    word) or standing before the phrase's own kind word qualifies that kind: the phrase's own
    noun says which occasion it is."""
    for shared in (True, False):
        q = _check(f"“{said}” Ines Rook {frame}.", _source(*occasion, shared=shared))
        assert q.verdict is verdict, (shared, q.verdict, q.explanation)  # type: ignore[attr-defined]
        if verdict is not Verdict.UNVERIFIABLE:
            assert "QC203" not in q.codes  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("aside", "occasion"),
    [
        pytest.param("last year's runner-up", DEBATE, id="a year's possessive"),
        pytest.param("in 2019 the council's choice for mayor", DEBATE, id="a year, then a role"),
        pytest.param("last year a council member", DEBATE, id="last year, then a role"),
        pytest.param("last year's runner-up", RALLY, id="a year's possessive, rally"),
    ],
)
def test_a_time_that_opens_words_about_the_speaker_is_not_of_the_saying(
    aside: str, occasion: tuple[str, str]
) -> None:
    """Words between commas that open with a time but go on to say who the speaker is are
    about her, not about when she spoke: they place nothing."""
    changed = _check(f"Ines Rook, {aside}, said: “{CHANGED}”", _source(*occasion))
    assert changed.verdict is Verdict.ALTERED, (changed.verdict, changed.explanation)  # type: ignore[attr-defined]
    same = _check(f"Ines Rook, {aside}, said: “{SAID}”", _source(*occasion))
    assert same.verdict is Verdict.VERBATIM, (same.verdict, same.explanation)  # type: ignore[attr-defined]
    assert "QC203" not in same.codes  # type: ignore[attr-defined]


@pytest.mark.parametrize("shared", [True, False], ids=["shared", "declared"])
def test_an_aside_about_the_speaker_does_not_override_the_day_outside_it(shared: bool) -> None:
    """A debate named inside words about the speaker does not place the quote at it when the
    words outside place it on another day: a rival's line at that debate accuses no one."""
    q = _check(
        f"Ines Rook, at Tuesday's debate a distant third, said on Wednesday: “{SAID}”",
        _debate_with_berg(shared=shared),
    )
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert not [f for f in q.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("phrase", "verdict"),
    [
        pytest.param("said in a text message", Verdict.UNVERIFIABLE, id="a text message"),
        pytest.param("said in her weekly newsletter", Verdict.UNVERIFIABLE, id="a newsletter"),
        pytest.param("posted on her Facebook page", Verdict.UNVERIFIABLE, id="her Facebook page"),
        pytest.param("said on her Instagram account", Verdict.UNVERIFIABLE, id="her Instagram"),
        pytest.param("said at the debate", Verdict.FABRICATED, id="the debate: made up there"),
    ],
)
def test_words_absent_from_a_declared_debate_placed_in_writing_or_a_post(
    phrase: str, verdict: Verdict
) -> None:
    """Words absent from the debate the article declares and reports, which it places in a
    text message, a newsletter or a post, are not shown to be made up: the debate is not their
    occasion."""
    absent = "The lighthouse will be painted white again before the regatta."
    lede = "Ines Rook spoke at the mayoral debate on Tuesday."
    q = _check(f"{lede}\n\n“{absent}” Ines Rook {phrase}.", _source(*DEBATE, shared=False))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        pytest.param("Rook said on Friday at Instagram's office.", [], id="a day, then at"),
        pytest.param("Rook spoke on Friday at Facebook's offices.", [], id="facebook office"),
        pytest.param("Rook said on Monday radio hosts were unfair.", [], id="a day, then radio"),
        pytest.param("Rook said on Monday night radio hosts left.", [], id="a day, night, radio"),
        pytest.param("Rook said on her Facebook page.", ["on her facebook"], id="her facebook"),
        pytest.param("Rook said on the city's Instagram.", ["on the city's instagram"], id="city"),
        pytest.param("Rook spoke on local radio.", ["on local radio"], id="local radio"),
        pytest.param(
            "Rook said during Tuesday night's debate.",
            ["during tuesday night's debate"],
            id="a day's debate",
        ),
        pytest.param("Rook said at Monday's rally.", ["at monday's rally"], id="a day's rally"),
    ],
)
def test_a_wildcard_is_no_preposition_and_no_bare_day(sentence: str, places: list[str]) -> None:
    """A place phrase's "*" never stands for a preposition, nor for a day name unless a
    possessive ends it: "on Friday at Instagram's office" places the quote in no post."""
    from quotecheck.score.checks.placement import kinds_in

    assert [p for p, _ in kinds_in(sentence, get_language("en"))] == places


def test_a_day_and_a_company_office_leave_a_speech_alteration_caught() -> None:
    """An alteration of a declared speech stays altered when the article says where the
    speaker said it with a day and an office ("on Friday at Facebook's offices")."""
    src = quotecheck.make_source(
        "---\nspeaker: Ines Rook\nkind: speech\noccasion: harbour forum\ndate: 2026-04-14\n---\n"
        f"{SAID}\n",
        id="speech.md",
    )
    article = (
        "Ines Rook spoke at the harbour forum on Tuesday.\n\n"
        f"“{CHANGED}” Rook said on Tuesday at Facebook's offices."
    )
    q = _check(article, src, date=None)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)  # type: ignore[attr-defined]
