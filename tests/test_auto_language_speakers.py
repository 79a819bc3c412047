"""Under ``language = "auto"`` an article is read with its detected language's data from the
start: the speakers the sources declare (role labels, given-name variants) are those of that
language, as when it is named (``Checker.declared``)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.lang import get_language

# Written for this test: a German council meeting, its transcript and a report of it.
SAID = "Die neue Brücke am Hafen wird im Mai für den Verkehr geöffnet."
TRANSCRIPT = "{role}: " + SAID + "\nANNA WEBER: Wir haben noch keinen festen Termin.\n"
ARTICLE = (
    "Die Sitzung des Stadtrats dauerte am Montag bis in den späten Abend, weil viele Anwohner "
    "über die Brücke am Hafen sprechen wollten und die Fragen nicht abrissen.\n\n"
    "„" + SAID[:-1] + "“, sagte {descriptor}.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("role", "descriptor"),
    [
        ("MODERATORIN", "die Moderatorin"),  # a German role noun only
        ("SPRECHERIN", "die Sprecherin"),  # a German role noun only
        ("MODERATOR", "der Moderator"),  # a role noun of English too: right before
    ],
)
def test_role_label_of_the_detected_language(role: str, descriptor: str) -> None:
    source = quotecheck.make_source(
        TRANSCRIPT.format(role=role),
        id="sitzung",
        speaker="Anna Weber",
        kind="transcript",
        language="de",
    )
    article = ARTICLE.format(descriptor=descriptor)
    named, auto = (
        quotecheck.check_text(article, sources=[source], settings=Settings(language=code))
        for code in ("de", "auto")
    )
    assert auto.language == "de"
    assert [(q.speaker, q.verdict.value) for q in auto.quotes] == [(role, "verbatim")]
    assert auto.quotes == named.quotes


@pytest.mark.parametrize(
    ("code", "one_person"),
    [
        ("en", True),  # English data: a familiar given name is short for the formal one
        ("de", False),  # German data lists no such variants: two names, two people
    ],
)
def test_declared_people_are_read_with_the_articles_language(code: str, one_person: bool) -> None:
    sources = [
        quotecheck.make_source("Wir bauen die Brücke.\n", id=n, speaker=n, language="de")
        for n in ("Bernard Vale", "Bernie Vale")
    ]
    checker = quotecheck.Checker(sources, Settings(language="auto"))
    known, speakers = checker.declared(get_language(code))
    assert sorted(k.name for k in known) == ["Bernard Vale", "Bernie Vale"]
    assert speakers.same("Bernard Vale", "Bernie Vale") is one_person
