"""Frames found by token patterns, for pipelines without a parser (German, other languages).

A cue word of the language next to a run of capitalised words (a name), a pronoun, or an
"according to" phrase; failing that, a pronoun in the cue's clause.  O(window · 12) per quote.
"""

from __future__ import annotations

from typing import Any

from quotecheck.extract.attribution.compounds import role_head
from quotecheck.extract.attribution.context import ArticleContext, QuoteSite
from quotecheck.extract.attribution.cues import Found, according_word
from quotecheck.extract.attribution.mentions import Mention
from quotecheck.models import AttributionRule


def by_pattern(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> Found | None:
    """Frames without a parse: cue word next to a capitalised name or a pronoun."""
    lang = ctx.lang
    best: tuple[int, Mention, Any, AttributionRule, float] | None = None
    for k, tok in enumerate(toks):
        if ctx.in_quote[tok.i]:
            continue
        low = tok.lower_
        is_according = according_word(ctx, low)
        if not (low in lang.reporting_verbs or is_according):
            continue
        # speaker after the cue ("sagte Merkel", "so Merkel", "according to Merkel")
        after = name_run(ctx, toks, k + 1, +1) if low not in lang.postpositions else None
        # "according to" names the speaker after it; a postposition ("X zufolge") before it
        before = name_run(ctx, toks, k - 1, -1) if not is_according or after is None else None
        for run, rule in (
            (after, AttributionRule.CUE_THEN_NAME),
            (before, AttributionRule.NAME_THEN_CUE),
        ):
            if run is None:
                continue
            d = ctx.distance(site, tok)
            if best is None or d < best[0]:
                best = (d, run, tok, rule, 0.7)
    if best is None:
        best = clause_pronoun(ctx, site, toks)
    if best is None:
        return None
    return best[1], best[2], best[3], best[4]


def clause_pronoun(
    ctx: ArticleContext, site: QuoteSite, toks: list[Any]
) -> tuple[int, Mention, Any, AttributionRule, float] | None:
    """Without a parse: a cue with a personal pronoun or name in its clause.

    German puts the subject after the verb ("haben Sie gesagt", "sagen Sie") or early in
    the clause ("Sie haben von einer „…“ gesprochen"); the nearest one to the cue counts.
    """
    lang = ctx.lang
    best: tuple[int, Mention, Any, AttributionRule, float] | None = None
    for k, tok in enumerate(toks):
        if ctx.in_quote[tok.i] or tok.lower_ not in lang.reporting_verbs:
            continue
        for j in sorted(range(max(0, k - 8), min(len(toks), k + 4)), key=lambda j: abs(j - k)):
            cand = toks[j]
            if j == k or ctx.in_quote[cand.i]:
                continue
            if any(t.text in ".;:!?" for t in toks[min(j, k) : max(j, k)]):
                continue
            low = cand.lower_
            if (
                low in lang.pronouns
                and lang.pronouns[low][0] in "123"
                and low not in lang.object_pronouns
            ):
                m = Mention(cand.text, cand.idx, cand.idx + len(cand.text), None, low, "pronoun")
                d = ctx.distance(site, tok)
                if best is None or d < best[0]:
                    best = (d, m, tok, AttributionRule.CUE_CLAUSE_PRONOUN, 0.5)
                break
    return best


def name_run(ctx: ArticleContext, toks: list[Any], k: int, step: int) -> Mention | None:
    """A run of capitalised tokens (or one pronoun) starting at ``toks[k]``."""
    lang = ctx.lang
    run: list[Any] = []
    skip_det = 0
    while 0 <= k < len(toks) and len(run) < 5:
        t = toks[k]
        if ctx.in_quote[t.i] or t.is_punct:
            break
        low = t.lower_
        if not run and low in lang.pronouns:
            return Mention(t.text, t.idx, t.idx + len(t.text), None, low, "pronoun")
        if t.text[:1].isupper() and low not in lang.reporting_verbs:
            run.append(t)
        elif not run and low in lang.stopwords and skip_det < 2:
            skip_det += 1
        elif not run and role_head(low, lang):
            run.append(t)
            break
        else:
            break
        k += step
    if not run:
        return None
    if step < 0:
        run.reverse()
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    text = ctx.view[start:end]
    while run and run[0].lower_ in lang.title_words:
        run = run[1:]
    # "Lunarias Vizeaußenminister An Tae Su": the name follows the last role noun
    roles = [n for n, t in enumerate(run[:-1]) if role_head(t.lower_, lang)]
    if roles:
        run = run[roles[-1] + 1 :]
    if not run:
        return None
    head = run[-1].lower_
    if role_head(head, lang):
        return Mention(text, start, end, None, head, "role")
    if lang.capitalised_nouns and len(run) == 1 and in_prepositional(ctx, run[0]):
        return None  # "nach dem Motto", "zu Recht": a common noun, not a name
    name = ctx.view[run[0].idx : run[-1].idx + len(run[-1].text)]
    return Mention(text, start, end, name, head, "name")


def in_prepositional(ctx: ArticleContext, tok: Any) -> bool:
    """Whether ``tok`` is governed by a preposition: right after one that is not a cue
    ("zu Recht", "mit Erlaubnis"), or after one and an article ("nach dem Motto")."""
    lang = ctx.lang
    prev = [ctx.doc[j].lower_ for j in range(max(0, tok.i - 2), tok.i)]
    if not prev:
        return False
    last = prev[-1]
    cue = last in lang.reporting_verbs or according_word(ctx, last)
    if last in lang.prepositions and not cue:
        return True
    return len(prev) == 2 and last in lang.stopwords and prev[0] in lang.prepositions
