"""Typed values of a lineage: renderings in; groups → source span → variants → origin, copies out.

A :class:`Rendering` is one quote of one article as the checker reported it, plus what the
lineage needs about the article (its date and its place in the input order).  It is built from
a :class:`~quotecheck.models.QuoteResult` (:mod:`quotecheck.lineage.renderings`) or from a flat
batch record (``quotecheck.batch``), so the same logic runs in process and on Dask.

The result models are the JSON contract of ``quotecheck lineage -f json`` (see
``docs/lineage.md``): later versions may add fields, never rename or remove them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from quotecheck.models import Edit, Segment

LINEAGE_SCHEMA_VERSION = 1
"""Version of the lineage JSON contract (``docs/lineage.md``)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rendering(_Frozen):
    """One quote of one article, with the article's date and input position."""

    article: str
    """The article's path (or id in a batch)."""
    order: str
    """Sort key of the article's input position (file order: the tie-breaker and the fallback
    when an article has no date)."""
    date: str | None = None
    """ISO date (``YYYY-MM-DD``, optionally with a time) of the article, when it states one."""
    date_from: str | None = None
    """Where the date came from: ``front-matter``, ``html-meta`` or ``metadata``."""
    title: str | None = None
    outlet: str | None = None
    quote_index: int
    language: str = "en"
    text: str
    start: int
    end: int
    line: int = 1
    speaker: str | None = None
    mention: str | None = None
    verdict: str
    source: str | None = None
    """The matched source (path as given), or None for a quote without a counterpart."""
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    pieces: tuple[tuple[int, int], ...] = ()
    edits: tuple[Edit, ...] = ()
    segments: tuple[Segment, ...] = ()
    translated: bool = False
    """The quote was matched across languages (its words cannot be compared with the source's)."""

    @property
    def key(self) -> str:
        """A unique id of the rendering: article and quote index."""
        return f"{self.article}#{self.quote_index}"


class Trait(_Frozen):
    """A way a rendering departs from its source passage, which a copy may share."""

    kind: str
    """``edit``, ``narration``, ``elision``, ``cut`` or ``descriptor``."""
    key: str
    """Stable identity: two renderings share the trait when their keys are equal."""
    label: str
    """What it is, for people ("“justified” → “understandable”")."""
    weight: float = Field(ge=0.0, le=1.0)
    """How much sharing it says about copying (an elision or a changed word: much; a cut at a
    sentence boundary or a house-style spelling: little)."""
    meaning_changing: bool = False


class ArticleRef(_Frozen):
    """An article as the lineage shows it."""

    path: str
    date: str | None = None
    date_from: str | None = None
    """``front-matter``, ``html-meta``, ``metadata``, or None when the input order stood in."""
    title: str | None = None
    outlet: str | None = None
    language: str = "en"
    quote_index: int
    line: int = 1
    text: str
    """The quote as this article printed it."""
    verdict: str
    mention: str | None = None


class Evidence(_Frozen):
    """Why one rendering is taken to descend from an earlier one."""

    kind: str
    """``same-words``, ``shared-edit``, ``shared-narration``, ``shared-elision``,
    ``shared-cut``, ``shared-descriptor`` or ``same-cut-and-elision-across-languages``."""
    detail: str
    weight: float


class Copy(_Frozen):
    """A later article that carries a variant (or inherits part of it)."""

    article: ArticleRef
    relation: str
    """``same-words`` (the identical wording), ``translation`` (another language, sharing the
    variant's elisions and cuts) or ``derived`` (a later variant built on this one)."""
    variant: str | None = None
    """For ``derived``: the id of the later variant."""
    evidence: tuple[Evidence, ...] = ()
    confidence: float = Field(ge=0.0, le=1.0)


class Variant(_Frozen):
    """One distinct wording of the passage: its departures from the source, origin and copies."""

    id: str
    text: str
    language: str = "en"
    verdict: str
    edits: tuple[Edit, ...] = ()
    """The origin rendering's typed edits against the source (as ``quotecheck check`` gives)."""
    traits: tuple[Trait, ...] = ()
    """Every departure the variant carries."""
    introduced: tuple[str, ...] = ()
    """Keys of traits first printed by this variant's origin (its own alterations)."""
    inherited: tuple[str, ...] = ()
    """Keys of traits taken over from the parent variant."""
    parent: str | None = None
    """The variant this one was built on, or None: quoted from the source independently."""
    origin: ArticleRef
    """The first article (by date, then input order) that printed this variant."""
    origin_confidence: float = Field(ge=0.0, le=1.0)
    copies: tuple[Copy, ...] = ()
    independent: tuple[ArticleRef, ...] = ()
    """Later articles with the same words that share no departure with it (the source quoted
    faithfully again: nothing says they copied)."""


class TraitOrigin(_Frozen):
    """Who introduced one departure, and who carries it on."""

    trait: Trait
    origin: str
    """Path of the first article that printed it."""
    variant: str
    carriers: tuple[str, ...] = ()
    """Later articles carrying it (copies, translations that share it, derived variants)."""


class SourceSpan(_Frozen):
    """The source passage the group renders."""

    source: str | None
    """The source path as given, or None for a group of quotes without a counterpart."""
    start: int | None = None
    end: int | None = None
    text: str
    speaker: str | None = None


class Group(_Frozen):
    """All renderings of one source passage, as variants in date order."""

    id: str
    span: SourceSpan
    grouped_by: str
    """``source-span`` (matched spans that overlap) or ``similarity`` (quotes without a
    counterpart, joined by their mutual similarity)."""
    order: str
    """``date`` when every article has a date, ``date-and-input-order`` when some fall back
    to the input order, ``input-order`` when none has a date."""
    renderings: int
    variants: tuple[Variant, ...] = ()
    alterations: tuple[TraitOrigin, ...] = ()
    """Each departure with its origin and carriers, in order of first appearance."""


class LineageReport(_Frozen):
    """The lineage of every quoted passage of an archive."""

    schema_version: int = LINEAGE_SCHEMA_VERSION
    tool: str = "quotecheck"
    version: str
    articles: int
    renderings: int
    groups: tuple[Group, ...] = ()
    errors: tuple[str, ...] = ()
    """Articles that could not be read, with the reason."""
