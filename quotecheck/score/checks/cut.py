"""QC106 misleading-cut: the quote stops right before a limiter ("but", "unless", "except"), a
condition ("if", language data ``conditions``) or a negation of the auxiliary it ends on ("It
did." for "It did not."), starts right after a negation, or starts under
a condition its source sentence opens with ("If the grant comes, we will open the clinic"
quoted as "We will open the clinic"), inside the quoted sentence.

Neither is a cut the article hides when the article reports those words itself: another quote
of the same speaker that goes on where this one stops (the commonest split, "“…,” she said,
“but …”"; the other quote may stand earlier in the article too, "She warned “but …” after
saying “…”", since either order reports the limiter), or the source's negation and the words
after it in the article's own words right before the quote ("she could not promise that “…”"
for "I cannot promise that …"), or a limiter and the source's words after it in the article's
own words right after the quote ("“…,” but added that …", "“…” unless …", "“…” if …"), or
a condition with a word of the source's in the article's own words before the quote ("said
that if the grant comes, “we will …”"), or with most of them in the sentence before the
quote's ("Lee said the clinic would open if the grant came. “We will open the clinic,” …")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import CLAUSE_STOP
from quotecheck.match.normalize import Token, tokenize
from quotecheck.models import Finding, Quote
from quotecheck.score.checks import speaker
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import Evidence, clip, same_sentence
from quotecheck.score.restarts import restart_after

__all__ = ["CODES", "boundary_findings"]

CODES = ("QC106",)

TAIL_WORDS = 8
"""Source words shown after the quote's end."""

HEAD_WORDS = 3
"""Source words before the quote's start in which a governing negation is looked for."""

FRAME_WORDS = 6
"""The article's own words before a quote in which a negation that carries the source's is
looked for (:func:`_frame_negates`)."""

SPLIT_GAP = 2
"""Source words at most between a quote's end and the start of the quote that goes on from it
(a word or two the article left out where it split the sentence)."""

SPLIT_WORDS = 2
"""Words at least that the quote going on must have: more than a lone "but"."""

CONDITION_WORDS = 16
"""Source words before the quote's start in which the opening of its sentence is looked for:
a condition there ("If the state sends the grant, …") governs the quoted words."""

CARRY_WORDS = 12
"""The article's own words before a quote in which a condition that carries the source's is
looked for ("said that if the state sends the grant, “…”")."""

BEFORE_WORDS = 40
"""The article's own words of the sentence before a quote's sentence read for the condition
the quote leaves out (:func:`_told_before`)."""

BEFORE_SHARE = 0.5
"""The share of the content words of the source's condition that the article's sentence
before the quote must say more than, after its condition word (:func:`_told_before`): most
of them, so that the sentence reports that condition ("if the ferry company signed its
lease" for "If the ferry company signs the lease"), not one of its own that shares a word or
two with it ("fares would rise if the ferry company left")."""

SENTENCE_HEAD = re.compile(r"[.!?;:\n]")
"""Text between two source words that puts the second at the head of a sentence, a speaker
label's line or a clause as strong as one: a condition opening there governs what follows."""


