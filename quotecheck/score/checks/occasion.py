"""Occasions: where the article says a quote was said, against what the sources declare.

* QC203 occasion-mismatch — the words were found, but the article places them elsewhere.
* For a quote *not* found, an occasion the sources do not cover makes it unverifiable rather
  than fabricated (the ladder asks :func:`placed_definitely`, :func:`placed_elsewhere`,
  :func:`uncovered_occasions`, :func:`covered`).
* For a quote found only *approximately* (or in another speaker's words) in a source of another
  occasion, the resemblance proves nothing about the occasion the article means: the ladder
  asks :func:`source_elsewhere` and says "similar words in …" instead of accusing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache

from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import opens_sentence, opens_sentence_in
from quotecheck.match import QuoteMatch, SourcePreference
from quotecheck.match.normalize import APOSTROPHES
from quotecheck.models import Finding, Quote, Source
from quotecheck.score.checks import placement
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import Evidence, reread_preferring

__all__ = [
    "CODES",
    "alike_elsewhere",
    "covered",
    "dated_near",
    "headline_names",
    "later_than_article",
    "mismatch_findings",
    "misplaced",
    "named_reading",
    "names_source_occasion",
    "placed_definitely",
    "placed_elsewhere",
    "placed_here",
    "repeated_unnamed",
    "reported_reading",
    "reports_occasion",
    "source_elsewhere",
    "uncovered_occasions",
    "weak_against_occasion",
]

CODES = ("QC203",)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_THEMATIC_BREAK = re.compile(
    r"(?m)^[ \t\r]*\n(?P<rule>[ \t]*(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\.?[ \t\r]*)$"
)
"""A rule line of ``-`` or ``_`` (``---``, ``___``) after a blank line (group ``rule``): it may
end one item of a live blog and start the next.  Not ``***`` or ``* * *``, an ordinary
article's section break, nor a line right under text, the underline of a heading."""

LIVE_BLOG_RULES = 2
"""Rule lines an article needs before they cut it into items: one is a section break of an
ordinary article, whose sections are one story."""

CONTAINER_KINDS = placement.CONTAINER_KINDS
"""Kinds of occasion that hold others (:data:`placement.CONTAINER_KINDS`)."""

CUE_MIN_CHARS = 3
"""Words of an article's occasion cue shorter than this are not compared ("at", "in")."""

NAME_MIN_CHARS = 4
"""Words of a declared occasion shorter than this are not looked for in the article."""


@cache
def _phrases_re(phrases: frozenset[str]) -> re.Pattern[str]:
    """One expression for any of ``phrases`` as whole words, any white space between them.
    Memoised without bound: ``phrases`` is a language's word list, one entry per language."""
    alts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" if alts else r"(?!)", re.IGNORECASE)


def agrees(cue: str, source: Source, lang: LanguageData) -> bool:
    """Whether the occasion the article names can be the source's own: a word of the cue
    stands in what the source declares, or — for a source that declares its kind and no
    occasion, where words have nothing to compare with but the kind's own word — a place
    phrase of the cue admits its kind (:func:`placement.admits`, the decision
    :func:`placement.clash` takes: "in a podcast" → an interview).  A cue that is only a time
    phrase (``occasion_times``: "am Donnerstag", "el martes") agrees: when, not which occasion,
    read against the source's date by :func:`placement.clash`."""
    if _phrases_re(lang.relative_times).search(cue):
        return True  # relative dates cannot be resolved without the article's date
    places = placement.kinds_in(cue, lang)
    if not source.occasion and placement.admits(places, source, lang):
        return True
    described = " ".join(x for x in (source.occasion, source.date, source.kind) if x).lower()
    years = _YEAR.findall(cue)
    if years:
        known = _YEAR.findall(described)
        return not known or any(y in known for y in years)
    if not (source.occasion or source.kind):
        return True  # a date alone has no words to disagree with (placement.clash reads it)
    # A time phrase says when, not which occasion ("am Donnerstag", "el martes": a cue in
    # languages whose cues hold weekdays): placement.clash reads it against the source's date.
    timeless = placement.without_times(cue, lang)
    words = [
        w
        for w in placement.letter_words(timeless.lower())
        if len(w) >= CUE_MIN_CHARS
        and w not in lang.stopwords
        and w not in lang.occasion_fillers
        and w not in lang.occasion_stems
    ]
    if not words and timeless != cue:
        return True  # nothing but a time phrase
    if not words and placement.admits(places, source, lang):
        return True  # "on X", a word too short to compare, of a kind the source declares
    held = (
        placement.kinds_named(source.occasion, lang) & CONTAINER_KINDS if source.occasion else None
    )
    if (
        held
        and words
        and all(placement.kinds_named(w, lang) for w in words)
        and all(kinds & held for _, kinds in places)
    ):
        # A cue that names only a kind ("at the hearing", no name of its own to compare) whose
        # place phrase admits the occasion that holds it: a council meeting holds a hearing
        # (occasion_places: "at * hearing = hearing meeting"; review 21-4 #1).
        return True
    stems = [stem for stem in sorted(lang.occasion_stems) if stem in cue.lower()]
    words.extend(stems)
    # "tweeted" against "posts on X": the kind of the stem ("tweet" → post) is one the source's
    # own words declare (its occasion; its kind only when declared, not the loader's guess).
    own = _without_guessed_kind(source)
    if stems and placement.kinds_named(" ".join(stems), lang) & placement.source_kinds(own, lang):
        return True
    return any(w in described for w in words)


def misplaced(
    ctx: ArticleContext, quote: Quote, src: Source, *, before: bool = True
) -> placement.Clash | None:
    """Why ``src`` cannot be the occasion the article gives ``quote``, or None: the
    extractor's occasion cue does not agree with what the source declares (:func:`agrees`),
    or the quote's sentence places it on an occasion of another kind or in other days than
    the source declares (:func:`placement.clash`: "at a rally" against an interview, "last
    month" against a source of last year); ``before``: or the sentences before it do, when
    its own places it nothing (:func:`placement.context`)."""
    cue = placement.own_cue(ctx, quote)
    if cue and not agrees(cue, src, ctx.lang):
        return placement.Clash(f"the article places it “{cue}”")
    held = src.occasion and placement.kinds_named(src.occasion, ctx.lang) & CONTAINER_KINDS
    whole = _with_complement(ctx, quote, cue) if cue and held else None
    if whole and not agrees(whole, src, ctx.lang):
        return placement.Clash(f"the article places it “{whole}”")
    return placement.clash(ctx, quote, src, before=before)


def _with_complement(ctx: ArticleContext, quote: Quote, cue: str) -> str | None:
    """The cue with the phrase that follows it in the quote's frame, to the end of its
    clause, when it opens with a preposition that names who held the occasion
    (``occasion_holder_prepositions``: "at a hearing" + "of the state senate"): the words
    that say which hearing.  A kind a council meeting holds ("at a hearing") vouches for the
    meeting only when nothing after it names another body (review 22-2 #2).  None when the
    frame holds no such phrase after the cue."""
    framed = " ".join(placement.frame(ctx, quote).split())
    at = framed.lower().find(" ".join(cue.lower().split()))
    if at < 0:
        return None
    rest = framed[at + len(" ".join(cue.split())) :]
    rest = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
    words = rest.split()
    if not words or words[0].lower() not in ctx.lang.occasion_holder_prepositions:
        return None
    return f"{cue} {' '.join(words)}"


