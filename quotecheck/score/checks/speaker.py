"""Whose words these are: the speaker at the matched span (one answer for everyone,
:meth:`quotecheck.models.Source.speaker_at`) against the speaker the article names.

The source is evidence about the article's attribution too (:func:`whose_words`): words found
spoken by S, where the article names S near the quote, are S's (the article's speaker was
resolved wrongly, not misquoted); words a source reports from P, attributed by the article to
P, are P's, second-hand; and an accusation of misattribution needs an explicit attribution in
the article (a named subject of the cue, a speaker label, a dash credit).  Otherwise the
mismatch is said as doubt (QC205), never as an error.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from quotecheck.extract.speakers import name_tokens
from quotecheck.inputs.labels import label_role, placeholder_label
from quotecheck.inputs.sources import inner_quote_spans, written_source
from quotecheck.lang.phrases import WILDCARD, phrase_list, phrase_pattern
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import (
    CLAUSE_OR_LINE_END,
    LETTER_WORD,
    SENTENCE_BREAK,
    STOP_BEFORE_CAPITAL,
    WORD,
)
from quotecheck.match import QuoteMatch
from quotecheck.match.normalize import tokenize
from quotecheck.models import (
    Attribution,
    AttributionRule,
    Quote,
    QuoteResult,
    Source,
    Turn,
    Verdict,
)
from quotecheck.score.checks import placement
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import Evidence, reread_preferring

__all__ = [
    "CODES",
    "Call",
    "Misattribution",
    "SpeakerCall",
    "another_of_the_name",
    "credited_elsewhere",
    "credited_to",
    "denied",
    "explicit_attribution",
    "group_doubts",
    "misattribution",
    "misquoted",
    "moved_between",
    "named_near",
    "others_words",
    "own_marked",
    "own_turn_reading",
    "plausible",
    "rendering_by",
    "reported_claim",
    "reported_from",
    "someone_else",
    "theirs_call",
    "voice_doubts",
    "whose_translated",
    "whose_words",
]

CODES = ("QC201", "QC202", "QC204", "QC205", "QC206")

EXPLICIT_RULES = frozenset(
    {
        AttributionRule.VERB_SUBJECT,
        AttributionRule.VERB_SUBJECT_CLIMBED,
        AttributionRule.ACCORDING_TO,
        AttributionRule.COLON_SUBJECT,
        AttributionRule.NAME_THEN_CUE,
        AttributionRule.CUE_THEN_NAME,
        AttributionRule.COLON_LABEL,
        AttributionRule.LINE_LABEL,
        AttributionRule.DASH_CREDIT,
        AttributionRule.SPEAKER_LABEL,
    }
)
"""Rules that read the speaker off the quote's own frame (its cue's subject, a label, a dash
credit): the article says who speaks.  The others (the previous quote's speaker, the subject of
a nearby sentence, a person named near the quote) are inferences."""


@dataclass(frozen=True)
class Misattribution:
    """The words are in the source, but as someone else's."""

    why: str
    who: str
    """Who says them in the source."""
    loose: bool = False
    """Another speaker's turn, but the match is too loose to say they said it."""


def someone_else(ev: Evidence) -> bool:
    """The matched span is words the source quotes (not the speaker's own marked words:
    :func:`own_marked`), or another speaker's turn."""
    speaker = ev.quote.attribution.speaker
    who, quoted = ev.span_speaker
    if quoted:
        return bool(speaker) and not own_marked(ev)
    return bool(speaker) and bool(who and not ev.ctx.speakers.same(speaker, who))


def own_marked(ev: Evidence) -> bool:
    """Whether the matched span is words the source sets in quote marks inside the article
    speaker's own turn and credits to no one: a slogan, a name, a term ("Our slogan this year
    is “…”"), or her own earlier words ("As I told the crew, “…”").  The marks then say
    whose the words are not: no reporting word (a verb, its noun, an idiom such as "put it",
    ``according_to``) but one of the first person (:func:`_credits_another`) and no
    capitalised name other than the speaker's stands in the marked words' sentence before
    them or in the clause after them — nor, for marked words that open their sentence, in
    the sentence before ("My father had a saying. “…”").  Words the source credits to
    someone ("My father used to say, “…”", "As Lincoln put it, “…”", "The charter says
    “…”") stay someone else's (``docs/verdicts.md``, *The source as evidence*, step 2).
    O(turns)."""
    src, info, primary = ev.source, ev.info, ev.qmatch.primary
    speaker = ev.quote.attribution.speaker
    if src is None or info is None or primary is None or not speaker:
        return False
    ctx = ev.ctx
    if not ctx.speakers.same(speaker, _voice(src, info.start)):
        return False
    here = next(
        (
            t
            for t in reversed(_quoted_turns(ctx, primary.source, src))
            if t.start <= info.start < t.end
        ),
        None,
    )
    if here is None or (here.speaker and not ctx.speakers.same(speaker, here.speaker)):
        return False
    lang = ctx.lang
    lo = max(_turn_start(src, here.start), here.start - CREDIT_REACH)
    before = src.text[lo : here.start].rstrip(_MARKS)
    ends = list(SENTENCE_BREAK.finditer(before + " X"))  # " X": a stop right before the mark
    own_sentence = before[ends[-1].end() :] if ends else before
    if not LETTER_WORD.search(own_sentence) and len(ends) >= 2:
        own_sentence = before[ends[-2].end() :]  # the marked words open their sentence
    after = src.text[here.end : here.end + CREDIT_REACH].lstrip(_MARKS)
    clause = "" if after.startswith("\n") else CLAUSE_OR_LINE_END.split(after, maxsplit=1)[0]
    before_words = [w.lower() for w in LETTER_WORD.findall(own_sentence)]
    after_words = [w.lower() for w in LETTER_WORD.findall(clause)[:CREDIT_WORDS]]
    if _credits_another(before_words, lang) or _credits_another(after_words, lang):
        return False
    if any(w in lang.hearsay_verbs for w in (*before_words, *after_words)):
        return False  # "I keep hearing “…”", "I read “…” in the paper"
    if not any(lang.is_reporting_verb(w) for w in before_words) and _others_possession(
        own_sentence, lang
    ):
        return False  # "My opponent's slogan is “…”", "Their motto is “…”"
    joined = f" {' '.join([*before_words, *after_words])} "
    phrases = [" ".join(p) for p in (*lang.reporting_idioms, *lang.according_to)]
    if any(f" {p} " in joined for p in phrases):
        return False
    names = [n for n in (_identifying_words(speaker, lang),) if n]
    return not _others_named(own_sentence, names, lang) and not _others_named(
        " ".join(LETTER_WORD.findall(clause)[:CREDIT_WORDS]), names, lang
    )


def own_turn_reading(ev: Evidence) -> QuoteMatch | None:
    """The quote matched again, preferring the attributed speaker's own words on ties.

    The same sentence can stand in several places of a transcript (a candidate repeating
    themselves, a moderator reading a line back); only an equally good place in the speaker's
    own turn replaces the first one found.
    """
    ctx = ev.ctx
    speaker = ev.quote.attribution.speaker

    def prefer(s_idx: int, pos: int) -> bool:
        return ctx.own_turn_at(speaker, s_idx, pos)

    return reread_preferring(ev, prefer)


def _credits_another(words: list[str], lang: LanguageData) -> bool:
    """Whether ``words`` (lower case) hold a reporting word whose subject is not the first
    person: "my grandmother used to say", "the code says" credit someone else; "as I told
    them", "we call it", "I have said" are the speaker's own words, quoted from herself
    (:func:`own_marked`).  The subject is the word before the verb past auxiliaries and
    negations."""
    for i, w in enumerate(words):
        if not lang.is_reporting_verb(w):
            continue
        j = i - 1
        while j >= 0 and _auxiliary(words[j], lang):
            j -= 1
        if j < 0 or words[j] not in lang.first_person:
            return True
        passive = lang.is_past_form(w) and any(
            a in lang.passive_auxiliaries for a in words[j + 1 : i]
        )
        if passive:
            return True  # "I was told, “…”", "we've been asked": someone else said them
    return False


def _others_possession(sentence: str, lang: LanguageData) -> bool:
    """Whether ``sentence`` (the marked words' sentence before them) gives a thing to someone
    other than the speaker by a possessive: a determiner of another person
    (``lang.others_possessives``: "their motto", "his slogan") or a lower-case word with a
    possessive ending ("my opponent's slogan", "the council's motto"; a contraction such as
    "that's" is no possessive).  Capitalised names are :func:`_others_named`'s."""
    for m in WORD.finditer(sentence):
        word = m.group().lower().replace("’", "'")
        if word in lang.others_possessives:
            return True
        base, apostrophe, suffix = word.rpartition("'")
        if (
            apostrophe
            and suffix in lang.possessive_suffixes
            and word not in lang.contractions
            and base not in lang.stopwords
            and base not in lang.first_person
            and base not in lang.third_person
        ):
            return True
    return False


def misattribution(ev: Evidence, similarity: float) -> Misattribution | None:
    """Why the found words are not the attributed speaker's own, if they are not."""
    st = ev.ctx.settings
    speaker = ev.quote.attribution.speaker
    span_who, quoted = ev.span_speaker
    src = ev.source
    if quoted and (_quoted_by_parent_speaker(ev) or own_marked(ev)):
        return None
    if quoted:
        who = (
            f"someone {src.speaker} quotes" if src and src.speaker else "someone the source quotes"
        )
        why = f"these words are in the source, but as {who}, not as the speaker's own"
        return Misattribution(why, span_who or who)
    if speaker and span_who and not ev.ctx.speakers.same(speaker, span_who):
        why = (
            f"the article attributes these words to {ev.ctx.readable(speaker)}, but in the "
            f"source {ev.ctx.readable(span_who)} says them"
        )
        loose = similarity < st.misattributed_min or ev.qmatch.tokens < st.misattributed_tokens
        return Misattribution(why, span_who, loose=loose and not whole_turn(ev))
    return None


def whole_turn(ev: Evidence) -> bool:
    """Whether the quote is, word for word, the whole of another speaker's turn (an
    interjection: "Disgraceful!" in a turn of its own): the source shows that speaker saying
    exactly these words, however few, so the match is no loose one (``docs/verdicts.md``,
    ``misattributed-tokens``).  A word or two inside a longer turn stays too short to say
    whose they are."""
    src, info = ev.source, ev.info
    if src is None or info is None or not ev.identical:
        return False
    turn = _turn_at(src, info.start)
    if turn is None:
        return False
    rest = src.text[turn.start : info.start] + " " + src.text[info.end : turn.end]
    return LETTER_WORD.search(rest) is None and not any(c.isdigit() for c in rest)


def _quoted_by_parent_speaker(ev: Evidence) -> bool:
    """Whether ``ev``'s quote is a quote within a quote that the article gives to no one,
    found as words the enclosing quote's speaker quotes in the source ("Lee recalled: “My
    father used to say, ‘…’”"): the source quotes them where the article does, so neither
    the speaker nor anyone else is credited with them (QC202 at most, no doubt about an
    attribution the article does not make).  O(turns)."""
    quote, src, info = ev.quote, ev.source, ev.info
    if quote.attribution.speaker or quote.parent is None or src is None or info is None:
        return False
    parent = next((q for q in ev.ctx.quotes if q.index == quote.parent), None)
    if parent is None:
        return False
    who = parent.attribution.speaker
    if who is None and _reproduces_enclosing(ev, parent, src, info.start, info.end):
        return True
    return bool(who) and ev.ctx.speakers.same(who, _voice(src, info.start))


ENCLOSING_WORDS = 3
"""How many of the enclosing quote's words next to a nested quote must stand next to its
place in the source (:func:`_reproduces_enclosing`): a few words, the frame ("He used to tell
me,"), not a stock phrase of one word."""


def _reproduces_enclosing(ev: Evidence, parent: Quote, src: Source, start: int, end: int) -> bool:
    """Whether the enclosing quote ``parent`` copies the source's words around the nested
    quote's place there (``start``–``end`` in ``src``): its last :data:`ENCLOSING_WORDS` words
    before the nested quote stand right before the place, or its first words after it right
    after.  The article then reproduces the source's passage with its nested quote (a book's
    "He used to tell me, “…”" set out as a block quote given to no one), so the nested words
    are credited as the source credits them (red team 24 F9: the block quote's nested line got
    QC205).  Asked only when the enclosing quote is given to no one: given to another than the
    source's speaker, it is misattributed, and its nested line stays doubted.  O(words
    compared)."""
    ctx = ev.ctx
    quote = ev.quote

    def words(text: str, a: int, b: int) -> list[str]:
        return [t.norm for t in tokenize(text, a, b, lang=ctx.lang, aliases=ctx.aliases)]

    before = words(ctx.view, parent.start, quote.start)[-ENCLOSING_WORDS:]
    if len(before) == ENCLOSING_WORDS:
        there = words(src.text, max(0, start - 200), start)[-ENCLOSING_WORDS:]
        if there == before:
            return True
    after = words(ctx.view, quote.end, parent.end)[:ENCLOSING_WORDS]
    if len(after) == ENCLOSING_WORDS:
        there = words(src.text, end, end + 200)[:ENCLOSING_WORDS]
        return there == after
    return False


def explicit_attribution(att: Attribution, lang: LanguageData) -> bool:
    """Whether the article itself names the speaker in the quote's frame: an explicit rule
    (:data:`EXPLICIT_RULES`) whose mention is a name, not a pronoun or a role noun ("Lee
    said", "LEE:", "— Ann Lee"; not "he said", "the minister said")."""
    if att.rule not in EXPLICIT_RULES or not att.mention:
        return False
    pronouns = lang.first_person | lang.third_person
    return any(
        w[:1].isupper() and w.lower() not in pronouns and w.lower() not in lang.titles
        for w in placement.letter_words(att.mention)
    )


def _identifying_words(name: str, lang: LanguageData) -> list[str]:
    """The words of a name that identify a person when they stand alone, as running text
    writes them (a transcript label's "ANN LEE" → "Ann", "Lee"): capitalised, two letters or
    more, not a title ("Senator Jan de Vries" → "Jan", "Vries"), not a function word
    (:attr:`~quotecheck.lang.schema.LanguageData.name_fillers`: "THE" of "THE MAYOR" would
    find any sentence's "The").  A label of a role alone ("THE PRESIDENT") is identified by
    its role words ("President").  What is looked for near a quote;
    :func:`quotecheck.score.checks.occasion.names_source_occasion` asks instead about every
    word of a speaker's name (a host named in an occasion)."""
    words = [
        w.title() if w.isupper() else w
        for w in placement.letter_words(name)
        if len(w) > 1 and w[:1].isupper() and w.lower() not in lang.name_fillers
    ]
    return [w for w in words if w.lower() not in lang.titles] or words


def named_near(ctx: ArticleContext, quote: Quote, who: str) -> bool:
    """Whether the article names ``who`` (a name word of theirs or of an alias) within
    ``candidate_window`` characters before the quote or ``candidate_after`` after it: a
    plausible speaker of the quote.  Bounded by the window, not the article."""
    st = ctx.settings
    lo = max(0, quote.start - st.candidate_window)
    hi = min(len(ctx.view), quote.end + st.candidate_after)
    around = ctx.view[lo : quote.start] + " " + ctx.view[quote.end : hi]
    names = (who, *ctx.speakers.aliases.get(who, ()))
    for name in names:
        words = _identifying_words(name, ctx.lang)
        if words and re.search(rf"\b{re.escape(words[-1])}\b", around):
            return True
    return False


