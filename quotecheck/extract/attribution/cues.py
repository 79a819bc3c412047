"""Cue parsing over a dependency parse: reporting verbs and nouns, their subjects, "according to".

A cue is a reporting verb outside the quote marks in the quote's window (see
:meth:`ArticleContext.window`) and its speaker is the verb's subject, climbing through
"went on to add" (at most four heads up).  "according to X" takes its object; a reporting
noun ("Lee's claim that “…”") its possessor.  Cost: O(window) per quote, each subject search
O(depth · children).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from quotecheck.extract.attribution.context import SUBJECT_DEPS, ArticleContext, QuoteSite
from quotecheck.extract.attribution.mentions import (
    Mention,
    glued_date,
    mention,
    parenthetical_reporter,
    personhood,
)
from quotecheck.models import AttributionRule

NAME_DEPS = frozenset(
    {
        "compound",
        "flat",
        "flat:name",
        "nmod",
        "amod",
        "det",
        "poss",
        "case",
        "nummod",
        "punct",
        "quantmod",
        "npadvmod",
    }
)
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "prep"})

Found = tuple[Mention, Any, AttributionRule, float]
"""(mention, cue token or None, rule, confidence)."""


def according_word(ctx: ArticleContext, low: str) -> bool:
    """Whether ``low`` opens an "according to" phrase of the language ("laut", "so")."""
    return any(seq[0] == low for seq in ctx.lang.according_to)


def idiom(ctx: ArticleContext, tok: Any) -> bool:
    """Whether ``tok`` and its object make a reporting idiom ("put it")."""
    lemma = tok.lemma_.lower()
    return any(
        lemma == verb and any(c.lower_ == obj for c in tok.children)
        for verb, obj in ctx.lang.reporting_idioms
    )


CueCandidate = tuple[tuple[int, int, int], Mention, Any, AttributionRule, float, Any]
"""(key: governs, personhood, -distance; mention; cue; rule; confidence; speaker token)."""


def cue_candidates(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> list[CueCandidate]:
    """Every reporting cue in the window with its speaker: the subject of a reporting verb or
    idiom, the possessor of a reporting noun, the object of "according to" (once per quote;
    ``toks`` must be the quote's window)."""
    key = ("cues", site.start)
    if key not in ctx.memo:
        ctx.memo[key] = _cue_candidates(ctx, site, toks)
    found: list[CueCandidate] = ctx.memo[key]
    return found


def _cue_candidates(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> list[CueCandidate]:
    candidates: list[CueCandidate] = []
    lang = ctx.lang
    heads = quote_heads(ctx, site)
    for tok in toks:
        if ctx.in_quote[tok.i]:
            continue
        if according_word(ctx, tok.lower_):
            for seq in lang.according_to:
                words = [t.lower_ for t in ctx.doc[tok.i : tok.i + len(seq)]]
                if tuple(words) == seq:
                    obj = object_after(ctx, tok.i + len(seq) - 1)
                    if obj is not None:
                        m = mention(ctx, obj)
                        key = (1, personhood(ctx, obj), -ctx.distance(site, tok))
                        candidates.append((key, m, tok, AttributionRule.ACCORDING_TO, 0.9, obj))
        if tok.pos_ == "NOUN" and _answered_noun(ctx, tok):
            continue  # "Tan rejected Lee's warning: “…”": Tan's answer, not Lee's words
        if tok.pos_ == "NOUN" and not ctx.is_reporting(tok):
            poss = possessor_of_speech(ctx, tok)
            if poss is not None:  # "Lee's suggestion that “…”"
                governs = int(any(is_ancestor(tok, h) for h in heads))
                key = (governs, personhood(ctx, poss), -ctx.distance(site, tok))
                conf = 0.8 if governs else 0.6
                m = mention(ctx, poss)
                candidates.append((key, m, tok, AttributionRule.VERB_SUBJECT, conf, poss))
            continue
        verb_like = tok.pos_ in ("VERB", "AUX", "NOUN") or (
            tok.pos_ == "PROPN" and ctx.headline_verb(tok)  # "Lee Tells Council: ‘…’"
        )
        if verb_like and (
            ctx.is_reporting(tok) or idiom(ctx, tok) or shown_by(ctx, tok) is not None
        ):
            if _says_by_relative(ctx, tok):
                continue  # "a report that warned “…”": the verb is the cue, not the noun
            if _through_relative_cue(ctx, tok, heads):
                continue  # "Reyes mocked a report that claimed “…”": "claimed" is the cue
            subj = subject(ctx, tok)
            doer: Any = comment_clause_subject(ctx, tok)  # a comment clause's or an agent
            comments = doer is not None and _next_to_comment(ctx, site, tok)
            if doer is not None:
                # ", as an aide put it, “…”": the one the comment clause names speaks
                subj = doer
            elif subj is not None and subj.dep_ in PASSIVE_SUBJECT_DEPS:
                # "Lee was asked by Reyes “…”": the listener is the subject, the agent speaks
                doer = agent(ctx, subj.head)
                subj = doer or subj
            elif (
                tok.tag_ == "VBN"
                and (subj is None or subj.head.i != tok.i or not _has_auxiliary(tok))
                and any(is_ancestor(tok, h) for h in heads)
            ):
                # "Asked by Reyes if the toll is “fair”, Lee …": a participle with no
                # subject of its own framing the quote; the one climbed to is the listener,
                # the agent asks ("As reported by the Gazette, Lee called it “fair”": the
                # participle frames no quote, Lee's "called" does).  A participle with no
                # auxiliary that the parser gave a subject is one too ("a move often
                # labelled a “gamble” by fishermen": the fishermen label it, not the move)
                doer = agent(ctx, tok)
                subj = doer or subj
            alternatives = [subj]
            relative = relative_subject(ctx, tok)
            if (
                subj is not None
                and doer is None  # the agent named does it, not the one described
                and personhood(ctx, subj) <= 1
                and subj.ent_type_ != "ORG"
                and not (_speaks_for(ctx, subj, tok, relative) and _speaking_noun(subj))
            ):
                # A date or a dateline parsed as the subject ("Saturday … Warren said"):
                # the person named right before the verb is proposed too; not when the
                # verb's own subject is a noun phrase that can speak ("Reyes, whom one
                # colleague described as “…”": the colleague, not Reyes; "Lee led the
                # council to declare “…”": the council, not Lee; "Lee rejected a report that
                # warned “…”": the report, not Lee)
                alternatives.append(person_left_of(ctx, tok))
            if relative is not None:
                # "the Gazette ran a piece that noted “…”": who put the piece out
                alternatives.append(publisher(ctx, relative))
            for subj in alternatives:
                if subj is None:
                    continue
                m = mention(ctx, subj)
                if relative is not None and subj.i == relative.head.head.i:
                    m = replace(m, shown=(relative.idx, relative.idx + len(relative.text)))
                parenthetical = _same(parenthetical_reporter(ctx, subj), tok)
                direct = (
                    subj.head.i == tok.i
                    or (subj.head.dep_ == "agent" and subj.head.head.i == tok.i)
                    or _same(doer, subj)
                    or parenthetical  # "Lee, Reyes said, “…”"
                )
                rule = (
                    AttributionRule.VERB_SUBJECT if direct else AttributionRule.VERB_SUBJECT_CLIMBED
                )
                governs = int(
                    comments
                    or any(is_ancestor(tok, h) for h in heads)
                    or (parenthetical and _opens_after(ctx, site, tok))
                )
                key = (governs, personhood(ctx, subj), -ctx.distance(site, tok))
                conf = (0.9 if direct else 0.8) if governs else 0.7
                candidates.append((key, m, tok, rule, conf, subj))
    return candidates


_PARENTHETICAL_GAP = 3
"""Tokens between a parenthetical reporting verb and the quote it frames: its comma, the
opening mark and a space."""


def _opens_after(ctx: ArticleContext, site: QuoteSite, verb: Any) -> bool:
    """Whether the quote at ``site`` opens right after the reporting clause ``verb`` ends
    (its comma, the opening mark: "Lee, a top aide said, “is sure …”"): the clause set inside
    the sentence frames that quote, however the parser hangs it (it may make the quote's
    verb the sentence's root and the reporting verb hang from it)."""
    first = ctx.token_at(site.start)
    return first is not None and 0 < first - verb.i <= _PARENTHETICAL_GAP


_DETERMINERS = frozenset({"det", "nummod", "predet"})


def _speaking_noun(tok: Any) -> bool:
    """Whether ``tok`` heads a noun phrase that can speak though no word list knows it as a
    person: a common noun with a determiner or a number ("one insider", "a top aide", "the
    study"), not a date, time or place a parser took for the subject."""
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
        and any(c.dep_ in _DETERMINERS for c in tok.children)
    )


def possessor_of_speech(ctx: ArticleContext, noun: Any) -> Any | None:
    """The person-like possessor of a speech noun ("Lee's suggestion", "his warning"), outside
    quote marks, or None.  O(children)."""
    lemma = noun.lemma_.lower()
    if lemma not in ctx.lang.speech_nouns and lemma not in ctx.lang.reporting_nouns:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and not ctx.in_quote[child.i] and personhood(ctx, child) >= 2:
            return titled_name(ctx, child)
    return speech_source(ctx, noun)  # "a statement from her lawyer: “…”"


def speech_owner(ctx: ArticleContext, site: QuoteSite) -> tuple[Any, Any | None] | None:
    """(speech noun, its owner) when the quote is what a possessed speech noun says; (noun,
    None) when the quote follows such a noun but the sentence does not say whose words it
    gives; None when the sentence's own frame decides (its subject, or a cue).

    The quote opens right after a noun of speech (``speech_nouns``, ``reporting_nouns`` or a
    reporting verb's noun: "promise", "claim", "words") with a possessor outside the marks
    (not a relative pronoun: "a candidate whose words “…”" — the sentence says whose), after
    "that", a comma, a colon or nothing:

    * "that" opens the noun's content ("Reyes said the mayor's promise that “…” was false",
      "Lee called Reyes's claim that “…” a fantasy"): the owner's words, whatever verb frames
      the sentence — not when the subject speaks of or answers the noun through a
      preposition (``answering_frames``: "said of Lee's promise that “…”", "responded to
      Lee's statement: “…”"), here or below;
    * otherwise the owner's when the noun is what the subject repeats, quotes, reads out or
      recalls (``repeating_verbs``: "Tan read out Lee's statement: “…”", "quoted Lee's words,
      “…”") or opens the sentence's frame ("In Lee's own words: “…”") — not when a cue
      after the quote names its speaker, nor for a pronoun owner ("Tan read out his
      statement: “…”": the sentence's frame decides, as for the subject's own words);
    * the subject's (None: the sentence's frame decides) when the noun is what the subject
      labels (``labelling_verbs``: "calling Lee's charge “reckless”"), judges, answers,
      rejects or mocks before a comma or a colon (a reporting verb whose object is ``named``,
      or ``answering_frames``: "Tan blasted Lee's promise: “…”"), or no verb's object at
      all ("Lee's remarks “have …”");
    * else no one's: the quote may be the owner's words or the subject's about them ("Tan
      questioned Lee's promise: “…”", "Tan mocked Lee's pledge “…”").

    Read by position, not by where the parser hangs the quote's words (focused parsing blanks
    part of a long quote).  O(1)."""
    doc, lang = ctx.doc, ctx.lang
    first = ctx.token_at(site.start)
    if first is None:
        return None
    j = first - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    content = j >= 0 and doc[j].lower_ in lang.optional_complementizers
    if j >= 0 and (content or doc[j].text in (",", ":")):
        j -= 1
    if j < 0 or ctx.in_quote[j]:
        return None
    noun = doc[j]
    said = lang.speech_nouns | lang.reporting_nouns
    if noun.pos_ != "NOUN" or not (
        ctx.is_reporting(noun) or noun.lower_ in said or noun.lemma_.lower() in said
    ):
        return None
    if _answered(lang, noun, content=True):
        return None  # "Tan said of Lee's promise that “…”": Tan's answer
    owner = next((c for c in noun.children if c.dep_ == "poss" and not ctx.in_quote[c.i]), None)
    if owner is None or owner.lower_ in lang.relative_pronouns:
        return None  # "a candidate whose words “…”": the sentence says whose
    if content:
        return noun, titled_name(ctx, owner)
    if owner.pos_ == "PRON":
        return None  # "Tan read out his statement: “…”": the frame's, mostly the subject's own
    punct = doc[j + 1].text in (",", ":")
    verb = _governing_verb(noun)
    frame = punct and _opens_frame(noun)
    if verb is None and not frame:
        return None  # "Lee's remarks “have …”": no one's object, the sentence's frame decides
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma in lang.labelling_verbs:
        return None  # "calling Lee's charge “reckless”": the subject's label for it
    if punct and (
        lang.reporting_verb_objects.get(lemma) == "named" or _answered(lang, noun, content=False)
    ):
        return None  # "Tan blasted / rejected Lee's promise: “…”": the subject's answer
    if _cue_after(ctx, site, noun):
        return None  # "Lee's promise: “…,” Tan said": the cue names the speaker
    if frame or (verb is not None and _repeats(lang, verb)):
        return noun, titled_name(ctx, owner)
    return noun, None


def _governing_verb(noun: Any) -> Any | None:
    """The verb whose object the noun is, directly ("read out Lee's statement") or through a
    preposition ("read from Lee's statement"), or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head is not noun:
        head = head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _repeats(lang: Any, verb: Any) -> bool:
    """Whether ``verb`` repeats, quotes, reads out or recalls words (``repeating_verbs``;
    "read out": the lemma and its particle)."""
    lemma = verb.lemma_.lower()
    frames = lang.repeating_verbs
    if lemma in frames:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in frames for c in verb.children)


def _opens_frame(noun: Any) -> bool:
    """Whether the noun's phrase opens its sentence ("In Lee's own words: “…”", "Lee's
    promise: “…”"): nothing of the sentence before it says whose the words are."""
    phrase = noun.head if noun.dep_ == "pobj" and noun.head is not noun else noun
    left = phrase.left_edge.i
    start = noun.sent.start
    return all(t.is_space or t.is_punct for t in noun.doc[start:left])


def _cue_after(ctx: ArticleContext, site: QuoteSite, noun: Any) -> bool:
    """Whether a reporting verb after the quote, in the noun's sentence, frames it ("“…,”
    Tan said")."""
    last = ctx.token_at(max(site.end - 1, site.start))
    if last is None:
        return False
    for tok in noun.doc[last + 1 : noun.sent.end]:
        if ctx.in_quote[tok.i] or tok.is_punct or tok.is_space:
            continue
        return tok.pos_ in ("VERB", "AUX", "PROPN", "PRON", "NOUN") and any(
            ctx.is_reporting(t) for t in noun.doc[tok.i : min(tok.i + 6, noun.sent.end)]
        )
    return False


def _answered_noun(ctx: ArticleContext, noun: Any) -> bool:
    """:func:`_answered` for a noun cue, "that" right after it opening its own content."""
    after = ctx.doc[noun.i + 1] if noun.i + 1 < len(ctx.doc) else None
    content = after is not None and after.lower_ in ctx.lang.optional_complementizers
    return _answered(ctx.lang, noun, content=content)


def _answered(lang: Any, noun: Any, *, content: bool) -> bool:
    """Whether the speech noun is what the sentence's subject answers or speaks of
    (``answering_frames``: "Tan answered Lee's question: “…”", "responded to Lee's statement:
    “…”", "said of Lee's promise that “…”"): the quote is then the subject's answer.  A
    direct object followed by "that" keeps the noun's own content ("dismissed Lee's claim
    that “…”").  O(1)."""
    frames = lang.answering_frames
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in frames:
        return not content
    if noun.dep_ == "pobj" and head is not noun:
        governor = head.head
        return f"{governor.lemma_.lower()} {head.lower_}" in frames
    return False


def by_parse(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> Found | None:
    """The best (mention, cue) in the window.

    Candidates are ranked by whether the cue governs the quote in the parse (the quote is
    its complement), then by how person-like the subject is, then by distance.
    """
    candidates = cue_candidates(ctx, site, toks)
    if not candidates:
        return colon_subject(ctx, site, toks)
    best = max(candidates, key=lambda c: c[0])
    return best[1], best[2], best[3], best[4]


def agent(ctx: ArticleContext, verb: Any) -> Any | None:
    """The agent of a passive verb ("asked by Reyes" → Reyes), outside quotes; or the one
    the parser hung on the quoted words right before it (:func:`_agent_after_quote`)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and not ctx.in_quote[obj.i]:
                    return obj
    return _agent_after_quote(ctx, verb)


_COMMENT_SET_OFF = frozenset(",(—–-")
"""What stands before a comment clause's opener: a comma, a bracket or a dash."""
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})
_NOT_SPEAKING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})
_MAX_COMMENT_SUBJECT = 6
"""Words of the noun phrase between a comment clause's opener and its verb."""


