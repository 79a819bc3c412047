"""Resolution: from a mention ("Lee", "the mayor", "he") to one person of the article.

Names go to the registry (a shorter name joins the longer one it is part of; a bare surname
shared with a relative the article introduces as one, "her son, Declan Penrose", stays with
the other person: :func:`surname_holder`; so does a surname the article uses before it
introduces the relative); a role noun to
the person its descriptors fit, unless an indefinite determiner introduces it ("a reporter":
no one named); a role with an owner ("the mayor's spokesman", "his wife") only to a person
the article describes by that role who is not the owner nor described as another owner's
("Governor's spokesman Tom Reyes"), else to no one; a pronoun to the
person named earlier in its sentence, else ("he", "she") the one person the sentence before
names as a subject, else no one when the sentence before introduces its subject by role,
unnamed ("A reporter asked …. “…,” he asked."), else the one whose words the sentence
before in its paragraph reports ("Tveit said the crew held on. “…,” he said."), else, when
no one spoke earlier in the pronoun's paragraph, the subject of the sentence before whom that
paragraph names in full (of no known gender too), else — when the latest speaker is not one
the article gives the pronoun's gender — the person named last in the pronoun's paragraph whom
it gives that gender, else the latest speaker, else the one person the sentence before names
as a subject when the article gives them no gender, else the latest
person named, else (article openings) the next named speaker; a generic pronoun ("you",
``generic_pronouns``) and the first person to no one.  Each lookup is O(entities) or O(quotes).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any

from quotecheck.extract.attribution.compounds import expand_descriptors
from quotecheck.extract.attribution.context import (
    POSSESSIVE,
    SUBJECT_DEPS,
    ArticleContext,
    QuoteSite,
)
from quotecheck.extract.attribution.gender import agrees, pronoun_gender
from quotecheck.extract.attribution.mentions import (
    Mention,
    clean_name,
    descriptors_before,
    kin_named,
    owner_before,
    parenthetical_reporter,
    personhood,
)
from quotecheck.extract.attribution.mentions import (
    mention as phrase_of,
)
from quotecheck.extract.speakers import Person, descriptor_words, name_tokens
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import BLANK_LINE, SENTENCE_OPENERS, WORD, opens_sentence_in

NextSpeaker = Callable[[QuoteSite], str | None]
"""The first named speaker of a quote after the given one (cataphora), or None."""


def collect_names(ctx: ArticleContext) -> None:
    """Register every person the article names (NER PERSON outside quotes), in text order."""
    found: list[tuple[int, str, set[str], str, tuple[str, str] | None, list[str], int]] = []
    for doc, ents in ((ctx.doc, ctx.ents), (ctx.name_doc, ctx.name_ents)):
        for ent in ents:
            if ent.label_ == "PERSON" and (doc is not ctx.doc or not ctx.in_quote[ent.start]):
                name = clean_name(ctx, ent)
                if name:
                    found.append(
                        (
                            ent.start_char,
                            name,
                            descriptors_before(ctx, doc, ent.start),
                            owner_before(ctx, doc, ent.start),
                            kin_named(ctx, doc, ent.start, ent.end),
                            [doc[j].text for j in range(max(0, ent.start - 2), ent.start + 1)],
                            ent.start_char if doc is ctx.doc else -1,
                        )
                    )
    for _, name, descriptors, owner, kin, title, at in sorted(found, key=lambda f: f[0]):
        known = ctx.registry.find(name)
        if known is not None and known.relative and not kin:
            holder = surname_holder(ctx, known, name, title_gender(ctx.lang, title), at)
            if holder is not known:
                name = holder.canonical  # "Ms. Marwick" after "her daughter, Annelie Marwick"
        person = ctx.registry.add(name, descriptors)
        if kin and len(name_tokens(name)) >= 2:
            person.relative, person.relative_of = kin
        if owner:
            ctx.role_owners.append((person, owner))


def resolve(
    ctx: ArticleContext, mention: Mention, site: QuoteSite, next_speaker: NextSpeaker
) -> str | None:
    """The canonical person ``mention`` stands for at ``site``, or None."""
    reg, lang = ctx.registry, ctx.lang
    if mention.name and mention.kind == "organisation":
        known = reg.find(mention.name)
        if known is not None:
            # NER took a surname for an organisation (a relative's surname: whose it is)
            return _holder_of(ctx, known, mention).canonical
    if mention.name and mention.kind == "name":
        descriptors = expand_descriptors(
            descriptor_words(mention.text.replace(mention.name, " "), lang.stopwords), lang
        )
        known = reg.find(mention.name)
        if known is not None:
            holder = _holder_of(ctx, known, mention)
            if holder is not known:
                return reg.add(holder.canonical, descriptors).canonical
        return reg.add(mention.name, descriptors).canonical
    if mention.kind == "organisation":
        return mention.name or mention.text
    head = _head_token(ctx, mention) if mention.kind == "role" else None
    if mention.kind == "role" and _introduced(lang, mention, head):
        # "a reporter who asked “…”", "another senator said": someone the article introduces
        # here, unnamed, not a person it named (nor the subject of the same clause); but
        # "Lee, a senator who said", "Lee is a senator who said": the role describes the
        # name it is an apposition to or the complement of
        return _described_name(ctx, head)
    words = expand_descriptors(descriptor_words(mention.text, lang.stopwords), lang)
    role_g = role_gender(ctx, mention) if mention.kind == "role" else None
    owner = _owner_end(ctx, mention, head) if mention.kind == "role" else None
    if owner is not None:
        # "Lee's spokeswoman", "his campaign manager": someone who speaks for the owner, not
        # the owner, nor whoever spoke or was named last; only a person the article
        # describes by this role ("Spokesman Tom Reyes")
        return _owned_role(ctx, mention, site, owner, words, role_g, next_speaker)
    if mention.kind == "role":
        described = reg.by_descriptor(words, head=mention.head_lower)
        if described is not None:
            # "Der Bürgermeister Jonas Eriksen …, sagte die Bürgermeisterin": a role of the
            # other gender than the person it was used for is someone else, named nowhere
            return described.canonical if agrees(ctx.genders, described.canonical, role_g) else None
        earlier = _introduced_before(ctx, mention, head)
        if earlier is not None:
            # "A reporter who covers the port said “…”. “…,” the reporter added.": the one
            # introduced unnamed, or the name that introduction described
            return _described_name(ctx, earlier)
    if mention.kind in ("role", "pronoun"):
        if mention.head_lower in lang.first_person:
            return None
        if mention.kind == "pronoun" and mention.head_lower in lang.generic_pronouns:
            return None  # "when you walk in, you say “…”": anyone, no one in particular
        gender = pronoun_gender(ctx, mention.head_lower) if mention.kind == "pronoun" else role_g
        if mention.kind == "pronoun":
            local = named_earlier_in_sentence(ctx, mention.start, gender)
            if local:
                return local  # "Lee says she would …": the name in the same sentence
            if gender in ("m", "f"):
                before = subject_of_previous_sentence(ctx, mention.start, gender)
                if before:
                    return before  # "Lee was asked about it. “…,” he said.": the topic
                if introduced_unnamed_before(ctx, mention.start, gender):
                    return None  # "A reporter asked about it. “…,” he asked.": no one named
                reported = reporting_subject_before(ctx, mention.start, gender)
                if reported:
                    return reported  # "Lee said the team held. “…,” he said.": Lee
        else:
            just_before = named_in_previous_sentence(ctx, mention.start)
            if just_before and agrees(ctx.genders, just_before, gender):
                return just_before  # "Lee juggled for the crowd. “…,” the clown said."
        gendered = mention.kind == "pronoun" and gender in ("m", "f")
        last = last_spoken(ctx, personal=gendered, gender=gender)
        if gendered and gender is not None and last is not None:
            # "“…,” Varga said. ¶ Mikel Okafor led all scorers. “…,” he said.": the person
            # the pronoun's paragraph introduces as the subject right before it, of no known
            # gender, over an earlier paragraph's speaker
            fresh = _introduced_in_paragraph(ctx, mention.start, gender)
            if fresh:
                return fresh
        if gendered and gender is not None and (last is None or ctx.genders.get(last) != gender):
            # "“…,” Varnum said. ¶ The plan drew fire from Mr. Quibell. “…,” he said.": a
            # person named in the pronoun's paragraph whom the article gives its gender, over
            # an earlier paragraph's speaker it gives none
            nearby = _agreeing_in_paragraph(ctx, mention.start, gender)
            if nearby:
                return nearby
        if last:
            return last
        if gendered and gender is not None:
            # "Rep. Tomás Dunn criticised Sen. Odile Varnum. “…,” he said.": with no speaker
            # yet, the subject of the sentence before, whose gender the article does not
            # give, before the last person named (the object)
            unsure = subject_of_previous_sentence(ctx, mention.start, gender, unknown=True)
            if unsure:
                return unsure
        named_before = last_named_before(ctx, min(mention.start, site.start), gender)
        if named_before:
            return named_before
        later = next_speaker(site)
        if later and agrees(ctx.genders, later, gender):
            return later
    return None


def _holder_of(ctx: ArticleContext, known: Person, mention: Mention) -> Person:
    """Whom a name mention stands for when the registry found ``known``: a relative's
    surname goes to :func:`surname_holder` (with the gender of a title written before it),
    anyone else's is theirs."""
    if not (known.relative and mention.name):
        return known
    titled = mention.text[: mention.text.find(mention.name)].split()
    return surname_holder(ctx, known, mention.name, title_gender(ctx.lang, titled), mention.start)


