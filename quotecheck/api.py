"""The Python API: documents → quotes → matches → verdicts.

>>> import quotecheck
>>> source = quotecheck.make_source("We will not raise taxes.", speaker="Ann Lee")
>>> report = quotecheck.check_text('"We will raise taxes," Ann Lee said.', sources=[source])
>>> report.quotes[0].verdict.value
'altered'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotecheck._version import __version__
from quotecheck.budget import checkpoint, time_budget
from quotecheck.config import AUTO_LANGUAGE, Settings
from quotecheck.errors import QuotecheckError
from quotecheck.extract import KnownSpeaker, declared_registry, extract, parse_ahead
from quotecheck.extract.guard import refuse_too_long
from quotecheck.extract.nlp import load_pipeline
from quotecheck.inputs.dates import article_info, given_date
from quotecheck.inputs.document import Document, detect_format, make_document
from quotecheck.inputs.labels import label_role
from quotecheck.inputs.places import locate
from quotecheck.inputs.sources import load_source as _load_source
from quotecheck.inputs.sources import make_source as _make_source
from quotecheck.inputs.sources import source_title
from quotecheck.inputs.text import read_text
from quotecheck.lang import LanguageData, available_languages, base_code, get_language
from quotecheck.match import QuoteMatch, match_quote
from quotecheck.match.cache import TokenCache
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import (
    AliasTable,
    build_alias_table,
    default_alias_groups,
    load_alias_file,
)
from quotecheck.models import (
    ArticleReport,
    Finding,
    Quote,
    QuoteResult,
    Report,
    Source,
    ToolInfo,
    Turn,
    Verdict,
)
from quotecheck.offsets import line_starts, position
from quotecheck.rules import make_finding
from quotecheck.score import (
    ArticleContext,
    SpeakerCheck,
    judge,
    judge_splits,
    judge_translated,
    translated,
)
from quotecheck.score.checks.speaker import group_doubts, voice_doubts

__all__ = ["Checker", "check", "check_text", "load_source", "make_source"]

SourceLike = Source | str | Path

_FOUND = frozenset({Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED})
"""Same-language verdicts that found the quote's words as written (in whatever source)."""

_ACROSS = frozenset({Verdict.TRANSLATED, Verdict.TRANSLATED_ALTERED, Verdict.MISATTRIBUTED})
"""Cross-language verdicts that found the words a quote translates."""


def require_sequence(value: Any, name: str) -> None:
    """A ``str`` (or bytes) where a sequence is expected is a mistake, never a list of
    one-character items.  An article's text given as ``paths`` (:func:`_looks_like_text`) is
    pointed to :func:`check_text`."""
    if name == "paths" and isinstance(value, str) and _looks_like_text(value):
        raise TypeError(
            "paths must be a list of article files, not an article's text; to check a text, "
            "write quotecheck.check_text(text, sources=[...])"
        )
    if isinstance(value, str | bytes | Path):
        raise TypeError(
            f"{name} must be a list or tuple, not {type(value).__name__} {value!r}; "
            f"write {name}=[{value!r}]"
        )
    if value is None or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list or tuple, not {type(value).__name__}")


_TEXT_SIGNS = frozenset('\n"“”«»„')
"""Characters a path hardly holds but an article's text does: a line break, a quote mark."""

_NAME_MAX = 255
"""Characters beyond which a part of a string passed as a path is rather a text (a file or
folder name's limit on common file systems; a whole path may be longer)."""


def _looks_like_text(value: str) -> bool:
    """Whether ``value``, given where paths are expected, is rather an article's text (red
    team 20 F16): it holds a line break or a quote mark, or a part between slashes longer than
    a file name (a long path of short names is a path: review 21-3 F8)."""
    return any(c in _TEXT_SIGNS for c in value) or any(
        len(part) > _NAME_MAX for part in re.split(r"[\\/]", value)
    )


def require_settings(settings: Any) -> Settings:
    """``settings`` as given, or the defaults for ``None``; anything else (a ``dict`` of
    options) is a mistake that would otherwise fail deep inside a check."""
    if settings is None:
        return Settings()
    if not isinstance(settings, Settings):
        raise TypeError(
            f"settings must be a quotecheck.Settings, not {type(settings).__name__}; "
            "write settings=Settings(...) (or Settings.model_validate(options) for a dict)"
        )
    return settings


