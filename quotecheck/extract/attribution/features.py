"""Features of one speaker candidate for one quote, as named numbers for the ranker.

A candidate is a proposed attribution (a mention, maybe a cue, the rule that proposed it).
Its features say how it stands to the quote: the rule, whether the hand-ordered rules would
pick it, whether its cue governs the quote in the parse, its syntactic role (subject, or the
object of a verb whose object is a listener or the person described: "told Y", "labeled Y"),
how person-like and how far it is (and how far the speaker of a governing cue is), the
paragraph structure, and whether a pronoun agrees in gender with the person it resolves to.
The object of a verb of causing is read as the subject of the verb after it ("the vote
prompted Lee to say": Lee says), and a relative pronoun subject's noun as the subject of
the pronoun's clause, whatever its role in the main one ("Lee rejected a study that warned":
the study warns).  A subject found with no cue, of a clause that completes another verb with a
subject of its own, is marked ("Reyes protested that the aides were “…”": spoken of, not
speaking).  :func:`conjunct_features` marks, among a quote's
candidates, a subject of another coordinate clause ("Lee spoke first, but Reyes found
“…”").  O(mention + window) per candidate.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from quotecheck.extract.attribution.context import SUBJECT_DEPS, ArticleContext, QuoteSite
from quotecheck.extract.attribution.cues import controlling_object, quantity
from quotecheck.extract.attribution.gender import agrees, pronoun_gender
from quotecheck.extract.attribution.mentions import personhood
from quotecheck.models import Attribution, AttributionRule

_LINE_BREAKS = re.compile(r"\n\s*")
"""One paragraph break: news feeds separate paragraphs by one line break or by a blank line."""
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "oprd"})
_NEIGHBOUR_RULES = frozenset(
    {
        AttributionRule.CARRY_OVER,
        AttributionRule.CLAUSE_SUBJECT,
        AttributionRule.NEARBY_PERSON,
        AttributionRule.SENTENCE_SUBJECT,
        AttributionRule.PRECEDING_CUE,
        AttributionRule.PRECEDING_SUBJECT,
    }
)


@dataclass
class Proposal:
    """A candidate before scoring."""

    att: Attribution
    cascade: bool = False
    """Whether the hand-ordered rules pick it."""
    governs: int = 0
    """Whether its cue governs the quote in the parse."""
    votes: int = 1
    """How many rules proposed the same mention."""
    attach: bool = False
    """Whether it is the subject of the verb the quote hangs from in the parse."""


def mention_head(ctx: ArticleContext, start: int | None, end: int | None) -> Any | None:
    """The token of the mention span whose head lies outside it (the last one if several); for a
    relative pronoun, the noun it stands for."""
    head = _span_head(ctx, start, end)
    if head is not None and head.lower_ in ctx.lang.relative_pronouns and head.head.dep_ == "relcl":
        return head.head.head  # "…, who said": the noun the pronoun stands for
    return head


def _span_head(ctx: ArticleContext, start: int | None, end: int | None) -> Any | None:
    """The token of the mention span whose head lies outside it (the last one if several)."""
    if start is None or end is None:
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = None
    for tok in span:
        if not (span.start <= tok.head.i < span.end) or tok.head.i == tok.i:
            head = tok
    return head if head is not None else span[-1]


def object_kind(ctx: ArticleContext, tok: Any) -> str | None:
    """``listener``/``named`` when ``tok`` is the object of a verb whose object is one ("told
    Y", "asked Y", "labeled Y", "called Y"), the object of a preposition after one ("said to
    Y"), or the subject of a small clause under one ("labeled Y “crooked”")."""
    objects = ctx.lang.reporting_verb_objects
    node = tok.head if (tok.dep_ == "pobj" and tok.head.dep_ == "prep") else tok
    if node.dep_ in _OBJECT_DEPS or node.dep_ == "prep":
        return objects.get(node.head.lemma_.lower())
    if node.dep_ in SUBJECT_DEPS and node.head.dep_ in ("ccomp", "xcomp", "oprd"):
        return objects.get(node.head.head.lemma_.lower())
    return None


def features(
    ctx: ArticleContext,
    site: QuoteSite,
    prop: Proposal,
    *,
    window: tuple[int, int],
    previous: QuoteSite | None,
) -> dict[str, float]:
    """The named features of ``prop`` for the quote at ``site`` (see the module docs)."""
    att = prop.att
    rule = AttributionRule(att.rule)
    f: dict[str, float] = {f"rule:{rule.value}": 1.0}
    if prop.cascade:
        f["cascade"] = 1.0
    f["votes"] = float(prop.votes - 1)
    f["governs"] = float(prop.governs)
    if prop.attach:
        f["attach_subject"] = 1.0
    starts = ctx.starts_sentence(site)
    f["quote_starts_sentence"] = float(starts)
    f["speaker_resolved"] = float(att.speaker is not None)
    head = mention_head(ctx, att.mention_start, att.mention_end)
    if head is not None:
        p = personhood(ctx, head)
        f[f"person:{p}"] = 1.0
        # how person-like a mention must be depends on the rule that proposed it: a cue's
        # subject may be an organisation or a document ("the statement said"), a neighbour
        # in the text should be a person
        low = head.lower_
        if low in ctx.lang.first_person:
            f["first_person"] = 1.0
        if low in ctx.lang.generic_pronouns:
            f["generic"] = 1.0  # "what some call “…”", "you can't yell “…”": no one in particular
        dep = head.dep_
        own = _span_head(ctx, att.mention_start, att.mention_end)
        if own is not None and own.i != head.i and own.dep_ in SUBJECT_DEPS:
            # a relative pronoun's noun speaks in the pronoun's clause, whatever its role in
            # the main one ("Lee rejected a study that warned", "met Reyes, who said")
            dep = own.dep_
        elif dep in _OBJECT_DEPS and any(
            getattr(controlling_object(ctx, c), "i", -1) == head.i for c in head.head.children
        ):
            dep = "nsubj"  # "the vote prompted Lee to say": Lee is the one who says
        role = (
            "subj"
            if dep in SUBJECT_DEPS
            else "obj"
            if dep in _OBJECT_DEPS
            else "pobj"
            if dep == "pobj"
            else "poss"
            if dep == "poss"
            else "other"
        )
        f[f"dep:{role}"] = 1.0
        if dep == "pobj" and head.head.dep_ == "agent":
            f["agent"] = 1.0  # "called “…” by the mayor": the agent of a passive verb
        kind = object_kind(ctx, head)
        if kind:
            f[f"object:{kind}"] = 1.0
        g = pronoun_gender(ctx, low)
        if g in ("m", "f"):
            f["pronoun"] = 1.0
            if not agrees(ctx.genders, att.speaker, g):
                f["gender_conflict"] = 1.0
        if head.ent_type_:
            f[f"ent:{head.ent_type_.lower()}"] = 1.0
        if dep in ("nsubjpass", "nsubj:pass"):
            f["passive_subject"] = 1.0
        if (
            att.cue is None
            and own is not None
            and own.dep_ in SUBJECT_DEPS
            and complement_subject(ctx, own)
        ):
            # "His campaign protested that Lee's aides were “disingenuous”": the subject of a
            # clause that completes another verb is what is spoken of, not who speaks
            f["complement_subject"] = 1.0
        # a count of people ("75 percent said") answers a survey; the survey reports it
        if quantity(head):
            f["quantity"] = 1.0
        if head.lemma_.lower() in ctx.lang.survey_nouns:
            f["survey"] = 1.0
    elif att.mention is not None:
        f["no_parse_head"] = 1.0
    if att.cue_start is not None:
        cue = ctx.token_at(att.cue_start)
        if cue is not None:
            tok = ctx.doc[cue]
            if tok.pos_ == "NOUN":
                f["cue_noun"] = 1.0
            # the strength of this cue word, learned ("said" frames speech more surely than
            # "called" or "described")
            f[f"cue:{tok.lemma_.lower()}"] = 1.0
    if att.mention_start is not None and att.mention_end is not None:
        ms, me = att.mention_start, att.mention_end
        dist = site.start - me if me <= site.start else ms - site.end if ms >= site.end else 0
        f["dist"] = math.log1p(max(0, dist)) / 8.0
        f["after"] = float(ms >= site.end)
        inside = window[0] <= ms < window[1]
        f["in_window"] = float(inside)
        # counted in the article itself, in the window too: the parser may run a sentence
        # across a paragraph break
        between = ctx.view[me : site.start] if me <= site.start else ctx.view[site.end : ms]
        gap = len(_LINE_BREAKS.findall(between))
        f["para_gap0"] = float(gap == 0)
        f["para_gap1"] = float(gap == 1)
        f["para_gap_far"] = float(gap >= 2)
    if rule in _NEIGHBOUR_RULES:
        f[f"{rule.value}*starts"] = float(starts)
        f[f"{rule.value}*gap0"] = f.get("para_gap0", 0.0)
    if previous is not None and rule == AttributionRule.CARRY_OVER:
        f["carry_paragraphs"] = min(3, site.paragraph - previous.paragraph) / 3.0
    if "dist" in f and prop.governs:
        # a cue that governs the quote speaks for it the more surely the nearer its speaker
        f["governs*dist"] = f["dist"]
    return f


def complement_subject(ctx: ArticleContext, tok: Any) -> bool:
    """Whether ``tok`` is the subject of a clause that completes another verb with a subject
    of its own outside quote marks ("X protested that ``tok`` was …", "X had ``tok`` speak
    about …").  O(children)."""
    verb = tok.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.i != tok.i and not ctx.in_quote[c.i]
        for c in verb.head.children
    )


def conjunct_features(
    ctx: ArticleContext, props: list[Proposal], feats: list[dict[str, float]]
) -> None:
    """Add ``other_conjunct`` to the features (``feats``, one per proposal) of a subject
    whose clause is coordinate with the clause the quote hangs from, when that clause has
    its own subject ("Lee spoke first, but Reyes found “…”": Lee's clause is another, so
    Lee did not find the cracks).  O(candidates)."""
    verbs = []
    for p in props:
        if p.attach:
            head = mention_head(ctx, p.att.mention_start, p.att.mention_end)
            if head is not None and head.dep_ in SUBJECT_DEPS:
                verbs.append(head.head)
    if not verbs:
        return
    firsts = set()
    for v in verbs:
        node, steps = v, 0
        while node.dep_ == "conj" and node.head.i != node.i and steps < 4:
            node, steps = node.head, steps + 1
        if steps:
            firsts.add(node.i)
    if not firsts:
        return
    for p, f in zip(props, feats, strict=True):
        if p.attach:
            continue
        head = mention_head(ctx, p.att.mention_start, p.att.mention_end)
        if head is not None and head.dep_ in SUBJECT_DEPS and head.head.i in firsts:
            f["other_conjunct"] = 1.0
