"""The normalisation ladder: a comparison view of words, each mapped back to raw offsets.

Applied identically to quotes and sources.  Levels, from the bottom:

``typography``   curly/straight apostrophes, dashes, NBSP, soft hyphens, line-break hyphenation
``case``         letter case (every token is compared lower-cased)
``contraction``  don't ↔ do not
``house-style``  spelling variants (towards → toward), dotted abbreviations (U.S. → US),
                 numerals written out (three → 3: the value is kept, only its spelling folds)
``alias``        configured alias tables (Burma ↔ Myanmar), matched on whole words

What is never folded: digits and their signs, negation and modal words (they are not in any
table, and tests guard that), and names outside the configured alias tables.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from quotecheck.errors import ConfigError
from quotecheck.lang.schema import LanguageData

_TOKEN = re.compile(
    r"(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<num>[-+\u2212]?\$?\d+(?:[.,:/]\d+)*%?)"
    r"|(?P<word>[^\W_][\w\u00ad]*(?:(?:['’]|-\r?\n)[^\W_][\w\u00ad]*)*)"
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "\u00ad": None})
_THOUSANDS = re.compile(r"^[-+\u2212]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Token:
    """One comparison token with the raw span it came from."""

    norm: str
    start: int
    end: int
    surface: str
    level: str = ""
    """The highest normalisation level that changed this token ("" for none)."""


@dataclass
class AliasTable:
    """Groups of names that denote the same thing, matched on whole words.

    A group's first entry is its canonical form.  An all-capital entry of up to five letters
    (``US``, ``UN``) only matches words written in capitals, so the pronoun "us" never becomes
    the United States.
    """

    groups: list[tuple[str, ...]] = field(default_factory=list)
    _index: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict, repr=False)
    _first: set[str] = field(default_factory=set, repr=False)
    _longest: int = 1

    def add_group(self, names: Sequence[str]) -> None:
        """Add one group of equivalent names (first = canonical)."""
        names = tuple(n.strip() for n in names if n.strip())
        if len(names) < 2:
            return
        self.groups.append(names)
        canonical = "_".join(_plain_words(names[0]))
        for name in names:
            words = tuple(_plain_words(name))
            if not words:
                continue
            caps_only = len(name.replace(".", "")) <= 5 and name.replace(".", "").isupper()
            self._index[words] = (canonical, caps_only)
            self._first.add(words[0])
            self._longest = max(self._longest, len(words))

    def lookup(
        self, words: Sequence[str], surfaces: Sequence[str], at: int = 0
    ) -> tuple[str, int] | None:
        """Longest alias starting at ``words[at]``: (canonical, length) or None."""
        if words[at] not in self._first:
            return None
        for n in range(min(self._longest, len(words) - at), 0, -1):
            hit = self._index.get(tuple(words[at : at + n]))
            if hit is None:
                continue
            canonical, caps_only = hit
            if caps_only and not all(s.replace(".", "").isupper() for s in surfaces[at : at + n]):
                continue
            return canonical, n
        return None

    def __bool__(self) -> bool:
        return bool(self.groups)

    def digest(self) -> str:
        """A hash of the groups, in order: what a cache of tokens made with this table keys on."""
        h = hashlib.sha256()
        for group in self.groups:
            h.update("\x1f".join(group).encode("utf-8", "surrogatepass") + b"\x1e")
        return h.hexdigest()


def _plain_words(text: str) -> list[str]:
    return (
        [
            m.group(0).lower().replace(".", "")
            for m in re.finditer(r"[^\W_][\w.'’]*", text)
            if m.group(0).strip(".")
        ]
        if text
        else []
    )


def load_alias_file(path: str | Path) -> list[tuple[str, ...]]:
    """Read an alias table: TSV (one group per line, tab-separated) or YAML (list of lists).

    Lines starting with ``#`` are comments.  Errors name the file and line.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read alias table: {exc.strerror or exc}", path=str(p)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"alias table is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8", path=str(p)
        ) from exc
    if p.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as exc:
            raise ConfigError(f"alias table is not valid YAML: {exc}", path=str(p)) from exc
        except RecursionError as exc:
            raise ConfigError(
                "alias table is nested too deeply to be a list of lists of names", path=str(p)
            ) from exc
        if not isinstance(data, list) or not all(
            isinstance(g, list) and all(isinstance(x, str) for x in g) for g in data
        ):
            raise ConfigError(
                "alias table must be a YAML list of lists of names, e.g. [[Myanmar, Burma]]",
                path=str(p),
            )
        return [tuple(g) for g in data]
    groups = []
    for lineno, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
        if not row or row[0].lstrip().startswith("#"):
            continue
        names = [c for c in row if c.strip()]
        if len(names) < 2:
            raise ConfigError(
                f"line {lineno}: an alias group needs at least two tab-separated names", path=str(p)
            )
        groups.append(tuple(names))
    return groups