def denied(ctx: ArticleContext, quote: Quote) -> str | None:
    """Why the article says its speaker did NOT say the quoted words, or None: the part of
    :func:`others_words` that reads a denial governing the quote directly, no word between
    (``denying_frames`` right before the opening mark: "Lee did not say “…”";
    ``denying_after`` right after the closing mark: "the word “…” never crossed her lips").
    Such words are the article's account of what was not said, so a source passage close to
    them is no evidence that the speaker changed them either: no alteration, as no
    fabrication (red team 19 F6).  A denial with words between ("would not say when …, only
    that “…”", "did not say much except that “…”") may deny other words than the quote's: it
    keeps the quote from fabricated/misattributed only, never from `altered` (review 19-3)."""
    found = others_words(ctx, quote)
    return found if ctx.memo.get(("denied", quote.start, quote.end)) else None


def others_words(ctx: ArticleContext, quote: Quote) -> str | None:
    """Why the article itself does not give the quote's words to its speaker as their own,
    or None: the words stand inside the speaker's name (a nickname: "Ann “the Hammer”
    Lee"); the article's mention resolved to the speaker names someone else or something
    (a possessor's person, "Lee's aide"; a group, "Residents"; a written thing,
    ``voicing_things``: "A sign … read"); a phrase before the quote in its sentence says the
    speaker did not say them (``denying_frames``: "Lee never said the pier was “…”") or gives
    them to someone else (``others_frames``: "dismissed suggestions that", "was asked:",
    "critics who say", "so-called") with no reporting verb of the speaker's after it; or,
    after the speaker's own reporting verb, another subject's (a reporting or a
    ``holding_verbs`` verb: "Lee said some councillors believe “…”").  The extractor may
    credit the sentence's subject (the corpus convention); the checker never accuses the
    subject on such words (``docs/verdicts.md``, *The source as evidence*).  Read only on
    the way to an accusation; once per quote."""
    att = quote.attribution
    if not att.speaker:
        return None
    key = ("others words", quote.start, quote.end)
    if key in ctx.memo:
        hit = ctx.memo[key]
        return hit if isinstance(hit, str) else None
    found = _others_words(ctx, quote, att.speaker)
    ctx.memo[key] = found
    return found


def _others_words(ctx: ArticleContext, quote: Quote, speaker: str) -> str | None:
    att, lang = quote.attribution, ctx.lang
    shown = ctx.readable(speaker)
    ms, me = att.mention_start, att.mention_end
    if ms is not None and me is not None and ms <= quote.start and quote.end <= me:
        return (
            f"the article writes these words inside {shown}'s name (“{att.mention}”): a name "
            "given to them, not words said"
        )
    if att.mention and _plural_pronoun(ctx, att.mention, quote):
        return f"the article gives these words to several people (“{att.mention}”), not to {shown}"
    if att.mention and _names_another(ctx, att.mention, speaker):
        return f"the article gives these words to “{att.mention}”, not to {shown}"
    _, lo, found = _sentence_before(ctx, quote)
    text = ctx.outside_marks
    words = [w for w, _, _ in found]
    contrast = _contrasted(ctx, quote, lo, words)
    if contrast is not None:
        ctx.memo[("denied", quote.start, quote.end)] = True
        return f"the article sets these words against other words {shown} said (“{contrast}”)"
    cue = att.cue_start if att.cue_start is not None and lo <= att.cue_start < quote.start else None
    # "“…,” Lee said": the speaker's own reporting verb after the quote.
    cue_after = att.cue_start is not None and att.cue_start >= quote.end
    for phrases, said in (
        (lang.denying_frames, True),
        (lang.others_frames, False),
        (lang.scare_frames, False),
    ):
        for phrase, at, stop in phrase_list(phrases).found_last(words):
            end = found[stop - 1][2]
            if cue is not None and cue >= end:
                continue  # "Asked about the pier, Lee said: “…”": the speaker's own verb follows
            # "Lee answered reporters who asked …": her own verb before the phrase.
            own_before = cue is not None and cue < found[at][1]
            if not _reaches(
                text[end : quote.start],
                phrase.split(),
                phrases is lang.scare_frames,
                cue_after,
                lang,
                own_before=own_before,
            ):
                continue
            written = " ".join(text[found[at][1] : end].split())
            if said:
                # Only a denial verb that governs the quote directly, no word between ("Lee
                # did not say “…”"), denies these words; "would not say when …, only that
                # “…”" denies others (review 19-3) and keeps only the accusations away.
                # The quote must close the denied clause too: "did not say “…” until the
                # very end" says she did say them, late (review 20-1, 3).
                if WORD.search(text[end : quote.start]) is None and _closes_clause(ctx, quote):
                    ctx.memo[("denied", quote.start, quote.end)] = True
                return f"the article says {shown} did not say these words (“{written}”)"
            return f"the article gives these words to someone other than {shown} (“{written}”)"
    after = _words_after(ctx, quote)
    for _, at, stop in phrase_list(lang.denying_after).found_last(after):
        if at == 0:
            written = " ".join(after[:stop])
            ctx.memo[("denied", quote.start, quote.end)] = True
            return f"the article says {shown} did not say these words (“{written}”)"
    thing = _voicing_thing(found, after, ctx)
    if thing:
        return f"the article gives these words to “{thing}”, not to {shown}"
    relayed = _relayed(ctx, quote, found, speaker)
    if relayed:
        return f"the article gives these words to someone {shown} relays (“{relayed}”)"
    if cue is not None and att.cue_end is not None:
        inner = _inner_report(found, att.cue_end, quote.start, ctx, speaker)
        if inner:
            return f"the article gives these words to someone {shown} speaks of (“{inner}”)"
    return None


def _relayed(
    ctx: ArticleContext, quote: Quote, found: list[tuple[str, int, int]], speaker: str
) -> str | None:
    """The article's words by which its speaker passes on someone else's words, or None:
    a ``relaying_frames`` phrase right before the quote ("Hale quoted the mayor as saying
    “…”"; only punctuation or "that" between), not after a passive auxiliary, its "*" naming
    no agent and no word of the speaker's name ("Lee was quoted by Hale as saying", "Lee was
    quoted in the paper as saying" are Lee's words); or, after the quote,
    another subject's reporting verb before an "according to" that names the speaker ("“…,”
    Lee said, according to Hale").  The words are that someone's, second-hand via the
    speaker (red team 23 F3: a spokesperson quoting the mayor had been `misattributed`).
    ``found``: :func:`_sentence_before`'s words."""
    lang, text = ctx.lang, ctx.outside_marks
    own = {w.lower() for w in _identifying_words(speaker, lang)}
    words = [w for w, _, _ in found]
    frames = phrase_list(lang.relaying_frames, _FRAMED_STAR)
    for phrase, at, stop in frames.found_last(words):
        between = [w for w in words[stop:] if w not in lang.optional_complementizers]
        parts = phrase.split()
        star = parts.index(WILDCARD)
        named = words[at + star : stop - (len(parts) - star - 1)]
        if between or not named or named[0] in lang.agent_prepositions or own & set(named):
            continue
        if at and words[at - 1] in lang.passive_auxiliaries:
            continue  # "Hale was quoted in the paper as saying “…”": her own words
        return " ".join(text[found[at][1] : found[stop - 1][2]].split())
    att = quote.attribution
    if (
        att.rule is not AttributionRule.ACCORDING_TO
        or att.cue_start is None
        or att.cue_start < quote.end
    ):
        return None
    stretch = text[quote.end : att.cue_start]
    if SENTENCE_BREAK.search(stretch):
        return None
    after = [w.lower() for w in LETTER_WORD.findall(stretch)]
    if any(lang.is_reporting_verb(w) for w in after) and not own & set(after):
        upto = att.mention_start if att.mention_start is not None else att.cue_end
        cue = " ".join(text[att.cue_start : upto or att.cue_start].split())
        return f"{' '.join(after)}, {cue}".lower()
    return None


def _contrasted(ctx: ArticleContext, quote: Quote, lo: int, words: list[str]) -> str | None:
    """The words (``contrast_negations``) that alone stand between the quote and the quote
    before it in its sentence, setting it against that one as words not said ("she said “by
    June,” not “by July”"), or None.  ``lo`` and ``words`` are :func:`_sentence_before`'s:
    the stretch starts at the quote before only when that one ends inside the sentence."""
    if not words or not ctx.lang.contrast_negations:
        return None
    before = placement.quote_before(ctx, quote.start)
    if before is None or before.end != lo:
        return None
    if " ".join(words) not in ctx.lang.contrast_negations:
        return None
    if quote.attribution.speaker and _own_contrast(ctx, before.text, quote.attribution.speaker):
        return None
    return " ".join(words)


OWN_CONTRAST_WORDS = 3
"""How many of the first quote's last words the speaker's source must hold right before a
``contrast_negations`` phrase for the contrast to be the speaker's own (:func:`_own_contrast`)."""


def _own_contrast(ctx: ArticleContext, first: str, speaker: str) -> bool:
    """Whether a source of ``speaker`` goes on from the last words of the ``first`` quote
    straight into a ``contrast_negations`` phrase ("fix the old pier rather than …"): the
    contrast between the two quotes is then the speaker's own ("should “fix the old pier”
    rather than “build a boathouse”"), not the article's word that the second was not said
    (review 22-1, 5).  Read only when such a phrase stands between two quotes."""
    lang = ctx.lang
    tail = tokenize(first, lang=lang, aliases=ctx.aliases)[-OWN_CONTRAST_WORDS:]
    if not tail:
        return False
    index = ctx.index
    mine = {id(src) for src in ctx.speaker_sources(speaker)}
    needles = [
        index.encode(tail + tokenize(phrase, lang=lang)) for phrase in lang.contrast_negations
    ]
    return any(
        needle in index.codes[s_idx]
        for s_idx, src in enumerate(index.sources)
        if id(src) in mine
        for needle in needles
    )


VOICING_REACH = 3
"""Words that may stand between a voicing verb after a quote and the written thing that is its
subject ("“…,” read a hand-painted placard": :func:`_voicing_thing`)."""


def _voicing_thing(
    found: list[tuple[str, int, int]], after: list[str], ctx: ArticleContext
) -> str | None:
    """The written thing (``voicing_things``, singular or plural) that the article gives the
    quote's words to, or None: the subject of a verb of showing or reporting (``showing_verbs``
    or a reporting verb, inflected) right after the quote, the thing within
    :data:`VOICING_REACH` words of it ("“…,” read a placard behind Lee", "“…,” said the
    banners"), or the thing of such a verb's participle (``progressive_endings``) or relative
    clause right before the quote, with no mark between ("a banner reading “…”", "a sign that
    said “…”"; not "Lee, under a banner, said “…”": her own verb).  The extractor reads the
    first shape (``cues.shown_by``) where the parse allows; this is the checker's own reading,
    so that the person near the thing is never accused on its words.  ``found`` are the
    sentence's words before the quote with their offsets (:func:`_sentence_before`),
    ``after`` its words after it (:func:`_words_after`)."""
    lang = ctx.lang

    def thing(word: str) -> bool:
        return word in lang.voicing_things or (
            word.endswith("s") and word[:-1] in lang.voicing_things
        )

    def voicing(word: str) -> bool:
        return (
            lang.is_reporting_verb(word)
            or word in lang.showing_verbs
            or any(
                word.endswith(end) and word[: -len(end)] in lang.showing_verbs
                for end in lang.verb_endings
            )
        )

    if after and voicing(after[0]):
        for i, w in enumerate(after[1 : 1 + VOICING_REACH], start=1):
            if thing(w):
                return " ".join(after[1 : i + 1])
    before = [w for w, _, _ in found]
    if not before or not voicing(before[-1]):
        return None
    k = len(before) - 2
    if k >= 0 and before[k] in lang.relative_pronouns:
        k -= 1
    elif not before[-1].endswith(tuple(lang.progressive_endings)):
        return None  # "A sign said “…”": the extractor's mention is the sign
    if k < 0 or not thing(before[k]):
        return None
    if re.search(r"[^\w\s]", ctx.outside_marks[found[k][2] : found[-1][1]]):
        return None  # "Lee, under a banner, said “…”"
    first = k - 1 if k and before[k - 1] in lang.determiners else k
    return " ".join(before[first : k + 1])


_CLOSING_MARKS = " \"'”’»"
"""Closing quote marks and spaces, passed over to the mark after a quote."""

_SENTENCE_CLOSERS = (".", "!", "?", ";")
"""Marks after (or right inside the closing mark of) a denied quote that close its clause
(:func:`_closes_clause`)."""

_CLAUSE_MARKS = (",", ":", "(", "[", "–", "—", "-")
"""Marks after (or, a comma, right inside the closing mark of) a denied quote that set what
follows apart from the denied clause: an aside, a new clause (:func:`_closes_clause`)."""


