"""Review 23-3 #6/#6b/#6c/#7: the kinship override and the reported-subject rule stay narrow.

A relative named in full ("his widow, Ruth Grant") leaves the bare surname to the other
person of that name only when that person is the one the story is about — named in full
before the relative, as the subject of a main clause (not "Paul Grant's widow", not
"after Paul Grant died") — and not when the relative is the last person their
paragraph named, as its subject ("Her son, Declan Penrose, spoke …. “…,” Penrose said.").
Else the widow's changed number went to the dead husband as fabricated, or the son's to his
dead mother as info doubt.  And "Cox Robin Ordal said Marta Lind had trained …. “…,” she
said." does not settle "she" on Robin (no gender given) over Marta (a woman's first name).

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

WIDOW = """---
speaker: Ruth Grant
occasion: campaign speech in Dunmere
date: 2026-09-01
---
We will repaint the old ferry house within a month. Dunmere has waited long enough.
"""

MAYOR = """---
speaker: Paul Grant
occasion: council speech in Dunmere
date: 2015-04-01
---
The harbour belongs to the fishermen, not to the developers.
"""

SON = """---
speaker: Declan Penrose
occasion: funeral of Orla Penrose
date: 2026-02-13
---
She wove her final blanket six days before the end. Her hands never rested.
"""

FILM = """---
speaker: Orla Penrose
occasion: interview for a film on the loom
date: 2015-03-02
---
Every knot on a loom tells you who tied it.
"""

COX = """---
speaker: Robin Ordal
occasion: press conference after the regatta
date: 2026-06-14
---
We rowed through the sleet and never lost our rhythm.
"""


def _check(sources: dict[str, str], *paragraphs: str) -> list[quotecheck.QuoteResult]:
    made = [quotecheck.make_source(text, id=name) for name, text in sources.items()]
    article = "---\ndate: 2026-09-02\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=made, path="a.md").quotes)


CHANGED = '"We will repaint the old ferry house within two months," Grant told voters.'


@pytest.mark.parametrize(
    "lede",
    [
        # the husband named only in a subordinate clause
        "Eight years after Mayor Paul Grant died in office, his widow, Ruth Grant, "
        "is running for his seat.",
        # the husband named only as the owner of the relation
        "Former mayor Paul Grant's widow, Ruth Grant, is running for his seat.",
    ],
)
def test_the_relative_the_story_is_about_keeps_the_surname(lede: str) -> None:
    q = _check({"widow.txt": WIDOW, "mayor.txt": MAYOR}, lede, CHANGED)[-1]
    assert q.attribution.speaker == "Ruth Grant", q.attribution
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert q.verdict is not Verdict.FABRICATED


def test_the_story_subject_named_first_still_keeps_the_surname() -> None:
    # the twin: the mayor is the subject of the story, his wife a relative named after him
    q = _check(
        {"widow.txt": WIDOW, "mayor.txt": MAYOR},
        "Mayor Paul Grant opened the harbour debate on Monday. His wife, Ruth Grant, "
        "sat in the front row.",
        '"The harbour belongs to the fishermen, not to the developers," Grant said.',
    )[-1]
    assert q.attribution.speaker == "Paul Grant", q.attribution
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not {"QC201", "QC204", "QC205"} & set(q.codes), q.findings


LEDE = (
    "Orla Penrose, a weaver whose blankets hang in three museums, died on Sunday. She was 91. "
    '"Every knot on a loom tells you who tied it," she said in a 2015 film.'
)


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        ('"She wove her final blanket four days before the end," Penrose said.', Verdict.ALTERED),
        ('"She wove her final blanket six days before the end," Penrose said.', Verdict.VERBATIM),
    ],
)
def test_the_relative_the_paragraph_is_about_keeps_the_surname(
    quote: str, verdict: Verdict
) -> None:
    q = _check(
        {"eulogy.txt": SON, "film.txt": FILM},
        LEDE,
        "Her son, Declan Penrose, spoke at the funeral. " + quote,
    )[-1]
    assert q.attribution.speaker == "Declan Penrose", q.attribution
    assert q.verdict is verdict, q.explanation


def test_in_another_paragraph_the_surname_is_the_subjects() -> None:
    # the twin: the son's words under a bare "Penrose" a paragraph later are not silently his
    q = _check(
        {"eulogy.txt": SON, "film.txt": FILM},
        LEDE,
        "Her son, Declan Penrose, spoke at the funeral.",
        '"She wove her final blanket six days before the end," Penrose said.',
    )[-1]
    assert {"QC201", "QC204", "QC205"} & set(q.codes), q.findings


def test_an_ungendered_reporter_does_not_take_her_over_a_named_woman() -> None:
    q = _check(
        {"presser.txt": COX},
        "Cox Robin Ordal said Marta Lind had trained the crew since March. "
        '"We rowed through the sleet and never lost our rhythm," she said.',
    )[-1]
    # the words are Robin's, but "she" may be Marta: at least said, never silent
    assert {"QC201", "QC204", "QC205"} & set(q.codes), q.findings


def test_an_ungendered_reporter_alone_is_still_the_pronoun() -> None:
    # the twin: no other person in the sentence, the reported subject stands
    q = _check(
        {"presser.txt": COX},
        "Cox Robin Ordal said the crew had trained since March. "
        '"We rowed through the sleet and never lost our rhythm," she said.',
    )[-1]
    assert q.attribution.speaker == "Robin Ordal", q.attribution
    assert not {"QC201", "QC204", "QC205"} & set(q.codes), q.findings