def _introduced_in_paragraph(ctx: ArticleContext, offset: int, gender: str) -> str | None:
    """The active subject of the sentence before the one at ``offset`` (see
    :func:`subject_of_previous_sentence`, a person of no known gender counting too) when the
    pronoun's paragraph names them in full before it, outside quotes, and no one spoke in
    that paragraph before it: the person a paragraph opens with is the one its "he said"
    goes on with.  None otherwise.  O(entities + tokens of the sentences read)."""
    start = _paragraph_start(ctx, offset)
    if any(start <= at < offset for at, _ in ctx.spoken):
        return None
    subject = subject_of_previous_sentence(ctx, offset, gender, unknown=True)
    if not subject:
        return None
    for ent in ctx.ents:
        if (
            start <= ent.start_char < offset
            and ent.label_ == "PERSON"
            and not ctx.in_quote[ent.start]
            and len(name_tokens(ent.text)) >= 2
            and canonical(ctx, ent) == subject
        ):
            return subject
    return None


def _agreeing_in_paragraph(ctx: ArticleContext, offset: int, gender: str) -> str | None:
    """The person named last before ``offset`` in its paragraph, outside quotes, whom the
    article gives the pronoun's ``gender`` (a title, the pronouns used for them, a first
    name: ``ArticleContext.genders``) — unless someone spoke in that paragraph before it (the
    pronoun may go on with them, as :func:`last_spoken` has it).  None when there is no such
    person.  O(entities + log paragraphs)."""
    start = _paragraph_start(ctx, offset)
    if any(start <= at < offset for at, _ in ctx.spoken):
        return None
    best: tuple[int, str] | None = None
    for doc, ents in ((ctx.doc, ctx.ents), (ctx.name_doc, ctx.name_ents)):
        for ent in ents:
            if not start <= ent.start_char < offset or (
                best is not None and ent.start_char < best[0]
            ):
                continue
            if (doc is ctx.doc and ctx.in_quote[ent.start]) or not _names_person(ctx, ent):
                continue
            name = canonical(ctx, ent)
            if name and ctx.genders.get(name) == gender:
                best = (ent.start_char, name)
    return best[1] if best else None


def _paragraph_start(ctx: ArticleContext, offset: int) -> int:
    """Where the paragraph holding ``offset`` opens in the article's text: after the last
    blank line (:data:`~quotecheck.lang.sentences.BLANK_LINE`) before it.  The breaks are read
    once per article (:attr:`ArticleContext.memo_article`); O(log paragraphs)."""
    breaks: list[int] | None = ctx.memo_article.get("view_breaks")
    if breaks is None:
        breaks = [m.end() for m in BLANK_LINE.finditer(ctx.view)]
        ctx.memo_article["view_breaks"] = breaks
    k = bisect.bisect_right(breaks, offset) - 1
    return breaks[k] if k >= 0 else 0


def _owner_end(ctx: ArticleContext, mention: Mention, head: Any | None) -> int | None:
    """Where the owner of a role noun ends in ``mention``'s text ("the mayor's aide", "his
    campaign manager": after "mayor's", after "his"), or None when nothing owns the role; by
    the parse (a possessive of the role's head inside the mention), else by a possessive
    ending in the text.  O(mention)."""
    if head is not None:
        owners = [
            c for c in head.children if c.dep_ == "poss" and mention.start <= c.idx < mention.end
        ]
        if not owners:
            return None
        end: int = max(t.idx + len(t.text) for o in owners for t in o.subtree)
        return min(end, mention.end) - mention.start
    ends = [mention.text.rfind(p) for p in POSSESSIVE]
    found = [e + 2 for e in ends if e >= 0]
    return max(found) if found else None


