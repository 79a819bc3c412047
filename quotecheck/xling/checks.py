"""Consistency checks between a quote (language A) and its source span (language B).

The embedding score says two passages mean roughly the same; it is blind to the few words that
turn a statement around.  These checks look at those words through each language's data and do
not depend on the score:

* **numbers and units** — values parsed with each language's decimal mark and scale words
  (``3.000`` de = ``3,000`` en; ``2,5 Milliarden`` = ``2.5 billion``; German *Billion* is
  10¹²), with the unit next to them (``%``, ``Prozent``, ``km``, ``Jahre`` …);
* **negation** — negation *events*, so that French ``ne … pas`` counts once;
* **modality** — modal families (necessity: must, should; possibility: may, can, perhaps);
  future and conditional are tense or mood, expressed by inflection in many languages, and
  volition (want, intend, plan) is rendered too freely, so those are not compared;
* **dates** — day and month names, by language-independent ids;
* **named entities** — capitalised words that do not start a sentence, and acronyms, compared
  transliteration-tolerantly (``Линдквист`` = ``Lindqvist``, ``Lindqvists`` = ``Lindqvist``),
  then by a word-level embedding for exonyms (``Deutschland`` = ``Germany``).  In a language that
  capitalises every noun (German) a capital letter is no sign of a name, so a capitalised word
  there only counts as a name when it is not the translation of any word on the other side.

Each failed check is an :class:`~quotecheck.models.Edit` with the quote's words and the source's
words and their offsets (quote offsets into the quote text, source offsets into the raw source).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

import numpy as np
from rapidfuzz import fuzz

from quotecheck.lang import get_language
from quotecheck.lang.schema import MONTH_IDS, LanguageData
from quotecheck.models import Edit, EditKind
from quotecheck.xling.encoders import Matrix
from quotecheck.xling.segment import SENTENCE_OPENERS, Token, tokens

__all__ = [
    "ENTITY_SIMILARITY",
    "LanguageExtras",
    "Side",
    "WordVectors",
    "compare",
    "conditioned",
    "latin_script",
    "modals",
    "negations",
    "numeric_date",
    "same_name",
    "same_word_across_scripts",
    "swapped_name",
]

ENTITY_SIMILARITY = 0.7
"""Word-embedding similarity from which two names are the same name in two languages
(with the multilingual USE: Deutschland/Germany 0.91, München/Munich 0.88, Köln/Cologne 0.77,
Gand/Ghent 0.79; but Varsovie/Warsaw only 0.69; different names: Schweden/Norway 0.62,
Frankreich/Germany 0.60, Oslo/Bergen 0.48, Lindqvist/Halvorsen 0.39)."""
SPELT_ALIKE = 80
"""rapidfuzz ratio (0–100) of two folded names from which they are one name spelt two ways
("kuist" / "quist" 80)."""
NEGATION_GAP = 4
"""Negation words at most this many words apart form one negation (ne … pas, no … nada)."""

_SYMBOL_UNITS = {"%": "percent", "€": "eur", "$": "usd", "£": "gbp", "¥": "jpy", "₽": "rub"}
CURRENCY_UNITS = frozenset(u for u in _SYMBOL_UNITS.values() if u != "percent")
"""The unit ids of currencies (a sum's unit)."""
_SENTENCE_PUNCT = ".!?…"
_FAMILY = {
    "necessity": "necessity",
    "necessity-weak": "necessity",
    "possibility": "possibility",
    "ability": "possibility",
    "volition": "volition",
    "conditional": "conditional",
}
_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_CYRILLIC_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _CYRILLIC_LATIN.split(" "), strict=True))
_CYRILLIC_CODE = "ru"
"""The language whose letters :data:`_CYRILLIC` reads in Latin ones: its data say how a name
in Cyrillic may differ from the name in Latin letters (:func:`same_word_across_scripts`)."""
_LATIN_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "œ": "oe"})


@dataclass(frozen=True)
class LanguageExtras:
    """What the cross-language checks read from a language's data, gathered once."""

    decimal_mark: str
    unit_words: dict[str, str]
    nouns_capitalised: bool
    calendar_words: dict[str, str]
    calendar_homonyms: dict[str, str]
    """Month names that are also common words (English "may" → ``may``): a month only written
    with a capital inside a sentence after a word of time or next to a day number
    (:func:`_calendar`)."""
    month_homonym_cues: frozenset[str]
    """Words of time after which a capitalised homonym is the month ("in May")."""
    season_words: dict[str, str]
    season_homonyms: dict[str, str]
    """Season names that are also common words ("fall", "spring"): a season only right after
    a word of :attr:`season_cues` (:func:`_seasons`)."""
    season_cues: frozenset[str]
    """Words of time and definite determiners ("in spring", "before the fall")."""
    function_words: frozenset[str]
    ordinals: dict[str, float]
    """Ordinal word → its number (``zweiten`` → 2)."""
    fractions: dict[str, float]
    """Fraction, multiple or counting word → its value (``hälfte`` → 0.5, ``dozen`` → 12)."""
    number_parts: dict[str, str]
    """Combining forms and joiners inside a number written as one word (``ein``, ``und``)."""
    aliases: dict[str, str]
    """Name as written (lower case) → language-independent id (``frankreich`` → ``fr``)."""
    negative_concord: bool


@cache
def extras(code: str) -> LanguageExtras:
    """What the cross-language checks read from the data of language ``code``."""
    data = get_language(code)
    words: set[str] = set()
    for group in (
        data.stopwords,
        data.pronouns,
        data.titles,
        data.title_words,
        data.role_nouns,
        data.organisation_nouns,
        data.organisation_heads,
        data.reporting_nouns,
        data.negations,
        data.modals,
        data.limiters,
        data.number_words,
        data.tense_markers,
        data.unit_words,
        data.calendar_words,
        data.season_words,
        data.ordinal_words,
        data.fraction_words,
    ):
        words.update(group)
    return LanguageExtras(
        decimal_mark=data.decimal_mark,
        unit_words=data.unit_words,
        nouns_capitalised=data.capitalised_nouns,
        calendar_words=data.calendar_words,
        calendar_homonyms=data.calendar_homonyms,
        month_homonym_cues=data.month_homonym_cues,
        season_words=data.season_words,
        season_homonyms=data.season_homonyms,
        season_cues=data.month_homonym_cues | data.definite_determiners,
        function_words=frozenset(words),
        ordinals={w: float(v) for w, v in data.ordinal_words.items()},
        fractions={w: float(Fraction(v)) for w, v in data.fraction_words.items()},
        number_parts=data.number_parts,
        aliases=data.name_aliases,
        negative_concord=data.negative_concord,
    )


def fold_name(word: str) -> str:
    """A spelling-neutral form of a name: no accents, lower case, Cyrillic in Latin letters."""
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_LATIN_EXTRA)
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text).replace("-", "")
    return re.sub(r"[^\w]", "", text)


def latin_script(name: str) -> bool:
    """Whether a name is written in Latin letters, accents and ligatures allowed ("Müller",
    "Łukasz"; not "Берг"): the names :func:`fold_name` leaves in their own letters."""
    text = unicodedata.normalize("NFKD", name.lower()).translate(_LATIN_EXTRA)
    return all(ch.isascii() for ch in text if ch.isalpha())


def same_word_across_scripts(word: str, latin: str) -> bool:
    """Whether ``word``, a word of a name in Cyrillic ("Берга"), is the word ``latin`` of a
    name in Latin letters ("Berg"): read in Latin letters it is the whole Latin word, or the
    whole word and one of the language's case endings
    (:attr:`~quotecheck.lang.schema.LanguageData.name_case_endings`), the word spelt alike
    (one transliterated two ways: "Куист" = "Quist") but never one the start of the other:
    "Берг" is not "Berger" nor "Bergman", "Петров" not "Petrova".  The feminine form of a
    gendered surname ("Петрова") is only the Latin word written so, never the masculine one
    with a case ending (:attr:`~quotecheck.lang.schema.LanguageData.feminine_surname_endings`)."""
    data = get_language(_CYRILLIC_CODE)
    low, target = word.lower(), fold_name(latin)
    if not target:
        return False
    feminine = any(low.endswith(end) for end in data.feminine_surname_endings)
    for end in ("", *sorted(data.name_case_endings)):
        if end and (feminine or len(low) <= len(end) or not low.endswith(end)):
            continue
        stem = fold_name(low[: len(low) - len(end)])
        if stem == target or _spelt_alike(stem, target):
            return True
    return False


