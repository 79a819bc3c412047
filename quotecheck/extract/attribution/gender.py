"""The gender an article gives each person, for pronoun agreement ("he" is not Ms. Lee).

Evidence, strongest first: a gendered title before the name (Mr., Mrs., Ms.); the pronouns
the article uses for the person (a sentence with one person named before a "he" or "she");
the first name (the language's ``first_names`` table).  The article's own usage outranks the
table, so an unusual name is read as the article reads it.  One pass over the entities and
sentences: O(entities + tokens).
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from quotecheck.extract.attribution.context import ArticleContext
from quotecheck.extract.speakers import name_tokens


def pronoun_gender(ctx: ArticleContext, word: str) -> str | None:
    """``m``/``f`` for a gendered third-person pronoun, ``p`` for a plural one, else None."""
    info = ctx.lang.pronouns.get(word.lower(), "")
    if info[:1] != "3":
        return None
    g = info[1:2]
    return g if g in ("m", "f", "p") else None


def infer_genders(ctx: ArticleContext) -> dict[str, str]:
    """Canonical person → ``m``/``f`` where the article (or the name table) says."""
    lang = ctx.lang
    titles: dict[str, Counter[str]] = {}
    usage: dict[str, Counter[str]] = {}
    for doc, ents in ((ctx.doc, ctx.ents), (ctx.name_doc, ctx.name_ents)):
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            person = ctx.registry.find(ent.text)
            if person is None:
                continue
            if any(p.relative for p in ctx.registry.surname_holders(ent.text)):
                # "Mr. Penrose" after "her son, Declan Penrose": which Penrose the title is
                # of is what the title is read to decide (resolution.surname_holder)
                continue
            before = [doc[j].lower_.rstrip(".") for j in _title_window(doc, ent.start)]
            before += [t.lower_.rstrip(".") for t in ent[:1]]
            for w in before:
                g = lang.gendered_titles.get(w)
                if g:
                    titles.setdefault(person.canonical, Counter())[g] += 1
    starts = [e.start for e in ctx.ents]  # entities are in text order
    for sent in getattr(ctx.doc, "sents", ()):
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        if lo < hi:
            _vote_sentence(ctx, sent, ctx.ents[lo:hi], usage)
    out: dict[str, str] = {}
    for person in ctx.registry.people:
        key = person.canonical
        for votes in (titles.get(key), usage.get(key)):
            if votes:
                (g, n), *rest = votes.most_common()
                if not rest or n > rest[0][1]:
                    out[key] = g
                    break
        if key not in out:
            first = name_tokens(key)
            if len(first) >= 2 and first[0] in lang.first_names:
                out[key] = lang.first_names[first[0]]
    return out


def _title_window(doc: Any, start: int) -> range:
    """The token positions before a name at ``start`` where a title of it may stand: the
    word just before it, and the one before that when the word just before is capitalised
    ("congresswoman Lee", "Chairwoman Sen. Lee"; not "chairman" in "the chairman of Lee's
    campaign", someone else's title)."""
    lo = start
    while lo > max(0, start - 2):
        lo -= 1
        if not doc[lo].text[:1].isupper():
            break
    return range(lo, start)


_OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "obj"})
"""Dependencies of an object of a verb: a pronoun object of the verb whose subject the named
person is stands for someone else (a reflexive would be used for the subject)."""


def _vote_sentence(
    ctx: ArticleContext, sent: Any, ents: list[Any], usage: dict[str, Counter[str]]
) -> None:
    """One person named in a sentence (``ents``: its entities), then a gendered pronoun
    after it that is not the object of the person's own verb: a vote."""
    people = [e for e in ents if e.label_ == "PERSON" and not ctx.in_quote[e.start]]
    if not people:
        # A lone surname the recogniser took for an organisation ("Smith said he …"): the
        # subject of the sentence, if a gendered pronoun follows, is a person after all.
        people = [
            e
            for e in ents
            if len(e) == 1
            and e.root.pos_ == "PROPN"
            and e.root.dep_ in ("nsubj", "nsubjpass")
            and not e.text.isupper()
            and not ctx.in_quote[e.start]
        ]
    if len(people) != 1:
        return
    ent = people[0]
    for tok in ctx.doc[ent.end : sent.end]:
        if ctx.in_quote[tok.i]:
            continue
        if tok.dep_ in _OBJECT_DEPS and tok.head.i == ent.root.head.i:
            continue  # "Tom Reyes criticised her": the object of his own verb is someone else
        g = pronoun_gender(ctx, tok.lower_)
        if g in ("m", "f"):
            person = ctx.registry.find(ent.text)
            if person is None and ent.label_ != "PERSON":
                person = ctx.registry.add(ent.text)
            if person is not None:
                usage.setdefault(person.canonical, Counter())[g] += 1
            return


def agrees(genders: dict[str, str], person: str | None, pronoun: str | None) -> bool:
    """Whether ``person`` may be the referent of a pronoun of gender ``pronoun`` (unknown
    genders always may)."""
    if person is None or pronoun not in ("m", "f"):
        return True
    g = genders.get(person)
    return g is None or g == pronoun
