"""One group's lineage: its renderings in date order, folded into variants with origin and copies.

The renderings of a group are walked once, earliest first (by date, the input order breaking
ties; an article without a date is placed among the dated ones by the traits it shares with
them, else by its input order: see :func:`chronological`).
Each rendering

1. with **the same words** as an earlier variant (same language, same words and marked cuts,
   case and punctuation aside) is a copy of that variant when the variant departs from the
   source in a telling way (a trait of weight ≥ :data:`COPY_MIN`), and an *independent*
   rendering of it otherwise (two outlets quoting the source faithfully copy nobody);
2. else, sharing traits with earlier variants (:mod:`quotecheck.lineage.traits`; looked up
   in an index from trait to variants, never by comparing every pair), descends from the
   variant it shares the most evidence with, when that evidence reaches :data:`COPY_MIN`:
   a new **derived** variant whose own traits are its alterations;
3. a **translation** (matched across languages) cannot share words with the source; it
   descends from an earlier variant in another language whose source span it renders with the
   same cut points and as many marked cuts (…): it inherits that variant's elisions and cuts,
   and its word changes cannot be checked across the languages;
4. anything else is a new variant quoted **independently** from the source.

Confidence of a copy: 1 − Π(1 − wᵢ) over the weights of the shared evidence, × 0.85 when either
article has no date of its own.  Confidence of an origin: 0.95 with a date, 0.6 when a copy
has the same date (input order decided), 0.5 without a date.

Cost: O(r log r) to sort r renderings, O(r · t) trait look-ups for t traits each, plus, per
translation, one comparison with each earlier variant of another language.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from quotecheck.lineage.model import (
    ArticleRef,
    Copy,
    Evidence,
    Group,
    Rendering,
    SourceSpan,
    Trait,
    TraitOrigin,
    Variant,
)
from quotecheck.lineage.traits import ellipses, envelope, traits_of, words
from quotecheck.models import SegmentKind

__all__ = ["COPY_MIN", "analyse_group", "chronological"]

COPY_MIN = 0.25
"""Evidence (combined weight) below which a later rendering is taken as independent."""
SAME_WORDS_WEIGHT = 0.3
"""Identical wording of a quote of :data:`SAME_WORDS_MIN_WORDS` words or more."""
SAME_WORDS_MIN_WORDS = 8
UNDATED_FACTOR = 0.85
ACROSS_LANGUAGES_WEIGHT = 0.2
"""A translation rendering exactly the span of an earlier quote, cut for cut."""
ENVELOPE_SLACK = 12
"""Characters a translation's matched span may differ by at either end and still share cuts."""

_EVIDENCE_KIND = {
    "edit": "shared-edit",
    "narration": "shared-narration",
    "elision": "shared-elision",
    "cut": "shared-cut",
    "descriptor": "shared-descriptor",
    "style": "shared-style",
}


def combine(weights: Sequence[float]) -> float:
    """1 − Π(1 − w): independent pieces of evidence add up, never past 1."""
    miss = 1.0
    for w in weights:
        miss *= 1.0 - w
    return round(1.0 - miss, 3)


def chronological(
    renderings: Sequence[Rendering], traits: Mapping[str, Sequence[Trait]] | None = None
) -> list[tuple[str, Rendering]]:
    """``(effective date, rendering)`` earliest first; input order and quote index break ties.

    An article without a date is placed by what it carries, when it carries telling traits
    (``traits``: rendering key → traits): after the latest dated rendering whose telling traits
    it all carries too (it descends from that one, or from a later copy), else before the
    earliest dated rendering that carries all of its telling traits and more.  Failing both
    (no telling trait shared with a dated rendering), it takes the date of the article before
    it in input order.  Cost: O(u · c) for u undated renderings and the c dated renderings
    that share a trait with each.
    """
    by_order = sorted(renderings, key=lambda r: (r.order, r.quote_index))
    telling: dict[str, frozenset[str]] = {}
    carriers: dict[str, list[Rendering]] = defaultdict(list)
    for r in by_order:
        keys = frozenset(t.key for t in (traits or {}).get(r.key, ()) if t.weight >= COPY_MIN)
        telling[r.key] = keys
        if r.date:
            for k in keys:
                carriers[k].append(r)
    last = ""
    dated: list[tuple[str, int, Rendering]] = []
    for r in by_order:
        if r.date:
            last = r.date
            dated.append((r.date, 1, r))
            continue
        mine = telling[r.key]
        related = {d.key: d for k in mine for d in carriers.get(k, ())}.values()
        after = [d.date or "" for d in related if telling[d.key] <= mine]
        before = [d.date or "" for d in related if telling[d.key] > mine]
        if after:
            dated.append((max(after), 2, r))
        elif before:
            dated.append((min(before), 0, r))
        else:
            dated.append((last, 1, r))
    dated.sort(key=lambda d: (d[0], d[1], d[2].order, d[2].quote_index))
    return [(when, r) for when, _, r in dated]