def make_source(
    text: str,
    *,
    id: str = "source",
    speaker: str | None = None,
    aliases: Sequence[str] = (),
    kind: str | None = None,
    language: str | None = None,
    path: str | None = None,
) -> Source:
    """A primary source from text in memory.

    ``speaker`` declares who speaks; without it quotecheck reads the source's front matter
    (``speaker:``, ``aliases:``) or infers the speaker from a byline ("Statement of NAME").
    ``kind="transcript"`` reads "NAME: …" speaker turns.
    """
    require_sequence(aliases, "aliases")
    return _make_source(
        text,
        id=id,
        path=path,
        speaker=speaker,
        aliases=tuple(aliases),
        kind=kind,
        language=language,
    )


def load_source(
    path: str | Path,
    *,
    speaker: str | None = None,
    aliases: Sequence[str] = (),
    kind: str | None = None,
    language: str | None = None,
    format: str | None = None,
    url: str | None = None,
) -> Source:
    """Read a primary source from a file (see :func:`make_source`).

    Text, Markdown, PDF, web pages (HTML), SRT and WebVTT subtitles and timed JSON transcripts
    are read, told apart by extension and content; ``format`` names one when they do not tell
    (``"text"``, ``"pdf"``, ``"web"``, ``"srt"``, ``"vtt"``, ``"transcript-json"``).  ``url``
    is where the original is published: the place of a match links into it.
    """
    require_sequence(aliases, "aliases")
    return _load_source(
        path,
        speaker=speaker,
        aliases=tuple(aliases),
        kind=kind,
        language=language,
        fmt=format,
        url=url,
    )


def _alias_table(settings: Settings) -> AliasTable:
    groups: list[tuple[str, ...]] = []
    if settings.default_aliases:
        groups.extend(default_alias_groups())
    for f in settings.alias_files:
        groups.extend(load_alias_file(f))
    groups.extend(settings.aliases)
    return build_alias_table(groups)