def _spelt_alike(a: str, b: str) -> bool:
    """One name written in two transliterations ("kuist" / "quist"), neither the start of the
    other (a longer name, another person: "berg" / "berger")."""
    if min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    return fuzz.ratio(a, b) >= SPELT_ALIKE


def same_name(a: str, b: str) -> bool:
    """Transliteration-tolerant name comparison (inflected forms and spelling variants)."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return len(short) >= 4 and fuzz.ratio(fa, fb) >= SPELT_ALIKE


class WordVectors:
    """Embeddings of single words and short phrases, memoised for the life of the object."""

    def __init__(self, encode: Callable[[list[str]], Matrix], limit: int = 50_000) -> None:
        self._encode = encode
        self._memo: dict[str, Matrix] = {}
        self._limit = limit
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> Matrix:
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
            if todo:
                if len(self._memo) + len(todo) > self._limit:
                    self._memo.clear()
                for t, v in zip(todo, self._encode(todo), strict=True):
                    self._memo[t] = v
            return np.vstack([self._memo[t] for t in texts])

    def best(self, words: Sequence[str], others: Sequence[str]) -> list[float]:
        """For each of ``words`` its highest similarity to any of ``others``."""
        if not words or not others:
            return [0.0] * len(words)
        sims = self(words) @ self(others).T
        return [float(x) for x in sims.max(axis=1)]


@dataclass(frozen=True, slots=True)
class Word:
    """An analysis word: folded form, the token it comes from, sentence-initial or not."""

    norm: str
    token: Token
    initial: bool


@dataclass
class Side:
    """One side of the comparison: the words of ``text[start:end]`` in language ``code``."""

    text: str
    start: int
    end: int
    code: str

    def __post_init__(self) -> None:
        self.lang: LanguageData = get_language(self.code)
        self.extra = extras(self.code)
        self.tokens = tokens(self.text, self.start, self.end)
        self.words = self._analyse()

    def _initial(self, tok: Token) -> bool:
        k = tok.start - 1
        while k >= 0 and (self.text[k].isspace() or self.text[k] in SENTENCE_OPENERS):
            k -= 1
        gap = self.text[k + 1 : tok.start]
        return k < 0 or self.text[k] in _SENTENCE_PUNCT + ":" or gap.count("\n") >= 2

    def _analyse(self) -> list[Word]:
        out: list[Word] = []
        lang = self.lang
        for tok in self.tokens:
            initial = self._initial(tok)
            norm = unicodedata.normalize("NFKC", tok.text).lower().replace("’", "'")
            if tok.kind != "word":
                out.append(Word(norm, tok, initial))
                continue
            parts = lang.contractions.get(norm, norm).split()
            if len(parts) == 1 and "'" in norm:
                head, _, rest = norm.partition("'")
                if rest and (f"{head}'" in lang.apostrophe_words or f"{head}'" in lang.negations):
                    parts = [f"{head}'", rest]
            for part in parts:
                out.extend(
                    Word(p, tok, initial)
                    for fused in _unfuse(part, lang)
                    for p in _fraction_of_scale(fused, lang)
                )
        return out

    def span_text(self, toks: Sequence[Token]) -> str:
        """The raw text from the first to the last of ``toks``."""
        return self.text[toks[0].start : toks[-1].end] if toks else ""

    def words_text(self, toks: Sequence[Token]) -> str:
        """``toks`` as written: one stretch when adjacent, else joined with " … "."""
        parts: list[list[Token]] = []
        for t in toks:
            if parts and self.text[parts[-1][-1].end : t.start].strip() == "":
                parts[-1].append(t)
            else:
                parts.append([t])
        return " … ".join(self.span_text(p) for p in parts)


def _unfuse(word: str, lang: LanguageData) -> list[str]:
    """A negation fused with a modal, split in two: cannot → can + not."""
    if word in lang.negations and word not in lang.modals:
        for k in range(2, len(word) - 1):
            if word[:k] in lang.modals and word[k:] in lang.negations:
                return [word[:k], word[k:]]
    return [word]


def _fraction_of_scale(word: str, lang: LanguageData) -> list[str]:
    """A fraction joined to a scale word by a hyphen, split in two: demi-million → demi +
    million (French "un demi-million" is "half a million")."""
    head, dash, scale = word.partition("-")
    if dash and head in lang.fraction_words and _scale(lang, scale) is not None:
        return [head, scale]
    return [word]


def _edit(
    kind: EditKind,
    quote: Side,
    q_toks: Sequence[Token],
    source: Side,
    s_toks: Sequence[Token],
    note: str,
) -> Edit:
    q_toks = sorted(set(q_toks), key=lambda t: t.start)
    s_toks = sorted(set(s_toks), key=lambda t: t.start)
    return Edit(
        kind=kind,
        quote=quote.words_text(q_toks),
        source=source.words_text(s_toks),
        quote_start=q_toks[0].start if q_toks else None,
        quote_end=q_toks[-1].end if q_toks else None,
        source_start=s_toks[0].start if s_toks else None,
        source_end=s_toks[-1].end if s_toks else None,
        meaning_changing=True,
        note=note,
    )


# -- negation -------------------------------------------------------------------------------


def negations(side: Side, gap: int = NEGATION_GAP) -> list[list[Token]]:
    """Negation events, each the tokens of the negation words that make it up.

    In a language with negative concord (``negative_concord`` in its data: French, Spanish,
    Russian) negation words at most ``gap`` words apart are one negation ("ne … pas", "no …
    nada"); elsewhere every negation word counts ("nicht … kein", "not … no" are two).  A
    negative determiner or pronoun (``negative_subjects``: French "aucun", "nul") and the
    first particle of its verb after it in the sentence ("ne") are one negation however far
    apart: « Aucun patient ayant besoin de soins urgents ne sera refoulé » negates once.
    """
    events: list[list[Token]] = []
    last = -(10**9)
    concord = side.extra.negative_concord
    pairs, subjects = side.lang.negation_pairs, side.lang.negative_subjects
    closing: tuple[str, list[Token]] | None = None  # the word that continues an open pair
    particle: tuple[str, list[Token]] | None = None  # the verb's particle a subject awaits
    for i, w in enumerate(side.words):
        if w.initial and w.token is not side.words[i - 1 if i else 0].token:
            # negation words agree inside a sentence: "… ne fermera. Nous ne …" negates twice,
            # and a negative subject governs the verb of its own sentence
            particle, last = None, -(10**9)
        if w.norm not in side.lang.negations:
            continue
        if events and events[-1][-1] is w.token:
            continue  # one written word expanded into two negation words
        if closing is not None and w.norm == closing[0]:
            closing[1].append(w.token)  # "neither … nor" is one negation
        elif particle is not None and w.norm == particle[0]:
            particle[1].append(w.token)  # "aucun … ne" is one negation
            particle = None
        elif events and concord and i - last <= gap:
            events[-1].append(w.token)
        else:
            events.append([w.token])
        if w.norm in pairs:
            closing = (pairs[w.norm], events[-1])
        if w.norm in subjects:
            particle = (subjects[w.norm], events[-1])
        last = i
    return events


_CLAUSE_END = re.compile(r"[,;:.!?…()\[\]–—]")
"""Punctuation between two words that ends the clause a condition opens."""


def conditioned(side: Side) -> frozenset[int]:
    """Start offsets of the tokens on this side that stand inside a condition: from a word or
    phrase of the language's ``conditions`` ("if", "si", "only if") to the end of its clause
    (the next ``, ; :`` or sentence end), the condition's own words included.  Not one in
    form only (``form_conditions``: "if you ask me", "si bien"), nor one after a word that makes
    it a concession (``concessives``: "even if", « même si ») or a question (``whether_if_heads``:
    "I don't know if")."""
    words, lang = side.words, side.lang
    norms = [w.norm for w in words]
    out: set[int] = set()
    k = 0
    while k < len(words):
        n = max((len(p) for p in lang.conditions if tuple(norms[k : k + len(p)]) == p), default=0)
        before = norms[k - 1] if k else ""
        if (
            not n
            or any(tuple(norms[k : k + len(p)]) == p for p in lang.form_conditions)
            or before in lang.concessives
            or before in lang.whether_if_heads
        ):
            k += 1
            continue
        out.add(words[k].token.start)
        j = k + 1
        while j < len(words) and not _CLAUSE_END.search(
            side.text, words[j - 1].token.end, words[j].token.start
        ):
            out.add(words[j].token.start)
            j += 1
        k = j
    return frozenset(out)


def _check_negation(quote: Side, source: Side, gap: int) -> list[Edit]:
    """A negation dropped or added; or, with as many on both sides, one that negates a
    condition the quote sets and the source does not ("Impondremos aranceles si España no
    cede" for "We will not impose tariffs": the statement lost its negation, the quote's "no"
    is the condition's).  Only that way round, and only when the source's language has
    conditions to read: a source's condition may be rendered by a word that is none in the
    quote's language ("cuando", "wenn" for "if").  With a condition on both sides, the counts
    alone are compared: a translation may set the clauses' edges apart (a comma more or
    less)."""
    nq, ns = negations(quote, gap), negations(source, gap)
    if len(nq) == len(ns):
        cq, cs = conditioned(quote), conditioned(source)
        if not cq or cs or not source.lang.conditions:
            return []
        nq = [e for e in nq if e[0].start not in cq]
        ns = [e for e in ns if e[0].start not in cs]
        if len(nq) == len(ns):
            return []
    q_toks = [t for e in nq for t in e]
    s_toks = [t for e in ns for t in e]
    if len(nq) < len(ns):
        note = "the translation drops a negation: the meaning is reversed"
    else:
        note = "the translation adds a negation: the meaning is reversed"
    return [_edit(EditKind.NEGATION, quote, q_toks, source, s_toks, note)]


# -- modality -------------------------------------------------------------------------------


def modal_words(side: Side) -> list[tuple[str, str, list[Token]]]:
    """(family, class, tokens) of each modal on this side, in order: the tokens of its words,
    both for a two-word modal ("had to")."""
    out: list[tuple[str, str, list[Token]]] = []
    words = side.words
    for i, w in enumerate(words):
        if i and f"{words[i - 1].norm} {w.norm}" in side.lang.modals:
            continue  # the second word of a two-word modal ("have to")
        pair = f"{w.norm} {words[i + 1].norm}" if i + 1 < len(words) else ""
        two = side.lang.modals.get(pair)
        cls = two or side.lang.modals.get(w.norm)
        if w.token.text[:1].isupper() and not w.initial:
            continue  # "in May" is a month, "das Können" a noun: a modal verb is lower case
        family = _FAMILY.get(cls or "")
        if cls and family:
            toks = [w.token]
            if two and words[i + 1].token is not w.token:
                toks.append(words[i + 1].token)
            out.append((family, cls, toks))
    return out


def modals(side: Side) -> dict[str, list[tuple[str, Token]]]:
    """Modal family → (class, token) for each modal word on this side (a two-word modal by
    its first word)."""
    out: dict[str, list[tuple[str, Token]]] = {}
    for family, cls, toks in modal_words(side):
        out.setdefault(family, []).append((cls, toks[0]))
    return out


def _check_modality(quote: Side, source: Side) -> list[Edit]:
    mq, ms = modals(quote), modals(source)
    # Volition (want, intend, plan; German "wollen" also future-like), future and conditional
    # are rendered too freely across languages to compare word for word.
    fq = set(mq) - {"conditional", "volition"}
    fs = set(ms) - {"conditional", "volition"}
    diff = fq ^ fs
    # prohibition: "must not" = "darf nicht" = "ne doit pas"
    if diff == {"necessity", "possibility"} and negations(quote) and negations(source):
        diff.clear()
    q_toks = [t for f in diff for _, t in mq.get(f, [])]
    s_toks = [t for f in diff for _, t in ms.get(f, [])]
    if diff:
        return [
            _edit(
                EditKind.MODALITY,
                quote,
                q_toks,
                source,
                s_toks,
                "a modal word differs in translation (commitment vs possibility)",
            )
        ]
    nq, ns = mq.get("necessity", []), ms.get("necessity", [])
    if len(nq) == 1 and len(ns) == 1 and nq[0][0] != ns[0][0]:
        return [
            _edit(
                EditKind.MODALITY,
                quote,
                [nq[0][1]],
                source,
                [ns[0][1]],
                "the strength of an obligation differs in translation (must vs should)",
            )
        ]
    return []


# -- numbers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A number as written on one side, with its value and unit.

    ``alternatives`` are further values the same words may stand for (English "third" is the
    ordinal 3 or the fraction 1/3).  A ``soft`` amount is an ordinal or a fraction word: such
    words are also adverbs and idioms ("first", "zunächst", "halb so schlimm"), so one that has
    no counterpart is only reported when the other side has an unmatched number too (a
    changed number), never as a number added or dropped.
    """

    value: float
    unit: str | None
    tokens: tuple[Token, ...]
    alternatives: tuple[float, ...] = ()
    soft: bool = False
    others: tuple[tuple[float, str | None], ...] = ()
    """Further readings with a unit of their own: digits with a suffix that is a scale or a
    unit ("2m": two million, or two metres)."""
    clock: float | None = None
    """The clock time number words said alone may be ("ten fifteen": 10.15), compared only
    with a figure written as a time (:attr:`timelike`), never as a plain value: "nine fifty
    officers" is no "9.5 officers" (review 21-3, F3)."""
    timelike: bool = False
    """Whether the figure is written as a clock time: "10:15", or "10.15" with exactly two
    digits after the point, no unit and no noun after it."""

    @property
    def values(self) -> tuple[float, ...]:
        """Every value these words may stand for."""
        return (self.value, *self.alternatives, *(v for v, _ in self.others))

    @property
    def readings(self) -> tuple[tuple[float, str | None], ...]:
        """Every (value, unit) these words may stand for."""
        return (*((v, self.unit) for v in (self.value, *self.alternatives)), *self.others)

    def same_as(self, other: Amount) -> bool:
        """Whether some reading of each is the same value in the same unit."""
        return _same_clock(self, other) or any(
            u == w and _same_value(x, y) for x, u in self.readings for y, w in other.readings
        )

    def sum_of(self, other: Amount) -> bool:
        """Whether this is ``other``'s value as a sum in a currency where ``other`` says no
        unit at all ("$9 million" for a spoken "nine million"): news style writes the sign on
        a sum the speaker said without its currency (red team 21 F6).  Never against another
        unit ("$9 million" for "nine million gallons" is a change)."""
        return (
            self.unit in CURRENCY_UNITS
            and other.unit is None
            and not other.others
            and any(_same_value(x, y) for x in self.values for y in other.values)
        )


def parse_number(text: str, decimal_mark: str) -> float | None:
    """The value of a written number under a language's decimal mark (None if unparsable)."""
    s = (
        text.replace("\u2212", "-")
        .replace("\u00a0", "")
        .replace("\u202f", "")
        .replace("'", "")
        .replace(" ", "")
    )
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    seps = [c for c in s if c in ".,"]
    if len(set(seps)) == 2:
        decimal = s[max(s.rfind("."), s.rfind(","))]
    elif seps:
        sep = seps[0]
        groups = s.split(sep)
        thousands_like = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        if len(seps) > 1:
            decimal = "" if thousands_like else sep
        elif thousands_like:
            decimal = decimal_mark if sep == decimal_mark else ""
        else:
            decimal = sep
    else:
        decimal = ""
    if decimal:
        whole, _, frac = s.rpartition(decimal)
        s = re.sub(r"[.,]", "", whole) + "." + frac
    else:
        s = re.sub(r"[.,]", "", s)
    try:
        return sign * float(s)
    except ValueError:
        return None


def _scale(lang: LanguageData, word: str) -> float | None:
    word = lang.abbreviations.get(word, lang.abbreviations.get(f"{word}.", word))
    raw = lang.number_words.get(word)
    if raw is None or not raw.isdigit():
        return None
    value = float(raw)
    return value if value >= 1000 and math.log10(value).is_integer() else None


def compose(values: Sequence[float]) -> float:
    """The number that number words in a row spell: ``[2, 100, 50]`` → 250, ``[5, 20]`` → 25.

    Below 100 the parts add, 100 multiplies what came before, and a scale from 1,000 up
    closes a group (``[3, 1000, 200]`` → 3,200).  A scale larger than every scale before it
    multiplies all that came before: Spanish "tres mil millones" (``[3, 1000, 10**6]``) is
    three thousand million, 3·10⁹, as are British "three thousand million" and French "trois
    mille millions"; a smaller one after a larger adds its group ("two million three
    thousand").  Order within a group does not matter for addition, so German
    "fünfundzwanzig" (5 + 20) and English "twenty-five" (20 + 5) agree.
    """
    total, current, largest = 0.0, 0.0, 0.0
    for v in values:
        if v == 100:
            current = max(current, 1.0) * 100
        elif v >= 1000:
            if v > largest and total:
                total = (total + current) * v
            else:
                total += max(current, 1.0) * v
            largest = max(largest, v)
            current = 0.0
        else:
            current += v
    return total + current


def _split_number_word(word: str, lang: LanguageData, parts: dict[str, str]) -> list[str] | None:
    """``word`` cut into number words and joiners (``fünfundzwanzig`` → fünf, und, zwanzig),
    longest piece first; None when it is not made of them.  Bounded by the word's length:
    at most one try per piece length at each position, pieces at least two letters long."""
    known = lang.number_words.keys() | parts.keys()
    longest = max((len(k) for k in known), default=0)

    def cut(rest: str) -> list[str] | None:
        if not rest:
            return []
        for n in range(min(longest, len(rest)), 1, -1):
            head = rest[:n]
            if head in known:
                tail = cut(rest[n:])
                if tail is not None:
                    return [head, *tail]
        return None

    return cut(word)


def number_word_value(word: str, lang: LanguageData, parts: dict[str, str]) -> float | None:
    """The value of a number written as one word, plain or compound: ``fünfundzwanzig`` → 25,
    ``twenty-five`` → 25, ``zweihundert`` → 200, ``veinticinco`` → 25; None otherwise.

    A plain word for one ("one", "eins") is left out: it is usually an article or a pronoun.
    """
    raw = lang.number_words.get(word)
    if raw is not None:
        return float(raw) if raw.isdigit() and raw != "1" else None
    pieces: list[str] = []
    for chunk in word.split("-"):
        cut = _split_number_word(chunk, lang, parts) if chunk else None
        if not cut:
            return None
        pieces.extend(cut)
    values = []
    for piece in pieces:
        value = lang.number_words.get(piece, parts.get(piece, ""))
        if value == "+":
            continue
        if not value.isdigit():
            return None
        values.append(float(value))
    if len(pieces) < 2 or not values:
        return None
    return compose(values)


def _word_amount(side: Side, i: int) -> tuple[float, tuple[float, ...], bool] | None:
    """(value, other values, soft) of word ``i`` when it is a number, ordinal or fraction word."""
    w = side.words[i]
    extra = side.extra
    if w.token.kind == "num":
        value = parse_number(w.token.text, extra.decimal_mark)
        return None if value is None else (value, (), False)
    if w.token.kind != "word":
        return None
    if _scale(side.lang, w.norm) is None:
        value = number_word_value(w.norm, side.lang, extra.number_parts)
        if value is not None:
            return value, (), False
    found = [d[w.norm] for d in (extra.ordinals, extra.fractions) if w.norm in d]
    if found:
        return found[0], tuple(found[1:]), True
    return None


def _joined(side: Side, a: Token, b: Token) -> bool:
    """Whether two tokens are written next to each other (a space or a hyphen between)."""
    return side.text[a.end : b.start].strip(" -\u00a0") == ""


_MAX_DAY = 31
"""The last day a month can have (a calendar fact, not a setting)."""
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


def numeric_date(token: Token) -> tuple[int, int, int] | None:
    """(day, month, year) of a date written in digits with full stops ("01.10.2023").

    Dotted dates are day.month.year wherever they are written (German, Russian, French and
    Spanish news; the month-first order of American English uses slashes), so this needs no
    language data.  A day or month out of range is no date (it is read as a number).
    """
    m = _NUMERIC_DATE.fullmatch(token.text) if token.kind == "num" else None
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    if not (1 <= day <= _MAX_DAY and 1 <= month <= len(MONTH_IDS)):
        return None
    return day, month, year + 2000 if year < 100 else year


def _scaled(side: Side, j: int) -> tuple[float, int] | None:
    """(scale, words used) when word ``j`` (or ``j + 1`` after "a"/"eine") is a scale word."""
    words = side.words
    if j < len(words) and words[j].norm in side.lang.scale_articles:
        j += 1
        used = 2
    else:
        used = 1
    if j < len(words) and words[j].token.kind == "word":
        factor = _scale(side.lang, words[j].norm)
        if factor is None and (factor := _counting(side, j)) is not None:
            used += _partitive(side, j + 1)  # "a score of": the "of" is the number's
        if factor is not None:
            return factor, used
    return None


def _partitive(side: Side, j: int) -> int:
    """1 when word ``j`` joins a counting noun to what it counts ("of"), else 0."""
    return int(j < len(side.words) and side.words[j].norm in side.lang.counting_partitives)


def _counting(side: Side, j: int) -> float | None:
    """The size of the group word ``j`` counts in (``counting_nouns``: "dozen" → 12) when
    what it counts follows — the partitive ("a score of boats") or a word that is no function
    word ("two dozen eggs") — else None ("settle a score with", "a dozen." alone)."""
    words, lang = side.words, side.lang
    size = lang.counting_nouns.get(words[j].norm)
    if size is None or j + 1 >= len(words) or words[j + 1].token.kind != "word":
        return None
    nxt = words[j + 1].norm
    if nxt not in lang.counting_partitives and nxt in side.extra.function_words:
        return None
    return float(size)


def amounts(side: Side, one_point: bool = True) -> list[Amount]:
    """The numbers on this side with their scale words and units.

    Number words in a row make one number ("twenty five", "двадцать пять", "two hundred
    thousand"); ordinal and fraction words are numbers too (soft, see :class:`Amount`); a scale
    word after a word for one ("a million", "eine Million") or after a fraction ("half a
    million", "eine halbe Million") is a number; a dotted date ("01.10.2023") gives its day and
    its year (its month is a calendar id, :func:`_calendar`); a decimal said in words is one
    number ("three point two five" = 3.25, :func:`_spoken_decimal`).  Without ``one_point`` a
    decimal said from the word for one is read as its words stand, "one point" the noun phrase
    ("at one point two boats sank": 2, not 1.2; :func:`spoken_readings`).
    """
    words = side.words
    lang, units = side.lang, side.extra.unit_words
    out: list[Amount] = []
    i = 0
    while i < len(words):
        w = words[i]
        date = numeric_date(w.token)
        if date is not None:
            out.append(Amount(float(date[0]), None, (w.token,)))
            out.append(Amount(float(date[2]), None, (w.token,)))
            i += 1
            continue
        if w.norm in lang.scale_articles and w.token.kind == "word":
            scaled = _scaled(side, i + 1)
            if scaled is not None and words[i + 1].norm not in lang.scale_articles:
                # "a million", "a score of", not "a a million"
                toks = [w.token, *(words[k].token for k in range(i + 1, i + 1 + scaled[1]))]
                out.append(Amount(scaled[0], None, tuple(toks)))
                i += 1 + scaled[1]
                continue
        clock = _clock_in_figures(side, i)
        if clock is not None:
            out.append(Amount(clock, None, (w.token, words[i + 1].token), timelike=True))
            i += 2
            continue
        found = _word_amount(side, i)
        if found is None and _opens_number(side, i, one_point):
            found = 1.0, (), False  # "one point five", "a hundred and fifty"
        if found is None:
            i += 1
            continue
        value, alternatives, soft = found
        said_clock: float | None = None
        toks = [w.token]
        j = i + 1
        scaled = _scaled(side, j) if soft else None
        if scaled is not None:
            # "half a million", "eine halbe Million": the fraction of a scale is a number
            # (and its unit after it is read as any number's: "half a million pounds")
            toks.extend(words[k].token for k in range(j, j + scaled[1]))
            value, soft, alternatives = value * scaled[0], False, ()
            j += scaled[1]
        elif w.token.kind == "word" and not soft:
            run = [value]
            while j < len(words) and _joined(side, words[j - 1].token, words[j].token):
                nxt_norm = words[j].norm
                if (
                    side.extra.number_parts.get(nxt_norm) == "+"
                    and j + 1 < len(words)
                    and _joined(side, words[j].token, words[j + 1].token)
                    and number_word_value(words[j + 1].norm, lang, side.extra.number_parts)
                ):
                    toks.append(words[j].token)  # "two hundred and fifty"
                    j += 1
                    nxt_norm = words[j].norm
                part = number_word_value(nxt_norm, lang, side.extra.number_parts)
                if part is None:
                    part = _scale(lang, nxt_norm)
                if part is None:
                    break
                run.append(part)
                toks.append(words[j].token)
                j += 1
            value = compose(run)
            if (year := _year_said_in_pairs(run)) is not None:
                value = year  # "twenty twenty seven": 2027, not 20 + 20 + 7
            said_clock = _clock_said(run) if _ends_as_time(side, j) else None
            if (point := _spoken_decimal(side, j)) is not None:
                # "three point four (million)": the decimal adds before the scale multiplies
                value += point[0]
                toks.extend(words[k].token for k in range(j, j + point[1]))
                j += point[1]
            elif (half := _and_a_fraction(side, j)) is not None:
                # "two and a half (million)": the fraction adds before the scale multiplies
                value += half
                toks.extend(words[k].token for k in range(j, j + 3))
                j += 3
        others: tuple[tuple[float, str | None], ...] = ()
        glued: str | None = None
        if j < len(words) and words[j].token.kind == "word":
            factor = _scale(lang, words[j].norm)
            counted = 0
            if factor is None and not soft and (factor := _counting(side, j)) is not None:
                counted = _partitive(side, j + 1)  # "two dozen eggs", "two score of years"
            if factor is None and w.token.kind == "num" and words[j].token.start == w.token.end:
                # digits with a suffix: "3m", "£4.5bn", "1.2k" (a scale), "2m" (a unit)
                suffix = words[j].norm
                factor = _scale(lang, lang.scale_abbreviations.get(suffix, suffix))
                glued = lang.glued_units.get(suffix)
                if factor is not None and glued is not None:
                    others, glued = ((value, glued),), None
                elif glued is not None:
                    toks.append(words[j].token)
                    j += 1
            if factor is not None:
                value *= factor
                toks.extend(words[k].token for k in range(j, j + 1 + counted))
                j += 1 + counted
                # a larger scale right after multiplies again, as in :func:`compose`:
                # "3 mil millones" is 3·10⁹ (Spanish and French write the billion so)
                while (
                    not counted
                    and j < len(words)
                    and words[j].token.kind == "word"
                    and (more := _scale(lang, words[j].norm)) is not None
                    and more > factor
                ):
                    value, factor = value * more, more
                    toks.append(words[j].token)
                    j += 1
        unit = glued
        if i > 0 and words[i - 1].token.kind == "sym" and words[i - 1].token.end == w.token.start:
            unit = _SYMBOL_UNITS.get(words[i - 1].norm)
            toks.insert(0, words[i - 1].token)
        if unit is None and j < len(words) and not soft:
            nxt = words[j]
            pair = f"{nxt.norm} {words[j + 1].norm}" if j + 1 < len(words) else ""
            if nxt.token.kind == "sym":
                unit = _SYMBOL_UNITS.get(nxt.norm)
            elif pair in units or lang.abbreviations.get(pair) == "%":
                unit = units.get(pair, "percent")
                toks.extend((nxt.token, words[j + 1].token))
                j += 2
            elif nxt.norm in units or lang.abbreviations.get(nxt.norm) == "%":
                unit = units.get(nxt.norm, "percent")
            if unit is not None and nxt.token not in toks:
                toks.append(nxt.token)
                j += 1
        if unit is not None:
            others = ()  # "£4m" is four million pounds, not four metres
        clock_value = said_clock if w.token.kind == "word" and not soft and unit is None else None
        timelike = unit is None and w.token.kind == "num" and _time_figure(side, i, j)
        out.append(
            Amount(value, unit, tuple(toks), alternatives, soft, others, clock_value, timelike)
        )
        i = j
    return _signed(side, out)


_AFTER_WORD = re.compile(r"[\s\-\u00a0]*([^\W\d_]+)")
_BEFORE_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\s\-\u00a0]*$")
_LONGEST_WORD = 40
"""How far before a number :func:`number_reach` looks for the word before it (longer than
any number word)."""