def _closes_clause(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the quote closes the clause of the denial verb right before it: a mark that
    ends the sentence (:data:`_SENTENCE_CLOSERS`) inside or right after its closing mark, the
    end of the text, or a mark that sets the words after it apart (:data:`_CLAUSE_MARKS`: "…”
    – the flyer did", "…” (she said May)", "…,” and her aides …", "…”, her office said") unless
    they hold a word that limits the denial (``denial_limits``: ", until the vote";
    :func:`_limits_denial`).  A
    word that only stresses the denial (``denial_intensifiers``: "did not say “…” at all")
    may come first.  Other words that go on after it with no mark ("did not say “…” until the
    very end of the meeting", "would not say “…” without a caveat", "in so many words") turn
    the denial into a limit of time or manner: she said the words (review 20-1, 3; 20-4, 1)."""
    lang = ctx.lang
    view = ctx.view
    inner = view[quote.start : quote.end].rstrip(_CLOSING_MARKS)
    if inner.endswith(_SENTENCE_CLOSERS):
        return True
    tail = view[quote.end : quote.end + ctx.settings.candidate_after].lstrip(_CLOSING_MARKS)
    comma = inner.endswith(",")
    if not comma:
        for phrase in sorted(lang.denial_intensifiers, key=len, reverse=True):
            stress = re.match(
                r"\s*" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b", tail, re.I
            )
            if stress is not None:
                tail = tail[stress.end() :].lstrip(_CLOSING_MARKS)
                break
    if not tail.strip() or tail.startswith(_SENTENCE_CLOSERS):
        return True
    if not (comma or tail.startswith(_CLAUSE_MARKS)):
        return False
    return not _limits_denial(tail.lstrip("".join(_CLAUSE_MARKS) + " "), lang)


def _limits_denial(tail: str, lang: LanguageData) -> bool:
    """Whether the words a mark sets apart after a denied quote, up to the next mark, hold a
    word or phrase that limits the denial (``denial_limits``: "…”, at least not until the
    interview was over", "…” – not until the tape stopped", "…”, at first, …") before any
    reporting verb — after one they tell of that saying ("…”, her office said when asked")
    (review 21-3, F2)."""
    stop = re.search(r"[,;:.!?()\[\]–—]", tail)
    words = [m.group().lower() for m in WORD.finditer(tail[: stop.start() if stop else len(tail)])]
    limits = [tuple(e.split()) for e in lang.denial_limits]
    for i, w in enumerate(words):
        if lang.is_reporting_verb(w):
            return False
        if any(tuple(words[i : i + len(e)]) == e for e in limits):
            return True
    return False


def _words_after(ctx: ArticleContext, quote: Quote) -> list[str]:
    """The words of the quote's sentence right after its closing mark, lower case, up to the
    first mark that closes a clause or a sentence (at most ``candidate_after`` characters; the
    words of any quote in it are blanked, :attr:`ArticleContext.outside_marks`)."""
    text = ctx.outside_marks
    hi = min(len(text), quote.end + ctx.settings.candidate_after)
    stretch = text[quote.end : hi]
    stop = re.search(r"[.!?;:,\"“”«»]", stretch.lstrip(" \"”’'.,!?"))
    lead = len(stretch) - len(stretch.lstrip(" \"”’'.,!?"))
    if stop is not None:
        stretch = stretch[: lead + stop.start()]
    return [m.group().lower().replace("’", "'") for m in WORD.finditer(stretch)]


def _sentence_before(
    ctx: ArticleContext, quote: Quote
) -> tuple[str, int, list[tuple[str, int, int]]]:
    """The quote's sentence up to its opening mark (:func:`placement.sentence_start`), after
    any quote before it: the text, its offset in the article, and its words (lower case, with
    their offsets in the article)."""
    text = ctx.outside_marks
    lo = placement.sentence_start(text, quote.start, ctx.settings.candidate_window)
    prev = placement.quote_before(ctx, quote.start)
    if prev is not None:
        lo = max(lo, prev.end)
    found = [
        (m.group().lower().replace("’", "'"), m.start(), m.end())
        for m in WORD.finditer(text, lo, quote.start)
    ]
    return text[lo : quote.start], lo, found


MISQUOTED_NAME_WORDS = 8
"""How many words ``*`` in a ``misquote_frames`` or ``claimed_quote_frames`` entry stands for
at most (at least one): the person misquoted, named with a title and an apposition
("misquoted Commissioner Lena Petrakis, the dam safety chief, as saying")."""

_FRAMED_STAR = rf"(?:\S+\s+){{1,{MISQUOTED_NAME_WORDS}}}?"
"""Lazy: the fewest words that let the entry match, so that a ``*`` that ends an entry
("quote attributed to *") stands for the person's first word, not every word up to the
quote."""


def misquoted(ctx: ArticleContext, quote: Quote) -> str | None:
    """Why the quote's words are, by the article's own frame, no words it gives the speaker as
    said, or None: a phrase before the quote in its sentence, with no other quote and no
    reporting verb between (the corrected words of "…, when she said “…”" are the article's
    claim, checked; a reporting verb's form right after a determiner is a noun: "every dam in
    the state “…”") —

    * of ``misquote_frames``: the article's own admitted misquote ("Correction: An earlier
      version of this article misquoted Commissioner Lee as saying “…”"; ``*`` one to
      :data:`MISQUOTED_NAME_WORDS` words): the article corrects the words;
    * of ``claimed_quote_frames``: someone's claim about what the person said, the claim a
      fact-check examines ("A post claims Lee wrote that “…”", "attributes to her the line
      “…”"; ``*`` the person, :func:`_names_person`, within one clause): the article reports
      the claim, it does not make it.

    Either way the article does not claim the speaker said them, so they are never an
    accusation (``docs/verdicts.md``, *The source as evidence*)."""
    lang = ctx.lang
    if not lang.misquote_frames and not lang.claimed_quote_frames:
        return None
    stretch, lo, found = _sentence_before(ctx, quote)
    words = [w for w, _, _ in found]
    for frames, claimed in ((lang.misquote_frames, False), (lang.claimed_quote_frames, True)):
        for entry, at, stop in phrase_list(frames, _FRAMED_STAR).found_last(words):
            if claimed and not _claim_about_person(entry, at, stop, found, ctx):
                continue
            if claimed and _own_claim(entry, at, stop, found, ctx, quote.attribution.speaker):
                continue  # "Lee claimed that she said “…”": her own account of her words
            if any(
                lang.is_reporting_verb(w) and not _noun_of_no_one(words[k - 1], lang)
                for k, w in enumerate(words[stop:], stop)
            ):
                return None  # "… as saying that …, when she said “…”": the words she did say
            end = found[stop - 1][2]
            written = " ".join(stretch[found[at][1] - lo : end - lo].split())
            if claimed:
                return (
                    f"the article gives these words as someone's claim of what was said "
                    f"(“{written}”), the claim it examines, not words it gives as said"
                )
            return (
                f"the article says it misquoted the speaker with these words (“{written}”): its "
                "own correction, not words it gives as said"
            )
    return None


def _claim_about_person(
    entry: str, at: int, stop: int, found: list[tuple[str, int, int]], ctx: ArticleContext
) -> bool:
    """Whether a ``claimed_quote_frames`` phrase found at words ``at``–``stop`` of ``found``
    (:func:`_sentence_before`'s words) stands in one clause (no mark inside it: "The storm
    claimed two piers, the chief said" is no claim about the chief) and its ``*`` names a
    person (:func:`_names_person`: not "Lee claimed victory and said “…”", her own words)."""
    if re.search(r"[,;:()\[\]–—]", ctx.outside_marks[found[at][1] : found[stop - 1][2]]):
        return False
    parts = entry.split()
    star = parts.index(WILDCARD)
    first, last = at + star, stop - (len(parts) - star - 1)
    return _names_person([ctx.view[a:b] for _, a, b in found[first:last]], ctx.lang)


def _own_claim(
    entry: str,
    at: int,
    stop: int,
    found: list[tuple[str, int, int]],
    ctx: ArticleContext,
    speaker: str | None,
) -> bool:
    """Whether a ``claimed_quote_frames`` phrase "<claims> [that] * said" found at words
    ``at``–``stop`` of ``found`` is the quoted person's claim about her own words: the subject
    right before its verb (past adverbs of ``inner_adverbs``) names the speaker or is a
    third-person pronoun, and its ``*`` is the same person — a pronoun agreeing with it, of
    her first name's gender where ``first_names`` tell it ("Lee claimed that she said “…”",
    "She claims she wrote “…”"), or its name ("Lee claims Lee said").  The
    article then gives the words as hers.  Others' claims ("Critics claim Lee said", "Her
    opponent Ray Tomas claimed Lee said", "Residents who claim Lee said") are not."""
    lang = ctx.lang
    parts = entry.split()
    star = parts.index(WILDCARD)
    if not speaker or star + 2 != len(parts) or not lang.is_reporting_verb(parts[-1]):
        return False
    k = at - 1
    while k >= 0 and found[k][0] in lang.inner_adverbs:
        k -= 1
    if k < 0:
        return False
    subject = found[k][0]
    named = name_tokens(speaker)
    said_by = [ctx.view[a:b] for _, a, b in found[at + star : stop - 1]]
    if said_by and said_by[0].lower() in lang.optional_complementizers:
        said_by = said_by[1:]  # "claimed * said" read as "claimed [that she] said"
    if len(said_by) != 1 and not all(w[:1].isupper() for w in said_by):
        return False
    person = lang.pronouns.get(subject) if subject in lang.subject_pronouns else None
    if person is None and subject not in named:
        return False
    last = said_by[-1].lower()
    if len(said_by) == 1 and last in lang.subject_pronouns:
        agrees = lang.pronouns.get(last)
        if person is not None:
            return agrees == person
        # A name: a pronoun of a third person, of her gender where her first name tells it.
        gender = lang.first_names.get(named[0]) if len(named) > 1 else None
        return agrees in {"3m", "3f"} and (gender is None or agrees == "3" + gender)
    return person is None and last == subject


def _names_person(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether ``words`` (as written) can name a person: each a capitalised word (a name, a
    title), a pronoun of a third person, a determiner, or a title or role noun ("the
    councillor")."""
    for word in words:
        low = word.lower()
        if not (
            word[:1].isupper()
            or low in lang.third_person
            or low in lang.determiners
            or low in lang.title_words
            or low in lang.role_nouns
        ):
            return False
    return bool(words)


def _noun_of_no_one(before: str, lang: LanguageData) -> bool:
    """Whether a reporting verb's form after ``before`` is a noun that gives no one's words:
    after a determiner ("every dam in the state"), but not after a possessive ("her reply was
    “…”", "his statement": that person's words, which the article claims)."""
    return (
        before in lang.determiners
        and before not in lang.first_person
        and before not in lang.third_person
    )


def _reaches(
    gap: str,
    phrase: list[str],
    scare: bool,
    cue_after: bool,
    lang: LanguageData,
    *,
    own_before: bool,
) -> bool:
    """Whether a frame phrase leads to the quote whose opening mark ``gap`` (the article's
    words between them) reaches.  With no word between, always ("was asked: “…”", "critics who
    say “…”", "the so-called “…”").  Across words, never for a scare quote (``scare_frames``:
    "the so-called harbour plan was dead: “…”" calls the plan so, not the quote); nor when the
    phrase's clause closes before the quote (a comma, a colon) and the speaker's own reporting
    verb follows the quote ("Asked whether the fares would rise, “…,” Lee said": her answer);
    nor when a colon after the words of a relative clause (a phrase opening with a relative
    pronoun: "who asked", "who say") opens the main clause's words ("Lee answered reporters who
    asked about the fares: “…”") — only when that main clause's verb is the speaker's own
    reporting verb (``own_before``: her cue stands before the phrase); when the speaker's verb
    is none ("Lee was interrupted by residents who shouted …: “…”", "Lee faced critics who
    claim …: “…”") the colon opens the relative clause's words.  Otherwise it does ("rejected
    claims from the union that “…”", "was told by a keeper: “…”")."""
    if WORD.search(gap) is None:
        return True
    if scare:
        return False
    tail = gap.rstrip()
    if cue_after and tail.endswith(_CLAUSE_CLOSERS):
        return False
    return not (own_before and phrase[0] in lang.relative_pronouns and ":" in gap)


_CLAUSE_CLOSERS = (",", ":", ";")
"""Marks that close the clause of a frame phrase before a quote (:func:`_reaches`)."""


def _inner_report(
    found: list[tuple[str, int, int]],
    cue_end: int,
    opening: int,
    ctx: ArticleContext,
    speaker: str,
) -> str | None:
    """A reporting verb (or a ``holding_verbs`` form) after the speaker's own reporting verb,
    before the quote, whose subject is someone else: the word before it (past auxiliaries
    and negations) is a noun or a relative pronoun, not a pronoun, a function word, a word
    of the speaker's name or another verb ("Lee said some councillors believe “…”", "Lee
    said Reyes told her “…”"; not "Lee said she believes “…”", "Lee said, adding “…”"); not
    a verb that a comma after the speaker's verb sets off (an odd comma since it, right before
    the verb: "Lee said the keepers, praised by all, “…”" is a participle; "Lee said Reyes,
    the harbourmaster, told her “…”" is Reyes's verb); not a relative clause's verb whose
    words a colon ends before the quote (:func:`_reaches`: "Lee said critics who say the
    pier is dead are wrong: “…”")."""
    lang, text = ctx.lang, ctx.outside_marks
    own = {w.lower() for w in _identifying_words(speaker, lang)}
    after = [(w, a, b) for w, a, b in found if a >= cue_end]
    for k, (w, a, b) in enumerate(after):
        if not (lang.is_reporting_verb(w) or w in lang.holding_verbs):
            continue
        if k > 0 and "," in text[after[k - 1][2] : a] and text.count(",", cue_end, a) % 2:
            continue  # "Lee said the keepers, praised by all, “…”": a participle set off
        j = k - 1
        while j >= 0 and (after[j][0] in lang.auxiliaries or after[j][0] in lang.negations):
            j -= 1
        if j < 0:
            continue
        subject = after[j][0]
        if subject in lang.relative_pronouns and subject not in lang.optional_complementizers:
            if _reaches(text[b:opening], [subject, w], False, False, lang, own_before=True):
                return f"{subject} {w}"
            continue
        skip = (
            lang.first_person
            | lang.third_person
            | lang.subject_pronouns
            | lang.stopwords
            | lang.determiners
            | lang.prepositions
            | lang.conjunctions
            | lang.infinitive_markers
            | lang.optional_complementizers.keys()
            | own
        )
        if subject in skip or subject.endswith("ly") or lang.is_reporting_verb(subject):
            continue
        return f"{subject} {w}"
    return None


def _names_another(ctx: ArticleContext, mention: str, speaker: str) -> bool:
    """Whether the article's mention, resolved to ``speaker``, names someone else or a thing:
    a possessive of the speaker's name before a noun that is not one of speech or of an
    organisation ("Lee's aide", "Rogers' aide", not "Lee's statement"); or, naming the
    speaker by no word of their name and by no pronoun, a plural ("Residents", "critics") or a
    written thing (``voicing_things``: "A sign")."""
    lang = ctx.lang
    own = {
        w.lower()
        for name in (speaker, *ctx.speakers.aliases.get(speaker, ()))
        for w in _identifying_words(name, lang)
    }
    words = [w.replace("’", "'") for w in WORD.findall(mention)]
    if not words:
        return False
    lower = [w.lower() for w in words]
    head = lower[-1]
    for w in lower[:-1]:
        base, apostrophe, suffix = w.rpartition("'")
        if apostrophe and base in own and (not suffix or suffix in lang.possessive_suffixes):
            kept = lang.reporting_nouns | lang.speech_nouns | lang.organisation_nouns
            return head not in kept and not lang.is_reporting_verb(head)
    pronouns = (
        lang.first_person | lang.third_person | lang.subject_pronouns | lang.relative_pronouns
    )
    if any(w in own or w in pronouns for w in lower):
        return False
    if head in lang.voicing_things:
        return True
    return (
        head.endswith("s") and not head.endswith("ss") and (words[-1].islower() or len(words) == 1)
    )


def theirs(ev: Evidence, who: str) -> bool:
    """Whether the words found spoken by ``who`` are theirs, against the article's speaker
    (``docs/verdicts.md``, rule 2, *Theirs*): ``who`` is a plausible speaker of the quote
    (:func:`plausible`) — and, when the article names its own speaker in the quote's frame
    (:func:`explicit_attribution`: "Dale said", "- Ann Dale, head teacher:"), only if their
    passage holds every word the quote says (no :attr:`~Evidence.unsaid` word, no
    :attr:`~Evidence.left_out` number, negation or modal: "The pool will close" is not the
    words of one who said "The pool will not close"; the named critic's echo of them stays
    the critic's).  A speaker the article only infers (a pronoun, the sentence before) gives
    way to ``who`` as before, the words then checked as theirs."""
    return _theirs(ev.ctx, ev.quote, who, whole=not ev.unsaid and not ev.left_out)


def _theirs(ctx: ArticleContext, quote: Quote, who: str, *, whole: bool) -> bool:
    """:func:`theirs`, with ``whole`` saying whether the passage holds every word the quote
    says (a translation whose numbers, negations and modals all agree does)."""
    if not plausible(ctx, quote, who):
        return False
    return whole or not explicit_attribution(quote.attribution, ctx.lang)


def _named_in_paragraph(ctx: ArticleContext, quote: Quote, who: str) -> bool:
    """Whether the quote's own paragraph (:func:`placement.paragraph_bounds`, the quote and
    its attribution's mention included) names ``who`` — the surname of their name or of an
    alias, as :func:`named_near` looks for it — or ``who`` is a role label alone ("THE
    MAYOR", whose holder the article may name anywhere): then ``who`` stays a plausible
    speaker against the article's explicit "Lee said"."""
    lang = ctx.lang
    names = (who, *ctx.speakers.aliases.get(who, ()))
    posts = lang.title_words | lang.role_nouns
    if all(w.lower() in posts or w.lower() in lang.name_fillers for w in who.split()):
        return True
    att = quote.attribution
    lo = min(quote.start, att.mention_start) if att.mention_start is not None else quote.start
    hi = max(quote.end, att.mention_end) if att.mention_end is not None else quote.end
    start, end = placement.paragraph_bounds(ctx, lo, hi)
    around = ctx.view[start : quote.start] + " " + ctx.view[quote.end : end]
    for name in names:
        words = [w for w in _identifying_words(name, lang) if w.lower() not in posts]
        if words and re.search(rf"\b{re.escape(words[-1])}\b", around):
            return True
    return False


def another_of_the_name(ctx: ArticleContext, att: Attribution, who: str) -> str | None:
    """The article's mention of its speaker (``att``) when it names explicitly
    (:func:`explicit_attribution`) another person than ``who`` of the same surname — its last
    word is the last word of ``who``'s name, and a word before it tells them apart: a given
    name ``who``'s name and aliases do not hold, when one of them carries a given name of its
    own (:func:`_given_names`: "Ellen Ostrander" for Carl Ostrander, not for a label "MAYOR
    OSTRANDER"), or a
    title of the other gender than ``who``'s (``gendered_titles``: "Mrs. Ostrander"; the
    gender of ``who`` from a title or a first name of theirs, ``first_names``); else None.
    Two people of one family: the surname names neither for the other."""
    lang = ctx.lang
    if (
        not explicit_attribution(att, lang)
        or not att.mention
        or ctx.speakers.same(att.speaker, who)
    ):
        return None
    words = [w for w in placement.letter_words(att.mention) if len(w) > 1]
    names = (who, *ctx.speakers.aliases.get(who, ()))
    own = _identifying_words(who, lang)
    if len(words) < 2 or not own or words[-1].lower() != own[-1].lower():
        return None
    theirs_words = {w.lower() for n in names for w in placement.letter_words(n)}
    gender = _gender(theirs_words, [w.lower() for w in placement.letter_words(who)], lang)
    given = any(_given_names(n, lang) for n in names)
    for word in words[:-1]:
        low = word.lower()
        if low in lang.gendered_titles:
            if gender is not None and lang.gendered_titles[low] != gender:
                return att.mention
        elif (
            given
            and word[:1].isupper()
            and low not in lang.titles
            and low not in lang.name_fillers
            and low not in theirs_words
        ):
            return att.mention
    return None


def _given_names(name: str, lang: LanguageData) -> list[str]:
    """The words of ``name`` before its surname that are no title or role ("Carl" of "Carl
    Ostrander"; none in "MAYOR PENHALLOW", "COUNCILMEMBER RIVKIN", "Dr. Lee"): a label of a
    title and a surname carries no given name, so no given name contradicts it.  A word the
    language lists as a given name too ("PRINCE PENHALLOW", ``first_names``) is one."""
    words = _identifying_words(name, lang)[:-1]
    return [
        w
        for w in words
        if w.lower() in lang.first_names or w.lower() not in lang.title_words | lang.role_nouns
    ]


def _gender(words: set[str], ordered: list[str], lang: LanguageData) -> str | None:
    """The gender a person's name words mark: a gendered title among ``words``, else the first
    name (the first of ``ordered`` that is no title) in ``first_names``; None when neither."""
    titled = {lang.gendered_titles[w] for w in words if w in lang.gendered_titles}
    if len(titled) == 1:
        return next(iter(titled))
    first = next((w for w in ordered if w not in lang.titles), None)
    return lang.first_names.get(first) if first else None


def plausible(ctx: ArticleContext, quote: Quote, who: str) -> bool:
    """Whether ``who`` is a plausible speaker of ``quote`` in the article: one of the
    extractor's ranked candidates for it with a score of at least ``candidate-min`` (a
    candidate the ranker all but ruled out is no reason to doubt the article's "Lee said"),
    or named next to it (:func:`named_near`)."""
    floor = ctx.settings.candidate_min
    for c in quote.attribution.candidates:
        if c.speaker and c.score >= floor and ctx.speakers.same(c.speaker, who):
            return True
    return named_near(ctx, quote, who)


def reported_from(ev: Evidence, who: str, *, stance: bool = False) -> bool:
    """Whether the source reports the matched words from ``who``: the span is words the source
    quotes, or a reporting verb stands between ``who``'s name and the span, and the name is
    within ``secondhand_window`` characters before the span in the same turn, in the span's
    sentence or an earlier one ("Secretary Clinton, last week you said we've got to …",
    "Hillary Clinton says she wants to “…”", "Thank you, Ms Lee. Last week you said …").
    With ``stance``, a verb that reports only what ``who`` wanted or talked about counts too
    ("you went on to call for …"): the source reports ``who`` there, though not their words."""
    src, info = ev.source, ev.info
    if src is None or info is None:
        return False
    if ev.ctx.speakers.same(who, _voice(src, info.start)):
        return False  # the source's own speaker quoting someone else is not reported speech
    turn_start = _turn_start(src, info.start)
    lo = max(turn_start, info.start - ev.ctx.settings.secondhand_window)
    before = src.text[lo : info.start]
    _, quoted = ev.span_speaker
    for name in (who, *ev.ctx.speakers.aliases.get(who, ())):
        words = _identifying_words(name, ev.ctx.lang)
        if not words:
            continue
        hits = list(re.finditer(rf"\b{re.escape(words[-1])}\b", before))
        if not hits:
            continue
        if quoted:
            return True
        # The name may stand in an earlier sentence of the turn: "Thank you, Ms Lee. Last
        # week you said …" reports her words.
        between = before[hits[-1].end() :].lower()
        if _reports_words(between, ev.ctx.lang, stance=stance):
            return True
    return False


def _reports_words(between: str, lang: LanguageData, *, stance: bool = False) -> bool:
    """Whether ``between`` (the text from a name to the matched span, lower case) holds a
    reporting verb that reports words: not one followed by a preposition of its topic or
    stance (``stance_prepositions``: "you have called for a ban on …", "she spoke about …",
    "he argued against …") — unless a report of words follows the preposition: a colon, a
    quote mark or a word that opens a clause (``optional_complementizers``: "you have said for
    months that …", "what you said about the ferry: …").  A stance verb gives what the person
    wanted or talked about in the reporter's own words, so the span after it is no evidence
    of the words the article quotes; "you said the market will stay …", "saying that she
    never …" give the words.  With ``stance``, any reporting verb counts."""
    found = list(LETTER_WORD.finditer(between))
    words = [m.group() for m in found]
    for i, w in enumerate(words):
        if not lang.is_reporting_verb(w):
            continue
        if stance or i + 1 == len(words) or words[i + 1] not in lang.stance_prepositions:
            return True
        after = between[found[i + 1].end() :]
        if _WORDS_FOLLOW.search(after) or any(
            x in lang.optional_complementizers for x in words[i + 2 :]
        ):
            return True
    return False


_WORDS_FOLLOW = re.compile(r"[:\"“”‘«»„]")
"""A colon or a quote mark: what follows it gives words said, not a stance or a topic."""


CREDIT_WORDS = 6
"""Words read after a source's closing quote mark, or before its opening one, for the credit
that names who said the quoted words ("…,” said Mayor Ann Lee.", "Ann Lee said: “…")."""

CREDIT_REACH = 200
"""Characters read either side of the marks for that credit (its clause ends sooner)."""

_MARKS = "\"'“”‘’«»„ ,"


def credited_to(ev: Evidence, who: str | None) -> str | None:
    """The credit by which the source gives the words it quotes to ``who`` (the article's
    speaker), or None: a reporting verb and ``who``'s name (or an alias's) in the words right
    after the closing mark, to the end of their clause ("“…,” said Mayor Lee.", "“…,” Lee
    said."), or ending right before the opening mark ("Mayor Ann Lee said: “…"); or a
    third-person pronoun and a reporting verb after the closing mark ("“…,” she added.") when
    the source credits the quote before it to ``who`` by name and names no one else in between.
    A press release declared as Lee's own quotes her in the third person: those words are
    hers, not someone Lee quotes (and a council statement that credits them to her after the
    words vouches for them as one that credits them before does).  The name is the whole run
    of capitalised words next to the verb (:func:`_names`); anyone else named in the credit's
    clause leaves the words uncredited ("said Lee spokesman Tom Ruiz", "Lee said Bo Tan had
    told her")."""
    src, info, primary = ev.source, ev.info, ev.qmatch.primary
    if not who or src is None or info is None or primary is None:
        return None
    ctx = ev.ctx
    turns = _quoted_turns(ctx, primary.source, src)
    here = next((t for t in reversed(turns) if t.start <= info.start < t.end), None)
    if here is None or _in_inner_marks(ctx, primary.source, src, info.start):
        # Words the credited quote itself quotes ("“As a driver told me, ‘…’”") are not the
        # credited speaker's: the release gives them to someone else (review 21-4 #0).
        return None
    lang = ctx.lang
    names = [_identifying_words(n, lang) for n in (who, *ctx.speakers.aliases.get(who, ()))]
    names = [n for n in names if n]
    key = (f"credits to {who}", primary.source, -1)
    known = ctx.memo.get(key)
    if not isinstance(known, dict):
        known = ctx.memo[key] = {}

    def credit_of(t: Turn) -> tuple[str | None, bool]:
        if (t.start, t.end) not in known:
            known[t.start, t.end] = _credit(src.text, t.start, t.end, names, lang)
        got: tuple[str | None, bool] = known[t.start, t.end]
        return got

    credit, by_name = credit_of(here)
    if credit and by_name:
        return credit
    before = next((t for t in reversed(turns) if t.end <= here.start), None)
    if credit:  # a pronoun: the source's credit of the quote before this one says whose
        if before is not None:
            prior, named = credit_of(before)
            between = src.text[before.end : here.start]
            lead = between.rstrip(_MARKS + ":")
            if lead.endswith(credit) and not _one_credit(lead[: -len(credit)], lang):
                return None  # "He added: “…”" only right after the named credit's sentence
            if prior and named and not _others_named(between, names, lang):
                return credit
        return None
    if _credits(src.text, here.start, here.end, lang) or _runs_on(src.text, here.start, here.end):
        # A credit of its own that names someone else ("“…,” Vera Holt replied.", "said the
        # harbour master"), or a sentence that goes on past the closing mark ("“…,” Vera
        # Holt, the harbour master, replied.", "“…,” was the reply of …"): the release
        # gives these words to whoever that is, never to the credit before (review 22-2 #1).
        return None
    # No credit of its own (red team 21 F2): a quote that follows, in the same paragraph,
    # one credited to them by name with no one else named between ("“…,” said Owen Ruiz,
    # the spokesman. “…”"), or whose paragraph opens with their name and a reporting verb
    # ("Ruiz said the crews were hired. “…”"), is theirs too — only when the credit's
    # sentence runs straight into the quote: words the release gives to someone else on the
    # way ("He recalled what the crane driver told him:", "A sign on the gate reads:",
    # "The harbour master told the board:") stay that person's (review 21-4 #0).
    if before is not None:
        between = src.text[before.end : here.start]
        prior, named = credit_of(before)
        if (
            prior
            and named
            and _one_credit(between, lang)
            and not _others_named(between, [*names, placement.letter_words(prior)], lang)
        ):
            return prior
    return _paragraph_credit(src.text, here.start, names, lang)


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the quoted words ``text[start:end]`` goes on past the closing
    mark on its line ("“…,” Vera Holt replied.", "“…,” the harbour master said."): the
    words end in no stop of their own (".”", "?”") and a word follows the marks.  Such a
    sentence credits the words itself, to whoever it names."""
    if text[start:end].rstrip(_MARKS)[-1:] in (".", "!", "?"):
        return False
    return text[end : end + CREDIT_REACH].lstrip(_MARKS)[:1].isalnum()


def _one_credit(text: str, lang: LanguageData, *, opening: bool = False) -> bool:
    """Whether ``text`` — from the end of a credited quote to the next quoted words, or
    (``opening``) from a paragraph's opening report to them — is that credit's one sentence
    and hands the words to no one else: no paragraph break, no colon that introduces words,
    no second sentence; after a quote's credit ("said Cy Moss, spokesman for the board.") no
    other reporting verb past the credit's clause ("…, who recalled what a rigger said."); an
    opening report ("Moss said the cranes were ordered.") ends in its stop, the quoted words
    opening a sentence of their own (not "Moss said the chair wrote “…”").  Anything more
    may give the next words to a role ("the harbour master told the board:"), a thing ("a
    sign reads:") or a person the speaker recalls (review 21-4 #0)."""
    if _PARAGRAPH_BREAK.search(text) or ":" in text:
        return False
    stop = _sentence_end(text, lang)
    if stop is not None and LETTER_WORD.search(text, stop):
        return False
    if opening:
        return stop is not None
    rest = text.lstrip(_MARKS)
    rest = rest[_credit_clause_end(rest, lang) :]
    return not any(lang.is_reporting_verb(w.lower()) for w in LETTER_WORD.findall(rest))


def _sentence_end(text: str, lang: LanguageData) -> int | None:
    """Where the first sentence of ``text`` ends (after its stop), read past the stop of a
    title or an initial ("said Dr. Sam Oake", "said Ann B. Lee"); None if it has none."""
    for m in _SENTENCE_STOP.finditer(text):
        before = LETTER_WORD.findall(text[: m.start()])
        word = before[-1] if before and text[: m.start()].endswith(before[-1]) else ""
        if word[:1].isupper() and (len(word) == 1 or word.lower() in lang.titles):
            continue
        return m.end()
    return None


_SENTENCE_STOP = re.compile(r"[.!?]")
"""A sentence's stop in a written source's running text."""


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""A blank line: where a paragraph of a written source ends."""


def _paragraph_credit(
    text: str, start: int, names: list[list[str]], lang: LanguageData
) -> str | None:
    """The name run and reporting verb that open the paragraph of the quoted words at
    ``start`` ("Ruiz said the crews were hired. “…”"), when the run names one of ``names``
    and nothing before the quote names anyone else; else None."""
    lo = max(0, start - CREDIT_REACH)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lo, start))
    if not breaks and lo > 0:
        return None  # the paragraph opens further back than a credit reaches
    para = text[breaks[-1].end() if breaks else lo : start]
    found = list(LETTER_WORD.finditer(para))
    verb = next((i for i, m in enumerate(found) if lang.is_reporting_verb(m.group().lower())), None)
    if not verb or not all(m.group()[:1].isupper() for m in found[:verb]):
        return None
    run = found[:verb]
    if not _is_run(para, found[: verb + 1]) or para[: found[0].start()].strip():
        return None
    if not _names(run, names, lang) or _others_named(para[found[verb].end() :], names, lang):
        return None
    if not _one_credit(para, lang, opening=True):
        return None  # "Moss said … . The harbour master told the board: “…”" (review 21-4 #0)
    return " ".join(m.group() for m in found[: verb + 1])


def credited_elsewhere(ev: Evidence) -> tuple[str, str] | None:
    """The person a written source (no voice of its own at the span: a press release or a
    report without ``speaker:``, not a transcript's turn) credits by name with the words it
    quotes, in their own sentence, when that is not the article's speaker, as (their name,
    the credit): "“…,” said Tom Ruiz, director of …" where the article writes "Lee said:
    “…”".  Words such a source gives to a named person are that person's (red team 20 F8);
    the run of capitalised words must name a person ("said the Harbour Trust", a day, a
    pronoun credit nobody) and its clause no one else ("said Lee spokesman Tom Ruiz"), and a
    run of the speaker's surname ("said Mari Lee" for Ann Lee) is no other person.  None
    otherwise.  O(turns)."""
    src, info, primary = ev.source, ev.info, ev.qmatch.primary
    speaker = ev.quote.attribution.speaker
    if not speaker or src is None or info is None or primary is None:
        return None
    if _voice(src, info.start) is not None:
        return None  # a speaker quoting someone: whose_words's steps 1-2
    ctx, lang = ev.ctx, ev.ctx.lang
    turns = _quoted_turns(ctx, primary.source, src)
    here = next((t for t in reversed(turns) if t.start <= info.start < t.end), None)
    if here is None:
        return None
    own = [_identifying_words(n, lang) for n in (speaker, *ctx.speakers.aliases.get(speaker, ()))]
    own = [n for n in own if n]
    if not own:
        return None
    surnames = {_name_key(n[-1]) for n in own}
    for credit, run, rest in _credits(src.text, here.start, here.end, lang):
        if not run:
            return None  # a pronoun, or no name by the verb
        if _names(run, own, lang):
            return None
        person = [m.group() for m in run if m.group().lower() not in lang.titles]
        low = [w.lower() for w in person]
        if (
            not person
            or _name_key(person[-1]) in surnames
            or low[-1] in lang.organisation_heads
            or any(w in lang.stopwords or w in lang.calendar_words for w in low)
            or any(w in lang.first_person | lang.third_person for w in low)
            or _others_named(rest, [person], lang)
        ):
            continue
        return " ".join(person), credit
    return None


def _in_inner_marks(ctx: ArticleContext, s_idx: int, src: Source, offset: int) -> bool:
    """Whether ``offset`` of ``src`` (source ``s_idx``) lies between quote marks inside
    quoted words (a quote within a quote), the spans paired once per source and article."""
    key = ("inner marks", s_idx, -1)
    spans = ctx.memo.get(key)
    if not isinstance(spans, list):
        spans = ctx.memo[key] = inner_quote_spans(src.text, ctx.lang.apostrophe_words)
    return any(a <= offset < b for a, b in spans)


def _quoted_turns(ctx: ArticleContext, s_idx: int, src: Source) -> list[Turn]:
    """The words ``src`` (source ``s_idx`` of the index) quotes, its quoted turns by start,
    listed once per source and article (``ctx.memo``), as is each one's credit to a speaker
    (:func:`credited_to`): a source read for many quotes is sorted once, and the credit of
    the quote before a pronoun's ("“…,” she added.") read once."""
    key = ("quoted turns", s_idx, -1)
    turns = ctx.memo.get(key)
    if not isinstance(turns, list):
        turns = ctx.memo[key] = sorted((t for t in src.turns if t.quoted), key=lambda t: t.start)
    return turns


_WORD_GAP = re.compile(r"\s*")
"""What may stand between two words of one name: space only (a comma, a possessive's
apostrophe or any other mark ends the name)."""


def _credit(
    text: str, start: int, end: int, names: list[list[str]], lang: LanguageData
) -> tuple[str | None, bool]:
    """The credit of the quoted words ``text[start:end]`` (:func:`credited_to`) and whether it
    names one of ``names`` (each a name's identifying words); (None, False) when it credits
    someone else or no one."""
    for credit, run, rest in _credits(text, start, end, lang):
        if run is None:
            return credit, False
        if _names(run, names, lang) and not _others_named(rest, names, lang):
            return credit, True
    return None, False


_Credit = tuple[str, list[re.Match[str]] | None, str]
"""A credit of quoted words as the source writes it ("said Mayor Ann Lee"), the run of
capitalised words it names (None for a pronoun's "she said") and the rest of its clause after
the run, where no one else may be named."""


def _credits(text: str, start: int, end: int, lang: LanguageData) -> list[_Credit]:
    """The credits the source may give the quoted words ``text[start:end]``, in the order
    they are read: a pronoun and a reporting verb after the closing mark alone ("“…,” she
    added."), else a run of capitalised words next to a reporting verb after the closing mark
    ("“…,” said Mayor Lee", "“…,” Ann Lee said"), then one ending right before the opening
    mark ("Mayor Ann Lee said: “…")."""
    out: list[_Credit] = []
    after = text[end : end + CREDIT_REACH].lstrip(_MARKS)
    if not after.startswith("\n"):
        clause = after[: _credit_clause_end(after, lang)]
        found = list(LETTER_WORD.finditer(clause))[:CREDIT_WORDS]
        words = [m.group() for m in found]
        verb = next((i for i, w in enumerate(words) if lang.is_reporting_verb(w.lower())), None)
        if verb == 1 and words[0].lower() in lang.third_person:
            return [(" ".join(words[:2]), None, "")]
        # "Mayor Ann Lee said" (only the name before the verb), "said Mayor Lee" (the name
        # right after it).
        if verb is not None and all(w[:1].isupper() for w in words[:verb]):
            if verb:
                if _is_run(clause, found[: verb + 1]) and found[0].start() == 0:
                    credit = " ".join(words[: verb + 1])
                    out.append((credit, found[:verb], clause[found[verb].end() :]))
            else:
                run = _run(clause, list(LETTER_WORD.finditer(clause))[1:])
                rest = clause[run[-1].end() :] if run else ""
                credit = " ".join([words[0], *(m.group() for m in run)])
                out.append((credit, run, rest.split(",", 1)[0]))
    before = text[max(0, start - CREDIT_REACH) : start].rstrip(_MARKS + ":")
    clause = CLAUSE_OR_LINE_END.split(before)[-1]
    found = list(LETTER_WORD.finditer(clause))
    if (
        found
        and found[-1].end() == len(clause)
        and lang.is_reporting_verb(found[-1].group().lower())
    ):
        # the name right before the verb, with nothing but space between
        run = _run(clause, found[:-1][::-1], backwards=True)[::-1]
        if run and not clause[run[-1].end() : found[-1].start()].isspace():
            run = []
        credit = " ".join([*(m.group() for m in run), found[-1].group()])
        if len(run) == 1 and run[0].group().lower() in lang.third_person:
            out.append((credit, None, ""))  # "He added: “…”", as "“…,” he added."
        else:
            out.append((credit, run, ""))
    return out


def _credit_clause_end(text: str, lang: LanguageData) -> int:
    """Where the clause of a credit after the closing mark ends (:data:`CLAUSE_OR_LINE_END`),
    read past the stop of a title or an initial in a name ("said Dr. Sam Oake", "said Ann
    B. Lee": review 21-3 F9)."""
    for m in CLAUSE_OR_LINE_END.finditer(text):
        if m.group() == ".":
            before = LETTER_WORD.findall(text[: m.start()])
            word = before[-1] if before and text[: m.start()].endswith(before[-1]) else ""
            if word[:1].isupper() and (len(word) == 1 or word.lower() in lang.titles):
                continue
        return m.start()
    return len(text)


_NAME_GAP = re.compile(r"\s*|['’-]|\.\s+")
"""What may stand between two words of one name in a credit: space, the apostrophe or hyphen
inside a name ("O'Neill", "Mary-Jo"), the stop of a title or initial ("Dr. Sam", "B. Lee")."""


def _run(text: str, found: list[re.Match[str]], *, backwards: bool = False) -> list[re.Match[str]]:
    """The leading words of ``found`` (words of ``text``, in reading order or, ``backwards``,
    from the end) that are capitalised and stand apart by space only: a title and a name,
    ending at a comma or a lower-case word.  None when a word of it is a possessor ("said
    Lee's spokesman"): the name is then not the speaker's."""
    run: list[re.Match[str]] = []
    for m in found:
        if not m.group()[:1].isupper():
            break
        if run:
            a, b = (m, run[-1]) if backwards else (run[-1], m)
            if not _NAME_GAP.fullmatch(text, a.end(), b.start()):
                break
        run.append(m)
    last = max(run, key=lambda m: m.end(), default=None)  # an apostrophe inside joins a name
    if last is not None and last.end() < len(text) and text[last.end()] in _APOSTROPHES:
        return []
    return run


_APOSTROPHES = "'’"


def _is_run(text: str, found: list[re.Match[str]]) -> bool:
    """Whether ``found`` (words of ``text``) are one run of words with space only between."""
    return all(_WORD_GAP.fullmatch(text, a.end(), b.start()) for a, b in itertools.pairwise(found))


def _names(run: list[re.Match[str]], names: list[list[str]], lang: LanguageData) -> bool:
    """Whether the words of ``run`` are one of ``names`` (each a name's identifying words):
    every word a title or a word of that name, the name's last word (a surname) among them
    ("Mayor Lee", "Ann Lee"; not "Ann Smith", "Ann", "Lee Harbour Director Tom Ruiz").  A
    name of one word (the article gives a surname only: "Ruiz said") is also named by a run
    that ends in it ("said Tom Ruiz"): the article gave no first name to tell them apart
    (red team 20 F8)."""
    said = [
        _name_key(m.group())
        for m in run
        if m.group().lower() not in lang.titles and len(m.group()) > 1  # an initial: either
    ]
    if not said:
        return False
    for name in names:
        own = {_name_key(w) for w in name}
        if _name_key(name[-1]) in said and all(w in own for w in said):
            return True
        if len(name) == 1 and said[-1] == _name_key(name[0]):
            return True
    return False


def _name_key(word: str) -> str:
    """A word of a person's name as names are compared (:func:`~quotecheck.extract.speakers.
    name_tokens`: accents, apostrophe shapes and case folded): "Núñez" is "Nunez" (review 21-3
    F9)."""
    return " ".join(name_tokens(word))


def _others_named(text: str, names: list[list[str]], lang: LanguageData) -> bool:
    """Whether ``text`` holds a capitalised word that is not a word of ``names``, a title, a
    pronoun, a function word or a day or month name: someone else may be named there."""
    own = {w.lower() for name in names for w in name}
    skip = own | lang.titles | lang.first_person | lang.third_person | lang.stopwords
    skip |= lang.calendar_words.keys()
    return any(w[:1].isupper() and w.lower() not in skip for w in LETTER_WORD.findall(text))


def _thing_words(text: str, lang: LanguageData) -> set[str]:
    """Lower-cased words of the names of things in ``text``, not of people: each run of
    capitalised words (:func:`_is_run`) that follows a determiner ("the Harbour Trust", "a
    Town Hall") or ends in an organisation noun ("Dunmere Council"; ``organisation_nouns``).
    O(len(text))."""
    words = list(LETTER_WORD.finditer(text))
    out: set[str] = set()
    i = 0
    while i < len(words):
        if not words[i].group()[:1].isupper():
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and words[j].group()[:1].isupper()
            and _is_run(text, words[j - 1 : j + 1])
        ):
            j += 1
        run = [m.group().lower() for m in words[i:j]]
        after_det = (
            i > 0
            and words[i - 1].group().lower() in lang.determiners
            and _is_run(text, words[i - 1 : i + 1])
        )
        if after_det or run[-1] in lang.organisation_heads:
            out.update(run)
        i = j
    return out


def _credited_in_both(ev: Evidence) -> str | None:
    """A name the source gives just before words it quotes ("quoting now Romney, quote, …")
    that the article also gives next to the quote, or a person both name by a possessive and
    a role noun ("My father used to say, “…”" and "Quoting her father, Lee said"): the
    article says whose words they are."""
    src, info = ev.source, ev.info
    if src is None or info is None:
        return None
    st = ev.ctx.settings
    lo = max(_turn_start(src, info.start), info.start - st.secondhand_window)
    own = {w.lower() for w in _identifying_words(ev.quote.attribution.speaker or "", ev.ctx.lang)}
    lang = ev.ctx.lang
    quote = ev.quote
    around = (
        ev.ctx.view[max(0, quote.start - st.candidate_window) : quote.start]
        + " "
        + ev.ctx.view[quote.end : quote.end + st.candidate_after]
    )
    before = src.text[lo : info.start]
    ends = list(STOP_BEFORE_CAPITAL.finditer(before))
    if ends:  # only the sentence that holds the quoted words credits them
        before = before[ends[-1].end() :]
    things = _thing_words(before, lang)
    for w in reversed(_identifying_words(before, ev.ctx.lang)):
        if len(w) < 3 or w.lower() in own or w.lower() in lang.stopwords:
            continue
        if w.lower() in things:
            continue  # "the Harbour Trust": an organisation's name, no one who said the words
        if w.lower() in lang.first_person | lang.third_person:
            continue
        if re.search(rf"\b{re.escape(w)}\b", around):
            return w
    # "My father used to say, “…”" in the source, "Quoting her father, Lee said" in the
    # article: a person the speaker's possessive names (a role noun) is named in both — in
    # the article outside every quote's marks and in the third person (a "my father" inside
    # a quote is that quote's speaker's father).
    theirs = {role for _, role in _possessed_roles(before, lang, lang.first_person)}
    theirs |= {role for _, role in _possessed_roles(before, lang, lang.third_person)}
    outside = (
        ev.ctx.outside_marks[max(0, quote.start - st.candidate_window) : quote.start]
        + " "
        + ev.ctx.outside_marks[quote.end : quote.end + st.candidate_after]
    )
    for written, role in _possessed_roles(outside, lang, lang.third_person):
        if role in theirs:
            return written
    return None


def _possessed_roles(
    text: str, lang: LanguageData, owners: frozenset[str]
) -> list[tuple[str, str]]:
    """Each role noun of ``text`` (``role_nouns``: "father", "coach") right after a word of
    ``owners`` (possessives of one person: "my father", "her coach"), as written and as the
    bare noun: a person the words name by their tie to someone, not by name
    (:func:`_credited_in_both`)."""
    words = list(LETTER_WORD.finditer(text))
    out: list[tuple[str, str]] = []
    for a, b in itertools.pairwise(words):
        role = b.group().lower()
        if a.group().lower() in owners and role in lang.role_nouns and _is_run(text, [a, b]):
            out.append((text[a.start() : b.end()], role))
    return out


def _reports_someone(ev: Evidence) -> str | None:
    """The reporting verb (with its subject) when the matched span's turn reports someone
    else's words just before it — in the span's sentence or the one before, within
    ``secondhand-window`` characters ("The council has said you are far too slow. In fact,
    you are …"): the words may be the one reported, not the turn speaker's own, so the source
    does not show that the article's speaker did not say them.  Only a reporting word that is
    the verb of a report counts (:func:`_reports_here`); a transcript's bracketed stage
    directions ("(CROWD BOOING)") are the transcriber's words, not the speaker's."""
    src, info = ev.source, ev.info
    if src is None or info is None:
        return None
    lang = ev.ctx.lang
    before, ends = _words_before_span(ev, src, info.start)
    if len(ends) >= 2:  # the span's own sentence and the one before it
        before = before[ends[-2].end() :]
    words = placement.letter_words(before)
    own = {w.lower() for w in _identifying_words(_voice(src, info.start) or "", ev.ctx.lang)}
    for i, w in enumerate(words):
        low = w.lower()
        if not lang.is_reporting_verb(low) or low in lang.stopwords:
            continue
        if not _reports_here(words, i, lang, own):
            continue
        return " ".join([*words[max(0, i - 2) : i], w])
    return None


def _words_before_span(ev: Evidence, src: Source, start: int) -> tuple[str, list[re.Match[str]]]:
    """The source's text before the matched span at ``start``, within its turn and at most
    ``secondhand-window`` characters back, with stage directions blanked ("(CROWD BOOING)": the
    transcriber's words); and the sentence ends found in it, the span's first character
    included, so that a sentence ending right before the span is seen
    (:func:`_reports_someone`, :func:`indirect_report`)."""
    lo = max(_turn_start(src, start), start - ev.ctx.settings.secondhand_window)
    text = _STAGE.sub(lambda m: " " * len(m.group()), src.text[lo : start + 1])
    text = _courtesies(ev.ctx.lang.courtesies).sub(lambda m: " " * len(m.group()), text)
    return text[: start - lo], list(STOP_BEFORE_CAPITAL.finditer(text))


@cache
def _courtesies(entries: frozenset[str]) -> re.Pattern[str]:
    """The language's ``courtesies`` ("Thanks.", "Thank you, operator.") where they open a
    sentence: a speaker's formula of thanks, no report of anyone's words (an analyst's "Thanks.
    Your margins look …" reports nothing), blanked as the stage directions are.  Never
    matches when the language has none."""
    if not entries:
        return re.compile(r"(?!)")
    words = "|".join(phrase_pattern(c) for c in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?]))\s*(?:{words})\b", re.I)


REPORT_OBJECT_WORDS = 4
"""Words that may stand between a report's verb and its "that" (the one told: "told the
meeting that …") for the words after it to be the report's content (:func:`indirect_report`)."""


def indirect_report(ev: Evidence) -> str | None:
    """The report ("The Mayor said that", "you said") whose content, in indirect speech, is the
    matched span, or None.  The span is not words the source quotes, stands in a turn that is
    not the article's speaker's own, and follows in its own sentence a reporting verb that is
    the verb of a report of someone else's words (:func:`_reports_here`) with nothing between
    but a clause-opening "that" (``optional_complementizers``), itself after at most
    :data:`REPORT_OBJECT_WORDS` words ("told the meeting that …").  Minutes, an interviewer's
    summary ("last month you said the wall would be repaired") and a reporter's account give
    the words as reported speech: tense and person shifted ("would" for "will", "had" for
    "have", "she" for "I") by the grammar of the report, so they cannot show that a direct
    quote changed them (``docs/verdicts.md``, *The source as evidence*)."""
    src, info = ev.source, ev.info
    if src is None or info is None:
        return None
    who, quoted = ev.span_speaker
    speaker = ev.quote.attribution.speaker
    if quoted or (speaker and who and ev.ctx.speakers.same(speaker, who)):
        return None
    lang = ev.ctx.lang
    words, i = _report_before(ev, src, info.start)
    end, more = len(words), ""
    if i is None:
        i = _report_continued(words, lang)
        if i is not None:  # shown up to its "that": "He stated that …"
            end = (
                next(
                    k
                    for k in range(i + 1, end)
                    if words[k].lower() in lang.optional_complementizers
                )
                + 1
            )
            more = " …"
    if i is None:
        return None
    own = {w.lower() for w in _identifying_words(_voice(src, info.start) or "", lang)}
    if _reports_here(words, i, lang, own) and not _someone_else_reports(ev, words, i):
        return " ".join(words[max(0, i - 2) : end]) + more
    return None


def _report_continued(words: list[str], lang: LanguageData) -> int | None:
    """The index in ``words`` (the span's sentence before it, as :func:`_report_before` gives
    them) of the reporting verb whose "that"-clause the span continues, or None: the verb
    followed by a clause-opening "that" (``optional_complementizers``) after at most
    :data:`REPORT_OBJECT_WORDS` words, and no first-person word after it — a record goes on
    reporting in the third person ("He stated that the money would run out and that the city
    had a duty to act", "stated that he backed the shelter but had concerns about …").  A
    first-person word after the verb is a voice of its own again."""
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in lang.first_person:
            return None
        if low in lang.stopwords or not lang.is_reporting_verb(low):
            continue
        ahead = [w.lower() for w in words[i + 1 : i + 2 + REPORT_OBJECT_WORDS]]
        if any(w in lang.optional_complementizers for w in ahead):
            return i
    return None


def _report_before(ev: Evidence, src: Source, start: int) -> tuple[list[str], int | None]:
    """The words of the span's own sentence before ``start``, and the index among them of the
    reporting verb whose content the span is — right before it, or before a clause-opening
    "that" (``optional_complementizers``) after at most :data:`REPORT_OBJECT_WORDS` words
    ("told the meeting that …") —, or None (also after a quote mark, a colon or a semicolon:
    direct words, or a new clause).  Read by :func:`indirect_report` and
    :func:`reported_claim`."""
    lang = ev.ctx.lang
    before, ends = _words_before_span(ev, src, start)
    if ends and ends[-1].end() <= len(before):
        before = before[ends[-1].end() :]
    if re.search(r"[\"“”‘«»„:;]", before):
        return [], None
    words = placement.letter_words(before)
    k = len(words)
    if k and words[-1].lower() in lang.optional_complementizers:
        k -= 1
        reach = range(k - 1, max(-1, k - 2 - REPORT_OBJECT_WORDS), -1)
    else:
        reach = range(k - 1, k - 2, -1)
    for i in reach:
        if i < 0:
            break
        low = words[i].lower()
        if low in lang.stopwords or not lang.is_reporting_verb(low):
            continue
        return words, i
    return words, None


def reported_claim(ev: Evidence) -> str | None:
    """The report ("Critics say", "Some people claim that", "My opponent says") whose content
    is the matched span, when the span stands in the article speaker's own turn: the speaker
    tells what others say — perhaps to reject it ("…, and they are wrong") — and the words are
    that claim, not the speaker's own view, whatever the article makes of them (red team 18
    F17; ``docs/verdicts.md``, *The source as evidence*).  The report's verb is read as
    :func:`indirect_report` reads it; its subject is not the speaker: no first-person pronoun
    (a possessive is no subject: "my opponent says") in the sentence before the verb, nor a
    word of the speaker's name as the subject ("I say", "we have always said", "as Lee says"
    are the speaker's own); and the subject is a person or a group (:func:`_person_subject`),
    not a document or a thing ("Our manifesto says that …" is the speaker's own case)."""
    src, info = ev.source, ev.info
    speaker = ev.quote.attribution.speaker
    if src is None or info is None or not speaker:
        return None
    who, quoted = ev.span_speaker
    if quoted or not who or not ev.ctx.speakers.same(speaker, who):
        return None
    lang = ev.ctx.lang
    words, i = _report_before(ev, src, info.start)
    if i is None:
        return None
    low = words[i].lower()
    prev = words[i - 1].lower() if i else ""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if low in lang.reporting_verbs and (prev in lang.determiners or nxt in lang.tense_markers):
        return None  # a noun: "the claim", "the answer"
    if prev in lang.infinitive_markers or i == 0:
        return None  # "to say": no one's words reported; no subject at all
    if any(w.lower() in lang.first_person - lang.determiners for w in words[: i + 2]):
        return None  # "I say", "we have always said", "people tell me"
    own = {w.lower() for w in _identifying_words(speaker, lang)}
    j = i - 1
    while j >= 0 and _auxiliary(words[j].lower(), lang):
        j -= 1
    if j < 0 or words[j].lower() in own or not _person_subject(words, j, lang):
        return None
    return " ".join(words[max(0, j - 1) : len(words)])


def _person_subject(words: list[str], j: int, lang: LanguageData) -> bool:
    """Whether ``words[j]``, the subject of a report, is a person or a group: a noun of
    ``reporting_people`` ("critics", "my opponent"), a role, a third-person pronoun, or a
    capitalised word after no determiner or possessive that names no written thing (a name:
    "Dunn says that") — never a document or a thing ("Our manifesto says", "The law says")."""
    word, low = words[j], words[j].lower()
    if low in lang.reporting_people or low in lang.role_nouns:
        return True
    if low in lang.third_person:
        return True  # "they say", "she claims"
    prev = words[j - 1].lower() if j else ""
    return (
        word[:1].isupper()
        and low not in lang.stopwords
        and low not in lang.voicing_things
        and prev not in lang.determiners
        and prev not in lang.first_person
    )


def _someone_else_reports(ev: Evidence, words: list[str], i: int) -> bool:
    """Whether the subject of the report's verb ``words[i]`` (the first word before it past
    auxiliaries) is a name that is not one of the article speaker's: "Cllr Dunn said that …"
    reports Dunn's words, not Vell's, so misattribution decides, not the indirect route.  A
    pronoun ("she", "you"), a lower-case word or a role after a determiner ("The Reeve said")
    is no name."""
    lang = ev.ctx.lang
    j = i - 1
    while j >= 0 and _auxiliary(words[j].lower(), lang):
        j -= 1
    if j < 0:
        return False
    word, low = words[j], words[j].lower()
    prev = words[j - 1].lower() if j else ""
    if not word[:1].isupper() or low in lang.stopwords or low in lang.subject_pronouns:
        return False
    if prev in lang.determiners or low in lang.titles or low in lang.role_nouns:
        return False
    speaker = ev.quote.attribution.speaker or ""
    return low not in {w.lower() for w in _identifying_words(speaker, lang)}


_STAGE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""A parenthesised or bracketed stretch of a transcript: a stage direction or a note."""


def _reports_here(words: list[str], i: int, lang: LanguageData, own: set[str]) -> bool:
    """Whether the reporting word ``words[i]`` is the verb of a report of someone else's words,
    by its position (the governing-verb test):

    * not a noun: the bare word after a determiner ("the answer", "that reason") or before an
      auxiliary ("New York state has");
    * not an infinitive ("to say", "gets to pick"): no words said are reported;
    * its subject is not the speaker themselves: a first-person pronoun within two words (not
      a possessive determiner: "My opponent told …" reports someone), or the first word
      before it past auxiliaries and negations ("I didn't say", "I have said") first person
      or a name of the turn's speaker ("Lee is calling for …")."""
    low = words[i].lower()
    prev = words[i - 1].lower() if i else ""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    bare = low in lang.reporting_verbs
    if bare and (prev in lang.determiners or nxt in lang.tense_markers):
        return False
    if prev in lang.infinitive_markers:
        return False
    if any(_first_person_subject(x.lower(), lang) for x in words[max(0, i - 2) : i]):
        return False  # "I said", "I have said": the speaker's own earlier words
    j = i - 1
    while j >= 0 and _auxiliary(words[j].lower(), lang):
        j -= 1
    subject = words[j].lower() if j >= 0 else ""
    return subject not in lang.first_person and subject not in own


def _first_person_subject(word: str, lang: LanguageData) -> bool:
    """A first-person word that can be a verb's subject: not a possessive determiner, whose
    noun is the subject ("My opponent told the club that …" reports someone else)."""
    return word in lang.first_person and word not in lang.determiners


def _auxiliary(word: str, lang: LanguageData) -> bool:
    """An auxiliary, a modal or a negation standing between a verb and its subject, or a piece
    of one split at its apostrophe (``lang.auxiliaries``: "didn", "t" of "didn't"), or a
    one-letter piece of any word split there (the "l" of French "je l'ai dit"), not a
    first-person pronoun."""
    return word in lang.auxiliaries or (len(word) == 1 and word not in lang.first_person)


def _turn_at(src: Source, offset: int) -> Turn | None:
    """The innermost unquoted turn around ``offset``, or None."""
    best = None
    for turn in src.turns:
        inside = not turn.quoted and turn.start <= offset < turn.end
        if inside and (best is None or turn.start > best.start):
            best = turn
    return best


def _voice(src: Source, offset: int) -> str | None:
    """Who speaks at ``offset`` in their own voice: the unquoted turn's speaker around it,
    else the source's speaker (the one who does the quoting, for a quoted span)."""
    best = _turn_at(src, offset)
    return best.speaker if best is not None else src.speaker


def _turn_start(src: Source, offset: int) -> int:
    """Where the (unquoted) turn around ``offset`` starts (the body's start outside every
    turn: front matter is no one's words)."""
    start = src.body_start
    for turn in src.turns:
        if not turn.quoted and turn.start <= offset < turn.end:
            start = max(start, turn.start)
    return start


class Call(StrEnum):
    """What the source says about the article's attribution (see :func:`whose_words`)."""

    MISATTRIBUTED = "misattributed"
    """An explicit attribution to someone the source does not show saying the words."""
    THEIRS = "theirs"
    """The words are those of a speaker the article names near the quote (QC204, info)."""
    SECOND_HAND = "second-hand"
    """The source reports the words from the article's speaker (QC206, info)."""
    UNCERTAIN = "uncertain"
    """Another speaker's words, but the article's attribution is an inference (QC205)."""


@dataclass(frozen=True)
class SpeakerCall:
    """The decision and what to say about it."""

    call: Call
    why: str
    who: str | None = None
    """The speaker in the source whose words these are (THEIRS, UNCERTAIN)."""
    rendering: str | None = None
    """Who quotes the words in the source, when that is someone other than the article's
    speaker (a rival, a moderator, a reporter): their rendering of the words is evidence about
    the attribution only, never of what the article's speaker said (:func:`rendering_by`)."""


def whose_words(ev: Evidence, wrong: Misattribution) -> SpeakerCall:
    """The article attributes words to A that the source gives to S (or quotes from someone):
    decide whose they are, in this order.

    0. A written source (no voice at the span) quotes them and credits them by name to
       another person (:func:`credited_elsewhere`): misattributed when the article names A
       explicitly and not that person in the quote's sentence; otherwise uncertain.
    1. The source reports them from A (second-hand): A's, via the source (QC206); so do
       words it quotes and credits to A in their own sentence (:func:`credited_to`: "“…,”
       said Mayor Lee", also in a release that is A's own).
    2. Quoted by the source from someone: misattributed when A is the one who quotes them (A
       is credited with words they only quoted); otherwise uncertain (the source does not say
       whose they are).
    3a. The article names A in the quote's frame, A has turns of their own in the same
       source, and the words stand there as said in S's turn and nowhere in A's
       (:func:`moved_between`): misattributed, whether or not S is named near the quote.
    3. S is a plausible speaker of the quote (and, when the article names A in the quote's
       frame, said every word of it: :func:`theirs`): the words are S's (QC204) — but
       uncertain (QC205) when that frame names A and only another paragraph names S
       (:func:`_named_in_paragraph`).
    4. The source reports someone's words just before them: uncertain (QC205).
    5. The source reports what A wanted or talked about just before them ("you went on to
       call for …"): uncertain (QC205) — the reporter's words, not evidence against A.
    6. The article names A explicitly: misattributed (QC201) — unless its frame gives the
       words to someone else or says A did not say them (:func:`others_words`): then, for
       words the source quotes, second-hand (QC206), else uncertain (QC205).
    7. Otherwise: attribution uncertain, both names shown (QC205).

    Steps 3, 6 and 7 (:func:`theirs_call`, :func:`_named_or_inferred`) decide for a
    translation too (:func:`whose_translated`).
    """
    ctx = ev.ctx
    speaker = ctx.readable(ev.quote.attribution.speaker or "the attributed speaker")
    span_who, quoted = ev.span_speaker
    span_shown = ctx.readable(span_who) if span_who else None
    wrong_shown = span_shown or ctx.readable(wrong.who)
    src = ev.source
    where = ctx.source_names[ev.qmatch.primary.source] if ev.qmatch.primary else "the source"
    elsewhere = credited_elsewhere(ev) if quoted else None
    if elsewhere:
        person, credited = elsewhere
        if explicit_attribution(ev.quote.attribution, ctx.lang) and not _named_in_sentence(
            ctx, ev.quote, person
        ):
            return SpeakerCall(
                Call.MISATTRIBUTED,
                f"the article attributes these words to {speaker}, but {where} quotes them as "
                f"{person}'s (“{credited}”)",
                person,
            )
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: {where} quotes these words as {person}'s (“{credited}”); "
            f"the article gives them to {speaker}",
            person,
        )
    if ev.quote.attribution.speaker and reported_from(ev, ev.quote.attribution.speaker):
        by = span_shown or (src.speaker if src else None) or "another speaker"
        return SpeakerCall(
            Call.SECOND_HAND,
            f"second-hand: in {where}, {by} reports these words from {speaker}",
            rendering=rendering_by(ev),
        )
    credit = credited_to(ev, ev.quote.attribution.speaker) if quoted else None
    if credit:
        return SpeakerCall(
            Call.SECOND_HAND,
            f"second-hand: {where} quotes these words and credits them to {speaker} (“{credit}”)",
            rendering=rendering_by(ev),
        )
    if quoted:
        author = _credited_in_both(ev)
        if author:
            return SpeakerCall(
                Call.SECOND_HAND,
                f"in {where}, {speaker} reads out words of {author}, whom the article names "
                "next to the quote",
            )
        voice = _voice(src, ev.info.start) if src is not None and ev.info is not None else None
        if voice and not ctx.speakers.same(ev.quote.attribution.speaker, voice):
            # The source shows its speaker quoting someone it does not name ("quotes you've made
            # at these rallies, “…”"): that is no evidence the article's speaker did not say
            # them.  Only crediting the one who quotes them would be a misattribution.
            return SpeakerCall(
                Call.UNCERTAIN,
                f"attribution uncertain: in {where}, {ctx.readable(voice)} quotes these words "
                f"from someone the source does not name; the article gives them to {speaker}",
                voice,
                rendering=rendering_by(ev),
            )
        disowned = others_words(ctx, ev.quote)
        if disowned:
            # The article gives the words to someone else too ("Lee mocked critics who say
            # “…”"), and the source shows them quoted: no accusation of the speaker.
            return SpeakerCall(
                Call.SECOND_HAND,
                f"{disowned}; in {where} they are words quoted from someone, not taken as "
                f"{speaker}'s own",
            )
        return SpeakerCall(Call.MISATTRIBUTED, wrong.why, wrong.who)
    if span_who and moved_between(ev, span_who):
        return SpeakerCall(
            Call.MISATTRIBUTED, f"{wrong.why}; {_own_turns(speaker, where)}", wrong.who
        )
    if span_who:
        call = theirs_call(ctx, ev.quote, span_who, where, whole=not ev.unsaid and not ev.left_out)
        if call is not None:
            return call
    reporter = _reports_someone(ev)
    if reporter:
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: in {where}, {wrong_shown} reports what someone "
            f"said (“{reporter}”) just before these words; the article gives them to {speaker}",
            span_who or wrong.who,
        )
    if ev.quote.attribution.speaker and reported_from(
        ev, ev.quote.attribution.speaker, stance=True
    ):
        who = span_who or wrong.who
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: in {where}, {wrong_shown} tells what {speaker} wanted or "
            "talked about just before these words, in their own words; the article gives them to "
            f"{speaker}",
            who,
        )
    return _named_or_inferred(ev.quote, wrong, where, ctx, shown=wrong_shown, who=span_who, src=src)


def moved_between(ev: Evidence, who: str) -> bool:
    """Whether the article moved words from one person to another, both speakers of the same
    transcript (red team 23 F2, red team 24 F10): the article and the source show it
    (:func:`_both_speak`), the words stand there as said (:attr:`~Evidence.exact`) in the
    turn of ``who`` — not words ``who`` gives as someone's report (:func:`_reports_someone`,
    :func:`reported_from`) or frames as A's without a verb (:func:`_relays_speaker`), and at
    least ``short_words`` of them (fewer show no one's words: "for the people") — and nowhere
    in A's own turns, quoted there or not (A reading out or repeating them).  The plausible
    candidate ``who`` named near the quote (:func:`theirs_call`) does not then excuse the
    article's "A said".  One re-reading of the quote, only on this path."""
    ctx, quote, src = ev.ctx, ev.quote, ev.source
    speaker = quote.attribution.speaker
    if not speaker or src is None or ev.info is None or ev.qmatch.primary is None:
        return False
    if _too_short_to_show(ev):
        return False
    if not ev.exact or ev.span_speaker[1] or not _both_speak(ctx, quote, who, src):
        return False
    if _reports_someone(ev) or reported_from(ev, speaker, stance=True):
        return False
    if _relays_speaker(ev, src, speaker, who):
        return False
    s_main = ev.qmatch.primary.source

    def theirs_too(s_idx: int, pos: int) -> bool:
        toks = ctx.index.tokens[s_idx]
        if s_idx != s_main or not 0 <= pos < len(toks):
            return False
        return ctx.speakers.same(speaker, _voice(src, toks[pos].start))

    return reread_preferring(ev, theirs_too) is None


def _too_short_to_show(ev: Evidence) -> bool:
    """Whether the quote has fewer words than the ladder's short-quote threshold
    (``short_words``): a fragment ("for the people", a nickname quoted) shows no one's words,
    so the source cannot show that the article gave them to the wrong person."""
    return ev.total < ev.ctx.settings.short_words


def _relays_speaker(ev: Evidence, src: Source, speaker: str, who: str) -> str | None:
    """What in the turn of ``who`` frames the matched span as the words of ``speaker`` without
    a reporting verb, in the span's sentence or the one before (:func:`_words_before_span`):
    the speaker's name ("Secretary Lee, a line from your April speech: …"), a second-person
    word addressing them ("these were your words."), a noun of speech not the turn speaker's
    own ("Her words were", "In her own words", not "my statement") or a colon right before
    the span.  The source may then give the words as the speaker's, so it does not show that
    the article moved them (:func:`moved_between`)."""
    info = ev.info
    if info is None:
        return None
    lang = ev.ctx.lang
    before, ends = _words_before_span(ev, src, info.start)
    if len(ends) >= 2:  # the span's own sentence and the one before it
        before = before[ends[-2].end() :]
    if before.rstrip().endswith(":"):
        return ":"
    own = {w.lower() for w in _identifying_words(who, lang)}
    names = {
        w.lower()
        for name in (speaker, *ev.ctx.speakers.aliases.get(speaker, ()))
        for w in _identifying_words(name, lang)
    } - own
    nouns = lang.reporting_nouns | lang.speech_nouns
    words = placement.letter_words(before)
    for i, w in enumerate(words):
        low = w.lower()
        if w[:1].isupper() and low in names:
            return w
        if lang.pronouns.get(low) == "2":
            return w
        mine = any(x.lower() in lang.first_person for x in words[max(0, i - 2) : i])
        if low in nouns and not mine:
            return w
    return None


def _own_turns(speaker: str, where: str) -> str:
    """What :func:`moved_between` adds to the accusation's message."""
    return f"{speaker} speaks in {where} too, in turns of their own that do not hold these words"


def _both_speak(ctx: ArticleContext, quote: Quote, who: str, src: Source) -> bool:
    """The article's and the source's side of :func:`moved_between`: the article names its
    speaker A in the quote's own frame (:func:`explicit_attribution`; not "according to A",
    where A may relay someone's words), its frame does not give the words to someone else nor
    say A did not say them (:func:`others_words`), A has turns of their own in ``src``, and
    ``who``, another speaker there, is named by their label (not a label that names no one:
    :func:`_names_no_one`)."""
    att = quote.attribution
    speaker = att.speaker
    if not speaker or ctx.speakers.same(speaker, who) or _names_no_one(who, ctx.lang):
        return False
    if att.rule is AttributionRule.ACCORDING_TO or not explicit_attribution(att, ctx.lang):
        return False
    if not any(
        t.speaker and not t.quoted and ctx.speakers.same(speaker, t.speaker) for t in src.turns
    ):
        return False
    return others_words(ctx, quote) is None


def _names_no_one(label: str, lang: LanguageData) -> bool:
    """Whether a source's speaker ``label`` names no person: an answer label left as written
    ("A"), the interviewer's questions ("Interviewer", ``question_labels``), a post alone
    ("THE COURT", :func:`~quotecheck.inputs.labels.label_role`) or a tool's placeholder
    ("SPEAKER_01")."""
    return (
        label.casefold().rstrip(".") in lang.answer_labels
        or label in lang.question_labels.values()
        or bool(label_role(label, lang.code))
        or placeholder_label(label)
    )


def _named_or_inferred(
    quote: Quote,
    wrong: Misattribution,
    where: str,
    ctx: ArticleContext,
    *,
    shown: str,
    who: str | None,
    src: Source | None,
) -> SpeakerCall:
    """Steps 6 and 7 of :func:`whose_words` (and of :func:`whose_translated`): the article
    names its speaker explicitly — misattributed, unless its frame gives the words to
    someone else or says the speaker did not say them, or the source's label there names no
    person (:func:`_unnamed_voice`): uncertain; or it only infers its speaker — uncertain,
    both names shown.  ``shown``: the source's speaker as a message names them; ``who``: as
    the source ``src`` labels them, when it does."""
    speaker = ctx.readable(quote.attribution.speaker or "the attributed speaker")
    disowned = others_words(ctx, quote)
    if disowned:
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: {disowned}; in {where} {shown} says them",
            who or wrong.who,
        )
    if who and src is not None and _unnamed_voice(ctx, quote, src, who):
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: in {where} these words are under the label "
            f"“{shown}”, which names no person ({speaker} may be the one); the article "
            f"gives them to {speaker}",
            who,
        )
    if explicit_attribution(quote.attribution, ctx.lang):
        return SpeakerCall(Call.MISATTRIBUTED, wrong.why, wrong.who)
    return SpeakerCall(
        Call.UNCERTAIN,
        f"attribution uncertain: the article seems to attribute these words to {speaker}, but "
        f"in {where} {shown} says them",
        who or wrong.who,
    )


