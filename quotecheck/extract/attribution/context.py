"""What every attribution rule reads: the parsed article, its quotes and which tokens are quoted.

:class:`ArticleContext` is built once per article.  Marking the quoted tokens is one sweep over
tokens and quote spans in offset order, O(t + q); the other helpers are O(1) or O(sentence).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quotecheck.extract.speakers import Person, SpeakerRegistry
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import BLANK_LINE, WORD

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
ENTITY_NOT_PERSON = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "DATE", "TIME"})
POSSESSIVE = ("’s", "'s")
_CLOSING_MARKS = "\"'\u201d\u2019\u00bb\u201c "
"""Closing quote marks (and the typewriter pairs made of them), to read the text before them."""
_GOING_ON = ",\u2014\u2013\u2015"
"""What stands between a quote and the rest of its sentence when a sentencizer ends one there
(a comma, a dash): the sentence goes on."""


@dataclass
class QuoteSite:
    """What attribution needs to know about one quote."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark."""
    depth: int
    paragraph: int
    continues: int | None = None
    label: tuple[int, int] | None = None
    """Span of a transcript speaker label opening the quote ("PENCE: …"), colon included."""
    credit: tuple[int, int] | None = None
    """Span of a credit line closing the quote inside its marks ("… ¶ Ann Lee, Harbour
    Trust.”"), its full stop included; the name is its first part, a person's."""
    credit_shape: tuple[int, int] | None = None
    """Span of a last line of a credit's shape (:func:`~quotecheck.extract.attribution.position.
    credit_line`), whether or not its name reads as a person's: cut from the words compared
    when it names the attributed speaker (``position.credit_used``)."""


def trimmed(ents: Any) -> list[Any]:
    """Entities without the white-space tokens at their ends.  The recogniser may run a name
    on over a line break, into the blanks focused parsing puts for the lines it skips; the
    view there holds the words of those lines, which then read as part of the name."""
    out = []
    for ent in ents:
        lo, hi = ent.start, ent.end
        while lo < hi and ent.doc[lo].is_space:
            lo += 1
        while hi > lo and ent.doc[hi - 1].is_space:
            hi -= 1
        if (lo, hi) == (ent.start, ent.end):
            out.append(ent)
        elif lo < hi:
            out.append(type(ent)(ent.doc, lo, hi, label=ent.label))  # a spaCy Span, relabelled
    return out