def comment_clause_subject(ctx: ArticleContext, verb: Any) -> Any | None:
    """The speaker of a comment clause set off in a sentence: an opener
    (``comment_clause_openers``) after a comma, a bracket or a dash, a short noun phrase, the
    reporting verb (perhaps after an auxiliary or an adverb: ", as Lee has said", ", as one
    aide once put it,"): the noun phrase's last word, whatever the parser made of it (it may
    read the main clause's subject as the verb's, or the phrase as a preposition's object).
    None otherwise.  O(phrase)."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("AUX", "ADV", "SPACE") and not ctx.in_quote[j]:
        j -= 1
    last = j
    while (
        j >= 0
        and last - j < _MAX_COMMENT_SUBJECT
        and not ctx.in_quote[j]
        and doc[j].lower_ not in ctx.lang.comment_clause_openers
        and (doc[j].pos_ in _NOUN_PHRASE_POS or doc[j].text in ("’", "'"))
    ):
        j -= 1
    if j < 1 or j == last or doc[j].lower_ not in ctx.lang.comment_clause_openers:
        return None
    before = doc[j - 1]
    if not (before.text in _COMMENT_SET_OFF or (ctx.in_quote[j - 1] and before.is_quote)):
        return None  # "…, as Lee put it" or "“…,” as Lee suggested"
    head = doc[last]
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.ent_type_ in _NOT_SPEAKING_ENTS:
        return None
    return titled_name(ctx, head)


_MAX_COMMENT_GAP = 3
"""Words between a comment clause's comma and the quote it comments on (", as Lee put it, a
“…”")."""