POST_REACH = 4
"""Words before a person's name in the article that may describe them (:func:`_other_post`:
"Former committee chair Ines Dalton", "The mayor, Ann Lee")."""


def _other_post(ctx: ArticleContext, speaker: str, role: str) -> bool:
    """Whether the article describes ``speaker`` as someone other than the holder of the post
    ``role``: within :data:`POST_REACH` words before their surname, another post (a role noun
    not of ``role``: "The mayor, Ann Lee" is not THE PRESIDENT), or the post with a word that
    makes it someone else's (``role_modifiers``: "Former committee chair Ines Dalton" is not
    THE CHAIR, as extraction's ``role_holders`` reads it).  The article's own words only
    (:attr:`ArticleContext.outside_marks`): a quote's "the witness" describes no one."""
    lang = ctx.lang
    names = _identifying_words(speaker, lang)
    if not names:
        return False
    role_words = role.split()
    for m in re.finditer(rf"\b{re.escape(names[-1])}\b", ctx.outside_marks):
        before = LETTER_WORD.findall(ctx.outside_marks[max(0, m.start() - POST_CHARS) : m.start()])
        words = [w.lower() for w in before[-POST_REACH:]]
        for i, w in enumerate(words):
            if w in lang.role_nouns and w not in role_words:
                return True
            if w in lang.role_modifiers and any(
                words[j : j + len(role_words)] == role_words for j in range(i + 1, len(words))
            ):
                return True
    return False


