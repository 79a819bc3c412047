"""Mentions: the article's words for a speaker ("Ann Lee", "the minister", "she") and their kind.

A mention is the noun phrase around a head token, without relative clauses or appositions,
with the person's name picked out of it when the phrase names one ("Vice President for
programming Ann Lee" → "Ann Lee").  Each call is O(phrase + entities of the article).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from quotecheck.extract.attribution.context import (
    ENTITY_NOT_PERSON,
    POSSESSIVE,
    SUBJECT_DEPS,
    ArticleContext,
)
from quotecheck.extract.speakers import descriptor_words
from quotecheck.lang import available_languages, get_language
from quotecheck.lang.schema import LanguageData


@dataclass
class Mention:
    """A speaker mention: its text and span, the name in it, its head word and its kind."""

    text: str
    start: int
    end: int
    name: str | None
    head_lower: str
    kind: str  # name | pronoun | role | organisation | other
    shown: tuple[int, int] | None = None
    """The span of the words standing in the speaker's place when they are not the phrase: a
    relative pronoun ("…, who said") stands for the noun before it as a pronoun stands for a
    name.  The phrase is resolved; the attribution shows these words."""


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
"""Dashes a tokeniser may leave on a name's first word: a credit line "-Mayor Ann Lee" with
no space after its dash gives the one token "-Mayor"."""

_NAME_HYPHENS = _DASHES[:4]
"""The hyphens of :data:`_DASHES` (hyphen-minus, hyphen, non-breaking hyphen, figure dash), not
the en and em dashes: glued to both parts they join one name ("Asante-Reed")."""


def clean_name(ctx: ArticleContext, span: Any) -> str | None:
    """The text of a name entity without titles, punctuation, a possessive, a dash before it
    or white space around it (the recogniser may run an entity on over a line break, and a
    names-only parse over the blanked lines after it: the view there holds other words)."""
    toks = [t for t in span if not (t.is_punct or t.is_space) and t.text not in POSSESSIVE]
    cues = _cue_words(ctx.lang.code)
    while toks and toks[0].lower_.lstrip(_DASHES) in ctx.lang.title_words:
        toks = toks[1:]
    while len(toks) > 1 and toks[0].lower_ in cues:
        toks = toks[1:]  # "Selon Holloway": the cue, read as a first name, is no name
    # a title-case headline's verb the recogniser ran into the name ("Ann Lee Tells
    # Council"): the name ends before it; in the parsed text and in the names-only parse of
    # the lines focused parsing skipped alike (the same text at the same offsets)
    cut = next((k for k, t in enumerate(toks) if k and ctx.headline_verb(t)), len(toks))
    toks = _one_person(ctx, toks[:cut])
    if not toks:
        return None
    first = toks[0]
    start = first.idx + len(first.text) - len(first.text.lstrip(_DASHES))
    return ctx.view[start : toks[-1].idx + len(toks[-1].text)] or None


@functools.cache
def _cue_words(code: str) -> frozenset[str]:
    """The one-word "according to" cues (``according_to``) of every language — "selon",
    "según", "laut", "quoting" — that are no function word or first name of language
    ``code`` ("so" of German is an English word): the recogniser of an article read as
    ``code`` may run a name over the cue before it when the article is written in another
    language ("Selon Holloway, « … »" read as English), as titles of other languages are read
    (``api._courtesy_titles``).  Read once per language."""
    lang = get_language(code)
    words = {
        entry[0]
        for other in available_languages()
        for entry in get_language(other).according_to
        if len(entry) == 1
    }
    return frozenset(words - lang.stopwords - lang.first_names.keys())


def _one_person(ctx: ArticleContext, toks: list[Any]) -> list[Any]:
    """The words of one person in a title-case line's name the recogniser ran over two:
    "Ann Lee Backs Tom Reyes" (a verb no list knows) holds a second first name after a word
    that is none, so the first person's name ends before that word (or with it after a lone
    first name: "Ruth Dale Helen Keller Medal Winner" is Ruth Dale's line); after a title or role
    ("Council Adviser Tom Reyes") the person is the one named after it.  First names are the
    language's table (``first_names``); O(name)."""
    if len(toks) < 3 or not ctx.title_case_line(toks[0].idx):
        return toks
    lang = ctx.lang
    for k in range(2, len(toks)):
        before = toks[k - 1].lower_
        if toks[k].lower_ in lang.first_names and before not in lang.first_names:
            if before in lang.title_words or before in lang.role_nouns:
                return toks[k:]
            if k == 2 and toks[0].lower_ in lang.first_names:
                # "Ruth Dale Helen Keller Medal Winner": the word before the second first
                # name is the first person's surname, not a verb after a lone first name
                return toks[:k]
            return toks[: k - 1]
    return toks


