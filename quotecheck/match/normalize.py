"""The normalisation ladder: a comparison view of words, each mapped back to raw offsets.

Applied identically to quotes and sources.  Levels, from the bottom:

``typography``   curly/straight apostrophes, dashes, NBSP, soft hyphens, line-break hyphenation
``case``         letter case (every token is compared lower-cased)
``contraction``  don't ↔ do not
``house-style``  spelling variants (towards → toward), dotted abbreviations (U.S. → US),
                 numerals written out (three → 3: the value is kept, only its spelling folds),
                 a word written together that is also written apart (percent, the % of 12% →
                 per cent; not when a negation or modal word is among its words: nobody)
``alias``        configured alias tables (Burma ↔ Myanmar), matched on whole words

What is never folded: digits and their signs, negation and modal words (they are not in any
table, and tests guard that), and names outside the configured alias tables.
"""

from __future__ import annotations

import csv
import hashlib
import re
import threading
import unicodedata
from collections import ChainMap
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from quotecheck.errors import ConfigError
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import LETTER_WORD

_ABBR = r"(?:[^\W\d_]\.){2,}|(?:[^\W\d_]\.)+[^\W\d_](?!\w)"
"""A dotted abbreviation ("U.S.", "a.m."), also without its last full stop where a sentence's
full stop was taken for it or a compared stretch ends right before it ("6 a.m" = "6 a.m.")."""
_NUM = r"[-+\u2212]?\$?\d+(?:[.,:/]\u200b*\d+)*%?"
"""A number; a zero-width space after its separator (``24/\\u200b7``: a line-break opportunity
a web editor put there) stays inside it and is folded away (typography)."""
SOFT_HYPHEN = "\u00ad"
"""A hyphenation hint readers never see unless a line breaks there (``fer&shy;ry``, or what
fills a character reference inside a word): part of the word it stands in, no difference
between two words (folded away)."""
_WORD = r"[^\W_][\w\u00ad]*(?:(?:['’]|-\r?\n)[^\W_][\w\u00ad]*)*"
_TOKEN = re.compile(f"(?P<abbr>{_ABBR})|(?P<num>{_NUM})|(?P<word>{_WORD})")
_SPLIT = re.compile(f"((?:{_ABBR})|(?:{_NUM})|(?:{_WORD}))")
_SPLIT_ASCII = re.compile(_SPLIT.pattern, re.ASCII)
"""The same alternation with one group around it: :func:`re.split` then returns the text
between tokens and the tokens, alternately, in one pass in C.  On ASCII text the ASCII
variant matches exactly the same (``\\w`` and ``\\d`` agree on ASCII letters and digits, and
the other characters the pattern names are not ASCII) and runs faster."""
APOSTROPHES = frozenset("'’ʼ")
"""The marks written as an apostrophe: a word may open right after one ("’em")."""
APOSTROPHE_FOLD = str.maketrans({**dict.fromkeys("’ʼ‘`", "'"), SOFT_HYPHEN: None})
"""Typography folded to the straight apostrophe: the apostrophes (``APOSTROPHES``), and ‘ and
` typed for one ("don‘t", "don`t"); soft hyphens dropped.  ‘ is folded but is no apostrophe
in ``APOSTROPHES``: it opens a quotation as often ("‘em" may be a quotation's first word)."""
_THOUSANDS = re.compile(r"^[-+\u2212]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def letter_words(text: str) -> list[str]:
    """The runs of letters in ``text``, as written (digits and marks split them): the words an
    occasion, a cue or a name is compared by, and the words of a transcript's bracketed note.
    One pattern for the occasion checks (``score.checks.placement``) and the edit typing
    (``score.edits``), which sits below them."""
    return LETTER_WORD.findall(text)


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
        if not self.can_start(words[at]):
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

    @property
    def longest(self) -> int:
        """The most words an alias has."""
        return self._longest

    def can_start(self, word: str) -> bool:
        """Whether some alias starts with the normal form ``word``."""
        return word in self._first

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
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHE_FOLD)
    text = re.sub(r"-\r?\n", "", text)
    return text.lower()


_CACHES: dict[str, dict[str, tuple[tuple[str, int, int, str], ...]]] = {}


def _word_cache(lang: LanguageData) -> dict[str, tuple[tuple[str, int, int, str], ...]]:
    return _CACHES.setdefault(lang.code, {})