def default_alias_groups() -> list[tuple[str, ...]]:
    """The alias tables shipped with quotecheck (``quotecheck/data/aliases/*.tsv``)."""
    return list(_shipped_alias_groups())


@cache
def _shipped_alias_groups() -> tuple[tuple[str, ...], ...]:
    # Read once per process: every Checker (one per set of sources) asks for them.
    groups: list[tuple[str, ...]] = []
    folder = resources.files("quotecheck") / "data" / "aliases"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            with resources.as_file(entry) as real:
                groups.extend(load_alias_file(real))
    return tuple(groups)


def build_alias_table(groups: Iterable[Sequence[str]]) -> AliasTable:
    """An :class:`AliasTable` from groups of names."""
    table = AliasTable()
    for g in groups:
        table.add_group(g)
    return table


def _fold(text: str) -> str:
    if text.isascii() and "\n" not in text and "`" not in text:
        return text.lower()
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = re.sub(r"-\r?\n", "", text)
    return text.lower()


_CACHES: dict[str, dict[str, tuple[tuple[str, int, int, str], ...]]] = {}


def _word_cache(lang: LanguageData) -> dict[str, tuple[tuple[str, int, int, str], ...]]:
    return _CACHES.setdefault(lang.code, {})


def _word_pieces(surface: str, lang: LanguageData) -> tuple[tuple[str, int, int, str], ...]:
    """Comparison pieces of one word: (norm, start shift, end shift, level)."""
    folded = _fold(surface)
    level = "typography" if folded != surface.lower() else ""
    if folded in lang.contractions:
        return tuple((part, 0, 0, "contraction") for part in lang.contractions[folded].split())
    if folded.endswith("'s") and len(folded) > 2:
        stem = folded[:-2]
        return ((_house(stem, lang)[0], 0, -2, level), ("'s", len(surface) - 2, 0, level))
    norm, house = _house(folded, lang)
    return ((norm, 0, 0, "house-style" if house else level),)


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lang: LanguageData,
    aliases: AliasTable | None = None,
) -> list[Token]:
    """Comparison tokens of ``text[start:end]`` (offsets stay those of ``text``)."""
    end = len(text) if end is None else end
    base: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        surface = m.group(0)
        a, b = m.start(), m.end()
        if m.lastgroup == "num":
            norm = surface.replace("\u2212", "-")
            level = ""
            if _THOUSANDS.match(norm):
                norm = norm.replace(",", "")  # 43,548 → 43548: value kept, grouping folded
                level = "typography"
            base.append(Token(norm, a, b, surface, level))
            continue
        if m.lastgroup == "abbr":
            folded = surface.lower()
            norm = lang.abbreviations.get(folded, folded.replace(".", ""))
            base.append(Token(norm, a, b, surface, "house-style"))
            continue
        pieces = _word_cache(lang).get(surface)
        if pieces is None:
            pieces = _word_pieces(surface, lang)
            cache = _word_cache(lang)
            if len(cache) < 200_000:
                cache[surface] = pieces
        for norm, da, db, level in pieces:
            base.append(Token(norm, a + da, b + db, text[a + da : b + db], level))
    if not aliases:
        return base
    out: list[Token] = []
    i = 0
    words = [t.norm for t in base]
    surfaces = [t.surface for t in base]
    while i < len(base):
        hit = aliases.lookup(words, surfaces, i)
        if hit is None:
            out.append(base[i])
            i += 1
            continue
        canonical, n = hit
        first, last = base[i], base[i + n - 1]
        surface = text[first.start : last.end]
        same = n == 1 and canonical == first.norm
        out.append(
            Token(canonical, first.start, last.end, surface, first.level if same else "alias")
        )
        i += n
    return out


def _house(word: str, lang: LanguageData) -> tuple[str, bool]:
    if word in lang.spelling_variants:
        return lang.spelling_variants[word], True
    if word in lang.number_words:
        return lang.number_words[word], True
    if word in lang.abbreviations:
        return lang.abbreviations[word], True
    return word, False
