"""The speaker registry links the names an article uses for one person, and only those (#15).

A full name links to a person only when it fits every full name of theirs: "Tom Lee" is not
"Ann Lee" though both are "Lee" (a husband's quote went to his wife).  Names made up for
these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.extract import KnownSpeaker, extract
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.extract.stage import _registry
from quotecheck.inputs.document import make_document
from quotecheck.lang import get_language


@pytest.mark.parametrize(
    ("names", "probe", "canonical"),
    [
        pytest.param(["Ann Lee", "Lee"], "Tom Lee", None, id="another first name: no one"),
        pytest.param(["Ann Lee", "Lee", "Tom Lee"], "Tom Lee", "Tom Lee", id="both kept"),
        pytest.param(["Ann Lee", "Tom Lee"], "Ann Lee", "Ann Lee", id="the first stays hers"),
        pytest.param(["Lee", "Ann Lee"], "Lee", "Ann Lee", id="a surname joins the full name"),
        pytest.param(["Ann Lee"], "Ann Marie Lee", "Ann Lee", id="a longer form fits"),
        pytest.param(["Ann Marie Lee"], "Ann Lee", "Ann Marie Lee", id="a shorter form fits"),
        pytest.param(["Ann Lee", "Tom Lee"], "Lee", "Tom Lee", id="a surname: the last named"),
        pytest.param(["Jane Lee", "Tom Lee"], "J. Lee", "Jane Lee", id="an initial one fits"),
        pytest.param(["Jane Lee", "John Lee"], "J. Lee", None, id="an initial two fit: no one"),
    ],
)
def test_full_names_link_only_when_they_fit(
    names: list[str], probe: str, canonical: str | None
) -> None:
    registry = SpeakerRegistry()
    for name in names:
        registry.add(name)
    found = registry.find(probe)
    assert (found.canonical if found else None) == canonical


def test_a_second_full_name_is_a_second_person() -> None:
    registry = SpeakerRegistry()
    ann = registry.add("Ann Lee")
    registry.add("Lee")
    tom = registry.add("Tom Lee")
    assert tom is not ann and ann.canonical == "Ann Lee" and tom.canonical == "Tom Lee"


@pytest.mark.parametrize(
    ("names", "probe", "canonical"),
    [
        pytest.param(
            ["Bernard Ruiz", "Ruiz"], "Bernie Ruiz", "Bernard Ruiz", id="a familiar given name"
        ),
        pytest.param(["Bill Ruiz", "Ruiz"], "William Ruiz", "Bill Ruiz", id="the formal one"),
        pytest.param(["Bernard Ruiz"], "Bernie Ruiz", "Bernard Ruiz", id="without the surname"),
        pytest.param(["Tomas J. Berg", "Berg"], "Tomas John Berg", "Tomas J. Berg", id="initial"),
        pytest.param(["Tomas John Berg"], "Tomas J Berg", "Tomas John Berg", id="initial, no stop"),
        pytest.param(["Bernard Ruiz", "Ruiz"], "Bill Ruiz", None, id="another given name"),
        pytest.param(["Tomas J. Berg", "Berg"], "Tomas K. Berg", None, id="another initial"),
        pytest.param(["Mary K. Smith"], "Mary Kelly", None, id="an initial is no surname"),
        pytest.param(["Ann Vale"], "Ann V. Lee", None, id="a surname is no initial"),
        pytest.param(["Ann Vale"], "A. Lee", None, id="another surname, an initial given"),
        pytest.param(["Mary K. Smith"], "Mary Kate Smith", "Mary K. Smith", id="middle initial"),
        pytest.param(["Jane Lee", "John Lee"], "J. Lee", None, id="an initial two people fit"),
        pytest.param(["John Lee", "Jane Lee"], "J. Lee", None, id="the other order"),
    ],
)
def test_a_familiar_given_name_or_an_initial_is_the_same_person(
    names: list[str], probe: str, canonical: str | None
) -> None:
    registry = SpeakerRegistry(given_names=get_language("en").given_name_variants)
    for name in names:
        registry.add(name)
    found = registry.find(probe)
    if canonical is not None:
        registry.add(probe)
        assert len(registry.people) == 1, [p.canonical for p in registry.people]
        found = registry.find(probe)
    assert (found.canonical if found else None) == canonical


def test_an_initial_two_people_fit_is_a_person_of_its_own() -> None:
    registry = SpeakerRegistry(given_names=get_language("en").given_name_variants)
    jane, john = registry.add("Jane Lee"), registry.add("John Lee")
    other = registry.add("J. Lee")
    assert other is not jane and other is not john and registry.find("J. Lee") is other
    assert jane.canonical == "Jane Lee" and john.canonical == "John Lee"


@pytest.mark.parametrize(
    ("probe", "canonical"),
    [
        pytest.param("Ines R. Vale", "Ines Vale", id="an initial for the alias's middle name"),
        pytest.param("Ines Ramos Vale", "Ines Vale", id="the alias itself"),
        pytest.param("Ines Vale", "Ines Vale", id="the speaker's own name"),
        pytest.param("I. Vale", "Ines Vale", id="an initial for the given name"),
        pytest.param("Vale", "Ines Vale", id="the surname alias"),
        pytest.param("Rui Vale", None, id="another given name"),
        pytest.param("Ines T. Vale", None, id="an initial the alias's middle name lacks"),
    ],
)
def test_a_declared_speakers_aliases_count_as_the_same_person(
    probe: str, canonical: str | None
) -> None:
    """Source aliases count as the same person (docs/verdicts.md): a name fitting the speaker's
    name and the alias with a middle name is theirs; a different given name or initial is not."""
    registry = SpeakerRegistry(given_names=get_language("en").given_name_variants)
    registry.add_external("Ines Vale", ("Ines Ramos Vale", "Vale"))
    found = registry.find(probe)
    assert (found.canonical if found else None) == canonical


@pytest.mark.parametrize(
    ("names", "probe", "canonical"),
    [
        pytest.param(["Ray Dunn"], "Ray Dunn Jr.", None, id="a suffix: another person"),
        pytest.param(["Ray Dunn Jr."], "Ray Dunn", None, id="no suffix: another person"),
        pytest.param(["Ray Dunn Sr."], "Ray Dunn Jr.", None, id="another suffix"),
        pytest.param(["Ray Dunn", "Dunn"], "Dunn Jr.", None, id="the surname with a suffix"),
        pytest.param(["Ray Dunn Jr."], "Dunn Jr.", "Ray Dunn Jr.", id="the surname, suffixed"),
        pytest.param(["Ray Dunn Jr."], "Dunn", "Ray Dunn Jr.", id="the surname alone"),
        pytest.param(["Ray Dunn III"], "Ray Dunn III", "Ray Dunn III", id="the same suffix"),
        pytest.param(["Ray Dunn Jr."], "Ray Dunn Jr", "Ray Dunn Jr.", id="without its stop"),
        pytest.param(["Ray Dunn Jr."], "Ray T. Dunn Jr.", "Ray Dunn Jr.", id="a middle initial"),
        pytest.param(["Robert Dunn Jr."], "Bob Dunn Jr.", "Robert Dunn Jr.", id="familiar"),
        pytest.param(["Robert Dunn Jr."], "Bob Dunn", None, id="familiar, no suffix"),
        pytest.param(["Ray Dunn", "Ray Dunn Jr."], "Ray Dunn", "Ray Dunn", id="the father kept"),
        pytest.param(["Ray Dunn Jr.", "Ray Dunn"], "Ray Dunn Jr.", "Ray Dunn Jr.", id="the son"),
        pytest.param(["Ray Dunn", "Ray Dunn Jr."], "Dunn", "Ray Dunn Jr.", id="Dunn: last named"),
        pytest.param(["Ray Dunn Jr.", "Ray Dunn"], "Dunn", "Ray Dunn", id="Dunn: the other"),
    ],
)
def test_a_name_suffix_is_part_of_the_person_and_never_the_surname(
    names: list[str], probe: str, canonical: str | None
) -> None:
    lang = get_language("en")
    registry = SpeakerRegistry(given_names=lang.given_name_variants, suffixes=lang.name_suffixes)
    for name in names:
        registry.add(name)
    assert len(registry.people) == len(names) - names.count("Dunn"), [
        p.canonical for p in registry.people
    ]
    found = registry.find(probe)
    assert (found.canonical if found else None) == canonical


def test_a_declared_speaker_and_his_son_stay_two_people() -> None:
    lang = get_language("en")
    registry = SpeakerRegistry(suffixes=lang.name_suffixes)
    father = registry.add_external("Ray Dunn")
    son = registry.add_external("Ray Dunn Jr.")
    assert father is not son and registry.find("Ray Dunn") is father
    assert registry.find("Ray Dunn Jr.") is son and registry.copy().suffixes == lang.name_suffixes


FAIR = (
    "Ray Dunn Jr. opened the fair on Friday. “The rides are free this year,” Ray Dunn Jr. said."
    "\n\nHis father spoke later. “The rides were never free,” Ray Dunn said."
    "\n\n“We will see,” Dunn Jr. said."
)


@pytest.mark.parametrize(
    "known",
    [
        pytest.param((), id="named in the article"),
        pytest.param(("Ray Dunn", "Ray Dunn Jr."), id="both declared by sources"),
    ],
)
def test_an_article_keeps_a_father_and_his_son_apart(known: tuple[str, ...]) -> None:
    document = make_document(FAIR, path="<fair>", fmt="text")
    quotes = extract(document, known_speakers=[KnownSpeaker(name) for name in known]).quotes
    assert [q.attribution.speaker for q in quotes] == ["Ray Dunn Jr.", "Ray Dunn", "Ray Dunn Jr."]


@pytest.mark.parametrize(
    ("names", "probe", "people"),
    [
        pytest.param(["Bob Ruiz"], "Rob Ruiz", 2, id="two familiar forms: two people"),
        pytest.param(["Bill Ruiz"], "Will Ruiz", 2, id="bill and will"),
        pytest.param(["Jim Ruiz"], "Jimmy Ruiz", 2, id="jim and jimmy"),
        pytest.param(["Robert Ruiz", "Bob Ruiz"], "Rob Ruiz", 1, id="through the formal name"),
        pytest.param(["Bob Ruiz", "Robert Ruiz"], "Rob Ruiz", 1, id="the formal name second"),
        pytest.param(["Bob Ruiz", "Rob Ruiz"], "Robert Ruiz", 3, id="the formal name fits both"),
        pytest.param(["Bob Ruiz"], "Robert Ruiz", 1, id="familiar, then formal"),
        pytest.param(["Bob Ruiz"], "R. Ruiz", 1, id="an initial of the formal name"),
        pytest.param(["Al Ruiz"], "Albert Ruiz", 2, id="al is short for several names"),
        pytest.param(["Ed Ruiz"], "Edward Ruiz", 2, id="ed is short for several names"),
    ],
)
def test_familiar_names_link_only_through_the_formal_name_written(
    names: list[str], probe: str, people: int
) -> None:
    registry = SpeakerRegistry(given_names=get_language("en").given_name_variants)
    for name in [*names, probe]:
        registry.add(name)
    assert len(registry.people) == people, [p.canonical for p in registry.people]


@pytest.mark.parametrize(
    ("known", "people"),
    [
        pytest.param(("Bernie Vale", "Bernard Vale"), 1, id="familiar and formal: one person"),
        pytest.param(("Bernard Vale", "Bernie Vale"), 1, id="formal first: one person"),
        pytest.param(("Bob Ruiz", "Rob Ruiz"), 2, id="two familiar forms: two people"),
        pytest.param(("Ray Dunn", "Ray Dunn Jr."), 2, id="a father and his son: two people"),
    ],
)
def test_speakers_sources_declare_link_as_an_articles_names_do(
    known: tuple[str, ...], people: int
) -> None:
    lang = get_language("en")
    given = tuple(sorted(lang.given_name_variants.items()))
    registry = _registry(tuple(KnownSpeaker(n) for n in known), lang.name_suffixes, given)
    assert len(registry.people) == people, [p.canonical for p in registry.people]
    assert registry.copy().given_names == lang.given_name_variants
