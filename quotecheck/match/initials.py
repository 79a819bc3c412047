"""Initialisms and their expansions: "BMA" and "British Medical Association" are the same words.

House style writes an organisation's name out or by its initials, whichever the other text did
not: a source's "the BMA" quoted as "the British Medical Association", or its "the National
Health Service" as "the NHS".  The two are the same words when the expansion's capitalised
words give the initialism exactly, letter for letter (joining words of
``lang/<code>/initial_joiners.txt`` — "of", "for", "and" — between them give no letter:
"Royal College of Nursing" is RCN).  Anything else stays a difference: a name with other
initials is another organisation, and an initialism the sources write out in two ways (two
expansions with the same initials) is never read as either.

Only the quote's tokens are rewritten (the sources' tokens and their cache stay as they are),
and only towards what the sources hold: a quote's expansion becomes one token, the initialism,
when a source writes that initialism in capitals and no source writes this expansion.  Letters
alone do not make a name the initialism's ("the BMA" may be the British Midwives Alliance): the
expansion is the same words only when the article outside this quote's marks gives the name
with the initialism in brackets ("the British Medical Association (BMA)", "the BMA (British
Medical Association)"; a source that does so writes the name out, and the quote's name is
placed against the source's own words, never rewritten); otherwise the token carries the
``expansion`` level and the difference is a name change (QC113), the words still placed
against the source's.  A quote's
initialism becomes the expansion's words when no source writes the initialism and the sources
write exactly one expansion with its letters.  Rewritten tokens carry the ``alias`` level, so
the difference is shown as a cosmetic edit, as an alias table's would be.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field

from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.match.normalize import AliasTable, Token, tokenize

__all__ = ["UNCONFIRMED", "Initialisms", "rewrite_initials"]

UNCONFIRMED = "expansion"
"""The level of a quote's written-out name read as a source's initialism that no text pairs
with it: placed against the initialism, shown as a changed name."""

MIN_LETTERS = 3
"""The fewest letters an initialism read here has: two capitalised words are most often a
person's name ("David Lane" is no "DL"); the two-letter ones (UN, EU) are in the alias
tables."""
MAX_LETTERS = 6
"""The most letters an initialism read here has."""
_CAPS = re.compile(rf"(?<![\w.])[A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}}(?!\w|\.\w)")
_RUN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised(surface: str) -> bool:
    """A word of a name written out: a capital, then at least one lower-case letter."""
    return surface[:1].isupper() and any(c.islower() for c in surface[1:])


def _function_word(word: str, lang: LanguageData) -> bool:
    """A word that capitals shout rather than abbreviate ("WE", "NO", "MAY")."""
    return (
        word in lang.stopwords
        or word in lang.pronouns
        or word in lang.negations
        or word in lang.modals
        or word in lang.determiners
        or word in lang.prepositions
        or word in lang.conjunctions
    )


def _is_initialism(surface: str) -> bool:
    return MIN_LETTERS <= len(surface) <= MAX_LETTERS and surface.isalpha() and surface.isupper()


def _runs(surfaces: Sequence[str], joiners: frozenset[str]) -> Iterable[tuple[int, int, str]]:
    """Every stretch ``[a, b)`` of ``surfaces`` that opens and ends on a capitalised word, holds
    :data:`MIN_LETTERS` capitalised words or more, and between them joining words only, with
    its initials."""
    n = len(surfaces)
    for a in range(n):
        if not _capitalised(surfaces[a]):
            continue
        letters = surfaces[a][0]
        b = a + 1
        while b < n and len(letters) < MAX_LETTERS:
            word = surfaces[b]
            if _capitalised(word):
                letters += word[0]
                b += 1
                if len(letters) >= MIN_LETTERS:
                    yield a, b, letters.upper()
            elif word.lower() in joiners:
                b += 1
            else:
                break


_CAP_WORD = r"[A-Z][a-z]\w*"
"""A capitalised word of a name written out, as the sources are scanned for them (letters
after the capital, the first lower-case: "Nursing", "McLean"; not "NHS")."""
_RUNS: dict[frozenset[str], re.Pattern[str]] = {}


def _run_pattern(joiners: frozenset[str]) -> re.Pattern[str]:
    """Two capitalised words or more, with joining words between them."""
    found = _RUNS.get(joiners)
    if found is None:
        join = "|".join(re.escape(w) for w in sorted(joiners, key=len, reverse=True))
        found = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:\s+(?:(?:{join})\s+)*{_CAP_WORD})+")
        _RUNS[joiners] = found
    return found


_PAIRS: dict[frozenset[str], tuple[tuple[re.Pattern[str], int, int], ...]] = {}


def _pair_patterns(joiners: frozenset[str]) -> tuple[tuple[re.Pattern[str], int, int], ...]:
    """A name, then its initialism in brackets; an initialism, then its name in brackets
    (each with the groups of the name and of the initialism)."""
    found = _PAIRS.get(joiners)
    if found is None:
        run = _run_pattern(joiners).pattern
        caps = rf"([A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}})"
        found = (
            (re.compile(rf"({run})\s*\(\s*{caps}\s*\)"), 1, 2),
            (re.compile(rf"(?<![\w.]){caps}\s*\(\s*({run})\s*\)"), 2, 1),
        )
        _PAIRS[joiners] = found
    return found


def _pairs(
    text: str,
    joiners: frozenset[str],
    start: int = 0,
    end: int | None = None,
    skip: tuple[int, int] | None = None,
) -> set[tuple[tuple[str, ...], str]]:
    """Names given with their initialism in brackets in ``text[start:end]`` ("the British
    Medical Association (BMA)", "the BMA (British Medical Association)"), outside ``skip``:
    each as its lower-case words and the initialism."""
    out: set[tuple[tuple[str, ...], str]] = set()
    stop = len(text) if end is None else end
    for pattern, name_group, caps_group in _pair_patterns(joiners):
        for m in pattern.finditer(text, start, stop):
            if skip is not None and m.start() < skip[1] and skip[0] < m.end():
                continue
            surfaces = [w.group(0) for w in _RUN_WORD.finditer(m.group(name_group))]
            letters = m.group(caps_group)
            for a, b, found in _runs(surfaces, joiners):
                if found == letters:
                    out.add((tuple(w.lower() for w in surfaces[a:b]), letters.lower()))
    return out


@dataclass
class Initialisms:
    """What the sources hold: initialisms written in capitals, and written-out names by their
    initials (each as its lower-case words, with one place's text to read its words from)."""

    aliases: AliasTable | None = None
    written: set[str] = field(default_factory=set)
    """Normal forms of the initialisms the sources write in capitals ("bma")."""
    expansions: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    """Initials ("NHS") → the written-out names with those initials: their lower-case words →
    their text at one place ("National Health Service")."""
    names: set[tuple[str, ...]] = field(default_factory=set)
    """Every written-out name's lower-case words."""
    vocab: Container[str] = frozenset()
    """Every normal form the sources hold: an initialism said as a word there ("Isis") is
    never written out for them."""

    @classmethod
    def of_sources(
        cls,
        texts: Iterable[tuple[str, int, str]],
        aliases: AliasTable | None,
        vocab: Container[str] = frozenset(),
    ) -> Initialisms:
        """From ``(text, body start, language code)`` of every source (a scan with regular
        expressions: one pass over the text in C for each kind)."""
        out = cls(aliases=aliases, vocab=vocab)
        for text, start, code in texts:
            lang = get_language(code)
            for m in _CAPS.finditer(text, start):
                if not _function_word(m.group(0).lower(), lang):
                    out.written.add(m.group(0).lower())
            if not lang.initial_joiners:
                continue
            for run in _run_pattern(lang.initial_joiners).finditer(text, start):
                words = list(_RUN_WORD.finditer(run.group(0)))
                surfaces = [w.group(0) for w in words]
                for a, b, letters in _runs(surfaces, lang.initial_joiners):
                    key = tuple(w.lower() for w in surfaces[a:b])
                    out.names.add(key)
                    found = out.expansions.setdefault(letters, {})
                    if key not in found:
                        at = run.start()
                        found[key] = text[at + words[a].start() : at + words[b - 1].end()]
        return out

    def expansion(self, letters: str, lang: LanguageData) -> list[str] | None:
        """The normal forms of the one name the sources write out with ``letters`` (None when
        they write none, or several, or one that an alias table reads)."""
        names = self.expansions.get(letters, {})
        if len(names) != 1:
            return None
        (text,) = names.values()
        toks = tokenize(text, lang=lang, aliases=self.aliases)
        if any(t.level == "alias" for t in toks):
            return None
        return [t.norm for t in toks]


def rewrite_initials(
    tokens: list[Token],
    text: str,
    known: Initialisms,
    lang: LanguageData,
    quote_span: tuple[int, int] | None = None,
) -> list[Token]:
    """``tokens`` (one quote segment's, of the quote at ``quote_span`` in the article ``text``)
    with initialisms and expansions written as the sources write them (see the module's
    docstring); the same list when nothing is rewritten."""
    if not tokens or not (known.written or known.expansions):
        return tokens
    # a name an alias table read ("United States") is no word of a run
    surfaces = ["" if t.level == "alias" else t.surface for t in tokens]
    out: list[Token] = []
    i = 0
    runs: dict[int, list[tuple[int, str]]] = {}
    for a, b, letters in _runs(surfaces, lang.initial_joiners):
        if a == 0 or any(c in text[tokens[a - 1].end : tokens[a].start] for c in ".!?"):
            # a sentence's first word has its capital from its place: "Though the Second
            # Amendment" is no TSA
            continue
        runs.setdefault(a, []).append((b, letters))
    in_article: set[tuple[tuple[str, ...], str]] | None = None
    while i < len(tokens):
        tok = tokens[i]
        done = False
        for b, letters in sorted(runs.get(i, ()), reverse=True):
            key = tuple(t.surface.lower() for t in tokens[i:b])
            short = letters.lower()
            if short in known.written and key not in known.names:
                if in_article is None:
                    in_article = _pairs(text, lang.initial_joiners, skip=quote_span)
                given = (key, short) in in_article
                end = tokens[b - 1].end
                level = "alias" if given else UNCONFIRMED
                out.append(Token(short, tok.start, end, text[tok.start : end], level))
                i = b
                done = True
                break
        if done:
            continue
        name = (
            known.expansion(tok.surface, lang)
            if _is_initialism(tok.surface)
            and tok.norm not in known.written
            and tok.norm not in known.vocab
            and not _function_word(tok.norm, lang)
            else None
        )
        if name is not None:
            out.extend(Token(w, tok.start, tok.end, tok.surface, "alias") for w in name)
            i += 1
            continue
        out.append(tok)
        i += 1
    return out
