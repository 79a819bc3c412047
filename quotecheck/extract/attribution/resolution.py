"""Resolution: from a mention ("Lee", "the mayor", "he") to one person of the article.

Names go to the registry (a shorter name joins the longer one it is part of); a role noun to
the person its descriptors fit; a pronoun to the person named earlier in its sentence, else
the latest speaker, else the latest person named, else (article openings) the next named
speaker.  Each lookup is O(entities) or O(quotes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quotecheck.extract.attribution.context import SUBJECT_DEPS, ArticleContext, QuoteSite
from quotecheck.extract.attribution.mentions import (
    Mention,
    clean_name,
    descriptors_before,
)
from quotecheck.extract.speakers import descriptor_words

NextSpeaker = Callable[[QuoteSite], str | None]
"""The first named speaker of a quote after the given one (cataphora), or None."""


def collect_names(ctx: ArticleContext) -> None:
    """Register every person the article names (NER PERSON outside quotes), in text order."""
    found: list[tuple[int, str, set[str]]] = []
    for ent in getattr(ctx.doc, "ents", ()):
        if ent.label_ == "PERSON" and not ctx.in_quote[ent.start]:
            name = clean_name(ctx, ent)
            if name:
                found.append((ent.start_char, name, descriptors_before(ctx, ctx.doc, ent.start)))
    for ent in getattr(ctx.name_doc, "ents", ()):
        if ent.label_ == "PERSON":
            name = clean_name(ctx, ent)
            if name:
                found.append(
                    (ent.start_char, name, descriptors_before(ctx, ctx.name_doc, ent.start))
                )
    for _, name, descriptors in sorted(found, key=lambda f: f[0]):
        ctx.registry.add(name, descriptors)


def resolve(
    ctx: ArticleContext, mention: Mention, site: QuoteSite, next_speaker: NextSpeaker
) -> str | None:
    """The canonical person ``mention`` stands for at ``site``, or None."""
    reg, lang = ctx.registry, ctx.lang
    if mention.name and mention.kind == "organisation":
        known = reg.find(mention.name)
        if known is not None:
            return known.canonical  # NER took a surname for an organisation
    if mention.name and mention.kind == "name":
        person = reg.add(
            mention.name,
            descriptor_words(mention.text.replace(mention.name, " "), lang.stopwords),
        )
        return person.canonical
    if mention.kind == "organisation":
        return mention.name or mention.text
    words = descriptor_words(mention.text, lang.stopwords)
    if mention.kind == "role":
        described = reg.by_descriptor(words, head=mention.head_lower)
        if described is not None:
            return described.canonical
    if mention.kind in ("role", "pronoun"):
        if mention.head_lower in lang.first_person:
            return None
        if mention.kind == "pronoun":
            local = named_earlier_in_sentence(ctx, mention.start)
            if local:
                return local  # "Lee says she would …": the name in the same sentence
        gendered = lang.pronouns.get(mention.head_lower, "")[1:2] in ("m", "f")
        last = last_spoken(ctx, personal=mention.kind == "pronoun" and gendered)
        if last:
            return last
        named_before = last_named_before(ctx, min(mention.start, site.start))
        if named_before:
            return named_before
        later = next_speaker(site)
        if later:
            return later
    return None


def last_spoken(ctx: ArticleContext, *, personal: bool) -> str | None:
    """The speaker of the latest attributed quote; for "he" or "she" the latest that is not
    an organisation or a document ("he" never stands for "the campaign's statement")."""
    for _, speaker in reversed(ctx.spoken):
        words = speaker.lower().split()
        if not personal or not words or words[-1] not in ctx.lang.organisation_heads:
            return speaker
    return None


def named_earlier_in_sentence(ctx: ArticleContext, offset: int) -> str | None:
    """The person named last before ``offset`` in the same sentence, outside quotes."""
    if not ctx.parsed:
        return None
    tok = ctx.token_at(offset)
    if tok is None:
        return None
    sent = ctx.doc[tok].sent
    best = None
    for ent in getattr(ctx.doc, "ents", ()):
        if (
            ent.label_ == "PERSON"
            and sent.start <= ent.start
            and ent.end_char <= offset
            and not ctx.in_quote[ent.start]
            and ent.root.dep_ in SUBJECT_DEPS
        ):
            best = ent
    found = canonical(ctx, best)
    # A known person's name the recogniser missed ("Kasich says he'd …"), later in the
    # sentence than any entity it found.
    after = best.end if best is not None else sent.start
    for t in ctx.doc[after:tok]:
        if t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and not ctx.in_quote[t.i]:
            person = ctx.registry.find(t.text)
            if person is not None:
                found = person.canonical
    return found


def canonical(ctx: ArticleContext, ent: Any) -> str | None:
    """The registered person a PERSON entity names (its cleaned text if none)."""
    if ent is None:
        return None
    name = clean_name(ctx, ent)
    person = ctx.registry.find(name) if name else None
    return person.canonical if person else name


def last_named_before(ctx: ArticleContext, offset: int) -> str | None:
    """The person named last before ``offset``, outside quotes."""
    best = None
    for ent in getattr(ctx.doc, "ents", ()):
        if ent.label_ == "PERSON" and ent.start_char < offset and not ctx.in_quote[ent.start]:
            best = ent
    return canonical(ctx, best)
