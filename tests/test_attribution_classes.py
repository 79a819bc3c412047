"""The speaker failure classes of issue #15, as data (tests/fixtures/attribution/*.yml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from quotecheck.extract import KnownSpeaker, extract, extract_quotes
from quotecheck.inputs.document import make_document
from quotecheck.models import AttributionRule, QuoteKind

CASES = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "attribution" / "failure_classes.yml").read_text(
        encoding="utf-8"
    )
)
PARAMS = [
    pytest.param(
        case,
        id=f"{name}-{i}",
        marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [],
    )
    for name, cases in CASES.items()
    for i, case in enumerate(cases)
]


@pytest.mark.parametrize("case", PARAMS)
def test_failure_class(case: dict[str, Any]) -> None:
    known = [KnownSpeaker(k["name"], title=k.get("title", "")) for k in case.get("known", ())]
    doc = make_document(case["text"], path="<text>", fmt="text")
    found = extract(doc, known_speakers=known).quotes  # speakers the sources declare
    quotes = [q for q in found if q.text.startswith(case["quote"])]
    assert len(quotes) == 1, [q.text for q in found]
    q = quotes[0]
    if "kind" in case:
        assert q.kind == QuoteKind(case["kind"])
    att = q.attribution
    if "speaker" in case:
        assert att.speaker is not None and case["speaker"] in att.speaker, att
    if "speaker_exactly" in case:  # the canonical name and nothing more
        assert att.speaker == case["speaker_exactly"], att
    if "speaker_absent" in case:  # not this person (an unnamed aide's employer)
        assert att.speaker != case["speaker_absent"], att
    if "mention" in case:
        assert att.mention == case["mention"], att
    if case.get("mention_after"):  # the words for the speaker stand after this quote's text
        assert att.mention_start is not None and att.mention_start >= q.end, att


def test_candidates_are_ranked_and_listed() -> None:
    text = '"The harbour will open in May," Ann Lee told Tom Reyes.'
    att = extract_quotes(text)[0].attribution
    assert att.speaker == "Ann Lee"
    assert att.candidates, "the ranked candidates are listed"
    assert att.candidates[0].speaker == att.speaker
    scores = [c.score for c in att.candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert abs(sum(scores) - 1.0) < 0.01
    assert all(isinstance(c.rule, AttributionRule) for c in att.candidates)


def test_rules_alone_without_weights() -> None:
    """With no ranker the hand-ordered rules decide and no candidates are listed."""
    from quotecheck.extract import extract
    from quotecheck.extract.attribution.ranker import Ranker
    from quotecheck.inputs.document import make_document

    doc = make_document('"We are ready," Ann Lee said.', path="<t>", fmt="text")
    cascade = Ranker(weights={"cascade": 20.0})
    att = extract(doc, ranker=cascade).quotes[0].attribution
    assert att.speaker == "Ann Lee" and att.candidates[0].score > 0.99


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a sentence the parser ran across a paragraph break (or a line focused parsing
        # blanked): the earlier paragraph's cue is not the quote's frame
        (
            '"It works," wrote Ann Lee.\n\nThe city tried it.\n\n'
            '"We found nothing," Tom Reyes said.',
            {"Tom", "Reyes", "said"},
            {"wrote", "Ann", "city"},
        ),
        (
            '"We found nothing," Tom Reyes said.\n\nThe city tried it, wrote Ann Lee.',
            {"Tom", "Reyes", "said"},
            {"wrote", "Ann", "city"},
        ),
        # a frame ending with a colon introduces the quote in the next paragraph
        ('Tom Reyes told the council:\n\n"We found nothing."', {"Tom", "told"}, set()),
    ],
)
def test_window_stops_at_paragraph_breaks(text: str, kept: set[str], dropped: set[str]) -> None:
    """The window of a quote never crosses a blank line, whatever the parser's sentences."""
    import spacy

    from quotecheck.extract.attribution.context import ArticleContext, QuoteSite
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    doc = spacy.blank("en")(text)
    for tok in doc[1:]:
        tok.is_sent_start = False  # one sentence over the whole text
    start = text.rindex('"We')
    site = QuoteSite(start, text.index('"', start + 1) + 1, 0, 0)
    ctx = ArticleContext(doc, text, [site], get_language("en"), SpeakerRegistry(), True)
    words = {t.text for t in ctx.read_window(site)}
    assert kept <= words and not dropped & words, words


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry runs at noon," said Ann Lee.\n\n"It is late," Tom Reyes said.\n\n'
        'The pier closed at six.\n\n"We wait," she added.',
        'Ann Lee spoke to the council:\n\n"First, the pier."\n\n"Second, the ferry," she said.',
        '"One," he said. "Two," he said. "Three," he said.',
    ],
)
def test_windows_read_the_article_text_once(text: str) -> None:
    """spaCy joins the text of every token on each read of ``doc.text``: the windows of an
    article's quotes read it once in all (per quote, that was a sweep of the whole article),
    and are the windows a fresh context gives each quote alone."""
    import spacy
    from spacy.tokens import Doc

    from quotecheck.extract.attribution.context import ArticleContext, QuoteSite
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    class CountingDoc(Doc):
        reads = 0

        @property
        def text(self) -> str:
            CountingDoc.reads += 1
            return str(super().text)

    blank = spacy.blank("en")(text)
    doc = CountingDoc(
        blank.vocab, words=[t.text for t in blank], spaces=[bool(t.whitespace_) for t in blank]
    )
    for tok in doc[1:]:
        tok.is_sent_start = False  # one sentence over the whole text
    marks = [i for i, c in enumerate(text) if c == '"']
    sites = [QuoteSite(a, b + 1, 0, 0) for a, b in zip(marks[::2], marks[1::2], strict=True)]
    lang = get_language("en")
    ctx = ArticleContext(doc, text, sites, lang, SpeakerRegistry(), True)
    CountingDoc.reads = 0
    windows = [[t.i for t in ctx.read_window(site)] for site in sites]
    assert CountingDoc.reads <= 1
    for site, window in zip(sites, windows, strict=True):
        alone = ArticleContext(doc, text, [site], lang, SpeakerRegistry(), True)
        assert [t.i for t in alone.read_window(site)] == window


