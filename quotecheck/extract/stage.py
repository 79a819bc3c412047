"""Stage 1, extract: article text → quotes with speaker, kind, segments and raw offsets.

The order of the stage, each step in its own module: the quotes found (:mod:`.spans`), the
article parsed around them (:mod:`.parsing`), their speakers ranked
(:mod:`.attribution`), each assembled into its record (:mod:`.records`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotecheck.budget import checkpoint
from quotecheck.errors import InputTooLarge
from quotecheck.extract.attribution import Attributor, QuoteSite, credit_line, speaker_label
from quotecheck.extract.attribution.ranker import Ranker, load_ranker
from quotecheck.extract.guard import PIPELINE_MAX_LENGTH, refuse_too_long
from quotecheck.extract.joins import link_split
from quotecheck.extract.nlp import has_parser, load_pipeline
from quotecheck.extract.parsing import parse_article, scanned_quotes
from quotecheck.extract.records import answer_quote, make_quote
from quotecheck.extract.settings import ExtractSettings
from quotecheck.extract.speakers import Person, SpeakerRegistry, looseness
from quotecheck.extract.turns import Interview, condensed_note, interview
from quotecheck.inputs.document import Document, make_document
from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import BLANK_LINE
from quotecheck.models import Quote, Turn
from quotecheck.offsets import line_starts
from quotecheck.scanner import DEFAULT_MAX_QUOTE_CHARS, MarkProblem

__all__ = [
    "ExtractionResult",
    "KnownSpeaker",
    "declared_registry",
    "extract",
    "extract_quotes",
]


@dataclass(frozen=True)
class KnownSpeaker:
    """A speaker declared outside the article (by a source), used to resolve names."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str = ""
    role: str = ""
    """The role a transcript's role label names instead of a person ("THE MAYOR:" →
    "mayor"; :func:`quotecheck.inputs.labels.label_role`), else ""."""
    turns: tuple[str, ...] = field(default=(), compare=False)
    """The words of the speaker's turns in the source that declares them, when it sets out
    turns (a transcript): who asks an interview's questions is told by them
    (:func:`~quotecheck.extract.turns.interview`).  Not part of the speaker's identity."""


@dataclass
class ExtractionResult:
    """Quotes of one document and the quote marks that could not be paired."""

    quotes: list[Quote] = field(default_factory=list)
    problems: list[MarkProblem] = field(default_factory=list)
    language: str = "en"
    marked: list[tuple[int, int]] = field(default_factory=list)
    """Spans of paired quote marks, marks included, and of an interview's answers printed as
    labelled turns (:mod:`.turns`): the article's own words (its narration) are everything
    outside them, so the scorer never scans the article again."""
    roles: dict[str, str] = field(default_factory=dict)
    """A source's role label ("THE MAYOR") → the one person the article names in that role
    ("Mayor Mara Quist" → "Mara Quist"): the same person (:func:`role_holders`)."""
    unquoted: list[Turn] = field(default_factory=list)
    """The article's turns set out as an interview without quote marks ("**Lee:** We will
    …", :func:`~quotecheck.extract.turns.interview`) that no quote was made of: the
    interviewee unknown, or no source gives the label's words."""
    unchecked_why: str = ""
    """Why :attr:`unquoted` were not checked."""
    condensed: str = ""
    """The article's note that its interview was edited for length ("edited for length and
    clarity"), when it prints answers as labelled turns (:func:`~quotecheck.extract.turns.
    condensed_note`); else ""."""
    posts: dict[str, frozenset[str]] = field(default_factory=dict)
    """Each person the article names with a post title ("Rep. Ana Lee", "Governor Ana Lee")
    → those posts (:meth:`~quotecheck.lang.schema.LanguageData.post_title`: "rep", "gov"),
    under every form of the name: a label of another post and her surname ("MAYOR LEE:") is
    not her by the surname alone (:func:`people_posts`)."""


