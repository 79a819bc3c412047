"""A pronoun after a sentence that introduces its subject by role, unnamed, is that unnamed
person's (speakers24, item 4): at a briefing, "A reporter asked about the night service.
“Will you close the night ferry?” he asked." gave the question to the spokeswoman, the last
speaker (the article gives her no gender), and her briefing's transcript has it as the
reporter's: a false doubt (QC205) on a faithful article.  The one the sentence before
introduces ("a reporter", "one reporter", "another reporter") is someone the article does not
name: no speaker (QC202, info), never the spokeswoman.

Sentences invented for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck

BRIEFING = """---
speaker: Dana Kettering
kind: transcript
occasion: ferry board briefing
date: 2026-11-20
---
KETTERING: Good morning. The ferry schedule for winter is out today.
REPORTER: Will you close the night ferry?
KETTERING: We will not close the night ferry this winter.
"""

OPENING = '"The ferry schedule for winter is out today," Kettering said at the briefing.'


def _check(*paragraphs: str) -> list[quotecheck.QuoteResult]:
    source = quotecheck.make_source(BRIEFING, id="briefing.txt")
    article = "---\ndate: 2026-11-22\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=[source], path="a.md").quotes)


@pytest.mark.parametrize(
    "asked",
    [
        'A reporter asked about the night service. "Will you close the night ferry?" he asked.',
        'One reporter asked about the night service. "Will you close the night ferry?" he asked.',
        "Another reporter pressed her on the night service. "
        '"Will you close the night ferry?" he asked.',
    ],
)
def test_the_unnamed_reporters_question_is_not_the_spokeswomans(asked: str) -> None:
    q = _check(OPENING, asked)[-1]
    assert q.attribution.speaker is None, q.attribution
    assert not {"QC201", "QC205"} & set(q.codes), q.findings


def test_a_named_reporter_is_still_named() -> None:
    q = _check(
        OPENING,
        'Reporter Sam Hale asked about the night service. "Will you close the night ferry?" '
        "he asked.",
    )[-1]
    assert q.attribution.speaker == "Sam Hale", q.attribution


def test_the_spokeswoman_still_answers_by_name() -> None:
    # the twin: her answer after the reporter's sentence is hers, found as hers
    q = _check(
        OPENING,
        "A reporter asked about the night service. "
        '"We will not close the night ferry this winter," Kettering said.',
    )[-1]
    assert q.attribution.speaker == "Dana Kettering", q.attribution
    assert q.verdict.value == "verbatim", q.explanation


def test_her_words_given_to_the_reporter_are_not_passed_as_hers() -> None:
    # the twin: the spokeswoman's words under "he said" after "a reporter asked" are not
    # silently matched as hers (they were before: "he" was the last speaker)
    q = _check(
        OPENING,
        "A reporter asked about the night service. "
        '"We will not close the night ferry this winter," he said.',
    )[-1]
    assert q.attribution.speaker != "Dana Kettering" or q.codes, q.findings