def _next_to_comment(ctx: ArticleContext, site: QuoteSite, verb: Any) -> bool:
    """Whether the quote at ``site`` opens right after the comment clause of ``verb``: its
    opening mark after the clause's comma and at most ``_MAX_COMMENT_GAP`` words (", as Lee
    put it, a “backroom deal”").  Not a quote before the clause: "Reyes said the toll was
    “fair,” as Lee said last week" is Reyes's words, which Lee had said too.  O(clause)."""
    doc = ctx.doc
    k = verb.i + 1
    while k < len(doc) and not ctx.in_quote[k] and not doc[k].is_punct:
        k += 1  # "put it"
    if k >= len(doc) or doc[k].text != ",":
        return False
    words = 0
    for n in range(k + 1, min(len(doc), k + 2 + 2 * _MAX_COMMENT_GAP)):
        if ctx.in_quote[n]:
            return bool(site.start <= doc[n].idx < site.end)
        if doc[n].is_punct or doc[n].pos_ in ("VERB", "AUX"):
            return False
        words += not doc[n].is_space
        if words > _MAX_COMMENT_GAP:
            return False
    return False


def _has_auxiliary(verb: Any) -> bool:
    """Whether the parse gives ``verb`` an auxiliary ("has called", "was called")."""
    return any(c.dep_ in _AUXILIARY_DEPS for c in verb.children)


