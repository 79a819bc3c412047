"""Extraction: kinds, segments, attribution frames and speaker resolution (own sentences)."""

from __future__ import annotations

import pytest

from quotecheck.extract import KnownSpeaker, extract, extract_quotes
from quotecheck.inputs.document import make_document
from quotecheck.models import QuoteKind, SegmentKind


def only(text: str, **kw: object) -> tuple[str, str | None, str | None, str]:
    quotes = [q for q in extract_quotes(text, **kw) if q.parent is None]  # type: ignore[arg-type]
    assert len(quotes) == 1, [q.text for q in quotes]
    a = quotes[0].attribution
    return quotes[0].text, a.speaker, a.mention, a.rule


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Ann Lee said: "We are ready."', "Ann Lee", "Ann Lee"),
        ('"We are ready," Ann Lee said.', "Ann Lee", "Ann Lee"),
        ('"We are ready," said Ann Lee.', "Ann Lee", "Ann Lee"),
        ('Ann Lee: "We are ready."', "Ann Lee", "Ann Lee"),
        ('"We are ready." — Ann Lee', "Ann Lee", "Ann Lee"),
        ("“We are ready.”― Ann Lee", "Ann Lee", "Ann Lee"),
        ("“We are ready.”\u00a0― Ann Lee\u00a0", "Ann Lee", "Ann Lee"),
        ('"ANN LEE: We are ready."', "Ann Lee", "ANN LEE"),
        ('"SEN. LEE: We are ready."', "Lee", "SEN. LEE"),
        ('The port is "ready for winter," according to Ann Lee.', "Ann Lee", "Ann Lee"),
        ('In a statement, Ann Lee insisted the port was "ready for winter".', "Ann Lee", "Ann Lee"),
        ('Ann Lee went on to say the port was "ready for winter".', "Ann Lee", "Ann Lee"),
        ('Mayor Ann Lee warned that "the storm season is early".', "Ann Lee", "Mayor Ann Lee"),
        ('The ministry said in a statement that "talks continue".', "ministry", "The ministry"),
    ],
)
def test_attribution_frames(text: str, speaker: str, mention: str) -> None:
    _, got_speaker, got_mention, _ = only(text)
    assert got_speaker is not None and speaker.lower() in got_speaker.lower()
    assert got_mention == mention


def test_quoted_transcript_lines_take_their_labels() -> None:
    text = (
        "Ann Lee and Tom Reyes met on the radio. A partial transcript:\n\n"
        '"REYES: Will the quay open in May?\n\n'
        '"LEE: It will. We ordered the cranes.\n\n'
        '"And we kept our word on the budget.\n\n'
        '"Note: the cranes are late," a reader wrote.'
    )
    quotes = extract_quotes(text)
    assert [(q.attribution.speaker, q.attribution.rule) for q in quotes[:3]] == [
        ("Tom Reyes", "speaker-label"),
        ("Ann Lee", "speaker-label"),
        ("Ann Lee", "continuation"),
    ]
    assert [s.kind for s in quotes[0].segments] == [SegmentKind.LABEL, SegmentKind.TEXT]
    label = quotes[0].segments[0]
    assert text[label.start : label.end] == "REYES:"
    assert quotes[3].segments[0].kind is SegmentKind.TEXT  # "Note:" is not a label
    assert quotes[3].attribution.rule != "speaker-label"


def test_speaker_resolution_across_paragraphs() -> None:
    text = (
        'Harbour minister Ann Lee opened the quay on Monday. "It is a proud day," Lee said.\n\n'
        'The minister added that "more berths will follow".\n\n'
        'She also said the works were "on budget".\n\n'
        '"We kept our word," the politician said.'
    )
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes] == ["Ann Lee"] * 4
    assert [q.attribution.mention for q in quotes] == [
        "Lee",
        "The minister",
        "She",
        "the politician",
    ]


def test_he_or_she_never_resolves_to_a_document_speaker() -> None:
    text = (
        '"We will build the quay," Tom Reyes said.\n\n'
        'The ministry\'s statement called it "a fair deal".\n\n'
        'He also said the cranes were "on their way".'
    )
    speakers = [q.attribution.speaker for q in extract_quotes(text)]
    assert speakers == ["Tom Reyes", "The ministry's statement", "Tom Reyes"]


