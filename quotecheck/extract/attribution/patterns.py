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
from quotecheck.extract.names import NAME_TAGS
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import opens_sentence_in
from quotecheck.models import AttributionRule


def by_pattern(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> Found | None:
    """Frames without a parse: cue word next to a capitalised name or a pronoun."""
    lang = ctx.lang
    best: tuple[int, Mention, Any, AttributionRule, float] | None = None
    for k, tok in enumerate(toks):
        if ctx.in_quote[tok.i]:
            continue
        low = tok.lower_
        # an "according to" phrase only as a whole: "de" alone (of "de acuerdo con") is no cue
        # ("el alcalde de Marrofeld"), nor "nach" (of "nach Angaben") or "по" (of "по словам")
        phrase = phrase_length(ctx, toks, k) if according_word(ctx, low) else 0
        is_according = phrase > 0
        if not (ctx.reporting_word(tok) or is_according):
            continue
        # speaker after the cue ("sagte Merkel", "so Merkel", "according to Merkel"), after
        # the whole phrase when it has several words ("по словам Ивана Петрова")
        skip = phrase if is_according else 1
        # a verb's object ("erklärte den Fischern") is no speaker; "according to" words
        # govern the case of the speaker they name ("dem Minister zufolge", "laut dem Rat")
        verb = not is_according
        after = name_run(ctx, toks, k + skip, +1, verb) if low not in lang.postpositions else None
        # "according to" names the speaker after it; a postposition ("X zufolge") before it
        before = name_run(ctx, toks, k - 1, -1, verb) if verb or after is None else None
        if before is None and after is None:
            before = perfect_subject(ctx, toks, k)  # "X hat gesagt", "X a déclaré"
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


PERFECT_GAP = 4
"""Words at most between the finite auxiliary and the participle cue ("hat es am Montag
gesagt")."""


def perfect_subject(ctx: ArticleContext, toks: list[Any], k: int) -> Mention | None:
    """Perfect tense: the subject of "X hat (…) gesagt", "X a déclaré", "X ha dicho" stands
    before the finite auxiliary, or right after it in an inverted clause ("gestern hat Holm
    gesagt").

    The auxiliary is a ``perfect``/``past-perfect`` form of the language's ``tense_markers``
    at most :data:`PERFECT_GAP` words before the cue, inside the clause.  When a tagger ran,
    the run must end in a proper noun or be a role noun: "am Montag" is no name.  O(gap).
    """
    lang = ctx.lang
    for j in range(k - 1, max(-1, k - 2 - PERFECT_GAP), -1):
        t = toks[j]
        if ctx.in_quote[t.i] or t.is_punct:
            return None
        if lang.tense_markers.get(t.lower_) not in ("perfect", "past-perfect"):
            continue
        for run in (name_run(ctx, toks, j - 1, -1, True), name_run(ctx, toks, j + 1, +1, True)):
            if run is not None and _plausible(ctx, run):
                return run
        return None
    return None


def _plausible(ctx: ArticleContext, m: Mention) -> bool:
    """A name that ends in a word with a name tag by the tagger's reading (:data:`NAME_TAGS`:
    a proper noun, or a foreign or other word, as HanTa reads an unfamiliar name; any name
    when untagged), or one a title or role noun introduces ("Herr Schaller": the tagger reads
    an unknown surname as a common noun)."""
    if m.kind != "name" or m.name != m.text:
        return True
    last = ctx.doc.char_span(m.end - 1, m.end, alignment_mode="expand")
    return last is None or not last[-1].tag_ or last[-1].tag_ in NAME_TAGS


def phrase_length(ctx: ArticleContext, toks: list[Any], k: int) -> int:
    """Words of the longest "according to" phrase of the language that stands whole at
    ``toks[k]``; 0 when none does (only a longer phrase's first word: "de" of "de acuerdo
    con")."""
    best = 0
    for seq in ctx.lang.according_to:
        n = len(seq)
        if n > best and [t.lower_ for t in toks[k : k + n]] == list(seq):
            best = n
    return best


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
        if ctx.in_quote[tok.i] or not ctx.reporting_word(tok):
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
                and low not in lang.impersonal_pronouns
            ):
                m = Mention(cand.text, cand.idx, cand.idx + len(cand.text), None, low, "pronoun")
                d = ctx.distance(site, tok)
                if best is None or d < best[0]:
                    best = (d, m, tok, AttributionRule.CUE_CLAUSE_PRONOUN, 0.5)
                break
    return best


def _neuter(lang: LanguageData, low: str) -> bool:
    """A neuter third-person pronoun ("it", "es"): not a person to name as a speaker."""
    return lang.pronouns.get(low, "")[:2] == "3n"