_AUXILIARY_DEPS = frozenset({"aux", "auxpass", "aux:pass"})


def _agent_after_quote(ctx: ArticleContext, verb: Any) -> Any | None:
    """A participle's agent that the parser read as a preposition of the quoted words
    before it ("has been called “strategic ambiguity” by Tom Reyes", "labelled as a “reckless
    gamble” by fishermen": "by" hangs from "ambiguity", "gamble"): the object of an agent
    preposition (``agent_prepositions``) standing right after a closing mark, whose phrase
    hangs from a quoted word in the participle's phrase.  Only for a past participle
    (``VBN``); the first such preposition of the participle's sentence.  O(sentence)."""
    if verb.tag_ != "VBN":
        return None
    doc = ctx.doc
    for j in range(verb.i + 1, verb.sent.end):
        tok = doc[j]
        if ctx.in_quote[j] or tok.lower_ not in ctx.lang.agent_prepositions:
            continue
        k = j - 1
        while k > verb.i and doc[k].is_space:
            k -= 1
        if not ctx.in_quote[k] or not ctx.in_quote[tok.head.i] or not is_ancestor(verb, tok):
            continue
        for obj in tok.children:
            if obj.dep_ == "pobj" and not ctx.in_quote[obj.i]:
                return obj
        return None
    return None


def quote_heads(ctx: ArticleContext, site: QuoteSite) -> list[Any]:
    """Tokens outside the quote that quote tokens hang from (where the quote attaches)."""
    heads = []
    for tok in ctx.doc.char_span(site.start, site.end, alignment_mode="expand") or ():
        if tok.head.i != tok.i and not (site.start <= tok.head.idx < site.end):
            heads.append(tok.head)
    return heads


def is_ancestor(verb: Any, tok: Any) -> bool:
    """Whether ``verb`` is ``tok`` or one of its first six heads."""
    node = tok
    for _ in range(6):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def colon_subject(ctx: ArticleContext, site: QuoteSite, toks: list[Any]) -> Found | None:
    """``The statement reads: “…”``: the subject of the clause that ends with the colon."""
    i = site.start - 1
    while i >= 0 and ctx.view[i].isspace():
        i -= 1
    if i < 0 or ctx.view[i] != ":":
        return None
    before = [t for t in toks if t.idx < i and not ctx.in_quote[t.i]]
    for tok in reversed(before):
        if tok.dep_ in SUBJECT_DEPS and personhood(ctx, tok) >= 1:
            reporter = _reporter_of(ctx, tok)
            if reporter is None:
                return None  # "…, said Reyes was a leader: “…”": someone says it of Reyes
            return mention(ctx, reporter), reporter.head, AttributionRule.COLON_SUBJECT, 0.6
    if before and before[-1].ent_type_ == "PERSON":
        # "… - Jane Q. Public: “…”": a name right before the colon.
        return mention(ctx, before[-1]), None, AttributionRule.COLON_SUBJECT, 0.6
    return None


_REPORTED_CLAUSE_DEPTH = 3
"""Clauses climbed from a reported clause's subject to the reporting verb it is said by."""


def _reporter_of(ctx: ArticleContext, subj: Any) -> Any | None:
    """The subject of the reporting verb whose reported clause ``subj`` is the subject of
    ("Lee said Reyes was a leader: “…”": Lee, not Reyes, whom Lee's words are about),
    climbing complement clauses; None when that verb has no person-like subject of its own
    outside quote marks (the parser hung it elsewhere: the one reported on still does not
    speak); ``subj`` itself when no reporting verb says its clause.  O(depth · children)."""
    node = subj.head
    if ctx.is_reporting(node):
        return subj  # "Reyes said of the plan: “…”": the subject of the reporting verb itself
    for _ in range(_REPORTED_CLAUSE_DEPTH):
        if node.dep_ != "ccomp" or node.head.i == node.i:
            break
        node = node.head
        if ctx.is_reporting(node) and node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if (
                    child.dep_ in SUBJECT_DEPS
                    and not ctx.in_quote[child.i]
                    and personhood(ctx, child) >= 1
                ):
                    return titled_name(ctx, child)
            return None
    return subj