def _owned_role(
    ctx: ArticleContext,
    mention: Mention,
    site: QuoteSite,
    owner: int,
    words: set[str],
    gender: str | None,
    next_speaker: NextSpeaker,
) -> str | None:
    """The person the article describes by the role's own word ("Spokesman Tom Reyes" for
    "the mayor's spokesman"), else, at an article's opening where no person was named yet and
    the owner is no person's pronoun, the next named speaker ("The port's deputy director
    criticised …. “…,” Ann Lee said"; "His wife said …" is not the next speaker, most often
    the husband); never the owner, by name ("Fell's son" is not Fell) or by a descriptor the
    owner's words give ("the mayor's spokesman" is not Mayor Ann Lee), and of the role's
    gender, and not a person the article describes as another owner's ("Governor's spokesman
    Tom Reyes" is not "the mayor's spokesman", unless both owners are one person); else None
    (someone the article names nowhere).  O(people + entities)."""
    own_text = mention.text[:owner]
    own = set(name_tokens(own_text))
    own_words = descriptor_words(own_text, ctx.lang.stopwords)
    described = ctx.registry.by_descriptor(words, head=mention.head_lower)
    found = described.canonical if described is not None else None
    if described is None or mention.head_lower not in described.descriptors:
        found = None
        owner_word = own_text.split()[-1:] or [""]
        if last_named_before(ctx, min(mention.start, site.start)) is None and pronoun_gender(
            ctx, owner_word[0]
        ) not in ("m", "f"):
            found = next_speaker(site)
    if found is None or own & set(name_tokens(found)) or not agrees(ctx.genders, found, gender):
        return None
    person = ctx.registry.find(found)
    if person is None:
        return found
    theirs = [o for p, o in ctx.role_owners if p is person]
    their_words = set().union(*(descriptor_words(o, ctx.lang.stopwords) for o in theirs))
    if own_words & (person.descriptors - their_words):
        return None  # "the mayor's spokesman" is not Mayor Ann Lee
    if own_words and theirs and not own_words & their_words:
        # "Governor's spokesman Tom Reyes" is not "the mayor's spokesman", unless both owners
        # are one person ("Governor Ann Cole's spokesman", "Cole's spokesman")
        mine = _owner_person(ctx, own_text, own_words)
        if mine is None or all(_owner_person(ctx, o, set()) is not mine for o in theirs):
            return None
    return found


def _owner_person(ctx: ArticleContext, text: str, words: set[str]) -> Person | None:
    """The person an owner names ("Governor Ann Cole's": Ann Cole) or, by its ``words``,
    describes ("the mayor's": the person described as mayor), or None.  O(people)."""
    named = ctx.registry.find(text)
    if named is not None:
        return named
    words = words or descriptor_words(text, ctx.lang.stopwords)
    return ctx.registry.by_descriptor(words) if words else None


def role_gender(ctx: ArticleContext, mention: Mention) -> str | None:
    """``m``/``f`` for a role noun its article or ending marks (``role_articles``: German "der
    Bürgermeister"; an ending of ``role_noun_endings`` that gives ``f``: "Bürgermeisterin"),
    else None.  O(1)."""
    lang, head = ctx.lang, mention.head_lower
    if lang.role_bases(head, gender="f"):
        return "f"
    words = ctx.view[max(0, mention.start - 40) : mention.start].split()[-1:]
    words += mention.text.split()[:-1]  # the article inside the mention ("die Sprecherin")
    return next(
        (lang.role_articles[w.lower()] for w in words if w.lower() in lang.role_articles), None
    )


def resolve_owner(
    ctx: ArticleContext, mention: Mention, site: QuoteSite, next_speaker: NextSpeaker
) -> str | None:
    """The person the owner of a speech noun stands for ("Lee's promise", "his vow", "the
    mayor's pledge"): as :func:`resolve`, but a role noun only by the descriptors a named
    person carries ("Mayor Ann Lee" for "the mayor's"), never by whoever spoke or was named
    last: that is most often the one who answers the owner's words ("Reyes said the mayor's
    promise that “…” was false": not Reyes)."""
    if mention.kind != "role":
        return resolve(ctx, mention, site, next_speaker)
    words = expand_descriptors(descriptor_words(mention.text, ctx.lang.stopwords), ctx.lang)
    described = ctx.registry.by_descriptor(words, head=mention.head_lower)
    return described.canonical if described is not None else None


def _head_token(ctx: ArticleContext, mention: Mention) -> Any | None:
    """The token heading ``mention``'s span in the parse (whose head lies outside it), or
    None without a parse."""
    if not ctx.parsed:
        return None
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return next((t for t in span if not (span.start <= t.head.i < span.end)), span.root)


def _introduced(lang: LanguageData, mention: Mention, head: Any | None = None) -> bool:
    """Whether ``mention`` introduces a person by role with an indefinite determiner ("a
    reporter", "another senator", "some officials") or a number word that does the same
    ("one councillor"): a role noun of the language's list (a
    plural one by the parser's lemma: "officials" is "official"), not a document or any
    noun speaking ("a fundraising email said" speaks for its sender)."""
    words = mention.text.split(maxsplit=1)
    lemma = head.lemma_.lower() if head is not None and head.lower_ == mention.head_lower else ""
    return (
        bool(words)
        and words[0].lower() in lang.indefinite_determiners | lang.introducing_numerals
        and (mention.head_lower in lang.role_nouns or lemma in lang.role_nouns)
    )


_INTRODUCING_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "attr"})
"""Where an indefinite role noun introduces a person a later definite one can be."""


def _introduced_before(ctx: ArticleContext, mention: Mention, head: Any | None) -> Any | None:
    """The last role noun of ``mention``'s head word (by lemma) that an indefinite
    determiner introduced before it, outside quotes ("a reporter who …" before "the
    reporter added"), or None; O(tokens before the mention).  Only a role noun introducing a
    person counts: a subject, an apposition or a copula's complement, not an object
    ("voters asked for a governor who …", "the port needs a mayor")."""
    if head is None or head.lower_ != mention.head_lower:
        return None
    lemma, lang = head.lemma_.lower(), ctx.lang
    if lemma not in lang.role_nouns:
        return None
    for tok in reversed(ctx.doc[: min(head.i, len(ctx.in_quote))]):
        if (
            tok.lemma_.lower() == lemma
            and tok.dep_ in _INTRODUCING_DEPS
            and not ctx.in_quote[tok.i]
            and any(
                c.dep_ == "det" and c.lower_ in lang.indefinite_determiners for c in tok.children
            )
        ):
            return tok
    return None


def _described_name(ctx: ArticleContext, head: Any | None) -> str | None:
    """The person a role noun describes as an apposition to their name ("Ann Lee, a senator
    who …") or as the complement of a copula whose subject is their name ("Ann Lee is a
    senator who …"), or None; a negated copula describes no one ("Ann Lee is not a senator
    who …": someone else)."""
    if head is None:
        return None
    if head.dep_ == "appos":
        if parenthetical_reporter(ctx, head) is not None:
            return None  # "Lee, a top aide said, “is sure”": the aide, not Lee, speaks
        name = head.head
    elif head.dep_ == "attr":
        if any(c.dep_ == "neg" or c.lower_ in ctx.lang.negations for c in head.head.children):
            return None  # "Ann Lee is not a senator who …", "was never a reporter who …"
        name = next((c for c in head.head.children if c.dep_ in SUBJECT_DEPS), None)
    else:
        return None
    if name is None:
        return None
    for ent in ctx.ents:
        if ent.label_ == "PERSON" and ent.start <= name.i < ent.end:
            return canonical(ctx, ent)
    return None


def last_spoken(ctx: ArticleContext, *, personal: bool, gender: str | None = None) -> str | None:
    """The speaker of the latest attributed quote; for "he" or "she" the latest that is not
    an organisation or a document ("he" never stands for "the campaign's statement") and
    whose gender, where the article gives one, agrees."""
    for _, speaker in reversed(ctx.spoken):
        words = speaker.lower().split()
        if personal and words and words[-1] in ctx.lang.organisation_heads:
            continue
        if agrees(ctx.genders, speaker, gender):
            return speaker
    return None


def _token_and_sentence(ctx: ArticleContext, offset: int) -> tuple[int, Any] | None:
    """The parsed token at ``offset`` and its sentence; None when the article was not parsed
    (names-only reading) or no token stands there."""
    if not ctx.parsed:
        return None
    tok = ctx.token_at(offset)
    if tok is None:
        return None
    return tok, ctx.doc[tok].sent


