"""Typed values that flow through the pipeline: documents → quotes → matches → verdicts.

Every model is a frozen pydantic model with ``extra="forbid"``: values are created once by the
stage that computes them and never mutated afterwards.  All offsets are code-point offsets into
the *raw* text as decoded (UTF-8, BOM removed); normalised text is only ever a comparison view.

This module imports nothing from the rest of the package.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
"""Version of the JSON report contract (see ``docs/json-contract.md``)."""


class Frozen(BaseModel):
    """Base for all value types: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class SettingsSection(BaseModel):
    """Base of the settings sections each stage takes (``match``, ``score``, ``xling``,
    ``extract``): frozen, strict about unknown keys, written kebab-case in configuration files
    (``found-min``) and snake_case in Python."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True
    )


class Verdict(StrEnum):
    """How faithful a quote is to its primary source."""

    VERBATIM = "verbatim"
    NORMALIZED = "normalized"
    ELIDED = "elided"
    ALTERED = "altered"
    PARAPHRASED = "paraphrased"
    SPLICED = "spliced"
    NARRATION_INSERTED = "narration_inserted"
    TRANSLATED = "translated"
    TRANSLATED_ALTERED = "translated_altered"
    FABRICATED = "fabricated"
    MISATTRIBUTED = "misattributed"
    UNVERIFIABLE = "unverifiable"


class Level(StrEnum):
    """Severity of a finding, ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Numeric rank for comparisons (info=0, warning=1, error=2)."""
        return ("info", "warning", "error").index(self.value)


class QuoteKind(StrEnum):
    """What kind of quoted span the extractor found."""

    FULL = "full"  # a whole utterance, usually with its own sentence
    PARTIAL = "partial"  # a fragment quoted inside the reporter's narration
    SCARE = "scare"  # scare quotes, titles, mentions of a word: not speech
    BLOCK = "block"  # Markdown ``>`` or HTML <blockquote>/<q>


class SegmentKind(StrEnum):
    """The pieces a quote's text is made of."""

    TEXT = "text"  # the speaker's words as the article gives them
    ELLIPSIS = "ellipsis"  # … ... [...] […]: words left out
    INSERTION = "insertion"  # [the minister], [sic]: the reporter's own words
    LABEL = "label"  # "PENCE:" opening a quoted transcript line: who speaks, not speech


class AttributionRule(StrEnum):
    """The frame or neighbour that found a quote's speaker (``Attribution.rule``)."""

    # from the dependency parse
    VERB_SUBJECT = "verb-subject"  # the subject of a reporting verb that frames the quote
    VERB_SUBJECT_CLIMBED = "verb-subject-climbed"  # reached through "went on to add"
    ACCORDING_TO = "according-to"
    COLON_SUBJECT = "colon-subject"  # the subject of the clause ending in a colon
    # token patterns, without a parser (German)
    NAME_THEN_CUE = "name-then-cue"
    CUE_THEN_NAME = "cue-then-name"
    CUE_CLAUSE_PRONOUN = "cue-clause-pronoun"
    # by position
    COLON_LABEL = "colon-label"  # "Name: “…”"
    LINE_LABEL = "line-label"  # "Name: … ‘…’" (headline or transcript line)
    DASH_CREDIT = "dash-credit"  # "“…” — Name"
    CUE_AFTER_QUOTE = "cue-after-quote"  # "“…” the 43-year-old asked", read by position
    SPEAKER_LABEL = "speaker-label"  # "“PENCE: …”" inside the marks
    # from neighbours
    CONTINUATION = "continuation"  # the second part of an interrupted quote
    CARRY_OVER = "carry-over"  # the previous quote's speaker
    SENTENCE_SUBJECT = "sentence-subject"
    PRECEDING_CUE = "preceding-cue"
    PRECEDING_SUBJECT = "preceding-subject"
    # none
    NEARBY_PERSON = "nearby-person"  # a person named in the quote's sentences, no frame
    CLAUSE_SUBJECT = "clause-subject"  # the subject of the clause the quote stands in
    PASSIVE_AGENT = "passive-agent"  # "called “…” by the mayor": the agent of a passive verb
    SURVEY = "survey"  # "In a CNN poll, 75 percent said “…”": the poll that counts the answer
    NESTED = "nested"  # a quote within a quote
    NONE = "none"


class EditKind(StrEnum):
    """Typed differences between a quote and its source span."""

    # generic operations
    SUBSTITUTION = "substitution"
    INSERTION = "insertion"
    DELETION = "deletion"
    REORDERING = "reordering"
    # meaning-changing
    NEGATION = "negation"
    MODALITY = "modality"
    NUMBER = "number"
    ENTITY = "entity"
    PERSON = "person"
    TENSE = "tense"
    # cosmetic
    SPELLING = "spelling"
    CASING = "casing"
    PUNCTUATION = "punctuation"
    CONTRACTION = "contraction"
    ALIAS = "alias"


