"""Resolve the article's words for a speaker ("Lee", "the mayor", "she") to one person.

The registry holds the people an article names (and the speakers its sources declare).  Names
link by tokens: a shorter name whose tokens all occur in a longer one is the same person
("Lee" → "Lee Min-jun"), and the longest form is canonical; a full name must fit every full
name of the person ("Tom Lee" is not "Ann Lee", though both are "Lee"), a familiar given
name or an initial fitting the formal one ("Bernie Sanders" is "Bernard Sanders", from the
language's ``given_name_variants``; "Donald J Trump" is "Donald John Trump").  A suffix after
the surname (``name_suffixes``: "Jr.", "III") is never the surname, and a full name with one is
not the same full name without it or with another ("Ray Dunn Jr." is not "Ray Dunn"; "Dunn" and
"Ray" may be either).  Descriptors seen
next to a name ("deputy harbour minister") are remembered so that a role noun can pick the
right person; otherwise a role noun or pronoun goes to the most recent speaker, and, at the
very start of an article, to the next named speaker (cataphora).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

_SPLIT = re.compile(r"[\s,\-‐‑–]+")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-cased, accent-folded tokens of a personal name (hyphens and commas split: "Ray
    Dunn, Jr." is "ray", "dunn", "jr")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("’", "'").lower().strip(" .,;:'\"")
    return tuple(t for t in _SPLIT.split(folded) if t and t not in {"'s", "s"})


def split_suffix(
    tokens: tuple[str, ...], suffixes: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's tokens (:func:`name_tokens`) as (the name, the suffixes after it):
    ``suffixes`` are the language's ``name_suffixes`` ("jr", "iii"), read at the end only and
    without their stop, and at least one word stays the name ("Dunn Jr." is ("dunn",),
    ("jr",))."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].rstrip(".") in suffixes:
        end -= 1
    return tokens[:end], tuple(t.rstrip(".") for t in tokens[end:])


def _suffixes_agree(
    a: tuple[tuple[str, ...], tuple[str, ...]], b: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """Whether two names split by :func:`split_suffix` may be one person by their suffixes:
    the same ones, or none on a name of one word ("Dunn", "Ray" may be "Ray Dunn Jr."; "Ray
    Dunn" and "Ray Dunn Sr." may not)."""
    if a[1] == b[1]:
        return True
    if a[1] and b[1]:
        return False
    bare = a if not a[1] else b
    return len(bare[0]) < 2


def same_person(a: str, b: str, suffixes: frozenset[str] = frozenset()) -> bool:
    """Whether two names can denote the same person (all tokens of the shorter in the longer),
    with a suffix (``suffixes``: the language's ``name_suffixes``) compared on its own
    (:func:`split_suffix`, :func:`_suffixes_agree`)."""
    words = _without_suffixes(a, b, suffixes)
    return words is not None and _same_words(*words)


def _without_suffixes(
    a: str, b: str, suffixes: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of two names (:func:`name_tokens`) without their suffixes (``suffixes``),
    or None when either has no words or their suffixes disagree (:func:`_suffixes_agree`):
    split once for :func:`same_person` and :func:`name_fit`."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    if suffixes:
        sa, sb = split_suffix(ta, suffixes), split_suffix(tb, suffixes)
        if not _suffixes_agree(sa, sb):
            return None
        ta, tb = sa[0], sb[0]
    return ta, tb


def _same_words(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Whether every word of the shorter name stands in the longer."""
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(t in long_ for t in short)


def looseness(name: str, given_names: Mapping[str, str]) -> int:
    """How loosely ``name`` writes its given names: 0 in full, 1 with a familiar one
    (``given_names``: "Bob Ruiz"), 2 with an initial ("R. Ruiz").  Declared speakers are
    registered fullest first (:func:`quotecheck.extract.stage.declared_registry`), so which
    of them are one person does not depend on the order of the sources: "Bob Ruiz" and "Rob
    Ruiz" both join a declared "Robert Ruiz" whichever source comes first."""
    given = name_tokens(name)[:-1]
    if any(len(t.rstrip(".")) == 1 for t in given):
        return 2
    return 1 if any(t in given_names for t in given) else 0


class Fit(IntEnum):
    """How two names fit (:func:`name_fit`)."""

    NONE = 0
    """Not the same person."""
    KIN = 1
    """Two familiar forms of one formal given name ("Bob Ruiz", "Rob Ruiz"): not the same
    person on their own, but no other person either once the formal name is written."""
    LOOSE = 2
    """The same person only by an initial or a familiar given name ("J. Lee", "Bernie Lee")."""
    SAME = 3
    """The same person by the words written (:func:`same_person`)."""


def fits_name(
    a: str, b: str, given_names: Mapping[str, str], suffixes: frozenset[str] = frozenset()
) -> bool:
    """Whether two names can denote the same person (:func:`name_fit`)."""
    return name_fit(a, b, given_names, suffixes) >= Fit.LOOSE


def _fits_by(
    short: tuple[str, ...], long_: tuple[str, ...], given_names: Mapping[str, str], *, kin: bool
) -> bool:
    """Whether name words ``short`` fit ``long_`` (stops taken off initials; the shorter
    first) by the rule of :func:`name_fit`: a word fits a word written the same, or a formal
    given name the other writes familiarly (``given_names``: "bob" fits "robert", and
    "robert" "bob"); with ``kin`` also another familiar form of the same formal one ("bob"
    fits "rob").  An initial fits a given or middle name of the other, as the formal name
    ("r" fits "bob")."""

    def word(t: str, u: str) -> bool:
        if t == u:
            return True
        ft, fu = given_names.get(t, t), given_names.get(u, u)
        return ft == fu if kin else (ft == u or fu == t)

    formal = tuple(given_names.get(u, u) for u in long_)
    # the words an initial may stand for: the other's given and middle names, not its surname
    given = formal[:-1] if len(formal) >= 2 else formal
    if len(short) >= 2:
        if not word(short[-1], long_[-1]):
            return False
        short, long_ = short[:-1], long_[:-1]
    return all(
        any(word(t, u) for u in long_) or any(_initial(given_names.get(t, t), u) for u in given)
        for t in short
    )


def _initial(t: str, u: str) -> bool:
    """Whether one of two name words is the other's initial ("j", "john")."""
    return (len(t) == 1 < len(u) and u.startswith(t)) or (len(u) == 1 < len(t) and t.startswith(u))


def name_fit(
    a: str, b: str, given_names: Mapping[str, str], suffixes: frozenset[str] = frozenset()
) -> Fit:
    """Whether two names can denote the same person (:func:`same_person`), also when one
    writes a given name familiarly ("Bernie Sanders" / "Bernard Sanders", ``given_names``:
    the language's ``given_name_variants``) or as an initial ("Donald J Trump" / "Donald
    John Trump").  Then the surnames (last words) must be equal, and an initial stands only
    for a given or middle name of the other, never its surname: "Mary Kelly" is not "Mary K.
    Smith", "Ann V. Lee" is not "Ann Vale" (a declared alias is a form of its own, compared
    on its own).  A suffix (``suffixes``) is compared as :func:`same_person` does, and the
    surname is the word before it ("Ray Dunn Jr." has the surname "Dunn").  A familiar given
    name fits the formal one written, not another familiar form of it ("Bob Ruiz" and "Rob
    Ruiz" are each "Robert Ruiz", not each other).  The answer says how: :attr:`Fit.SAME` by
    the words written, :attr:`Fit.LOOSE` only by an initial or a familiar given name,
    :attr:`Fit.KIN` by two familiar forms of one formal name, else :attr:`Fit.NONE`."""
    words = _without_suffixes(a, b, suffixes)
    if words is None:
        return Fit.NONE
    ta, tb = words
    if _same_words(ta, tb):
        return Fit.SAME  # as same_person decides
    ta = tuple(t.rstrip(".") for t in ta)  # an initial without its stop: "j." is "j"
    tb = tuple(t.rstrip(".") for t in tb)
    if not ta or not tb:
        return Fit.NONE
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if _fits_by(short, long_, given_names, kin=False):
        return Fit.LOOSE
    return Fit.KIN if _fits_by(short, long_, given_names, kin=True) else Fit.NONE


@dataclass
class Person:
    """One person the article names, with every form and descriptor seen."""

    canonical: str
    forms: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    external: bool = False
    """Declared by a source rather than named in the article."""
    named_at: int = -1
    """When the article last named this person (registry order; -1: never, a source's
    speaker only)."""
    declared: int = 0
    """How many sources declare this person as a speaker."""
    relative: str = ""
    """The gender the kinship noun gives this person (``m``, ``f``, ``-`` for none) when the
    article introduces them as someone's relative ("her daughter, Ann Lee";
    ``kinship_nouns``), else "": a surname they share with another person stays with that
    person."""
    relative_of: str = ""
    """The gender of whose relative they are, as the possessive gives it ("her daughter":
    ``f``), else ""."""

    def all_forms(self) -> set[str]:
        """Every form of the name, canonical included."""
        return {self.canonical, *self.forms}


@dataclass
class SpeakerRegistry:
    """People named in one article, in order of first mention.

    :meth:`find` answers from two indexes kept beside ``people`` (positions in ``people``, so
    "the most recently added" is the largest position): the exact token key of every form, and
    every token of every form.  A name can only be the same person as a form sharing one of
    its tokens (all tokens of the shorter occur in the longer), so only the people under the
    name's tokens are compared, instead of every person: an article checked against the
    speakers of thousands of sources (hundreds of people) looks a name up in microseconds.
    Forms are added through the registry (:meth:`add`, :meth:`add_external`), which keeps
    the indexes; the answers are those of comparing every person.
    """

    people: list[Person] = field(default_factory=list)
    clock: int = 0
    """How many names the article has registered (for :attr:`Person.named_at`)."""
    given_names: Mapping[str, str] = field(default_factory=dict, compare=False)
    """The language's ``given_name_variants`` (familiar given name → formal one, "bernie" →
    "bernard"): "Bernie Sanders" fits "Bernard Sanders" (:func:`fits_name`)."""
    suffixes: frozenset[str] = field(default=frozenset(), compare=False)
    """The language's ``name_suffixes`` ("jr", "iii"): "Ray Dunn Jr." is not "Ray Dunn"
    (:func:`split_suffix`)."""
    _exact: dict[tuple[str, ...], list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _by_token: dict[str, set[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for position, person in enumerate(self.people):
            for form in person.all_forms():
                self._note(position, form)

    def _note(self, position: int, form: str) -> None:
        """Index ``form`` of the person at ``position``."""
        key = name_tokens(form)
        if not key:
            return
        self._exact.setdefault(key, []).append(position)
        for token in key:
            self._by_token.setdefault(token, set()).add(position)

    def copy(self) -> SpeakerRegistry:
        """An independent copy (people and their sets copied, not shared)."""
        return SpeakerRegistry(
            [
                Person(
                    p.canonical,
                    set(p.forms),
                    set(p.descriptors),
                    p.external,
                    p.named_at,
                    p.declared,
                    p.relative,
                    p.relative_of,
                )
                for p in self.people
            ],
            self.clock,
            self.given_names,
            self.suffixes,
        )

    def add_external(self, name: str, aliases: tuple[str, ...] = (), title: str = "") -> Person:
        """Register a speaker declared by a source (with its aliases and title words)."""
        position = self._add(name, descriptors=set(_words(title)))
        person = self.people[position]
        person.external = True
        person.named_at = -1
        person.declared += 1
        for alias in aliases:
            person.forms.add(alias)
            self._note(position, alias)
        return person

    def find(self, name: str) -> Person | None:
        """The person ``name`` refers to, preferring the most recently added match: one whose
        form has exactly the name's tokens, else one with a form that :func:`same_person`
        links to the name."""
        position = self._find(name)
        return None if position is None else self.people[position]

    def _find(self, name: str) -> int | None:
        key = name_tokens(name)
        if not key:
            return None
        exact = self._exact.get(key)
        if exact:
            return max(exact)
        candidates: set[int] = set()
        for token in key:
            candidates |= self._by_token.get(token, set())
        matches: list[int] = []
        surname: list[int] = []
        loose = False
        for position in sorted(candidates):
            fit = self._fit(name, key, position)
            if fit is None:
                continue
            matches.append(position)
            loose = loose or fit[0] is Fit.LOOSE
            if fit[1]:
                surname.append(position)
        if not matches:
            return None
        # "J. Lee" with both "Jane Lee" and "John Lee" known: a name that fits a person only
        # by an initial or a familiar given name is no one when more than one person fits
        if len(matches) > 1 and loose:
            return None
        if surname and len(key) == 1:
            matches = surname  # a one-word mention names a person by their surname
        # A single token ("Kim") may fit several people: the one the article named most
        # recently wins; among sources' speakers it never named, the one most sources declare
        # (the person they are about), then the one registered last.
        return max(
            matches,
            key=lambda position: (
                self.people[position].named_at,
                self.people[position].declared,
                position,
            ),
        )

    def surname_holders(self, name: str) -> list[Person]:
        """Every person a one-word ``name`` names by their surname ("Lee": Ann Lee, Tom Lee),
        in the order the article named them; [] for a longer name.  O(people of the name)."""
        key = name_tokens(name)
        if len(key) != 1:
            return []
        return [
            self.people[p]
            for p in sorted(self._by_token.get(key[0], set()))
            if (fit := self._fit(name, key, p)) is not None and fit[1]
        ]

    def _fit(self, name: str, key: tuple[str, ...], position: int) -> tuple[Fit, bool] | None:
        """How ``name`` (tokens ``key``) fits the person at ``position``, in one pass over
        their forms: ``None`` when it fits none of them, or, as a full name, misses one of
        their full names ("Tom Lee" is not "Ann Lee" though both are "Lee"; "Rob Lee" is
        not "Bob Lee" but is not another person than "Robert Lee" either); else the best
        fit (:attr:`Fit.LOOSE` when only an initial or a familiar given name links it) and
        whether a one-word ``name`` is their surname ("Lee" is "Ann Lee" rather than the
        label "Lee Campaign" a source declares, whichever was registered last; a suffix is not
        the surname: "Dunn" is "Ray Dunn Jr."'s)."""
        best = Fit.NONE
        at_surname = False
        for form in self.people[position].all_forms():
            fit = name_fit(name, form, self.given_names, self.suffixes)
            tokens = name_tokens(form)
            if fit is Fit.NONE and len(key) >= 2 and len(tokens) >= 2:
                return None
            best = max(best, fit)
            if len(key) == 1 and not at_surname:
                at_surname = split_suffix(tokens, self.suffixes)[0][-1:] == key
        return None if best < Fit.LOOSE else (best, at_surname)

    def add(self, name: str, descriptors: set[str] | None = None) -> Person:
        """Register a name (or link it to a known person) and return the person."""
        return self.people[self._add(name, descriptors)]

    def _add(self, name: str, descriptors: set[str] | None = None) -> int:
        position = self._find(name)
        if position is None:
            person = Person(canonical=name, forms={name})
            self.people.append(person)
            position = len(self.people) - 1
            self._note(position, name)
        else:
            person = self.people[position]
            if name not in person.forms:
                person.forms.add(name)
                self._note(position, name)
            if len(name_tokens(name)) > len(name_tokens(person.canonical)) and not person.external:
                person.canonical = name
        if descriptors:
            person.descriptors |= descriptors
        self.clock += 1
        person.named_at = self.clock
        return position

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
