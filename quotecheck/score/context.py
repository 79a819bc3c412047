"""What the scorer knows about one article, built once and shared by every quote of it.

:class:`ArticleContext` replaces the keyword arguments and module caches the scorer used to
carry: the article's text and narration view, the occasions it names for each speaker, who
speaks in which source, the settings, and the two services the ladder may ask of the pipeline
(a second reading preferring the speaker's own turn, and the embedding similarity of two
texts).  Everything derived is computed on first use and kept for the article's other quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from quotecheck.extract.speakers import same_person
from quotecheck.lang.schema import LanguageData
from quotecheck.match import QuoteMatch
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import AliasTable, Token, tokenize
from quotecheck.models import AttributionRule, Finding, Quote, Source
from quotecheck.rules import make_finding
from quotecheck.score.settings import ScoreSettings
from quotecheck.xling.checks import latin_script, same_word_across_scripts
from quotecheck.xling.core import XlingSettings

__all__ = ["ArticleContext", "Reread", "Semantic", "SpeakerCheck"]

Reread = Callable[[Quote, Callable[[int, int], bool]], QuoteMatch]
"""Match ``quote`` again, breaking ties with ``prefer(source, token position)``."""

Semantic = Callable[[str, str], float]
"""Embedding similarity (0..1) of a quote and a source passage."""


@dataclass(frozen=True)
class SpeakerCheck:
    """Who has a source, and which names denote the same person (one per set of sources)."""

    with_sources: tuple[str, ...]
    """Canonical names of speakers who have at least one source."""
    aliases: dict[str, tuple[str, ...]]
    """Speaker → other names for them (from sources and configuration)."""
    people: dict[str, frozenset[int]] = field(default_factory=dict)
    """Each name of a declared speaker → the people of the declared registry it is a form of
    (:func:`quotecheck.extract.declared_registry`, which extraction links names to)."""
    courtesy: Mapping[str, str] = field(default_factory=dict)
    """Titles of courtesy (``courtesy_titles``: "mme", "frau", "mr") → their gender ("f",
    "m", or "" for none), compared away before a name ("Mme Quist" is "Mara Quist" in an
    article of any language); two names whose titles are of opposite genders ("Mr Vell",
    "Mrs Vell") are never one person."""
    posts: frozenset[str] = frozenset()
    """Words of the titles of a post or rank before a name in the article's language
    (``titles`` and ``role_nouns``: "mayor", "dr", "councilmember", "maire"): a speaker label
    of such a title and a surname ("MAYOR PENHALLOW:", "LA MAIRE PENNEC :") is the surname's person,
    so the title (and a determiner before it) is compared away before a name as a title of
    courtesy is — a given name then contradicts only another given name ("Delia Penhallow"
    is "MAYOR PENHALLOW"; "Tom Penhallow" is not "MAYOR DELIA PENHALLOW"), and two names
    with two different posts ("SENATOR VELL", "Governor Vell") are not one person by their
    surname alone."""
    post_genders: Mapping[str, str] = field(default_factory=dict)
    """Post titles that mark a gender (``gendered_titles``: "chairwoman" → "f"): compared as
    the genders of :attr:`courtesy` titles are."""
    fillers: frozenset[str] = frozenset()
    """The article language's function words (``stopwords``, ``determiners``), left out
    before a post title only ("THE MAYOR PENHALLOW", "LA MAIRE PENNEC"; "LE PEN" keeps its
    particle)."""
    post_forms: Mapping[str, str] = field(default_factory=dict)
    """A post title written out → the form it is compared as (``name_abbreviations``:
    "governor" → "gov", so "GOVERNOR VELL" and "Gov. Vell" hold one post)."""
    held: frozenset[str] = frozenset()
    """Labels the article names the holder of (extraction's ``roles``: "MAYOR PENHALLOW" →
    "Tom Penhallow", :meth:`with_roles`): such a label is that holder, not whoever else of
    the surname the article names ("Delia Penhallow")."""
    person_posts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Names the article gives a post of office ("Rep. Ana Penhallow" → "rep"; extraction's
    ``posts``): compared with a label's post as a title written in the name is."""

    def same(self, a: str | None, b: str | None) -> bool:
        """Whether two speaker names denote the same person: two names of one person of the
        declared registry are (extraction's decision: "Bernie Vale" and "Bernard Vale"
        declared by two sources); else a suffix is compared as a word of the name
        (:func:`same_person` without ``suffixes``), so two different ones ("Ray Dunn Sr." /
        "Ray Dunn Jr.") are two people while a name without one fits one with one ("Ray
        Dunn" / "Ray Dunn Jr."; docs/verdicts.md).  Two names in two scripts are compared
        as the cross-language checks compare names ("Берг" is "Anna Berg":
        :func:`_across_scripts`)."""
        if not a or not b:
            return False
        if self.people.get(a, frozenset()) & self.people.get(b, frozenset()):
            return True
        names_a = (a, *self.aliases.get(a, ()))
        names_b = (b, *self.aliases.get(b, ()))
        if any(same_person(x, y) or _across_scripts(x, y) for x in names_a for y in names_b):
            return True
        if not self.courtesy and not self.posts:
            return False
        for x in names_a:
            bare_x, genders_x, posts_x = self.without_titles(x)
            for y in names_b:
                bare_y, genders_y, posts_y = self.without_titles(y)
                if bare_x == x and bare_y == y:
                    continue  # no title on either side: compared above
                if (bare_x != x and x in self.held) or (bare_y != y and y in self.held):
                    continue  # "MAYOR PENHALLOW" the article names "Tom Penhallow": an alias
                posts_x |= self.person_posts.get(x, frozenset())
                posts_y |= self.person_posts.get(y, frozenset())
                if genders_x and genders_y and not genders_x & genders_y:
                    continue  # "Mr Vell" and "Mrs Vell": titles of opposite genders
                if posts_x and posts_y and not posts_x & posts_y:
                    continue  # "SENATOR VELL" and "Governor Vell": two posts
                if same_person(bare_x, bare_y) or _across_scripts(bare_x, bare_y):
                    return True
        return False

    def without_titles(self, name: str) -> tuple[str, frozenset[str], frozenset[str]]:
        """``name`` without the titles of courtesy and of a post before it ("Mme Quist" →
        "Quist", "MAYOR PENHALLOW" and "THE MAYOR PENHALLOW" → "PENHALLOW"; a name that is
        nothing but titles stays as it is: "THE MAYOR"), the genders those titles give, and
        the post titles left out."""
        words = name.split()
        k = 0
        genders: set[str] = set()
        posts: set[str] = set()
        while k < len(words) - 1:
            title = words[k].lower().rstrip(".")
            if title in self.courtesy:
                if gender := self.courtesy[title]:
                    genders.add(gender)
            elif title in self.posts:
                posts.add(self.post_forms.get(title, title))
                if gender := self.post_genders.get(title, ""):
                    genders.add(gender)
            elif not (
                k == 0 and title in self.fillers and words[1].lower().rstrip(".") in self.posts
            ):
                break
            k += 1
        if k == len(words) - 1 and words[k].lower().rstrip(".") in self.posts:
            return name, frozenset(), frozenset()  # a post alone ("THE MAYOR"): no name
        return " ".join(words[k:]), frozenset(genders), frozenset(posts)

    def with_roles(
        self, roles: Mapping[str, str], posts: Mapping[str, frozenset[str]] | None = None
    ) -> SpeakerCheck:
        """This check for one article that names the holders of some role labels (extraction's
        ``roles``: "THE MAYOR" → "Mara Quist", "MAYOR QUIST" → "Mara Quist"): each label and
        its holder are one person there (each an alias of the other), and a label of a post
        and a surname is no other person of the surname (:attr:`held`); ``posts``: the posts
        the article gives its people (:attr:`person_posts`).  ``self`` when there are
        neither."""
        if not roles and not posts:
            return self
        aliases = dict(self.aliases)
        for label, holder in roles.items():
            aliases[label] = (*aliases.get(label, ()), holder)
            aliases[holder] = (*aliases.get(holder, ()), label)
        return replace(self, aliases=aliases, held=frozenset(roles), person_posts=dict(posts or {}))

    def has_source(self, speaker: str | None) -> bool:
        """Whether some source is declared for ``speaker``."""
        return any(self.same(speaker, s) for s in self.with_sources)