def descriptors_before(ctx: ArticleContext, doc: Any, i: int) -> set[str]:
    """Words describing a person right before their name ("harbour minister Lee …").

    Without part-of-speech tags (a document parsed for names alone) function words end
    the description instead of verbs and prepositions."""
    words = [tok.lower_ for tok in _description_before(ctx, doc, i)]
    return descriptor_words(" ".join(words), ctx.lang.stopwords)


def kin_named(ctx: ArticleContext, doc: Any, start: int, end: int) -> tuple[str, str] | None:
    """When the name at tokens ``start``–``end`` is introduced as someone's relative — a
    kinship noun (``kinship_nouns``) owned by a possessive right before it, a comma between
    or not ("Her daughter, Ann Lee", "his brother Tom Lee", "the mayor's son, Tom Lee"), or in
    an apposition right after it ("Ann Lee, her daughter,") —: the gender the noun gives
    the relative (``m``, ``f``, ``-``) and the owner's, as a pronoun gives it ("her": ``f``;
    else ""); else None.  O(1)."""
    kin = ctx.lang.kinship_nouns

    def owned(k: int) -> tuple[str, str] | None:
        if not 0 < k < len(doc) or doc[k].lower_ not in kin:
            return None
        own = doc[k - 1]
        # "her"/"his"/"their" (third-person pronouns) or a possessive clitic ("the mayor's")
        info = ctx.lang.pronouns.get(own.lower_, "")
        if own.lower_ not in POSSESSIVE and info[:1] != "3":
            return None
        return kin[doc[k].lower_], info[1:2] if info[1:2] in ("m", "f") else ""

    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    found = owned(j)
    if found is None and end < len(doc) and doc[end].text == ",":
        found = owned(end + 2)
    return found


def owner_before(ctx: ArticleContext, doc: Any, i: int) -> str:
    """The owner of the role describing a person right before their name, as written
    ("Governor's spokesman Tom Reyes": "Governor"; "Governor Ann Cole's aide Tom Reyes":
    "Governor Ann Cole"), or "" when no possessive owns it.  O(description)."""
    toks = _description_before(ctx, doc, i)  # nearest word first
    at = next((k for k, tok in enumerate(toks) if tok.lower_ in POSSESSIVE), None)
    if at is None:
        return ""
    return " ".join(tok.text for tok in reversed(toks[at + 1 :]))


def _description_before(ctx: ArticleContext, doc: Any, i: int) -> list[Any]:
    """The tokens of the description right before token ``i`` (a name), nearest first: at most
    six, up to a punctuation mark, a verb, preposition, pronoun or conjunction (without tags, a
    function word)."""
    toks = []
    j = i - 1
    while j >= 0 and i - j <= 6:
        tok = doc[j]
        if (
            tok.is_punct
            or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ")
            or (not tok.pos_ and tok.lower_ in ctx.lang.stopwords)
        ):
            break
        toks.append(tok)
        j -= 1
    return toks


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,5}")
"""A US party-and-state tag after a legislator's name: "(D-MA)", ", R-Fla.,", "(I-Vt.)"."""


def party_tag(tok: Any) -> bool:
    """Whether ``tok`` is part of a party-and-state tag ("Ann Lee (D-ME) said").

    The parser often makes the tag an apposition or the nearest proper noun before the
    verb, but a tag is never a speaker: it describes the name before it.  The tag is the
    run of tokens with no space between them around ``tok``; O(tag length)."""
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and not doc[lo - 1].whitespace_ and doc[lo - 1].text not in "(,":
        lo -= 1
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and doc[hi + 1].text not in "),":
        hi += 1
    return bool(_PARTY_TAG.fullmatch(doc[lo : hi + 1].text))