@dataclass
class ArticleContext:
    """One article as attribution sees it."""

    doc: Any
    view: str
    sites: Sequence[QuoteSite]
    lang: LanguageData
    registry: SpeakerRegistry
    parsed: bool
    """Whether ``doc`` has a dependency parse (else token patterns are used)."""
    name_doc: Any = None
    """Entities only, of the lines focused parsing left out (names introduced there)."""
    in_quote: list[bool] = field(default_factory=list)
    spoken: list[tuple[int, str]] = field(default_factory=list)
    """(offset, canonical) of every speaker attributed so far, in document order."""
    genders: dict[str, str] = field(default_factory=dict)
    """Canonical person → ``m``/``f`` where the article says (see :mod:`.gender`)."""
    ents: list[Any] = field(default_factory=list)
    """The entities of ``doc``, read once (spaCy builds new spans on every ``doc.ents``)."""
    name_ents: list[Any] = field(default_factory=list)
    """The entities of ``name_doc``."""
    memo: dict[tuple[str, int], Any] = field(default_factory=dict)
    """Per-quote results read by several rules (window, cue candidates), by (what, offset)."""

    memo_article: dict[str, Any] = field(default_factory=dict)
    """Per-article results computed on first use (the blank lines of the parsed text)."""
    ent_starts: list[int] = field(default_factory=list)
    """Token index each of :attr:`ents` starts at (they are in text order)."""
    role_owners: list[tuple[Person, str]] = field(default_factory=list)
    """(person, owner as written) for every person the article describes as someone's role
    before their name ("Governor's spokesman Tom Reyes": Tom Reyes, "Governor")."""

    def ents_between(self, lo: int, hi: int) -> list[Any]:
        """The entities of ``doc`` that overlap tokens ``lo`` to ``hi - 1``: a bisection, not a
        scan of every entity (per quote, that made attribution quadratic)."""
        i = bisect.bisect_left(self.ent_starts, lo)
        if i > 0 and self.ents[i - 1].end > lo:
            i -= 1  # the one entity that starts before ``lo`` and runs into it
        return self.ents[i : bisect.bisect_left(self.ent_starts, hi)]

    def __post_init__(self) -> None:
        self.ents = trimmed(getattr(self.doc, "ents", ()))
        self.ent_starts = [e.start for e in self.ents]
        self.name_ents = trimmed(getattr(self.name_doc, "ents", ())) if self.name_doc else []
        self.in_quote = [False] * len(self.doc)
        spans = sorted((s.start, s.end) for s in self.sites if s.depth == 0)
        # One sweep over tokens and quote spans, both in offset order (not tokens × quotes).
        k = 0
        for tok in self.doc:
            while k < len(spans) and spans[k][1] <= tok.idx:
                k += 1
            j = k
            while j < len(spans) and spans[j][0] <= tok.idx:
                if tok.idx < spans[j][1]:
                    self.in_quote[tok.i] = True
                    break
                j += 1

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering ``offset`` (or the next one), None past the end."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return int(span.start)

    def starts_sentence(self, site: QuoteSite) -> bool:
        """Whether the quote opens a sentence (after a line break, . ! ? or :)."""
        view = self.view
        i = site.start - 1
        while i >= 0 and view[i].isspace() and view[i] != "\n":
            i -= 1  # spaces, tabs and no-break spaces
        if i >= 1 and view[i] in "\u201d\"'\u2019\u00bb" and view[i - 1] in ".!?":
            return True  # “…ended.” “Next quote
        return i < 0 or view[i] in "\n.!?:"

    @staticmethod
    def distance(site: QuoteSite, tok: Any) -> int:
        """Characters between a token and the quote (large inside the quote)."""
        idx: int = tok.idx
        if idx >= site.end:
            return idx - site.end
        if idx < site.start:
            return site.start - idx
        return 10_000  # inside a nested structure; prefer anything outside

    def is_reporting(self, tok: Any) -> bool:
        """Whether ``tok`` is a reporting verb of the language (:meth:`reporting_word`), or a
        form of one that the tagger read as a proper noun in a title-case headline ("Tells",
        "Calling": see :meth:`headline_verb`)."""
        return self.reporting_word(tok) or (tok.pos_ == "PROPN" and self.headline_verb(tok))

    def reporting_word(self, tok: Any) -> bool:
        """Whether ``tok`` is a reporting verb of the language as written or by its lemma when
        a lemmatiser ran (:mod:`quotecheck.extract.morphology`: "hingewiesen" → "hinweisen")."""
        verbs = self.lang.reporting_verbs
        return tok.lower_ in verbs or (bool(tok.lemma_) and tok.lemma_.lower() in verbs)

    def headline_verb(self, tok: Any) -> bool:
        """Whether ``tok``, in a title-case line, is an inflected form of a reporting verb: an
        irregular form (``reporting_verb_forms``) or a lemma with a regular ending
        (``verb_endings``).  Title case hides the verb from the tagger ("Lee Tells Council"), so
        the word's form is read instead; not inside a place name ("United States").  O(line)
        once per line, then O(endings)."""
        if tok.ent_type_ in ("GPE", "LOC"):
            return False
        return self.lang.inflects_reporting_verb(tok.lower_) and self.title_case_line(tok.idx)

    def title_case_line(self, offset: int) -> bool:
        """Whether the line around ``offset`` is written in title case: at least three words,
        every word of four letters or more capitalised (a headline)."""
        start = self.view.rfind("\n", 0, offset) + 1
        key = ("title-case", start)
        if key not in self.memo:
            end = self.view.find("\n", offset)
            words = WORD.findall(self.view[start : end if end >= 0 else len(self.view)])
            long = [w for w in words if len(w) >= 4]
            self.memo[key] = len(words) >= 3 and bool(long) and all(w[0].isupper() for w in long)
        found: bool = self.memo[key]
        return found

    def window(self, site: QuoteSite) -> list[Any]:
        """:meth:`read_window`, once per quote."""
        key = ("window", site.start)
        if key not in self.memo:
            self.memo[key] = self.read_window(site)
        found: list[Any] = self.memo[key]
        return found

    def read_window(self, site: QuoteSite) -> list[Any]:
        """Tokens of the sentences the quote touches, plus the attribution around it.

        The next sentence is included when it continues the quote's sentence ("“…,” the
        minister said" split by the parser, or a short "she said." after a full stop); the
        previous one when it ends with a colon that introduces the quote.
        """
        doc = self.doc
        first = self.token_at(site.start)
        last = self.token_at(max(site.start, site.end - 1))
        if first is None or last is None:
            return []
        lo = doc[first].sent.start
        hi = doc[last].sent.end
        if hi < len(doc):
            nxt = doc[hi].sent
            gap = self.view[site.end : nxt.start_char]
            inside_end = self.view[max(site.start, site.end - 2) : site.end]
            follows = self.view[nxt.start_char : nxt.start_char + 1]
            # A quote that closes its own sentence ("…poverty.”) is not framed by a long
            # sentence after it: "He says not …" starts the next statement.
            closed = (
                self.view[max(site.start, site.end - 4) : site.end]
                .rstrip(_CLOSING_MARKS)
                .endswith(".")
            )
            cue_soon = not closed and any(
                self.is_reporting(t)
                for t in list(nxt)[:5]
                if t.pos_ in ("VERB", "AUX") or not self.parsed
            )
            if not self.parsed:
                # a sentencizer (no parser) ends a sentence at "?»," or "? —": the comma or
                # the dash after it goes on with the sentence ("«¿…?», preguntó X",
                # "—¿…? —preguntó X")
                gap = gap.strip().strip(_GOING_ON)
            if (
                gap.strip() == ""
                and "\n" not in gap
                and (len(nxt) <= 12 or "," in inside_end or follows.islower() or cue_soon)
            ):
                hi = nxt.end
        j = lo - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if (
            lo == first
            and j >= 0
            and doc[j].text[-1:] not in ".!?:;\u201d\"'\u2019"
            and ("\n" not in self.view[doc[j].idx : site.start])
        ):
            # The parser began a sentence at the opening mark in mid-sentence ("X called Y
            # “…”"): the frame is in the sentence it cut off.
            lo = doc[j].sent.start
        elif j >= 0 and doc[j].text == ":":
            prev = doc[j].sent
            if len(prev) <= 60:
                lo = prev.start
        lo, hi = self._clip_to_paragraph(site, lo, hi)
        return [t for t in doc[lo:hi] if not t.is_space]

    def _clip_to_paragraph(self, site: QuoteSite, lo: int, hi: int) -> tuple[int, int]:
        """Tokens ``lo`` to ``hi`` without those across a blank line (:data:`BLANK_LINE`: a
        paragraph break, or a line focused parsing blanked) before or after the quote.

        The parser does not always end a sentence at a paragraph break, and never at a line
        focused parsing blanked: "“…,” wrote Lee. [blanked paragraph] “…”" would otherwise
        put Lee's cue in the second quote's sentence.  A frame ending with a colon before the
        break ("Lee said:" then the quote as its own paragraph) is kept.  O(log breaks) per
        quote: the text and its breaks are read once per article (:attr:`memo_article`).
        """
        if "breaks" not in self.memo_article:
            # ``doc.text`` joins the text of every token on each read: read once per article
            self.memo_article["text"] = self.doc.text
            self.memo_article["breaks"] = [
                (m.start(), m.end()) for m in BLANK_LINE.finditer(self.memo_article["text"])
            ]
        text: str = self.memo_article["text"]
        breaks: list[tuple[int, int]] = self.memo_article["breaks"]
        k = bisect.bisect_right(breaks, (site.start, site.start)) - 1
        if k >= 0 and self.doc[lo].idx < breaks[k][0]:
            i = breaks[k][0] - 1
            while i >= 0 and text[i].isspace():
                i -= 1
            if i < 0 or text[i] != ":":
                first = self.token_at(breaks[k][1])
                if first is not None:
                    lo = max(lo, min(first, hi))
        k = bisect.bisect_left(breaks, (site.end, site.end))
        if k < len(breaks) and hi > 0 and self.doc[hi - 1].idx >= breaks[k][1]:
            last = self.token_at(breaks[k][0])
            if last is not None:
                hi = min(hi, max(last, lo))
        return lo, hi