def test_quote_after_a_reporting_sentence_takes_its_subject_not_the_last_speaker() -> None:
    text = (
        '"We had a good year," Tom Reyes said.\n\n'
        "His former partner at the firm, Ann Lee, called him a master at hard deals. "
        '"He showed again and again that he could close a deal."'
    )
    last = extract_quotes(text)[-1].attribution
    assert (last.speaker, last.rule) == ("Ann Lee", "preceding-cue")
    assert last.mention is not None and last.mention.startswith("His former partner")


def test_pronoun_refers_back_from_itself_not_from_the_quote() -> None:
    text = 'Ann Lee spoke on Monday. She called Tom Reyes "rude" in a letter.'
    att = extract_quotes(text)[0].attribution
    assert (att.speaker, att.mention) == ("Ann Lee", "She")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "as X put it": a reporting idiom (language data: reporting_idioms)
        ('As Ann Lee put it in a statement, the port is "open to everyone who pays."', "Ann Lee"),
        # a reporting noun's possessor made the claim
        (
            'The paper seized on Ann Lee\'s claim that there were "thousands of ships" here.',
            "Ann Lee",
        ),
        # a sentence closed by "X said." right before a quote that stands alone
        (
            '"We will wait," Tom Reyes said.\n\nThe council is slow to act while Reyes waits, '
            'Ann Lee said. "The other problem is the budget."',
            "Ann Lee",
        ),
    ],
)
def test_reporting_idioms_and_trailing_frames(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].attribution.speaker == speaker


def test_role_noun_before_any_name_resolves_forward() -> None:
    text = (
        'The port\'s deputy director criticised "reckless delays".\n\n'
        '"We need the crane," Ann Lee told reporters.'
    )
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_possessor_is_not_the_speaker() -> None:
    text = (
        'Ann Lee spoke first. "We are ready," she said.\n\n'
        '"The cranes arrive in May," said Tom Reyes\'s deputy.'
    )
    quotes = extract_quotes(text)
    assert quotes[1].attribution.mention == "Tom Reyes's deputy"
    # nor the one who spoke before: the article names no deputy of Reyes
    assert quotes[1].attribution.speaker is None


def test_known_speaker_from_source_links_surname() -> None:
    doc = make_document('"We are ready," Lee said.')
    res = extract(doc, known_speakers=[KnownSpeaker("Ann Lee", title="Minister of Ports")])
    assert res.quotes[0].attribution.speaker == "Ann Lee"


def test_consecutive_quote_carries_speaker() -> None:
    text = '"We are ready," Ann Lee said. "The cranes arrive in May."'
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes] == ["Ann Lee", "Ann Lee"]
    assert quotes[1].attribution.rule == "carry-over"


def test_unattributed_has_a_reason() -> None:
    quotes = extract_quotes('The "new normal" has arrived.')
    assert quotes[0].attribution.speaker is None and quotes[0].attribution.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Ann Lee said: "We are ready for winter."', QuoteKind.FULL),
        ('Ann Lee said the port was "ready for winter".', QuoteKind.PARTIAL),
        ('The plan is a "white elephant" now.', QuoteKind.SCARE),
        ('She appeared on "Good Morning Harbour City" on Monday.', QuoteKind.SCARE),
        # titles next to a reporting verb: a possessive, a title word, a line of its own
        (
            'Ann Lee said on Channel Nine\'s "Harbour Tonight" that the port was ready.',
            QuoteKind.SCARE,
        ),
        ('In her book "The Quiet Harbour," Ann Lee wrote about the port.', QuoteKind.SCARE),
        ('Ann Lee said in an episode of "Port Stories" that the quay was open.', QuoteKind.SCARE),
        (
            '"We are ready," Ann Lee said.\n\n"Ready For Winter"\n\nThe port opened.',
            QuoteKind.SCARE,
        ),
        ('"Ready For Winter," Ann Lee said.', QuoteKind.FULL),
        # a cited article: a dash credit with a year after it
        (
            "Sources\n\n“Port reopens after the storm” — Harbour Times, March 3, 2021\n",
            QuoteKind.SCARE,
        ),
        ("“We opened in 2019 and we stay open.” — Ann Lee\n", QuoteKind.FULL),
        ('The robot, named "Harbour Star One," won the final.', QuoteKind.SCARE),
    ],
)
def test_kinds(text: str, kind: QuoteKind) -> None:
    assert extract_quotes(text)[-1].kind is kind  # the last quote of the text