Wording = tuple[str, tuple[str, ...], frozenset[str]]


def _wording(r: Rendering, traits: Sequence[Trait]) -> Wording:
    """What makes two renderings one variant: the language, the words with their marked cuts
    (case and punctuation aside), and the departures (the same words under another title for
    the speaker are another variant)."""
    return r.language, _words(r), frozenset(t.key for t in traits)


def _words(r: Rendering) -> tuple[str, ...]:
    if not r.segments:
        return tuple(words(r.text))
    out: list[str] = []
    for s in r.segments:
        if s.kind is SegmentKind.ELLIPSIS:
            out.append("…")
        elif s.kind is SegmentKind.INSERTION:
            out.append("[" + " ".join(words(s.text)) + "]")
        elif s.kind is SegmentKind.TEXT:
            out.extend(words(s.text))
    return tuple(out)


def _ref(r: Rendering) -> ArticleRef:
    return ArticleRef(
        path=r.article,
        date=r.date,
        date_from=r.date_from,
        title=r.title,
        outlet=r.outlet,
        language=r.language,
        quote_index=r.quote_index,
        line=r.line,
        text=r.text,
        verdict=r.verdict,
        mention=r.mention,
    )


@dataclass
class _Variant:
    id: str
    origin: Rendering
    when: str
    wording: Wording
    traits: dict[str, Trait]
    parent: str | None = None
    inherited: tuple[str, ...] = ()
    introduced: tuple[str, ...] = ()
    copies: list[Copy] = field(default_factory=list)
    independent: list[Rendering] = field(default_factory=list)
    tie: bool = False

    @property
    def telling(self) -> bool:
        return any(t.weight >= COPY_MIN for t in self.traits.values())


def _pos(v: _Variant) -> int:
    return int(v.id[1:]) - 1


def _evidence(traits: Sequence[Trait]) -> list[Evidence]:
    return [Evidence(kind=_EVIDENCE_KIND[t.kind], detail=t.label, weight=t.weight) for t in traits]


def _confidence(evidence: Sequence[Evidence], a: Rendering, b: Rendering) -> float:
    c = combine([e.weight for e in evidence])
    if not (a.date and b.date):
        c = round(c * UNDATED_FACTOR, 3)
    return c


def _copy(
    r: Rendering,
    model: _Variant,
    relation: str,
    evidence: list[Evidence],
    lead: Evidence | None = None,
    variant: str | None = None,
) -> Copy:
    """``r`` as a copy of ``model``: the evidence (``lead``, the piece that is not a shared
    trait, first) and the confidence it gives."""
    if lead is not None:
        evidence = [lead, *evidence]
    return Copy(
        article=_ref(r),
        relation=relation,
        variant=variant,
        evidence=tuple(evidence),
        confidence=_confidence(evidence, model.origin, r),
    )


def _across_languages(r: Rendering, v: _Variant) -> list[Trait]:
    """The cuts and elisions a translation shares with an earlier variant of another language:
    the same source span at both ends and as many marked cuts."""
    mine, theirs = envelope(r), envelope(v.origin)
    if mine is None or theirs is None:
        return []
    if abs(mine[0] - theirs[0]) > ENVELOPE_SLACK or abs(mine[1] - theirs[1]) > ENVELOPE_SLACK:
        return []
    elisions = [t for t in v.traits.values() if t.kind == "elision"]
    cuts = [t for t in v.traits.values() if t.kind == "cut"]
    if elisions and ellipses(r) == len(elisions):
        return elisions + cuts
    if not elisions and not ellipses(r):
        return cuts
    return []