def _across_scripts(a: str, b: str) -> bool:
    """Whether two names written in two scripts ("Берг" in a Russian article, "Anna Berg" in
    the English source) are one name: every word of the shorter is a word of the longer,
    the whole word read in Latin letters, with at most one of the language's case endings
    ("Берга" = "Berg"; never "Berger", :func:`same_word_across_scripts`; docs/translation.md).
    Two names in one script are never compared this way: there the words written decide
    (:func:`same_person`)."""
    if latin_script(a) == latin_script(b):
        return False
    latin, other = (a, b) if latin_script(a) else (b, a)
    wl, wo = latin.split(), other.split()
    if not wl or not wo:
        return False
    if len(wo) <= len(wl):
        return all(any(same_word_across_scripts(x, y) for y in wl) for x in wo)
    return all(any(same_word_across_scripts(y, x) for y in wo) for x in wl)


@dataclass
class ArticleContext:
    """One article as the scorer sees it (see the module docstring)."""

    view: str
    """The analysis view (markup blanked, same length as ``raw``)."""
    raw: str
    index: SourceIndex
    lang: LanguageData
    speakers: SpeakerCheck
    position: Callable[[int], tuple[int, int]]
    """Offset → 1-based (line, column)."""
    source_names: Sequence[str]
    """Display name of each source, by index."""
    settings: ScoreSettings = field(default_factory=ScoreSettings)
    xling: XlingSettings = field(default_factory=XlingSettings)
    """For the re-translation step's embedding threshold."""
    aliases: AliasTable | None = None
    quotes: Sequence[Quote] = ()
    """Every quote of the article (for the occasions it names)."""
    marked: Sequence[tuple[int, int]] = ()
    """Spans of paired quote marks, marks included, and of an interview's answers printed as
    labelled turns (from extraction): the article's own words are everything outside them."""
    reread: Reread | None = None
    """The matcher, for a second reading that prefers the attributed speaker's own turn."""
    semantic: Semantic | None = None
    """Embedding similarity for the re-translation step (None: cross-language checks off)."""
    date: str | None = None
    """The article's own date (ISO, from its front matter or HTML ``<meta>``), if it says."""
    title: str | None = None
    """The article's own title (front matter ``title:``, HTML ``<title>``), if it declares one."""
    condensed: str = ""
    """The article's note that its interview was edited for length, as written ("edited for
    length"), or "" (:func:`quotecheck.extract.turns.condensed_note`): its answers printed as
    labelled turns may leave words out without an ellipsis (:mod:`.checks.condensed`)."""
    _speaker_sources: dict[str, list[Source]] = field(default_factory=dict, repr=False)
    _readable_names: dict[str, str] = field(default_factory=dict, repr=False)
    memo: dict[tuple[str, int, int], object] = field(default_factory=dict, repr=False)
    """(what, quote start, quote end) → a fact the checks derive once per quote (where the
    article places it, which of the speaker's occasions it names); (what, -1, -1) once per
    article; (what, source index, -1) once per source (its quoted turns and their credits)."""

    def readable(self, name: str) -> str:
        """``name`` as a reader writes it, for messages: a transcript's capitals label
        ("OKAFOR", "MS. VAN DER BERG") becomes the name as the article writes it (the label's
        words, titles left out, matched case aside, with a first name of the language's
        table just before them: "Grace Okafor"), else the label's words in title case
        ("Okafor"); a label of a role alone, titles and function words, the whole label in
        title case ("THE PRESIDENT" → "The President", never "The"); a name with lower-case
        letters is returned as it is.  The evidence keeps the label (``match.speaker``).
        O(article) once per name."""
        shown = self._readable_names.get(name)
        if shown is None:
            shown = self._readable_names[name] = self._readable(name)
        return shown

    def _readable(self, name: str) -> str:
        if not any(c.isalpha() for c in name) or any(c.islower() for c in name):
            return name
        titles = self.lang.title_words
        bare = self.speakers.without_titles(name)[0]  # "LA MAIRE PENNEC": "PENNEC"
        words = [w for w in bare.split() if w.lower().strip(".") not in titles]
        if all(w.lower() in self.lang.name_fillers for w in words):
            return name.title()  # a role alone ("THE PRESIDENT"): "The President"
        body = r"\s+".join(re.escape(w) for w in words)
        rx = re.compile(rf"(?:\b(?P<first>[A-Z][a-z]+)\s+)?(?<!\w)(?P<name>(?i:{body}))(?!\w)")
        for m in rx.finditer(self.view):
            written = m.group("name")
            if not written[0].isupper() or not any(c.islower() for c in written):
                continue
            first = m.group("first")
            if first and first.lower() in self.lang.first_names:
                return f"{first} {written}"
            return written
        return " ".join(w if w.lower() in self.lang.name_particles else w.title() for w in words)

    def own_turn_at(self, speaker: str | None, s_idx: int, pos: int) -> bool:
        """Whether token ``pos`` of source ``s_idx`` is ``speaker``'s own words: in their turn,
        not words they quote there (the ``prefer`` test of a match that wants the attributed
        speaker's own turn)."""
        toks = self.index.tokens[s_idx]
        if not 0 <= pos < len(toks):
            return False
        who, quoted = self.index.sources[s_idx].speaker_at(toks[pos].start)
        return not quoted and self.speakers.same(speaker, who)

    # ------------------------------------------------------------------ the article
    @cached_property
    def outside_marks(self) -> str:
        """The view with every pair of quote marks and the words inside them blanked (same
        length): the reporter's own words, in place."""
        masked = list(self.view)
        for a, b in self.marked:
            masked[a : min(b, len(masked))] = " " * max(0, min(b, len(masked)) - a)
        return "".join(masked)

    @cached_property
    def narration(self) -> list[Token]:
        """Tokens of the article outside every pair of quote marks (the reporter's own words)."""
        return tokenize(self.outside_marks, lang=self.lang, aliases=self.aliases)

    def occasions_by_speaker(
        self, cue_of: Callable[[Quote], str | None]
    ) -> dict[str, list[tuple[int, str]]]:
        """Speaker → the occasion cues of that speaker's quotes, each as ``cue_of`` reads it,
        with its quote's place among the article's quotes (:meth:`occasions_for` gives them
        back in the article's order)."""
        out: dict[str, list[tuple[int, str]]] = {}
        for i, q in enumerate(self.quotes):
            who = q.attribution.speaker
            occ = cue_of(q) if who else None
            if who and occ:
                out.setdefault(who, []).append((i, occ))
        return out

    def occasions_for(
        self, quote: Quote, by_speaker: dict[str, list[tuple[int, str]]]
    ) -> list[str]:
        """Occasions the article names for other quotes of ``quote``'s speaker ("on Fox News
        Sunday"); a quoted transcript line shares the occasions the article names for the
        excerpt, whoever speaks in it.  ``by_speaker``: every speaker's cues as the caller
        reads them (:meth:`occasions_by_speaker`).  In the article's order, whichever of
        several names of one speaker each cue's quote is given under (the first named is the
        one an explanation shows)."""
        speaker = quote.attribution.speaker
        label = quote.attribution.rule == AttributionRule.SPEAKER_LABEL
        found = [
            hit
            for who, hits in by_speaker.items()
            if label or (speaker and self.speakers.same(speaker, who))
            for hit in hits
        ]
        return [occ for _, occ in sorted(found)]

    # ------------------------------------------------------------------ the sources
    def source_named(self, name: str) -> Source | None:
        """The source shown as ``name`` in a :class:`~quotecheck.models.MatchInfo`."""
        for i, n in enumerate(self.source_names):
            if n == name:
                return self.index.sources[i]
        return None

    def speaker_sources(self, speaker: str) -> list[Source]:
        """The sources in which ``speaker`` speaks (as the author or in a turn of their own)."""
        hit = self._speaker_sources.get(speaker)
        if hit is None:
            hit = []
            for src in self.index.sources:
                names = {src.speaker} | {t.speaker for t in src.turns if not t.quoted}
                if any(self.speakers.same(speaker, n) for n in names if n):
                    hit.append(src)
            self._speaker_sources[speaker] = hit
        return hit

    def finding(self, quote: Quote, code: str, message: str) -> Finding:
        """A finding of rule ``code`` on ``quote``."""
        line, column = self.position(quote.start)
        return make_finding(
            code,
            message,
            start=quote.start,
            end=quote.end,
            line=line,
            column=column,
            quote_index=quote.index,
        )