def named_earlier_in_sentence(
    ctx: ArticleContext, offset: int, gender: str | None = None
) -> str | None:
    """The person named last before ``offset`` in the same sentence, outside quotes (of the
    pronoun's ``gender`` where known)."""
    site = _token_and_sentence(ctx, offset)
    if site is None:
        return None
    tok, sent = site
    best = None
    for ent in ctx.ents_between(sent.start, tok + 1):
        if (
            ent.label_ == "PERSON"
            and sent.start <= ent.start
            and ent.end_char <= offset
            and not ctx.in_quote[ent.start]
            and ent.root.dep_ in SUBJECT_DEPS
            and agrees(ctx.genders, canonical(ctx, ent), gender)
        ):
            best = ent
    found = canonical(ctx, best)
    # A known person's name the recogniser missed ("Kasich says he'd …"), later in the
    # sentence than any entity it found.
    after = best.end if best is not None else sent.start
    for t in ctx.doc[after:tok]:
        if (
            t.dep_ in SUBJECT_DEPS
            # a surname the tagger reads as a common noun ("Fields said he …") counts
            and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()))
            and not ctx.in_quote[t.i]
        ):
            person = ctx.registry.find(t.text)
            if person is not None and agrees(ctx.genders, person.canonical, gender):
                found = person.canonical
    return found


_OPENING_WORDS = 5
"""Words a sentence read for names alone may hold before the name that is its subject
("Republican presidential nominee Ann Lee has …"): no parse says which name is the subject,
so only a name opening the sentence counts."""


_TOKEN = re.compile(r"\S+")
"""A run of characters between spaces (a word with its punctuation)."""

_CHAIN = 2
"""Sentences a gendered pronoun's subject may pass its question back through (each with a
pronoun of that gender as its subject)."""


_ACTIVE_SUBJECT = frozenset({"nsubj"})
"""The subject a person of no known gender must be for a pronoun to continue them: not a
passive one ("Varnum was criticised by Dunn. “…,” he said." is Dunn's, the agent)."""


def subject_of_previous_sentence(
    ctx: ArticleContext, offset: int, gender: str, *, chain: int = _CHAIN, unknown: bool = False
) -> str | None:
    """The one person the sentence before the one at ``offset`` names as the subject of one
    of its clauses, outside quotes, when the article gives them the pronoun's ``gender``
    ("Lee was asked about the plan on Monday. He said …": Lee); for a sentence focused
    parsing read for names alone, the person named at its opening (no other person before
    it, at most ``_OPENING_WORDS`` words before it, not a possessive), or the one a
    reporting clause set off by a comma in it names (:func:`_reporting_subject`: "Tom Reyes
    had misled the council, Lee said.": Lee).  None when there is no such person or more
    than one.  A sentence before whose subject is a pronoun of the
    same gender, not a name, passes the question on to the sentence before it, ``chain``
    times at most ("Lee arrived late. He apologised. “…,” he said.": Lee); in lines read
    for names alone, a sentence opening with such a pronoun (``subject_pronouns``: "But he
    stood by it.") does the same.  ``unknown``: a person the article gives no gender at all
    counts too (see :func:`_known_as`).  O(tokens of the sentences read)."""
    site = _token_and_sentence(ctx, offset)
    if site is None:
        return None
    tok, sent = site
    j = sent.start
    while j < tok and ctx.doc[j].is_space:
        j += 1  # blanked lines the parser ran into the sentence
    gap_end = ctx.doc[j].idx
    i = j - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    if i >= 0:
        last = ctx.doc[i]
        gap_start = last.idx + len(last.text)
        if not ctx.view[gap_start:gap_end].strip():
            prev = last.sent
            people = {
                canonical(ctx, e)
                for e in ctx.ents_between(prev.start, i + 1)
                if _names_person(ctx, e)
                and prev.start <= e.start
                and not ctx.in_quote[e.start]
                and e.root.dep_ in (_ACTIVE_SUBJECT if unknown else SUBJECT_DEPS)
            }
            people.discard(None)
            missed = not people
            if missed:
                # "Adeyemi said she did not know. “…,” she said.": a known person's name the
                # recogniser missed, the subject of the sentence before; the article's gender
                # for it was never counted (no entity), so none is needed (never the other)
                people = set(
                    _known_subjects(
                        ctx,
                        ctx.doc[prev.start : i + 1],
                        _ACTIVE_SUBJECT if unknown else SUBJECT_DEPS,
                    )
                )
                subject = next(iter(people)) if len(people) == 1 else None
                if subject and not _missed_fits(ctx, subject, gender):
                    people = set()
            named = (
                _known_as(ctx, next(iter(people)), gender, unknown=unknown or missed)
                if len(people) == 1
                else None
            )
            if named is None:
                # "After Lee spoke, the moderator turned to her rival. “…,” he said.": the
                # main clause's subject is a role the article gives no name there
                role = _role_subject(ctx, prev, i + 1, gender)
                if role is not None:
                    return role
            if people:
                return named
            if chain > 0 and any(
                t.dep_ in SUBJECT_DEPS
                and not ctx.in_quote[t.i]
                and pronoun_gender(ctx, t.lower_) == gender
                for t in ctx.doc[prev.start : i + 1]
            ):
                k = prev.start
                while k < i and ctx.doc[k].is_space:
                    k += 1
                return subject_of_previous_sentence(
                    ctx, ctx.doc[k].idx, gender, chain=chain - 1, unknown=unknown
                )
            return None
    else:
        gap_start = 0
    return _opening_subject(ctx, gap_start, gap_end, gender, chain, unknown=unknown)