def boundary_findings(ev: Evidence) -> list[Finding]:
    """QC106 for a limiter right after the quote, a negation right after an auxiliary the quote
    ends on ("It did" for "It did not"), or a negation right before it.

    Both look only inside the quoted sentence: a full sentence followed by one that opens with
    "But" is not a cut.  A limiter is no cut when another quote of the same speaker in the
    article goes on from there (:func:`_quoted_on`); a negation is none when the article's own
    words right before the quote negate too (:func:`_frame_negates`).  With the negation so
    carried, a limiter that opens the contrasting half of "cannot promise that …, but can
    promise that …" (its words after the negation said again right after the limiter) is no
    cut either: that half makes a second claim and takes nothing back from the denial quoted.
    """
    ctx, lang = ev.ctx, ev.ctx.lang
    found = ev.qmatch.found
    if not found:
        return []
    if speaker.others_words(ctx, ev.quote) is not None:
        # "Asked whether she would “raise the fee,” Lee said no": the article gives the
        # words to someone else (the question put to her), not as hers — it cuts nothing
        # she said.
        return []
    als = [p.alignment for p in found if p.alignment is not None]
    last = max((a for a in als if a.source == als[-1].source), key=lambda a: a.end)
    first = min((a for a in als if a.source == als[0].source), key=lambda a: a.start)
    negated: list[Finding] = []
    carried: list[str] = []  # the source's words between a carried negation and the quote
    ftoks = ctx.index.tokens[first.source]
    src = ctx.index.sources[first.source]
    if 0 < first.start < len(ftoks):
        before = same_sentence(
            src.text, ftoks[max(0, first.start - HEAD_WORDS) : first.start + 1], head=False
        )
        before = before[:-1]
        at = first.start - len(before)  # the source position of before[0]
        negs = [
            i
            for i, t in enumerate(before)
            if t.norm in lang.negations
            and not _abandoned(src.text, ftoks, at + i, first.start, lang)
        ]
        after_neg = [t.norm for t in before[negs[-1] + 1 :]] if negs else []
        if negs and _frame_negates(ctx, ev.quote, after_neg):
            carried = after_neg
        elif negs:
            head = src.text[before[0].start : before[-1].end]
            why = f"in the source the words follow “{clip(head)}”"
            negated.append(ctx.finding(ev.quote, "QC106", why))
    condition = _opening_condition(ev, src.text, ftoks, first.start, first.end)
    if condition:
        head = src.text[condition[0].start : condition[-1].end]
        why = f"the source sets a condition the quote leaves out: “{clip(head)} …”"
        negated = [ctx.finding(ev.quote, "QC106", why)]
    out = []
    toks = ctx.index.tokens[last.source]
    src = ctx.index.sources[last.source]
    norms_after = [t.norm for t in toks[last.end : last.end + TAIL_WORDS]]
    # "I don't know if …", "she asked if …": the "if" asks a question, it sets no condition
    asks = 0 < last.end <= len(toks) and toks[last.end - 1].norm in lang.whether_if_heads
    conditional = not asks and _phrase_at(norms_after, 0, lang.conditions) > 0
    # "It did." for "It did not.": the quote stops on an auxiliary the source's next word
    # negates — the words quoted say the opposite of the sentence they were cut from.
    # "The levy passed." for "The levy passed not at all.": after any other word, a negation
    # the source stresses as a denial (``denial_intensifiers`` right after it) negates the
    # clause too; a bare "not" after a main verb's object may only contrast ("peace not war").
    on_auxiliary = 0 < last.end <= len(toks) and toks[last.end - 1].norm in lang.auxiliaries
    negation_cut = (
        0 < last.end < len(toks)
        and toks[last.end].norm in lang.negations
        and (on_auxiliary or _stressed(norms_after[1:], lang.denial_intensifiers))
        and toks[last.end - 1].norm not in lang.negations
        # "It did, not that it helps": a negation set off by a mark is a contrast or an aside
        and not src.text[toks[last.end - 1].end : toks[last.end].start].strip()
    )
    if 0 < last.end < len(toks) and (
        toks[last.end].norm in lang.limiters or conditional or negation_cut
    ):
        between = src.text[toks[last.end - 1].end : toks[last.end].start]
        after = [t.norm for t in toks[last.end + 1 : last.end + 1 + TAIL_WORDS]]
        contrast = last.source == first.source and _runs_in(carried, after)
        if not (
            CLAUSE_STOP.search(between)
            or contrast
            or _quoted_on(ctx, ev.quote, toks, last.end)
            or _narration_limits(ctx, ev.quote, after)
        ):
            end = toks[min(len(toks), last.end + TAIL_WORDS) - 1].end
            tail = src.text[toks[last.end].start : end]
            kind = "with a condition " if conditional else ""
            if negation_cut:
                kind = f"with a negation of its {'last word' if on_auxiliary else 'clause'} "
            out.append(ctx.finding(ev.quote, "QC106", f"the source goes on {kind}“{clip(tail)}…”"))
    return out + negated