def analyse_group(
    group_id: str,
    renderings: Sequence[Rendering],
    sources: Mapping[str, str] | None = None,
    grouped_by: str = "source-span",
) -> Group:
    """The lineage of one group of renderings of a passage (see the module docstring)."""
    found = {r.key: traits_of(r, sources) for r in renderings}
    timeline = chronological(renderings, found)
    variants: list[_Variant] = []
    by_wording: dict[Wording, _Variant] = {}
    by_trait: dict[str, list[_Variant]] = defaultdict(list)
    carriers: dict[str, list[str]] = defaultdict(list)
    first: dict[str, tuple[Trait, str, str]] = {}  # trait key → (trait, origin path, variant id)

    def carry(keys: Sequence[str], r: Rendering) -> None:
        for k in keys:
            if r.article not in carriers[k] and first[k][1] != r.article:
                carriers[k].append(r.article)

    def new_variant(
        r: Rendering, when: str, traits: Sequence[Trait], parent: _Variant | None, shared: set[str]
    ) -> _Variant:
        v = _Variant(
            id=f"v{len(variants) + 1}",
            origin=r,
            when=when,
            wording=_wording(r, traits),
            traits={t.key: t for t in traits},
            parent=parent.id if parent else None,
            inherited=tuple(k for k in (t.key for t in traits) if k in shared),
            introduced=tuple(k for k in (t.key for t in traits) if k not in shared),
        )
        variants.append(v)
        by_wording.setdefault(v.wording, v)
        for t in traits:
            by_trait[t.key].append(v)
            if t.key not in first:
                first[t.key] = (t, r.article, v.id)
            else:
                carry([t.key], r)
        return v

    for when, r in timeline:
        traits = found[r.key]
        same = by_wording.get(_wording(r, traits))
        if same is not None:
            if same.telling:
                word_for_word = Evidence(
                    kind="same-words",
                    detail="the same wording, word for word",
                    weight=SAME_WORDS_WEIGHT,
                )
                lead = word_for_word if len(_words(r)) >= SAME_WORDS_MIN_WORDS else None
                evidence = _evidence(list(same.traits.values()))
                same.copies.append(_copy(r, same, "same-words", evidence, lead))
                carry(list(same.traits), r)
                same.tie = same.tie or (bool(r.date) and r.date == same.origin.date)
            else:
                same.independent.append(r)
            continue
        # the model: the variant sharing the most evidence, the earliest of equals
        candidates: list[tuple[_Variant, list[Trait]]] = []
        if r.translated:
            for v in variants:
                if v.origin.language != r.language and (across := _across_languages(r, v)):
                    candidates.append((v, across))
        keys = {t.key for t in traits}
        seen: set[str] = set()
        for t in traits:
            for v in by_trait.get(t.key, ()):
                if v.id not in seen:
                    seen.add(v.id)
                    candidates.append((v, [v.traits[k] for k in v.traits if k in keys]))
        scored = [(combine([t.weight for t in shared]), v, shared) for v, shared in candidates]
        best = max(scored, key=lambda c: (c[0], -_pos(c[1])), default=None)
        if best is not None and best[0] >= COPY_MIN:
            _, parent, shared_traits = best
            evidence = _evidence(shared_traits)
            if r.translated and parent.origin.language != r.language:
                detail = (
                    f"renders the same source span in {r.language} with the same cut points and "
                    f"{ellipses(r)} marked cut(s)"
                )
                lead = Evidence(
                    kind="same-cut-and-elision-across-languages",
                    detail=detail,
                    weight=ACROSS_LANGUAGES_WEIGHT,
                )
                parent.copies.append(_copy(r, parent, "translation", evidence, lead))
                carry([t.key for t in shared_traits], r)
                own = [t for t in traits if t.key not in parent.traits]
                for t in own:  # a translation's own departures (its title for the speaker)
                    if t.key not in first:
                        first[t.key] = (t, r.article, parent.id)
                continue
            shared = {t.key for t in shared_traits}
            child = new_variant(r, when, traits, parent, shared)
            parent.copies.append(_copy(r, parent, "derived", evidence, variant=child.id))
            continue
        new_variant(r, when, traits, None, set())

    return Group(
        id=group_id,
        span=_span(renderings, sources),
        grouped_by=grouped_by,
        order=_order(renderings),
        renderings=len(renderings),
        variants=tuple(_variant(v) for v in variants),
        alterations=tuple(
            TraitOrigin(trait=t, origin=path, variant=vid, carriers=tuple(carriers[k]))
            for k, (t, path, vid) in first.items()
        ),
    )


def _variant(v: _Variant) -> Variant:
    r = v.origin
    if not r.date:
        confidence = 0.5
    elif v.tie:
        confidence = 0.6
    else:
        confidence = 0.95
    return Variant(
        id=v.id,
        text=r.text,
        language=r.language,
        verdict=r.verdict,
        edits=r.edits,
        traits=tuple(v.traits.values()),
        introduced=v.introduced,
        inherited=v.inherited,
        parent=v.parent,
        origin=_ref(r),
        origin_confidence=confidence,
        copies=tuple(v.copies),
        independent=tuple(_ref(x) for x in v.independent),
    )


def _order(renderings: Sequence[Rendering]) -> str:
    dated = sum(1 for r in renderings if r.date)
    if dated == len(renderings):
        return "date"
    return "date-and-input-order" if dated else "input-order"


def _span(renderings: Sequence[Rendering], sources: Mapping[str, str] | None) -> SourceSpan:
    matched = [r for r in renderings if r.source is not None and r.source_start is not None]
    speakers = Counter(r.speaker for r in renderings if r.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    if not matched:
        longest = max(renderings, key=lambda r: (len(r.text), r.key))
        return SourceSpan(source=None, text=longest.text, speaker=speaker)
    source = Counter(r.source for r in matched).most_common(1)[0][0]
    on = [r for r in matched if r.source == source]
    start = min(r.source_start for r in on if r.source_start is not None)
    end = max(r.source_end for r in on if r.source_end is not None)
    full = sources.get(source) if sources is not None and source is not None else None
    if full is not None and end <= len(full):
        text = full[start:end]
    else:
        widest = max(on, key=lambda r: (len(r.source_text or ""), r.key))
        text = widest.source_text or ""
    return SourceSpan(source=source, start=start, end=end, text=text, speaker=speaker)