MEANING_CHANGING_EDITS = frozenset(
    {
        EditKind.NEGATION,
        EditKind.MODALITY,
        EditKind.NUMBER,
        EditKind.ENTITY,
        EditKind.PERSON,
        EditKind.TENSE,
    }
)
COSMETIC_EDITS = frozenset(
    {
        EditKind.SPELLING,
        EditKind.CASING,
        EditKind.PUNCTUATION,
        EditKind.CONTRACTION,
        EditKind.ALIAS,
    }
)


class Segment(Frozen):
    """One piece of a quote's text, with raw offsets into the article."""

    kind: SegmentKind
    text: str
    start: int
    end: int


class SpeakerCandidate(Frozen):
    """One speaker the extractor considered for a quote, with the ranker's score."""

    speaker: str | None = None
    """Canonical person the mention resolves to (None when it does not resolve)."""
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    rule: AttributionRule = AttributionRule.NONE
    """The frame or neighbour that proposed it."""
    score: float = 0.0
    """0–1: how likely the ranker finds it that this is the speaker."""


class Attribution(Frozen):
    """Who the article says spoke a quote, and how quotecheck decided it."""

    speaker: str | None = None
    """Canonical speaker after resolution within the article (and against source speakers)."""
    mention: str | None = None
    """The article's own words for the speaker at this quote ("the mayor", "she")."""
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    """The reporting verb or phrase ("said", "according to")."""
    cue_start: int | None = None
    cue_end: int | None = None
    rule: AttributionRule = AttributionRule.NONE
    """The attribution rule that fired, for provenance."""
    confidence: float = 0.0
    reason: str | None = None
    """Why the quote is unattributed, when it is."""
    occasion: str | None = None
    """An occasion the article places the quote on ("in a tweet"), when it names one."""
    candidates: tuple[SpeakerCandidate, ...] = ()
    """Every speaker considered, best first (the first is ``speaker``'s); empty when one
    frame decides alone (a transcript label, a quote's continuation, a nested quote)."""


class Quote(Frozen):
    """A quoted span found in an article: what stands between one pair of quote marks."""

    index: int
    text: str
    start: int
    end: int
    line: int
    column: int
    open_mark: str
    close_mark: str
    kind: QuoteKind = QuoteKind.FULL
    segments: tuple[Segment, ...] = ()
    parent: int | None = None
    """Index of the enclosing quote for a quote within a quote."""
    continues: int | None = None
    """Index of the previous segment of the same utterance (interrupted or multi-paragraph)."""
    joins: int | None = None
    """Index of the quote this one goes on from across its reporting cue, mid-sentence: the
    two pairs of marks of one split quote ("“The pier,” Lee said, “will run all winter.”"),
    checked together as one utterance (``docs/verdicts.md``, *Split quotes*)."""
    language: str = "en"
    attribution: Attribution = Field(default_factory=Attribution)
    reader_text: str = ""
    """The quote as a reader of the rendered article sees it (Markdown or HTML markup left out,
    character references decoded); ``text`` for plain text.  Empty where it was not read."""
    turn_label: str | None = None
    """For words an interview article prints as a labelled answer without quote marks
    ("**Quist:** …", "A: …"), the label as printed ("Quist", "A"); then ``open_mark`` and
    ``close_mark`` are empty.  None for a quote in marks."""


class Turn(Frozen):
    """A stretch of a source spoken by one speaker (a transcript turn, or a quote inside it)."""

    start: int
    end: int
    speaker: str | None
    quoted: bool = False
    """True for words the source itself quotes from someone else."""
    voice: str | None = None
    """A diarisation tool's placeholder label for the unnamed voice of this turn
    ("SPEAKER_00"; then ``speaker`` is None): it names no one, but two such voices are
    two people (``docs/sources.md``)."""


class Place(Frozen):
    """Where one stretch ``text[start:end]`` of a source stands in the original it was read from.

    A source's ``places`` cover its text without gaps, in order: the map from every character
    back to the PDF page and line, the subtitle cue, or the offset in the file.  Within one
    place, character ``start + k`` is ``offset + k`` of the original's text (when ``offset`` is
    set; a character written as an escape or reference, ``&amp;``, maps to where it starts);
    ``inserted`` marks characters the reader added (the space that joins two cues).
    """

    start: int
    end: int
    offset: int | None = None
    """Code-point offset of ``text[start]`` in the original file's text (None for a PDF)."""
    page: int | None = None
    """1-based page of a PDF."""
    line: int | None = None
    """1-based line on the page (PDF, in reading order) or in the file (subtitles, JSON)."""
    start_time: float | None = None
    """Start of the cue or segment, in seconds from the start of the media."""
    end_time: float | None = None
    inserted: bool = False