def test_block_quotes_markdown_and_credited_paragraph() -> None:
    md = "Intro.\n\n> We will rebuild the quay.\n> Whatever it costs.\n\nMore."
    q = extract_quotes(md, fmt="markdown")
    assert len(q) == 1 and q[0].kind is QuoteKind.BLOCK and q[0].open_mark == ""
    txt = "Intro.\n\nWe will rebuild the quay, whatever it costs. — Ann Lee, minister\n\nMore."
    q = extract_quotes(txt)
    assert q[0].kind is QuoteKind.BLOCK and q[0].attribution.speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("inside", "kinds"),
    [
        ("We will … rebuild it", ["text", "ellipsis", "text"]),
        ("We will ... rebuild it", ["text", "ellipsis", "text"]),
        ("We will [...] rebuild it", ["text", "ellipsis", "text"]),
        ("We will […] rebuild it", ["text", "ellipsis", "text"]),
        ("[The port] will rebuild it", ["insertion", "text"]),
        ("It was rebuilt in 1999 [sic] by them", ["text", "insertion", "text"]),
    ],
)
def test_segments(inside: str, kinds: list[str]) -> None:
    q = extract_quotes(f'Ann Lee said: "{inside}."')[0]
    assert [s.kind.value for s in q.segments] == kinds
    text_segs = [s for s in q.segments if s.kind is SegmentKind.TEXT]
    assert not text_segs[-1].text.endswith(".")  # boundary punctuation is not content


def test_interrupted_quote_keeps_both_parts_with_one_speaker() -> None:
    q = extract_quotes('"We are ready," Ann Lee said, "and the cranes arrive in May."')
    assert len(q) == 2 and {x.attribution.speaker for x in q} == {"Ann Lee"}


def test_nested_quote_is_linked_to_its_parent() -> None:
    q = extract_quotes("Ann Lee said: \"They told me 'wait' and I waited.\"")
    assert q[1].parent == 0 and q[1].attribution.rule == "nested"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind bereit“, sagte Anna Berg.", "Anna Berg"),
        ("Anna Berg sagte: „Wir sind bereit.“", "Anna Berg"),
        ("„Wir sind bereit“, so Anna Berg.", "Anna Berg"),
        ("Laut Anna Berg ist der Hafen „bereit für den Winter“.", "Anna Berg"),
    ],
)
def test_german_frames_without_a_parser(text: str, speaker: str) -> None:
    quotes = extract_quotes(text, language="de")
    assert quotes[0].attribution.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Sie haben zu Recht gesagt, der „Hafen“ sei ein Thema.",
        "Wir handeln nicht nach dem Motto „Weiter wie bisher“, sagte man.",
        "Ich zitiere mit Erlaubnis des Präsidenten: „Der Hafen bleibt offen.“",
    ],
)
def test_german_common_nouns_after_a_preposition_are_not_speakers(text: str) -> None:
    speaker = extract_quotes(text, language="de")[0].attribution.speaker
    assert speaker not in {"Recht", "Motto", "Erlaubnis"}


def test_german_names_after_an_article_or_cue_stay_speakers() -> None:
    text = "„Der Ansatz ist gescheitert“, meinte die Berg damals.\n\n„Er ist zu teuer“, so das Amt."
    quotes = extract_quotes(text, language="de")
    assert [q.attribution.speaker for q in quotes] == ["Berg", "Amt"]


def test_offsets_point_into_raw_markdown_and_html() -> None:
    md = '---\ntitle: x\n---\nAnn Lee said: "We are *really* ready."\n'
    q = extract_quotes(md, fmt="markdown")[0]
    assert md[q.start : q.end] == q.text == "We are *really* ready."
    html = "<p>Ann Lee said: &ldquo;We are <b>ready</b>.&rdquo;</p>"
    q = extract_quotes(html, fmt="html")[0]
    assert html[q.start : q.end] == q.text == "We are <b>ready</b>."
