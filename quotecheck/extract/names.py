"""People named in the narration of a language without a trained pipeline (German).

spaCy has no trained German pipeline on the package index, so a blank German document has no
entities: a pronoun ("sagte er") or a role noun ("der Vizeminister") then has no person to stand
for unless a quote frame named them.  This component marks as ``PERSON`` every run of two to
four capitalised words that are not words of the language's lists (articles, pronouns, role
nouns, titles, organisations, reporting verbs, days and months) and do not end like a common
noun (``noun_suffixes``: "-ung", "-tion" …).  A capitalised function word inside a sentence is
part of a name ("An Tae Su"); at the start of a sentence it is not.  Role nouns before the
name stay outside it ("Lunarias Vizeaußenminister | An Tae Su").

Precision is modest (a capitalised adjective and noun, "Kalten Krieges", is taken for a name);
attribution only asks these entities who was named last, after the speakers of quotes.
O(tokens).
"""

from __future__ import annotations

from typing import Any

from quotecheck.extract.attribution.compounds import role_head
from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData

__all__ = ["COMPONENT", "MAX_NAME", "mark_names"]

COMPONENT = "quotecheck_names"
MAX_NAME = 4
"""The longest name, in words."""


def _known(lang: LanguageData) -> frozenset[str]:
    words: set[str] = set()
    for group in (
        lang.pronouns,
        lang.reporting_verbs,
        lang.reporting_nouns,
        lang.title_words,
        lang.organisation_heads,
        lang.calendar_words,
        lang.negations,
        lang.modals,
        lang.number_words,
        lang.ordinal_words,
        lang.limiters,
    ):
        words.update(group)
    words.update(seq[0] for seq in lang.according_to)
    return frozenset(words)


def _name_word(tok: Any, lang: LanguageData, known: frozenset[str]) -> bool:
    text = tok.text
    if not text[:1].isupper() or not text.replace("-", "").replace("'", "").isalpha():
        return False
    low = tok.lower_
    if low in known or role_head(low, lang):
        return False
    if low in lang.stopwords and (tok.is_sent_start or text.isupper()):
        return False
    return not any(low.endswith(s) for s in lang.noun_suffixes)


NAME_TAGS = frozenset({"NE", "FM", "XY"})
"""STTS tags a word of a name may carry: proper noun, foreign word, other (HanTa reads an
unfamiliar name as one of these, or as a common noun: "Amara" XY, "Chon" NN)."""


def _tagged_name(doc: Any, first: int, end: int, lang: LanguageData) -> bool:
    """Whether a tagger (:mod:`quotecheck.extract.morphology`), where one ran, agrees that
    ``doc[first:end]`` is a name: one of its words has a name tag, or a title precedes it
    ("Herr Schaller").  Runs of common nouns and adjectives ("Liebe Kolleginnen", "Vielen
    Dank", "Rubrik Alternativen") are not."""
    if not doc[first].tag_:
        return True
    if first > 0 and doc[first - 1].lower_.rstrip(".") in lang.title_words:
        return True
    return any(doc[k].tag_ in NAME_TAGS for k in range(first, end))


def mark_names(doc: Any, lang: LanguageData) -> Any:
    """Set ``doc.ents`` to the name runs found (for a document without entities)."""
    from spacy.tokens import Span

    if doc.ents:
        return doc
    known = _known(lang)
    spans = []
    run: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and _name_word(tok, lang, known) and not (run and tok.is_sent_start):
            run.append(tok)
            continue
        first = run[0].i if run else 0
        if run and first > 0 and doc[first - 1].is_sent_start and len(run) >= 2:
            before = doc[first - 1]
            if before.lower_ in lang.stopwords and before.text.istitle():
                first -= 1  # "An Tae Su, …" opening a sentence: a name, not the word "an"
        if (
            len(run) >= 2
            and run[-1].i + 1 - first <= MAX_NAME
            and _tagged_name(doc, first, run[-1].i + 1, lang)
        ):
            spans.append(Span(doc, first, run[-1].i + 1, label="PERSON"))
        run = [tok] if tok is not None and _name_word(tok, lang, known) else []
    doc.set_ents(spans)
    return doc


def factory(code: str) -> Any:
    """A pipeline component marking names with the data of language ``code``."""
    lang = get_language(code)

    def component(doc: Any) -> Any:
        return mark_names(doc, lang)

    return component