def name_run(
    ctx: ArticleContext, toks: list[Any], k: int, step: int, of_verb: bool
) -> Mention | None:
    """A run of capitalised tokens (or one pronoun) starting at ``toks[k]``.

    ``of_verb``: the run is looked for next to a verb, whose speaker is its subject, so a run
    its article marks as an object (:func:`object_marked`) is none."""
    lang = ctx.lang
    run: list[Any] = []
    skip_det = 0
    skip_adverb = 0
    while 0 <= k < len(toks) and len(run) < 5:
        t = toks[k]
        if ctx.in_quote[t.i] or t.is_punct:
            break
        low = t.lower_
        if (
            not run
            and step > 0
            and of_verb
            and skip_adverb < INVERSION_ADVERBS
            and (low in lang.inversion_adverbs or low in lang.calendar_words)
        ):
            skip_adverb += 1  # "aseguró ayer el alcalde", "a déclaré jeudi soir le maire"
            k += step
            continue
        if not run and low in lang.pronouns and not _neuter(lang, low):
            return Mention(t.text, t.idx, t.idx + len(t.text), None, low, "pronoun")
        if not run and low in lang.impersonal_pronouns and skip_det < 2:
            skip_det += 1  # "hat es gesagt", "hieß es": "es" is no speaker
            k += step
            continue
        if t.text[:1].isupper() and low not in lang.reporting_verbs:
            run.append(t)
        elif not run and low in lang.stopwords and skip_det < 2:
            skip_det += 1
        elif not run and role_head(low, lang):
            run.append(t)
            if step > 0:
                k = _before_holder(ctx, toks, k)
            nxt = toks[k + step] if 0 <= k + step < len(toks) else None
            if step < 0 or lang.capitalised_nouns or nxt is None or not nxt.text[:1].isupper():
                break
            # a lower-case role noun before a name ("la ministra Carmen Ruiz", "министр
            # Иван Петров"): the name follows, the role noun is its descriptor
        else:
            break
        k += step
    if not run:
        return None
    if step < 0:
        run.reverse()
    if of_verb and object_marked(ctx, run[0]):
        return None  # "hat den Fischern erklärt", "sagte dem Rat": the object, not the speaker
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    text = ctx.view[start:end]
    while run and run[0].lower_ in lang.title_words:
        if len(run) == 1 and role_head(run[0].lower_, lang):
            break  # "sagte die Bürgermeisterin": a role that is also a title names no one after it
        run = run[1:]
    while len(run) > 1 and run[0].lower_ in lang.stopwords:
        run = run[1:]  # "Der Kollege Haber" opening a sentence: the article is no name
    if len(run) == 1 and _opening_function_word(ctx, run[0]):
        return None  # "Y añadió:", "Luego dijo:": the word opening the sentence is no name
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


INVERSION_ADVERBS = 2
"""Most adverbs or days' names read past between a reporting verb and its inverted subject
("a déclaré jeudi soir le maire" holds two; the day places the quote, f43c6d3)."""

ROLE_COMPLEMENT_WORDS = 4
"""Most words of a role's complement before the holder's name set off by a comma ("el alcalde
de la ciudad, Luis Peña")."""


def _before_holder(ctx: ArticleContext, toks: list[Any], k: int) -> int:
    """The index of the token right before the name of the holder of the role noun
    ``toks[k]`` (the name read next), or ``k`` when none follows: past the role's qualifiers
    ("le conseiller municipal Paul Roussel", ``role_qualifiers``), its complement and a comma
    ("el alcalde de Marrofeld, Luis Peña", ``role_complements``), or a comma alone ("la
    alcaldesa, Lucía Peñalver").  Without a capitalised name there, the role stays a role."""
    lang = ctx.lang

    def free(j: int) -> bool:
        return j < len(toks) and not ctx.in_quote[toks[j].i]

    j = k + 1
    while free(j) and toks[j].lower_ in lang.role_qualifiers:
        j += 1
    if free(j) and toks[j].lower_ in lang.role_complements:
        end = j + 1
        while end < j + 1 + ROLE_COMPLEMENT_WORDS and free(end) and not toks[end].is_punct:
            end += 1
        if not (free(end) and toks[end].text == ","):
            return k
        j = end + 1
    elif free(j) and toks[j].text == ",":
        j += 1
    if free(j) and toks[j].text[:1].isupper() and toks[j].lower_ not in lang.reporting_verbs:
        return j - 1
    return k


def _opening_function_word(ctx: ArticleContext, tok: Any) -> bool:
    """Whether ``tok`` is a function word of the language (``stopwords``, ``conjunctions``:
    Spanish "Y", "También", "Luego") that opens its sentence, capitalised only for that: a
    subject left out after it ("Y añadió:") names no one.  O(1) but for the look back over
    blanks."""
    lang = ctx.lang
    low = tok.lower_
    if low not in lang.stopwords and low not in lang.conjunctions:
        return False
    return opens_sentence_in(lang, ctx.view, tok.idx)


def object_marked(ctx: ArticleContext, first: Any) -> bool:
    """Whether a run of words that starts at ``first`` is an object by its article: the run
    opens with, or follows, an article of an object case only (the language's
    ``object_articles``: German "den Fischern", "dem Rat", "Den Fischern erklärte …").  O(1)."""
    articles = ctx.lang.object_articles
    if first.lower_ in articles:
        return True
    return first.i > 0 and ctx.doc[first.i - 1].lower_ in articles


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