@dataclass
class Checker:
    """A reusable checker: sources indexed and the pipeline loaded once, many articles checked.

    Use it directly when checking many articles against the same sources.  One checker (and
    the spaCy pipeline it shares with every other) may be used from several threads at once:
    nothing is switched on the shared pipeline (components are left out per call), and each
    check keeps its state to itself; the results are those of a sequential run.
    """

    sources: list[Source]
    settings: Settings
    nlp: Any = None

    def __post_init__(self) -> None:
        # First: an unsupported language is E301 before any source is indexed.
        self.lang = get_language(
            "en" if self.settings.language == AUTO_LANGUAGE else self.settings.language
        )
        self.aliases = _alias_table(self.settings)
        cache = TokenCache(self.settings.cache_dir) if self.settings.index_cache_enabled else None
        self.index = SourceIndex(
            self.sources,
            aliases=self.aliases,
            cache=cache,
            seed_budget=self.settings.match.seed_budget,
        )
        self._declared: dict[str, tuple[list[KnownSpeaker], SpeakerCheck]] = {}
        self.known, self.speakers = self.declared(self.lang)
        self.source_names = [s.path or s.id for s in self.sources]
        self._placed = {  # sources read from PDF, subtitles, …: matches get their place
            name: s for name, s in zip(self.source_names, self.sources, strict=True) if s.places
        }
        self._xl: Any = None
        self._notes: list[str] | None = None
        from quotecheck.xling.langid import LanguageCache, SourceLanguages

        # Each source's language decided only when a quote's language asks, cached beside the
        # source tokens (by content hash).
        self.languages = SourceLanguages(
            self.sources,
            LanguageCache(self.settings.cache_dir) if self.settings.index_cache_enabled else None,
        )

    def declared(self, lang: LanguageData) -> tuple[list[KnownSpeaker], SpeakerCheck]:
        """The speakers the sources declare, read with ``lang``'s data (once per language):
        as extraction links an article's names to them (a transcript's role label is that
        role's speaker when it is one of the language's role nouns), and as the scorer asks
        whether two names are one person (the declared registry, with the language's
        given-name variants).  An article is read in its own language's: under ``auto`` the
        detected one's, as if it had been named."""
        if lang.code not in self._declared:
            self._declared[lang.code] = self._declare(lang)
        return self._declared[lang.code]

    def _declare(self, lang: LanguageData) -> tuple[list[KnownSpeaker], SpeakerCheck]:
        names: list[str] = []
        alias_map: dict[str, tuple[str, ...]] = {}
        known: list[KnownSpeaker] = []
        for s in self.sources:
            speakers = {s.speaker} | {t.speaker for t in s.turns if not t.quoted}
            for sp in sorted(x for x in speakers if x):
                names.append(sp)
                said = tuple(
                    s.text[t.start : t.end] for t in s.turns if t.speaker == sp and not t.quoted
                )
                if sp == s.speaker:
                    alias_map[sp] = tuple(dict.fromkeys((*alias_map.get(sp, ()), *s.aliases)))
                    known.append(KnownSpeaker(sp, s.aliases, source_title(s), turns=said))
                else:
                    # A transcript's role label ("CLERK:", "THE MAYOR:") is that role's
                    # speaker: the article's "the clerk" refers to it, and so does the
                    # person the article names in that role (extraction's ``roles``).
                    role = label_role(sp, lang.code)
                    known.append(KnownSpeaker(sp, title=role, role=role, turns=said))
        people: dict[str, frozenset[int]] = {}
        for number, person in enumerate(declared_registry(known, lang).people):
            for form in person.all_forms():
                people[form] = people.get(form, frozenset()) | {number}
        return known, SpeakerCheck(
            tuple(dict.fromkeys(names)),
            alias_map,
            people,
            courtesy=_courtesy_titles(lang.code),
            posts=frozenset(w for w in lang.title_words | lang.role_nouns if lang.post_title(w)),
            post_genders=lang.gendered_titles,
            fillers=lang.stopwords | lang.determiners,
            post_forms=lang.name_abbreviations,
        )

    def pipeline(self, language: str | None = None) -> Any:
        """The spaCy pipeline for ``language`` (default: the configured one), loaded once."""
        configured = self.lang.code
        code = language or configured
        if code != configured:
            return load_pipeline(code, self.settings.models.get(code))
        if self.nlp is None:
            self.nlp = load_pipeline(code, self.settings.models.get(code))
        return self.nlp

    def language_of(self, document: Document) -> str:
        """The article's language: as configured, or detected when it is ``"auto"`` (English, the
        default, when detection cannot name a supported language)."""
        if self.settings.language != AUTO_LANGUAGE:
            return self.settings.language
        return self._detected(document) or self.lang.code

    def _detected_once(self, document: Document) -> str | None:
        """:meth:`_detected`, or what :meth:`parse_ahead` detected for this very document (a
        document is immutable and the checker's settings fixed, so the answer is the same)."""
        entry = (_DETECTED.get() or {}).get((id(self), id(document)))
        if entry is not None and entry[0] is self and entry[1] is document:
            return entry[2]
        return self._detected(document)

    def _detected(self, document: Document) -> str | None:
        """The supported language the article's body is written in; None when it is too short to
        tell or in a language without data."""
        from quotecheck.xling import UNDETERMINED, detect

        end = document.body_start + self.settings.xling.detect_chars
        code, _ = detect(document.view[document.body_start : end])
        return None if code == UNDETERMINED else base_code(code)

    def source_notes(self) -> list[str]:
        """Human notes on how each source's speaker was established (once per checker: every
        article's report carries them)."""
        if self._notes is None:
            self._notes = self._source_notes()
        return list(self._notes)

    def _source_notes(self) -> list[str]:
        notes = []
        for s in self.sources:
            name = s.path or s.id
            if s.speaker_origin == "byline":
                notes.append(
                    f"{name}: speaker {s.speaker!r} inferred from the byline "
                    "(declare it with --speaker or 'speaker:' front matter to be sure)"
                )
            elif s.speaker_origin == "none" and not any(t.speaker for t in s.turns):
                notes.append(f"{name}: no speaker declared or found in a byline")
        return notes

    def parse_ahead(self, documents: Sequence[Document]) -> AbstractContextManager[None]:
        """A block in which :meth:`check_document` finds the parses of ``documents`` made in
        batches (:func:`quotecheck.extract.parse_ahead`: spaCy's ``pipe``, about 0.6 of the
        cost of one call per article); the reports are those of checking them one by one.

        Each document is parsed ahead with the pipeline of the language it will be checked
        in; one that cannot be (an error of any kind) is parsed by its own check."""
        auto = self.settings.language == AUTO_LANGUAGE
        jobs = []
        detected: dict[tuple[int, int], tuple[Checker, Document, str | None]] = {}
        for document in documents:
            try:
                found = self._detected(document) if auto else None
                if auto:  # the check takes it: detection is not run twice per article
                    detected[(id(self), id(document))] = (self, document, found)
                code = (found or self.lang.code) if auto else self.settings.language
                jobs.append((document, self.pipeline(code), get_language(code)))
            except Exception:  # its own check reports it
                continue
        ahead = parse_ahead([(d, nlp, lang, self.settings.extract) for d, nlp, lang in jobs])
        return _detected_ahead(detected, ahead)

    def check_document(
        self, document: Document, *, date: str | dt.date | None = None
    ) -> ArticleReport:
        """Check one article already read into a :class:`Document`.

        ``date`` is the article's date when the caller knows it from outside the file (a batch
        input's ``metadata``): an ISO 8601 string, a ``date`` or a ``datetime``; it comes before
        the date the article declares (front matter, HTML meta), and one that is not a date
        raises :class:`~quotecheck.errors.InputError` (E100) naming the article.
        Over the settings' ``time_budget`` this raises
        :class:`~quotecheck.errors.TimeBudgetExceeded`; a quote longer than
        ``max_quote_chars`` is a finding, not checked.
        """
        given = given_date(date, path=document.path)
        # Never unsupported: the configured language was checked when the Checker was built,
        # and detection answers only with a supported language.  Where the user named no
        # language ("auto") and detection cannot tell, the article is checked as English and
        # its report says so (docs/translation.md); a named language is never replaced.
        auto = self.settings.language == AUTO_LANGUAGE
        detected = self._detected_once(document) if auto else None
        code = (detected or self.lang.code) if auto else self.settings.language
        lang = get_language(code)
        nlp = self.pipeline(code)  # loading the pipeline is not the article's time
        seconds = self.settings.time_budget or None
        with time_budget(seconds, path=document.path):
            report = self._check_document(document, nlp, lang, given)
        if auto and detected is None:
            supported = ", ".join(available_languages())
            note = (
                f"language not recognised as one of {supported}: checked as {lang.code} "
                "(name the article's language with --language)"
            )
            report = report.model_copy(update={"notes": (*report.notes, note)})
        elif not auto and (other := self._detected(document)) not in (None, code):
            # A named (or default) language is never replaced: the report only says that the
            # article reads as another supported language, whose cues ("a déclaré") and
            # speakers' titles the check in ``code`` does not read.
            note = (
                f"the article reads as {other}, not {code}: checked as {code}, whose data does "
                f"not read another language's reporting verbs and titles (name its language "
                f"with --language {other}, or --language auto)"
            )
            report = report.model_copy(update={"notes": (*report.notes, note)})
        return report

    def _check_document(
        self, document: Document, nlp: Any, lang: LanguageData, date: str | None = None
    ) -> ArticleReport:
        starts = line_starts(document.raw)

        def pos(offset: int) -> tuple[int, int]:
            return position(starts, offset)

        known, speakers = self.declared(lang)
        result = extract(
            document,
            language=lang.code,
            nlp=nlp,
            known_speakers=known,
            lang_data=lang,
            settings=self.settings.extract,
        )
        info = article_info(document.raw, document.meta, document.format)
        ctx = ArticleContext(
            view=document.view,
            raw=document.raw,
            index=self.index,
            lang=lang,
            speakers=speakers.with_roles(result.roles, result.posts),
            position=pos,
            source_names=self.source_names,
            settings=self.settings.score,
            xling=self.settings.xling,
            aliases=self.aliases,
            quotes=result.quotes,
            marked=result.marked,
            reread=lambda quote, prefer: self._match(quote, document, lang, prefer),
            semantic=self._semantic if self.settings.crosslingual else None,
            date=date or info.date,
            title=info.title,
            condensed=result.condensed,
        )
        quotes = []
        for q in result.quotes:
            checkpoint("matching quotes")
            language = self._quote_language(q, result.language)
            if language is not None and not self.languages.includes(language):
                quotes.append(self._translated(q, language, ctx))
            else:
                judged = judge(q, self._match(q, document, lang), ctx)
                quotes.append(self._or_translated(q, judged, language, ctx))
        quotes = voice_doubts(
            result.quotes, quotes, dict(zip(self.source_names, self.sources, strict=True)), ctx
        )
        quotes = group_doubts(result.quotes, quotes, ctx)
        if any(q.joins is not None for q in result.quotes):
            quotes = judge_splits(
                result.quotes,
                quotes,
                ctx,
                lambda quote, view: match_quote(
                    quote,
                    view,
                    self.index,
                    lang,
                    aliases=self.aliases,
                    settings=self.settings.match,
                ),
            )
        findings = []
        for p in result.problems:
            line, col = pos(p.start)
            findings.append(
                make_finding("QC150", p.message, start=p.start, end=p.end, line=line, column=col)
            )
        if result.unquoted:
            why = result.unchecked_why if self.sources else "no sources were given"
            findings.append(_unquoted_turns(document, result.unquoted, why, pos))
        for key, value in info.unread:
            findings.append(_unread_date(document, key, value, pos))
        return ArticleReport(
            path=document.path,
            language=result.language,
            quotes=tuple(self._located(q) for q in quotes),
            findings=tuple(findings),
            notes=tuple(self.source_notes()),
        )

    def _located(self, result: QuoteResult) -> QuoteResult:
        """``result`` with the place of its match in the original (PDF page, cue times)."""
        m = result.match
        if m is None or m.location is not None or not self._placed:
            return result
        src = self._placed.get(m.source)
        loc = locate(src, m.start, m.end) if src is not None else None
        if loc is None:
            return result
        return result.model_copy(update={"match": m.model_copy(update={"location": loc})})

    # ------------------------------------------------------------------ across languages
    def crosslingual(self) -> Any:
        """The cross-lingual matcher over the sources (built on first use: it embeds them)."""
        if self._xl is None:
            from quotecheck.xling import CrossLingual

            self._xl = CrossLingual(
                self.sources,
                cache_dir=self.settings.embedding_cache or self.settings.cache_dir,
                use_cache=self.settings.embedding_cache_enabled,
                settings=self.settings.xling,
                languages=self.languages,
            )
        return self._xl

    def source_languages(self) -> set[str]:
        """Languages the sources are written in (declared, else detected), every one decided."""
        return self.languages.decide_all()

    def _quote_language(self, quote: Quote, article_language: str) -> str | None:
        """The quote's language, or None when no quote is checked across languages (the
        cross-lingual path is off, or there are no sources).

        Detected once per quote (from four words on; shorter quotes take the article's)."""
        if not self.settings.crosslingual or not self.sources:
            return None
        from quotecheck.xling import language_or

        words = len(quote.text.split())
        long_enough = words >= self.settings.xling.detect_min_words
        return language_or(quote.text, article_language) if long_enough else article_language

    def _translated(self, quote: Quote, language: str, ctx: ArticleContext) -> QuoteResult:
        """``quote`` (written in ``language``) judged against the sources in other languages."""
        found = self.crosslingual().check(quote.text, language) if quote.text.strip() else None
        return judge_translated(quote, translated.reading(quote, found, ctx), ctx)

    def _or_translated(
        self, quote: Quote, judged: QuoteResult, language: str | None, ctx: ArticleContext
    ) -> QuoteResult:
        """``judged`` (the quote against the sources in its own language), or the quote as a
        translation of a source in another language when it is one.

        Some source is in the quote's language, but the speaker's words may be in another one
        (a minister's German statement beside a mayor's English one): a quote the
        same-language check calls ``fabricated``, or finds only in a source of another
        language without its words (names and numbers in common, ``paraphrased``), is tried
        against the sources in other languages too, and their reading stands when it finds
        the words (``translated``, ``translated_altered``, or ``misattributed`` when the
        translation is of someone else's words) closely enough: a similarity of at least
        ``xling.override_min``, stricter than ``translated_min`` because the search compares
        no common nouns ("the new school" is no translation of a line about the dike), or a
        changed number or negation found in the span (``translated_altered``).  Never
        ``fabricated`` while a source in another language holds them.  Only then are the
        other sources' languages decided."""
        if language is None or not quote.text.strip():
            return judged
        m = judged.match
        elsewhere = (
            m is not None
            and judged.verdict not in _FOUND
            and not self._written_in(m.source, language)
        )
        if judged.verdict is not Verdict.FABRICATED and not elsewhere:
            return judged
        want = base_code(language)
        if all(base_code(self.languages[i]) == want for i in range(len(self.sources))):
            return judged
        found = self.crosslingual().check(quote.text, language)
        if found is None or not (
            found.similarity >= self.settings.xling.override_min
            or (found.verdict is Verdict.TRANSLATED_ALTERED and found.edits)
        ):
            return judged
        across = judge_translated(quote, translated.reading(quote, found, ctx), ctx)
        return across if across.verdict in _ACROSS else judged

    def _written_in(self, source_name: str, language: str) -> bool:
        """Whether the source named ``source_name`` is written in ``language`` (no region)."""
        want = base_code(language)
        return any(
            base_code(self.languages[i]) == want
            for i, name in enumerate(self.source_names)
            if name == source_name
        )

    def _match(
        self,
        quote: Quote,
        document: Document,
        lang: LanguageData,
        prefer: Callable[[int, int], bool] | None = None,
    ) -> QuoteMatch:
        """Stage 2 for one quote (``prefer`` breaks ties between equally good places)."""
        return match_quote(
            quote,
            document.view,
            self.index,
            lang,
            aliases=self.aliases,
            settings=self.settings.match,
            prefer=prefer,
        )

    def _semantic(self, quote_text: str, span_text: str) -> float:
        """Embedding similarity of a quote and one passage: two embeddings, not the
        cross-lingual index of every source."""
        from quotecheck.xling import default_encoder, paraphrase_similarity

        encoder = self._xl.encoder if self._xl is not None else default_encoder()
        return paraphrase_similarity(encoder, quote_text, span_text)

    def check_path(self, path: str | Path) -> ArticleReport:
        """Check one article file; an unreadable file, or one over a limit, gives a report
        with ``error`` set."""
        try:
            raw = read_text(path, max_bytes=self.settings.max_file_bytes)
            limit = getattr(self.pipeline(), "max_length", None)
            markup = detect_format(str(path)) == "html"
            refuse_too_long(raw, path=str(path), limit=limit, markup=markup)
            return self.check_document(make_document(raw, path=str(path)))
        except QuotecheckError as exc:
            return ArticleReport(path=str(path), language=self.settings.language, error=str(exc))