POST_CHARS = 80
"""Characters before a name read for its :data:`POST_REACH` words."""


def _unnamed_voice(ctx: ArticleContext, quote: Quote, src: Source, label: str) -> bool:
    """Whether the source's speaker ``label`` at the words names no person — an answer label
    left as written ("A", no witness or interviewee named), the interviewer's questions
    ("Interviewer", ``question_labels``), a post alone ("THE COURT", "THE CLERK",
    :func:`~quotecheck.inputs.labels.label_role`) or a tool's placeholder ("SPEAKER_01") —
    while the article's speaker has no turn of their own in that source: they may be that
    voice, so the source cannot show that someone else said the words (red team 22 F1, F7).
    The interviewee credited with a question stays someone else: her answers are her turns."""
    lang, speakers = ctx.lang, ctx.speakers
    if not _names_no_one(label, lang):
        return False
    role = label_role(label, lang.code)
    speaker = quote.attribution.speaker
    if not speaker:
        return True
    if role and _other_post(ctx, speaker, role):
        return False
    if src.speaker and speakers.same(speaker, src.speaker):
        return False
    return not any(
        t.speaker and not t.quoted and speakers.same(speaker, t.speaker) for t in src.turns
    )


def theirs_call(
    ctx: ArticleContext, quote: Quote, who: str, where: str, *, whole: bool
) -> SpeakerCall | None:
    """Step 3 of :func:`whose_words` (and of :func:`whose_translated`): the words ``where``
    gives to ``who`` are theirs when ``who`` is a plausible speaker of the quote
    (:func:`plausible`) and, if the article names its own speaker in the quote's frame
    (:func:`explicit_attribution`), their passage holds every word the quote says
    (``whole``: :func:`theirs`) — QC204, the speaker was an inference — but uncertain
    (QC205) when ``who`` only shares a name with the article's speaker
    (:func:`another_of_the_name`) or the frame names the article's speaker and only another
    paragraph names ``who`` (:func:`_named_in_paragraph`).  None when they are not theirs."""
    # An interview's answer printed under its label: the label says whose turn it is, and
    # another guest named in the article (their own turns' labels) is no sign it meant them.
    if quote.turn_label is not None or not _theirs(ctx, quote, who, whole=whole):
        return None
    explicit = explicit_attribution(quote.attribution, ctx.lang)
    speaker = ctx.readable(quote.attribution.speaker or "the attributed speaker")
    shown = ctx.readable(who)
    namesake = another_of_the_name(ctx, quote.attribution, who)
    if namesake:
        # "“…,” Mrs. Ostrander said" where Carl Ostrander says them: the shared surname
        # (or the lede naming him) is no sign the article meant him; not an accusation
        # either (she may repeat his words), a doubt.
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: the article gives these words to {speaker} "
            f"(“{namesake}”), another person than {shown} though of the same name; "
            f"in {where} {shown} says them",
            who,
        )
    if (explicit or _anchored_pronoun(ctx, quote)) and not _named_in_paragraph(ctx, quote, who):
        # "Abara spoke. (new paragraph) “…,” Rivkin said." with Abara's words: the
        # article's explicit attribution against a name a paragraph away — neither taken
        # as Abara's in silence nor an accusation (a faithful quote of the real-news
        # report split is so written), a doubt showing both names.
        return SpeakerCall(
            Call.UNCERTAIN,
            f"attribution uncertain: the article gives these words to {speaker} "
            f"(“{quote.attribution.mention}”), but in {where} {shown} says them; "
            f"the article names {shown} only in another paragraph",
            who,
        )
    return SpeakerCall(
        Call.THEIRS,
        f"these words are {shown}'s in {where}, and the article names {shown} "
        f"next to the quote: taken as {shown}'s (the speaker was resolved as {speaker})",
        who,
    )