_CLAUSE_END = re.compile(r"[,.!?;:—–“”\"]")
"""Where the phrase after an occasion cue ends in the quote's frame."""


def mismatch_findings(ev: Evidence) -> list[Finding]:
    """QC203: the words were found, but the article places them on another occasion — in
    the quote's own frame: a finding on words found needs the article's own word for their
    occasion, not the sentences before (``before=False``); and against what the source
    declares (:func:`_as_declared`), not a kind the loader guessed."""
    ctx = ev.ctx
    info = ev.info
    found = ctx.source_named(info.source) if info is not None else None
    source = _as_declared(found) if found is not None else None
    if source is None or info is None:
        return []
    elsewhere = misplaced(ctx, ev.quote, source, before=False)
    if elsewhere is None:
        return []
    where = ", ".join(x for x in (source.occasion or source.kind, source.date) if x)
    # the article's placement only: what the source is, QC203 says in ``where``
    why = f"{elsewhere.placed}, but the words are from {info.source} ({where})"
    return [ctx.finding(ev.quote, "QC203", why)]


def _as_declared(src: Source) -> Source | None:
    """``src`` as it declares itself, for QC203: without its kind unless one was declared
    (``kind_declared``: the loader's default "statement" is a guess, no evidence that the
    article put the words on the wrong occasion — "wrote on Facebook", "told reporters"
    against a source file that never said what it is); None when it then declares nothing
    (no kind, occasion or date) for the article's placement to disagree with.  Ruling a
    source out for a look-alike or an absence (:func:`source_elsewhere`, :func:`covered`)
    still reads the guess: there it keeps an accusation from being made, not makes one."""
    if not (src.kind_declared or src.occasion or src.date):
        return None
    return _without_guessed_kind(src)


def _without_guessed_kind(src: Source) -> Source:
    """``src`` with its kind only when it declared one (``kind_declared``), else with none:
    the one place a source is read as it declares itself (:func:`agrees`, :func:`_as_declared`)."""
    return src if src.kind_declared else src.model_copy(update={"kind": ""})


def placed_here(ctx: ArticleContext, quote: Quote, speaker: str) -> bool:
    """Whether the quote's own sentence places it (a kind or a time of occasion:
    :func:`placement.placement`) on an occasion a source of ``speaker`` covers
    (:func:`covered`: "“…,” Lee said in the speech" against a speech the article declares).
    Then its own placement outweighs where the article places the speaker's other quotes."""
    return bool(placement.placement(ctx, quote)) and covered(ctx, quote, speaker)


def placed_definitely(ctx: ArticleContext, quote: Quote, speaker: str) -> bool:
    """Whether the quote's own occasion cue names one occasion by a definite determiner
    (``definite_determiners``: "at the press conference", "during this interview") and a source
    of ``speaker`` covers it (:func:`covered`: declared by the article, or named by it; not of
    another kind or other days than the cue gives).  "At a rally in …", "in an interview
    with …" may be any rally or interview, the one the article declares or not; "the press
    conference", in an article that declares one, is that one: a quote it does not hold may be
    fabricated (rule 8)."""
    cue = placement.own_cue(ctx, quote)
    if not cue:
        return False
    # Only the word right after the cue's opening preposition ("at the press conference"),
    # as written: a capitalised "The" is part of a name ("told The Harbour Gazette"), and a
    # "the" further on is inside one.
    words = placement.letter_words(cue)
    if len(words) < 2 or words[1] not in ctx.lang.definite_determiners:
        return False
    return covered(ctx, quote, speaker)


def placed_elsewhere(ctx: ArticleContext, quote: Quote, speaker: str) -> list[str]:
    """Occasions the article names for the speaker's other quotes that none of the speaker's
    sources can be."""
    occasions = _other_cues(ctx, quote)
    if not occasions:
        return []  # the common case: no need to look through every source's turns
    sources = ctx.speaker_sources(speaker)
    return [occ for occ in occasions if not any(agrees(occ, s, ctx.lang) for s in sources)]


def _other_cues(ctx: ArticleContext, quote: Quote) -> list[str]:
    """The occasion cues of the quotes of ``quote``'s speaker
    (:meth:`ArticleContext.occasions_for`), each read in its own quote's frame
    (:func:`placement.own_cue`: not from an aside about the speaker)."""
    key = ("own cues", -1, -1)
    grouped = ctx.memo.get(key)
    if not isinstance(grouped, dict):  # once per article: every quote's cue read once
        grouped = ctx.occasions_by_speaker(lambda q: placement.own_cue(ctx, q))
        ctx.memo[key] = grouped
    item = _item(ctx, quote.start)
    # Only the quotes of the same item of a live blog: the next item is another hour's news.
    same = {
        who: kept
        for who, hits in grouped.items()
        if (kept := [(i, occ) for i, occ in hits if _item(ctx, ctx.quotes[i].start) == item])
    }
    return ctx.occasions_for(quote, same)


def _item(ctx: ArticleContext, at: int) -> int:
    """Which item of a live blog offset ``at`` stands in: the rule lines (``---``, ``___``)
    before it (:func:`_rule_lines`); 0 in an article that is no live blog.  Their starts are
    listed once per article."""
    key = ("rule line starts", -1, -1)
    breaks = ctx.memo.get(key)
    if not isinstance(breaks, list):
        breaks = [start for start, _ in _rule_lines(ctx)]
        ctx.memo[key] = breaks
    return bisect.bisect_right(breaks, at)


