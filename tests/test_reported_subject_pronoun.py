"""A pronoun right after a sentence that reports a named person's words, in the same
paragraph, is that person (red team 22 F2): "Tveit said the crew never lost its rhythm. “We
kept the stroke long,” he said." — the rower, not the coach quoted in the paragraph before,
even when the article gives the rower no gender.  Before, "he" went to the latest speaker, so
the coach's words moved to the rower passed as the coach's, in silence; now the article's "he"
is the rower, and words a transcript gives to the coach, named only in another paragraph, are
a doubt naming both (QC205), as after an explicit "Tveit said".

Not after a sentence about the person that reports nothing ("Tveit praised the cox"), nor one
a paragraph away, nor one whose own pronoun is of the other gender ("Tveit said she …"), nor
for a person whose title or first name gives the other gender.  Also: a surname joined by a
hyphen is one name ("Asante-Reed", not "Reed").

Every sentence here is made up for these tests: a rowing club's regatta and its crew.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import extract_quotes
from quotecheck.models import Verdict

COACH = '"The wind turned at the halfway mark," coach Arvo Brandvold said.'


def _speaker_of_last(paragraphs: list[str]) -> str | None:
    quotes = extract_quotes("\n\n".join(paragraphs) + "\n")
    return quotes[-1].attribution.speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'Rower Oskar Tveit said the crew never lost its rhythm. "We kept the stroke long," he '
        "said.",
        'Rower Oskar Tveit told reporters the crew never lost its rhythm. "We kept the stroke '
        'long," he said.',
        'Rower Oskar Tveit insisted the crew never lost its rhythm. "We kept the stroke long," '
        "he added.",
    ],
)
def test_the_person_whose_words_the_sentence_before_reports(paragraph: str) -> None:
    assert _speaker_of_last([COACH, paragraph]) == "Oskar Tveit"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a sentence about him, reporting no words, after the coach spoke in the same
        # paragraph: the latest speaker goes on (a paragraph that opens with him, before
        # anyone spoke in it, is his: red team 24 F11, tests/test_pronoun_gender_nearby.py)
        [
            COACH + ' Rower Oskar Tveit praised the cox. "We kept the stroke long," he said.',
        ],
        # the sentence before is in another paragraph
        [
            COACH,
            "Rower Oskar Tveit said the crew never lost its rhythm.",
            '"We kept the stroke long," he said.',
        ],
        # the sentence's own pronoun is of the other gender: not the person it reports
        [
            '"The wind turned at the halfway mark," coach Sigrun Brandvold said.',
            'Tveit said he had never seen the lake so rough. "We kept the stroke long," she said.',
        ],
        # a woman by her title reports; "he" is not her
        [
            COACH,
            'Ms. Tveit said the crew never lost its rhythm. "We kept the stroke long," he said.',
        ],
    ],
    ids=["no-report", "other-paragraph", "other-gender-pronoun", "other-gender-title"],
)
def test_not_the_reported_person(paragraphs: list[str]) -> None:
    assert _speaker_of_last(paragraphs) != "Oskar Tveit"
    assert _speaker_of_last(paragraphs) not in ("Tveit", "Ms. Tveit")


TRANSCRIPT = """---
kind: transcript
occasion: regatta news conference
date: 2026-06-14
---

COACH ARVO BRANDVOLD: The wind turned at the halfway mark. We never panicked out there.

OSKAR TVEIT: We kept the stroke long. The lake was rough but we trusted the cox.
"""


def _check(paragraphs: list[str]) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(TRANSCRIPT, id="presser.txt")
    article = "---\ndate: 2026-06-15\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return quotecheck.check_text(article, sources=[source], path="a.md").quotes[-1]


def test_his_own_words_are_his_in_silence() -> None:
    q = _check(
        [
            COACH,
            'Rower Oskar Tveit said the crew never lost its rhythm. "We kept the stroke long," '
            "he said.",
        ]
    )
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not {"QC201", "QC204", "QC205"} & set(q.codes), q.findings


def test_the_coachs_words_given_to_the_rower_are_not_silent() -> None:
    # must still be seen: the coach's words, which the article gives to the rower
    q = _check(
        [
            COACH,
            'Rower Oskar Tveit said the crew never lost its rhythm. "We never panicked out '
            'there," he said.',
        ]
    )
    # a doubt naming both (the article's "he" is Tveit; the transcript gives them to the coach),
    # not the silent rescue "taken as Brandvold's" a pronoun gets with no name in its paragraph
    assert "QC205" in q.codes and "QC204" not in q.codes, q.findings
    [doubt] = [f.message for f in q.findings if f.code == "QC205"]
    assert "Oskar Tveit" in doubt and "Arvo Brandvold" in doubt, doubt


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"We kept the stroke long," Asante-Reed said.', "Asante-Reed"),
        ('Stroke Kofi Lund-Hagen said the crew held on. "We kept it long," he said.', "Lund-Hagen"),
    ],
)
def test_a_hyphenated_surname_is_one_name(sentence: str, name: str) -> None:
    speaker = _speaker_of_last([sentence])
    assert speaker is not None and speaker.endswith(name), speaker