def _anchored_pronoun(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the quote's frame is a third-person pronoun ("he said") for a speaker the
    quote's own paragraph names ("Tveit said the crew held on. “…,” he said."): the article
    gives the words to that person as surely as by name, so a person only another paragraph
    names is no silent rescue (:func:`theirs_call`).  O(paragraph)."""
    att = quote.attribution
    if not att.speaker or not att.mention or att.mention.lower() not in ctx.lang.third_person:
        return False
    return _named_in_paragraph(ctx, quote, att.speaker)


def whose_translated(ctx: ArticleContext, quote: Quote, who: str, where: str) -> SpeakerCall:
    """:func:`whose_words` for a translation the source ``where`` gives to ``who``, another
    speaker than the article's (``docs/translation.md``): the same decision, from step 3a
    (the words moved between two speakers of the source, :func:`_both_speak`) —
    the words are theirs (QC204) when the article's speaker was an inference and ``who`` is
    named next to the quote; misattributed when the article names its speaker; else
    uncertain (QC205).  A rendering that differs in meaning never comes here: it is no
    evidence of who said the words (its passage does not hold them all)."""
    speaker = ctx.readable(quote.attribution.speaker or "the attributed speaker")
    shown = ctx.readable(who)
    why = f"the article attributes these words to {speaker}, but in the source {shown} says them"
    src = ctx.source_named(where)
    if src is not None and _both_speak(ctx, quote, who, src):
        # A faithful rendering of words of one speaker of the transcript, given by name to
        # another who speaks there too: moved between them, as in the source's own language.
        return SpeakerCall(Call.MISATTRIBUTED, f"{why}; {_own_turns(speaker, where)}", who)
    call = theirs_call(ctx, quote, who, where, whole=True)
    if call is not None:
        return call
    return _named_or_inferred(
        quote,
        Misattribution(why, who),
        where,
        ctx,
        shown=shown,
        who=who,
        src=ctx.source_named(where),
    )


def _named_in_sentence(ctx: ArticleContext, quote: Quote, person: str) -> bool:
    """Whether the article names ``person`` (their last name word) outside the marks in the
    sentence that holds ``quote``: "Quoting Ruiz, Lee said: “…”" says whose the words are;
    a mention paragraphs away does not."""
    words = _identifying_words(person, ctx.lang)
    if not words:
        return False
    text = ctx.outside_marks
    lo = max(0, quote.start - ctx.settings.candidate_window)
    before = text[lo : quote.start]
    ends = list(SENTENCE_BREAK.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[quote.end : quote.end + ctx.settings.candidate_after]
    after = SENTENCE_BREAK.split(after, maxsplit=1)[0]
    return re.search(rf"\b{re.escape(words[-1])}\b", before + " " + after) is not None


def rendering_by(ev: Evidence) -> str | None:
    """Who quotes the matched span in the source, when the span is words the source quotes and
    the one quoting them is not the article's speaker (a rival's "my opponent said, “…”", a
    moderator reading a line back, a news report's "“…,” Lee said"), else None.  Such words
    are someone's rendering of what was said: evidence about who said them, never of the words
    the article's speaker used, so a quote that differs from them is no alteration
    (``docs/verdicts.md``, *The source as evidence*).  A release declared as the speaker's own
    that quotes them is their own text (its voice is theirs).  Only in a source of one voice
    (a speech, a statement: no transcript turn around the words): a transcript's interviewer
    reading back or replaying a recorded line has the record in hand (on the real-news tuning
    split a replayed 1999 clip agreed with two other transcripts, and the article's change of
    it was real), so there the words are still checked."""
    src, info = ev.source, ev.info
    speaker = ev.quote.attribution.speaker
    if src is None or info is None or not speaker or not ev.span_speaker[1]:
        return None
    if _turn_at(src, info.start) is not None:
        return None
    voice = _voice(src, info.start)
    if voice is not None and ev.ctx.speakers.same(speaker, voice):
        return None
    if written_source(src) and credited_to(ev, speaker):
        # A source declared written (a statement, a release) that credits the words to the
        # speaker by name gives their words, not a rendering of them: the office's release of
        # its spokesperson's quote is the record (red team 21 F2).
        return None
    return voice or "the source"


def _plural_pronoun(ctx: ArticleContext, mention: str, quote: Quote) -> bool:
    """Whether the article's mention is a plural personal pronoun alone ("they": ``pronouns``
    class ``3p``) that stands for several people: the article names a group within
    ``candidate_window`` characters before the quote (:func:`_group_before`).  With one
    person named there ("Avery, who uses they/them pronouns, said …, they said"), "they" is
    that person's pronoun (review 20-2, 3)."""
    words = [w.lower() for w in WORD.findall(mention)]
    if len(words) != 1 or ctx.lang.pronouns.get(words[0]) != "3p":
        return False
    key = ("group before", quote.start, quote.end)
    if key not in ctx.memo:
        ctx.memo[key] = _group_before(ctx, quote)
    return bool(ctx.memo[key])