def _stressed(norms: Sequence[str], intensifiers: frozenset[str]) -> bool:
    """Whether ``norms`` open with one of ``intensifiers`` ("at all", "whatsoever")."""
    return _phrase_at(norms, 0, [tuple(phrase.split()) for phrase in intensifiers]) > 0


def _abandoned(text: str, toks: Sequence[Token], i: int, start: int, lang: LanguageData) -> bool:
    """Whether the negation ``toks[i]`` stands in a false start the speaker broke off and began
    again right where the quote starts (source token ``start``): "I don't -- I think we should
    wait" quoted as "I think we should wait" (:func:`~quotecheck.score.restarts.restart_after`)."""
    restart = restart_after(text, toks, i, start, lang)
    return restart is not None and restart.again == start


def _phrase_at(norms: Sequence[str], k: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest of ``phrases`` that stands in ``norms`` from ``k`` on, or 0."""
    return max(
        (len(p) for p in phrases if tuple(norms[k : k + len(p)]) == p),
        default=0,
    )


def condition_at(norms: Sequence[str], k: int, lang: LanguageData) -> int:
    """The length of the condition (``conditions``: "if", "unless", "as long as") that opens at
    word ``k`` of ``norms``, or 0: none there, or one in form only (``form_conditions``: "if
    you ask me").  Read where a quote's words leave out the head of their sentence
    (:func:`_opening_condition`) and where a split quote's cue hides words
    (:func:`quotecheck.score.joined.join_changes`)."""
    n = _phrase_at(norms, k, lang.conditions)
    return 0 if not n or _phrase_at(norms, k, lang.form_conditions) else n


def _opening_condition(
    ev: Evidence, text: str, toks: Sequence[Token], start: int, end: int
) -> list[Token]:
    """The source's words from the head of the sentence the quote starts in up to the quote's
    start (source token ``start``) when that sentence opens with a condition (language data
    ``conditions``, after at most one conjunction: "And if …") the quote leaves out, and the
    article's own words do not carry it, before the quote (:func:`_frame_conditions`) or after
    it ("“will go ahead” if the rain holds off", :func:`_narration_limits`); else none.

    "If the state sends the grant, we will open the clinic" quoted as "We will open the clinic"
    reports a promise the speaker made only under the condition.  A sentence that opens with a
    concession ("Even if …") sets no condition on what follows and is not flagged, nor are
    words (source tokens ``start``–``end``) the source also has opening a sentence of their own
    (:func:`_said_without_condition`)."""
    ctx, lang = ev.ctx, ev.ctx.lang
    if start <= 0 or not lang.conditions:
        return []
    lo = max(0, start - CONDITION_WORDS)
    head = start
    while head > lo and not SENTENCE_HEAD.search(text[toks[head - 1].end : toks[head].start]):
        head -= 1
    if head == lo and lo > 0 and not SENTENCE_HEAD.search(text[toks[lo - 1].end : toks[lo].start]):
        return []  # the sentence opens further back than the words looked at
    norms = [t.norm for t in toks[head:start]]
    skip = 1 if norms and norms[0] in lang.conjunctions else 0
    n = condition_at(norms, skip, lang)
    if not n:
        return []  # no condition, or one in form only ("If you ask me, …")
    if _condition_quoted(ctx, ev.quote, norms[skip:]):
        return []
    content = {w for w in norms[skip + n :] if w.isalpha() and w not in lang.stopwords}
    negated = any(w in lang.negations for w in norms[skip + n :])
    if (
        _frame_conditions(ctx, ev.quote, content, negated)
        or _told_before(ctx, ev.quote, content, negated)
        or _narration_limits(ctx, ev.quote, norms[skip + n :])
    ):
        return []
    if _said_without_condition(text, toks, start, end):
        return []
    return list(toks[head:start])


def _said_without_condition(text: str, toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the source words ``toks[start:end]`` also stand elsewhere in the source opening
    a sentence (or a turn) of their own: the speaker said them once under a condition and once
    without ("And if I win, we will fix the roads." … "We will fix the roads."), so a quote of
    them leaves nothing out.  A linear scan, run only for a quote whose passage opens under a
    condition."""
    want = [t.norm for t in toks[start:end]]
    if not want:
        return False
    for k in range(len(toks) - len(want) + 1):
        if k == start or toks[k].norm != want[0]:
            continue
        if [t.norm for t in toks[k : k + len(want)]] != want:
            continue
        if k == 0 or SENTENCE_HEAD.search(text[toks[k - 1].end : toks[k].start]):
            return True
    return False


def _condition_quoted(ctx: ArticleContext, quote: Quote, head: list[str]) -> bool:
    """True when another quote of ``quote``'s speaker in the article starts with the source's
    words ``head`` (from the condition that opens the sentence on): "“If the ferry company
    signs the lease,” Quill said, “we will rebuild the pier”" quotes the condition itself.
    Its first words (at least :data:`SPLIT_WORDS`, at most :data:`TAIL_WORDS`) must be the
    condition's first words."""
    for i in _same_speakers_quotes(ctx, quote):
        words = _first_words(ctx, i)
        if len(words) >= SPLIT_WORDS and head[: len(words)] == words:
            return True
    return False


def _same_speakers_quotes(ctx: ArticleContext, quote: Quote) -> Iterator[int]:
    """The places in ``ctx.quotes`` of the article's other quotes whose speaker is
    ``quote``'s (none when ``quote`` has no speaker): the pieces a split quote may go on in."""
    who = quote.attribution.speaker
    if not who:
        return
    for i, other in enumerate(ctx.quotes):
        said = other.attribution.speaker
        itself = (other.start, other.end) == (quote.start, quote.end)
        if not itself and said and ctx.speakers.same(who, said):
            yield i


def _frame_conditions(ctx: ArticleContext, quote: Quote, content: set[str], negated: bool) -> bool:
    """True when the article's own words right before ``quote`` (at most :data:`CARRY_WORDS`,
    in its sentence) hold a condition (:func:`_stated_condition`, ``negated`` whether the
    source's holds a negation) followed by a word of ``content`` (the content words of the
    source's condition), or by nothing but the quote when the source's condition has none:
    "Lee said that if the state sends the grant, “we will open the clinic”" gives the reader
    the condition."""
    words = ctx.narration
    i = bisect.bisect_right(words, quote.start, key=lambda t: t.end)
    near = words[max(0, i - CARRY_WORDS) : i]
    if not near or CLAUSE_STOP.search(ctx.view[near[-1].end : quote.start]):
        return False
    toks = same_sentence(ctx.view, near, head=False)
    norms = [t.norm for t in toks]
    for k in range(len(norms)):
        n = _stated_condition(ctx, toks, k, negated)
        if n and (not content or content & set(norms[k + n :])):
            return True
    return False


CONCESSION_REACH = 2
"""Words right before an article's condition in which a negation or a concessive
(``concessives``: "even if", "no longer depended on") makes it no statement of the source's
condition (:func:`_stated_condition`)."""


CONDITION_END = re.compile(r"[,:;()\[\]–—]")
"""A mark between two words that ends the clause of an article's condition ("if the ferry
company signed its lease, though she did not say when"): a negation past it is no part of
the condition (:func:`_stated_condition`)."""


def _stated_condition(ctx: ArticleContext, toks: Sequence[Token], k: int, negated: bool) -> int:
    """The length of the condition the article's words ``toks`` (in one sentence) state from
    ``k`` on (:func:`_condition_at`) when it states the source's condition, or 0: not when a
    negation (``negations``) or a concessive (``concessives``) stands within
    :data:`CONCESSION_REACH` words before it ("even if the ferry company did not sign", "no
    longer depended on the ferry company"), nor when the words of its clause (up to a mark,
    :data:`CONDITION_END`) hold a negation and the source's condition none, or the other way
    round (``negated``): the opposite condition is no statement of the source's, the quote
    still drops it (review 20-1, 5); a negation in a later clause ("…, though she did not say
    when", "…, which it has not done") is not the condition's (review 20-4, 3)."""
    norms = [t.norm for t in toks]
    n = _condition_at(ctx, norms, k)
    if not n:
        return 0
    lang = ctx.lang
    if any(
        w in lang.negations or w in lang.concessives
        for w in norms[max(0, k - CONCESSION_REACH) : k]
    ):
        return 0
    end = k + n
    while end < len(toks) and not CONDITION_END.search(
        ctx.view[toks[end - 1].end : toks[end].start]
    ):
        end += 1
    if any(w in lang.negations for w in norms[k + n : end]) != negated:
        return 0
    return n


def _condition_at(ctx: ArticleContext, norms: Sequence[str], k: int) -> int:
    """The length of the condition the article's words ``norms`` state from ``k`` on (language
    data ``conditions``: "if", "unless", or ``condition_reports``, the words a report of a
    condition uses: "depended on", "on condition that"), or 0."""
    lang = ctx.lang
    return max(_phrase_at(norms, k, lang.conditions), _phrase_at(norms, k, lang.condition_reports))


def _told_before(ctx: ArticleContext, quote: Quote, content: set[str], negated: bool) -> bool:
    """True when the article's own words in the sentence before ``quote``'s sentence (at most
    :data:`BEFORE_WORDS` of them) state a condition (:func:`_stated_condition`, ``negated``
    whether the source's holds a negation) followed by more
    than :data:`BEFORE_SHARE` of ``content`` (the content words of the source's condition):
    "Quill said the pier would be rebuilt if the ferry company signed its lease. “We will
    rebuild the north pier in October,” she said." gives the reader the condition before
    the quote (review 19-1).  The sentence before is the one next to the quote's, across a
    paragraph's end too (news paragraphs are often one sentence)."""
    if not content:
        return False
    words, view = ctx.narration, ctx.view
    k = bisect.bisect_right(words, quote.start, key=lambda t: t.end)
    edge = quote.start
    while k > 0 and not CLAUSE_STOP.search(view[words[k - 1].end : edge]):
        k -= 1  # back over the quote's own sentence
        edge = words[k].start
    if k == 0:
        return False
    toks = same_sentence(view, words[max(0, k - BEFORE_WORDS) : k], head=False)
    norms = [t.norm for t in toks]
    need = BEFORE_SHARE * len(content)
    for i in range(len(norms)):
        n = _stated_condition(ctx, toks, i, negated)
        if n and len(content & set(norms[i + n :])) > need:
            return True
    return False


def _runs_in(words: list[str], seq: list[str]) -> bool:
    """True when ``words`` (one or more) stand in ``seq`` one after another."""
    n = len(words)
    return n > 0 and any(seq[i : i + n] == words for i in range(len(seq) - n + 1))


def _frame_negates(ctx: ArticleContext, quote: Quote, follow: list[str]) -> bool:
    """True when the article's own words right before ``quote`` (at most :data:`FRAME_WORDS`,
    in its sentence, no other quote's words) hold a negation followed by ``follow`` (the
    source's words between its negation and the quote, in order; with none, the negation is
    the last word before the quote): "she could not promise that “…”" reports the source's
    "cannot promise that …" with its negation.  A negation of other words ("she never
    doubted “…”" for "I do not believe …") reverses the source, it does not carry it."""
    words = ctx.narration
    i = bisect.bisect_right(words, quote.start, key=lambda t: t.end)
    near = words[max(0, i - FRAME_WORDS) : i]
    if not near or CLAUSE_STOP.search(ctx.view[near[-1].end : quote.start]):
        return False
    norms = [t.norm for t in same_sentence(ctx.view, near, head=False)]
    for i, norm in enumerate(norms):
        if norm not in ctx.lang.negations:
            continue
        rest = norms[i + 1 :]
        if _in_order(follow, rest) if follow else not rest:
            return True
    return False


def _narration_limits(ctx: ArticleContext, quote: Quote, tail: list[str]) -> bool:
    """True when the article's own words right after ``quote`` (from at most
    :data:`FRAME_WORDS` words on, in its sentence, before any other quote) hold a limiter
    followed, in that sentence, by a content word of ``tail`` (the source's words after its
    limiter): "Lee said the pier “is old,” but added that it was sound" for "The pier is old,
    but it is sound", "The pool “will close” unless a grant arrives, Lee said" for "… unless
    the grant arrives".  The reader is told the limiter in the same sentence.  A word the
    quote itself holds, or a word of its speaker's name, is no word of the limited part: "Lee
    said “the old pier is unsafe,” but residents want the old pier torn down" does not tell
    "but the old pier can be repaired"."""
    lang = ctx.lang
    content = {w for w in tail if w.isalpha() and w not in lang.stopwords}
    if not content:
        return False
    stop = min((q.start for q in ctx.quotes if q.start >= quote.end), default=len(ctx.view))
    words = ctx.narration
    i = bisect.bisect_left(words, quote.end, key=lambda t: t.start)
    rest = [t for t in words[i:] if t.end <= stop]
    rest = same_sentence(ctx.view, rest, head=True) if rest else []
    if rest and CLAUSE_STOP.search(ctx.view[quote.end : rest[0].start]):
        return False
    norms = [t.norm for t in rest]
    limits = [
        k
        for k, norm in enumerate(norms[:FRAME_WORDS])
        if norm in lang.limiters or _phrase_at(norms, k, lang.conditions)
    ]
    if not limits:
        return False
    # the quote's own words and its speaker's name tell nothing of the limited part
    content -= {t.norm for t in tokenize(ctx.view, quote.start, quote.end, lang=lang)}
    if quote.attribution.speaker:
        content -= {t.norm for t in tokenize(quote.attribution.speaker, lang=lang)}
    return any(content & set(norms[k + 1 :]) for k in limits)


def _in_order(words: list[str], seq: list[str]) -> bool:
    """True when ``words`` all stand in ``seq`` in their order (others may stand between)."""
    it = iter(seq)
    return all(w in it for w in words)


def _quoted_on(ctx: ArticleContext, quote: Quote, toks: Sequence[Token], at: int) -> bool:
    """True when another quote of ``quote``'s speaker in the article goes on in the source
    where ``quote`` stops (source token ``at``, the limiter): its first words (at least
    :data:`SPLIT_WORDS`, at most :data:`TAIL_WORDS`) are the source's words from ``at`` on.
    The article then reports the limiter.

    A quote that starts up to :data:`SPLIT_GAP` words later (the limiter itself left out)
    counts only after an adversative limiter ("but", language data ``adversatives``: a
    dropped condition such as "unless" is never reported by the words after it) and only when
    its first words stand nowhere else in that source, so that its match is there and not a
    coincidence of a few common words ("the gates" said again later in the source).  The
    whole source is searched only for a quote that does start there."""
    adversative = toks[at].norm in ctx.lang.adversatives
    # the source's words from the limiter on, as far as a quote going on may reach
    ahead = [t.norm for t in toks[at : at + SPLIT_GAP + TAIL_WORDS + 1]]
    norms: list[str] | None = None  # the whole source's forms, read once and only if asked
    for i in _same_speakers_quotes(ctx, quote):
        words = _first_words(ctx, i)
        n = len(words)
        if n < SPLIT_WORDS:
            continue
        if ahead[:n] == words:
            return True
        if not adversative:
            continue
        if any(ahead[k : k + n] == words for k in range(1, SPLIT_GAP + 1)):
            if norms is None:
                norms = [t.norm for t in toks]
            places = (p for p in range(len(norms) - n + 1) if norms[p : p + n] == words)
            if next(places, None) is not None and next(places, None) is None:
                return True  # its only place in the source: the one after the limiter
    return False


def _first_words(ctx: ArticleContext, i: int) -> list[str]:
    """The first :data:`TAIL_WORDS` comparison forms of quote ``i`` of ``ctx.quotes``:
    tokenised once per article, not once per quote that stops before a limiter."""
    key = ("first words by quote", -1, -1)
    memo = ctx.memo.get(key)
    if not isinstance(memo, dict):
        memo = ctx.memo[key] = {}
    words = memo.get(i)
    if words is None:
        q = ctx.quotes[i]
        toks = tokenize(ctx.view, q.start, q.end, lang=ctx.lang, aliases=ctx.aliases)
        words = memo[i] = [t.norm for t in toks[:TAIL_WORDS]]
    return words