def _rule_lines(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Where the rule lines that cut a live blog into items stand (start, end), in order;
    none unless the article has at least ``LIVE_BLOG_RULES`` of them.  Once per article."""
    key = ("rule lines", -1, -1)
    spans = ctx.memo.get(key)
    if not isinstance(spans, list):
        spans = [m.span("rule") for m in _THEMATIC_BREAK.finditer(ctx.view)]
        if len(spans) < LIVE_BLOG_RULES:
            spans = []
        ctx.memo[key] = spans
    return spans


def repeated_unnamed(ctx: ArticleContext, quote: Quote, src: Source) -> str | None:
    """Why ``src`` is not shown to be the quote's occasion when the article says the words
    were said on several occasions or an earlier one it does not single out
    (:func:`placement.repeated`: "Lee has said", "she repeatedly called it", "at every
    rally"), or None: unless the article names the source's occasion in the quote's own
    frame (:func:`names_source_occasion` on :func:`placement.frame_without_repeated`, not the
    ``occasion-window`` or a live blog's item around it; for a source it declares, a kind
    word does, and so does the one day it is dated: "said on Tuesday, as she has for
    years"), one occasion's transcript neither shows the words altered (they may come, as
    quoted, from another of those occasions) nor shows them invented.  Such a source is then
    not the occasion the article reports either (:func:`reports_occasion`), nor read again
    as the occasion it names (:func:`reported_reading`, :func:`named_reading`)."""
    phrase = placement.repeated(ctx, quote)
    if phrase is None:
        return None
    # Only in the quote's own frame, outside the phrase of several occasions: the phrase is
    # the article's own word on where these words were said, and outweighs an occasion named
    # a sentence before or elsewhere in a live blog's item ("… a party at the Harbour Hall.
    # Lee once said: “…”" does not put the words at the party).  By a word that identifies
    # it; a kind word ("the debate") names only a source the article declares ("at every
    # rally" names no rally).
    said = placement.frame_without_repeated(ctx, quote)
    if names_source_occasion(ctx, quote, src, text=said, identifying=True):
        return None
    if not src.shared and placement.names_day(ctx, quote, src):
        return None  # the article gives the quote the day of the source it declares
    if not src.shared and names_source_occasion(ctx, quote, src, text=said):
        return None
    return f"the article says it was said on several or earlier occasions (“{phrase}”)"


def weak_against_occasion(ev: Evidence) -> bool:
    """A reworded match (below ``found-min``) of a quote the article places on another
    occasion, or whose speaker's other quotes it places there: shared topic words are weak
    evidence, and the occasion says where the words really come from."""
    speaker = ev.quote.attribution.speaker
    if not speaker or ev.similarity >= ev.ctx.settings.found_min:
        return False
    # The quote's own cue places it elsewhere only when it does not agree with the source: a
    # quote the article says was "told NBC" is not weakened by being found, reworded, in the
    # NBC interview.
    if not _own_occasion(ev.ctx, ev.quote) and placed_elsewhere(ev.ctx, ev.quote, speaker):
        return True
    return ev.source is not None and misplaced(ev.ctx, ev.quote, ev.source) is not None


def _own_occasion(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the article places the quote itself, so that where it places the speaker's
    other quotes does not count: the quote has an occasion cue of its own, or its frame
    places it (:func:`placement.placement`) and says that occasion is another than the ones
    around it (:func:`placement.shifted`: "in a different media appearance", "in another
    interview").  A placement alone does not: "said Friday", "on the stump" leave the
    occasions of the other quotes of those days in play."""
    if placement.own_cue(ctx, quote):
        return True
    return placement.shifted(ctx, quote) and bool(placement.placement(ctx, quote))


def uncovered_occasions(ctx: ArticleContext, quote: Quote, speaker: str) -> list[str]:
    """The occasions every source of ``speaker`` that may be the quote's declares, when the
    article reports none of them for the quote (:func:`reports_occasion`; empty when such a
    source declares none, or the article reports one) — by a word for its kind only in the
    quote's own frame: "the debate" two sentences away does not put a quote on the declared
    debate; nor does the declared source's date, the article's own week (``own_frame``).  A
    source that declares no occasion and that the article's placement rules out
    (:func:`misplaced`: a statement, for a quote "told a rally") is none of them: it does not
    make the council meeting beside it cover the rally."""
    covered: list[str] = []
    for src in ctx.speaker_sources(speaker):
        if not src.occasion and misplaced(ctx, quote, src):
            continue
        if not src.occasion or reports_occasion(ctx, quote, src, own_frame=True):
            return []
        covered.append(src.occasion)
    return list(dict.fromkeys(covered))


def source_elsewhere(ev: Evidence) -> str | None:
    """Why the matched source is of another occasion than the quote, or None.

    * it is dated after the article;
    * the article places the quote on an occasion the source cannot be (:func:`misplaced`,
      QC203's test: the cue disagrees, or the quote's sentence gives another kind of occasion
      or other days), or its own frame puts the words apart from the very occasion
      the source declares (:func:`apart_from`: "said after the hearing" against a hearing);
    * the article gives the quote no cue but places the speaker's other quotes on occasions
      the source cannot be;
    * the source was given for many articles (``shared``), declares an occasion or a date, and
      the article does not report it (:func:`reports_occasion`: dated in the days before the
      article, or named near the quote) — even when the quote's cue agrees with its kind.

    A source declared by the article itself, and a shared source that declares neither an
    occasion nor a date, are not known to be of another occasion."""
    ctx, quote = ev.ctx, ev.quote
    src = ev.source
    if src is None:
        return None
    if _dated_after(ctx, src):
        return f"it is dated {src.date}, after the article ({ctx.date})"
    clashes = misplaced(ctx, quote, src)
    elsewhere = str(clashes) if clashes else repeated_unnamed(ctx, quote, src)
    if elsewhere:
        return elsewhere
    shift = apart_from(ctx, quote, src)
    if shift:
        return shift
    speaker = quote.attribution.speaker
    # The quote's own cue outweighs the occasions of the speaker's other quotes; so does a
    # placement in its own frame that the source agrees with (it was not misplaced above)
    # when the frame says the occasion is another than the ones around it ("he said in a
    # different media appearance").
    others = _other_cues(ctx, quote) if speaker and not _own_occasion(ctx, quote) else []
    if others and not any(agrees(occ, src, ctx.lang) for occ in others):
        return f"the article places {speaker}'s quotes {others[0]}"
    # A cue that agrees with a shared source only by its kind ("in an interview": hundreds
    # of interviews) does not make it the quote's occasion: the article must report it.
    if not src.shared:
        return None
    if reports_occasion(ctx, quote, src):
        # Reported by its date alone, a source is the quote's occasion only for words found
        # there as closely as the occasion of the article's days is read for (REPORTED_MIN):
        # a loose likeness there is likelier a line said again elsewhere.
        if ev.similarity >= REPORTED_MIN or names_source_occasion(ctx, quote, src):
            return None
        return (
            f"it is dated {src.date}, in the article's days, but the article does not name "
            f"its occasion and the words are only loosely alike (similarity "
            f"{ev.similarity:.2f}, below {REPORTED_MIN})"
        )
    if dated_near(ctx, src) is not None:
        return f"it is dated {src.date}, the article {ctx.date}, which does not name its occasion"
    if src.occasion:
        return "the article does not name its occasion"
    return None


def apart_from(ctx: ArticleContext, quote: Quote, src: Source) -> str | None:
    """Why ``src`` is not shown to be the quote's occasion when the quote's own frame puts the
    words apart from the very occasion the source declares (:func:`placement.apart`: "“…,”
    Lee said after the hearing" against a source whose ``occasion:`` is a hearing), or None.

    Only when the source declares an occasion and the phrase names it by a word for its kind
    (``occasion_kinds``: "after the hearing", "before Tuesday's debate", "in another
    interview") that the declared occasion holds too: the hearing's transcript does not hold
    what was said after it, so a line there like the quote shows no alteration of it.  Not
    for a source that declares no occasion (plain remarks may be the doorstep words "after
    the meeting" themselves), nor one whose occasion is itself apart from one ("remarks after
    the council meeting"); not for a phrase that names no kind of occasion — an event inside
    one ("before the vote", "after the recess": a vote is held at the meeting), a bare
    "later" or "separately", "on the sidelines", "as she left the hall" —; not for a phrase
    with no word for its ``*`` ("said after meeting Tom Reyes": a verb's -ing form), nor one
    that does not end where it names the occasion ("before the hearing ended", "after the
    hearing resumed", the hearing's lunch recess: :func:`_ends_phrase`, one way only); and
    not when the frame, outside the phrase, names the source's occasion
    (:func:`names_source_occasion`: a host in its cue, a name, a kind and a day) or places the
    quote at the source's kind ("After the debate, at the rally, Lee said").  (A first
    version, 347ff43, read every phrase against every source and was reverted: review 22-3.)"""
    if not src.occasion:
        return None
    shift = placement.apart(ctx, quote)
    if shift is None:
        return None
    written = " ".join(shift.lower().split())
    if written in _unfilled_shifts(ctx.lang.occasion_shifts):
        return None  # "after meeting Tom Reyes": with no word for "*", as often a verb's form
    kinds = ctx.lang.occasion_kinds
    named = {_singular(w, kinds) for w in placement.letter_words(written)} & kinds
    declared = {_singular(w, kinds) for w in placement.letter_words(src.occasion.lower())}
    if not named & declared:
        return None  # "before the vote": no kind of occasion the source declares
    if written.split()[0] in declared:
        return None  # "remarks after the council meeting": the source is itself apart
    phrase = re.compile(r"\s+".join(map(re.escape, shift.split())), re.IGNORECASE)
    frame = placement.frame(ctx, quote)
    if not _ends_phrase(frame, phrase, ctx.lang):
        return None  # "before the hearing ended", "after the hearing's lunch recess"
    said = phrase.sub(lambda m: " " * len(m.group(0)), frame)
    if names_source_occasion(ctx, quote, src, text=said):
        return None
    if placement.admits(placement.placement(ctx, quote).kinds, src, ctx.lang):
        return None
    return f"the article places it apart from the occasion the source records (“{shift}”)"


def _ends_phrase(frame: str, phrase: re.Pattern[str], lang: LanguageData) -> bool:
    """Whether the occasion phrase found in ``frame`` names the whole occasion: followed by a
    stop, a comma, the frame's end, a capitalised word ("after the hearing Tuesday") or a
    preposition ("after the hearing on Monday", "in the corridor") — not by a verb that makes
    the occasion the subject of a clause inside it ("before the hearing ended", "after the
    hearing resumed", "got under way") nor a possessive that names a part of it ("after the
    hearing's lunch recess"): the words were then said at the occasion (review 23-1 #1).  One
    way only: a verb that ends the occasion after "after" (``occasion_apart_directed``: "after
    the hearing ended") still puts the words after it."""
    m = phrase.search(frame)
    if m is None:
        return False
    after = frame[m.end() :]
    if after[:1] in APOSTROPHES:
        return False
    rest = after.lstrip()
    if not rest or not rest[0].isalpha():
        return True
    word = rest.split(None, 1)[0].strip(",.;:!?")
    if f"{m.group(0).split()[0].lower()} {word.lower()}" in lang.occasion_apart_directed:
        return True  # "after the hearing ended": after it, as "after the hearing" is
    prepositions = lang.prepositions | lang.day_prepositions | lang.place_prepositions
    return word[:1].isupper() or word.lower() in prepositions


def _singular(word: str, kinds: frozenset[str]) -> str:
    """``word`` as the kind word it is a plural or possessive of ("hearings", "debate's"),
    else itself."""
    for end in ("'s", "’s", "es", "s"):
        if word.endswith(end) and word[: -len(end)] in kinds:
            return word[: -len(end)]
    return word


@cache
def _unfilled_shifts(shifts: frozenset[str]) -> frozenset[str]:
    """The phrases of ``occasion_shifts`` with a ``*`` as written with no word for it
    ("after meeting" for "after * meeting"): a phrase of another occasion names it with a
    determiner or a day ("after the meeting", "after Tuesday's debate"); without one the noun
    is as often a verb's -ing form ("said after meeting Tom Reyes", "before hearing the
    verdict").  Memoised without bound: one entry per language."""
    return frozenset(" ".join(w for w in p.split() if w != "*") for p in shifts if "*" in p)


def alike_elsewhere(ev: Evidence) -> str | None:
    """Why a reading in a source the article reports by its date alone cannot be judged as the
    quote's occasion, or None: another occasion of the speaker's (not dated after the article,
    not placed elsewhere by it: :func:`misplaced`) holds an equally close passage.

    A stock line said at two rallies, quoted with a difference from both, shows no alteration
    of either: the article names neither, and the words may come from a third occasion where
    they were said the article's way.  Only a source the article *names* (or declares for
    itself) singles out its occasion; the date does not, when the speaker spoke the same words
    on several occasions.  One more reading of the quote (preferring the speaker's other
    occasions), for approximate readings only."""
    ctx, quote, src = ev.ctx, ev.quote, ev.source
    speaker = quote.attribution.speaker
    if src is None or not src.shared or not speaker or names_source_occasion(ctx, quote, src):
        return None
    others = [
        s
        for s in ctx.speaker_sources(speaker)
        if s is not src and not _dated_after(ctx, s) and misplaced(ctx, quote, s) is None
    ]
    if not others:
        return None
    ids = {id(s) for s in others}
    sources = ctx.index.sources

    def prefer(s_idx: int) -> bool:
        return 0 <= s_idx < len(sources) and id(sources[s_idx]) in ids

    alt = reread_preferring(ev, SourcePreference(prefer))
    if alt is None or alt.primary is None:
        return None
    other = sources[alt.primary.source]
    name = ctx.source_names[alt.primary.source]
    when = f", {other.date}" if other.date else ""
    return (
        f"the same words are as close in {name} ({other.occasion or other.kind}{when}), "
        f"another occasion of {speaker}'s, and the article names neither"
    )


def reported_reading(ev: Evidence, *, named: bool = False) -> QuoteMatch | None:
    """The quote matched again, preferring, among equally good passages, those in a source of
    an occasion the article reports (:func:`reports_occasion`): a stock phrase said at many
    rallies is judged against the rally the article reports, not the first one found.  None
    when no such passage is as good as the one found (or the matcher cannot be asked).
    ``named``: else the passage of an occasion the article names, or reports by its date,
    if close enough (:func:`_reported_only_reading`)."""
    ctx, quote = ev.ctx, ev.quote
    sources = ctx.index.sources
    memo: dict[int, bool] = {}

    def prefer(s_idx: int) -> bool:
        if s_idx not in memo:
            memo[s_idx] = 0 <= s_idx < len(sources) and reports_occasion(ctx, quote, sources[s_idx])
        return memo[s_idx]

    alt = reread_preferring(ev, SourcePreference(prefer))
    if alt is not None or not named:
        return alt
    return _reported_only_reading(ev)


REPORTED_MIN = 0.7
"""Similarity from which the passage of an occasion the article reports by its date alone is
judged instead of a closer one elsewhere (:func:`_reported_only_reading`).  Higher than
``found-min``: without a name, a stock line said again at another occasion is the likelier
source of a loose resemblance; at this bar a quote differs from the passage of its days by at
most about one word in three."""


def _reported_only_reading(ev: Evidence) -> QuoteMatch | None:
    """The quote's best passage in the sources of an occasion the article reports, when the
    quote is found there, however close a passage of another occasion is: the occasion the
    article reports is the one the quote must be checked against.

    1. The sources whose occasion the article names near it (:func:`names_source_occasion`,
       not placed elsewhere, not dated after it), when the quote is found there
       (:attr:`Evidence.found`, and similar at least ``found-min``: five words in a row are
       not enough): "in a meeting with the Gazette's editorial board, Lee said “…”" is
       checked against that meeting, not a closer echo at a town hall.
    2. Else every source of an occasion the article reports (:func:`reports_occasion`: those
       of step 1, and those the speaker speaks in dated in the article's days), read together,
       when the quote is found there at least :data:`REPORTED_MIN`: a line quoted the day
       after an interview is checked against that interview, not against a closer echo
       months before.  Not when step 1's best passage is the one already judged: the named
       occasion is kept (step 2 reads the named sources too, and could trade the named debate
       for an interview of the same days).

    None when no such source holds the quote (or the matcher cannot be asked)."""
    ctx, quote = ev.ctx, ev.quote
    if ctx.reread is None:
        return None
    sources = ctx.index.sources

    def asked(test: Callable[[Source], bool]) -> Callable[[int], bool]:
        memo: dict[int, bool] = {}

        def wanted(s_idx: int) -> bool:
            if s_idx not in memo:
                memo[s_idx] = 0 <= s_idx < len(sources) and test(sources[s_idx])
            return memo[s_idx]

        return wanted

    def named(src: Source) -> bool:
        return (
            not _dated_after(ctx, src)
            and misplaced(ctx, quote, src) is None
            and repeated_unnamed(ctx, quote, src) is None
            and names_source_occasion(ctx, quote, src)
        )

    def by_date(src: Source) -> bool:
        return reports_occasion(ctx, quote, src)

    for test, bar in ((named, ctx.settings.found_min), (by_date, REPORTED_MIN)):
        wanted = asked(test)
        alt = ctx.reread(quote, SourcePreference(wanted, only=True))
        primary = alt.primary
        if primary is not None and primary.source == _primary(ev):
            if test is named:
                # The named occasion's best passage is the one already judged: reading the
                # days' sources with it (step 2) could only move it off the occasion named.
                return None
            continue
        if primary is None or not wanted(primary.source):
            continue
        if alt.similarity >= bar and Evidence(quote, alt, ctx).found:
            return alt
    return None


def named_reading(ev: Evidence) -> QuoteMatch | None:
    """The quote's best passage in the sources whose occasion the article names near it
    (step 1 of :func:`_reported_only_reading`), when it is found there and is not the passage
    already judged; None otherwise.  Asked when another occasion of the article's days holds
    the words as closely (:func:`alike_elsewhere`): the occasion the article names decides
    which of them the quote is checked against."""
    ctx, quote = ev.ctx, ev.quote
    if ctx.reread is None or not quote.attribution.speaker:
        return None
    sources = ctx.index.sources
    memo: dict[int, bool] = {}

    def wanted(s_idx: int) -> bool:
        if s_idx not in memo:
            src = sources[s_idx] if 0 <= s_idx < len(sources) else None
            memo[s_idx] = (
                src is not None
                and not _dated_after(ctx, src)
                and misplaced(ctx, quote, src) is None
                and repeated_unnamed(ctx, quote, src) is None
                and names_source_occasion(ctx, quote, src)
            )
        return memo[s_idx]

    alt = ctx.reread(quote, SourcePreference(wanted, only=True))
    primary = alt.primary
    if primary is None or primary.source == _primary(ev) or not wanted(primary.source):
        return None
    if alt.similarity >= ctx.settings.found_min and Evidence(quote, alt, ctx).found:
        return alt
    return None


def _primary(ev: Evidence) -> int | None:
    return None if ev.qmatch.primary is None else ev.qmatch.primary.source


def covered(ctx: ArticleContext, quote: Quote, speaker: str) -> bool:
    """Whether some source of ``speaker`` covers the quote's occasion, so that a quote missing
    from it can be called fabricated: a source the article declares for itself (not
    ``shared``) — one that declares an occasion only when the article reports it for the
    quote by rule 8's test (:func:`reports_occasion` in the quote's own frame: a council
    meeting the article declares does not cover what the mayor "told a rally") —, or a
    shared source whose occasion the article names by an identifying word
    near a quote it gives an occasion cue (``Attribution.occasion``; a kind word such as
    "interview" names none of hundreds of interviews) — and, either way, not
    of another kind or other days than the quote's sentence gives it (:func:`misplaced`: a
    debate transcript declared for an article does not cover what the candidate "told
    reporters").  A word of the occasion somewhere near the quote is not enough here: among
    hundreds of shared sources, some occasion always shares a word with the article.

    Asked up to three times for a quote not found (rule 8's placements and step 9): computed
    once per quote and speaker (``ctx.memo``)."""
    key = (f"covered {speaker}", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, bool):
        return hit
    cue = placement.own_cue(ctx, quote)
    found = False
    for src in ctx.speaker_sources(speaker):
        if misplaced(ctx, quote, src) or _dated_after(ctx, src):
            continue  # of another kind or other days than the article gives the quote
        if repeated_unnamed(ctx, quote, src):
            continue  # "has said", "at every rally": an occasion the article does not name
        if not src.shared:
            if src.occasion and not reports_occasion(ctx, quote, src, own_frame=True):
                continue  # rule 8's test: the article does not put the quote on its occasion
            found = True
            break
        if cue and names_source_occasion(ctx, quote, src):
            found = True
            break
    ctx.memo[key] = found
    return found


def reports_occasion(
    ctx: ArticleContext, quote: Quote, src: Source, *, own_frame: bool = False
) -> bool:
    """The one occasion check: whether the article, for ``quote``, reports the occasion ``src``
    declares — the article names its occasion near the quote (:func:`names_source_occasion`),
    or the quote's speaker speaks in it and it is dated in the days before the article
    (:func:`dated_near`).  A source dated after the article never is: the words were said
    after it was written; nor one the article says the words were said before, or on
    several occasions, without naming it in the quote's own frame (:func:`repeated_unnamed`:
    "Lee once said", the party named a sentence before).  The date speaks only for the
    speaker's own occasions: an interview of the same week where someone else says the words
    is no occasion of the speaker's; and only when the quote's own sentence names none of
    them (then it reports the one it names: "at a rally in Marrowby" is not the rally of
    the next town that week).

    ``own_frame``: a word for the kind of occasion names a source the article declares only in
    the quote's own frame (:func:`placement.frame`: "“…,” Lee said at the debate"), not
    anywhere near it: the test for a quote missing from its sources (rule 8), where absence
    becomes an accusation.  There the date alone does not report a source the article
    declares: its own frame must put the quote on the source's day
    (:func:`placement.dates_there`) or kind (:func:`placement.admits`)."""
    if _dated_after(ctx, src) or misplaced(ctx, quote, src):
        return False
    if repeated_unnamed(ctx, quote, src):
        return False  # "has said", "once said": not this occasion, unless its own frame names it
    if names_source_occasion(ctx, quote, src, identifying=own_frame):
        return True
    if (
        own_frame
        and not src.shared
        and names_source_occasion(ctx, quote, src, text=placement.frame(ctx, quote))
    ):
        return True
    if own_frame and not src.shared:
        # Absence from a source the article declares is an accusation only where the article
        # puts the quote there: its date says the article reports that occasion, not that
        # every quote of the speaker without a placement was said at it (an article on a
        # debate quotes the week's rallies and interviews too).  A time the article gives the
        # quote that holds the source's day does put it there ("Lee said on Monday"; "days
        # ago" for a source of the days the article reports; not "last month"), and so does
        # a place phrase of the source's kind ("told reporters", against the press
        # conference it declares).
        where = placement.placement(ctx, quote)
        return bool(placement.admits(where.kinds, src, ctx.lang)) or placement.dates_there(
            ctx,
            quote,
            src,
            most_days=ctx.settings.occasion_days + 1,
            near=bool(dated_near(ctx, src)),
        )
    speaker = quote.attribution.speaker
    if not speaker or not dated_near(ctx, src):
        return False
    days = _occasions_of_days(ctx, quote, speaker)
    if not any(s is src for s in days):
        return False
    # When the quote's own sentence names one of the speaker's occasions of those days, it
    # reports that one, not the others: "at a rally in Marrowby" is not the next town's.
    key = (f"days-named:{speaker}", quote.start, quote.end)
    named = ctx.memo.get(key)
    if not isinstance(named, bool):  # the same for every source asked about: once per quote
        said = placement.frame(ctx, quote)
        named = any(names_source_occasion(ctx, quote, s, text=said) for s in days)
        ctx.memo[key] = named
    return not named


def _occasions_of_days(ctx: ArticleContext, quote: Quote, speaker: str) -> list[Source]:
    """The sources of ``speaker`` dated in the days the article reports (:func:`dated_near`),
    computed once per quote."""
    key = (f"days:{speaker}", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, list):
        return hit
    days = [s for s in ctx.speaker_sources(speaker) if dated_near(ctx, s)]
    ctx.memo[key] = days
    return days


AFTER_DAYS = 0
"""A source dated more days than this after the article cannot be its occasion: the words
were said after it was written.  (An evening in one time zone is the next day in another, but
then it is the article that is dated later, never the source.)"""


def dated_near(ctx: ArticleContext, src: Source) -> bool | None:
    """Whether ``src`` is dated in the days the article reports on: at most ``occasion-days``
    before the article's own date, none after it (:data:`AFTER_DAYS`); None when
    either date is unknown.  News reports the days before it: on the project's real-news
    set, the transcripts of faithful and altered quotes are mostly dated 0-3 days before the
    article, the look-alikes of quotes from other occasions never within two weeks."""
    article, source = placement.day_of(ctx.date), placement.day_of(src.date)
    if article is None or source is None:
        return None
    return -AFTER_DAYS <= (article - source).days <= ctx.settings.occasion_days


def later_than_article(ev: Evidence) -> str | None:
    """What to say of identical words found in a source dated after the article, or None.
    They still show the words are the speaker's: on the real-news set such sources are
    misdated transcripts, broadcasts that replay the quoted clip, and speeches quoting the
    words back (counting them as no evidence turned 5 faithful tuning quotes, and 6 of the
    report split, from `verbatim` to `unverifiable`, and one to `misattributed` through an
    earlier echo in someone else's words).  But the source is not the quote's occasion: the
    explanation says so."""
    src = ev.source
    if src is None or not _dated_after(ev.ctx, src):
        return None
    return (
        f"a source dated {src.date}, after the article: the same words said or replayed "
        "later, not the occasion quoted"
    )


def _dated_after(ctx: ArticleContext, src: Source) -> bool:
    article, source = placement.day_of(ctx.date), placement.day_of(src.date)
    return article is not None and source is not None and (source - article).days > AFTER_DAYS


def names_source_occasion(
    ctx: ArticleContext,
    quote: Quote,
    src: Source,
    *,
    text: str | None = None,
    identifying: bool = False,
) -> bool:
    """Whether the article near the quote (:func:`_around`: within ``occasion-window``
    characters, or in a live blog of news items anywhere in the quote's item up to
    :data:`ITEM_REACH` of them; never across a rule line that ends a live blog's item)
    names the occasion ``src`` declares by a word
    that identifies it: at least :data:`NAME_MIN_CHARS` letters, not a stop word, not a word
    of a speaker's name (a statement "by the Lee campaign" is not named by "Lee"), and not a
    word for a kind of occasion (``occasion_kinds``: "rally", "debate", "republican") -
    unless the article declares the source for itself, where "the debate" can only be its
    debate.  Among hundreds of sources given for every article, a kind word names none.
    ``text``: look there instead (the quote's own sentence); ``identifying``: a kind word
    names no source, declared or not (the words were said on several occasions).

    A kind word with a day does name one (:func:`_kind_and_day`): "at Saturday's debate",
    "in Thursday night's town hall" in the quote's own frame names the one source of the
    speaker's of that kind dated that day, shared or declared."""
    if not src.occasion:
        return False
    if _kind_and_day(ctx, quote) is src:
        return True
    lang = ctx.lang
    names = _speaker_name_words(ctx.speakers.with_sources)
    kinds = lang.occasion_kinds if src.shared or identifying else frozenset()
    described = placement.letter_words(src.occasion.lower())
    words = [
        w
        for w in described
        if len(w) >= NAME_MIN_CHARS
        and w not in lang.stopwords
        and w not in lang.calendar_words  # "Tuesday" is in every other article
        and w not in kinds
    ]
    hosts = [w for w in words if w in names]
    if hosts and _addresses(ctx, quote, src, hosts, described):
        return True
    if not identifying and text is None and headline_names(ctx, quote, src):
        return True
    words = [w for w in words if w not in names]
    if not words:
        return False
    around = _without_titles(_around(ctx, quote) if text is None else text, lang)
    if src.shared:
        # Among hundreds of sources, a common word names an occasion only as a name
        # (capitalised, not opening a sentence) or qualifying a word for the occasion's kind
        # ("the first debate", "the council debate"): "today", "show up", "the United States"
        # and "First, …" name no "'Today Show'", "Hannity Show", "State of the Union" or
        # "first presidential debate".
        own_kinds = [
            k for k in placement.letter_words(src.occasion.lower()) if k in lang.occasion_kinds
        ]
        return any(
            _as_name(w, around, occasion=src.occasion, lang=lang)
            or _qualifies(w, own_kinds, around)
            for w in words
        )
    # The whole word, or its plural or possessive: "state" does not name "State of the Union"
    # in "said in a statement".
    lower = around.lower()
    return any(_word_re(w).search(lower) for w in words)


_POSSESSIVE_NEXT = re.compile(r"['’]s\b")


def _without_titles(text: str, lang: LanguageData) -> str:
    """``text`` with every title of a person (language data ``titles``: "Prime Minister",
    "Mayor") blanked (same length) where it stands as a title, not as an owner ("Prime
    Minister Ann Lee said", "the prime minister told MPs"): a speaker's title names no
    occasion, so "Prime Minister Ann Lee said" does not name a source of "Prime Minister's
    Questions" whatever its date (review 19-3).  A title with a possessive is kept: "at Prime
    Minister's Questions", "the Mayor's budget address" name the occasion by it."""
    out = list(text)
    for m in _phrases_re(lang.titles).finditer(text):
        if not _POSSESSIVE_NEXT.match(text, m.end()):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _kind_and_day(ctx: ArticleContext, quote: Quote) -> Source | None:
    """The one source of the quote's speaker that the quote's own frame singles out by a kind
    of occasion and a day together (:func:`placement.placement`: "“…,” Lee said at Saturday's
    debate", "during Thursday night's town hall", "at the debate on March 7"), or None: its
    place phrases admit the source's kind (:func:`placement.admits`), it gives the quote one
    single day (:func:`placement.names_day`: a weekday or a date, resolved from the article's
    own date), the source is dated that day, and no other source of the speaker's of that kind
    is.  A kind word alone names none of hundreds of debates, nor a day alone one of the
    speaker's occasions of that day (a rally in the morning, an interview at night); the two
    together name the debate of that Saturday, as a name would — also when another occasion
    holds the words more closely (a stock line of the week before).  Read in the quote's own
    frame only, not the sentences before it (:func:`placement.context`), which never put a
    quote at an occasion.  Once per quote (``ctx.memo``)."""
    key = ("kind and day", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, Source) else None
    found: Source | None = None
    speaker = quote.attribution.speaker
    where = placement.placement(ctx, quote)
    days = {t.first for t in where.times if t.first == t.last}
    if speaker and where.kinds and len(days) == 1:
        fits = [
            s
            for s in ctx.speaker_sources(speaker)
            if placement.names_day(ctx, quote, s) and placement.admits(where.kinds, s, ctx.lang)
        ]
        found = fits[0] if len(fits) == 1 else None
    ctx.memo[key] = found
    return found


def headline_names(ctx: ArticleContext, quote: Quote, src: Source) -> bool:
    """Whether the article's headline singles out ``src``'s occasion, where the quote's own
    sentence already places it at that kind of occasion: the quote's placement
    (:func:`placement.placement`, its own sentence only: "Lee said at the debate",
    "at Wednesday's debate") admits a kind ``src`` declares, the headline
    (:func:`_headline`) has a word for that kind too ("… Tense Debate"), ``src`` is dated in
    the days the article reports (:func:`dated_near`), and no other source of the quote's
    speaker of that kind is, or may be: one undated, or dated only by its month or year,
    counts against it.  The headline adds only "the only one of its kind in the days"; a
    kind word in it alone ties nothing ("Lee Reignites Debate Over Ferry Fares" names no
    occasion, "Readies For Sunday's Debate" a coming one)."""
    speaker = quote.attribution.speaker
    if not speaker or not src.shared or not dated_near(ctx, src):
        return False
    declared = placement.source_kinds(src, ctx.lang)
    kinds = _headline_kinds(ctx) & declared
    if not kinds:
        return False
    placed = placement.placement(ctx, quote).kinds
    if not any(admitted & kinds for _, admitted in placed):
        return False
    same = [
        s
        for s in ctx.speaker_sources(speaker)
        if dated_near(ctx, s) is not False and kinds & placement.source_kinds(s, ctx.lang)
    ]
    return len(same) == 1 and same[0] is src


def _headline(ctx: ArticleContext) -> str:
    """The article's headline: its title when the file declares one (front matter
    ``title:``, HTML ``<title>``), else its first line when that reads as a headline — at most
    :data:`placement.HEADLINE_MAX` characters, not ending as a sentence does, and with no
    reporting verb (:func:`placement.reads_as_heading`: "Ann Lee said she would not …" is the
    lede); else empty."""
    if ctx.title and ctx.title.strip():
        return ctx.title.strip()
    first = next((line.strip() for line in ctx.view.splitlines() if line.strip()), "")
    return first if placement.reads_as_heading(first, ctx.lang) else ""


def _headline_kinds(ctx: ArticleContext) -> frozenset[str]:
    """The kinds of occasion the article's headline names (:func:`headline_names`); once per
    article."""
    key = ("headline kinds", -1, -1)
    hit = ctx.memo.get(key)
    if isinstance(hit, frozenset):
        return hit
    kinds = placement.kinds_named(_headline(ctx), ctx.lang)
    ctx.memo[key] = kinds
    return kinds


def _addresses(
    ctx: ArticleContext, quote: Quote, src: Source, hosts: list[str], described: list[str]
) -> bool:
    """Whether the quote's own placement names ``src`` by a person's name its occasion
    declares (``hosts``: words of a name of someone who speaks in the sources, the quote's
    own speaker's left out): the name stands in the quote's occasion cue ("told Chris Cuomo",
    ``Attribution.occasion``) or, in its sentence, before a word for the source's kind of
    occasion ("in a Bloomberg interview") — and the source is dated in the days the article
    reports (:func:`dated_near`).  A host's name alone names a series of occasions (every
    interview of that host); with the article's days it names one."""
    if not dated_near(ctx, src):
        return False
    speaker = quote.attribution.speaker or ""
    own = {w.lower() for w in placement.letter_words(speaker)}
    hosts = [w for w in hosts if w not in own]
    if not hosts:
        return False
    # Names are compared as written: a host "Rose" is not named by "a rose garden interview".
    cue = placement.own_cue(ctx, quote) or ""
    if any(_as_name(w, cue) for w in hosts):
        return True
    own_kinds = [k for k in described if k in ctx.lang.occasion_kinds]
    said = placement.frame(ctx, quote)
    return any(_qualifies(w, own_kinds, said, name=True) for w in hosts)


PATTERN_MEMO = 4096
"""Compiled expressions of occasion words, and speaker sets' name words, remembered each
(least recently used dropped first): a run over a campaign archive (about a thousand
sources) reuses what it compiled, and a long-lived process meeting ever new sources and
articles holds a bounded number (``@cache`` kept every one)."""


# The expressions below are asked for every source of a speaker (hundreds in a campaign
# archive), more distinct patterns than the re module's own cache holds: compiled once here.
@lru_cache(maxsize=PATTERN_MEMO)
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` as a whole word of lower-case text, or its plural or possessive."""
    return re.compile(rf"\b{re.escape(word)}(?:s|es|['’]s)?\b")


@lru_cache(maxsize=PATTERN_MEMO)
def _name_re(word: str) -> re.Pattern[str]:
    """``word``, or its possessive, as a whole word in any case."""
    return re.compile(rf"\b{re.escape(word)}(?:['’]s)?\b", re.IGNORECASE)


@lru_cache(maxsize=PATTERN_MEMO)
def _qualifier_re(word: str, kinds: tuple[str, ...], name: bool = False) -> re.Pattern[str]:
    """``word`` before one of ``kinds``, at most two words between; with ``name``, ``word``
    written as a name (its first letter a capital)."""
    alts = "|".join(map(re.escape, kinds))
    head = f"(?-i:{re.escape(word[:1].upper())}){re.escape(word[1:])}" if name else re.escape(word)
    rx = rf"\b{head}(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alts})\b"
    return re.compile(rx, re.IGNORECASE)


def _qualifies(word: str, kinds: list[str], text: str, *, name: bool = False) -> bool:
    """Whether ``word`` stands in ``text`` before one of ``kinds`` (at most two words
    between: "the first presidential debate", "the council's budget debate"); with ``name``,
    written as a name ("a Rose interview", not "a rose garden interview")."""
    if not kinds:
        return False
    return _qualifier_re(word, tuple(sorted(set(kinds))), name).search(text) is not None


def _as_name(
    word: str, text: str, *, occasion: str | None = None, lang: LanguageData | None = None
) -> bool:
    """Whether ``word`` (lower case) occurs in ``text`` written as a name: its first letter a
    capital, not at the start of a sentence, a line or a quotation (``opens_sentence``: after
    a semicolon a capital is a name's).  With ``occasion``, the
    name it stands in is compared as a whole (:func:`_same_name`): "Atlantic City" does not
    name "Sioux City", nor the "Democratic National Convention" the Republican one."""
    for m in _name_re(word).finditer(text):
        if m.group(0)[0].isupper() and not (
            opens_sentence_in(lang, text, m.start())
            if lang is not None
            else opens_sentence(text, m.start())
        ):
            if occasion is None or lang is None:
                return True
            if _same_name(_name_run(text, m.start(), m.end()), word, occasion, lang):
                return True
    return False


_NAME_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]"
_NAME_END = ",;:.!?"


def _name_run(text: str, start: int, end: int) -> list[str]:
    """The capitalised words written with ``text[start:end]`` as one name (white space only
    between them: a comma, a colon or a full stop ends a name; a lower-case word too), lower
    case, possessives and quotation marks stripped."""
    tokens = list(_NAME_TOKEN.finditer(text, max(0, start - NAME_RUN_REACH), end + NAME_RUN_REACH))
    at = next((i for i, t in enumerate(tokens) if t.start() <= start < t.end()), None)
    if at is None:
        return []

    def capital(tok: str) -> bool:
        core = tok.strip(_EDGE)
        return bool(core) and core[0].isupper()

    lo = at
    while lo > 0 and capital(tokens[lo - 1].group(0)):
        prev = tokens[lo - 1].group(0).rstrip(_EDGE)
        if prev[-1:] in _NAME_END or tokens[lo].start() - tokens[lo - 1].end() > 1:
            break
        lo -= 1
    hi = at
    while hi + 1 < len(tokens) and capital(tokens[hi + 1].group(0)):
        here = tokens[hi].group(0).rstrip(_EDGE)
        if here[-1:] in _NAME_END or tokens[hi + 1].start() - tokens[hi].end() > 1:
            break
        hi += 1
    words: list[str] = []
    for t in tokens[lo : hi + 1]:
        words += [w.lower() for w in placement.letter_words(_POSSESSIVE.sub("", t.group(0)))]
    return words


NAME_RUN_REACH = 60
"""Characters either side of a word searched for the rest of the name it stands in."""

_POSSESSIVE = re.compile(r"['’]s?(?=\W*$)")


def _same_name(run: list[str], word: str, occasion: str, lang: LanguageData) -> bool:
    """Whether the name ``run`` (the article's capitalised words around ``word``) can be the
    name ``occasion`` holds ``word`` in: every word of one is in the other (stop words
    aside).  "Fox News" names an interview "…, Fox"; "Liberty University" a "Liberty
    University Convocation"; "Atlantic City" not "Sioux City"."""
    stop = lang.stopwords
    article = {w for w in run if w not in stop} or {word}
    declared = {w.lower() for w in placement.letter_words(occasion)}
    if article <= declared:
        return True
    for part in re.split(r"[,;:()'\"“”‘’]", occasion):
        own = [w.lower() for w in placement.letter_words(part)]
        if word in own:
            names = {w for w in own if w not in stop}
            if names and names <= article:
                return True
    return False


@lru_cache(maxsize=PATTERN_MEMO)
def _speaker_name_words(speakers: tuple[str, ...]) -> frozenset[str]:
    """Every word of the names of ``speakers``, lower case, titles and particles included
    ("Senator Jan de Vries" → "senator", "jan", "de", "vries"): an occasion word that is one
    of them names a person, not the occasion.  Not the words that identify a person alone
    (``speaker._identifying_words``, what is looked for near a quote)."""
    return frozenset(w.lower() for n in speakers for w in placement.letter_words(n))


ITEM_REACH = 3
"""In a live blog of news items (:func:`_items_are_news`), the article read for the quote's
occasion is its item, at most this many ``occasion-window`` lengths either side of the
quote."""

NEWS_ITEMS_RULES = 3
"""Rule lines a live blog needs before its items are read whole for a quote's occasion
(:data:`ITEM_REACH`): two set off a byline and a footer, or a correction and a contributor
line, in an ordinary article."""

ITEM_SHARE_MOST = 0.5
"""The largest share of the article's characters the quote's item may hold for it to be
read whole: an item that is most of the article is its story, the rules around it set off
a byline or a footer."""


def _items_are_news(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the rule lines cut the article into news items, so that the quote's whole item
    may name its occasion: at least :data:`NEWS_ITEMS_RULES` of them, and the quote's item
    (between the rule lines around it) at most :data:`ITEM_SHARE_MOST` of the article.  A
    footer's or byline's rules leave one story most of the article; formatting alone does not
    widen where an occasion is looked for."""
    rules = _rule_lines(ctx)
    if len(rules) < NEWS_ITEMS_RULES:
        return False
    item = _item(ctx, quote.start)
    start = rules[item - 1][1] if item > 0 else 0
    end = rules[item][0] if item < len(rules) else len(ctx.view)
    return end - start <= ITEM_SHARE_MOST * len(ctx.view)


def _around(ctx: ArticleContext, quote: Quote) -> str:
    """The article within ``occasion-window`` characters either side of the quote (not the
    quote itself) — in a live blog of news items (:func:`_items_are_news`), :data:`ITEM_REACH`
    times that — cut at the rule lines (``---``) that end and start a live blog's items;
    computed once per quote."""
    key = ("around", quote.start, quote.end)
    hit = ctx.memo.get(key)
    if isinstance(hit, str):
        return hit
    window = ctx.settings.occasion_window
    lo, hi = max(0, quote.start - window), quote.end + window
    rules = _rule_lines(ctx)
    if _items_are_news(ctx, quote):
        # In a live blog the quote's own item is one event's news: its occasion may be named
        # anywhere in it ("Lee is celebrating at the Harbour Hall. … Four sentences on: “…”"),
        # up to ITEM_REACH occasion-windows either side.
        reach = ITEM_REACH * window
        lo, hi = max(0, quote.start - reach), quote.end + reach
    for start, end in rules:
        if lo < end <= quote.start:
            lo = end
        elif quote.end <= start < hi:
            hi = start
            break
    # The quote's own words are what is checked, not the article saying where they were said.
    around = ctx.view[lo : quote.start] + " " + ctx.view[quote.end : hi]
    ctx.memo[key] = around
    return around