def extract(
    document: Document,
    *,
    language: str = "en",
    nlp: Any = None,
    known_speakers: Sequence[KnownSpeaker] = (),
    lang_data: LanguageData | None = None,
    max_quote_chars: int = DEFAULT_MAX_QUOTE_CHARS,
    parse: str = "focused",
    ranker: Ranker | None = None,
    settings: ExtractSettings | None = None,
) -> ExtractionResult:
    """Find every quote of ``document`` with its segments, kind and attribution.

    ``settings`` is the ``[extract]`` section of the configuration, handed over as it is; when
    given, its ``max_quote_chars`` and ``parse`` are used (the two keyword arguments are for
    calls without a configuration).

    Speakers are ranked candidates (:mod:`quotecheck.extract.attribution`): ``ranker`` scores
    them (default: the weights shipped for the language, if any; else the hand-ordered rules
    decide).

    ``parse="focused"`` (the default) runs the pipeline on the lines around quotes only, and
    the entity recogniser alone on other lines that may name a person
    (:mod:`quotecheck.extract.focus`); ``parse="full"`` parses the whole document.

    A quote longer than ``max_quote_chars`` is reported as a problem (QC150), not checked.  A
    document with quotes whose text is longer than the pipeline's ``max_length`` (spaCy's
    1,000,000 characters) is an :class:`~quotecheck.errors.InputTooLarge`.
    """
    if settings is not None:
        max_quote_chars, parse = settings.max_quote_chars, settings.parse
    lang = lang_data or get_language(language)
    view = document.view
    _refuse_too_long(document, nlp)
    ahead = scanned_quotes(document, lang, max_quote_chars)
    scanned, marked = ahead.scan, ahead.marked
    people = [(ks.name, ks.aliases) for ks in known_speakers]
    said = [(ks.name, words) for ks in known_speakers for words in ks.turns]
    asked = interview(view, marked, lang, people, _recogniser(nlp), document.raw, said)
    if not scanned.quotes:
        starts = line_starts(document.raw)
        return ExtractionResult(
            _with_answers([], asked, document, starts, language),
            scanned.problems,
            language,
            _marked_with(marked, asked),
            unquoted=asked.unchecked,
            unchecked_why=asked.why,
            condensed=condensed_note(view, lang) if asked.answers else "",
        )
    paragraphs = [m.end() for m in BLANK_LINE.finditer(view)]
    credit_joiners = lang.prepositions | lang.conjunctions | lang.determiners
    pipeline = nlp if nlp is not None else load_pipeline(language)
    names_person = _names_person(pipeline, lang)
    shapes = [
        credit_line(view, q.start, q.end, credit_joiners) if q.depth == 0 else None
        for q in scanned.quotes
    ]
    sites = [
        QuoteSite(
            q.open_start,
            q.close_end,
            q.depth,
            bisect.bisect_right(paragraphs, q.open_start),
            q.continues,
            speaker_label(view, q.start, q.end) if q.depth == 0 else None,
            shape if shape is not None and names_person(view[shape[0] : shape[1]]) else None,
            shape,
        )
        for q, shape in zip(scanned.quotes, shapes, strict=True)
    ]
    limit = getattr(pipeline, "max_length", None)
    if isinstance(limit, int) and len(view) > limit:
        raise InputTooLarge(
            f"has {len(view):,} characters with quotes in them, more than the {limit:,} the "
            "language pipeline reads in one document; split the file",
            path=document.path,
        )
    registry = declared_registry(known_speakers, lang).copy()
    checkpoint("parsing the article")
    doc, name_doc = parse_article(pipeline, view, scanned.quotes, parse, lang, ahead)
    checkpoint("parsing the article")
    attributor = Attributor(
        doc,
        view,
        sites,
        lang,
        registry,
        parsed=has_parser(pipeline),
        name_doc=name_doc,
        ranker=ranker if ranker is not None else load_ranker(lang.code),
    )
    attributions = attributor.attribute_all()
    starts = line_starts(document.raw)
    checkpoint("attributing quotes")
    quotes: list[Quote] = []
    for index, (rq, site, att) in enumerate(zip(scanned.quotes, sites, attributions, strict=True)):
        if index % 256 == 0:
            checkpoint("reading quotes")
        framed = attributor.is_framed(index, att)
        quotes.append(
            make_quote(document, rq, site, att, index, starts, language, lang, framed=framed)
        )
    return ExtractionResult(
        _with_answers(link_split(quotes, view), asked, document, starts, language),
        scanned.problems,
        language,
        _marked_with(marked, asked),
        role_holders(registry, known_speakers, lang.role_modifiers)
        | post_holders(registry, known_speakers, lang),
        asked.unchecked,
        asked.why,
        condensed_note(view, lang) if asked.answers else "",
        posts=people_posts(registry, lang),
    )