_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+")
"""Two or more capitalised words in a row ("Morgan Pike", "Mayor Lina Holt"): a name, read
by its last word."""


def _group_before(ctx: ArticleContext, quote: Quote) -> bool:
    """Whether the article names several people within ``candidate_window`` characters before
    the quote: a plural noun of people — a role noun's plural ("aides", ``role_nouns`` with an
    ``inflection_endings`` ending) or a group noun of ``reporting_people`` that is no singular
    of another entry ("critics", "people", not "critic") — or someone besides the quote's
    speaker, by a name of two capitalised words or more ("Morgan Pike") or as the speaker of
    a quote there.  A capitalised run that names no one ("Harbour Board") reads as a name:
    the test errs towards doubt.  O(window)."""
    lang = ctx.lang
    lo = max(0, quote.start - ctx.settings.candidate_window)
    window = ctx.outside_marks[lo : quote.start]
    for m in WORD.finditer(window):
        w = m.group().lower()
        if w in lang.reporting_people and f"{w}s" not in lang.reporting_people:
            return True
        if w.endswith("s") and any(b in lang.role_nouns for b in lang.bare_forms(w) - {w}):
            return True
    speaker = quote.attribution.speaker or ""
    own = {
        w.lower()
        for name in (speaker, *ctx.speakers.aliases.get(speaker, ()))
        for w in _identifying_words(name, lang)
    }
    names = {m.group().split()[-1].lower() for m in _FULL_NAME.finditer(window)}
    for q in ctx.quotes:
        who = q.attribution.speaker
        if who and lo <= q.start < quote.start and not ctx.speakers.same(who, speaker):
            return True
    return bool(names - own)


