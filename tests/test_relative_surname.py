"""A relative who shares a surname does not take it over (red team 22 F3): an obituary names
its subject, then "Her son, Declan Penrose, said …"; from then on "Ms. Penrose" and "she"
were the son's (the person named last), so every faithful quote of the subject got a doubt
(QC205) or a rescue (QC204) naming the wrong person.  A person the article introduces as
someone's relative (``kinship_nouns``: "her son, X", "his wife X", "X, her brother,") is named
in full; the bare surname stays with the other person of that name — unless a title of the
relative's gender says otherwise ("Mr. Penrose" is the son).  Also: a title-cased quote with
an apposition naming a title word after it ("“Loom and Line,” a 2015 documentary") is a
title, not words of the speaker.

Every sentence here is made up for these tests: a weaver, Orla Penrose, and her son Declan.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import QuoteKind, Verdict

SOURCE = """---
speaker: Orla Penrose
occasion: interview for the documentary "Loom and Line"
date: 2015-03-02
---
I learned the loom from my grandmother. Wool remembers every mistake you make. I never sold a
blanket I would not sleep under myself.
"""

LEDE = "Orla Penrose, a weaver whose blankets hang in three museums, died on Sunday. She was 91."
SON = "Her son, Declan Penrose, said she had been ill since the spring."


def _check(*paragraphs: str) -> list[quotecheck.QuoteResult]:
    source = quotecheck.make_source(SOURCE, id="film.txt")
    article = "---\ndate: 2026-02-10\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=[source], path="a.md").quotes)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Wool remembers every mistake you make," Ms. Penrose said in a 2015 documentary.',
        'Ms. Penrose rarely gave interviews. "Wool remembers every mistake you make," she said.',
        '"Wool remembers every mistake you make," Penrose said.',
    ],
)
def test_the_surname_stays_with_the_subject(paragraph: str) -> None:
    q = _check(LEDE, SON, paragraph)[-1]
    assert q.attribution.speaker == "Orla Penrose", q.attribution
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not {"QC201", "QC204", "QC205"} & set(q.codes), q.findings


@pytest.mark.parametrize(
    "son",
    [
        "Her son, Declan Penrose, said she had been ill since the spring.",
        "Declan Penrose, her son, said she had been ill since the spring.",
        "Her son Declan Penrose said she had been ill since the spring.",
    ],
)
def test_the_relative_is_named_in_any_of_the_usual_ways(son: str) -> None:
    q = _check(LEDE, son, '"Wool remembers every mistake you make," Ms. Penrose said.')[-1]
    assert q.attribution.speaker == "Orla Penrose", q.attribution


@pytest.mark.parametrize(
    "paragraph",
    [
        # a title of the son's gender: the son (must still be doubted or accused)
        '"Wool remembers every mistake you make," Mr. Penrose said.',
        # named in full
        '"Wool remembers every mistake you make," Declan Penrose said.',
    ],
)
def test_her_words_given_to_the_son_are_not_hers_in_silence(paragraph: str) -> None:
    q = _check(LEDE, SON, paragraph)[-1]
    # the article's speaker is the son; her words are at least shown as hers, never silently
    assert {"QC201", "QC204", "QC205"} & set(q.codes), q.findings
    assert "Declan Penrose" in " ".join(f.message for f in q.findings), q.findings


def test_a_relative_with_no_namesake_keeps_the_surname() -> None:
    # no other Penrose: the son is the only one the surname can name
    qs = _check(
        "The Kessel weaving guild closed its doors on Sunday.",
        "Guild member Orla Quist's son, Declan Penrose, spoke at the closing.",
        '"Wool remembers every mistake you make," Penrose said.',
    )
    # the article's "Penrose" is the son (his mother's words: rescued as hers, saying so)
    assert "resolved as Declan Penrose" in " ".join(f.message for f in qs[-1].findings)


def test_a_documentary_title_named_after_the_quote_is_a_title() -> None:
    qs = _check(
        LEDE,
        'She spoke about the loom in "Loom and Line," a 2015 documentary.',
    )
    [title] = [q for q in qs if q.text.startswith("Loom and Line")]
    assert title.kind is QuoteKind.SCARE
    assert title.verdict is not Verdict.FABRICATED, title.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        '"Wool Remembers Everything," the weaver said.',
        '"Wool Remembers Everything," a weaver told the film crew.',
    ],
)
def test_a_title_cased_quote_credited_to_a_speaker_is_still_speech(sentence: str) -> None:
    [q] = _check(sentence)
    assert q.kind is not QuoteKind.SCARE
