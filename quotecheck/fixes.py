"""Fixes as suggestions: the source's exact words offered in place of a drifted quote.

A fix is *unsafe* in ruff's sense: it changes what the article says, so a person reviews it
(a pull-request suggestion, a SARIF fix, a diff in ``explain``) before it is applied, and
``quotecheck check --fix`` applies it only when asked.

Which quotes get one: a quote whose verdict is ``altered`` or ``narration_inserted``
(:data:`FIXABLE`: a real change of the speaker's words), matched to **one** contiguous passage
of a source in the quote's own language, with no ellipsis or bracketed insertion of its own (an
elided quote's cut is the reporter's choice; restoring it would put words back).  Never for
``normalized`` quotes (faithful by the normalisation ladder: "fixing" one would undo the house
style the ladder accepts, "forty" back to "40", "uh" back in), nor for ``paraphrased``,
``spliced``, ``fabricated`` or cross-lingual quotes: there the source's words are not a
drop-in replacement.

A fix rewrites the whole quote, so it is offered only when that is safe (:func:`plan_fix`
says why not, and ``--fix`` prints it): no difference of the quote is house style, a
transcript's convention or a gap in the source (the fix would undo the style, put "uh" or
"(inaudible)" into the article), the matched passage holds the source words of every edit (a
passage that starts after words the quote dropped is not the source's version of the quote:
"The plan … will be ready" matched from "last week will be ready" would become "Last week will
be ready"), no number is written in figures on one side and in words on
the other (the matched words may stop inside the source's number: "half" of "half a million
pounds"), and the source passage holds no line break and no speaker label the quote does not
(it would run across turns and paste another speaker's words into the quote), the article
does not place the quote on another occasion than the source's (QC203: the quote may be that
occasion's words, an op-ed's, not a change of the council meeting's), and no run of words
the quote adds holds a reporting verb (a reporter's cue inside the marks, « …, a rappelé la
maire, … »: the rewrite would delete who spoke).

The replacement is the matched source passage, fitted into the sentence around the quote:
the quote's own surrounding whitespace and closing punctuation stay (``…cancelled,”``), and
the first letter keeps the article's case ("the plan …" mid-sentence).  Only the characters
between the quote marks change.  Everything here is pure: offsets in, offsets out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quotecheck.inputs.document import detect_format
from quotecheck.inputs.labels import speaker_labels
from quotecheck.lang import available_languages, get_language
from quotecheck.lang.sentences import BLANK_LINE
from quotecheck.models import COSMETIC_EDITS, EditKind, QuoteResult, SegmentKind, Verdict

__all__ = [
    "FIXABLE",
    "FixRefusal",
    "QuoteFix",
    "apply_fixes",
    "article_format",
    "fixes_for",
    "plan_fix",
    "quote_fix",
    "refusals_for",
]

FIXABLE = frozenset({Verdict.ALTERED, Verdict.NARRATION_INSERTED})
"""Verdicts for which the source's words are offered as a replacement: real changes only
(``normalized`` is faithful, so its house style stays)."""

OCCASION_DOUBT = "occasion-mismatch"
"""The rule (QC203) that doubts the source is the occasion the article places the quote on: a
quote with it is no confirmed change of the source's words, so it has no fix."""
_EDGE = ".,;:!?\"'()[]«»“”‘’—–"
"""Punctuation stripped from an added word before it is looked up."""
_TRAIL = re.compile(r"[\s.,;:!?\u2026]*\Z")
_LEAD = re.compile(r"\A\s*")
_LINE = re.compile(r"[\n\r\u2028\u2029]")
_LINE_END = re.compile(r"\r\n?|\u2029")
"""Line ends other than a bare line feed, folded to it (a paragraph separator to two) before
:data:`~quotecheck.lang.sentences.BLANK_LINE` reads the paragraphs of a text from a file
written with CRLF or CR line ends (:func:`_runs_across_paragraphs`)."""


def _runs_across_paragraphs(text: str) -> bool:
    """Whether ``text`` holds a paragraph break: a blank line (the package's one reading,
    :data:`~quotecheck.lang.sentences.BLANK_LINE`), whatever the file's line ends."""
    folded = _LINE_END.sub(lambda m: "\n\n" if m.group() == "\u2029" else "\n", text)
    return BLANK_LINE.search(folded) is not None


@dataclass(frozen=True)
class QuoteFix:
    """Replace ``raw[start:end]`` (the quote's words, inside its marks) by ``replacement``."""

    start: int
    end: int
    old: str
    replacement: str
    source: str
    """Path (or id) of the source the words come from."""