def _with_answers(
    quotes: list[Quote], asked: Interview, document: Document, starts: list[int], language: str
) -> list[Quote]:
    """``quotes`` and after them the interview's answer paragraphs as quotes without marks
    (:mod:`.turns`), numbered on; a later paragraph of a turn goes on from the one before."""
    out = list(quotes)
    previous: int | None = None
    for answer in asked.answers:
        index = len(out)
        out.append(answer_quote(document, answer, index, starts, language, previous))
        previous = index
    return out


def _marked_with(marked: list[tuple[int, int]], asked: Interview) -> list[tuple[int, int]]:
    """The spans of quoted words: the paired marks' and the interview's answers' (the
    article's narration is everything outside them)."""
    if not asked.answers:
        return marked
    return sorted([*marked, *((a.start, a.end) for a in asked.answers)])


def _recogniser(nlp: Any) -> Callable[[str], list[str]] | None:
    """The people the pipeline's entity recogniser finds in a text (an interview's intro),
    or None without one."""
    if nlp is None or "ner" not in getattr(nlp, "pipe_names", ()):
        return None

    def persons(text: str) -> list[str]:
        return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]

    return persons


def _names_person(pipeline: Any, lang: LanguageData) -> Callable[[str], bool]:
    """Whether a credit line ("Ann Lee, Harbour Trust.") opens with a person's name, the part
    before its comma: the recogniser's person ending there, read on the line alone (inside
    quotes the article's parse has no words); without a recogniser, a first name
    (``first_names``) after any titles.  O(line) per credit line, run only for those."""
    if "ner" not in getattr(pipeline, "pipe_names", ()):

        def by_first_name(line: str) -> bool:
            words = line[: line.index(",")].split()
            while len(words) > 1 and words[0].lower().rstrip(".") in lang.title_words:
                words = words[1:]
            return words[0].lower() in lang.first_names

        return by_first_name

    def by_recogniser(line: str) -> bool:
        name_end = len(line[: line.index(",")].rstrip())
        return any(e.label_ == "PERSON" and e.end_char == name_end for e in pipeline(line).ents)

    return by_recogniser


