"""Extraction and scoring decide "same person" once, whatever the order of the sources.

The registry of the speakers sources declare (``extract.declared_registry``) links a familiar
and a formal given name ("Bernie Vale" / "Bernard Vale"); the scorer's ``SpeakerCheck`` asks
the same registry, so a quote resolved to one form is checked against a source declaring the
other.  The names are registered fullest first, so which declared names are one person does
not depend on the order of the sources.  Names and sentences made up for these tests.
"""

from __future__ import annotations

import itertools

import pytest

import quotecheck
from quotecheck.extract import KnownSpeaker, declared_registry
from quotecheck.lang import get_language
from quotecheck.models import Verdict

FIRST = "The ferry to the north shore runs every hour from May"
SECOND = "We will paint the old lighthouse white again before the summer fair"


def _transcript(speaker: str, said: str, path: str) -> quotecheck.Source:
    """A source given for many articles (shared), of an occasion the article does not name."""
    src = quotecheck.make_source(
        "---\nkind: transcript\noccasion: harbour debate\ndate: 2026-04-10\n---\n\n"
        f"{speaker}: Thank you. {said}. Goodbye.\n",
        id=path,
    )
    return src.model_copy(update={"shared": True})


@pytest.mark.parametrize(
    ("first", "second", "written"),
    [
        pytest.param("Bernie Vale", "Bernard Vale", "Bernard Vale", id="familiar first"),
        pytest.param("Bernie Vale", "Bernard Vale", "Bernie Vale", id="familiar first, written so"),
        pytest.param("Bernard Vale", "Bernie Vale", "Bernie Vale", id="formal first"),
        pytest.param("Liz Moss", "Elizabeth Moss", "Elizabeth Moss", id="another pair"),
    ],
)
def test_a_quote_is_checked_against_a_source_declaring_another_form_of_the_name(
    first: str, second: str, written: str
) -> None:
    sources = [_transcript(first, FIRST, "a.md"), _transcript(second, SECOND, "b.md")]
    article = f"---\ndate: 2026-04-15\n---\n\n“{SECOND},” {written} said.\n"
    quote = quotecheck.check_text(article, sources=sources).quotes[-1]
    assert quote.verdict is Verdict.VERBATIM, (quote.speaker, quote.verdict, quote.explanation)


@pytest.mark.parametrize(
    ("names", "people"),
    [
        pytest.param(("Robert Ruiz", "Bob Ruiz", "Rob Ruiz"), 1, id="formal and two familiar"),
        pytest.param(("Bernard Vale", "Bernie Vale"), 1, id="familiar and formal"),
        pytest.param(("Bob Ruiz", "Rob Ruiz"), 2, id="two familiar forms, no formal"),
        pytest.param(("Robert Ruiz", "R. Ruiz", "Bob Ruiz"), 1, id="an initial too"),
        pytest.param(("Jane Lee", "John Lee", "J. Lee"), 3, id="an initial fitting two"),
        pytest.param(("Ray Dunn", "Ray Dunn Jr."), 2, id="a father and his son"),
    ],
)
def test_the_declared_people_do_not_depend_on_the_order_of_the_sources(
    names: tuple[str, ...], people: int
) -> None:
    lang = get_language("en")
    for order in itertools.permutations(names):
        registry = declared_registry([KnownSpeaker(n) for n in order], lang)
        found = sorted(sorted(p.all_forms()) for p in registry.people)
        assert len(found) == people, (order, found)