def subject(ctx: ArticleContext, verb: Any) -> Any | None:
    """The speaker token of a reporting verb or noun: its subject (climbing up to four heads),
    a noun's possessor, or the person named right before a subjectless verb.  A relative
    pronoun subject gives the noun it stands for ("the senator, who said")."""
    if verb.pos_ == "NOUN":  # "Trump's claim that “…”": the possessor made the claim
        for child in verb.children:
            if child.dep_ == "poss" and not ctx.in_quote[child.i] and personhood(ctx, child):
                return child
        source = speech_source(ctx, verb)
        if source is not None:  # "That quote from Tom Reyes", "a report by the Gazette"
            return source
    inverted = inverted_after_comma(ctx, verb)
    if inverted is not None:
        return inverted
    found = _climbed_subject(ctx, verb)
    if found is not None:
        child, node = found
        if _relative(ctx, child, node):
            return node.head
        if node.i == verb.i:
            child = _parenthetical_speaker(ctx, child, verb) or child
        return titled_name(ctx, child)
    return person_left_of(ctx, verb) or person_right_of(ctx, verb) or shown_by(ctx, verb)


def speech_source(ctx: ArticleContext, noun: Any) -> Any | None:
    """Who said what a noun of speech names, by a preposition after it
    (``speech_source_prepositions``: "That quote from Tom Reyes appeared …", "a report by the
    Gazette that “…”"): the preposition's object outside quote marks when it can speak (a
    person, a role, an organisation: not "a statement from the podium"), or None.
    O(children)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ctx.lang.speech_source_prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and not ctx.in_quote[obj.i] and personhood(ctx, obj) >= 1:
                return titled_name(ctx, obj)
    return None


def _after_closing_quote(ctx: ArticleContext, verb: Any) -> bool:
    """Whether ``verb`` stands right after a quote (only spaces and a comma between): the
    inversion "“…,” said Lee", "“…,” read one banner".  O(1) but for the spaces skipped."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text == ","):
        j -= 1
    return j >= 0 and bool(ctx.in_quote[j] or doc[j].is_quote)


def shown_by(ctx: ArticleContext, verb: Any) -> Any | None:
    """The written thing a quote opening the sentence is shown by, named right after a verb of
    showing (``showing_verbs``: "“Welcome, sailors,” read one banner over the gate", "“Sunk!”
    blared the front page"), which the parser reads as the verb's object or subject: that
    noun.  Only when a closing quote (and a comma) stands right before the verb, the quote's
    words hang from it and the verb has no subject of its own outside the quote.  O(children)."""
    if verb.lemma_.lower() not in ctx.lang.showing_verbs or verb.pos_ != "VERB":
        return None
    if not _after_closing_quote(ctx, verb):
        return None
    kids = list(verb.children)
    if not any(ctx.in_quote[c.i] and c.i < verb.i and not c.is_punct for c in kids):
        return None  # the quote does not hang from the verb ("said “no”, ran the numbers")
    if any(c.dep_ in SUBJECT_DEPS and not ctx.in_quote[c.i] and c.i < verb.i for c in kids):
        return None
    after = [
        c
        for c in kids
        if c.i > verb.i and not ctx.in_quote[c.i] and c.dep_ in SUBJECT_DEPS | {"dobj", "obj"}
    ]
    return after[0] if after else None


def _same(tok: Any | None, other: Any) -> bool:
    """Whether ``tok`` is the token ``other`` (spaCy makes a new object per access)."""
    return tok is not None and tok.i == other.i


def _parenthetical_speaker(ctx: ArticleContext, subj: Any, verb: Any) -> Any | None:
    """The speaker of a reporting clause set inside the sentence it reports, which the parser
    read as ``subj`` and its apposition ("Ann Lee, Tom Reyes said, “will not resign”"), or
    of one closing a fragment with a second name ("Or maybe Ann Lee, Tom Reyes says."): the
    apposition (:func:`mentions.parenthetical_reporter`, :func:`_named_reporter`), or None."""
    for c in subj.children:
        if c.dep_ == "appos" and (
            _same(parenthetical_reporter(ctx, c), verb) or _named_reporter(subj, c, verb)
        ):
            return c
    return None


def _named_reporter(subj: Any, appos: Any, verb: Any) -> bool:
    """Whether the apposition ``appos`` the parser gave the name ``subj`` is a second person's
    name right before the reporting verb, with no comma between ("Or maybe Ann Lee, harbour
    consultant Tom Reyes says."): one person's name does not describe another's, so the
    second name says the words before it.  Not a role ("Ann Lee, a harbour consultant
    says": the role may describe Lee).  O(1)."""
    return bool(
        appos.right_edge.i + 1 == verb.i
        and appos.pos_ == "PROPN"
        and subj.pos_ == "PROPN"
        and appos.ent_type_ == "PERSON"
        and subj.ent_type_ == "PERSON"
    )


_NAME_AS_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "pobj"})
"""Dependencies that make a name after a reporting verb its object or a preposition's, not
its inverted subject (features._OBJECT_DEPS, for the ranker, counts a predicate's complement
instead of a preposition's object)."""


