"""A date written another way: "the 3rd of May", "May 3", "3 May" are the same words.

House style orders a date's day and month its own way and writes the day in digits or as an
ordinal; the words said are the same when the day and the month are.  A date here is a month
name (``calendar_words``, and ``calendar_homonyms`` — "May" — only when written with a capital)
next to a day (1 to 31 in digits, perhaps with an ordinal suffix, or an ordinal word), with the
joining words of ``date_joiners.txt`` ("the 3rd of May", "May the 3rd"); or a day of a month in
digits alone written one of the ways of ``numeric_dates.txt`` ("9/11", month first in English:
September 11) or one of ``named_numeric_dates.txt`` ("9-11"; other digits joined by a hyphen are
a score, a vote or a range: "ruled 6-3" is no June 3), never inside a longer run of digits
("9/11/2001").

As with initialisms (:mod:`quotecheck.match.initials`) only the quote's tokens are rewritten,
towards the sources: a quote's date becomes the words of the one way the sources write that day
of that month, when they write it one way only and not the quote's way.  A day or a month of
another value is never rewritten: "May 4" for "the 3rd of May" stays a changed number.
Rewritten tokens carry the ``house-style`` level, so the difference is a cosmetic edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quotecheck.lang import get_language
from quotecheck.lang.schema import MONTH_IDS, LanguageData
from quotecheck.match.normalize import AliasTable, Token, tokenize

__all__ = ["SourceDates", "date_pattern", "rewrite_dates"]

_MAX_DAY = 31


def _months(lang: LanguageData) -> dict[str, str]:
    """Month words → month id (day names left out)."""
    months = {w: i for w, i in lang.calendar_words.items() if i in MONTH_IDS}
    months.update({w: i for w, i in lang.calendar_homonyms.items() if i in MONTH_IDS})
    return months


_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def date_pattern(lang: LanguageData) -> re.Pattern[str] | None:
    """One expression for a date of ``lang`` (None for a language without the data)."""
    if lang.code in _PATTERNS:
        return _PATTERNS[lang.code]
    months = _months(lang)
    if not months or not lang.date_joiners:
        _PATTERNS[lang.code] = None
        return None

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    suffix = f"(?:{alt(lang.ordinal_suffixes)})?" if lang.ordinal_suffixes else ""
    day = (
        rf"(?:\d{{1,2}}{suffix}|{alt(lang.ordinal_words)})"
        if lang.ordinal_words
        else (rf"\d{{1,2}}{suffix}")
    )
    joiner = rf"(?:(?:{alt(lang.date_joiners)})\s+)?"
    month = f"(?:{alt(months)})"
    numeric = "".join(f"|{_numeric(order)}" for order in sorted(lang.numeric_dates))
    if lang.named_numeric_dates:
        numeric += rf"|(?<![\d/.,-])(?:{alt(lang.named_numeric_dates)})(?![/.,-]?\d)"
    pattern = re.compile(
        rf"(?<![\w-])(?:{joiner}{day}\s+{joiner}{month}|{month}\s+{joiner}{day}{numeric})"
        rf"(?![\w-])",
        re.IGNORECASE,
    )
    _PATTERNS[lang.code] = pattern
    return pattern


_ORDER = re.compile(r"(month|day)(\W)(month|day)")


def _numeric(order: str) -> str:
    """The expression of a date in digits written ``order`` (``numeric_dates``: "month/day"
    is "9/11"), with named groups ``month`` and ``day``; never part of a longer run of digits
    and separators ("9/11/2001", "3/4/5")."""
    m = _ORDER.fullmatch(order)
    if m is None or m.group(1) == m.group(3):
        raise ValueError(f"not a numeric date order: {order!r}")
    sep = re.escape(m.group(2))
    return rf"(?<![\d/.,-])\d{{1,2}}{sep}\d{{1,2}}(?![/.,-]?\d)"


def _numeric_value(text: str, lang: LanguageData) -> tuple[str, int] | None:
    """(month id, day) of a date in digits written one of ``lang``'s ``numeric_dates`` ways, or
    one of its ``named_numeric_dates`` ("9-11")."""
    text = lang.named_numeric_dates.get(text, text)
    for order in sorted(lang.numeric_dates):
        m = _ORDER.fullmatch(order)
        if m is None:
            continue
        parts = text.split(m.group(2))
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            continue
        month, day = parts if m.group(1) == "month" else parts[::-1]
        if 1 <= int(month) <= len(MONTH_IDS) and 1 <= int(day) <= _MAX_DAY:
            return MONTH_IDS[int(month) - 1], int(day)
    return None


def date_value(text: str, lang: LanguageData) -> tuple[str, int] | None:
    """(month id, day) of one date match's text, or None when it is none (a day over 31, a
    homonym not written with a capital: "may 3")."""
    numeric = _numeric_value(text, lang)
    if numeric is not None:
        return numeric
    months = _months(lang)
    month = day = None
    for word in re.findall(r"[^\W_]+", text):
        low = word.lower()
        if low in months:
            if low in lang.calendar_homonyms and not word[:1].isupper():
                return None
            month = months[low]
        elif low in lang.ordinal_words:
            day = int(lang.ordinal_words[low])
        else:
            digits = re.match(r"\d+", word)
            if digits:
                day = int(digits.group(0))
    if month is None or day is None or not 1 <= day <= _MAX_DAY:
        return None
    return month, day


@dataclass
class SourceDates:
    """The ways the sources write each day of a month, as normal forms of their words."""

    forms: dict[tuple[str, int], set[tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def of_sources(
        cls, texts: Iterable[tuple[str, int, str]], aliases: AliasTable | None
    ) -> SourceDates:
        """From ``(text, body start, language code)`` of every source."""
        out = cls()
        for text, start, code in texts:
            lang = get_language(code)
            pattern = date_pattern(lang)
            if pattern is None:
                continue
            for m in pattern.finditer(text, start):
                value = date_value(m.group(0), lang)
                if value is None:
                    continue
                toks = tokenize(text, m.start(), m.end(), lang=lang, aliases=aliases)
                out.forms.setdefault(value, set()).add(tuple(t.norm for t in toks))
        return out


def rewrite_dates(
    tokens: list[Token], text: str, known: SourceDates, lang: LanguageData
) -> list[Token]:
    """``tokens`` (one quote segment's, of ``text``) with each date written as the sources
    write that day (see the module's docstring); the same list when nothing is rewritten."""
    pattern = date_pattern(lang)
    if not tokens or not known.forms or pattern is None:
        return tokens
    out = tokens
    for m in reversed(list(pattern.finditer(text, tokens[0].start, tokens[-1].end))):
        value = date_value(m.group(0), lang)
        forms = known.forms.get(value, set()) if value is not None else set()
        inside = [k for k, t in enumerate(out) if m.start() <= t.start and t.end <= m.end()]
        if len(forms) != 1 or not inside:
            continue
        a, b = inside[0], inside[-1] + 1
        norms = tuple(t.norm for t in out[a:b])
        (form,) = forms
        if norms == form:
            continue
        surface = text[out[a].start : out[b - 1].end]
        start, end = out[a].start, out[b - 1].end
        written = [Token(w, start, end, surface, "house-style") for w in form]
        out = [*out[:a], *written, *out[b:]]
    return out