def number_reach(text: str, start: int, end: int, code: str) -> tuple[int, int]:
    """``text[start:end]`` widened to the whole of a number cut at its edges: over a currency
    sign written right before it ("£" of "£500,000") and over the words of a number, a scale
    or a unit right after it ("half" → "half a million pounds"), so that both ends read as
    written."""
    if start > 0 and text[start - 1] in _SYMBOL_UNITS:
        start -= 1
    lang, extra = get_language(code), extras(code)
    vocabulary = (
        lang.number_words,
        lang.scale_articles,
        lang.scale_abbreviations,
        lang.written_apart,
        lang.decimal_words,
        extra.number_parts,
        extra.unit_words,
        extra.fractions,
    )
    while (m := _AFTER_WORD.match(text, end)) is not None:
        word = m.group(1).lower()
        if not any(word in table for table in vocabulary):
            break
        end = m.end()
    # and over the words of a number said in words before it: "five million" cut from "one
    # point five million" is read from "one" (the leftmost word for a number)
    spoken = (lang.number_words, lang.decimal_words, extra.number_parts)
    at = start
    while (m := _BEFORE_WORD.search(text[max(0, at - _LONGEST_WORD) : at])) is not None:
        word = m.group(1).lower()
        if not any(word in table for table in spoken):
            break
        at -= len(m.group())
        if word in lang.number_words:
            start = at
    return start, end