@dataclass(frozen=True)
class FixRefusal:
    """A quote whose verdict would have a fix, left alone because the rewrite is not safe."""

    start: int
    end: int
    line: int
    column: int
    reason: str
    """Why, in words for the editor ("the source passage runs across a speaker label")."""


def _fit_case(new: str, old: str) -> str:
    """``new`` with its first letter in the case of ``old``'s first letter."""
    i = next((k for k, c in enumerate(new) if c.isalpha()), None)
    j = next((k for k, c in enumerate(old) if c.isalpha()), None)
    if i is None or j is None:
        return new
    first = new[i].lower() if old[j].islower() else new[i].upper()
    # "I" and proper names stay as the source writes them.
    if old[j].islower() and (new[i : i + 2] in ("I ", "I’", "I'") or _looks_proper(new, i)):
        return new
    return new[:i] + first + new[i + 1 :]


def _looks_proper(text: str, i: int) -> bool:
    """Whether the word at ``i`` has capitals past its first letter (an acronym: "NATO")."""
    found = re.match(r"\w+", text[i:])
    word = found.group() if found else ""
    return len(word) > 1 and word[1:].lower() != word[1:]


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _reporter_cue(quote: QuoteResult, language: str) -> str | None:
    """Words the quote adds to its passage that hold a reporting verb ("a rappelé la maire",
    "she said"; of ``language`` or of any language with data): a cue standing inside the
    marks, which a rewrite with the source's words would delete, losing who spoke.  None when
    no added run holds one.  O(added words × languages)."""
    added = [e.quote for e in quote.edits if e.quote and not e.source]
    if not added or quote.verdict is not Verdict.ALTERED:  # a frame inserted is the finding
        return None
    # The article's language first, then every other: an article read in the wrong language
    # ("a rappelé" in a French article checked as English) keeps its cue too.
    codes = [language] + [c for c in available_languages() if c != language]
    langs = [get_language(c) for c in codes if c in available_languages()]
    for text in added:
        words = [w.strip(_EDGE).lower().split("-")[0] for w in text.split()]
        if any(w and lang.is_reporting_verb(w) for lang in langs for w in words):
            return text
    return None


def _outside_match(quote: QuoteResult) -> str | None:
    """The source words of an edit of ``quote`` that lie outside its matched passage, or None
    when the passage holds every one.  The edits and the passage are two readings of where the
    quote stands; when an edit's source words (words the quote dropped before the passage:
    "that we announced last week" of "The plan that we announced last week will be ready")
    lie outside it, the passage is not the source's words for the quote's whole stretch, and
    pasting it would write a sentence nobody said ("Last week will be ready in June")."""
    match = quote.match
    assert match is not None
    for e in quote.edits:
        if e.source_start is None or e.source_end is None:
            continue
        if e.source_start < match.start or e.source_end > match.end:
            return e.source or e.quote
    return None


def _unsafe(quote: QuoteResult, words: str, old_core: str, language: str) -> str | None:
    """Why rewriting ``quote`` with the source's ``words`` is not safe, or None when it is."""
    outside = _outside_match(quote)
    if outside is not None:
        return (
            f"the matched source passage does not hold all of the quote's stretch (“{outside}” "
            "lies outside it): the rewrite would not be the source's words for the whole quote"
        )
    for e in quote.edits:
        if e.gap:
            return f"the source marks a gap where the quote has “{e.quote}”"
        if e.convention or e.kind in COSMETIC_EDITS:
            what = "a transcript's convention" if e.convention else "house style"
            shown = f"the quote's “{e.quote}”" if e.quote else f"leaving out “{e.source}”"
            return f"{shown} is {what}, which the source's words would undo"
        if e.kind is EditKind.NUMBER and _digits(e.quote) != _digits(e.source):
            return (
                f"“{e.quote}” and “{e.source}” write a number in figures and in words; the "
                "matched words may stop inside the source's number"
            )
    if any(f.name == OCCASION_DOUBT for f in quote.findings):
        return (
            "the article places the quote on another occasion than the source's (QC203): its "
            "words may be from that one, not changed from these"
        )
    cue = _reporter_cue(quote, language)
    if cue is not None:
        return (
            f"the quote's added “{cue}” reads as the reporter's cue (a reporting verb), not "
            "the speaker's words; the rewrite would delete it"
        )
    if _runs_across_paragraphs(words) and not _runs_across_paragraphs(old_core):
        return "the source passage runs across paragraphs or turns"
    if _LINE.search(words) and not _LINE.search(old_core):
        return "the source passage runs across lines (another turn or paragraph)"
    if next(speaker_labels(words, language=language), None) is not None:
        return "the source passage holds a speaker label"
    return None