def role_holders(
    registry: SpeakerRegistry,
    known: Iterable[KnownSpeaker],
    modifiers: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Each role label of ``known`` ("THE MAYOR") → the person the article names with that
    role ("Mayor Mara Quist", whose descriptors hold "mayor"), when exactly one named person
    holds it; a role no one or several people hold in the article is left out.  A person
    whose descriptors hold one of ``modifiers`` (the language's ``role_modifiers``: "Former
    chair …", "Vice chair …", "ex-chair …") holds no role here: the label's role is someone
    else's.  O(labels · people)."""
    out: dict[str, str] = {}
    for ks in known:
        if not ks.role:
            continue
        holders = {
            p.canonical
            for p in registry.people
            if p.named_at > 0
            and p.canonical != ks.name
            and ks.role in p.descriptors
            and not p.descriptors & modifiers
        }
        if len(holders) == 1:
            out[ks.name] = holders.pop()
    return out


def post_holders(
    registry: SpeakerRegistry, known: Iterable[KnownSpeaker], lang: LanguageData
) -> dict[str, str]:
    """Each label of post titles and a surname, no given name ("MAYOR PENHALLOW", "THE
    MAYOR PENHALLOW") → the one person the article names with that post, that surname and a
    given name ("Mayor Tom Penhallow"; "Tom Penhallow, … the mayor" whose descriptors hold
    "mayor"): the label is that person, and no other of the surname ("Delia Penhallow, his
    wife").  A label no one or several people so named hold is left out (the surname alone
    then decides); a person whose descriptors hold a ``role_modifiers`` word ("former
    mayor") holds no post here.  O(labels · people)."""
    out: dict[str, str] = {}
    for ks in known:
        words = ks.name.split()
        head = [w for w in words[:-1] if w.lower() not in lang.determiners]
        posts = {lang.post_title(w) for w in head}
        if ks.role or not head or "" in posts:
            continue
        surname = words[-1].lower()
        holders = set()
        for p in registry.people:
            name = p.canonical.split()
            if p.named_at <= 0 or p.canonical == ks.name or name[-1].lower() != surname:
                continue
            given = [w for w in name[:-1] if not lang.post_title(w)]
            if given and _posts_of(p, lang) & posts and not p.descriptors & lang.role_modifiers:
                holders.add(p.canonical)
        if len(holders) == 1:
            out[ks.name] = holders.pop()
    return out


def people_posts(registry: SpeakerRegistry, lang: LanguageData) -> dict[str, frozenset[str]]:
    """Each person the article names with a post title of office (``titles``, read by
    :meth:`~quotecheck.lang.schema.LanguageData.post_title`: "Rep. Ana Lee", "Governor Ana
    Lee") → those posts, under every form of the name and the name without its titles (the
    quote's speaker "Ana Lee").  O(people)."""
    out: dict[str, frozenset[str]] = {}
    for p in registry.people:
        if p.named_at <= 0:
            continue
        posts = _posts_of(p, lang, office=True)
        if not posts:
            continue
        for form in p.all_forms():
            words = form.split()
            while len(words) > 1 and lang.post_title(words[0]):
                words = words[1:]
            for key in (form, " ".join(words)):
                out[key] = out.get(key, frozenset()) | posts
    return out


def _posts_of(person: Person, lang: LanguageData, *, office: bool = False) -> frozenset[str]:
    """The posts the article gives ``person``: post titles in their name or descriptors."""
    words = {*person.descriptors, *(w.lower() for w in person.canonical.split())}
    return frozenset(filter(None, (lang.post_title(w, office=office) for w in words)))


def _refuse_too_long(document: Document, nlp: Any) -> None:
    """E105 before the marks are paired (:func:`quotecheck.extract.guard.refuse_too_long`)."""
    limit = getattr(nlp, "max_length", None) if nlp is not None else PIPELINE_MAX_LENGTH
    refuse_too_long(
        document.view, path=document.path, limit=limit if isinstance(limit, int) else None
    )


def declared_registry(known: Iterable[KnownSpeaker], lang: LanguageData) -> SpeakerRegistry:
    """The people the sources declare, as extraction links names to them (shared, cached:
    copy it before adding to it).  The scorer asks it too (``SpeakerCheck.people``), so a
    quote's speaker and a source's are one person by one decision."""
    return _registry(
        tuple(known), lang.name_suffixes, tuple(sorted(lang.given_name_variants.items()))
    )


@functools.lru_cache(maxsize=8)
def _registry(
    known: tuple[KnownSpeaker, ...],
    suffixes: frozenset[str],
    given_names: tuple[tuple[str, str], ...],
) -> SpeakerRegistry:
    """The registry of the speakers sources declare, built once per set of sources (each
    article starts from a copy): registering is quadratic in the number of speakers.
    ``suffixes`` (the language's ``name_suffixes``) keep "Ray Dunn Jr." apart from "Ray Dunn";
    ``given_names`` (the language's ``given_name_variants``, as pairs) make two sources'
    "Bernie Vale" and "Bernard Vale" one person, as they are when an article names them.
    Names written in full are registered first (:func:`looseness`; otherwise in the sources'
    order), so the people do not depend on the order of the sources."""
    registry = SpeakerRegistry(given_names=dict(given_names), suffixes=suffixes)
    for ks in sorted(known, key=lambda ks: looseness(ks.name, registry.given_names)):
        registry.add_external(ks.name, ks.aliases, ks.title)
    return registry


def extract_quotes(
    text: str,
    *,
    language: str = "en",
    nlp: Any = None,
    path: str = "<text>",
    fmt: str | None = None,
    parse: str = "focused",
) -> list[Quote]:
    """Every quote in ``text`` (plain text unless ``fmt``/``path`` say Markdown or HTML).

    ``parse`` is ``"focused"`` or ``"full"`` (see :func:`extract`)."""
    document = make_document(text, path=path, fmt=fmt or "text")
    return extract(document, language=language, nlp=nlp, parse=parse).quotes