def _spoken_decimal(side: Side, j: int) -> tuple[float, int] | None:
    """(value, words used) of a decimal said in words from word ``j`` on, right after a number
    written in words: a ``decimal_words`` word ("point") and the words for single digits after
    it, all written next to each other ("point two five": (0.25, 3)); None otherwise — "a ten
    point lead" has no digit after "point", "point twenty" is no decimal said digit by digit."""
    words, lang = side.words, side.lang
    if not 0 < j < len(words) or words[j].norm not in lang.decimal_words:
        return None
    if words[j].token.kind != "word" or not _joined(side, words[j - 1].token, words[j].token):
        return None
    digits = ""
    k = j + 1
    while (
        k < len(words)
        and words[k].token.kind == "word"
        and _joined(side, words[k - 1].token, words[k].token)
    ):
        raw = lang.number_words.get(words[k].norm, "")
        if len(raw) != 1 or not raw.isdigit():
            break
        digits += raw
        k += 1
    if not digits:
        return None
    return float(f"0.{digits}"), k - j


def spoken_readings(side: Side) -> list[list[Amount]]:
    """The ways this side's numbers may be read: a decimal said from the word for one read as
    a decimal (:func:`amounts`), then, only when there is one, "one point" read as the noun
    phrase it also is.  A caption writes no commas: "at one point two boats sank" is 1.2 or
    "at one point, two boats", so a number is changed only when no reading agrees ("three
    point two" has one reading).  A scale word or unit after the decimal makes it one amount
    ("one point two million euros" has one reading, :func:`_scale_or_unit_at`)."""
    decimal = amounts(side)
    plain = amounts(side, one_point=False)
    return [decimal] if plain == decimal else [decimal, plain]