_HTML_TAG = re.compile(r"<[A-Za-z/!?]")
"""The start of a tag or comment in an HTML article's quote: markup a rewrite would delete."""


def article_format(path: str, raw: str) -> str:
    """How the article at ``path`` with text ``raw`` is read (text, markdown or html), which
    decides how a fix is written into it (:func:`plan_fix`)."""
    return detect_format(path, raw)


_TURN = (
    "the words are an interview's answer printed as a labelled turn: the article's record of "
    "the exchange, rewritten only by hand against the recording"
)
"""Why a Q&A answer (``turn_label``) is never rewritten."""


def plan_fix(
    quote: QuoteResult, raw: str, language: str = "en", fmt: str = "text"
) -> QuoteFix | FixRefusal | None:
    """The fix for ``quote`` in the article text ``raw`` (in ``language``, read as ``fmt``:
    text, markdown or html); a :class:`FixRefusal` when its verdict has fixes but this rewrite
    is not safe; None when no fix is offered (another verdict, no single passage, an ellipsis,
    the text changed).  In an HTML article the source's words are written HTML-escaped
    (``&`` as ``&amp;``, ``<`` as ``&lt;``), and a quote whose words hold a tag (``<em>``, a
    link) is refused: rewriting it would delete the article's markup."""
    if quote.verdict not in FIXABLE or quote.match is None:
        return None
    if quote.turn_label is not None:
        return FixRefusal(quote.start, quote.end, quote.line, quote.column, _TURN)
    if len(quote.match.pieces) > 1:
        return None
    if any(s.kind in (SegmentKind.ELLIPSIS, SegmentKind.INSERTION) for s in quote.segments):
        return None
    if not 0 <= quote.start < quote.end <= len(raw):
        return None
    old = raw[quote.start : quote.end]
    if old != quote.text:
        return None  # the article changed since it was checked
    lead = _LEAD.match(old)
    trail = _TRAIL.search(old)
    assert lead is not None and trail is not None
    core_start, core_end = lead.end(), max(lead.end(), trail.start())
    words = quote.match.text.strip()
    words_trail = _TRAIL.search(words)
    if words_trail is not None:
        words = words[: words_trail.start()]
    if not words:
        return None
    why = _unsafe(quote, words, old[core_start:core_end], language)
    if why is None and fmt == "html" and _HTML_TAG.search(old, core_start, core_end):
        why = "the quote's words hold HTML markup (a tag or a link), which the rewrite would delete"
    if why is not None:
        return FixRefusal(quote.start, quote.end, quote.line, quote.column, why)
    new_core = _fit_case(words, old[core_start:core_end])
    if fmt == "html":
        new_core = html.escape(new_core, quote=False)
    replacement = old[:core_start] + new_core + old[core_end:]
    if replacement == old:
        return None
    return QuoteFix(
        start=quote.start,
        end=quote.end,
        old=old,
        replacement=replacement,
        source=quote.match.source,
    )


def quote_fix(
    quote: QuoteResult, raw: str, language: str = "en", fmt: str = "text"
) -> QuoteFix | None:
    """The fix for ``quote`` in the article text ``raw``, or None when none is offered or it
    is not safe (:func:`plan_fix`)."""
    plan = plan_fix(quote, raw, language, fmt)
    return plan if isinstance(plan, QuoteFix) else None


def apply_fixes(raw: str, fixes: Iterable[QuoteFix]) -> str:
    """``raw`` with each fix applied (overlapping fixes: the first in text order wins)."""
    out: list[str] = []
    at = 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < at or raw[fix.start : fix.end] != fix.old:
            continue  # overlaps an applied fix, or the text changed since the check
        out.append(raw[at : fix.start])
        out.append(fix.replacement)
        at = fix.end
    out.append(raw[at:])
    return "".join(out)


def fixes_for(quotes: Sequence[QuoteResult], raw: str, language: str = "en") -> list[QuoteFix]:
    """The fixes of an article's quotes (top-level quotes only)."""
    return [f for q in quotes if (f := quote_fix(q, raw, language)) is not None]


def refusals_for(quotes: Sequence[QuoteResult], raw: str, language: str = "en") -> list[FixRefusal]:
    """The quotes of an article whose fix is not safe, and why (:func:`plan_fix`)."""
    return [r for q in quotes if isinstance(r := plan_fix(q, raw, language), FixRefusal)]
