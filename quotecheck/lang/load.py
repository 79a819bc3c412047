"""Reading one language's data folder into a :class:`LanguageData`.

A language is a folder ``quotecheck/lang/<code>/`` holding:

* ``language.yml``: the scalars and the ordered data, where order matters or entries are regular
  expressions: ``name``, ``quote_pairs`` (preferred first), ``capitalised_nouns``,
  ``decimal_mark``, ``negative_concord``, ``incise_inside_marks``, and the pattern lists
  ``narration_frames``, ``byline_patterns``, ``occasion_cues``. A pattern is a string or a list of
  strings joined without separator (so a long expression can be written over several lines);
  ``${NAME}`` stands for the entry ``NAME`` of the file's ``fragments`` mapping (a sub-pattern
  shared by several patterns), or, where ``NAME`` is a word-set field, for any one of its entries
  (``${determiners}``: the words are written once, in their file, not again in a pattern), and
  where it is a mapping field, for any one of its keys (``${calendar_words}``).
* ``<field>.txt`` for every other field of :class:`LanguageData`: UTF-8, one entry per line,
  lines starting with ``#`` are comments.  An entry may hold several words ("prime
  minister").  Word sets are read as written; a mapping field's line is ``key = value``;
  the phrase lists (``according_to``, ``reporting_idioms``) are split into words.  A field
  whose metadata ``includes`` other fields holds their entries too (``determiners`` those of
  ``definite_determiners`` and ``indefinite_determiners``), so that no word is written in two files.

Files are sorted and unique (``tests/test_lang_data.py`` lints them); the loader does not
depend on it.  A missing ``.txt`` file is an empty field.  Cost: one read of each file of
the language, once per process (:func:`quotecheck.lang.get_language` caches).

This module imports nothing from the rest of quotecheck but the schema.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from quotecheck.lang.schema import LanguageData

__all__ = [
    "MAPPING_FIELDS",
    "PHRASE_LIST_FIELDS",
    "TEXT_FIELDS",
    "WORD_SET_FIELDS",
    "YAML_FIELDS",
    "language_dir",
    "load_language",
    "read_entries",
]

MAPPING_SEPARATOR = " = "
"""Between key and value on a line of a mapping file (``don't = do not``)."""

YAML_FIELDS = (
    "code",
    "name",
    "quote_pairs",
    "capitalised_nouns",
    "decimal_mark",
    "negative_concord",
    "incise_inside_marks",
    "narration_frames",
    "byline_patterns",
    "occasion_cues",
)
"""Fields read from ``language.yml`` (``code`` is the folder name)."""

_PATTERN_FIELDS = ("narration_frames", "byline_patterns", "occasion_cues")
_FRAGMENT = re.compile(r"\$\{(\w+)\}")


def _kinds() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(word sets, mappings, phrase lists): the text-file fields, by their annotated type."""
    hints = typing.get_type_hints(LanguageData)
    sets, maps, phrases = [], [], []
    for f in dataclasses.fields(LanguageData):
        if f.name in YAML_FIELDS or not f.init:
            continue
        hint = hints[f.name]
        origin = typing.get_origin(hint)
        if origin is frozenset:
            sets.append(f.name)
        elif origin is dict:
            maps.append(f.name)
        elif origin is tuple:
            phrases.append(f.name)
        else:  # pragma: no cover - a new field needs a home here
            raise TypeError(f"LanguageData.{f.name}: no file format for {hint!r}")
    return tuple(sets), tuple(maps), tuple(phrases)


WORD_SET_FIELDS, MAPPING_FIELDS, PHRASE_LIST_FIELDS = _kinds()
TEXT_FIELDS = WORD_SET_FIELDS + MAPPING_FIELDS + PHRASE_LIST_FIELDS
"""Every field read from a ``<field>.txt`` file."""


def language_dir(code: str) -> Traversable:
    """The data folder of ``code`` inside the installed package."""
    return resources.files("quotecheck.lang").joinpath(code)


def read_entries(text: str) -> Iterator[str]:
    """The entries of a word-list file: every line that is not blank or a ``#`` comment,
    stripped of outer white space."""
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            yield entry


def _mapping(entries: Iterator[str], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        key, sep, value = entry.partition(MAPPING_SEPARATOR)
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"{where}: {entry!r} is not 'key{MAPPING_SEPARATOR}value'")
        out[key.strip()] = value.strip()
    return out


def _alternation(entries: frozenset[str]) -> str:
    """Any one of ``entries`` as a regular expression: escaped, any white space between the
    words of an entry, longest first (so "another" is tried before "an")."""
    alts = sorted(entries, key=lambda e: (-len(e), e))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, e.split())) for e in alts) + ")"


def _pattern(item: Any, fragments: dict[str, str], where: str) -> str:
    parts = item if isinstance(item, list) else [item]
    if not all(isinstance(p, str) for p in parts):
        raise ValueError(f"{where}: a pattern is a string or a list of strings")
    text = "".join(parts)

    def expand(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise ValueError(f"{where}: unknown fragment ${{{m.group(1)}}}")
        return fragments[m.group(1)]

    return _FRAGMENT.sub(expand, text)


def _includes() -> dict[str, tuple[str, ...]]:
    """Word-set field → the fields whose entries it holds too (its metadata ``includes``)."""
    return {
        f.name: tuple(f.metadata["includes"])
        for f in dataclasses.fields(LanguageData)
        if "includes" in f.metadata
    }


def load_language(code: str) -> LanguageData:
    """The :class:`LanguageData` of the folder ``code`` (which must exist).

    Raises :class:`ValueError` naming the file when a file is malformed: data shipped with the
    package is checked by the tests, so this is a packaging bug, not a user error.
    """
    folder = language_dir(code)
    where = f"quotecheck/lang/{code}/language.yml"
    meta = yaml.safe_load(folder.joinpath("language.yml").read_text(encoding="utf-8")) or {}
    if not isinstance(meta, dict):
        raise ValueError(f"{where}: expected a mapping")
    unknown = set(meta) - set(YAML_FIELDS) - {"fragments"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    values: dict[str, Any] = {
        "code": code,
        "name": str(meta["name"]),
        "quote_pairs": tuple((str(a), str(b)) for a, b in meta.get("quote_pairs", ())),
        "capitalised_nouns": bool(meta.get("capitalised_nouns", False)),
        "decimal_mark": str(meta.get("decimal_mark", ".")),
        "negative_concord": bool(meta.get("negative_concord", False)),
        "incise_inside_marks": bool(meta.get("incise_inside_marks", False)),
    }
    for name in TEXT_FIELDS:
        path = folder.joinpath(f"{name}.txt")
        if not path.is_file():
            continue
        entries = read_entries(path.read_text(encoding="utf-8"))
        if name in WORD_SET_FIELDS:
            values[name] = frozenset(entries)
        elif name in MAPPING_FIELDS:
            values[name] = _mapping(entries, f"quotecheck/lang/{code}/{name}.txt")
        else:
            values[name] = tuple(tuple(entry.split()) for entry in entries)
    for name, parts in _includes().items():
        values[name] = frozenset().union(values.get(name, ()), *(values.get(p, ()) for p in parts))
    fragments = {str(k): _pattern(v, {}, where) for k, v in (meta.get("fragments") or {}).items()}
    clash = set(fragments) & set(WORD_SET_FIELDS)
    if clash:
        raise ValueError(f"{where}: fragments named as word-set fields {sorted(clash)}")
    fragments.update(
        (name, _alternation(values[name])) for name in WORD_SET_FIELDS if values.get(name)
    )
    fragments.update(
        (name, _alternation(frozenset(values[name])))
        for name in MAPPING_FIELDS
        if values.get(name) and name not in fragments
    )
    for name in _PATTERN_FIELDS:
        values[name] = tuple(_pattern(p, fragments, where) for p in meta.get(name) or ())
    return LanguageData(**values)