def _opens_number(side: Side, i: int, one_point: bool = True) -> bool:
    """Whether word ``i`` stands for one at the head of a number said in words, though a plain
    word for one is not read as one elsewhere (:func:`number_word_value`): the word for one
    ("one") with a decimal said after it ("one point five"; only with ``one_point``, see
    :func:`spoken_readings`), or a word for one before a scale (``scale_articles``) right
    before the word for a hundred ("a hundred and fifty"; a thousand and up are read as
    scales)."""
    w, words, lang = side.words[i], side.words, side.lang
    if w.token.kind != "word":
        return False
    point = _spoken_decimal(side, i + 1) if lang.number_words.get(w.norm) == "1" else None
    if point is not None and (one_point or _scale_or_unit_at(side, i + 1 + point[1])):
        return True  # "one point two million euros" is 1.2 million in either reading
    return (
        w.norm in lang.scale_articles
        and i + 1 < len(words)
        and words[i + 1].token.kind == "word"
        and lang.number_words.get(words[i + 1].norm) == "100"
        and _joined(side, w.token, words[i + 1].token)
    )


def _scale_or_unit_at(side: Side, k: int) -> bool:
    """Whether word ``k`` is a scale word ("million"), a unit (``unit_words``, one word or two:
    "euros", "per cent"; a symbol: "%") or a percent abbreviation: after "one point two" it
    makes the words one amount, never the noun phrase "one point" (review 20-4 finding 6)."""
    words, lang, units = side.words, side.lang, side.extra.unit_words
    if not 0 <= k < len(words):
        return False
    nxt = words[k]
    if nxt.token.kind == "sym":
        return _SYMBOL_UNITS.get(nxt.norm) is not None
    pair = f"{nxt.norm} {words[k + 1].norm}" if k + 1 < len(words) else ""
    return (
        _scale(lang, nxt.norm) is not None
        or nxt.norm in units
        or pair in units
        or lang.abbreviations.get(nxt.norm) == "%"
        or lang.abbreviations.get(pair) == "%"
    )


