"""A short form of the same given name is the same person (review 19-2, 5): source speaker
"Peter Hale", article "“…,” Pete Hale said." was read as another person of the name (QC205
"another person than Peter Hale"); "Pete" is short for "Peter" only, so it is one person
(``lang/en/given_name_variants.txt``), as "Bill" is "William".  Another given name of the
same surname stays another person.

Every sentence here is made up for these tests: a harbour town, Saltby, in May 2026.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.lang import get_language

SAID = "We will dredge the harbour mouth before the autumn storms"


def _check(speaker: str, said_by: str) -> quotecheck.QuoteResult:
    source = (
        f"---\nspeaker: {speaker}\noccasion: campaign rally in Saltby\ndate: 2026-05-02\n---\n"
        f"Thank you, Saltby! {SAID}. The ferry will run every hour.\n"
    )
    src = quotecheck.make_source(source, id="hale.md")
    article = (
        f"---\ndate: 2026-05-03\n---\n\n{speaker} toured Saltby on Saturday.\n\n"
        f"“{SAID},” {said_by} said.\n"
    )
    return quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]


@pytest.mark.parametrize(
    ("speaker", "said_by"),
    [
        ("Peter Hale", "Pete Hale"),
        ("Timothy Hale", "Tim Hale"),
        ("Gregory Hale", "Greg Hale"),
        ("Rebecca Hale", "Becky Hale"),
    ],
)
def test_a_short_form_of_the_given_name_is_the_same_person(speaker: str, said_by: str) -> None:
    q = _check(speaker, said_by)
    assert q.speaker == speaker, (q.speaker, q.findings)
    assert "QC205" not in q.codes and "QC201" not in q.codes, q.findings


@pytest.mark.parametrize(
    ("names", "probe", "canonical"),
    [
        (["Peter Hale"], "Pete Hale", "Peter Hale"),
        (["Zachary Lunn", "Lunn"], "Zach Lunn", "Zachary Lunn"),
        (["Walter Lunn"], "Walt Lunn", "Walter Lunn"),
        (["Peter Hale"], "Paul Hale", None),
        (["Timothy Hale"], "Tom Hale", None),
    ],
)
def test_short_forms_in_the_registry(names: list[str], probe: str, canonical: str | None) -> None:
    registry = SpeakerRegistry(given_names=get_language("en").given_name_variants)
    for name in names:
        registry.add(name)
    found = registry.find(probe)
    assert (found.canonical if found else None) == canonical