def test_inverted_cue_without_a_parsed_subject() -> None:
    """ "“…,” said Quill, adding …": the parser attached the name as an adverb, not a
    subject; the person named right after the inverted cue speaks."""
    import spacy
    from spacy.tokens import Doc

    from quotecheck.extract.attribution.context import ArticleContext, QuoteSite
    from quotecheck.extract.attribution.cues import subject
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    words = ["\u201c", "Fine", ",", "\u201d", "said", "Quill", ",", "adding", "more", "."]
    spaces = [False, False, False, True, True, False, True, True, False, False]
    heads = [4, 4, 4, 4, 4, 4, 4, 4, 7, 4]
    deps = ["punct", "ccomp", "punct", "punct", "ROOT", "advmod", "punct", "advcl", "dobj", "punct"]
    pos = ["PUNCT", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT", "VERB", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    text = doc.text
    site = QuoteSite(0, text.index("\u201d") + 1, 0, 0)
    ctx = ArticleContext(doc, text, [site], get_language("en"), SpeakerRegistry(), True)
    found = subject(ctx, doc[4])
    assert found is not None and found.text == "Quill"


@pytest.mark.parametrize(
    ("ent", "pos", "known", "expected"),
    [
        ("ORG", "PROPN", True, 3),  # "Quarry calling it …", Ann Quarry named before
        ("", "ADV", True, 3),  # "said Quarry", the tagger read an adverb
        ("ORG", "PROPN", False, 1),  # an organisation nobody named as a person
        ("", "ADV", False, 0),
    ],
)
def test_lone_surname_known_as_a_person(ent: str, pos: str, known: bool, expected: int) -> None:
    """A surname the recogniser or tagger got wrong is a person when the article names that
    person elsewhere (the registry of PERSON entities)."""
    import spacy
    from spacy.tokens import Doc, Span

    from quotecheck.extract.attribution.context import ArticleContext
    from quotecheck.extract.attribution.mentions import personhood
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    words = ["Later", "Quarry", "called", "it", "fine", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["ADV", pos, "VERB", "PRON", "ADJ", "PUNCT"],
        deps=["advmod", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        heads=[2, 2, 2, 4, 2, 2],
    )
    if ent:
        doc.ents = [Span(doc, 1, 2, label=ent)]
    registry = SpeakerRegistry()
    if known:
        registry.add("Ann Quarry")
    ctx = ArticleContext(doc, doc.text, [], get_language("en"), registry, True)
    assert personhood(ctx, doc[1]) == expected


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Any:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize(
    ("doc", "verb", "expected"),
    [
        # "At Mr. Quill's party, accused …": "Mr." is part of a possessor, not a speaker
        (
            _parsed(
                ["At", "Mr.", "Quill", "'s", "party", ",", "accused", "us"],
                ["ADP", "PROPN", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "PRON"],
                ["prep", "compound", "poss", "case", "pobj", "punct", "ROOT", "dobj"],
                [6, 2, 4, 2, 0, 6, 6, 6],
            ),
            6,
            None,
        ),
        # a lone title parsed as the subject: the name after it speaks
        (
            _parsed(
                ["Mr.", "Quill", "said", "no", "."],
                ["PROPN", "PROPN", "VERB", "INTJ", "PUNCT"],
                ["nsubj", "appos", "ROOT", "dobj", "punct"],
                [2, 0, 2, 2, 2],
            ),
            2,
            "Quill",
        ),
    ],
)
def test_titles_are_not_speakers(doc: Any, verb: int, expected: str | None) -> None:
    from quotecheck.extract.attribution.context import ArticleContext
    from quotecheck.extract.attribution.cues import subject
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    ctx = ArticleContext(doc, doc.text, [], get_language("en"), SpeakerRegistry(), True)
    found = subject(ctx, doc[verb])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Ann Lee (D-MA) said", {"D", "-", "MA"}),
        ("Tom Reyes, R-Fla., said", {"R", "-", "Fla."}),
        ("Ann Lee (I-Vt.) said", {"I", "-", "Vt", "."}),
        ("Ann Lee (R-Ohio) said", {"R", "-", "Ohio"}),
        ("an R-rated film", set()),
        ("north on I-95", set()),
        ("the X-Men said", set()),
    ],
)
def test_party_tags(text: str, tagged: set[str]) -> None:
    import spacy

    from quotecheck.extract.attribution.mentions import party_tag

    doc = spacy.blank("en")(text)
    assert {t.text for t in doc if party_tag(t)} == tagged


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tom Reyes had misled the council, Lee said.", "Paul Lee"),
        ("Tom Reyes, Lee said, had misled the council.", "Paul Lee"),
        ("Tom Reyes had misled the council, harbour minister Lee told reporters.", "Paul Lee"),
        # the role reports and the name is its complement: a report, by no one named
        ("Tom Reyes had misled the council, an aide to Lee said.", ""),
        ("Tom Reyes had misled the council, two aides to Lee told reporters.", ""),
        # a relative clause or a trailing phrase: no reporting clause of the sentence
        ("Tom Reyes, who Lee said had misled the council, left early.", None),
        ("Tom Reyes, whom Lee said the council trusted, left early.", None),
        ("Tom Reyes, whose deputy Lee said was unfit, left early.", None),
        ("Tom Reyes quit on Friday, two days after Lee said the pier was unsafe.", None),
        ("Tom Reyes quit on Friday, weeks before Lee told reporters.", None),
        # an adverb before the name leaves the clause the sentence's own
        ("Tom Reyes had misled the council, once again Lee said.", "Paul Lee"),
        ("Tom Reyes had misled the council, then Lee said.", "Paul Lee"),
    ],
)
def test_reporting_clause_in_a_line_read_for_names(sentence: str, expected: str | None) -> None:
    """The reporting clause of a sentence read for names alone (no parse): its subject, ""
    when the one reporting is not named, None when the clause is not the sentence's own."""
    import spacy

    from quotecheck.extract.attribution.context import ArticleContext
    from quotecheck.extract.attribution.resolution import _reporting_subject
    from quotecheck.extract.speakers import SpeakerRegistry
    from quotecheck.lang import get_language

    registry = SpeakerRegistry()
    registry.add("Paul Lee")
    registry.add("Tom Reyes")
    doc = spacy.blank("en")(sentence)
    ctx = ArticleContext(doc, sentence, [], get_language("en"), registry, True)
    assert _reporting_subject(ctx, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    "said",
    [
        "The mayor, who spoke after the vote, said Tom Reyes, the harbour master, was wrong:",
        "The mayor, Ann Lee, said Tom Reyes, the harbour master, was wrong:",
    ],
)
def test_a_name_after_the_verb_of_a_subject_set_off_by_commas_is_not_accused(said: str) -> None:
    """The comma before the verb closes the subject's relative clause or apposition: the
    mayor speaks, and a transcript giving the words to the mayor finds them verbatim, not
    misattributed to the harbour master named after the verb (mends bc5796a: before,
    misattributed QC201 and verbatim only by the fallback QC204)."""
    import quotecheck
    from quotecheck.models import Verdict

    transcript = (
        "---\nkind: transcript\noccasion: harbour board meeting\ndate: 2026-04-02\n---\n\n"
        "ANN LEE: The pier is safe and it will stay open all summer.\n"
    )
    article = (
        "Mayor Ann Lee opened the harbour board meeting on Thursday.\n\n"
        + "The weather was mild and the boats were in. " * 8  # the name far from the quote
        + "\n\nThe board then turned to the pier. "
        f"{said} “The pier is safe and it will stay open all summer.”\n"
    )
    source = quotecheck.make_source(transcript, id="board.md", kind="transcript")
    report = quotecheck.check_text(article, sources=[source])
    assert report.quotes
    assert report.quotes[-1].verdict is Verdict.VERBATIM
    assert "QC204" not in report.quotes[-1].codes  # the article's own speaker, not a fallback