_CENTURY_PAIR = (10, 20)
"""The first pair of a year said in two pairs of digits ("ten sixty-six" to "twenty
ninety-nine"): a calendar fact, not a setting."""


def _year_said_in_pairs(run: Sequence[float]) -> float | None:
    """The year that number words in a row say as two pairs of digits, or None: a teen or
    "twenty" (:data:`_CENTURY_PAIR`), then a number from ten to ninety-nine said as a teen or
    a ten with its unit ("nineteen ninety" 1990, "twenty twenty seven" 2027, "twenty twenty"
    2020).  Anything else — a hundred in it ("nineteen hundred" is 1900 as said), a unit
    first, more or fewer words — is read as before (:func:`compose`)."""
    if not 2 <= len(run) <= 3 or not _CENTURY_PAIR[0] <= run[0] <= _CENTURY_PAIR[1]:
        return None
    rest = run[1:]
    if len(rest) == 1 and 10 <= rest[0] <= 99:
        second = rest[0]
    elif len(rest) == 2 and rest[0] in range(20, 100, 10) and 1 <= rest[1] <= 9:
        second = rest[0] + rest[1]
    else:
        return None
    return run[0] * 100 + second


CLOCK_HOURS = 12
"""The last hour of a clock time said in words ("twelve thirty"): a calendar fact."""

_MINUTES = 60
"""Minutes in an hour: a clock time's second part is below it."""


def _clock(hour: float, minutes: float) -> float:
    """A clock time as one value, its minutes after the decimal point (10:15 → 10.15, as a
    text writing "10.15" for the time reads it)."""
    return hour + minutes / 100


def _clock_said(run: Sequence[float]) -> float | None:
    """The clock time that number words in a row may say, or None: an hour from one to
    :data:`CLOCK_HOURS`, then minutes from ten to fifty-nine said as a teen or a ten with its
    unit ("ten fifteen" 10:15, "nine thirty" 9:30, "twelve forty-five" 12:45) — the other
    reading of words a caption writes for "10:15", offered beside the year ("ten sixty-six")
    or the sum (review 20-3, 8)."""
    if not 2 <= len(run) <= 3 or run[0] not in range(1, CLOCK_HOURS + 1):
        return None
    rest = run[1:]
    if len(rest) == 1 and 10 <= rest[0] < _MINUTES:
        return _clock(run[0], rest[0])
    if len(rest) == 2 and rest[0] in range(20, _MINUTES, 10) and 1 <= rest[1] <= 9:
        return _clock(run[0], rest[0] + rest[1])
    return None


_TIME_FIGURE = re.compile(r"\d{1,2}\.\d{2}")
"""A decimal figure a text may write for a clock time: an hour, a point, two digits."""


def _ends_as_time(side: Side, j: int) -> bool:
    """Whether the number ending before word ``j`` may stand as a clock time: nothing after
    it, a mark after it, a function word ("at ten fifteen on Monday") or a word of time
    ("tonight", ``occasion_times``) — never a unit or a noun it counts ("nine fifty
    officers", "two thirty percent")."""
    words = side.words
    if j >= len(words):
        return True
    if any(
        c in ",.;:!?)\u2014\u2013" for c in side.text[words[j - 1].token.end : words[j].token.start]
    ):
        return True
    nxt = words[j].norm
    return words[j].token.kind == "word" and (
        nxt in side.extra.function_words or nxt in side.lang.occasion_times  # "tonight"
    )


def _time_figure(side: Side, i: int, j: int) -> bool:
    """Whether the one figure at word ``i`` (the number's words end before ``j``) is written
    as a clock time: "10.15" (hour below 24, two digits of minutes below sixty) standing as
    a time (:func:`_ends_as_time`)."""
    text = side.words[i].token.text
    if j != i + 1 or not _TIME_FIGURE.fullmatch(text):
        return False
    hour, minutes = text.split(".")
    return int(hour) < 24 and int(minutes) < _MINUTES and _ends_as_time(side, j)


def _same_clock(a: Amount, b: Amount) -> bool:
    """Whether one side's clock time said in words is the other's figure written as a time."""
    return (a.clock is not None and b.timelike and _same_value(a.clock, b.value)) or (
        b.clock is not None and a.timelike and _same_value(b.clock, a.value)
    )


def _clock_in_figures(side: Side, i: int) -> float | None:
    """The clock time written in figures from word ``i`` on ("10:15", "9:30"), or None: an
    hour below 24 with at most two digits, a colon and nothing else, then two digits of
    minutes below sixty — one time, not two numbers."""
    words = side.words
    if i + 1 >= len(words):
        return None
    hour, minutes = words[i].token, words[i + 1].token
    if hour.kind != "num" or minutes.kind != "num":
        return None
    if side.text[hour.end : minutes.start] != ":":
        return None
    if not (hour.text.isdigit() and len(hour.text) <= 2 and int(hour.text) < 24):
        return None
    if not (minutes.text.isdigit() and len(minutes.text) == 2 and int(minutes.text) < _MINUTES):
        return None
    return _clock(int(hour.text), int(minutes.text))


def _and_a_fraction(side: Side, j: int) -> float | None:
    """The value of a fraction below one written after a number as "and a <fraction>" from
    word ``j`` on ("two and a half": 0.5), else None."""
    words = side.words
    if j + 2 >= len(words) or side.extra.number_parts.get(words[j].norm) != "+":
        return None
    if words[j + 1].norm not in side.lang.scale_articles:
        return None
    if not all(_joined(side, words[k].token, words[k + 1].token) for k in (j - 1, j, j + 1)):
        return None
    found = _word_amount(side, j + 2)
    if found is None or not found[2] or not 0 < found[0] < 1:
        return None
    return found[0]


def _signed(side: Side, found: list[Amount]) -> list[Amount]:
    """``found`` with a sign written as a word right before a number applied to it ("minus 3"
    is -3, ``sign_words``); the word joins the number's tokens."""
    signs = side.lang.sign_words
    words = side.words
    before: dict[Token, Token] = {}
    for a, b in itertools.pairwise(words):
        if (
            signs.get(a.norm) == "-"
            and b.token.kind == "num"
            and b.token.text[:1] not in "-+\u2212"
            and _joined(side, a.token, b.token)
        ):
            before[b.token] = a.token
    if not before:
        return found
    out = []
    for amount in found:
        sign = before.get(amount.tokens[0]) if amount.tokens else None
        if sign is None:
            out.append(amount)
            continue
        out.append(
            Amount(
                -amount.value,
                amount.unit,
                (sign, *amount.tokens),
                tuple(-v for v in amount.alternatives),
                amount.soft,
                tuple((-v, u) for v, u in amount.others),
            )
        )
    return out


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _agree(a: Amount, b: Amount) -> bool:
    return _same_clock(a, b) or any(_same_value(x, y) for x in a.values for y in b.values)


def _fits(a: Amount, b: Amount) -> bool:
    """Whether some reading of each is the same value, in the same unit or one without."""
    return _same_clock(a, b) or any(
        _same_value(x, y) and (u == w or not u or not w)
        for x, u in a.readings
        for y, w in b.readings
    )


def _check_numbers(quote: Side, source: Side) -> list[Edit]:
    """The changed numbers of ``quote`` against ``source``: none when some reading of each
    side agrees (:func:`spoken_readings`), else those of the first reading."""
    first: list[Edit] | None = None
    for aq in spoken_readings(quote):
        for as_ in spoken_readings(source):
            edits = _number_edits(quote, aq, source, as_)
            if not edits:
                return []
            if first is None:
                first = edits
    return first or []