def reporting_subject_before(ctx: ArticleContext, offset: int, gender: str) -> str | None:
    """The person whose words the sentence before the one at ``offset`` reports, in the same
    paragraph: its main verb a reporting verb (``reporting_verbs``) with a clause of what was
    said (indirect speech: "said the team held"), its one active subject a
    named person whose gender, where the article gives one, agrees with the pronoun's, and no
    quote marks in it ("Halvarsen said the team panicked at times. “We didn't panic,” he
    said.": Halvarsen, whatever quote came before; a reporter sets a speaker's paraphrase
    and their words side by side).  Else None: another paragraph, a sentence about the
    person ("Lee praised the grower. “…,” he said."), a passive one, a person of the other
    gender, and a subject the article gives no gender when the sentence names another person
    whose title or first name gives the pronoun's ("Rower Kim Tveit said Anna Berg had coached
    the crew. “…,” she said.": review 23-3 #7).  O(tokens of the sentence before)."""
    before = _sentence_before(ctx, offset)
    if before is None:
        return None
    prev, i = before
    if any(ctx.in_quote[t.i] for t in prev):
        return None
    root = prev.root
    if root.lemma_.lower() not in ctx.lang.reporting_verbs or not any(
        c.dep_ == "ccomp" for c in root.children
    ):
        return None  # "Lee praised the grower." reports no words of hers
    if any(pronoun_gender(ctx, t.lower_) in ({"m", "f"} - {gender}) for t in prev):
        return None  # "Ashgrove said he had not seen it. “…,” she said.": not Ashgrove
    subjects = [c for c in root.children if c.dep_ in _ACTIVE_SUBJECT]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    found = next(
        (
            canonical(ctx, e)
            for e in ctx.ents_between(prev.start, i + 1)
            if e.start <= subject.i < e.end and _names_person(ctx, e)
        ),
        None,
    )
    if found is None:
        if personhood(ctx, subject) < 3 or subject.lower_ in ctx.lang.pronouns:
            return None  # a role ("the coach said …"), an organisation: not this rule's
        said = phrase_of(ctx, subject)  # a name the recogniser missed
        if said.kind != "name" or not said.name:
            return None
        found = ctx.registry.add(said.name).canonical
    person = ctx.registry.find(found)
    descriptors = person.descriptors if person is not None else set()
    marks = _gender_marks(ctx, found, descriptors)
    if not agrees(ctx.genders, found, gender) or (marks and gender not in marks):
        return None  # "Father Ashgrove said …. “…,” she said.": not him
    if not marks and ctx.genders.get(found) is None and _other_fits(ctx, prev, i, found, gender):
        return None  # "Rower Kim Tveit said Anna Berg had coached …. “…,” she said.": not sure
    surname = found.split()[-1]
    if descriptors & ctx.lang.organisation_heads or (
        any(e.label_ == "ORG" and e.text.strip() == surname for e in ctx.ents)
        and not any(e.label_ == "PERSON" and surname in e.text.split() for e in ctx.ents)
    ):
        return None  # "Ashgrove, a private firm": "she" is never a firm
    return found


def _sentence_before(ctx: ArticleContext, offset: int) -> tuple[Any, int] | None:
    """The parsed sentence right before the one at ``offset`` in the same paragraph (nothing
    but spaces between them, no line break) and the index of its last token; None when there
    is none or the article was not parsed.  O(tokens between)."""
    site = _token_and_sentence(ctx, offset)
    if site is None:
        return None
    tok, sent = site
    j = sent.start
    while j < tok and ctx.doc[j].is_space:
        j += 1
    i = j - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    last = ctx.doc[i]
    gap = ctx.view[last.idx + len(last.text) : ctx.doc[j].idx]
    if gap.strip() or "\n" in gap:
        return None
    return last.sent, i


def introduced_unnamed_before(ctx: ArticleContext, offset: int, gender: str) -> bool:
    """Whether the sentence right before the one at ``offset``, in its paragraph, has as its
    main clause's subject a person it introduces by role, unnamed — an indefinite
    determiner or a numeral that introduces (``indefinite_determiners``,
    ``introducing_numerals``) before a role noun: "A reporter asked about the night service.
    “…,” he asked." — whose role gives no other gender than the pronoun's
    (``gendered_titles``): the pronoun goes on with that unnamed person, not with the last
    speaker.  O(children of the sentence's root)."""
    before = _sentence_before(ctx, offset)
    if before is None:
        return False
    prev, i = before
    lang = ctx.lang
    opening = lang.indefinite_determiners | lang.introducing_numerals
    for tok in prev.root.children:
        if (
            tok.dep_ in SUBJECT_DEPS
            and tok.i <= i
            and not ctx.in_quote[tok.i]
            and _is_role(lang, tok.lower_)
            and lang.gendered_titles.get(tok.lower_, gender) == gender
            and any(c.dep_ in ("det", "nummod") and c.lower_ in opening for c in tok.children)
        ):
            return True
    return False


def _other_fits(ctx: ArticleContext, sent: Any, last: int, person: str, gender: str) -> bool:
    """Whether ``sent`` (tokens up to ``last``) names a person other than ``person`` whose
    gender (the article's, a title's or first name's: :func:`_gender_marks`) is ``gender``
    — the pronoun may be theirs as well as the ungendered ``person``'s.  O(entities of the
    sentence)."""
    for e in ctx.ents_between(sent.start, last + 1):
        if not _names_person(ctx, e):
            continue
        name = canonical(ctx, e)
        if not name or name == person:
            continue
        found = ctx.registry.find(name)
        descriptors = found.descriptors if found is not None else set()
        if ctx.genders.get(name) == gender or gender in _gender_marks(ctx, name, descriptors):
            return True
    return False


def _missed_fits(ctx: ArticleContext, person: str, gender: str) -> bool:
    """Whether a pronoun of ``gender`` may stand for ``person``, the subject of the sentence
    before, a name the recogniser missed: not a person the article marks with the
    other gender (a gendered title or role among their descriptors, ``gendered_titles``:
    "Councilman Ashgrove", "Father Lanfranco"; a first name of the other, ``first_names``),
    nor, with no such mark of a person, an organisation (a word of ``organisation_nouns``
    among their descriptors, or a name the recogniser reads as one somewhere: "Ashgrove, a
    private firm"; a recogniser's "Sanders" campaign is no firm when "Bernie" marks him).
    The sentence's own pronouns decide nothing: "Lee said he …" and "his campaign" may be Lee
    or someone else.  O(entities)."""
    lang = ctx.lang
    found = ctx.registry.find(person)
    descriptors = found.descriptors if found is not None else set()
    marks = _gender_marks(ctx, person, descriptors)
    if marks:
        return gender in marks  # a person's title or first name: no organisation
    if descriptors & lang.organisation_heads:
        return False
    surname = person.split()[-1]
    return not any(e.label_ == "ORG" and e.text.strip() == surname for e in ctx.ents)


def _gender_marks(ctx: ArticleContext, person: str, descriptors: set[str]) -> set[str]:
    """The genders a person's gendered titles or roles among ``descriptors``
    (``gendered_titles``: "Councilman", "Father") and first name (``first_names``) give."""
    lang = ctx.lang
    marks = {lang.gendered_titles.get(w) for w in descriptors} - {None}
    first = name_tokens(person)
    if len(first) >= 2 and first[0] in lang.first_names:
        marks.add(lang.first_names[first[0]])
    return {m for m in marks if m is not None}


def _known_subjects(ctx: ArticleContext, tokens: Any, deps: frozenset[str]) -> set[str]:
    """The known people (the registry's) whose name is a word among ``tokens`` that is the
    subject of a clause (``deps``) outside quotes, a proper noun or a capitalised noun (a
    surname the tagger reads as a common noun), as :func:`named_earlier_in_sentence` finds
    a name the recogniser missed.  O(tokens)."""
    found: set[str] = set()
    for t in tokens:
        if (
            t.dep_ in deps
            and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()))
            and not ctx.in_quote[t.i]
        ):
            person = ctx.registry.find(t.text)
            if person is not None:
                found.add(person.canonical)
    return found


