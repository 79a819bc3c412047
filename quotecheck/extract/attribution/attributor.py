"""The order in which attribution tries its rules, per quote.

A quote's own frame first (a transcript label inside the marks, a cue in its sentence, a
position such as "Name: “…”"); then its neighbours: the second part of an interrupted quote
continues the first, a quote opening a sentence right after a reporting sentence or another
quote takes that speaker, and a partial quote inside narration takes the subject of its
sentence.  Every attribution records the rule that fired and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from quotecheck.budget import checkpoint
from quotecheck.extract.attribution.compounds import role_head
from quotecheck.extract.attribution.context import SUBJECT_DEPS, ArticleContext, QuoteSite
from quotecheck.extract.attribution.cues import (
    Found,
    by_parse,
    clause_subjects,
    colon_subject,
    cue_candidates,
    passive_agents,
    speech_owner,
    survey_nouns,
    trailing_frame,
)
from quotecheck.extract.attribution.features import Proposal, conjunct_features, features
from quotecheck.extract.attribution.gender import infer_genders
from quotecheck.extract.attribution.mentions import (
    Mention,
    dateline,
    mention,
    nearby_people,
    personhood,
)
from quotecheck.extract.attribution.patterns import by_pattern
from quotecheck.extract.attribution.position import (
    by_position,
    credit_mention,
    cue_after_quote,
    label_mention,
)
from quotecheck.extract.attribution.ranker import Ranker
from quotecheck.extract.attribution.resolution import collect_names, resolve, resolve_owner
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import opens_sentence_in
from quotecheck.models import Attribution, AttributionRule, SpeakerCandidate

_NO_FRAME = (
    "no reporting verb, 'according to' or speaker name next to the quote, "
    "and no quote right before it"
)


_STRONG_RULES = frozenset(
    {
        AttributionRule.ACCORDING_TO,
        AttributionRule.COLON_LABEL,
        AttributionRule.DASH_CREDIT,
        AttributionRule.LINE_LABEL,
        AttributionRule.COLON_SUBJECT,
        AttributionRule.CONTINUATION,
        AttributionRule.CARRY_OVER,
        AttributionRule.SPEAKER_LABEL,
    }
)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _names_another(
    ctx: ArticleContext,
    before: QuoteSite | None,
    site: QuoteSite,
    previous: Attribution | None,
) -> bool:
    """Whether the narration between the quote before (``before``, said by ``previous``) and
    ``site`` names someone else, read without a parse: a role noun, or a capitalised word not
    opening its sentence in a language that does not capitalise every noun ("El concejal
    Jordi Ribas votó en contra. «…», dijo."), that is no word of the previous quote's speaker
    or mention, nor a title or a function word.  The quote's words are then not the previous
    speaker's for want of a frame (a parser reads the sentence's subject instead:
    :meth:`Attributor._preceding_subject`).  O(narration)."""
    if before is None or previous is None:
        return False
    lang = ctx.lang
    theirs = {
        w.lower()
        for text in (previous.speaker or "", previous.mention or "")
        for w in _NAME_WORD.findall(text)
    }
    lo, hi = before.end, site.start
    for m in _NAME_WORD.finditer(ctx.view, lo, hi):
        low = m.group().lower()
        if low in theirs or low in lang.stopwords or low in lang.title_words:
            continue
        if role_head(low, lang) is not None:
            return True
        if (
            m.group()[:1].isupper()
            and not lang.capitalised_nouns  # German capitalises every noun
            and not opens_sentence_in(lang, ctx.view, m.start())
        ):
            return True
    return False


def _framed(att: Attribution) -> bool:
    """Whether a cue or a strong frame attributes the quote (not a low-confidence guess)."""
    return att.cue is not None or att.rule in _STRONG_RULES


class Attributor:
    """Attributes the quotes of one document."""

    def __init__(
        self,
        doc: Any,
        view: str,
        sites: Sequence[QuoteSite],
        lang: LanguageData,
        registry: SpeakerRegistry,
        *,
        parsed: bool,
        name_doc: Any = None,
        ranker: Ranker | None = None,
    ) -> None:
        self.ctx = ArticleContext(doc, view, sites, lang, registry, parsed, name_doc)
        self.ranker = ranker
        """Ranks the candidates of parsed articles; None keeps the hand-ordered rules."""
        self.framed: dict[int, bool] = {}
        """Site index → whether the hand-ordered rules found a frame (a cue or a strong
        position) for the quote, where the ranker chose: what tells speech from a mention."""

    def is_framed(self, index: int, att: Attribution) -> bool:
        """Whether the quote at site ``index`` stands in a reporting frame (a cue or a strong
        position) by the hand-ordered rules: a short quote with none is a mention, not speech.
        The ranker's choice does not change this (it may take a weaker candidate)."""
        return self.framed.get(index, _framed(att))

    def attribute_all(self) -> list[Attribution]:
        """One attribution per site, in the order of ``sites``."""
        ctx = self.ctx
        collect_names(ctx)
        ctx.genders = infer_genders(ctx)
        out: list[Attribution] = []
        previous: Attribution | None = None
        previous_site: QuoteSite | None = None
        for site in ctx.sites:
            checkpoint("attributing quotes")
            if site.depth > 0:
                out.append(
                    Attribution(
                        rule=AttributionRule.NESTED,
                        reason="a quote within a quote: "
                        "second-hand speech of someone the speaker quotes",
                    )
                )
                continue
            has_previous = previous is not None and bool(previous.speaker or previous.mention)
            if (
                site.continues is not None
                and previous is not None
                and has_previous
                and site.label is None  # a new speaker label starts a new turn
            ):
                att = previous.model_copy(
                    update={
                        "rule": AttributionRule.CONTINUATION,
                        "confidence": 0.8,
                        "candidates": (),
                    }
                )
                own = self._attribute(site) if ctx.parsed else None
                if (
                    own is not None
                    and own.cue is not None
                    and own.speaker is not None
                    and own.speaker == previous.speaker
                ):
                    # the continued quote's own cue names the same speaker ("“…,” he said
                    # with a grin"): its words for the speaker are that cue's, not the first
                    # part's.  Two unresolved speakers (None) are not the same speaker.
                    att = own
            else:
                att = self._attribute(site)
                near = previous_site is not None and site.paragraph - previous_site.paragraph <= 1
                if att.mention is None and ctx.parsed:
                    att = self._preceding_subject(site, cue_only=True) or att
                if (
                    att.mention is None
                    and has_previous
                    and near
                    and ctx.starts_sentence(site)
                    and (ctx.parsed or not _names_another(ctx, previous_site, site, previous))
                ):
                    assert previous is not None
                    att = previous.model_copy(
                        update={
                            "rule": AttributionRule.CARRY_OVER,
                            "confidence": 0.5,
                            "cue": None,
                            "cue_start": None,
                            "cue_end": None,
                        }
                    )
                elif att.mention is None and ctx.parsed:
                    att = self._sentence_subject(site) or self._preceding_subject(site) or att
                if ctx.parsed and self.ranker is not None:
                    self.framed[len(out)] = _framed(att)
                    att = self._rank(site, att, previous, previous_site, self.ranker)
                if ctx.parsed:
                    att = self._owned(site, att)
            if att.speaker:
                ctx.spoken.append((site.start, att.speaker))
            out.append(att)
            previous, previous_site = att, site
        return out

    # ----------------------------------------------------------------- ranked candidates
    def _proposals(
        self,
        site: QuoteSite,
        toks: list[Any],
        cascade: Attribution,
        previous: Attribution | None,
    ) -> list[Proposal]:
        """Every speaker the rules can propose for the quote, the cascade's pick first."""
        ctx = self.ctx
        out: list[Proposal] = []
        by_span: dict[tuple[int | None, int | None], Proposal] = {}

        def add(
            att: Attribution | None,
            *,
            cascade_pick: bool = False,
            governs: int = 0,
            attach: bool = False,
        ) -> None:
            if att is None or (att.mention is None and att.speaker is None):
                return
            if (
                att.mention_start is not None
                and att.mention_end is not None
                and dateline(ctx.view, att.mention_start, att.mention_end)
            ):
                return  # "HALIFAX, N.S. - The commission …": the place is no speaker
            key = (att.mention_start, att.mention_end)
            known = by_span.get(key)
            if known is not None:
                known.votes += 1
                known.governs = max(known.governs, governs)
                known.attach = known.attach or attach
                return
            prop = Proposal(att, cascade_pick, governs, attach=attach)
            by_span[key] = prop
            out.append(prop)

        add(cascade, cascade_pick=True)
        for key, m, cue, rule, conf, _tok in cue_candidates(ctx, site, toks):
            add(self._from_found(site, (m, cue, rule, conf), toks), governs=key[0])
        for found in (
            colon_subject(ctx, site, toks),
            by_position(ctx, site),
            cue_after_quote(ctx, site),
        ):
            if found is not None:
                add(self._from_found(site, found, toks))
        add(self._preceding_subject(site, cue_only=True))
        add(self._preceding_subject(site))
        add(self._sentence_subject(site))
        if previous is not None and (previous.speaker or previous.mention):
            add(
                previous.model_copy(
                    update={
                        "rule": AttributionRule.CARRY_OVER,
                        "cue": None,
                        "cue_start": None,
                        "cue_end": None,
                        "candidates": (),
                    }
                )
            )
        for tok, attach in clause_subjects(ctx, site):
            add(
                self._attribution_for(tok, site, AttributionRule.CLAUSE_SUBJECT, 0.3),
                attach=attach,
            )
        for tok in passive_agents(ctx, site):
            add(self._attribution_for(tok, site, AttributionRule.PASSIVE_AGENT, 0.3))
        for tok in nearby_people(ctx, toks):
            add(self._attribution_for(tok, site, AttributionRule.NEARBY_PERSON, 0.3))
        for tok in survey_nouns(ctx, site):
            add(self._attribution_for(tok, site, AttributionRule.SURVEY, 0.3))
        return out

    def _rank(
        self,
        site: QuoteSite,
        cascade: Attribution,
        previous: Attribution | None,
        previous_site: QuoteSite | None,
        ranker: Ranker,
    ) -> Attribution:
        """The best-scored candidate, with every candidate listed."""
        ctx = self.ctx
        toks = ctx.window(site)
        props = self._proposals(site, toks, cascade, previous)
        if not props:
            return cascade
        window = (
            (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else (site.start, site.end)
        )
        feats = [features(ctx, site, p, window=window, previous=previous_site) for p in props]
        conjunct_features(ctx, props, feats)
        scores = ranker.scores(feats)
        if ranker.trace is not None:
            ranker.trace(
                site.start, site.end, [(f, p.att) for f, p in zip(feats, props, strict=True)]
            )
        order = sorted(range(len(props)), key=lambda i: -scores[i])
        candidates = tuple(
            SpeakerCandidate(
                speaker=props[i].att.speaker,
                mention=props[i].att.mention,
                mention_start=props[i].att.mention_start,
                mention_end=props[i].att.mention_end,
                rule=props[i].att.rule,
                score=round(scores[i], 4),
            )
            for i in order
        )
        best = order[0]
        if scores[best] < ranker.min_score:
            return Attribution(
                rule=AttributionRule.NONE,
                reason="no candidate speaker is likely enough "
                f"(best: {props[best].att.mention!r}, score {scores[best]:.2f})",
                candidates=candidates,
            )
        return props[best].att.model_copy(
            update={"confidence": round(scores[best], 4), "candidates": candidates}
        )

    def _owned(self, site: QuoteSite, att: Attribution) -> Attribution:
        """``att``, or the owner's attribution when the quote is what a possessed speech noun
        says (:func:`speech_owner`: "Reyes said the mayor's promise that “…” was false"): the
        owner is the speaker, not the subject of the sentence's verb.  An owner who is a role
        no named person carries ("the mayor's") stays unresolved: the article names no one
        for these words, and so does a quote the sentence gives to neither the owner nor the
        subject (:func:`speech_owner` gives no owner).  The ranked candidates are kept, the
        owner's first."""
        ctx = self.ctx
        found = speech_owner(ctx, site)
        if found is None:
            return att
        noun, owner = found
        if owner is None:
            # "Tan quoted Lee's promise “…”" would be Lee's words; "Tan questioned Lee's
            # promise: “…”" may be Tan's about them: the sentence does not say which
            return Attribution(
                cue=noun.text,
                cue_start=noun.idx,
                cue_end=noun.idx + len(noun.text),
                reason="the quote follows someone's words, and the sentence does not say "
                "whether it gives them or the subject's words about them",
                occasion=att.occasion,
                candidates=att.candidates,
            )
        m = mention(ctx, owner)
        if att.mention_start == m.start and att.mention_end == m.end:
            return att
        speaker = resolve_owner(ctx, m, site, self._next_named_speaker)
        conf = 0.8 if speaker else 0.4
        own = SpeakerCandidate(
            speaker=speaker,
            mention=ctx.view[m.start : m.end],
            mention_start=m.start,
            mention_end=m.end,
            rule=AttributionRule.VERB_SUBJECT,
            score=conf,
        )
        others = tuple(
            c for c in att.candidates if (c.mention_start, c.mention_end) != (m.start, m.end)
        )
        return Attribution(
            speaker=speaker,
            mention=own.mention,
            mention_start=m.start,
            mention_end=m.end,
            cue=noun.text,
            cue_start=noun.idx,
            cue_end=noun.idx + len(noun.text),
            rule=AttributionRule.VERB_SUBJECT,
            confidence=conf,
            reason=None if speaker else "the owner of the words could not be resolved to a person",
            occasion=att.occasion,
            candidates=(own, *others),
        )

    def _from_found(self, site: QuoteSite, found: Found, toks: list[Any]) -> Attribution:
        """The attribution a frame gives, its mention resolved."""
        m, cue, rule, confidence = found
        speaker = resolve(self.ctx, m, site, self._next_named_speaker)
        start, end = m.shown or (m.start, m.end)
        return Attribution(
            speaker=speaker,
            mention=self.ctx.view[start:end],
            mention_start=start,
            mention_end=end,
            cue=cue.text if cue is not None else None,
            cue_start=cue.idx if cue is not None else None,
            cue_end=cue.idx + len(cue.text) if cue is not None else None,
            rule=rule,
            confidence=confidence if speaker else confidence / 2,
            reason=None if speaker else "the speaker could not be resolved to a person",
            occasion=self._occasion(toks),
        )

    # ----------------------------------------------------------------- a quote's own frame
    def _find(self, site: QuoteSite, toks: list[Any]) -> Found | None:
        """The frame in the quote's window: by parse, or by token patterns without one."""
        return (
            by_parse(self.ctx, site, toks) if self.ctx.parsed else by_pattern(self.ctx, site, toks)
        )

    def _named_by_position(
        self, m: Mention, site: QuoteSite, rule: AttributionRule, confidence: float
    ) -> Attribution:
        """The attribution a speaker label or a credit line gives: its mention, resolved."""
        return Attribution(
            speaker=resolve(self.ctx, m, site, self._next_named_speaker),
            mention=m.text,
            mention_start=m.start,
            mention_end=m.end,
            rule=rule,
            confidence=confidence,
        )

    def _attribute(self, site: QuoteSite) -> Attribution:
        ctx = self.ctx
        # a label or a credit the quote's position gives names its speaker outright
        if site.label is not None:
            m = label_mention(ctx, site.label)
            return self._named_by_position(m, site, AttributionRule.SPEAKER_LABEL, 0.8)
        if site.credit is not None:
            m = credit_mention(ctx, site.credit)
            return self._named_by_position(m, site, AttributionRule.DASH_CREDIT, 0.7)
        toks = ctx.window(site)
        found = self._find(site, toks)
        if found is None:
            found = by_position(ctx, site)
        if found is None:
            return Attribution(rule=AttributionRule.NONE, reason=_NO_FRAME)
        return self._from_found(site, found, toks)

    # ----------------------------------------------------------------- neighbours
    def _attribution_for(
        self, tok: Any, site: QuoteSite, rule: AttributionRule, conf: float
    ) -> Attribution:
        m = mention(self.ctx, tok)
        speaker = resolve(self.ctx, m, site, self._next_named_speaker)
        return Attribution(
            speaker=speaker,
            mention=m.text,
            mention_start=m.start,
            mention_end=m.end,
            rule=rule,
            confidence=conf,
            reason=None if speaker else "the speaker could not be resolved",
        )

    def _sentence_subject(self, site: QuoteSite) -> Attribution | None:
        """A partial quote inside narration with no reporting verb ("X blamed it on “…”"):
        the person who is the subject of the sentence's main verb, or of the clause the quote
        hangs from when that has its own person as subject ("Lee spoke, and she called it
        “…”").  Low confidence."""
        ctx = self.ctx
        if ctx.starts_sentence(site):
            return None
        first = ctx.token_at(site.start)
        if first is None:
            return None
        for tok, attach in clause_subjects(ctx, site):
            if attach and personhood(ctx, tok) >= 2:
                return self._attribution_for(tok, site, AttributionRule.SENTENCE_SUBJECT, 0.4)
        root = ctx.doc[first].sent.root
        if ctx.in_quote[root.i]:
            return None
        for child in root.children:
            if (
                child.dep_ in SUBJECT_DEPS
                and not ctx.in_quote[child.i]
                and personhood(ctx, child) >= 2
            ):
                return self._attribution_for(child, site, AttributionRule.SENTENCE_SUBJECT, 0.4)
        return None

    def _preceding_subject(self, site: QuoteSite, *, cue_only: bool = False) -> Attribution | None:
        """A quote standing alone right after a sentence about a person: that person.

        ("The judge turned to me. “Mr. Smith?”") Low confidence: no cue says it.  With
        ``cue_only`` the sentence must be in the quote's paragraph, its main verb a reporting
        verb and not the frame of an earlier quote ("His partner called him a master. “…”").
        """
        ctx = self.ctx
        if not ctx.starts_sentence(site):
            return None
        first = ctx.token_at(site.start)
        if first is None:
            return None
        sent = ctx.doc[first].sent
        if sent.start == 0:
            return None
        prev = ctx.doc[sent.start - 1].sent
        gap = ctx.view[prev.end_char : site.start]
        if gap.count("\n") > (0 if cue_only else 2):
            return None
        if cue_only:
            if any(ctx.in_quote[t.i] for t in prev):
                return None
            tail = trailing_frame(ctx, prev)
            if tail is not None:  # "…, Schiff said." closing the sentence before
                return self._attribution_for(tail, site, AttributionRule.PRECEDING_CUE, 0.5)
            if prev.root.lemma_.lower() not in ctx.lang.reporting_verbs:
                return None
        for tok in prev:
            if (
                tok.dep_ in SUBJECT_DEPS
                and tok.head.dep_ == "ROOT"
                and personhood(ctx, tok) >= 2
                and not ctx.in_quote[tok.i]
            ):
                rule, conf = (
                    (AttributionRule.PRECEDING_CUE, 0.5)
                    if cue_only
                    else (AttributionRule.PRECEDING_SUBJECT, 0.4)
                )
                return self._attribution_for(tok, site, rule, conf)
        return None

    def _next_named_speaker(self, site: QuoteSite) -> str | None:
        """Cataphora: the first named speaker of a later quote (article openings)."""
        ctx = self.ctx
        for later in ctx.sites:
            if later.start <= site.start or later.depth > 0:
                continue
            found = self._find(later, ctx.window(later))
            if found and found[0].kind == "name" and found[0].name:
                return ctx.registry.add(found[0].name).canonical
        return None

    def _occasion(self, toks: list[Any]) -> str | None:
        if not toks:
            return None
        text = " ".join(t.text for t in toks if not self.ctx.in_quote[t.i])
        for rx in self.ctx.lang.occasion_cues:
            m = re.search(rx, text, flags=re.IGNORECASE)
            if m:
                return m.group(0).strip()
        return None
