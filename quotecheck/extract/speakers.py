"""Resolve the article's words for a speaker ("Lee", "the mayor", "she") to one person.

The registry holds the people an article names (and the speakers its sources declare).  Names
link by tokens: a shorter name whose tokens all occur in a longer one is the same person
("Lee" → "Lee Min-jun"), and the longest form is canonical.  Descriptors seen next to a name
("deputy harbour minister") are remembered so that a role noun can pick the right person;
otherwise a role noun or pronoun goes to the most recent speaker, and, at the very start of an
article, to the next named speaker (cataphora).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_SPLIT = re.compile(r"[\s\-‐‑–]+")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-cased, accent-folded tokens of a personal name (hyphens split)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("’", "'").lower().strip(" .,;:'\"")
    return tuple(t for t in _SPLIT.split(folded) if t and t not in {"'s", "s"})


def same_person(a: str, b: str) -> bool:
    """Whether two names can denote the same person (all tokens of the shorter in the longer)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(t in long_ for t in short)


@dataclass
class Person:
    """One person the article names, with every form and descriptor seen."""

    canonical: str
    forms: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    external: bool = False
    """Declared by a source rather than named in the article."""

    def all_forms(self) -> set[str]:
        """Every form of the name, canonical included."""
        return {self.canonical, *self.forms}


@dataclass
class SpeakerRegistry:
    """People named in one article, in order of first mention."""

    people: list[Person] = field(default_factory=list)

    def copy(self) -> SpeakerRegistry:
        """An independent copy (people and their sets copied, not shared)."""
        return SpeakerRegistry(
            [Person(p.canonical, set(p.forms), set(p.descriptors), p.external) for p in self.people]
        )

    def add_external(self, name: str, aliases: tuple[str, ...] = (), title: str = "") -> Person:
        """Register a speaker declared by a source (with its aliases and title words)."""
        person = self.add(name, descriptors=set(_words(title)))
        person.external = True
        for alias in aliases:
            person.forms.add(alias)
        return person

    def find(self, name: str) -> Person | None:
        """The person ``name`` refers to, preferring the most recently added match."""
        key = name_tokens(name)
        if not key:
            return None
        for person in reversed(self.people):
            for form in (person.canonical, *person.forms):
                if name_tokens(form) == key:
                    return person
        matches = [p for p in self.people if any(same_person(name, f) for f in p.all_forms())]
        if not matches:
            return None
        # A single token ("Kim") may fit several people: the one named most recently wins.
        return matches[-1]

    def add(self, name: str, descriptors: set[str] | None = None) -> Person:
        """Register a name (or link it to a known person) and return the person."""
        person = self.find(name)
        if person is None:
            person = Person(canonical=name, forms={name})
            self.people.append(person)
        else:
            person.forms.add(name)
            if len(name_tokens(name)) > len(name_tokens(person.canonical)) and not person.external:
                person.canonical = name
        if descriptors:
            person.descriptors |= descriptors
        return person

    def by_descriptor(self, words: set[str], *, head: str = "") -> Person | None:
        """The person best described by ``words`` (a role noun ``head`` weighs double).

        Ties go to speakers declared by a source, then to the person named first.
        """
        best: tuple[tuple[int, int, int], Person] | None = None
        for order, person in enumerate(self.people):
            overlap = len(words & person.descriptors)
            if not overlap:
                continue
            score = (
                overlap + (2 if head and head in person.descriptors else 0),
                1 if person.external else 0,
                -order,
            )
            if best is None or score > best[0]:
                best = (score, person)
        return best[1] if best else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", text.lower()) if len(w) > 2]


def descriptor_words(text: str, stop: frozenset[str]) -> set[str]:
    """Content words of a descriptor phrase ("the port's deputy director")."""
    out: set[str] = set()
    for w in _words(text):
        if w in stop:
            continue
        out.add(w)
        for part in w.split("_"):
            out.add(part)
    return out