def _opening_subject(
    ctx: ArticleContext,
    gap_start: int,
    gap_end: int,
    gender: str,
    chain: int,
    *,
    unknown: bool = False,
) -> str | None:
    """The person named at the opening of the last sentence of the lines read for names
    alone between ``gap_start`` and ``gap_end`` (see :func:`subject_of_previous_sentence`),
    or the subject of a reporting clause in it (:func:`_reporting_subject`); that sentence
    opens where the shared sentence test says (:func:`_last_sentence_start`); a sentence
    opening with a subject pronoun of ``gender`` ("He stood by it.", "But he
    praised Lee.") passes the question on to the sentence before it in those lines,
    ``chain`` times at most."""
    text = ctx.view[gap_start:gap_end].rstrip()
    if not text:
        return None
    hi = gap_start + len(text)
    lo = _last_sentence_start(ctx, gap_start, hi)
    words = ctx.view[lo:hi].split(maxsplit=2)
    if chain > 0 and _opens_with_pronoun(ctx, words, gender):
        return _opening_subject(ctx, gap_start, lo, gender, chain - 1, unknown=unknown)
    named = _person_ents(ctx, lo, hi)
    reporting = _reporting_subject(ctx, lo, hi, named)
    if reporting is not None:
        # "Tom Reyes had misled the council, Lee said.": the opening name is the subject of
        # what Lee said; "he" after it continues Lee
        return _known_as(ctx, reporting, gender, unknown=unknown) if reporting else None
    first = named[0] if named else None
    if first is None:
        # a line no names-only parse read (no title, role or first name in it): a known
        # person's name as its first word, a lower-case word after it ("Lee has blasted …")
        if len(words) < 2 or not words[1][:1].islower() or not words[0][:1].isupper():
            return None
        known = ctx.registry.find(words[0].strip(",;:"))
        return (
            _known_as(ctx, known.canonical, gender, unknown=unknown) if known is not None else None
        )
    if (
        len(ctx.view[lo : first.start_char].split()) > _OPENING_WORDS
        or ctx.view[first.end_char : first.end_char + 2] in POSSESSIVE
    ):
        return None  # no name opens the sentence ("Lee's aides said …" names no subject)
    return _known_as(ctx, canonical(ctx, first), gender, unknown=unknown)


def _last_sentence_start(ctx: ArticleContext, lo: int, hi: int) -> int:
    """Where the last sentence of ``ctx.view[lo:hi]`` opens: its last word that the shared
    sentence test (:func:`~quotecheck.lang.sentences.opens_sentence_in`, with the language's
    abbreviations: "Gov. Tom Reyes" opens nothing at "Tom") says opens one, after the last
    line break (the lines are read one by one for names); ``lo`` or that line's start when
    none does.  O(words of that line)."""
    view = ctx.view
    start = max(lo, view.rfind("\n", lo, hi) + 1)
    for m in reversed(list(_TOKEN.finditer(view, start, hi))):
        at = m.start()
        while at < m.end() - 1 and view[at] in SENTENCE_OPENERS:
            at += 1  # the word after an opening mark
        if at > start and opens_sentence_in(ctx.lang, view, at):
            return at
    return start


def _reporting_subject(
    ctx: ArticleContext, lo: int, hi: int, named: Sequence[Any] | None = None
) -> str | None:
    """The person a reporting clause set off by a comma in the sentence ``ctx.view[lo:hi]``
    names as its subject: a name right after the comma, or after a few words ("harbour
    minister"; no conjunction: "…, and Lee said" is a clause of its own), and a reporting
    verb right after the name (", Lee said.", "Tom Reyes, Lee said, had …").  The verb is
    known by the language's reporting verbs as written or with a regular ending
    (:meth:`~quotecheck.lang.schema.LanguageData.inflects_reporting_verb`): no parse reads
    these lines.  Not the inverted ", said Lee.": without a parse a name after the verb
    may be its object (", praised Lee.").  Only a clause of the sentence itself: a function
    word before the name (a relative pronoun or a preposition; not an adverb, ", then Lee
    said") makes it part of something else ("Tom Reyes, who Lee said had …", "…, days after
    Lee said …"), and after a role noun it makes the name the role's complement: that
    clause reports, but its speaker is the unnamed role ("…, an aide to Lee said.": not
    Lee).  None when no such clause stands there; ``""`` when several name different people
    or the one reporting is not named.  ``named``: the sentence's person entities
    (:func:`_person_ents`), when the caller has them.  O(words of the sentence)."""
    view, lang = ctx.view, ctx.lang
    found: set[str] = set()
    ents = _person_ents(ctx, lo, hi) if named is None else named
    for start, end, person in _people_between(ctx, lo, hi, ents):
        comma = view.rfind(",", lo, start)
        if comma < 0:
            continue
        between = [w.strip(".").lower() for w in view[comma + 1 : start].split()]
        verb = _NEXT_WORD.match(view, end, hi)
        if not (
            len(between) <= _OPENING_WORDS
            and all(w.isalpha() and w not in lang.conjunctions for w in between)
            and verb is not None
            and _reports(lang, verb.group(1))
        ):
            continue
        joint = next((k for k, w in enumerate(between) if _joins(lang, w)), None)
        if joint is None:
            found.add(person)
        elif joint > 0 and _is_role(lang, between[joint - 1]):
            found.add("")  # "an aide to Lee said": the aide reports, unnamed
    if not found:
        return None
    return found.pop() if len(found) == 1 else ""


def _joins(lang: LanguageData, word: str) -> bool:
    """Whether ``word`` (lower case) ties the name after it into a phrase of its own, so the
    name is not a reporting clause's subject: a relative pronoun or a preposition whose object
    the name is ("who", "after", "to"; the language's ``prepositions``).  An adverb does not
    ("…, then Lee said": Lee's), nor a determiner ("the" and "his" go with a role)."""
    return word in lang.relative_pronouns or word in lang.prepositions


def _is_role(lang: LanguageData, word: str) -> bool:
    """Whether ``word`` (lower case) is a role noun of the language, as written or in a form
    of its :attr:`~quotecheck.lang.schema.LanguageData.inflection_endings` ("aides")."""
    return any(form in lang.role_nouns for form in lang.bare_forms(word))


_NEXT_WORD = re.compile(rf"[^\S\n]+({WORD.pattern})")
"""The word right after a name (in a reporting clause, its verb)."""


def _reports(lang: LanguageData, word: str) -> bool:
    """Whether ``word`` is a reporting verb of ``lang``, as written or inflected."""
    return lang.is_reporting_verb(word.lower())


def _person_ents(ctx: ArticleContext, lo: int, hi: int) -> list[Any]:
    """The entities of the names-only parse between offsets ``lo`` and ``hi`` that name a
    person, in order.  O(entities)."""
    ents = ctx.name_ents
    return [e for e in ents if lo <= e.start_char and e.end_char <= hi and _names_person(ctx, e)]


def _people_between(
    ctx: ArticleContext, lo: int, hi: int, ents: Sequence[Any]
) -> list[tuple[int, int, str]]:
    """``(start, end, person)`` of each person named between offsets ``lo`` and ``hi`` of
    lines read for names alone: a person entity of the names-only parse (``ents``: those
    of :func:`_person_ents` there), or a capitalised word outside them that is a known
    person's name ("Lee" in a line no names-only parse read).  O(entities + words)."""
    view = ctx.view
    out: list[tuple[int, int, str]] = []
    for e in ents:
        person = canonical(ctx, e)
        if person:
            out.append((e.start_char, e.end_char, person))
    covered = [(a, b) for a, b, _ in out]
    for m in WORD.finditer(view, lo, hi):
        if not m.group(0)[:1].isupper() or any(a <= m.start() < b for a, b in covered):
            continue
        known = ctx.registry.find(m.group(0))
        if known is not None:
            out.append((m.start(), m.end(), known.canonical))
    return out