_DETECTED: ContextVar[dict[tuple[int, int], tuple[Checker, Document, str | None]] | None] = (
    ContextVar("quotecheck_detected_ahead", default=None)
)
"""Languages detected by :meth:`Checker.parse_ahead`, by checker and document, for the checks
inside its block (the entries hold both objects, so their ids are not reused meanwhile)."""


@contextmanager
def _detected_ahead(
    detected: dict[tuple[int, int], tuple[Checker, Document, str | None]],
    ahead: AbstractContextManager[None],
) -> Iterator[None]:
    """``ahead``, with ``detected`` added to the languages the checks inside it find (nested
    blocks of other checkers keep theirs)."""
    token = _DETECTED.set({**(_DETECTED.get() or {}), **detected})
    try:
        with ahead:
            yield
    finally:
        _DETECTED.reset(token)


def _unquoted_turns(
    document: Document, turns: Sequence[Turn], why: str, pos: Callable[[int], tuple[int, int]]
) -> Finding:
    """QC151 for an article set out as an interview whose labelled turns give words without
    quote marks that could not be checked as answers (``turns``, from
    :func:`~quotecheck.extract.turns.interview`; ``why``: the reason), at the first such
    turn's label: how many, whose, why, and the first one's opening words."""
    first = turns[0]
    view = document.view
    start = view.rfind("\n", 0, first.start) + 1
    start += len(view[start:]) - len(view[start:].lstrip())
    line_end = view.find("\n", first.start, first.end)
    end = first.end if line_end < 0 else line_end
    names = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    words = view[first.start : end].split()
    shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    count = f"{len(turns)} labelled turn{'s' if len(turns) != 1 else ''}"
    message = (
        f"{count} ({', '.join(names)}) give words without quote marks, from "
        f"“{first.speaker}: {shown}”, that were not checked against the sources: {why}"
    )
    line, col = pos(start)
    return make_finding("QC151", message, start=start, end=end, line=line, column=col)