class Location(Frozen):
    """Where a match stands in a PDF (page, line) or a recording (start and end in seconds)."""

    page: int | None = None
    line: int | None = None
    start_time: float | None = None
    end_time: float | None = None
    url: str | None = None
    """The source's declared URL with the place in it (``#page=2``, ``?t=872``)."""


class Source(Frozen):
    """A primary source: a statement, transcript or interview, with who speaks where."""

    id: str
    path: str | None = None
    text: str
    language: str = "en"
    language_declared: bool = False
    """True when ``language`` was declared (front matter ``language:``, the source's entry, the
    API): then it is taken as is, never detected."""
    kind: str = "statement"
    kind_declared: bool = False
    """True when ``kind`` was declared (front matter ``kind:``, the source's entry, the API)
    or the text's speaker turns make the source a transcript (they say what it is); else it
    is the loader's default ("statement"): a guess, which never makes QC203
    (``docs/verdicts.md``)."""
    speaker: str | None = None
    """Default speaker of the whole source (declared, from front matter, or from a byline)."""
    speaker_origin: str = "none"
    """How the speaker was established: declared, front-matter, byline, transcript or none."""
    aliases: tuple[str, ...] = ()
    """Other names for the speaker."""
    turns: tuple[Turn, ...] = ()
    """Speaker turns and source-internal quotes; text outside every turn belongs to ``speaker``."""
    occasion: str | None = None
    date: str | None = None
    shared: bool = False
    """Given for many articles at once (``--source``), not declared by the article for itself:
    it covers a quote's occasion only when it declares one the article names (a quote missing
    from it is unverifiable, not fabricated; see ``docs/verdicts.md``)."""
    body_start: int = 0
    """Offset where the source's content starts (after front matter)."""
    format: str = "text"
    """What the source was read from: text, pdf, web, srt, vtt or transcript-json."""
    url: str | None = None
    """Where the original is published (a PDF, a video), for links to the place of a match."""
    title: str | None = None
    author: str | None = None
    """Title and byline of a web page or document, when the reader found them."""
    places: tuple[Place, ...] = ()
    """Map of ``text`` back to the original (empty for text read as is)."""

    def speaker_at(self, offset: int) -> tuple[str | None, bool]:
        """Who speaks at ``offset``: (speaker, whether the source quotes someone else there).

        The innermost turn around ``offset`` decides (the one that starts last; of two that
        start together, the shorter): a quoted turn's speaker (usually unknown) with True, a
        transcript turn's speaker with False; outside every turn, the source's speaker.  The
        one answer to this question for the whole pipeline (scorer, cross-language path).
        """
        best: Turn | None = None
        for turn in self.turns:
            if turn.start <= offset < turn.end and (
                best is None
                or turn.start > best.start
                or (turn.start == best.start and turn.end - turn.start < best.end - best.start)
            ):
                best = turn
        if best is None:
            return self.speaker, False
        return best.speaker, best.quoted

    def voice_at(self, offset: int) -> str | None:
        """The placeholder voice ("SPEAKER_00") of the unquoted turn around ``offset``, or
        None when it is no unnamed voice of a timed transcript.  O(turns)."""
        return next(
            (t.voice for t in self.turns if t.voice and not t.quoted and t.start <= offset < t.end),
            None,
        )

    @property
    def voices(self) -> frozenset[str]:
        """The placeholder voices of the source's turns."""
        return frozenset(t.voice for t in self.turns if t.voice)


class Edit(Frozen):
    """One typed difference, showing the article's words and the source's words."""

    kind: EditKind
    quote: str
    source: str
    quote_start: int | None = None
    quote_end: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    meaning_changing: bool = False
    note: str | None = None
    gap: bool = False
    """The difference stands where the source marks a gap ("(inaudible)", "[crosstalk]"): the
    source could not hear the speaker, so it is not checked and is no change."""
    convention: bool = False
    """The difference is one of transcription conventions and carries no meaning: a filler
    ("uh"), a phrase said twice and written once, a discourse marker set off from its sentence
    ("You know, …"), a transcript's note of what happened ("(APPLAUSE)"), "this one" for
    "this".  Shown, never counted as a change (``docs/verdicts.md``)."""
    heard: bool = False
    """The difference is an unstressed "a", "the" or "and" added or dropped alone in a record
    of speech, which two transcribers of one speech plausibly hear differently
    (``lang/<code>/weak_forms.txt``): still a change, shown, but a quote whose every change is
    heard either way is `normalized` (``docs/verdicts.md``, Transcript variants)."""


