"""Where the article places a quote: the kind and the time of occasion its sentence names.

"Trump said at a rally", "told reporters", "tweeted", "in a statement", "last month", "in
2015", "on Monday": the words of the quote's own sentence, outside every pair of quote marks,
that say on what kind of occasion and when the words were said.  They are language data
(``occasion_places``, ``occasion_times``, ``calendar_words``), compared with what a source
declares of itself (its ``kind:`` and ``occasion:`` words through ``source_kinds``, its
``date:``).  A source whose kind or date conflicts with every placement the article gives
cannot be the quote's occasion (:func:`clash`); the occasion check
(:mod:`quotecheck.score.checks.occasion`) is the one place that uses it.

Bounds: the sentence is found by scanning at most ``occasion-window`` characters either side
of the quote; each phrase list is one compiled expression per language, so a quote costs
O(window) plus O(1) per source asked.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from quotecheck.extract.speakers import split_suffix
from quotecheck.lang.phrases import WILDCARD, phrase_pattern
from quotecheck.lang.schema import MONTH_IDS, WEEKDAY_IDS, LanguageData
from quotecheck.lang.sentences import (
    BLANK_LINE,
    CLAUSE_STOP,
    QUOTED_SENTENCE_END,
    SENTENCE_BREAK,
    SENTENCE_CLOSERS,
    SENTENCE_STOPS,
    WORD,
    opens_sentence_in,
    sentence_start,
)
from quotecheck.match.normalize import APOSTROPHES, letter_words
from quotecheck.models import Quote, Source
from quotecheck.score.context import ArticleContext

__all__ = [
    "SOURCE_IS",
    "Clash",
    "Placement",
    "TimeSpan",
    "admits",
    "apart",
    "clash",
    "context",
    "dates_there",
    "day_of",
    "frame",
    "frame_without_repeated",
    "kinds_in",
    "letter_words",
    "names_day",
    "own_cue",
    "placement",
    "quote_before",
    "reads_as_heading",
    "regions",
    "repeated",
    "sentence_start",
    "shifted",
    "source_heading",
    "source_kinds",
]

SOURCE_IS = ", and the source is"
"""Where a :class:`Clash`'s reason goes on from the article's placement to what the source
declares (QC203 says the latter its own way)."""


@dataclass(frozen=True)
class Clash:
    """Why a source cannot be the occasion the article gives a quote (:func:`clash`): the
    article's placement and, apart, what the source declares against it, so that a reader
    of one half (QC203 says the source its own way) needs not parse the reason."""

    placed: str
    """The article's placement: ``the article places it “at a rally”``."""
    source: str | None = None
    """What the source declares against it (``a interview``, ``dated 2016-05-02``); None
    when the placement is an occasion cue the source's words do not agree with."""

    def __str__(self) -> str:
        return self.placed if self.source is None else f"{self.placed}{SOURCE_IS} {self.source}"


WILDCARD_WORDS = 2
"""``*`` in a place phrase stands for up to this many words ("at a big campaign rally" is
three and does not count: past two words the noun rarely belongs to the preposition)."""

_PLACE_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"
"""A capitalised word of a place name; full stops only inside it ("N.H"), so that a
sentence's full stop ends the name."""

PLACE_MIN_CHARS = 3
"""Words of a named place shorter than this are not compared with a source's occasion."""

DESCRIBED_MEMO = 4096
"""Occasions whose regions and words are remembered per language (least recently used
dropped first): more than the sources of the largest run we know (the real-news benchmark's
two transcript archives), so a run reads each once, while a long-lived process that meets
ever new sources holds a bounded number."""

MAX_COUNT = 31
"""The largest number word a ``<count>`` of a time phrase stands for ("two days ago",
"twenty-one days ago"); in digits, any whole number ("100 days ago", "2,000 days ago")."""

DAY_SLACK = 1
"""Days of tolerance at each end of a time span: an evening event is the next day in another
time zone, so a day counted from an article's date ("yesterday", "two days ago") may be off
by one.  Not for a day the article names by its weekday or date (:attr:`TimeSpan.exact`):
the name is the day, and a source dated the day after is another occasion ("said on
Tuesday" against a Wednesday debate: not shown to be the quote's, so no accusation on it)."""


def _ends(text: str, view: str | None) -> list[tuple[int, int]]:
    """Where the sentences of ``text`` end (each end's span, in order): :data:`SENTENCE_BREAK`
    in ``text``, and, when ``view`` (the same characters with the quoted words in place) is
    given, :data:`QUOTED_SENTENCE_END` in it: another quote's closing full stop ends its
    sentence,
    so that speaker's frame ("Lee said in a statement that “…”") is not the next quote's."""
    spans = {m.span() for m in SENTENCE_BREAK.finditer(text)}
    if view is not None:
        spans |= {m.span() for m in QUOTED_SENTENCE_END.finditer(view)}
    return sorted(spans)


@dataclass(frozen=True)
class TimeSpan:
    """A span of days the article places the quote in (both ends included)."""

    phrase: str
    first: dt.date
    last: dt.date
    exact: bool = False
    """A day the article names, by its weekday or its date ("said on Tuesday", "on April
    14"): that day, with no :data:`DAY_SLACK` (a source dated Wednesday is another day's
    occasion than Tuesday's).  A day counted from the article's own date ("yesterday",
    "five days ago") keeps the slack: the article's date may be the next day's somewhere."""

    months: frozenset[int] = frozenset()
    """For a month or season named without a year in an article of no date ("In June",
    "last summer"): its months, of any year — the year is unknown, but a source dated in
    another month is not of it.  ``first`` and ``last`` are then the ends of the calendar,
    so that no test of a single day or a short span reads the phrase as one."""

    def holds(self, day: dt.date) -> bool:
        """Whether ``day`` is in the span, with :data:`DAY_SLACK` at each end unless
        :attr:`exact`."""
        slack = dt.timedelta(days=0 if self.exact else DAY_SLACK)
        if self.months:
            return any((day + d * slack).month in self.months for d in (-1, 0, 1))
        return self.first - slack <= day <= self.last + slack


@dataclass(frozen=True)
class Placement:
    """What the article says, in the quote's sentence, about the quote's occasion."""

    kinds: tuple[tuple[str, frozenset[str]], ...] = ()
    """(phrase as written, the kinds of source it admits)."""
    times: tuple[TimeSpan, ...] = ()
    places: tuple[tuple[str, str], ...] = ()
    """(phrase as written, the place it names): "at a rally in Des Moines, Iowa" names
    "Des Moines, Iowa", "at an Iowa rally" names "Iowa" (a region inside the phrase:
    :func:`_regions_in_phrases`)."""

    def __bool__(self) -> bool:
        return bool(self.kinds or self.times or self.places)


def _words_re(phrase: str, never: str = "", days: str = "") -> str:
    """A place or time phrase as a regular expression: ``*`` stands for up to
    :data:`WILDCARD_WORDS` words, none of them a whole word of the alternatives ``never``
    (prepositions), and not led by one of ``days`` unless its last word is a possessive: "said
    on Tuesday at Facebook headquarters" is not "on * facebook", "said on Tuesday radio
    stations …" not "on * radio", but "during Tuesday night's debate" is "during * debate".
    The last word may take a plural "s"."""
    word_re = rf"(?!(?:{never})\s)[\w'’-]+\s+" if never else r"[\w'’-]+\s+"
    first_re = rf"(?!(?:{days})\s){word_re}" if days else word_re
    day_led = (
        rf"|(?:{days})\s+(?:{word_re}){{0,{WILDCARD_WORDS - 2}}}[\w-]+['’]s\s+"
        if days and WILDCARD_WORDS >= 2
        else ""
    )
    star = rf"(?:{first_re}(?:{word_re}){{0,{WILDCARD_WORDS - 1}}}{day_led})?"
    return phrase_pattern(phrase, star, after_last=r"(?:e?s)?")


_IN_PERSON = frozenset({"rally", "speech", "townhall", "debate"})
"""Kinds of occasion (``occasion_places``) held where the speaker and a crowd stand: a region
named in a phrase of only these kinds, or before a noun naming one, is where it was said."""

_HELD_IN_PERSON = _IN_PERSON | {"meeting"}
"""The kinds of :data:`_IN_PERSON` and a meeting, which may hold a debate or a speech ("at the
Iowa debate" places the quote in Iowa though a meeting's debate is one too): for regions."""


@dataclass(frozen=True)
class _Compiled:
    places: re.Pattern[str]
    """Any place phrase; group ``p<i>`` is the phrase ``place_kinds[i]``."""
    named_place: re.Pattern[str]
    """A place phrase, then "in" and a name (group ``where``): "at a rally in Des Moines"."""
    regions: re.Pattern[str]
    """Any region name of ``region_names``, as written."""
    place_kinds: tuple[frozenset[str], ...]
    place_phrases: tuple[str, ...]
    """The place phrase of each group ``p<i>``, as written in ``occasion_places``."""
    place_names_kind: tuple[bool, ...]
    """Whether the phrase of each group ``p<i>`` names a kind of occasion by its own words
    (its ``*`` left out; :func:`kinds_in`): "at a town-hall debate" does, "told * crowd" not."""
    times: tuple[tuple[re.Pattern[str], str, bool], ...]
    """(a time phrase's expression, its spec, whether it is void right after a number: a
    ``<count>`` phrase, or the rest of one — "days ago" in "1.5 days ago")."""
    number_before: re.Pattern[str]
    """A numeral or number word ending the text searched (:func:`_after_number`)."""
    word_before: re.Pattern[str]
    """The last word of the text searched, and what stands after it."""
    day_prepositions: frozenset[str]
    stopwords: frozenset[str]
    source: re.Pattern[str]
    source_kind: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    counts: dict[str, int]
    """Number words of ``<count>`` → their value."""
    repeated: re.Pattern[str]
    """Any phrase of ``occasion_repeated`` but those marked :data:`OPENING`."""
    repeated_opening: re.Pattern[str]
    """Any phrase of ``occasion_repeated`` marked :data:`OPENING` (the mark left out)."""
    shifts: re.Pattern[str]
    """Any phrase of ``occasion_shifts``."""
    possessive: str
    """A negative lookahead refusing a possessive after a name (an apostrophe of
    ``normalize.APOSTROPHES`` and an ending of ``possessive_suffixes``: "Lee's")."""
    perfect: re.Pattern[str]
    """A perfect auxiliary and at most two words, ending where a reporting verb starts."""
    relative_aside: re.Pattern[str]
    """A comma, a word of ``aside_openers`` or ``apposition_openers`` and the rest of its
    clause (to the next comma or end of sentence; an abbreviation's full stop before a
    lower-case word goes on), one or more: "…, who has lived here for years", "…, a former
    captain who joined the firm in 2019"."""
    any_aside: re.Pattern[str]
    """The same aside from its comma, found anywhere in a text (:func:`_said_frame`)."""
    described: Callable[[str], tuple[frozenset[str], frozenset[str]]]
    """A source's ``occasion:`` → the regions it declares and its lower-case words, read once
    per occasion (:func:`_place_fits` asks for every quote with a named place and every
    source of its speaker); a memo of at most :data:`DESCRIBED_MEMO` occasions."""
    lang: LanguageData
    """The language, for where its sentences open (:func:`opens_sentence_in`: abbreviations,
    those that may close a sentence, sentence openers)."""