def _plural_people(ctx: ArticleContext, mention: str, speaker: str) -> bool:
    """Whether the article's mention, resolved to ``speaker``, is a plural noun of people that
    names no one ("the aides", "residents": :func:`_names_another`) — not a possessive ("Lee's
    aides"), an organisation ("the council", ``organisation_nouns``) or a written thing ("the
    banners", ``voicing_things``)."""
    words = [w.lower() for w in WORD.findall(mention)]
    if not words or "'" in mention.replace("’", "'"):
        return False
    head, things = words[-1], ctx.lang.voicing_things
    if head in ctx.lang.organisation_nouns or head in things or head[:-1] in things:
        return False
    return _names_another(ctx, mention, speaker)


def group_doubts(
    quotes: Sequence[Quote], results: Sequence[QuoteResult], ctx: ArticleContext
) -> list[QuoteResult]:
    """``results`` (of ``quotes``, in order) with a doubt (QC205) on each quote the article
    gives to several people — a plural pronoun ("they said": ``pronouns`` class ``3p``) or a
    plural noun that names no one ("the aides said": :func:`_names_another`) — that the
    extractor resolved to one person: a group is never one person, and the words may be
    any of them's (red team 18 F7).  Not when the speaker is already in doubt or given to
    someone else (a finding of :data:`CODES`)."""
    out = list(results)
    for i, r in enumerate(results):
        att = r.attribution
        if not att.speaker or not att.mention or any(f.code in CODES for f in r.findings):
            continue
        if r.verdict is Verdict.UNVERIFIABLE:
            continue  # taken as no one's: the verdict already says whose they are not
        if not _plural_pronoun(ctx, att.mention, quotes[i]) and not _plural_people(
            ctx, att.mention, att.speaker
        ):
            continue
        shown = ctx.readable(att.speaker)
        why = (
            f"attribution uncertain: the article gives these words to several people "
            f"(“{att.mention}”); taken as {shown}'s, one person"
        )
        findings = (*r.findings, ctx.finding(quotes[i], "QC205", why))
        codes = tuple(dict.fromkeys(f.code for f in findings))
        out[i] = r.model_copy(update={"findings": findings, "codes": codes})
    return out


def _addressing_voice(src: Source, lang: LanguageData, article: str) -> tuple[str, str] | None:
    """The unnamed voice of a two-voice source that addresses the source's declared speaker,
    and the words it does so by: a turn of it opens with a vocative of them, a clause of
    nothing but titles and words of their name before a comma ("MAYOR, THANKS FOR JOINING
    US.", "Ms Lee, will the pier …"; red team 20 F17).  The other voice is then the speaker's
    — an interviewer does not address the guest by the guest's own title when answering.
    The vocative must name them: a word of their name, or a title the ``article`` gives them
    (written before their surname, :func:`_title_given`) — "SIR," may be the guest
    addressing the host; and a turn opening with their whole name is a self-introduction
    ("ODILE FREY, HARBOUR MASTER."), no address (review 21-3 F5).  None when the source has
    not exactly two voices, names no speaker, or both voices (or neither) address them: both
    voices stay in doubt.  O(turns)."""
    if not src.speaker or len(src.voices) != 2:
        return None
    own = {w.lower() for w in placement.letter_words(src.speaker)}
    found: dict[str, str] = {}
    for turn in src.turns:
        if turn.voice is None or turn.voice in found:
            continue
        head, comma, _ = src.text[turn.start : turn.end].partition(",")
        words = [w.lower() for w in placement.letter_words(head)]
        if (
            comma
            and words
            and len(words) <= _VOCATIVE_WORDS
            and all(w in lang.titles or w in own for w in words)
            and any(w in own or _title_given(w, src.speaker, article) for w in words)
            and not (len(own) > 1 and own <= set(words))  # their whole name: introducing
        ):
            found[turn.voice] = head.strip()
    if len(found) != 1:
        return None
    voice, head = next(iter(found.items()))
    return voice, f"{head},"


_VOCATIVE_WORDS = 4
"""Words a turn's opening vocative may hold ("MADAM MAYOR", "Mayor Lee")."""

_TITLE_REACH = 3
"""Words a title may stand before a surname in the article and still be that person's
("Harbour master Odile Frey")."""


def _title_given(title: str, speaker: str, article: str) -> bool:
    """Whether the ``article`` writes the title word ``title`` before ``speaker``'s surname,
    within :data:`_TITLE_REACH` words ("Mayor Ann Lee" gives Ann Lee "mayor")."""
    names = placement.letter_words(speaker)
    if not names:
        return False
    rx = re.compile(
        rf"\b{re.escape(title)}\b(?:\W+\w+){{0,{_TITLE_REACH - 1}}}?\W+{re.escape(names[-1])}\b",
        re.IGNORECASE,
    )
    return rx.search(article) is not None


def voice_doubts(
    quotes: Sequence[Quote],
    results: Sequence[QuoteResult],
    sources: Mapping[str, Source],
    ctx: ArticleContext,
) -> list[QuoteResult]:
    """``results`` (of ``quotes``, in order) with a doubt (QC205) on each quote found in an
    unnamed voice of a timed transcript ("SPEAKER_00", :attr:`quotecheck.models.Turn.voice`)
    that may be someone else's: the article gives the same speaker words of another unnamed
    voice of that source too (two voices are two people), or the source names its speaker
    without saying which of its unnamed voices is theirs.  One voice for all of a speaker's
    quotes, in a source that names no one, raises none.  O(quotes² · turns)."""
    found: list[tuple[int, str, str, str, Source]] = []  # index, speaker, source, voice
    for i, r in enumerate(results):
        speaker, m = r.attribution.speaker, r.match
        src = sources.get(m.source) if m is not None else None
        if not speaker or m is None or src is None or len(src.voices) < 2:
            continue
        if any(f.code in CODES for f in r.findings):
            continue  # the speaker is already in doubt, or given to someone else
        voice = src.voice_at(m.start)
        if voice:
            found.append((i, speaker, m.source, voice, src))
    out = list(results)
    for i, speaker, name, voice, src in found:
        others = sorted(
            {
                v
                for j, s, n, v, _ in found
                if j != i and n == name and v != voice and ctx.speakers.same(s, speaker)
            }
        )
        shown = ctx.readable(speaker)
        asker = _addressing_voice(src, ctx.lang, ctx.view)
        if asker is not None and src.speaker and ctx.speakers.same(speaker, src.speaker):
            if voice != asker[0]:
                continue  # the voice that answers the one addressing the speaker: theirs
            why = (
                f"attribution uncertain: in {name} these words are {voice}'s, the voice that "
                f"addresses {ctx.readable(src.speaker)} (“{asker[1]}”): an interviewer's, not "
                f"the speaker's own"
            )
        elif others:
            why = (
                f"attribution uncertain: in {name} these words are the unnamed {voice}'s, but "
                f"the article's other quotes of {shown} are {', '.join(others)}'s: two voices "
                "are two people"
            )
        elif src.speaker:
            why = (
                f"attribution uncertain: {name} names {ctx.readable(src.speaker)} as its "
                f"speaker but not which of its unnamed voices "
                f"({', '.join(sorted(src.voices))}) is theirs; these words are {voice}'s"
            )
        else:
            continue
        r = out[i]
        findings = (*r.findings, ctx.finding(quotes[i], "QC205", why))
        codes = tuple(dict.fromkeys(f.code for f in findings))
        out[i] = r.model_copy(update={"findings": findings, "codes": codes})
    return out