def _apart(word: str, lang: LanguageData) -> list[str] | None:
    """The words ``word`` stands for when house style also writes it apart (``written_apart``:
    "percent" → "per" "cent"), each normalised; None when it is not such a word, or when a word
    of the split form is a negation or a modal word ("nobody", "cannot": the negation checks
    read those whole)."""
    split = lang.written_apart.get(word)
    if split is None:
        return None
    words = split.split()
    if any(w in lang.negations or w in lang.modals for w in words):
        return None
    return [_house(w, lang)[0] for w in words]


def _word_pieces(surface: str, lang: LanguageData) -> tuple[tuple[str, int, int, str], ...]:
    """Comparison pieces of one word: (norm, start shift, end shift, level)."""
    folded = _fold(surface)
    level = "typography" if folded != surface.lower() else ""
    apart = _apart(folded, lang)
    if apart is not None:
        return tuple((part, 0, 0, "house-style") for part in apart)
    if folded in lang.contractions:
        return tuple((part, 0, 0, "contraction") for part in lang.contractions[folded].split())
    if folded.endswith("'s") and len(folded) > 2:
        stem = folded[:-2]
        return ((_house(stem, lang)[0], 0, -2, level), ("'s", len(surface) - 2, 0, level))
    if surface[:1].isupper() and folded in lang.name_abbreviations:
        # "Doctor Patel", "Saint Mary's": the title or name word an abbreviation stands for
        return ((lang.name_abbreviations[folded], 0, 0, "house-style"),)
    norm, house = _house(folded, lang)
    return ((norm, 0, 0, "house-style" if house else level),)


def _pieces(surface: str, kind: str, lang: LanguageData) -> tuple[tuple[str, int, int, str], ...]:
    """Comparison pieces of one token of ``kind`` (a group of :data:`_TOKEN`)."""
    if kind == "num":
        apart = _apart(surface[-1], lang) if surface.endswith("%") else None
        if apart is not None:
            # 12% → 12 per cent: the sign is its words written apart
            head = tuple((n, a, b - 1, lv) for n, a, b, lv in _pieces(surface[:-1], kind, lang))
            at = len(surface) - 1
            return (*head, *((part, at, 0, "house-style") for part in apart))
        norm = surface.replace("\u2212", "-")
        if "\u200b" in norm:
            folded = norm.replace("\u200b", "")
            return (
                (
                    folded.replace(",", "") if _THOUSANDS.match(folded) else folded,
                    0,
                    0,
                    "typography",
                ),
            )
        if _THOUSANDS.match(norm):
            # 43,548 → 43548: value kept, grouping folded
            return ((norm.replace(",", ""), 0, 0, "typography"),)
        return ((norm, 0, 0, ""),)
    if kind == "abbr":
        folded = surface.lower()
        return ((lang.abbreviations.get(folded, folded.replace(".", "")), 0, 0, "house-style"),)
    cache = _word_cache(lang)
    pieces = cache.get(surface)
    if pieces is None:
        pieces = _word_pieces(surface, lang)
        if len(cache) < 200_000:
            cache[surface] = pieces
    return pieces


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lang: LanguageData,
    aliases: AliasTable | None = None,
) -> list[Token]:
    """Comparison tokens of ``text[start:end]`` (offsets stay those of ``text``).

    One match at a time: for quotes and other short texts.  Sources go through
    :func:`tokenize_arrays`, which gives the same tokens as arrays.
    """
    end = len(text) if end is None else end
    base: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        surface = m.group(0)
        a, b = m.start(), m.end()
        for norm, da, db, level in _pieces(surface, m.lastgroup or "word", lang):
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


LEVELS = ("", "typography", "case", "contraction", "house-style", "alias")
"""Normalisation levels in ladder order; arrays of tokens store a level as its index here."""
_LEVEL_IDS = {name: i for i, name in enumerate(LEVELS)}


@dataclass(frozen=True)
class TokenArrays:
    """Tokens as arrays: ``words[ids[k]]`` is token k's normal form, ``text[starts[k]:ends[k]]``
    its surface and ``LEVELS[levels[k]]`` its level.  ``words`` lists each normal form once, in
    order of first occurrence."""

    words: list[str]
    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    levels: np.ndarray


class _Column:
    """A growable 1-D NumPy array (capacity doubles, so appending is amortised O(1))."""

    def __init__(self, dtype: type) -> None:
        self.data: np.ndarray = np.zeros(1024, dtype=dtype)
        self.n = 0

    def extend(self, values: list[int]) -> None:
        need = self.n + len(values)
        if need > len(self.data):
            grown = np.zeros(max(need, 2 * len(self.data)), dtype=self.data.dtype)
            grown[: self.n] = self.data[: self.n]
            self.data = grown
        self.data[self.n : need] = values
        self.n = need

    @property
    def view(self) -> np.ndarray:
        return self.data[: self.n]