_COMPILED: dict[int, tuple[LanguageData, _Compiled]] = {}
"""Per language data object (kept alive beside its expressions, so that its id is not
reused): ``get_language`` returns one object per language and process."""


def _compiled(lang: LanguageData) -> _Compiled:
    hit = _COMPILED.get(id(lang))
    if hit is None or hit[0] is not lang:
        hit = (lang, _compile(lang))
        _COMPILED[id(lang)] = hit
    return hit[1]


def _alternatives(words: object) -> str:
    alts = sorted(map(re.escape, words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(alts) or "(?!)"


def _capitalised(words: Iterable[str]) -> str:
    """Any of ``words`` (lower-case) only with its first letter a capital, inside an
    expression compiled in any case (the rest of the word in any case: "June", "JUNE"), and
    not a name's possessive ("in May's speech")."""
    alts = sorted(words, key=len, reverse=True)
    body = "|".join(rf"(?-i:{re.escape(w[:1].upper())}){re.escape(w[1:])}" for w in alts)
    return rf"(?:{body})(?![’'])" if alts else "(?!)"


OPENING = "^ "
"""The mark opening a phrase of ``occasion_repeated`` that counts only where it opens the
quote's sentence ("^ in the past": "In the past, Lee said: …", not "Lee said the council had
erred in the past: …", which is of what the speaker spoke about)."""


def _phrases_re(phrases: Iterable[str], *, capture: bool = False) -> re.Pattern[str]:
    """Any of ``phrases`` (:func:`_words_re`, the longest first) as whole words in any case,
    as group 1 with ``capture``; an expression that never matches when there are none."""
    words = sorted(phrases, key=len, reverse=True)
    body = "|".join(_words_re(w) for w in words)
    return re.compile(
        (r"\b(" if capture else r"\b(?:") + body + r")\b" if words else r"(?!)", re.IGNORECASE
    )


_PLACEHOLDER = re.compile(r"(<\w+>)")


def _filled(word: str, fills: dict[str, str]) -> str:
    """One word of an ``occasion_times`` phrase as an expression: its placeholders filled
    (``fills``), also one written onto other letters of the word ("<weekday>abend" for a
    German "Donnerstagabend", "<day>." for the "12." of "am 12. November"), the rest as
    written."""
    return "".join(fills.get(part, re.escape(part)) for part in _PLACEHOLDER.split(word) if part)


def _compile(lang: LanguageData) -> _Compiled:
    places = sorted(lang.occasion_places, key=len, reverse=True)
    months = {w: MONTH_IDS.index(i) + 1 for w, i in lang.calendar_words.items() if i in MONTH_IDS}
    # A month name that is also a common word ("May") is a month only written with a capital,
    # as in dates (``match.dates.date_value``).
    homonyms = {
        w: MONTH_IDS.index(i) + 1 for w, i in lang.calendar_homonyms.items() if i in MONTH_IDS
    }
    weekdays = {w: WEEKDAY_IDS.index(i) for w, i in lang.calendar_words.items() if i in WEEKDAY_IDS}
    # What a place phrase's "*" never stands for: a preposition, or a day name unless a
    # possessive ends it ("Tuesday night's debate").
    never = _alternatives([*lang.prepositions, *lang.day_prepositions, *lang.place_prepositions])
    days = _alternatives([*weekdays, *lang.times_of_day])
    place_re = re.compile(
        r"\b(?:"
        + "|".join(f"(?P<p{i}>{_words_re(p, never, days)})" for i, p in enumerate(places))
        + r")\b"
        if places
        else r"(?!)",
        re.IGNORECASE,
    )
    counts = {
        w: int(v) for w, v in lang.number_words.items() if v.isdigit() and int(v) <= MAX_COUNT
    }
    # Tens and units written with a hyphen ("twenty-one"), up to MAX_COUNT.
    counts |= {
        f"{tens}-{unit}": counts[tens] + counts[unit]
        for tens in list(counts)
        if counts[tens] >= 20 and counts[tens] % 10 == 0
        for unit in list(counts)
        if 0 < counts[unit] < 10 and counts[tens] + counts[unit] <= MAX_COUNT
    }
    fills = {
        "<year>": r"(?P<year>(?:19|20)\d\d)",
        "<month>": rf"(?P<month>{_alternatives(months)}|{_capitalised(homonyms)})",
        # A month only as written with a capital, where its name is also a noun of the
        # phrase's words ("at a <Month>": "At a June rally", not "At a march on city hall").
        "<Month>": rf"(?P<month>{_capitalised([*months, *homonyms])})",
        "<weekday>": rf"(?P<weekday>{_alternatives(weekdays)})",
        # A day of the month in digits, perhaps with an ordinal ending and a comma after it
        # ("March 3", "3rd", "March 3, 2016").
        "<day>": r"(?P<day>[0-3]?\d)(?!\d)[^\W\d_]{0,2},?",
        # A whole count in digits (perhaps with thousands commas) or a small one in words
        # ("two days ago", "twenty-one days ago", "2,000 days ago"): not the end of a longer
        # number ("1.5 weeks", "twenty-one" read as "one").
        "<count>": r"(?<![\w.,'’-])(?P<count>\d{1,3}(?:,\d{3})+(?!\d)|\d+"
        + rf"|{_alternatives(counts)})",
    }
    counted = {p.split(None, 1)[1] for p in lang.occasion_times if p.startswith("<count> ")}
    times: list[tuple[re.Pattern[str], str, bool]] = []
    for phrase in sorted(lang.occasion_times, key=len, reverse=True):
        rx = r"\s+".join(_filled(w, fills) for w in phrase.split())
        after_number = "<count>" in phrase.split() or phrase in counted
        times.append(
            (re.compile(rf"\b{rx}\b", re.IGNORECASE), lang.occasion_times[phrase], after_number)
        )
    numbers = [w for w, v in lang.number_words.items() if v.isdigit()]
    number_before = re.compile(rf"(?:\d|\b(?i:{_alternatives(numbers)}))$")
    source_re = _phrases_re(lang.source_kinds, capture=True)
    source_kind = {" ".join(k.lower().split()): v for k, v in lang.source_kinds.items()}
    # "at a rally in Des Moines, Iowa", "told supporters on Tuesday night in Tampa": the place
    # phrase, at most two words of day or time (``times_of_day``), each perhaps after a
    # preposition of days (``day_prepositions``: "on"), a preposition of places
    # (``place_prepositions``: "in"), then one to four capitalised words.
    when = _alternatives([*weekdays, *lang.times_of_day])
    on = _alternatives(lang.day_prepositions)
    at = _alternatives(lang.place_prepositions)
    named_re = re.compile(
        r"\b(?i:"
        + "|".join(_words_re(p, never, days) for p in places)
        + rf")(?:\s+(?i:(?:{on})\s+)?(?i:{when})){{0,2}},?\s+(?i:{at})\s+"
        + rf"(?P<where>{_PLACE_WORD}(?:,?\s+{_PLACE_WORD}){{0,3}}\.?)"
        if places and lang.place_prepositions
        else r"(?!)"
    )
    region_re = re.compile(
        r"(?<![\w.])(?:" + _alternatives(lang.region_names) + r")(?![\w])"
        if lang.region_names
        else r"(?!)"
    )
    repeated_re = _phrases_re(p for p in lang.occasion_repeated if not p.startswith(OPENING))
    repeated_opening_re = _phrases_re(
        p.removeprefix(OPENING) for p in lang.occasion_repeated if p.startswith(OPENING)
    )
    shifts_re = _phrases_re(lang.occasion_shifts)
    marks = re.escape("".join(sorted(APOSTROPHES)))
    ends = "|".join(re.escape(e) for e in sorted(lang.possessive_suffixes))
    possessive = rf"(?![{marks}](?:{ends})\b)" if ends else ""
    # "has said", "had repeatedly told": whole-word auxiliaries, up to two words before the
    # verb; "he's called": a clitic written onto the word before it, right before the verb
    # (a possessive is written so too: "Lee's campaign said" is no perfect).
    words = [re.escape(a) for a in lang.perfect_auxiliaries if a[:1] not in "'’"]
    clitics = [re.escape(a) for a in lang.perfect_auxiliaries if a[:1] in "'’"]
    alts = [rf"\b(?:{'|'.join(words)})(?:\s+[\w'’-]+){{0,{WILDCARD_WORDS}}}"] if words else []
    alts += [rf"\w(?:{'|'.join(clitics)})"] if clitics else []
    perfect_re = re.compile(
        rf"(?:{'|'.join(alts)})\s+$" if alts else r"(?!)",
        re.IGNORECASE,
    )

    openers = _alternatives(lang.aside_openers)
    nouns = _alternatives(lang.apposition_openers)
    # The rest of an aside's clause: to the next comma or stop; a full stop before a lower-case
    # word is an abbreviation's ("from Northport Ferries Ltd. in 2019"), not a sentence end.
    clause = r"(?:[^,.;:!?\n]|\.(?=\s+[a-z]))*"
    relative_aside_re = re.compile(rf"(?:\s*,\s*(?i:{openers}|{nouns})\b{clause})+")
    any_aside_re = re.compile(rf",\s*(?i:{openers})\b{clause}")

    @lru_cache(maxsize=DESCRIBED_MEMO)
    def described(occasion: str) -> tuple[frozenset[str], frozenset[str]]:
        return regions(occasion, lang), frozenset(w.lower() for w in letter_words(occasion))

    return _Compiled(
        place_re,
        named_re,
        region_re,
        tuple(frozenset(lang.occasion_places[p].split()) for p in places),
        tuple(places),
        tuple(
            bool(_kinds_by(" ".join(w for w in p.split() if w != WILDCARD), source_re, source_kind))
            for p in places
        ),
        tuple(times),
        number_before,
        re.compile(r"([\w'’-]+)[\W_]*$"),
        frozenset(lang.day_prepositions),
        frozenset(lang.stopwords),
        source_re,
        source_kind,
        months | homonyms,
        weekdays,
        counts,
        repeated_re,
        repeated_opening_re,
        shifts_re,
        possessive,
        perfect_re,
        relative_aside_re,
        any_aside_re,
        described,
        lang,
    )


HEADLINE_MAX = 200
"""Characters a first line may have to be read as a headline (an article's, a source's)."""

_SENTENCE_STOP = re.compile(rf"[{re.escape(SENTENCE_STOPS)}…][\s{re.escape(SENTENCE_CLOSERS)}»]*$")
"""A line ending as a sentence does: a stop of the shared sentence test
(:data:`~quotecheck.lang.sentences.SENTENCE_STOPS`, a colon included: a first line ending in
one introduces what follows), or an ellipsis, then closing marks (its ``SENTENCE_CLOSERS``, or
a closing guillemet): a lede, not a headline.  The ellipsis and the guillemet end a line here
but not a sentence there (a word after "…" may go on with the same sentence).  On the
real-news set's 304 articles no first line reads otherwise than with the older, separate
pattern."""


def reads_as_heading(line: str, lang: LanguageData) -> bool:
    """Whether a first line reads as a headline: at most :data:`HEADLINE_MAX` characters, not
    ending as a sentence does, and with no reporting verb ("Ann Lee said she would not …" is
    a lede).  The one test for an article's headline and a source's heading."""
    line = line.strip()
    if not line or len(line) > HEADLINE_MAX or _SENTENCE_STOP.search(line):
        return False
    return not any(lang.is_reporting_verb(w) for w in letter_words(line.lower()))


def source_kinds(src: Source, lang: LanguageData) -> frozenset[str]:
    """The kinds of occasion ``src`` declares itself to be (from its ``kind:`` and
    ``occasion:`` words; empty when neither names one: then nothing conflicts with it).  A
    source that declares itself a transcript (``kind_declared``: ``kind:``, or its speaker
    turns) but no ``occasion:`` and no kind of occasion declares that kind by its own
    heading, when it has one (:func:`source_heading`: "HALVERN MAYORAL DEBATE, JUNE 4" is a
    debate's transcript, which shows nothing of what the speaker "told a rally").  A file
    that never said what it is stays unread so (the loader's guess gives no QC203)."""
    kinds = kinds_named(" ".join(x for x in (src.kind, src.occasion) if x), lang)
    if kinds or src.occasion or not src.kind_declared:
        return kinds
    return heading_kinds(source_heading(src, lang), lang)


def heading_kinds(heading: str, lang: LanguageData) -> frozenset[str]:
    """The kind of occasion a source's ``heading`` names as its own, its topic left out: after
    a kind word, the first of ``heading_topic_cuts`` cuts the rest ("Press briefing ahead of
    Thursday's debate" … , "TOWN HALL ON THE RALLY VIOLENCE"); a cut word before any kind
    leaves out only its own phrase, up to a clause mark or a preposition (``prepositions``:
    "After the flood: Riverton council debate" is a debate, "REMARKS ON OCTOBER 14 AT A TOWN
    HALL" a town hall, "Press briefing ahead of Thursday's debate" no debate; review 20-4
    finding 4).  Only when exactly one kind is named there (a heading naming two says of
    neither that it is the occasion); else none."""
    comp = _compiled(lang)
    low = heading.casefold()
    if len(low) != len(heading):
        low = heading.lower()
    kinds_at = [
        m
        for m in comp.source.finditer(heading)
        if _kinds_by(m.group(0), comp.source, comp.source_kind)
    ]
    if not kinds_at:
        return frozenset()
    first_end = kinds_at[0].end()
    cut = len(heading)
    topics: list[tuple[int, int]] = []
    for word in lang.heading_topic_cuts:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            if m.start() >= first_end:
                cut = min(cut, m.start())  # after a kind: the rest is its topic
            else:
                topics.append((m.start(), _topic_end(low, m.end(), lang)))
    text = list(heading[:cut])
    for start, end in topics:
        end = min(end, cut)
        if start < end:
            text[start:end] = " " * (end - start)  # the cut word and its topic
    kinds = kinds_named("".join(text), lang)
    return kinds if len(kinds) == 1 else frozenset()


_HEADING_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*|[^\w\s'’.]")


def _topic_end(low: str, at: int, lang: LanguageData) -> int:
    """Where the topic phrase of a heading's cut word ending at ``at`` ends: at the first clause
    mark (":", ",", a dash …) or preposition (``prepositions``) after it; else the heading's end."""
    for m in _HEADING_TOKEN.finditer(low, at):
        tok = m.group(0)
        if not tok[0].isalnum() or tok in lang.prepositions:
            return m.start()
    return len(low)


def source_heading(src: Source, lang: LanguageData) -> str:
    """The source's own heading: its title when the reader found one (a web page's, a PDF's),
    else its first line when that reads as a heading (:func:`reads_as_heading`) and is no
    speaker's turn; else empty."""
    if src.title and src.title.strip():
        return src.title.strip()
    at = src.body_start
    for line in src.text[src.body_start :].splitlines(keepends=True):
        if line.strip():
            break
        at += len(line)
    else:
        return ""
    start = at + len(line) - len(line.lstrip())
    if any(t.start <= start < t.end for t in src.turns):
        return ""
    return line.strip() if reads_as_heading(line, lang) else ""


def kinds_named(text: str, lang: LanguageData) -> frozenset[str]:
    """The kinds of occasion the words of ``text`` name (``source_kinds``: "debate",
    "town hall"), as :func:`source_kinds` reads a source's own description."""
    comp = _compiled(lang)
    return _kinds_by(text, comp.source, comp.source_kind)


def _kinds_by(text: str, source: re.Pattern[str], source_kind: dict[str, str]) -> frozenset[str]:
    """:func:`kinds_named` by the expression and table of ``source_kinds`` (also while they
    are being compiled: :attr:`_Compiled.place_names_kind`)."""
    out: set[str] = set()
    for m in source.finditer(text):
        word = " ".join(m.group(1).lower().split())
        kind = source_kind.get(word) or source_kind.get(word.rstrip("s"))
        if kind:
            out.add(kind)
    return frozenset(out)


def _sentence_around(
    text: str, start: int, end: int, window: int, *, closed: bool, view: str | None = None
) -> str:
    """The sentence of ``text[start:end]`` without those characters: back to the previous
    sentence end and on to the next (none when ``closed``: the span ends its sentence), at
    most ``window`` characters either side; ``view``: ``text`` with the quoted words in place,
    for the ends of sentences inside other quotes (:func:`_ends`)."""
    # The span stands as one capital letter, so that a full stop before it ends a sentence.
    lo = max(0, start - window)
    before = text[lo:start] + "Q"
    seen = None if view is None else view[lo:start] + "Q"
    starts = [b for _, b in _ends(before, seen)]
    head = before[starts[-1] if starts else 0 : -1]
    tail = ""
    if not closed:
        after = text[end : end + window]
        stops = _ends(after, None if view is None else view[end : end + window])
        tail = after[: stops[0][0] + 1] if stops else after
    return head + " " + tail


def frame(ctx: ArticleContext, quote: Quote, *, reported: bool = True) -> str:
    """The quote's frame outside every pair of quote marks (the marks and the words inside
    them blanked), as written: its sentence, at most ``occasion-window`` characters either
    side (a quote that ends with a full stop inside its marks ends its sentence), and the
    sentence of its reporting cue when the cue stands in another ("“… the same.” Lee told
    reporters.") — without an aside about the speaker (:func:`_aside`: "Rook, who spoke in an
    interview last month, said"): those words are of the speaker, not of the saying.

    A quote with no reporting cue of its own that continues the quote before it (the same
    speaker, or both unresolved, in the same paragraph, nothing between them but that quote's
    cue: "“…,” he said in a radio interview. “…”") shares that quote's frame: the article said
    once where both were said.

    Without ``reported``, the words of the clause the quote's verb reports, between the verb
    and the quote, are blanked from where that clause opens (:func:`_reported_clause`).  A
    clause after a verb that follows the quote is not blanked: "“…,” she said as she visited
    the site on Thursday" dates the saying as surely as "she said on Thursday" (review 23-3)."""
    key = ("frame" if reported else "saying frame", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, str):
        return hit
    text = _own_clause(ctx.outside_marks, quote, ctx.lang)
    span = None if reported else _reported_clause(text, quote, ctx.lang)
    if span is not None:
        a, b = span
        text = text[:a] + " " * (b - a) + text[b:]
    out = _frame_of(text, ctx, quote)
    prev = _continued(ctx, quote)
    if prev is not None:
        out += " " + frame(ctx, prev)
    ctx.memo[key] = out
    return out


CONTINUED_GAP = 160
"""Characters at most between a quote and the one it continues (:func:`_continued`): room for
the first quote's cue ("he said in a different media appearance"), not for another
sentence of narration."""


def _continued(ctx: ArticleContext, quote: Quote) -> Quote | None:
    """The quote ``quote`` continues, or None: ``quote`` has no reporting cue of its own, and
    the article's quote right before it (:func:`quote_before`) has the same speaker (or
    neither has one), stands in the same paragraph within :data:`CONTINUED_GAP` characters,
    and between them is
    nothing but that quote's own cue (its reporting verb, if it has one, stands there or
    before it) — no sentence of narration of its own.  Once per quote."""
    key = ("continued", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, Quote) else None
    found = _continues(ctx, quote)
    ctx.memo[key] = found
    return found


def quote_before(ctx: ArticleContext, at: int) -> Quote | None:
    """The article's quote that ends last at or before offset ``at`` (of several ending
    there, the first in the article's list), or None.  The quotes are ordered by their ends
    once per article."""
    key = ("quotes by end", -1, -1)
    hit = ctx.memo.get(key)
    if isinstance(hit, _ByEnd):
        by_end = hit
    else:
        ordered = tuple(sorted(ctx.quotes, key=lambda q: q.end))  # stable: ties keep list order
        by_end = _ByEnd(tuple(q.end for q in ordered), ordered)
        ctx.memo[key] = by_end
    last = bisect.bisect_right(by_end.ends, at) - 1
    if last < 0:
        return None
    return by_end.quotes[bisect.bisect_left(by_end.ends, by_end.ends[last])]


@dataclass(frozen=True)
class _ByEnd:
    """An article's quotes ordered by where they end (:func:`quote_before`)."""

    ends: tuple[int, ...]
    quotes: tuple[Quote, ...]


def _continues(ctx: ArticleContext, quote: Quote) -> Quote | None:
    att = quote.attribution
    if att.cue_start is not None:
        return None
    prev = quote_before(ctx, quote.start)
    if prev is None:
        return None
    who = prev.attribution.speaker
    # The same speaker — or the same unresolved one: a "she" the article never names (an
    # obituary's subject named only in the lede) leaves both pieces without a speaker, and
    # "“…,” she said in a 2019 documentary. “…”" still says once where both were said.
    if (who or att.speaker) and not (who and att.speaker and ctx.speakers.same(who, att.speaker)):
        return None
    if quote.start - prev.end > CONTINUED_GAP or _paragraph_start(ctx, quote.start) > prev.start:
        return None
    gap = ctx.outside_marks[prev.end : quote.start]
    at = prev.attribution.cue_start
    if gap.strip() and (at is None or at >= quote.start):
        return None  # narration between them that is not the first quote's cue
    # At most one sentence end between them: the one closing the first quote's cue.
    if len(SENTENCE_BREAK.findall(ctx.view[prev.end : quote.start] + "Q")) > 1:
        return None
    return prev


def _aside(text: str, quote: Quote, lang: LanguageData) -> tuple[int, int] | None:
    """Where ``text`` says something of the quote's speaker set off by commas: between the
    speaker's mention and the reporting verb, an apposition or a relative clause ("Rook,
    mayor for years, said"; "Rook, who often clashes with the council, said"), or after a
    mention that follows the verb, a relative clause (``aside_openers``: "said Rook, who has
    lived here for years"); or None.  Such words are of the speaker, not of the saying: no
    phrase there tells when or how often the quote was said."""
    att = quote.attribution
    end, at = att.mention_end, att.cue_start
    if end is None or at is None:
        return None
    if at < end:
        m = _compiled(lang).relative_aside.match(text, end)
        if m is None or _of_the_saying(m.group(0).strip(" ,"), lang):
            return None  # "said Lee, this week": when she said it
        return end, m.end()
    between = text[end:at]
    inner = between.strip()
    if len(inner) < 2 or inner[0] != "," or inner[-1] != ",":
        return None
    if any(c in inner for c in ".;:!?\n"):
        return None  # another sentence or clause, not an aside of one noun phrase
    if _of_the_saying(inner[1:-1].strip(), lang):
        return None  # "Rook, in an interview with Lake Radio, said": where she said it
    return end, at


def _of_the_saying(words: str, lang: LanguageData) -> bool:
    """Whether words set off by commas between a speaker and the reporting verb are a place
    or time phrase (``occasion_places``, ``occasion_times``; a time perhaps after a
    preposition of days: "on Monday"), perhaps with more of it after a preposition
    (``prepositions``): "Rook, in an interview with Lake Radio, said", "Rook, at a rally on
    Monday, said" tell where or when she said it — not an apposition about her ("Rook, mayor
    for years, said"), nor one that opens with a time ("Rook, last year's runner-up, said";
    "Rook, in 2019 the council's choice, said")."""
    comp = _compiled(lang)
    ends: list[int] = []
    m = comp.places.match(words)
    if m is not None:
        ends.append(m.end())
    first, _, rest = words.partition(" ")
    tails = [(0, words)]
    if first.lower() in comp.day_prepositions:
        tails.append((len(first) + 1, rest))
    for at, tail in tails:
        for rx, _, _ in comp.times:
            t = rx.match(tail)
            if t is not None:
                ends.append(at + t.end())
    return any(_only_more_of_it(words[end:], lang) for end in ends)


def _only_more_of_it(rest: str, lang: LanguageData) -> bool:
    """Whether ``rest``, what follows a place or time phrase between commas, adds only more
    of where or when (nothing, or words after a preposition: "with Lake Radio", "on
    Monday") — not a possessive ("'s runner-up") or a noun phrase about the speaker."""
    words = rest.split()
    if not words:
        return True
    return rest[:1] not in "'’" and words[0].lower() in lang.prepositions


def _said_frame(ctx: ArticleContext, quote: Quote, *, reported: bool = True) -> str:
    """The quote's frame (:func:`frame`) with every relative aside blanked, not only the
    speaker's (``aside_openers``: "…, Lee said, replying to Reyes, who spoke to reporters on
    Monday"): what a relative clause says is of its noun, not of the saying — the frame the
    time, kind and place phrases and the phrases of several occasions are read in (the time
    phrases without the ``reported`` clause)."""
    blank = _compiled(ctx.lang).any_aside
    return blank.sub(lambda m: " " * len(m.group(0)), frame(ctx, quote, reported=reported))


def _reported_clause(text: str, quote: Quote, lang: LanguageData) -> tuple[int, int] | None:
    """Where, between a reporting verb and the quote after it, the clause the verb reports
    has opened, up to the quote: from the first complementizer (the words of
    ``optional_complementizers``: "that") or verb form (``modals``, ``tense_markers``: "would",
    "was") after the verb — "Lee said the ferry would be ready in June and that “…”", "Lee
    promised that in June “…”": "in June" is what was said, not when (review 20-3, 5); "Lee
    told reporters on Monday that “…”" keeps "on Monday".  None when the verb follows the
    quote or no such word stands between — and None when the clause holds a saying of its
    own (a reporting verb: "Lee said she had warned in a June 2024 letter that “…”") or
    names a kind of occasion (``occasion_places``: "in a letter"): the time phrase then
    places that nested saying, the one the quote comes from (review 21-3, F1)."""
    to = quote.attribution.cue_end
    if to is None or to > quote.start or CLAUSE_STOP.search(text, to, quote.start):
        return None
    for m in WORD.finditer(text, to, quote.start):
        w = m.group().lower()
        if w in lang.optional_complementizers or w in lang.modals or w in lang.tense_markers:
            clause = text[m.start() : quote.start]
            if kinds_in(clause, lang) or _says_again(clause, lang):
                return None
            return m.start(), quote.start
    return None


def _says_again(clause: str, lang: LanguageData) -> bool:
    """Whether ``clause`` holds a reporting verb of its own that is no passive ("she had
    warned", "he had written"; not "the launches had been ordered": a verb after a
    ``passive_auxiliaries`` word tells what was done, not a saying) and whose words are the
    quote: its "that" (``optional_complementizers``) stands before the quote ("had warned in a
    June 2019 letter that “…”"), or nothing but function words (``stopwords``) and time
    phrases do ("had warned in June “…”").
    A verb with an object of its own ("he had asked for more money in September “and was told
    …”") reports an event the clause tells of, not the saying the quote comes from (red team
    23 F6)."""
    before = ""
    for n in WORD.finditer(clause):
        w = n.group().lower()
        if (
            lang.is_reporting_verb(w)
            and before not in lang.passive_auxiliaries
            and _bare_saying(clause[n.end() :], lang)
        ):
            return True
        before = w
    return False


def _bare_saying(rest: str, lang: LanguageData) -> bool:
    """Whether ``rest``, what follows a nested reporting verb up to the quote, makes the quote
    that verb's words: its "that" (``optional_complementizers``) opens a clause that reaches
    the quote ("had warned in a June 2019 letter that the dredger was “…”"), or only function
    words and time phrases stand there ("had warned in June “…”") (:func:`_says_again`)."""
    words = [m.group().lower() for m in WORD.finditer(without_times(rest, lang))]
    if any(w in lang.optional_complementizers for w in words):
        return True
    return all(w in lang.stopwords for w in words)


def _own_clause(text: str, quote: Quote, lang: LanguageData) -> str:
    """``text`` with the aside about the quote's speaker (:func:`_aside`) blanked (same
    length)."""
    span = _aside(text, quote, lang)
    if span is None:
        return text
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]


def own_cue(ctx: ArticleContext, quote: Quote) -> str | None:
    """The extractor's occasion cue for the quote (``Attribution.occasion``), unless it stands
    only in an aside about the speaker (:func:`_aside`): "Rook, who said in an interview last
    month that …, said at the debate: “…”" is placed at the debate, not in the interview —
    or, in the quote's frame, only inside another relative aside (:func:`_said_frame`), or,
    a time phrase, only inside the clause the verb reports (:func:`_reported_clause`).  A
    cue carried from an earlier sentence of the same speaker is kept."""
    cue = quote.attribution.occasion
    if not cue:
        return None
    key = ("own cue", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, str) else None
    written = " ".join(cue.lower().split())
    framed = " ".join(frame(ctx, quote).lower().split())
    own: str | None = cue
    span = _aside(ctx.outside_marks, quote, ctx.lang)
    if span is not None:
        aside = " ".join(ctx.outside_marks[span[0] : span[1]].lower().split())
        if written in aside and written not in framed:
            own = None
    # Nor one that stands in the frame only inside another relative aside ("…,” Lee said
    # after meeting Reyes, who spoke at a rally": the rally is Reyes's).
    if written in framed and written not in " ".join(_said_frame(ctx, quote).lower().split()):
        own = None
    # Nor a time phrase that stands in the frame only inside the clause the verb reports
    # ("Lee said the ferry would be ready in June and that “…”": :func:`_reported_clause`).
    comp = _compiled(ctx.lang)
    saying = " ".join(_said_frame(ctx, quote, reported=False).lower().split())
    if (
        written in framed
        and written not in saying
        and not kinds_in(cue, ctx.lang)
        and _times_in(cue, None, comp)
    ):
        own = None
    ctx.memo[key] = own
    return own


def _others_view(ctx: ArticleContext, quote: Quote) -> str:
    """The article's view with only other speakers' quoted words in place: a sentence that
    ends inside another speaker's quote ends that speaker's frame
    (:data:`QUOTED_SENTENCE_END`), one that ends inside a quote of the same speaker does not
    ("Speaking on the radio, Lee called the plan “dead.” She said …": the radio is still
    where she said it).  The view without all of a speaker's quotes is built once per
    speaker (:func:`_speaker_view`); each quote of hers then takes one copy of it, with her
    own words put back (O(article) per quote, not per quote of hers)."""
    speaker = quote.attribution.speaker
    if not speaker:
        return ctx.view
    memo = _speaker_view(ctx, speaker)
    # Her quotes that overlap this one: their words stay blanked even inside it.
    lo = bisect.bisect_right(memo.ends, quote.start)
    hi = bisect.bisect_left(memo.starts, quote.end)
    if memo.disjoint and (hi <= lo or (hi - lo == 1 and memo.quotes[lo] is quote)):
        return memo.view[: quote.start] + ctx.view[quote.start : quote.end] + memo.view[quote.end :]
    view = ctx.view
    for q in memo.quotes:
        if q is not quote:
            view = view[: q.start] + ctx.outside_marks[q.start : q.end] + view[q.end :]
    return view


@dataclass(frozen=True)
class _SpeakerView:
    """The article's view with every quote of one speaker blanked (:func:`_speaker_view`)."""

    view: str
    quotes: tuple[Quote, ...]
    """Her quotes, by start."""
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    disjoint: bool
    """No two of her quotes overlap (then ``ends`` rise with ``starts``)."""


def _speaker_view(ctx: ArticleContext, speaker: str) -> _SpeakerView:
    """:class:`_SpeakerView` of ``speaker``, once per speaker and article (``ctx.memo``)."""
    key = (f"view without the quotes of {speaker}", -1, -1)
    hit = ctx.memo.get(key)
    if isinstance(hit, _SpeakerView):
        return hit
    mine = sorted(
        (q for q in ctx.quotes if q.attribution.speaker == speaker), key=lambda q: q.start
    )
    pieces: list[str] = []
    at = 0
    disjoint = True
    for q in mine:
        disjoint = disjoint and q.start >= at
        pieces += [ctx.view[at : q.start], ctx.outside_marks[q.start : q.end]]
        at = max(at, q.end)
    pieces.append(ctx.view[at:])
    view = "".join(pieces) if disjoint else ctx.view
    starts, ends = tuple(q.start for q in mine), tuple(q.end for q in mine)
    got = _SpeakerView(view, tuple(mine), starts, ends, disjoint)
    ctx.memo[key] = got
    return got


def _frame_of(text: str, ctx: ArticleContext, quote: Quote) -> str:
    window = ctx.settings.occasion_window
    closed = quote.text.rstrip(" \t\n\"'”’»").endswith(".")
    view = _others_view(ctx, quote)
    out = _sentence_around(text, quote.start, quote.end, window, closed=closed, view=view)
    at = quote.attribution.cue_start
    if at is not None and at < quote.start and quote.start - at <= window:
        # The cue's sentence up to the quote ("In February, Lee said, “…”"): what follows the
        # quote is its own sentence's, read above.
        out += " " + _sentence_around(
            text[: quote.start], at, at, window, closed=False, view=view[: quote.start]
        )
    elif at is not None and at >= quote.end and at - quote.end <= window:
        after = text[quote.end :]
        out += " " + _sentence_around(
            after, at - quote.end, at - quote.end, window, closed=False, view=view[quote.end :]
        )
    return out


def day_of(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date or date-time, as sources and articles declare them
    (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _span(m: re.Match[str], spec: str, today: dt.date | None, comp: _Compiled) -> TimeSpan | None:
    """The days a time phrase stands for (None when it needs the article's date and there is
    none, or the spec is not understood; a month or season without a year and without the
    article's date: its months of any year, :func:`_any_year`)."""
    unit, _, offset_s = spec.partition(" ")
    groups = m.groupdict()
    phrase = " ".join(m.group(0).split()).rstrip(",")
    year = int(groups["year"]) if groups.get("year") else None
    if unit == "year" and year is not None:
        return TimeSpan(phrase, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if unit == "date":
        return _date_span(phrase, groups, year, today, comp)
    if unit == "season":
        return _season_span(phrase, offset_s, year, today)
    if groups.get("count"):
        word = groups["count"].lower().replace(",", "")
        count = int(word) if word.isdigit() else comp.counts.get(word)
        if count is None:
            return None
        offset_s = offset_s.replace("<count>", str(count))
    if unit == "month" and groups.get("month"):
        month = comp.months[groups["month"].lower()]
        if year is None:
            if today is None:
                return _any_year(phrase, frozenset({month}))
            # "in April": this year's, unless April is still to come; "last April"
            # (offset -1): the last April before the article's month, a year back in April.
            latest = today.month - 1 if offset_s.strip() == "-1" else today.month
            year = today.year if month <= latest else today.year - 1
        return TimeSpan(phrase, *_month_span(year, month))
    if today is None:
        return None
    if unit == "day" and groups.get("weekday"):
        back = (today.weekday() - comp.weekdays[groups["weekday"].lower()]) % 7
        if offset_s.strip() == "-1":
            # "last Tuesday" in a Tuesday's article is a week back, not that day.
            back = back or 7
        day = today - dt.timedelta(days=back)
        return TimeSpan(phrase, day, day, exact=True)
    try:
        offsets = [int(x) for x in offset_s.split()] or [0]
    except ValueError:
        return None
    if unit == "day" and len(offsets) == 2:  # "days ago": a span of days
        lo, hi = sorted(offsets)
        return TimeSpan(phrase, today + dt.timedelta(days=lo), today + dt.timedelta(days=hi))
    if len(offsets) != 1:
        return None
    offset = offsets[0]
    if unit == "day":
        day = today + dt.timedelta(days=offset)
        return TimeSpan(phrase, day, day)
    if unit == "week":
        # News counts weeks back from its own day, loosely: "this week's debate" on a Monday
        # is the Saturday's (the 7 days up to the article), and "last week" on a Monday may
        # be the day before or the Monday a fortnight ago (the 13 days before the article).
        first = today + dt.timedelta(days=7 * offset - 6)
        last = today if offset >= 0 else today + dt.timedelta(days=7 * (offset + 1) - 1)
        return TimeSpan(phrase, first, last)
    if unit == "month":
        total = today.year * 12 + today.month - 1 + offset
        return TimeSpan(phrase, *_month_span(total // 12, total % 12 + 1))
    if unit == "year":
        return TimeSpan(
            phrase, dt.date(today.year + offset, 1, 1), dt.date(today.year + offset, 12, 31)
        )
    return None


def _any_year(phrase: str, months: frozenset[int]) -> TimeSpan:
    """A month or season named without a year, in an article of no date: those months of
    any year (:attr:`TimeSpan.months`)."""
    return TimeSpan(phrase, dt.date.min, dt.date.max, months=months)


def _season_span(
    phrase: str, spec: str, year: int | None, today: dt.date | None
) -> TimeSpan | None:
    """The months a season phrase stands for (``spec``: first and last month, then ``-1``
    or nothing; December to February runs across the year's end): with ``year``, the season
    that opens in that year ("the summer of 2015"); with ``-1``, the last such season that
    ended before the article's month began ("last summer" in a September article is the
    summer just gone, in a July one the year before's).  Either reading of "last summer" in
    an autumn article rules out a source of the article's own days, which is what a season
    is asked for (:func:`clash`); without the article's date, the season's months of any
    year (:func:`_any_year`: "last summer" is no source of October); None for a spec not
    understood."""
    try:
        first_month, last_month, *rest = (int(x) for x in spec.split())
    except ValueError:
        return None
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12):
        return None
    across = last_month < first_month  # winter: December to February

    def season(opens: int) -> TimeSpan:
        first = dt.date(opens, first_month, 1)
        return TimeSpan(phrase, first, _month_span(opens + across, last_month)[1])

    if year is not None:
        return season(year)
    if rest != [-1]:
        return None
    if today is None:
        months = range(first_month, last_month + 1 + 12 * across)
        return _any_year(phrase, frozenset((m - 1) % 12 + 1 for m in months))
    month_began = today.replace(day=1)
    opens = today.year
    while season(opens).last >= month_began:
        opens -= 1
    return season(opens)


def _date_span(
    phrase: str,
    groups: dict[str, str | None],
    year: int | None,
    today: dt.date | None,
    comp: _Compiled,
) -> TimeSpan | None:
    """The one day a month and a day of it name ("March 3", "3 March 2016"): without a year,
    the such day nearest the article's (December 30 in an article of January 2 is of the
    year before); None without the article's date, when that day is after the article's
    ("ahead of the March 10 vote": another event's, still to come), or for a day the month
    does not have."""
    month_word, day_word = groups.get("month"), groups.get("day")
    if not month_word or not day_word:
        return None
    month, day = comp.months[month_word.lower()], int(day_word)
    if year is None:
        if today is None:
            return None
        days = []
        for y in (today.year, today.year - 1):
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not days:
            return None
        nearest = min(days, key=lambda d: abs((d - today).days))
        if nearest > today:
            return None  # a day still to come: another event's, not the saying's
        return TimeSpan(phrase, nearest, nearest, exact=True)
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    return TimeSpan(phrase, when, when, exact=True)


BEFORE_REACH = 80
"""Characters searched for the word or number before a time phrase, back from the end of
the blanks, spaces or marks between them (skipped in one pass, however long): a bounded look
at a word, so a long run costs no more and no less is seen after it."""


def _back_over(text: str, at: int, skip: Callable[[str], bool]) -> int:
    """Where the run of characters that ``skip`` before ``at`` starts."""
    while at and skip(text[at - 1]):
        at -= 1
    return at


def _not_wordish(c: str) -> bool:
    return not (c.isalnum() or c in "_'’-")


def _space_or_hyphen(c: str) -> bool:
    return c.isspace() or c == "-"


def _named(text: str, m: re.Match[str], comp: _Compiled) -> bool:
    """Whether the time phrase ``m`` is written as (part of) a name: a word of it other than a
    month or a weekday capitalised, not at the opening of a sentence ("CBS This Morning", "The
    Tonight Show", "the Today show"; after a semicolon a capital is a name's).  A name says
    nothing of when the words were said.  Not in a language that writes every noun with a
    capital (``capitalised_nouns``: German "letzte Woche", "am Donnerstagabend")."""
    if comp.lang.capitalised_nouns:
        return False
    capital = any(
        w[:1].isupper() and w.lower() not in comp.months and w.lower() not in comp.weekdays
        for w in letter_words(m.group(0))
    )
    return capital and not opens_sentence_in(comp.lang, text, m.start())


def _of_saying(text: str, m: re.Match[str], comp: _Compiled) -> bool:
    """Whether the date ``m`` can be when the words were said: it opens a sentence, or a clause
    after a semicolon ("On March 3, Lee said"), follows a day preposition ("said on March 3",
    "told reporters on 3 March") or another word than a function word ("said March 3", "said
    Tuesday, March 3") — not a determiner or another preposition, where it is the day of
    another event ("said of the March 3 shooting", "a day after the March 2 vote")."""
    first = letter_words(m.group(0))[:1]
    if first and first[0].lower() in comp.day_prepositions:
        return True
    if opens_sentence_in(comp.lang, text, m.start(), clause=True):
        return True
    end = _back_over(text, m.start(), _not_wordish)
    before = comp.word_before.search(text, max(0, end - BEFORE_REACH), end)
    if before is None:
        return True
    word = before.group(1).lower()
    return word in comp.day_prepositions or word not in comp.stopwords


def _after_number(text: str, at: int, comp: _Compiled) -> bool:
    """Whether a numeral or number word, then spaces or hyphens, stand right before ``at``."""
    end = _back_over(text, at, _space_or_hyphen)
    return end < at and comp.number_before.search(text, max(0, end - BEFORE_REACH), end) is not None


def _times_in(text: str, today: dt.date | None, comp: _Compiled) -> list[TimeSpan]:
    """The time phrases of ``text`` (as written), longest first, none inside a longer one:
    "two days ago" is not "days ago" too, nor "March 3, 2015" a March 3 of the article's year.
    Not a phrase written as a name (:func:`_named`: "told CBS This Morning"), nor a count or
    the rest of a count's phrase right after another number ("thirty two days ago", "1.5 days
    ago": a number not read whole is no count)."""
    found = [
        (m, spec, after_number) for rx, spec, after_number in comp.times for m in rx.finditer(text)
    ]
    found.sort(key=lambda hit: (hit[0].start() - hit[0].end(), hit[0].start()))
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, TimeSpan]] = []
    for m, spec, after_number in found:
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        if _named(text, m, comp):
            continue
        if after_number and _after_number(text, m.start(), comp):
            continue
        if spec == "date" and not _of_saying(text, m, comp):
            continue
        try:
            span = _span(m, spec, today, comp)
        except (OverflowError, ValueError):  # "99999999 days ago": before the first year
            span = None
        if span is not None:
            out.append((m.start(), span))
    return [span for _, span in sorted(out, key=lambda hit: hit[0])]


def without_times(text: str, lang: LanguageData) -> str:
    """``text`` with its time phrases (``occasion_times``: "on Tuesday", "am Donnerstag", "el
    martes") blanked: what is left says which occasion, not when."""
    for rx, _, _ in _compiled(lang).times:
        text = rx.sub(lambda m: " " * len(m.group(0)), text)
    return text


def placement(ctx: ArticleContext, quote: Quote, *, before: bool = False) -> Placement:
    """The kinds and times of occasion the article gives the quote in its sentence (the
    extractor's occasion cue, ``Attribution.occasion``, carried from an earlier sentence of
    the same speaker, counts too) — or, with ``before`` and when that sentence places it
    nothing, in the sentences of its paragraph before it that speak of its speaker
    (:func:`context`: "In an interview on Sunday, Reyes defended the plan. “…,” she
    said.").  ``before`` is for :func:`clash` only: the sentences before a quote may rule an
    occasion out, never put the quote at one ("Lee did not attend the debate on Monday.
    “…,” she said." is no evidence that she said it there)."""
    key = ("placement" if before else "own placement", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, Placement):
        return hit
    cue = own_cue(ctx, quote)
    said = _said_frame(ctx, quote)
    found = _placement_in(ctx, said, cue, timed=_said_frame(ctx, quote, reported=False))
    found = _verbs_as_cues(ctx, quote, found)
    if before and not found and not cue:
        found = _placement_in(ctx, context(ctx, quote), None)
    ctx.memo[key] = found
    return found


def _verbs_as_cues(ctx: ArticleContext, quote: Quote, found: Placement) -> Placement:
    """``found`` without the one-word place phrases (``occasion_places``: "wrote",
    "tweeted", reporting verbs) that are not the quote's own reporting verb — nor, for a
    quote that continues another (:func:`_continued`), that quote's: "“…,” Lee said, pointing
    to what the council wrote in its report" places the quote in nothing written."""
    own = {
        word
        for q in (quote, _continued(ctx, quote))
        if q is not None and q.attribution.cue
        for word in q.attribution.cue.lower().split()
    }
    kinds = tuple(k for k in found.kinds if " " in k[0] or k[0] in own)
    return found if kinds == found.kinds else replace(found, kinds=kinds)


def shifted(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the quote's frame says it was said at another time or on another occasion than
    the text around it speaks of (``occasion_shifts``: "later", "in a different media
    appearance", "in another interview")."""
    return _compiled(ctx.lang).shifts.search(_said_frame(ctx, quote)) is not None


def apart(ctx: ArticleContext, quote: Quote) -> str | None:
    """The phrase that puts the quote's words apart from the occasion the article speaks of
    (``occasion_shifts``: "said after the meeting", "afterwards", "later", "before the
    meeting", "on the sidelines", "as she left the chamber"), or None — read only where a
    phrase tells of the saying itself (:func:`_of_saying_spans`), not in the reported clause,
    a relative clause or a participle phrase about something else ("Lee said the cut
    announced earlier was “…”"), and not one followed by a word that keeps the words inside
    an occasion or makes the phrase no time of the saying (``occasion_inside``: "later in the
    meeting", "later this year", "after the meeting was called to order").  A source of that
    occasion is then not shown to hold the words (the ladder's rule 8 asks)."""
    key = ("apart", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, str) else None
    found: str | None = None
    text = _own_clause(ctx.outside_marks, quote, ctx.lang)
    blank = _compiled(ctx.lang).any_aside
    for a, b, touching in _of_saying_spans(ctx, quote):
        part = blank.sub(lambda m: " " * len(m.group(0)), text[a:b])
        for m in _compiled(ctx.lang).shifts.finditer(part):
            if touching and part[: m.start()].strip(" ,\n"):
                break  # not right after the verb: "said the mill, repainted earlier, …"
            after = part[m.end() :].split(None, 1)
            if after and after[0].lower().strip(",.;:") in ctx.lang.occasion_inside:
                continue
            found = " ".join(m.group(0).split())
            break
        if found:
            break
    if found is None and quote.attribution.cue_start is None:
        prev = _continued(ctx, quote)  # "“…,” she said afterwards. “…”"
        found = None if prev is None else apart(ctx, prev)
    ctx.memo[key] = found
    return found


def _of_saying_spans(ctx: ArticleContext, quote: Quote) -> list[tuple[int, int, bool]]:
    """Where, around the quote's reporting cue, a phrase tells of the saying itself (start,
    end, and whether the phrase must open the span): after a quote, the cue and the rest of
    its sentence ("“…,” Lee said after the meeting"); before one, the sentence's opening up to
    the speaker ("Before the vote, Lee said"), the words between speaker and verb when they
    touch or are set off by commas ("Lee later told", "Lee, speaking afterwards, said"), and
    a phrase right after the verb ("Lee said later: “…”").  Not the reported clause, which
    tells of what was said ("Lee said the mill “…” and the school would follow later")."""
    att = quote.attribution
    at, to = att.cue_start, att.cue_end
    if at is None or to is None:
        return []
    text, window = ctx.outside_marks, ctx.settings.occasion_window
    if at >= quote.end:
        if at - quote.end > window:
            return []
        after = text[at : at + window]
        stops = _ends(after, ctx.view[at : at + window])
        return [(at, at + (stops[0][0] + 1 if stops else len(after)), False)]
    if quote.start - at > window:
        return []
    start = sentence_start(text, at, window)
    who, end = att.mention_start, att.mention_end
    spans: list[tuple[int, int, bool]] = []
    if who is not None and end is not None and start <= who and end <= at:
        spans.append((start, who, False))
        between = text[end:at].strip()
        if not between or (between[0] == "," and between[-1] == "," and len(between) > 1):
            spans.append((end, at, False))
        else:
            spans.append((end, at, True))
    else:
        spans.append((start, at, False))
    spans.append((to, quote.start, True))
    return spans


CONTEXT_SENTENCES = 2
"""Sentences before the quote's own, in its paragraph, read for its placement when its own
sentence gives none (:func:`context`)."""


def context(ctx: ArticleContext, quote: Quote) -> str:
    """The sentences before the quote's own frame in its paragraph (at most
    :data:`CONTEXT_SENTENCES`, within ``occasion-window`` characters, outside every pair of
    quote marks, relative asides blanked) that name its speaker (a word of their name,
    as written: the whole name or its last word, not another word of it, "Ann Reyes" for
    Ann Lee, nor a possessive, "Lee's rally"), back to the first that does not or that holds
    a quote (a placement there is that quote's: "“…” Lee said of the port in May. More
    recently, she …"), all within the quote's paragraph (:func:`_paragraph_start`):
    "At a rally in Dayton on Tuesday, Reyes attacked the plan. “…,” she said." is placed at
    the rally.  A quote that continues another (:func:`_continued`) has that one's.  Empty
    when the quote has no speaker, or its own frame says it was
    said at another time (``occasion_shifts``: "Later, she said").  Read only when the
    quote's own sentence places it nothing, and only to rule an occasion out (:func:`clash`)."""
    key = ("context", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, str):
        return hit
    out = ""
    speaker = quote.attribution.speaker
    prev = _continued(ctx, quote)
    if prev is not None:
        # A quote that continues another (:func:`_continued`: "“…,” she said. “…”") has that
        # quote's sentences before it: the sentence between them is the first one's own.
        out = context(ctx, prev)
    # "Later, she said …", "in another interview": not what the sentences before speak of.
    elif speaker and not shifted(ctx, quote):
        text, window = ctx.outside_marks, ctx.settings.occasion_window
        at = quote.start
        cue = quote.attribution.cue_start
        if cue is not None and cue < at and at - cue <= window:
            at = cue  # the cue's sentence is the quote's own frame (:func:`frame`)
        own = sentence_start(text, at, window)
        lo = max(_paragraph_start(ctx, own), own - window)
        # Sentence ends read with the quotes' words in place (a quote's own full stop ends
        # its sentence); the words read are those outside the marks.
        starts = [lo] + [m.end() for m in SENTENCE_BREAK.finditer(ctx.view[: own + 1], lo)]
        starts = sorted({a for a in starts if a < own})
        names = _name_forms(speaker, ctx.lang)
        possessive = _compiled(ctx.lang).possessive
        kept: list[str] = []
        ends = [*starts[1:], own] if starts else []
        for a, b in reversed(list(zip(starts, ends, strict=True))):
            if len(kept) == CONTEXT_SENTENCES:
                break
            sentence = text[a:b]
            if not sentence.strip():
                continue  # the quote's own opening mark, after the sentence before it
            if any(a <= q.start < b for q in ctx.quotes if q is not quote):
                break  # a placement there is its own quote's ("said of the port in May")
            if not any(_name_re(w, possessive).search(sentence) for w in names):
                break
            kept.append(sentence)
        blank = _compiled(ctx.lang).any_aside
        out = " ".join(blank.sub(lambda m: " " * len(m.group(0)), s) for s in reversed(kept))
    ctx.memo[key] = out
    return out


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|section|article|aside|header|footer|"
    r"main|figure|figcaption|table|tr|td|th|pre|br|hr)\b[^>]*>",
    re.IGNORECASE,
)
"""An HTML element that starts or ends a block of text (a paragraph, a list item, a heading,
a line break)."""


def _paragraph_start(ctx: ArticleContext, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts: after the last blank line before it,
    or after the last HTML block element (``<p>``, ``</p>``, ``<br>``, … the view blanks)
    before it — not after a single line break, which hard-wrapped text puts inside a
    paragraph, unless the article is written one paragraph per line
    (:func:`_lines_are_paragraphs`)."""
    lo = max(0, at - ctx.settings.occasion_window)
    start = 0
    for m in BLANK_LINE.finditer(ctx.view, lo, at):
        start = max(start, m.end())
    if _lines_are_paragraphs(ctx):
        start = max(start, ctx.view.rfind("\n", lo, at) + 1)
    for m in _BLOCK_TAG.finditer(ctx.raw, lo, at):
        if not ctx.view[m.start()].strip():  # markup, blanked in the view: not prose
            start = max(start, m.end())
    return start


def paragraph_bounds(ctx: ArticleContext, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding the article's span ``start``..``end`` (a quote and its frame):
    from :func:`_paragraph_start` to the next blank line, HTML block element or (in an
    article written one paragraph per line) line break after ``end``, at most
    ``occasion_window`` characters on."""
    hi = min(len(ctx.view), end + ctx.settings.occasion_window)
    stop = hi
    m = BLANK_LINE.search(ctx.view, end, hi)
    if m:
        stop = m.start()
    if _lines_are_paragraphs(ctx):
        line_end = ctx.view.find("\n", end, hi)
        if line_end >= 0:
            stop = min(stop, line_end)
    for m in _BLOCK_TAG.finditer(ctx.raw, end, stop):
        if not ctx.view[m.start()].strip():
            stop = m.start()
            break
    return _paragraph_start(ctx, start), stop


WRAP_WIDTH = 100
"""Characters a hard-wrapped line stays within (72-80 in practice): a text with longer lines
(:data:`LONG_LINES_LEAST`) and no blank line is written one paragraph per line
(:func:`_lines_are_paragraphs`)."""

LONG_LINES_LEAST = 2
"""Lines longer than :data:`WRAP_WIDTH` a text needs to be read one paragraph per line: one
long line alone (a link's address at the foot of a hard-wrapped piece: "Read more: https://…")
says nothing of how the rest is written."""

PARAGRAPH_LINES_LEAST = 4
"""Lines a text needs to be read one paragraph per line: two or three lines are too few to
tell how a text is written, and hard-wrapped text keeps its sentences together."""

PARAGRAPH_LINES_ENDED = 0.8
"""Share of the lines of a text written one paragraph per line that end a sentence (a
heading or a dateline may not); hard-wrapped lines mostly end inside one."""


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with a sentence's stop (``SENTENCE_STOPS``), perhaps followed
    by closing marks (``SENTENCE_CLOSERS``: ``.”``, ``?)``)."""
    bare = line.rstrip(SENTENCE_CLOSERS)
    return bool(bare) and bare[-1] in SENTENCE_STOPS


def _lines_are_paragraphs(ctx: ArticleContext) -> bool:
    """Whether the article is written one paragraph per line: at least
    :data:`PARAGRAPH_LINES_LEAST` lines, no blank line between two lines of text, at least
    :data:`LONG_LINES_LEAST` lines longer than :data:`WRAP_WIDTH` characters, and most lines,
    the last among them (:data:`PARAGRAPH_LINES_ENDED`), ending a sentence — hard-wrapped
    text breaks its lines inside sentences.  Then a single line break ends a paragraph.
    Computed once per article."""
    key = ("lines are paragraphs", -1, -1)
    hit = ctx.memo.get(key)
    if isinstance(hit, bool):
        return hit
    body = ctx.view.strip()
    lines = [line.rstrip() for line in body.split("\n")]
    ended = sum(1 for line in lines if _ends_sentence(line))
    found = (
        len(lines) >= PARAGRAPH_LINES_LEAST
        and BLANK_LINE.search(body) is None
        and sum(1 for line in lines if len(line) > WRAP_WIDTH) >= LONG_LINES_LEAST
        and ended >= PARAGRAPH_LINES_ENDED * len(lines)
    )
    ctx.memo[key] = found
    return found


def _name_forms(speaker: str, lang: LanguageData) -> list[str]:
    """How the sentences before a quote name its speaker: their whole name as registered and
    its surname ("Ann Lee", "Lee"), a title before it left out ("Senator"); the surname is the
    last word before any suffix ("Tom Berg Jr." gives "Berg", ``name_suffixes``), only when it
    is not a stop word (as "de"); not any other word of the name ("Ann" is the first name of
    others too)."""
    words = [w for w in speaker.split() if w.lower().rstrip(".") not in lang.titles]
    forms = [" ".join(words)] if words else []
    named, _ = split_suffix(tuple(w.lower().rstrip(",") for w in words), lang.name_suffixes)
    end = len(named)
    if len(words) > 1 and words[end - 1].lower() not in lang.stopwords:
        forms.append(words[end - 1].rstrip(","))
    return [f for f in forms if f[:1].isupper()]


@lru_cache(maxsize=DESCRIBED_MEMO)
def _name_re(name: str, possessive: str) -> re.Pattern[str]:
    """``name`` as written, as whole words, then ``possessive`` (:attr:`_Compiled.possessive`:
    not "Lee's rally").  No letter or digit may stand right before or after it; a name may end
    with a stop ("Tom Berg Jr."), after which a word boundary, which needs a letter next,
    would never match before a blank."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<!\w){words}(?!\w){possessive}")


def _placement_in(
    ctx: ArticleContext, written: str, cue: str | None, *, timed: str | None = None
) -> Placement:
    """The kinds, times and places of occasion ``written`` (and the extractor's ``cue``, when
    it stands elsewhere) gives — its times read in ``timed`` instead, when given (the frame
    without the reported clause: :func:`frame`)."""
    comp = _compiled(ctx.lang)
    places = tuple(
        (" ".join(m.group(0).split()).rstrip(",."), m.group("where").rstrip(",. "))
        for m in comp.named_place.finditer(written)
        # "at a rally in January", "in The …": a time or a function word, not a place
        if m.group("where").split()[0].lower().rstrip(",.") not in ctx.lang.calendar_words
        and m.group("where").split()[0].lower() not in ctx.lang.stopwords
    )
    # As written: a time phrase with capitals inside a sentence is a name (:func:`_named`).
    texts = [written]
    if cue and cue.lower() not in written.lower():
        texts.append(cue)
    kinds: list[tuple[str, frozenset[str]]] = []
    times: list[TimeSpan] = []
    today = day_of(ctx.date)
    for n, text in enumerate(texts):
        kinds.extend(kinds_in(text, ctx.lang))
        times.extend(_times_in(timed if n == 0 and timed is not None else text, today, comp))
        places += _regions_in_phrases(text, ctx.lang)
    return Placement(tuple(kinds), tuple(times), places)


def _regions_in_phrases(text: str, lang: LanguageData) -> tuple[tuple[str, str], ...]:
    """(phrase, region) for each place phrase of ``text`` that names an occasion held where
    its crowd stands and whose region name (``region_names``, as written) stands right before
    the phrase's own noun: "at an Iowa rally", "told a Florida crowd" - a place the article
    gives the quote, compared with the one a source declares, as "at a rally in Des Moines,
    Iowa" is (:func:`_place_fits`).  A phrase that admits an interview or a press conference
    whose noun names no such occasion ("told the Washington Post", "told an Iowa radio
    station", "told the audience") says whom the speaker told, not where the speaker was."""
    comp = _compiled(lang)
    out: list[tuple[str, str]] = []
    for m in comp.places.finditer(text):
        i = int(next(k for k, v in m.groupdict().items() if v)[1:])
        pattern = comp.place_phrases[i].split()
        if WILDCARD not in pattern:
            continue
        words = m.group(0).split()
        tail = words[len(words) - (len(pattern) - pattern.index(WILDCARD) - 1) :]
        if not (
            comp.place_kinds[i] <= _HELD_IN_PERSON or kinds_named(" ".join(tail), lang) & _IN_PERSON
        ):
            continue
        phrase = " ".join(words)
        before = phrase[: len(phrase) - len(" ".join(tail))].rstrip()
        out += [
            (phrase, r.group(0)) for r in comp.regions.finditer(before) if r.end() == len(before)
        ]
    return tuple(out)


def kinds_in(text: str, lang: LanguageData) -> tuple[tuple[str, frozenset[str]], ...]:
    """The place phrases of ``text`` (``occasion_places``), each as (the phrase in lower
    case, the kinds of source it admits): "at a rally" → rally or speech.  A phrase whose own
    words name no kind ("told * crowd") and whose ``*`` stands for a word naming a kind of
    occasion (``source_kinds``) that the phrase does not admit places nothing: "told the
    debate crowd" speaks of a debate's audience, not of a rally's crowd.  The phrase's own
    noun decides when it names a kind ("at a town-hall debate"), and a kind word after a
    hyphen ("a post-debate crowd") names no kind for this (:func:`_wildcard_words`).  A ``*``
    naming an in-person occasion the phrase admits keeps the phrase to in-person occasions
    ("told a rally audience": a rally's, not a broadcast's audience, though "told * audience"
    also admits an interview)."""
    comp = _compiled(lang)
    out: list[tuple[str, frozenset[str]]] = []
    # Read as written (the expression ignores case but where a name is asked for).
    for m in comp.places.finditer(text):
        i = int(next(k for k, v in m.groupdict().items() if v)[1:])
        kinds = comp.place_kinds[i]
        if not comp.place_names_kind[i]:
            covered = kinds_named(_wildcard_words(comp.place_phrases[i], m.group(0), lang), lang)
            if covered and not covered & kinds:
                continue
            if covered & kinds & _IN_PERSON:
                kinds = kinds & _IN_PERSON
        out.append((" ".join(m.group(0).lower().split()), kinds))
    return tuple(out)


def _wildcard_words(phrase: str, matched: str, lang: LanguageData) -> str:
    """The words of ``matched`` that the ``*`` of ``phrase`` stands for ("the debate" of
    "told the debate crowd" for "told * crowd"); empty when the phrase has none.  A word
    whose last part after a hyphen names a kind of occasion is left out: a prefix joined to
    a kind word ("a post-debate crowd") speaks of another time than that occasion."""
    pattern = phrase.split()
    if WILDCARD not in pattern:
        return ""
    at = pattern.index(WILDCARD)
    words = matched.split()[at : len(matched.split()) - (len(pattern) - at - 1)]
    return " ".join(w for w in words if "-" not in w or not kinds_named(w.rsplit("-", 1)[1], lang))


def admits(
    kinds: tuple[tuple[str, frozenset[str]], ...], src: Source, lang: LanguageData
) -> bool | None:
    """The one decision whether place phrases (:func:`kinds_in`) let ``src`` be the quote's
    occasion by its kind: True when one of them admits a kind the source declares, False when
    none does, None when there are no phrases or the source declares no kind."""
    declared = source_kinds(src, lang)
    if not kinds or not declared:
        return None
    if declared & CONTAINER_KINDS:
        # A meeting holds a crowd, an audience, a hearing: "told the audience" admits it only
        # when no other phrase names another occasion ("told the audience at the gala": the
        # gala's; review 22-2 #2).
        return all(admitted & declared for _, admitted in kinds)
    return any(admitted & declared for _, admitted in kinds)


CONTAINER_KINDS = frozenset({"meeting"})
"""Kinds of occasion that hold occasions of other kinds: a council meeting holds a hearing, a
debate, a member's speech to a crowd.  A declared occasion of such a kind is where a cue that
names only a kind it holds ("at the hearing") places the quote (:func:`occasion.agrees`) —
when every place phrase of the quote admits it (:func:`admits`); a speech or a rally holds no
other (a rally is not "a speech at a convocation")."""


PERFECT_REACH = 40
"""Characters before a quote's reporting verb searched for a perfect auxiliary ("has
repeatedly said"): an auxiliary and up to two words."""


def repeated(ctx: ArticleContext, quote: Quote) -> str | None:
    """The phrase by which the article says the quote's words were said on several occasions,
    or on an earlier one it does not single out, or None: its reporting verb in the perfect
    (``perfect_auxiliaries``: "Lee has said", "had told", "she's called"), or a phrase of
    ``occasion_repeated`` in its sentence ("repeatedly", "at every rally", "throughout the
    week") — either in the reporting verb's own clause, not in an aside about the speaker
    (:func:`_aside`: "Rook, who has lived here for years, said").  A source of one occasion is
    then not shown to be the quote's unless the article names it, or gives the quote the one
    day a source it declares is dated (:mod:`quotecheck.score.checks.occasion`)."""
    key = ("repeated", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, str) else None
    comp = _compiled(ctx.lang)
    att = quote.attribution
    found: str | None = None
    at = att.cue_start
    # Only in the reporting verb's own clause, not in an aside about the speaker ("Rook, who
    # has lived here for years, said"; "Rook, mayor for years, said"): :func:`_aside`.
    if at is not None and att.cue:
        view = _own_clause(ctx.view, quote, ctx.lang)
        m = comp.perfect.search(view, max(0, at - PERFECT_REACH), at)
        # A clitic before a noun cue is a possessive, not "has" ("the mayor's promise that
        # “…”"): a perfect auxiliary only before a verb's participle, never before its bare
        # form ("Lee's report, “…”, says": "has report" is no perfect).
        nouns = ctx.lang.reporting_nouns | ctx.lang.speech_nouns | ctx.lang.reporting_verbs
        if m is not None and m.group(0).lstrip()[1:2] in APOSTROPHES and att.cue.lower() in nouns:
            m = None
        if m is not None:
            # The whole word the clitic is written onto ("Lee's said", not "e's said").
            start = m.start()
            while start > 0 and view[start - 1].isalnum():
                start -= 1
            found = " ".join(view[start : m.end()].split() + att.cue.split())
    if found is None:
        said = _said_frame(ctx, quote)
        m = comp.repeated.search(said)
        if m is None:  # "In the past, Lee said": only where the phrase opens the sentence
            m = next(
                (
                    o
                    for o in comp.repeated_opening.finditer(said)
                    if opens_sentence_in(ctx.lang, said, o.start())
                ),
                None,
            )
        if m is not None:
            found = " ".join(m.group(0).split())
    ctx.memo[key] = found
    return found


def names_day(ctx: ArticleContext, quote: Quote, src: Source) -> bool:
    """Whether the article gives the quote a single day, the one ``src`` is dated ("said on
    Tuesday", the source dated that Tuesday)."""
    day = day_of(src.date)
    return day is not None and any(t.first == t.last == day for t in placement(ctx, quote).times)


def dates_there(
    ctx: ArticleContext, quote: Quote, src: Source, *, most_days: int, near: bool
) -> bool:
    """Whether the article gives the quote a time that puts it on ``src``'s day: a single day
    the source is dated (with :data:`DAY_SLACK`: "five days ago"; a day named by its
    weekday or date without: "on Friday", "April 10", :attr:`TimeSpan.exact`),
    however long before the article (an exact date naming the source's day is evidence of
    it), or, when ``near`` (the source is dated in the days the article reports on), a time
    phrase spanning at most ``most_days`` days that holds the day, without slack: "days
    ago", "this week" for a source of those days — not "last month", which holds many
    occasions.  A span's vague ends get no slack, or "days ago" (2-9 days) would reach a
    source ten days old."""
    day = day_of(src.date)
    if day is None:
        return False
    for t in placement(ctx, quote).times:
        if t.first == t.last:
            if t.holds(day):
                return True
        elif near and (t.last - t.first).days < most_days and t.first <= day <= t.last:
            return True
    return False


def frame_without_repeated(ctx: ArticleContext, quote: Quote) -> str:
    """The quote's frame (:func:`frame`) with the phrases of several occasions blanked ("at
    every rally" names no rally)."""
    return _compiled(ctx.lang).repeated.sub(" ", frame(ctx, quote))


def clash(ctx: ArticleContext, quote: Quote, src: Source, *, before: bool = True) -> Clash | None:
    """Why ``src`` cannot be the occasion the article gives the quote, or None: the article
    places it on occasions of kinds the source is none of ("at a rally" — the source is an
    interview), or in days the source's date is outside of ("last month" — the source is
    dated a year before).  A source that declares no kind (no date) never clashes by kind
    (date); several placements clash only when all of them do.  ``before``: the sentences
    before the quote count (:func:`placement`)."""
    where = placement(ctx, quote, before=before)
    if not where:
        return None
    if admits(where.kinds, src, ctx.lang) is False:
        what = " or ".join(sorted(source_kinds(src, ctx.lang)))
        return Clash(f"the article places it “{where.kinds[0][0]}”", f"a {what}")
    if where.places and not any(_place_fits(p, src, ctx.lang) for _, p in where.places):
        phrase = where.places[0][0]
        return Clash(f"the article places it “{phrase}”", f"{src.occasion}")
    day = day_of(src.date)
    if where.times and day is not None and not any(t.holds(day) for t in where.times):
        first = where.times[0].phrase
        return Clash(f"the article places it “{first}”", f"dated {src.date}")
    return None


def regions(text: str, lang: LanguageData) -> frozenset[str]:
    """The ids of the regions ``text`` names (``region_names``, as written: "Iowa", "IA")."""
    comp = _compiled(lang)
    return frozenset(lang.region_names[m.group(0)] for m in comp.regions.finditer(text))


def _place_fits(place: str, src: Source, lang: LanguageData) -> bool:
    """Whether the place an article names can be where ``src`` was said: true unless the
    source declares a region in its occasion ("…, Des Moines, IA") and the place shares
    neither a word with the occasion ("Des Moines") nor a region ("Iowa").  A source that
    declares no region is never ruled out by place."""
    declared, described = _described(src.occasion or "", lang)
    if not declared:
        return True
    if regions(place, lang) & declared:
        return True
    words = [
        w.lower()
        for w in letter_words(place)
        if len(w) >= PLACE_MIN_CHARS and w.lower() not in lang.stopwords
    ]
    return any(w in described for w in words)


def _described(occasion: str, lang: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """The regions an occasion declares and its lower-case words (memoised per language:
    :attr:`_Compiled.described`)."""
    return _compiled(lang).described(occasion)
