"""A relative does not take over the surname the story already gave its subject (speakers24,
item 1).  A profile names its subject in full, then by the bare surname ("Oakhurst, 71,
retired …"), then introduces a relative of the same surname ("Her niece, Corinne Oakhurst,
…"), whom it calls by her first name from then on.  Every bare "Oakhurst" — even the ones
before the niece was introduced — went to the niece: the subject opened the story with a
phrase before her name ("For three decades, Marion Oakhurst …"), so she was not read as the
story's subject, and the niece's line was not read for names at all when neither first name
is in the table.  News style: after two people of one surname are introduced, the bare
surname is the story's subject's (or the one just re-introduced in that paragraph); the
relative is called by first name.

Every sentence here is made up for these tests: a librarian, Marion Oakhurst, and her niece.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

LIBRARIAN = """---
speaker: Marion Oakhurst
occasion: retirement speech at the county library
date: 2026-11-20
---
A library is the cheapest door a town can open. I never turned away a child without a card.
"""

NIECE = """---
speaker: Corinne Oakhurst
occasion: interview at the county library
date: 2026-11-21
---
My aunt read every book before she shelved it.
"""

DOUBT = {"QC201", "QC204", "QC205"}


def _check(*paragraphs: str) -> list[quotecheck.QuoteResult]:
    sources = [
        quotecheck.make_source(LIBRARIAN, id="speech.txt"),
        quotecheck.make_source(NIECE, id="niece.txt"),
    ]
    article = "---\ndate: 2026-11-22\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=sources, path="a.md").quotes)


SECOND_REFERENCE = (
    'Oakhurst, 71, retired on Friday. "A library is the cheapest door a town can open," '
    "she told the crowd."
)
NIECE_SPEAKS = (
    "Her niece, Corinne Oakhurst, flew in from Denver. "
    '"My aunt read every book before she shelved it," Corinne said.'
)


@pytest.mark.parametrize(
    "lede",
    [
        "For three decades, Marion Oakhurst was the county library.",
        "Marion Oakhurst ran the county library for thirty years.",
        "Thirty years after she took over the county library, Marion Oakhurst said goodbye.",
    ],
)
@pytest.mark.parametrize(
    "later",
    [
        '"I never turned away a child without a card," Oakhurst said.',
        'The party ran late. "I never turned away a child without a card," Oakhurst said.',
    ],
)
def test_the_bare_surname_stays_with_the_profiles_subject(lede: str, later: str) -> None:
    qs = _check(lede, SECOND_REFERENCE, NIECE_SPEAKS, later)
    assert [q.attribution.speaker for q in qs] == [
        "Marion Oakhurst",
        "Corinne Oakhurst",
        "Marion Oakhurst",
    ], [q.attribution for q in qs]
    assert all(q.verdict is Verdict.VERBATIM for q in qs), [q.explanation for q in qs]
    assert not DOUBT & {c for q in qs for c in q.codes}, [q.findings for q in qs]


@pytest.mark.parametrize(
    "lede",
    [
        "For thirty years, Marion Oakhurst ran the county library.",
        "Marion Oakhurst ran the county library for thirty years.",
    ],
)
def test_a_relative_introduced_later_is_read_as_one(lede: str) -> None:
    # no bare surname before the niece: the lede's subject is the story's subject
    q = _check(
        lede,
        "Her niece, Corinne Oakhurst, flew in from Denver for the party.",
        '"A library is the cheapest door a town can open," Oakhurst said.',
    )[-1]
    assert q.attribution.speaker == "Marion Oakhurst", q.attribution
    assert not DOUBT & set(q.codes), q.findings


def test_a_surname_before_the_relative_is_introduced_is_never_hers() -> None:
    # "Oakhurst" names the librarian before any niece is in the story
    q = _check(
        "The first thing Marion Oakhurst did each morning was unlock the back door.",
        '"A library is the cheapest door a town can open," Oakhurst said on Friday.',
        "Her niece, Corinne Oakhurst, flew in from Denver for the party.",
    )[0]
    assert q.attribution.speaker == "Marion Oakhurst", q.attribution
    assert not DOUBT & set(q.codes), q.findings


# must still accuse or doubt: the niece's words, or the librarian's changed words


def test_the_nieces_words_under_the_bare_surname_are_not_hers_in_silence() -> None:
    q = _check(
        "For three decades, Marion Oakhurst was the county library.",
        SECOND_REFERENCE,
        "Her niece, Corinne Oakhurst, flew in from Denver.",
        'The party ran late. "My aunt read every book before she shelved it," Oakhurst said.',
    )[-1]
    assert DOUBT & set(q.codes), q.findings


def test_the_nieces_own_paragraph_still_gives_her_the_surname() -> None:
    # the relative just re-introduced as her paragraph's subject: the surname is hers there
    q = _check(
        "For three decades, Marion Oakhurst was the county library.",
        SECOND_REFERENCE,
        "Her niece, Corinne Oakhurst, spoke at the party. "
        '"My aunt read every book before she shelved it," Oakhurst said.',
    )[-1]
    assert q.attribution.speaker == "Corinne Oakhurst", q.attribution
    assert q.verdict is Verdict.VERBATIM, q.explanation


def test_the_subjects_changed_words_are_still_altered() -> None:
    q = _check(
        "For three decades, Marion Oakhurst was the county library.",
        SECOND_REFERENCE,
        NIECE_SPEAKS,
        '"I rarely turned away a child without a card," Oakhurst said.',
    )[-1]
    assert q.attribution.speaker == "Marion Oakhurst", q.attribution
    assert q.verdict is Verdict.ALTERED, q.explanation