def _unread_date(
    document: Document, key: str, value: str, pos: Callable[[int], tuple[int, int]]
) -> Finding:
    """QC504 for a front-matter date ``key`` whose ``value`` is not a date, at its line."""
    m = re.search(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*[:=]", document.raw)
    start = m.start() if m else 0
    end = document.raw.find("\n", start) if m else 0
    end = len(document.raw) if end < 0 else end
    line, col = pos(start)
    message = (
        f"{document.path}: front matter {key}: {value!r} is not a date, so the article is "
        "checked without one (give an ISO 8601 date such as 2026-04-03)"
    )
    return make_finding("QC504", message, start=start, end=end, line=line, column=col)


@functools.cache
def _courtesy_titles(code: str) -> dict[str, str]:
    """The titles of courtesy (``courtesy_titles``) → their gender ("m", "f", "" for none), read
    once: every language's, since an article read as one language may write another's ("Mme
    Quist" in French read as English), but a title marked ``own`` (also a given name or an
    initial elsewhere: "Don", "M.") only in an article of its own language ``code``."""
    titles: dict[str, str] = {}
    for other in available_languages():
        for title, value in get_language(other).courtesy_titles.items():
            gender, *marks = value.split()
            if "own" in marks and other != base_code(code):
                continue
            titles[title] = "" if gender == "-" else gender
    return titles


def require_sources(sources: Any) -> list[SourceLike]:
    """``sources`` as a list, each a :class:`Source` or a path (``str`` or ``Path``); anything
    else (``None`` in the list, an open file) is a ``TypeError`` naming the item."""
    require_sequence(sources, "sources")
    items = list(sources)
    for i, s in enumerate(items):
        if not isinstance(s, Source | str | Path):
            raise TypeError(
                f"sources[{i}] must be a Source or a path (str or Path), not {type(s).__name__}"
            )
    return items


def _sources(sources: Iterable[SourceLike], speaker: str | None) -> list[Source]:
    return [
        s if isinstance(s, Source) else _load_source(s, speaker=speaker)
        for s in require_sources(sources)
    ]


def check_text(
    text: str,
    *,
    sources: Sequence[SourceLike],
    speaker: str | None = None,
    path: str = "<text>",
    fmt: str | None = None,
    settings: Settings | None = None,
    nlp: Any = None,
) -> ArticleReport:
    """Check one article given as text against ``sources`` (Source objects or file paths).

    ``speaker`` declares the speaker of sources given as paths.  ``fmt`` is ``"text"``,
    ``"markdown"`` or ``"html"`` (default: from ``path``'s suffix; text without one is read as
    HTML when it looks like HTML, else as plain text).
    """
    document = make_document(text, path=path, fmt=fmt)
    checker = Checker(_sources(sources, speaker), require_settings(settings), nlp)
    return checker.check_document(document)


def check(
    paths: Sequence[str | Path],
    *,
    sources: Sequence[SourceLike],
    speaker: str | None = None,
    settings: Settings | None = None,
    nlp: Any = None,
) -> Report:
    """Check article files against ``sources`` only; a bad article gets an ``error``, not an
    exception.  (:func:`quotecheck.check` also reads the sources each article declares.)

    Sources that cannot be read raise :class:`~quotecheck.errors.InputError` (checking against
    a partial set of sources would report quotes as fabricated that are not).
    """
    require_sequence(paths, "paths")
    checker = Checker(_sources(sources, speaker), require_settings(settings), nlp)
    articles = [checker.check_path(p) for p in paths]
    return Report(tool=ToolInfo(version=__version__), articles=tuple(articles))