def inverted_after_comma(ctx: ArticleContext, verb: Any) -> Any | None:
    """The person named right after a reporting verb that a comma sets off from the words
    before it, outside quote marks (an inverted reporting clause: "The plan to “…” appeals
    to fishermen, said Tom Reyes, a historian …", "Any “…” reading, said Tom Reyes, would
    …"): the name, and then a punctuation mark or a preposition, is the verb's subject,
    whatever the parser made of the fronted words (it may give the verb their noun as a
    first subject, or hang the name from the verb after it).  Not after a verb whose object
    is a listener or the person described (", told Lee", ", praised Lee": the language's
    ``reporting_verb_objects``), nor a name the parser reads as an object.  Not when the
    comma closes the verb's own subject's apposition or relative clause: a subject of the
    verb before the comma that is a person, a role or an organisation says it ("The mayor,
    Ann Lee, said Tom Reyes, …, was wrong"), and with no subject before the comma a name
    that is the subject of the verb's complement clause is reported on, not reporting.  The
    last word of the name (its head), or None.  O(name length + the verb's children)."""
    doc = ctx.doc
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ctx.lang.reporting_verb_objects:
        return None
    j = verb.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != "," or ctx.in_quote[j]:
        return None
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not ctx.in_quote[end]:
        end += 1
    if end == verb.i + 1 or end >= len(doc):
        return None
    after = doc[end]
    if not (after.is_punct or after.pos_ == "ADP") or ctx.in_quote[end]:
        return None
    name = doc[end - 1]
    if name.dep_ in _NAME_AS_OBJECT_DEPS or personhood(ctx, name) < 2:
        return None
    fronted = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < j]
    if any(personhood(ctx, c) >= 1 for c in fronted):
        return None  # "The mayor, Ann Lee, said Tom Reyes, …, was wrong": the mayor said it
    if not fronted and name.dep_ in SUBJECT_DEPS and name.head.dep_ == "ccomp":
        return None  # "…, said Tom Reyes was wrong" with no subject left: Reyes is reported on
    return name


def relative_subject(ctx: ArticleContext, verb: Any) -> Any | None:
    """The relative pronoun that is the subject of ``verb`` (climbing as :func:`subject`
    does) and stands for the noun :func:`subject` returns ("the senator, who said"), or
    None.  The article's words for the speaker are then the pronoun."""
    if verb.pos_ == "NOUN" and any(c.dep_ == "poss" for c in verb.children):
        return None
    found = _climbed_subject(ctx, verb)
    if found is not None and _relative(ctx, *found):
        return found[0]
    return None


def _relative(ctx: ArticleContext, child: Any, node: Any) -> bool:
    return bool(child.lower_ in ctx.lang.relative_pronouns and node.dep_ == "relcl")


def _climbed_subject(ctx: ArticleContext, verb: Any) -> tuple[Any, Any] | None:
    """The first subject outside quote marks of ``verb`` or of one of its first three heads
    it climbs to (``CLIMB_DEPS``), with the word it is the subject of.  A participle set off
    by a comma that the parser hung from a restrictive relative clause climbs from the
    clause the relative clause's noun stands in (:func:`_past_restrictive_clause`)."""
    node = _past_restrictive_clause(ctx, verb) or verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not ctx.in_quote[c.i]]
        if subjects:
            return _uncut_subject(ctx, subjects, node), node
        controller = controlling_object(ctx, node)
        if controller is not None:
            return controller, node.head
        if node.dep_ in CLIMB_DEPS and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _uncut_subject(ctx: ArticleContext, subjects: list[Any], node: Any) -> Any:
    """The first of ``node``'s subjects outside quote marks, unless a quote stands between it
    and ``node`` and a later subject, no pronoun, does not: then the nearest such later one.
    A heading before a colon that the parser hung from the verb after the quote ("The claim:
    “…,” Carl Ostrander said", a fact-check's label) is no subject where a name stands between
    the quote and the verb; a pronoun there ("Ann Lee: “…,” she said") stands for the name
    before, which stays.  O(tokens between)."""
    first = subjects[0]

    def cut(tok: Any) -> bool:
        lo, hi = sorted((tok.i, node.i))
        return any(ctx.in_quote[k] for k in range(lo + 1, hi))

    if len(subjects) == 1 or not cut(first):
        return first
    uncut = [c for c in subjects[1:] if not cut(c) and c.lower_ not in ctx.lang.pronouns]
    return min(uncut, key=lambda c: abs(c.i - node.i)) if uncut else first


def _past_restrictive_clause(ctx: ArticleContext, verb: Any) -> Any | None:
    """Where a participle set off by a comma ("…, saying “…”") with no subject of its own
    reads its subject from, when the parser hung it from a restrictive relative clause (no
    comma before the relative pronoun: "Lee refused to pay a builder who said he was
    cheated, saying “…”"): the word governing that clause's noun, so the participle speaks
    for the clause the noun stands in (Lee), not for the noun.  None otherwise (a relative
    clause set off by commas may own the participle: "Lee met Reyes, who spoke, saying …").
    O(children)."""
    rel_verb = verb.head
    if (
        verb.dep_ != "advcl"
        or rel_verb.dep_ != "relcl"
        or verb.i == 0
        or not verb.doc[verb.i - 1].is_punct
        or not set(verb.morph.get("VerbForm")) & {"Part", "Ger"}
        or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
    ):
        return None
    rel = next((c for c in rel_verb.children if c.dep_ in SUBJECT_DEPS), None)
    if rel is None or rel.lower_ not in ctx.lang.relative_pronouns or rel.i == 0:
        return None
    if verb.doc[rel.i - 1].is_punct:
        return None  # "Reyes, who …": set off by commas, it may own the participle
    noun = rel_verb.head
    return noun.head if noun.head.i != noun.i else None


def publisher(ctx: ArticleContext, subj: Any) -> Any | None:
    """Who put out the piece a relative pronoun stands for ("the Gazette ran a piece that
    noted “…”", "Lee released a statement that accused …"): the subject of the verb whose
    object the piece is, when the piece itself is no person; or None."""
    if subj.lower_ not in ctx.lang.relative_pronouns or subj.head.dep_ != "relcl":
        return None
    piece = subj.head.head
    if piece.pos_ != "NOUN" or personhood(ctx, piece) >= 2 or piece.dep_ not in ("dobj", "obj"):
        return None
    if not _publishes(ctx, piece.head):
        return None  # "Lee rejected a report that warned “…”": the report's author warned
    found = _climbed_subject(ctx, piece.head)
    if found is None or ctx.in_quote[found[0].i]:
        return None
    return found[0]