def _number_edits(quote: Side, aq: list[Amount], source: Side, as_: list[Amount]) -> list[Edit]:
    left_s = list(as_)
    unmatched_q: list[Amount] = []
    edits: list[Edit] = []
    for a in aq:
        hit = next((b for b in left_s if _fits(a, b)), None) or next(
            (b for b in left_s if _agree(a, b)), None
        )
        if hit is None:
            unmatched_q.append(a)
            continue
        left_s.remove(hit)
        if not _fits(a, hit):
            edits.append(
                _edit(
                    EditKind.NUMBER,
                    quote,
                    a.tokens,
                    source,
                    hit.tokens,
                    f"the unit differs in translation ({a.unit} vs {hit.unit})",
                )
            )
    # An ordinal or fraction word with no counterpart is only a change when the other side
    # has an unmatched number of its own ("in half" → "in third"); alone it may be an adverb.
    hard_q = [a for a in unmatched_q if not a.soft]
    hard_s = [b for b in left_s if not b.soft]
    soft_q = [a for a in unmatched_q if a.soft]
    soft_s = [b for b in left_s if b.soft]
    qs = hard_q + soft_q[: max(0, len(hard_s) + len(soft_s) - len(hard_q))]
    ss = hard_s + soft_s[: max(0, len(hard_q) + len(soft_q) - len(hard_s))]
    for k in range(max(len(qs), len(ss))):
        qa = qs[k] if k < len(qs) else None
        sa = ss[k] if k < len(ss) else None
        edits.append(
            _edit(
                EditKind.NUMBER,
                quote,
                qa.tokens if qa else (),
                source,
                sa.tokens if sa else (),
                "a number differs in translation"
                if qa and sa
                else "the translation adds a number"
                if qa
                else "the translation drops a number",
            )
        )
    return edits


# -- named entities -------------------------------------------------------------------------


def _name_groups(side: Side) -> list[tuple[list[Token], bool]]:
    """Runs of adjacent name-like tokens, each with ``strong`` (a capital marks a name here).

    A capitalised word of the language's own lists (Union, Minister, Ministry) joins a run next
    to a name ("European Union") but makes no run of its own.
    """
    fn = side.extra.function_words
    runs: list[list[tuple[Token, bool, bool]]] = []  # (token, is a name word, strong)
    prev: Token | None = None
    for w in side.words:
        tok = w.token
        text = tok.text
        acronym = len(text) > 1 and text.isupper() and text.isalpha()
        capital = text[:1].isupper() and not w.initial
        if tok.kind != "word" or not (acronym or capital):
            prev = None
            continue
        named = acronym or w.norm not in fn
        strong = acronym or not side.extra.nouns_capitalised
        adjacent = prev is not None and side.text[prev.end : tok.start].strip() == ""
        if runs and adjacent:
            if prev is not tok:
                runs[-1].append((tok, named, strong))
        else:
            runs.append([(tok, named, strong)])
        prev = tok
    groups: list[tuple[list[Token], bool]] = []
    for run in runs:
        if not any(named for _, named, _ in run):
            continue
        toks = [t for t, _, _ in run]
        while toks and toks[0].text.lower() in fn and not toks[0].text.isupper():
            toks.pop(0)  # "Minister Halvorsen": the title is not part of the name
        if toks:
            groups.append((toks, all(st for _, named, st in run if named)))
    return groups


def _phrases(side: Side) -> list[str]:
    words = [t.text for t in side.tokens if t.kind == "word"]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _acronym_of(acronym: str, other: Side) -> bool:
    caps = [t.text for t in other.tokens if t.kind == "word" and t.text[:1].isupper()]
    initials = "".join(w[0] for w in caps).upper()
    return len(acronym) >= 2 and acronym.upper() in initials


ALIAS_WORDS = 4
"""The longest name (in words) looked up in a language's ``name_aliases``."""
_INFLECTION_ENDINGS = ("", "s", "es", "n")


def _alias_id(words: Sequence[str], aliases: dict[str, str]) -> str | None:
    """The alias id of a name as written, also under a genitive or plural ending ("Frankreichs")
    and before a hyphenated tail ("Cold War-style", "USA-Russia")."""
    phrase = " ".join(unicodedata.normalize("NFKC", w).lower().replace("’", "'") for w in words)
    for variant in dict.fromkeys((phrase, phrase.split("-", 1)[0])):
        for ending in _INFLECTION_ENDINGS:
            if variant.endswith(ending) and (
                found := aliases.get(variant[: len(variant) - len(ending)])
            ):
                return found
    return None


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})")


def alias_spans(side: Side) -> list[tuple[str, frozenset[Token]]]:
    """Aliased names on this side, as (id, tokens): every run of up to :data:`ALIAS_WORDS`
    words that starts with a capital letter and is in the language's ``name_aliases``
    ("Royaume-Uni", "Vereinten Nationen", "USA")."""
    words = [t for t in side.tokens if t.kind == "word"]
    out: list[tuple[str, frozenset[Token]]] = []
    for m in _DOTTED.finditer(side.text, side.start, side.end):  # "U.S.", "E.U."
        found = side.extra.aliases.get(m.group(1).replace(".", "").lower())
        if found:
            inside = frozenset(t for t in words if m.start() <= t.start < m.end())
            out.append((found, inside))
    for i, first in enumerate(words):
        if not first.text[:1].isupper():
            continue
        for n in range(1, min(ALIAS_WORDS, len(words) - i) + 1):
            found = _alias_id([t.text for t in words[i : i + n]], side.extra.aliases)
            if found:
                out.append((found, frozenset(words[i : i + n])))
        for part in first.text.split("-")[1:]:  # "USA-Russia" names Russia too
            found = _alias_id([part], side.extra.aliases)
            if found:
                out.append((found, frozenset([first])))
    return out


def _unmatched(
    side: Side, other: Side, vectors: WordVectors | None, same_min: float
) -> tuple[list[list[Token]], list[list[Token]]]:
    """Name groups of ``side`` with no counterpart on ``other``: (strong, weak).

    Weak groups (capitalised words of a noun-capitalising language) are sorted by how little
    they resemble any word on the other side, most name-like first.
    """
    other_words = [t.text for t in other.tokens if t.kind == "word"]
    other_acronyms = {w for w in other_words if len(w) > 1 and w.isupper() and w.isalpha()}
    other_ids = {i for i, _ in alias_spans(other)}
    own = alias_spans(side)
    aliased = [toks for i, toks in own if i in other_ids]
    # A known name whose id the other side lacks, while the other side names another known
    # one: a changed name however alike they are spelt or embedded ("Nordirland"/"Ireland").
    conflicting = [toks for i, toks in own if i not in other_ids] if other_ids else []
    pending: list[tuple[list[Token], bool]] = []
    forced: list[list[Token]] = []
    for group, strong in _name_groups(side):
        head = group[-1].text
        if any(all(t in toks for t in group) for toks in aliased):
            continue  # "Frankreichs" = "France" = "la France"
        if any(all(t in toks for t in group) for toks in conflicting):
            forced.append(group)
            continue
        if any(same_name(head, w) for w in other_words):
            continue
        if head.isupper() and _acronym_of(head, other):
            continue
        if len(group) > 1 and "".join(t.text[0] for t in group).upper() in other_acronyms:
            continue  # "European Union" = "EU"
        pending.append((group, strong))
    if not pending:
        return forced, []
    if vectors is None:
        return forced + [g for g, strong in pending if strong], []
    # The head (last word) decides: "Nations" carries "United Nations", "Moreau" carries
    # "Commissioner Moreau" (whose title alone would match "Kommissarin Lindgren").
    best = vectors.best([g[-1].text for g, _ in pending], _phrases(other))
    strong_out = forced + [
        g for (g, strong), h in zip(pending, best, strict=True) if strong and h < same_min
    ]
    weak = sorted(
        ((h, g) for (g, strong), h in zip(pending, best, strict=True) if not strong),
        key=lambda x: (x[0], x[1][0].start),
    )
    return strong_out, [g for h, g in weak if h < same_min]