def _opens_with_pronoun(ctx: ArticleContext, words: list[str], gender: str) -> bool:
    """Whether a sentence's first words are a subject pronoun of ``gender`` ("He …"), or a
    conjunction and one ("But he …")."""
    lang = ctx.lang
    low = [w.lower().strip(",;:") for w in words[:2]]
    if low and low[0] in lang.conjunctions:
        low = low[1:]
    return bool(low) and low[0] in lang.subject_pronouns and pronoun_gender(ctx, low[0]) == gender


def _names_person(ctx: ArticleContext, ent: Any) -> bool:
    """Whether an entity names a person: a PERSON, or a lone word the recogniser tagged
    otherwise that is a known person's name ("Trump has blasted …" read as an
    organisation)."""
    return ent.label_ == "PERSON" or (len(ent) == 1 and ctx.registry.find(ent.text) is not None)


def _role_subject(ctx: ArticleContext, sent: Any, end: int, gender: str) -> str | None:
    """The person a definite role noun that is the subject of ``sent``'s main clause stands
    for ("the moderator turned to her rival": the person described as moderator, or a
    source's "MODERATOR:"), when one is and agrees with ``gender``; else None.  Tokens of
    ``sent`` up to ``end``, outside quotes.  O(children of the root)."""
    root = sent.root
    for tok in root.children:
        if (
            tok.dep_ in SUBJECT_DEPS
            and tok.i < end
            and not ctx.in_quote[tok.i]
            and tok.lower_ in ctx.lang.role_nouns
            and any(
                c.dep_ == "det" and c.lower_ in ctx.lang.definite_determiners for c in tok.children
            )
        ):
            person = ctx.registry.by_descriptor(
                expand_descriptors({tok.lower_}, ctx.lang), head=tok.lower_
            )
            if person is not None and agrees(ctx.genders, person.canonical, gender):
                return person.canonical
    return None


def _known_as(
    ctx: ArticleContext, person: str | None, gender: str, *, unknown: bool = False
) -> str | None:
    """``person`` when the article gives them the pronoun's ``gender`` (a title, the pronouns
    used for them, a first name): a name the recogniser took for a person ("Sandy Hook
    wasn't just a tragedy") has none, and the last speaker stays the better guess; with
    ``unknown``, also when the article gives them no gender at all (a first name the table
    lacks: "Rep. Tomás Dunn criticised Sen. Odile Varnum. “…,” he said."), never when it gives
    the other one."""
    if person is None:
        return None
    known = ctx.genders.get(person)
    return person if known == gender or (unknown and known is None) else None


def named_in_previous_sentence(ctx: ArticleContext, offset: int) -> str | None:
    """The one person named (outside quotes) in the sentence before the one at ``offset``,
    in the same paragraph; None when there is none or more than one."""
    site = _token_and_sentence(ctx, offset)
    if site is None:
        return None
    _, sent = site
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    # the parser keeps a paragraph break as whitespace at the end of the sentence before it;
    # a break is the one pattern every reader of paragraphs uses ("\r\n\r\n", "\n \n")
    end = prev.start_char + len(prev.text.rstrip())
    if BLANK_LINE.search(ctx.view, end, sent.start_char) is not None:
        return None
    people = {
        canonical(ctx, e) for e in prev.ents if e.label_ == "PERSON" and not ctx.in_quote[e.start]
    }
    people.discard(None)
    return people.pop() if len(people) == 1 else None


def canonical(ctx: ArticleContext, ent: Any) -> str | None:
    """The registered person a PERSON entity names (its cleaned text if none; a relative's
    surname goes to :func:`surname_holder`)."""
    if ent is None:
        return None
    name = clean_name(ctx, ent)
    person = ctx.registry.find(name) if name else None
    if person is not None and person.relative and name:
        doc = ent.doc
        words = [doc[j].text for j in range(max(0, ent.start - 2), ent.start)] + [ent[0].text]
        at = ent.start_char if doc is ctx.doc else -1
        person = surname_holder(ctx, person, name, title_gender(ctx.lang, words), at)
    return person.canonical if person else name


def title_gender(lang: LanguageData, words: Sequence[str]) -> str | None:
    """``m``/``f`` when one of ``words`` (a name's title words) is a gendered title
    (``gendered_titles``: "Mrs.", "Mr."), else None."""
    found = {lang.gendered_titles.get(w.lower().rstrip(".")) for w in words} - {None}
    return found.pop() if len(found) == 1 else None


def surname_holder(
    ctx: ArticleContext, person: Person, name: str, gender: str | None, at: int = -1
) -> Person:
    """Whom a one-word ``name`` ("Penrose", after a title or not) stands for when the registry
    found ``person``, introduced as someone's relative (``Person.relative``: "Her son, Declan
    Penrose, said …"): the one other person of that surname not so introduced — the person
    the story is about keeps the bare surname, a relative who shares it is named in full —
    unless a gendered title (``gender``) fits the relative and not them ("Mr. Penrose" after
    "her son": the son; "Mrs. Hale" after "Peter Hale and his wife, Ruth Hale": Ruth); else
    ``person``.  The relative's gender is the kinship noun's, the other's their own or, when
    the article gives none, the possessive's ("her son": hers).

    Only when the other is the one the story is about (:func:`_leads_story`: named in full
    before the relative, as the subject of a main clause or already called by the bare
    surname before the relative appears — not "Tom Lee's daughter, Ann Lee", not "after
    Senator Tom Lee died, his widow, Ann Lee"), and, for an untitled name at offset ``at``,
    unless the relative is the last person its paragraph names before it, as a subject ("Her
    son, Declan Penrose, spoke. “…,” Penrose said.": the son).  A surname at ``at`` before
    the relative is first named in full is the other's whatever the story is about: no
    reader takes it for someone not yet introduced.  O(people of the name + entities +
    text)."""
    others = [
        p
        for p in ctx.registry.surname_holders(name)
        if p is not person
        and not p.relative
        # a source's speaker counts when the article names them ("Ilse Marwick, …, died")
        and (p.named_at >= 0 or p.canonical.lower() in ctx.view.lower())
    ]
    if len(others) != 1:
        return person
    other = others[0]
    first_relative = _first_named_in_full(ctx, person)
    if 0 <= at < first_relative and _first_named_in_full(ctx, other) < at:
        return other  # "Oakhurst, 71, retired …" before "Her niece, Corinne Oakhurst" is named
    if not _leads_story(ctx, other, person, first_relative):
        return person
    if gender is None:
        return person if _leads_paragraph(ctx, person, at) else other
    theirs = _gender_hint(ctx, other) or person.relative_of or None
    if theirs == gender:
        return other
    kin = person.relative if person.relative in ("m", "f") else _gender_hint(ctx, person)
    if kin == gender:
        return person
    return other if theirs is None else person