def personhood(ctx: ArticleContext, tok: Any) -> int:
    """3 person name or pronoun, 2 role noun, 1 organisation or place, 0 anything else."""
    lang = ctx.lang
    low = tok.lower_
    if tok.pos_ == "PROPN" and party_tag(tok):
        return 0
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and low in lang.pronouns):
        return 3
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ENTITY_NOT_PERSON:
        return 3
    if (tok.pos_ == "PROPN" or not tok.is_sent_start) and known_person(ctx, tok):
        # a lone surname the recogniser took for an organisation ("Trump calling it") or the
        # tagger for an adverb ("said Skelly"), named as a person elsewhere in the article
        return 3
    if tok.lemma_.lower() in lang.role_nouns or low in lang.role_nouns:
        return 2
    if tok.ent_type_ in ("ORG", "NORP", "GPE") or low in lang.organisation_heads:
        return 1
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return 3  # "his former partner, Ann Lee,"
    return 0


_DATELINE = re.compile(r",[^\n]{0,40}?[ \t\u00a0)](?:—|–|―|--?)[ \t\u00a0]")
"""What follows a dateline's place on its line: a comma, a few words, a spaced dash
("PARIS, May 3 (AP) — …", "HALIFAX, N.S. - …")."""


def dateline(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is the place of a dateline: words in capitals opening their
    line, then a comma and a spaced dash a few words on, which a parser may take for the
    subject of the sentence after it; a place never speaks.  O(the dateline)."""
    text = view[start:end]
    if not (text.isupper() and sum(c.isalpha() for c in text) >= 2):
        return False
    if view[view.rfind("\n", 0, start) + 1 : start].strip():
        return False
    return _DATELINE.match(view, end) is not None


_PREDICATE_OPENERS = frozenset({"AUX", "VERB", "PART", "ADV"})
"""Parts of speech that open a clause with no subject of its own ("…, “will not resign”")."""


def parenthetical_reporter(ctx: ArticleContext, appos: Any) -> Any | None:
    """The reporting verb of a clause set inside the sentence it reports, when the parser read
    its speaker as an apposition ``appos`` of the sentence's subject ("Ann Lee, Tom Reyes
    said, “will not resign”", "Lee, a top aide said, “is sure of the numbers”"): the
    apposition's phrase ends right before the verb with no comma, the verb's subject is the
    apposition's noun, a comma follows the verb and the words after it open a predicate with
    no subject of its own (the subject is the name before the first comma).  The speaker is
    then the apposition, which describes no one.  None otherwise ("Lee, a top aide, said
    “…”"; "Lee, a top aide said, “the numbers are sure”").  O(a few tokens)."""
    doc = ctx.doc
    if appos.dep_ != "appos":
        return None
    verb = appos.head.head
    k = appos.right_edge.i + 1
    if (
        k != verb.i
        or appos.head.dep_ not in SUBJECT_DEPS
        or not ctx.is_reporting(verb)
        or k + 1 >= len(doc)
        or doc[k + 1].text != ","
    ):
        return None
    k += 2
    while k < len(doc) and (doc[k].is_quote or doc[k].is_space):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in _PREDICATE_OPENERS:
        return None
    return verb


def known_person(ctx: ArticleContext, tok: Any) -> bool:
    """Whether ``tok`` alone is a name token of a person the article names elsewhere as a
    PERSON entity (the registry), so a lone surname the recogniser took for an organisation
    is still read as that person.  One registry lookup per distinct word (memoised)."""
    key = f"known:{tok.text}"
    found = ctx.memo_article.get(key)
    if found is None:
        found = bool(tok.text[:1].isupper()) and ctx.registry.find(tok.text) is not None
        ctx.memo_article[key] = found
    return bool(found)


def glued_date(tok: Any) -> bool:
    """Whether ``tok`` is a date or time word the parser glued to a name as a compound ("On
    Tuesday Ines Rook said": "Tuesday" a word of "Rook"): never a word of the person's
    mention, and the sign that the name was read as the date's preposition's object."""
    return bool(tok.dep_ == "compound" and tok.ent_type_ in ("DATE", "TIME"))


def mention(ctx: ArticleContext, head: Any) -> Mention:
    """The noun phrase headed by ``head``, without relative clauses or appositions.  A
    possessive clitic is never a mention: its owner's phrase is ("Ann Lee's statement read:"
    → "Ann Lee", not "'s")."""
    if head.lower_ in POSSESSIVE and head.head.i != head.i:
        head = head.head
    doc, lang, in_quote = ctx.doc, ctx.lang, ctx.in_quote
    keep = {head.i}
    stack = [c for c in head.children if c.i < head.i or c.dep_ in ("flat", "compound")]
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "acl", "appos", "cc", "conj", "prep") or in_quote[t.i]:
            continue
        keep.add(t.i)
        stack.extend(t.children)
    lo, hi = min(keep), max(keep)
    while lo < hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or glued_date(doc[lo])  # "On Tuesday Ines Rook said": the date is not the person's
    ):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    span = doc[lo : hi + 1]
    text = ctx.view[span.start_char : span.end_char]
    name = None
    kind = "other"
    low = head.lower_
    named = head.pos_ == "PROPN" or head.ent_type_ == "PERSON"
    clauses = [
        (c.left_edge.i, c.right_edge.i)
        for c in head.children
        if c.dep_ in _CLAUSE_DEPS or (named and c.dep_ == "appos")
    ]
    people = [
        e
        for e in ctx.ents_between(lo, hi + _TITLE_REACH + 1)
        if e.label_ == "PERSON"
        and lo <= e.start
        and e.end - 1 <= hi + _TITLE_REACH
        # beyond the phrase only inside the head's own subtree ("for programming Ann Lee"),
        # never the verb's object ("Mark told Jacob": Jacob is the listener), nor in a clause
        # or an apposition on the head (_CLAUSE_DEPS: "Tom Reyes, whom Lee said she trusted,
        # called …", "Tom Reyes, a Lee adviser, said …": Reyes)
        and (e.end - 1 <= hi or e.start <= head.right_edge.i)
        and not any(a <= e.start <= b for a, b in clauses)
        and not in_quote[e.start]
        and not any(t.lower_ in POSSESSIVE for t in doc[e.end - 1 : e.end + 1])
        and not _role_complement(lang, head, e.root)
    ]
    if not people:  # "His former partner at the firm, Ann Lee,": the apposition names
        appos = {c.i for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"}
        people = [
            e for e in ctx.ents if e.label_ == "PERSON" and any(e.start <= i < e.end for i in appos)
        ]
    if people and low not in lang.pronouns:
        # "Vice President for programming Ann Lee": the person named in the phrase.
        ent = people[-1]
        e_end = ent.end
        while (
            e_end < len(doc)
            and doc[e_end].pos_ == "PROPN"
            and doc[e_end].lower_ not in POSSESSIVE
            and not in_quote[e_end]
        ):
            e_end += 1  # NER often stops short of a three-part name ("Lee Min | Jun")
        ent = doc[ent.start : e_end]
        cleaned = clean_name(ctx, ent)
        if cleaned:
            end = max(span.end_char, ent.end_char)
            return Mention(
                ctx.view[span.start_char : end], span.start_char, end, cleaned, low, "name"
            )
    if head.pos_ == "PROPN" or (head.ent_type_ == "PERSON"):
        chain = [head]
        j = head.i - 1
        while j >= lo and (
            (doc[j].pos_ == "PROPN" and doc[j].lower_ not in POSSESSIVE)
            or (j > lo and _joins_name(doc[j - 1], doc[j]) and doc[j - 1].pos_ == "PROPN")
        ):
            chain.insert(0, doc[j])
            j -= 1
        j = head.i + 1
        while j <= hi and (
            doc[j].pos_ == "PROPN"
            or (j < hi and _joins_name(doc[j - 1], doc[j]) and doc[j + 1].pos_ == "PROPN")
        ):
            chain.append(doc[j])
            j += 1
        chain = [t for t in chain if t.ent_type_ not in ENTITY_NOT_PERSON or t.i == head.i]
        while chain and (chain[0].lower_ in lang.title_words or chain[0].lower_ in lang.role_nouns):
            chain = chain[1:]
        if chain:
            name = ctx.view[chain[0].idx : chain[-1].idx + len(chain[-1].text)]
            kind = "organisation" if head.ent_type_ in ("ORG", "GPE", "NORP") else "name"
    elif low in lang.pronouns:
        kind = "pronoun"
    elif head.lemma_.lower() in lang.role_nouns or low in lang.role_nouns:
        kind = "role"
    elif low in lang.organisation_heads or head.lemma_.lower() in lang.organisation_heads:
        kind = "organisation"
    elif (
        head.pos_ == "NOUN"
        and head.dep_ in SUBJECT_DEPS
        and any(c.dep_ == "det" for c in head.children)
        and ctx.is_reporting(head.head)
    ):
        # "the clown said": a definite noun speaking is a person described by a role the
        # word lists do not know; resolved like one (the person named just before).
        kind = "role"
    elif head.text[:1].isupper() and not any(c.dep_ == "det" for c in head.children):
        # A capitalised word the tagger took for a common noun ("Pike", "Rose"): a name.
        kind = "name"
        name = head.text
    return Mention(text, span.start_char, span.end_char, name, low, kind)


def _joins_name(before: Any, tok: Any) -> bool:
    """Whether ``tok`` is a hyphen joining the two parts of one name, glued to both
    ("Asante-Reed": one surname, not "Reed").  O(1)."""
    return tok.text in _NAME_HYPHENS and not before.whitespace_ and not tok.whitespace_


_CLAUSE_DEPS = frozenset({"relcl"})
"""A head's children that are clauses of their own: a person named there is not the head ("Tom
Reyes, whom Lee trusted,": Reyes).  Nor is one named in an apposition on a name ("Tom Reyes, a
Lee adviser,": Reyes), unlike one on a common noun, which names the person ("another harbour
user, Ann Lee,")."""

_TITLE_REACH = 3
"""How many words after a phrase's head its person may end ("the harbour master for the
north quay"; a longer complement, "a person close to the Lees", names someone else)."""


def _role_complement(lang: LanguageData, head: Any, name: Any) -> bool:
    """Whether the person ``name`` (an entity's root token) is the object of a preposition
    after ``head``, a role noun that an indefinite determiner introduces ("an aide to Ann
    Lee", "a spokesman for Ann Lee"): the role is someone else, unnamed, who works for the
    one named.  A role without one may be a title the name holds ("Vice President for
    programming Ann Lee").  O(children of the role noun)."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i == head.i
        and (head.lemma_.lower() in lang.role_nouns or head.lower_ in lang.role_nouns)
        and any(c.dep_ == "det" and c.lower_ in lang.indefinite_determiners for c in head.children)
    )


def nearby_people(ctx: ArticleContext, toks: list[Any]) -> list[Any]:
    """Head tokens of the people named in the window outside quote marks (PERSON entities, and
    proper-noun subjects), in text order: speakers no frame proposes ("Trump blasted …")."""
    if not toks:
        return []
    lo, hi = toks[0].i, toks[-1].i + 1
    out = []
    seen: set[int] = set()
    for ent in ctx.ents_between(lo, hi):
        if ent.start >= hi or ent.end <= lo or ent.label_ != "PERSON":
            continue
        if ctx.in_quote[ent.start]:
            continue
        out.append(ent.root)
        seen.update(range(ent.start, ent.end))
    for tok in toks:
        if (
            tok.i not in seen
            and tok.pos_ == "PROPN"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not ctx.in_quote[tok.i]
            and tok.ent_type_ not in ENTITY_NOT_PERSON
        ):
            out.append(tok)
    return sorted(out, key=lambda t: t.i)