def _publishes(ctx: ArticleContext, verb: Any) -> bool:
    """Whether ``verb`` puts out a piece (``publishing_verbs``: "ran", "issued", "put out"),
    by its lemma or, for a phrasal verb, its lemma and particle."""
    known = ctx.lang.publishing_verbs
    lemma = verb.lemma_.lower()
    if lemma in known or verb.lower_ in known:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in known for c in verb.children)


def _says_by_relative(ctx: ArticleContext, noun: Any) -> bool:
    """Whether a reporting noun says nothing itself but is the subject of a reporting verb by a
    relative pronoun ("rejected a report that warned “…”"): that verb, whose subject is the
    noun, is the cue (the noun's own subject would be whoever rejected it)."""
    if noun.pos_ != "NOUN":
        return False
    for child in noun.children:
        if child.dep_ == "relcl" and ctx.is_reporting(child):
            rel = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
            if rel and rel[0].lower_ in ctx.lang.relative_pronouns:
                return True
    return False


def _through_relative_cue(ctx: ArticleContext, verb: Any, heads: list[Any]) -> bool:
    """Whether ``verb`` governs the quote only through a relative clause on its own object or
    subject whose reporting verb frames it ("Reyes mocked a report that claimed “…”", "Lee
    thanked Reyes, who said “…”": the quote is what the report claimed and what Reyes said;
    "mocked" and "thanked" are about that, not its frame; "said Reyes, who added that … “…”":
    "added" frames it, its subject "who").  Not through the object of a verb of telling or
    answering (``addressee_content_verbs``): that object is the listener and the quote the
    verb's own content ("Lee told a reporter who asked about the ferry “…”", "Lee assured a
    farmer who said … that help was “…”": Lee's words).  O(quote heads × 6)."""
    object_deps = () if verb.lemma_.lower() in ctx.lang.addressee_content_verbs else ("dobj", "obj")
    for node in heads:
        inner = False
        for _ in range(6):
            if node.i == verb.i:
                if inner:
                    return True
                break
            if (
                node.dep_ == "relcl"
                and (node.head.dep_ in object_deps or node.head.dep_ in SUBJECT_DEPS)
                and node.head.head.i == verb.i
                and ctx.is_reporting(node)
                and subject(ctx, node) is not None
            ):
                inner = True
            if node.head.i == node.i:
                break
            node = node.head
    return False


def _speaks_for(ctx: ArticleContext, subj: Any, verb: Any, relative: Any | None) -> bool:
    """Whether ``subj`` is the one who does what ``verb`` says by the parse itself: its own
    subject, the object of a verb of causing it completes ("led the council to declare"), or
    the noun its relative pronoun subject stands for ("a report that warned")."""
    if subj.head.i == verb.i or (relative is not None and relative.head.head.i == subj.i):
        return True
    controller = controlling_object(ctx, verb)
    return controller is not None and controller.i == subj.i


def controlling_object(ctx: ArticleContext, node: Any) -> Any | None:
    """The object of a verb of causing whose complement ``node`` is ("the vote prompted Lee
    to say", "the win led her to declare"), or of a verb of perceiving (:func:`perceived`):
    the one who does what the complement says, or None."""
    if node.dep_ != "xcomp" or node.head.lemma_.lower() not in ctx.lang.object_control_verbs:
        return perceived(ctx, node)
    for child in node.head.children:
        if child.dep_ in ("dobj", "obj") and not ctx.in_quote[child.i]:
            return child
    return None


_PERCEIVED_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
_PERCEIVED_TAGS = frozenset({"VB", "VBG"})


def perceived(ctx: ArticleContext, node: Any) -> Any | None:
    """The object of a verb of perceiving (``perception_verbs``) that ``node``, a bare verb or
    a participle right after that object, says what it does ("Voters watched Lee tell the
    crowd “…”", "Neighbours overheard Reyes saying “…”", however the parser hangs the verb):
    the object speaks, the subject only heard or saw it.  Not after a comma ("Lee watched
    Reyes, saying “…”": the subject's participle).  O(children)."""
    head = node.head
    if (
        node.dep_ not in _PERCEIVED_DEPS
        or node.tag_ not in _PERCEIVED_TAGS
        or head.i == node.i
        or head.lemma_.lower() not in ctx.lang.perception_verbs
    ):
        return None
    for child in head.children:
        if (
            child.dep_ in ("dobj", "obj")
            and child.right_edge.i + 1 == node.i
            and not ctx.in_quote[child.i]
        ):
            return child
    return None


def titled_name(ctx: ArticleContext, tok: Any) -> Any:
    """The name a lone title stands before ("Mr." parsed as the subject of "Mr. Kim …"): the
    last proper noun after it; ``tok`` itself otherwise.  O(name length)."""
    if tok.lower_.rstrip(".") not in ctx.lang.title_words:
        return tok
    doc = ctx.doc
    k = tok.i
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and not ctx.in_quote[k + 1]:
        k += 1
    return doc[k]


def person_left_of(ctx: ArticleContext, verb: Any) -> Any | None:
    """The nearest person-like word before a subjectless cue in its sentence.

    Parsers sometimes attach "her adviser, Tom Hale, said:" without a subject; the person
    named right before the verb is then the speaker.
    """
    sent = verb.sent
    for j in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
        tok = ctx.doc[j]
        if ctx.in_quote[j] or tok.text in (":", ";", ".", "“", '"'):
            return None
        # a word inside a name ("Mr." of "Mr. Trump's") stands in the role of the name's head
        node = tok.head if tok.dep_ in ("compound", "flat", "flat:name") else tok
        if node.dep_ == "relcl" or _relative(ctx, node, node.head):
            continue  # "Rook, who chairs the board, said": the noun it stands for, further left
        if personhood(ctx, node) >= 2 and (
            node.dep_ not in ("pobj", "dobj", "poss") or _dated_name(node)
        ):
            return titled_name(ctx, node)
    return None