class _Surfaces:
    """Every distinct token surface met so far in one language, with its comparison pieces
    flattened into arrays: normalised once per process, whatever the number of sources."""

    LIMIT = 1_000_000
    """Distinct surfaces kept at most; beyond, the table starts again (memory stays bounded)."""

    def __init__(self, lang: LanguageData) -> None:
        self.lang = lang
        self.lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        self.index: dict[str, int] = {}
        self.norm_ids: dict[str, int] = {}
        self.norms: list[str] = []
        self.count = _Column(np.int64)
        self.offset = _Column(np.int64)
        self.norm = _Column(np.int64)
        self.da = _Column(np.int64)
        self.db = _Column(np.int64)
        self.level = _Column(np.uint8)
        self._openers: dict[str, np.ndarray] = {}

    def openers(self, aliases: AliasTable) -> np.ndarray:
        """For each normal form in the table, whether an alias of ``aliases`` starts with it."""
        key = aliases.digest()
        known = self._openers.get(key)
        if known is None or len(known) < len(self.norms):
            done = 0 if known is None else len(known)
            more = np.fromiter(
                map(aliases.can_start, self.norms[done:]), dtype=bool, count=len(self.norms) - done
            )
            known = more if known is None else np.concatenate((known, more))
            self._openers[key] = known
        return known

    def learn(self, surfaces: set[str]) -> None:
        """Add the surfaces not yet in the table."""
        new = surfaces - self.index.keys()  # in C; the order of new ids changes no result
        if not new:
            return
        if len(self.index) + len(new) > self.LIMIT:
            self.clear()
        counts: list[int] = []
        offsets: list[int] = []
        norm: list[int] = []
        da: list[int] = []
        db: list[int] = []
        level: list[int] = []
        at = self.norm.n
        for surface in new:
            m = _TOKEN.match(surface)
            pieces = _pieces(surface, (m.lastgroup if m else None) or "word", self.lang)
            self.index[surface] = len(self.index)
            counts.append(len(pieces))
            offsets.append(at)
            at += len(pieces)
            for piece, d_a, d_b, lv in pieces:
                k = self.norm_ids.get(piece)
                if k is None:
                    k = self.norm_ids[piece] = len(self.norms)
                    self.norms.append(piece)
                norm.append(k)
                da.append(d_a)
                db.append(d_b)
                level.append(_LEVEL_IDS[lv])
        self.count.extend(counts)
        self.offset.extend(offsets)
        for col, values in ((self.norm, norm), (self.da, da), (self.db, db), (self.level, level)):
            col.extend(values)


_SURFACES: dict[str, _Surfaces] = {}
_SURFACES_LOCK = threading.Lock()


def _surfaces(lang: LanguageData) -> _Surfaces:
    with _SURFACES_LOCK:
        table = _SURFACES.get(lang.code)
        if table is None or table.lang is not lang:
            table = _SURFACES[lang.code] = _Surfaces(lang)
        return table


def tokenize_arrays(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lang: LanguageData,
    aliases: AliasTable | None = None,
) -> TokenArrays:
    """The tokens :func:`tokenize` gives for ``text[start:end]``, as arrays, at the speed of
    the bytes.

    Algorithm: one :func:`re.split` in C cuts the text into alternating gaps and tokens (with
    the pattern compiled for ASCII when the text is ASCII: the same matches, faster), and the
    cumulative sum of their lengths gives every token's offsets.  Each distinct surface is
    normalised once per process (:class:`_Surfaces`) and its pieces (a contraction or a
    possessive gives two) are spread over its occurrences with :func:`numpy.repeat`.  Aliases
    are looked up only where a token can start one, left to right as :func:`tokenize` does.
    Python work is a few C-level passes over the tokens plus one step per new distinct surface
    and per alias candidate.
    """
    end = len(text) if end is None else end
    body = text[start:end]
    parts = (_SPLIT_ASCII if body.isascii() else _SPLIT).split(body)
    del body
    surfaces = parts[1::2]
    n = len(surfaces)
    if not n:
        empty = np.zeros(0, dtype=np.int64)
        return TokenArrays([], empty, empty, empty, np.zeros(0, dtype=np.uint8))
    bounds = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))) + start
    del parts
    tok_starts = bounds[0:-1:2]  # a token starts where the gap before it ends
    tok_ends = bounds[1::2]
    table = _surfaces(lang)
    with table.lock:
        table.learn(set(surfaces))
        sid = np.fromiter(map(table.index.__getitem__, surfaces), dtype=np.int64, count=n)
        per_token = table.count.view[sid]
        row_token = np.repeat(np.arange(n, dtype=np.int64), per_token)
        first_row = np.cumsum(per_token) - per_token
        flat = table.offset.view[sid][row_token] + (
            np.arange(len(row_token), dtype=np.int64) - first_row[row_token]
        )
        ids = table.norm.view[flat]
        starts = tok_starts[row_token] + table.da.view[flat]
        ends = tok_ends[row_token] + table.db.view[flat]
        levels = table.level.view[flat]
        norms = table.norms
        extra: list[str] = []
        if aliases:
            ids, starts, ends, levels, extra = _alias_arrays(
                text,
                norms,
                table.norm_ids,
                table.openers(aliases),
                ids,
                starts,
                ends,
                levels,
                aliases,
            )
        # Number the normal forms by first occurrence, as a token-by-token dictionary would.
        present, first_at, inverse = np.unique(ids, return_index=True, return_inverse=True)
        order = np.argsort(first_at, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order), dtype=np.int64)
        base = len(norms)
        words = [norms[k] if k < base else extra[k - base] for k in present[order].tolist()]
    return TokenArrays(words, rank[inverse.reshape(-1)], starts, ends, levels)