def _leads_story(ctx: ArticleContext, other: Person, relative: Person, first_relative: int) -> bool:
    """Whether the article names ``other`` in full, outside quotes, before it first names
    ``relative`` (at offset ``first_relative``, :func:`_first_named_in_full`), as the subject
    of a main clause (:func:`_main_subject`) — a source's speaker the recogniser missed, by
    the first place the text writes their full name, opening its sentence
    (:func:`_opens_sentence`) — or anywhere, when the article then calls them by the bare
    surname before the relative appears (:func:`_surname_used`: "For three decades, Marion
    Oakhurst was the county library. Oakhurst, 71, retired …": news names its subject by
    surname on second reference, so a relative named later does not take the surname over).
    O(entities + text)."""
    for ent in _named_outside_quotes(ctx):
        name = clean_name(ctx, ent)
        if (
            name
            and len(name_tokens(name)) >= 2
            and ent.start_char < first_relative
            and ctx.registry.find(name) is other
            and _main_subject(ctx, ent)
        ):
            return True
    at = _first_named_in_full(ctx, other)
    if at >= first_relative:
        return False
    end = at + len(other.canonical)
    if ctx.view[end : end + 2] not in POSSESSIVE and _opens_sentence(ctx, at):
        return True
    return _surname_used(ctx, other, relative, at, first_relative)


def _first_named_in_full(ctx: ArticleContext, person: Person) -> int:
    """Where the article first names ``person`` in full outside quotes: a person entity of
    two words or more that is them, else the first place the text writes their name (a
    source's speaker the recogniser missed); ``len(view)`` when it never does.
    O(entities + text)."""
    first = len(ctx.view)
    for ent in _named_outside_quotes(ctx):
        name = clean_name(ctx, ent)
        if name and len(name_tokens(name)) >= 2 and ctx.registry.find(name) is person:
            first = min(first, ent.start_char)
    at = ctx.view.lower().find(person.canonical.lower())
    return min(first, at) if at >= 0 else first


def _surname_used(ctx: ArticleContext, other: Person, relative: Person, lo: int, hi: int) -> bool:
    """Whether the text between offsets ``lo`` and ``hi`` calls ``other`` by the surname
    alone (or after a title: "Ms. Oakhurst"), outside quotes: the surname as a capitalised
    word whose word before is no given name of ``other`` nor of ``relative`` (not their full
    names again).  O(text between)."""
    surname = other.canonical.split()[-1]
    given = {t for p in (other, relative) for t in name_tokens(p.canonical)[:-1]}
    quotes = [(s.start, s.end) for s in ctx.sites if s.depth == 0]
    end = lo + len(other.canonical)
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", ctx.view[:hi]):
        if m.start() < end or any(a <= m.start() < b for a, b in quotes):
            continue
        before = ctx.view[max(0, m.start() - 40) : m.start()].split()[-1:]
        if not (before and name_tokens(before[0]) and name_tokens(before[0])[-1] in given):
            return True
    return False


def _leads_paragraph(ctx: ArticleContext, relative: Person, at: int) -> bool:
    """Whether the last person named outside quotes before offset ``at`` in its paragraph is
    ``relative``, named in full as the subject of a main clause.  O(entities)."""
    if at < 0:
        return False
    start = ctx.view.rfind("\n", 0, at) + 1
    last = None
    for ent in _named_outside_quotes(ctx):
        if start <= ent.start_char < at and (last is None or ent.start_char > last.start_char):
            last = ent
    if last is None:
        return False
    name = clean_name(ctx, last)
    return (
        name is not None
        and len(name_tokens(name)) >= 2
        and ctx.registry.find(name) is relative
        and _main_subject(ctx, last)
    )


def _named_outside_quotes(ctx: ArticleContext) -> list[Any]:
    """The PERSON entities of the parsed text outside quotes and of the lines read for names
    alone (:attr:`ArticleContext.name_ents`)."""
    return [e for e in ctx.ents if e.label_ == "PERSON" and not ctx.in_quote[e.start]] + [
        e for e in ctx.name_ents if e.label_ == "PERSON"
    ]


_NAME_PARTS = frozenset({"appos", "compound", "flat"})


def _main_subject(ctx: ArticleContext, ent: Any) -> bool:
    """Whether a name is the subject of its sentence's main clause, itself or through the
    noun it stands in apposition to ("Orla Penrose, a weaver, died"; "Her son, Declan
    Penrose, spoke"): not an owner ("Tom Lee's daughter") nor the subject of a subordinate
    clause ("after Tom Lee died").  Read for names alone: a name opening its sentence, after
    at most ``_OPENING_WORDS`` words none of them a stopword ("Former mayor Paul Grant …",
    "Her son, Declan Penrose, …"; not "Years after Paul Grant …").  O(depth of the name)."""
    if ent.text.endswith(POSSESSIVE) or ctx.view[ent.end_char : ent.end_char + 2] in POSSESSIVE:
        return False  # "Tom Lee's daughter", whichever way the recogniser cut it
    if not (ctx.parsed and ent.doc is ctx.doc):
        return _opens_sentence(ctx, ent.start_char)
    tok = ent.root
    while tok.dep_ in _NAME_PARTS and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "ROOT" or (tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT")


def _opens_sentence(ctx: ArticleContext, start: int) -> bool:
    """Whether the name at offset ``start`` opens its sentence or its main clause after a
    phrase set off by a comma: at most ``_OPENING_WORDS`` words before it there, none a
    stopword, a possessive and kinship noun aside ("Former mayor Paul Grant …", "Her son,
    Declan Penrose, …", "For thirty years, Marion Oakhurst ran …"; not "Years after Paul
    Grant …").  O(sentence)."""
    view = ctx.view
    ends = [(view.rfind(m, 0, start), len(m)) for m in (". ", "? ", "! ", "\n", ", ")]
    lo = max((at + size for at, size in ends if at >= 0), default=0)
    words = [w.strip(",;:#").lower() for w in view[lo:start].split()]
    words = [w for w in words if w]
    if len(words) >= 2 and words[1] in ctx.lang.kinship_nouns:
        words = words[2:]  # "Her son, Declan Penrose": the apposition stands for the subject
    return len(words) <= _OPENING_WORDS and not any(w in ctx.lang.stopwords for w in words)


def _gender_hint(ctx: ArticleContext, person: Person) -> str | None:
    """The gender the article gives ``person`` (``ArticleContext.genders``), else, before
    it is read (while the names are collected), their first name's (``first_names``)."""
    known = ctx.genders.get(person.canonical)
    if known is not None:
        return known
    first = name_tokens(person.canonical)
    return ctx.lang.first_names.get(first[0]) if len(first) >= 2 else None


def last_named_before(ctx: ArticleContext, offset: int, gender: str | None = None) -> str | None:
    """The person named last before ``offset``, outside quotes, whose gender agrees with the
    pronoun's; names in lines focused parsing read for names alone count too."""
    best: tuple[int, str] | None = None
    for doc, ents in ((ctx.doc, ctx.ents), (ctx.name_doc, ctx.name_ents)):
        for ent in ents:
            if ent.start_char >= offset or (best is not None and ent.start_char <= best[0]):
                continue
            if doc is ctx.doc and ctx.in_quote[ent.start]:
                continue
            if not _names_person(ctx, ent):
                continue  # a lone surname tagged as an organisation counts once it is known
            name = canonical(ctx, ent)
            if name and agrees(ctx.genders, name, gender):
                best = (ent.start_char, name)
    return best[1] if best else None