def _check_entities(
    quote: Side,
    source: Side,
    vectors: WordVectors | None,
    same_min: float,
    context: Side | None = None,
) -> list[Edit]:
    """Names on one side missing on the other.

    A capitalised word of a noun-capitalising language (German) is never reported alone: it may
    be any noun.  It only stands in as the other half of a name missing on the other side.
    """
    # A name of the quote counts as found anywhere in the span's sentence ("Die USA haben …"
    # for a span that starts after "The U.S., which …,"); the source's names must be quoted.
    sq, wq = _unmatched(quote, context or source, vectors, same_min)
    ss, ws = _unmatched(source, quote, vectors, same_min)
    pairs: list[tuple[list[Token], list[Token]]] = []
    for k in range(max(len(sq), len(ss))):
        pairs.append((sq[k] if k < len(sq) else [], ss[k] if k < len(ss) else []))
    for n, (qg, sg) in enumerate(pairs):
        if not qg and wq:
            pairs[n] = (wq.pop(0), sg)
        elif not sg and ws:
            pairs[n] = (qg, ws.pop(0))
    edits = []
    for qg, sg in pairs:
        note = (
            "a name differs in translation"
            if qg and sg
            else "the translation names someone or something the source does not"
            if qg
            else "the translation drops a name the source gives"
        )
        edits.append(_edit(EditKind.ENTITY, quote, qg, source, sg, note))
    return edits


def swapped_name(
    quote: Side, source: Side, vectors: WordVectors, same_min: float = ENTITY_SIMILARITY
) -> Edit | None:
    """The one capitalised word each side has that nothing on the other side renders, as a
    changed name, or None.

    For a quote the embedding puts below ``translated_min`` with no edit found: a name that
    opens the sentence on both sides ("Antwerpen bleibt …" for "Rotterdam remains …") is no
    name to :func:`_check_entities` (a capital at a sentence start says nothing).  Here every
    capitalised word counts, sentence-initial ones too, unless it is a word of the language's
    lists, a calendar or number word, spelt like or aliased to a word of the other side, or
    embedded close to one (``same_min``); when exactly one is left on each side they are the
    pair.  The caller keeps the pair only if putting the source's word back makes the quote a
    translation (:meth:`CrossLingual._repaired_similarity`).  O(words) plus one embedding
    call.
    """
    picks: list[Token] = []
    for side, other in ((quote, source), (source, quote)):
        other_words = [t.text for t in other.tokens if t.kind == "word"]
        other_ids = {i for i, _ in alias_spans(other)}
        aliased = {t for i, toks in alias_spans(side) if i in other_ids for t in toks}
        fn = side.extra.function_words
        cands = [
            w.token
            for w in side.words
            if w.token.kind == "word"
            and w.token.text[:1].isupper()
            and w.norm not in fn
            and w.token not in aliased
            and not any(same_name(w.token.text, o) for o in other_words)
        ]
        cands = list(dict.fromkeys(cands))
        if cands:
            best = vectors.best([t.text for t in cands], _phrases(other))
            cands = [t for t, b in zip(cands, best, strict=True) if b < same_min]
        if len(cands) != 1:
            return None
        picks.append(cands[0])
    return _edit(
        EditKind.ENTITY,
        quote,
        [picks[0]],
        source,
        [picks[1]],
        "a name differs in translation",
    )


# -- dates ----------------------------------------------------------------------------------


def _calendar(side: Side) -> list[tuple[str, Token]]:
    """Day and month ids on this side, the month of a dotted date ("01.10.2023") included, and
    a month name that is also a common word where it reads as the month (:func:`_homonym_month`:
    "reopen in May"; "we may", a sentence's "May we" and "Theresa May" are not)."""
    cal = side.extra.calendar_words
    homonyms = side.extra.calendar_homonyms
    out: list[tuple[str, Token]] = []
    for k, w in enumerate(side.words):
        if w.norm in cal:
            out.append((cal[w.norm], w.token))
        elif w.norm in homonyms and _homonym_month(side, k):
            out.append((homonyms[w.norm], w.token))
        elif (date := numeric_date(w.token)) is not None:
            out.append((MONTH_IDS[date[1] - 1], w.token))
    return out


def _homonym_month(side: Side, k: int) -> bool:
    """Whether the homonym ``side.words[k]`` ("May") is the month: written with a capital inside
    a sentence, right after a word of time (``month_homonym_cues``: "in May", "by May") or next
    to a day number ("May 3", "3 May") — never right after another capitalised word or a title
    ("Theresa May", "Mrs May", "Brian May")."""
    words = side.words
    w = words[k]
    if not _capitalised(w.token.text) or w.initial:
        return False
    prev = words[k - 1] if k > 0 else None
    if prev is not None and prev.norm in side.extra.month_homonym_cues:
        return True
    if prev is not None and (_capitalised(prev.token.text) or prev.norm in side.lang.titles):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    return any(n is not None and _day_number(n, side) for n in (prev, nxt))


def _day_number(word: Word, side: Side) -> bool:
    """A day of a month: 1 to 31 in digits (an ordinal suffix allowed) or an ordinal word."""
    digits = word.norm.rstrip(".")
    for suffix in side.lang.ordinal_suffixes:
        if digits.endswith(suffix) and digits[: -len(suffix)].isdigit():
            digits = digits[: -len(suffix)]
            break
    if digits.isdigit():
        return 1 <= int(digits) <= _MAX_DAY
    value = side.extra.ordinals.get(word.norm)
    return value is not None and 1 <= value <= _MAX_DAY


def _capitalised(text: str) -> bool:
    """Written with a capital first letter and not in capitals throughout ("May", not "MAY")."""
    return text[:1].isupper() and not text.isupper()


def _check_dates(quote: Side, source: Side) -> list[Edit]:
    """Days and months present on both sides must agree (a dropped date is not reported)."""
    cq, cs = _calendar(quote), _calendar(source)
    if not cq or not cs or sorted(i for i, _ in cq) == sorted(i for i, _ in cs):
        return []
    return [
        _edit(
            EditKind.NUMBER,
            quote,
            [t for _, t in cq],
            source,
            [t for _, t in cs],
            "a date differs in translation",
        )
    ]


def _seasons(side: Side) -> list[tuple[str, Token]]:
    """Season ids on this side (:data:`~quotecheck.lang.schema.SEASON_IDS`): a season's name,
    or one that is also a common word ("fall", "spring") right after a word of time or a
    definite determiner ("in spring", "before the fall"; not "prices fall")."""
    words = side.words
    out: list[tuple[str, Token]] = []
    for k, w in enumerate(words):
        if w.norm in side.extra.season_words:
            out.append((side.extra.season_words[w.norm], w.token))
        elif (
            w.norm in side.extra.season_homonyms
            and k > 0
            and words[k - 1].norm in side.extra.season_cues
        ):
            out.append((side.extra.season_homonyms[w.norm], w.token))
    return out


def _check_seasons(quote: Side, source: Side) -> list[Edit]:
    """A season of the quote that the source does not name where the source names one the
    quote does not ("before the winter" for "antes del verano"; red team 20 F19): a season
    changed in translation, typed as a changed date.  A season dropped, or added beside the
    source's ("the fall of the old pier … before summer"), is not reported: a homonym misread
    on one side then changes nothing."""
    sq = {i for i, _ in _seasons(quote)}
    ss = {i for i, _ in _seasons(source)}
    if not (sq - ss) or not (ss - sq):
        return []
    return [
        _edit(
            EditKind.NUMBER,
            quote,
            [t for i, t in _seasons(quote) if i not in ss],
            source,
            [t for i, t in _seasons(source) if i not in sq],
            "a season differs in translation",
        )
    ]


def compare(
    quote: Side,
    source: Side,
    vectors: WordVectors | None = None,
    *,
    entity_similarity: float = ENTITY_SIMILARITY,
    negation_gap: int = NEGATION_GAP,
    context: Side | None = None,
) -> list[Edit]:
    """Every failed check between a quote and its source span, in a fixed order.

    ``entity_similarity`` and ``negation_gap`` are ``[xling] entity-similarity`` and
    ``negation-gap`` (defaults :data:`ENTITY_SIMILARITY`, :data:`NEGATION_GAP`).
    ``context`` (the source sentence around the span) is where the quote's names are looked
    for: a name the span leaves out but its sentence holds is not one the translation added.

    ``vectors`` (word embeddings) lets names match across languages (Deutschland/Germany) and
    tells translated common nouns from names in noun-capitalising languages; without it names
    match only by spelling and only where a capital letter marks a name.
    """
    return [
        *_check_numbers(quote, source),
        *_check_dates(quote, source),
        *_check_seasons(quote, source),
        *_check_negation(quote, source, negation_gap),
        *_check_modality(quote, source),
        *_check_entities(quote, source, vectors, entity_similarity, context),
    ]