def _dated_name(tok: Any) -> bool:
    """Whether ``tok`` is a name the parser glued to a date before it and so read as the
    object of the date's preposition ("On Tuesday Ines Rook, …, said": "Rook" the object of
    "On", "Tuesday" a word of the name); the name is then the subject it stands in for."""
    return tok.dep_ == "pobj" and any(glued_date(c) and c.i < tok.i for c in tok.children)


_INVERSION_REACH = 8
"""Tokens after an inverted cue ("“…,” said …") searched for the person named."""


def person_right_of(ctx: ArticleContext, verb: Any) -> Any | None:
    """The person named right after a subjectless cue that follows a quote ("“…,” said
    Skelly, explaining …"): the parser sometimes attaches the inverted subject as an adverb
    or object.  Only after a closing mark (the inversion), within a few tokens and before
    any other punctuation; the last word of the name is returned (its head)."""
    doc = ctx.doc
    if not _after_closing_quote(ctx, verb):
        return None
    for k in range(verb.i + 1, min(len(doc), verb.i + 1 + _INVERSION_REACH)):
        tok = doc[k]
        if ctx.in_quote[k] or tok.is_punct or tok.sent.start != verb.sent.start:
            return None
        if personhood(ctx, tok) >= 2:
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and not ctx.in_quote[k + 1]:
                k += 1
            return doc[k]
    return None


def object_after(ctx: ArticleContext, i: int) -> Any | None:
    """The object of the preposition ending "according to" at token ``i``."""
    doc = ctx.doc
    tok = doc[i]
    for child in tok.children:
        if child.dep_ in ("pobj", "obj", "nmod") and not ctx.in_quote[child.i]:
            return child
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.pos_ in ("PROPN", "NOUN", "DET", "PRON") and not ctx.in_quote[nxt.i]:
            head = nxt
            while head.head.i != head.i and head.head.i > i and head.dep_ in NAME_DEPS:
                head = head.head
            return head
    return None


def trailing_frame(ctx: ArticleContext, sent: Any) -> Any | None:
    """The person subject of a reporting verb among the last words of ``sent`` ("…, the
    senator said.", "…, said Lee.")."""
    words = [t for t in sent if not t.is_punct][-4:]
    for tok in words:
        if tok.lemma_.lower() in ctx.lang.reporting_verbs and tok.pos_ in ("VERB", "AUX"):
            subj = subject(ctx, tok)
            if subj is not None and personhood(ctx, subj) >= 1 and subj.i >= words[0].i:
                return subj
    return None


def clause_subjects(ctx: ArticleContext, site: QuoteSite) -> list[tuple[Any, bool]]:
    """Subjects of the clauses a quote stands in, with no reporting verb needed ("The ad
    targets a “…”"): the subject of the nearest verb each quote head hangs from (flagged
    True), and the subject of the sentence's root.  Any kind of noun: the ranker weighs how
    person-like it is."""
    out: list[tuple[Any, bool]] = []
    seen: set[int] = set()

    def subject_of(verb: Any) -> Any | None:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and not ctx.in_quote[child.i]:
                return child
        return None

    for head in quote_heads(ctx, site):
        node = head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX"):
                break
            if node.head.i == node.i:
                break
            node = node.head
        subj = subject_of(node) if node.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i not in seen:
            seen.add(subj.i)
            out.append((subj, True))
    first = ctx.token_at(site.start)
    if first is not None:
        root = ctx.doc[first].sent.root
        subj = subject_of(root) if not ctx.in_quote[root.i] else None
        if subj is not None and subj.i not in seen:
            out.append((subj, False))
    return out


def passive_agents(ctx: ArticleContext, site: QuoteSite) -> list[Any]:
    """The agents of the passive verbs a quote's words hang from ("the plan, called “a tax on
    boats” by the mayor", "seen by the board as a “lifeboat”"): who did the calling.  The
    nearest verb each quote head hangs from (at most three heads up), its agent outside
    quote marks, unless the quote stands in the agent's own phrase ("startled by Lee's
    “reckless” plan": the plan startles, it says nothing).  O(quote heads)."""
    out: list[Any] = []
    heads = quote_heads(ctx, site)
    for head in heads:
        node = head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        found = agent(ctx, node) if node.pos_ in ("VERB", "AUX") else None
        if (
            found is not None
            and all(found.i != t.i for t in out)
            and not any(is_ancestor(found, h) for h in heads)
        ):
            out.append(found)
    return out


_QUANTITY_ENTS = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})


def quantity(tok: Any) -> bool:
    """Whether ``tok`` heads a count of people ("75 percent of Republicans", "six in 10",
    "31%"): a number or percentage, by entity type or part of speech."""
    return tok.ent_type_ in _QUANTITY_ENTS or tok.like_num or tok.pos_ == "NUM"


def survey_nouns(ctx: ArticleContext, site: QuoteSite) -> list[Any]:
    """Survey nouns ("poll", "survey") outside quote marks in the sentence the quote opens
    in, when a reporting verb there has a count of people as its subject ("In a CNN poll, 75
    percent of voters said “…”"): the survey reports the answer.  O(sentence)."""
    first = ctx.token_at(site.start)
    if first is None or not ctx.lang.survey_nouns:
        return []
    sent = ctx.doc[first].sent
    counted = any(
        not ctx.in_quote[t.i]
        and t.dep_ in SUBJECT_DEPS
        and quantity(t)
        and ctx.is_reporting(t.head)
        for t in sent
    )
    if not counted:
        return []
    return [
        t
        for t in sent
        if not ctx.in_quote[t.i]
        and t.pos_ in ("NOUN", "PROPN")
        and t.lemma_.lower() in ctx.lang.survey_nouns
    ]