def _alias_arrays(
    text: str,
    words: list[str],
    known: MutableMapping[str, int],
    opens: np.ndarray,
    ids: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    levels: np.ndarray,
    aliases: AliasTable,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """The alias pass of :func:`tokenize` over arrays: only tokens whose normal form starts an
    alias are looked up, left to right, and a hit replaces its tokens by one.  A canonical
    form not in ``words`` gets the id ``len(words) + k`` for the ``k``-th of the returned list."""
    openers = np.flatnonzero(opens)
    candidates = np.flatnonzero(np.isin(ids, openers)).tolist()
    extra: list[str] = []
    if not candidates:
        return ids, starts, ends, levels, extra
    keep = np.ones(len(ids), dtype=bool)
    ids, ends, levels = ids.copy(), ends.copy(), levels.copy()
    known = ChainMap({}, known)  # canonical forms new to ``words`` are not written back
    span = aliases.longest
    free = 0  # the first token not yet swallowed by an alias
    for i in candidates:
        if i < free:
            continue
        stop = min(i + span, len(ids))
        norms = [
            words[k] if k < len(words) else extra[k - len(words)] for k in ids[i:stop].tolist()
        ]
        shown = [
            text[a:b] for a, b in zip(starts[i:stop].tolist(), ends[i:stop].tolist(), strict=True)
        ]
        hit = aliases.lookup(norms, shown, 0)
        if hit is None:
            continue
        canonical, k = hit
        same = k == 1 and canonical == norms[0]
        code = known.get(canonical)
        if code is None:
            code = known[canonical] = len(words) + len(extra)
            extra.append(canonical)
        ids[i] = code
        ends[i] = ends[i + k - 1]
        if not same:
            levels[i] = _LEVEL_IDS["alias"]
        keep[i + 1 : i + k] = False
        free = i + k
    return ids[keep], starts[keep], ends[keep], levels[keep], extra


_DIGESTS: dict[str, tuple[LanguageData, str]] = {}


def data_digest(lang: LanguageData) -> str:
    """A hash of the language data the tokens depend on (contractions, spelling variants,
    numerals, abbreviations): what a cache of tokens keys on besides the text, so that a
    changed table is never answered with tokens made with the old one."""
    known = _DIGESTS.get(lang.code)
    if known is not None and known[0] is lang:
        return known[1]
    h = hashlib.sha256()
    tables = (
        lang.contractions,
        lang.spelling_variants,
        lang.number_words,
        lang.abbreviations,
        lang.name_abbreviations,
        lang.written_apart,
    )
    for table in tables:
        for key, value in sorted(table.items()):
            h.update(f"{key}\x1f{value}\x1e".encode("utf-8", "surrogatepass"))
        h.update(b"\x1d")
    digest = h.hexdigest()
    _DIGESTS[lang.code] = (lang, digest)
    return digest


def _house(word: str, lang: LanguageData) -> tuple[str, bool]:
    if word in lang.spelling_variants:
        return lang.spelling_variants[word], True
    if word in lang.number_words:
        return lang.number_words[word], True
    if word in lang.abbreviations:
        return lang.abbreviations[word], True
    return word, False