class MatchInfo(Frozen):
    """The counterpart of a quote in a source (the JSON contract's ``match``)."""

    source: str
    """The source's path as given (or its id for in-memory sources)."""
    start: int
    end: int
    text: str
    speaker: str | None = None
    pieces: tuple[tuple[int, int], ...] = ()
    """Source spans aligned to each text segment of the quote, in quote order."""
    normalization: tuple[str, ...] = ()
    """Normalisation levels that were needed to align (typography, case, house-style, alias)."""
    location: Location | None = None
    """Page and line, or cue times, of the match in the original (PDF, subtitles, recordings)."""


class Finding(Frozen):
    """A rule violation with its code, level, position and evidence."""

    code: str
    name: str
    level: Level
    message: str
    start: int
    end: int
    line: int
    column: int
    quote_index: int | None = None


class Suppression(Frozen):
    """A finding an inline ``quotecheck-disable…`` comment suppressed, with its reason."""

    code: str
    name: str
    reason: str = ""
    """The text after ``--`` in the comment (empty when none was given)."""


class QuoteResult(Frozen):
    """One quote with its verdict: the JSON contract's quote record."""

    text: str
    start: int
    end: int
    line: int
    column: int
    speaker: str | None
    speaker_mention: str | None
    verdict: Verdict
    similarity: float = Field(ge=0.0, le=1.0)
    match: MatchInfo | None
    edits: tuple[Edit, ...] = ()
    codes: tuple[str, ...] = ()
    kind: QuoteKind = QuoteKind.FULL
    segments: tuple[Segment, ...] = ()
    attribution: Attribution = Field(default_factory=Attribution)
    findings: tuple[Finding, ...] = ()
    explanation: str = ""
    """A one-line human explanation of the verdict."""
    suppressed: tuple[Suppression, ...] = ()
    """Findings of this quote that inline comments suppressed (not in :attr:`findings`)."""
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    """Calibrated probability that the verdict is right (``docs/verdicts.md``, *Verdict
    confidence*); None where no calibration applies."""
    reader_text: str = ""
    """The quote as a reader of the rendered article sees it: ``text`` with Markdown or HTML
    markup left out and character references decoded (``&amp;`` → "&"); equal to ``text``
    for plain text.  Empty from older versions."""
    joins: int | None = None
    """For the second piece of a split quote ("“The pier,” Lee said, “will run all
    winter.”"), the index in the article's ``quotes`` of the piece it goes on from; None
    otherwise (and from older versions)."""
    turn_label: str | None = None
    """For an interview's answer printed as a labelled turn without quote marks ("**Quist:**
    …", "A: …"), the label as the article prints it ("Quist", "A"): the quote is that turn's
    words (a paragraph of it), label left out.  None for a quote in marks (and from older
    versions)."""

    @property
    def shown(self) -> str:
        """The quote's words to show a person: :attr:`reader_text`, else :attr:`text`."""
        return self.reader_text or self.text


class ArticleReport(Frozen):
    """Results for one article; ``error`` is set instead of quotes when it could not be read."""

    path: str
    language: str = "en"
    quotes: tuple[QuoteResult, ...] = ()
    findings: tuple[Finding, ...] = ()
    """Article-level findings (unbalanced quote marks, source problems)."""
    notes: tuple[str, ...] = ()
    """Informational notes, e.g. how a source's speaker was inferred."""
    error: str | None = None


class ToolInfo(Frozen):
    """Name and version of the tool that produced a report."""

    name: str = "quotecheck"
    version: str


class Report(Frozen):
    """The whole result of a run: the stable JSON contract (``schema_version`` 1)."""

    schema_version: int = SCHEMA_VERSION
    tool: ToolInfo
    articles: tuple[ArticleReport, ...] = ()

    def all_findings(self) -> list[tuple[ArticleReport, Finding]]:
        """Every finding in the report, article-level and per quote, in document order."""
        out: list[tuple[ArticleReport, Finding]] = []
        for art in self.articles:
            found = list(art.findings)
            for q in art.quotes:
                found.extend(q.findings)
            found.sort(key=lambda f: (f.start, f.code))
            out.extend((art, f) for f in found)
        return out

    def max_level(self) -> Level | None:
        """The most severe finding level in the report, or None without findings."""
        levels = [f.level for _, f in self.all_findings()]
        return max(levels, key=lambda lv: lv.rank) if levels else None
