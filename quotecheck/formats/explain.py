"""Side by side: each quote next to its source span, with a word-level diff.

This module computes the side-by-side view once (:func:`side_by_side`) and presents it in the
terminal (:func:`explain`, colour through ``rich`` when ``options.color`` is set).  The HTML
report (:mod:`quotecheck.formats.html`) presents the same :class:`SideBySide` values.

The diff aligns the words of the quote with the words of its source span (case, typography and
compatibility forms folded for the alignment only).  Each changed word is then classed by the
quote's typed :class:`~quotecheck.models.Edit` values that cover it: *meaning* (negation,
number, modality, name, person, tense — or any edit flagged ``meaning_changing``), *cosmetic*
(spelling, case, punctuation, contraction, alias) or plain *changed* wording.  Source words left
out of the quote between its aligned pieces are *elided*, not deleted.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from quotecheck.fixes import FixRefusal, QuoteFix, article_format, plan_fix
from quotecheck.formats._common import (
    TextCache,
    display_path,
    location_label,
    one_line,
    relative_path,
    rule_for,
)
from quotecheck.lang.sentences import BLANK_LINE
from quotecheck.models import (
    COSMETIC_EDITS,
    ArticleReport,
    Edit,
    QuoteResult,
    Report,
    SegmentKind,
    Verdict,
)

if TYPE_CHECKING:
    from rich.text import Text

    from quotecheck.formats import FormatOptions

__all__ = [
    "VERDICT_FAMILY",
    "Run",
    "SideBySide",
    "describe_edit",
    "end_line",
    "explain",
    "render",
    "select_quotes",
    "side_by_side",
    "source_context",
]

VERDICT_FAMILY: dict[Verdict, str] = {
    Verdict.VERBATIM: "faithful",
    Verdict.NORMALIZED: "faithful",
    Verdict.ELIDED: "faithful",
    Verdict.TRANSLATED: "faithful",
    Verdict.ALTERED: "changed",
    Verdict.PARAPHRASED: "changed",
    Verdict.TRANSLATED_ALTERED: "wrong",
    Verdict.SPLICED: "wrong",
    Verdict.NARRATION_INSERTED: "wrong",
    Verdict.FABRICATED: "wrong",
    Verdict.MISATTRIBUTED: "wrong",
    Verdict.UNVERIFIABLE: "unknown",
}
"""Verdicts grouped for colour: faithful, changed (wording), wrong (words or speaker), unknown."""

_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-"})
_BREAK = re.compile(r"\r\n|\r|\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s|$)")
_CONTEXT = 160
"""How many characters of source context to show before and after a span, at most."""


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Run:
    """A stretch of quote or source text that is presented one way."""

    text: str
    change: str = ""
    """"" (same words), "ins" (only in the quote), "del" (only in the source), "sub"
    (substituted), "case" (same word, other case or typography), "elided" (source words an
    ellipsis left out), "ellipsis" (the article's elision mark), "bracket" (the reporter's
    bracketed insertion), "label" (a transcript speaker label quoted with the words)."""
    impact: str = ""
    """"meaning" (a meaning-changing edit covers it), "cosmetic", or "" (plain change)."""
    note: str = ""
    """What the edits covering this text say (kind: note), for a tooltip."""


@dataclass(frozen=True)
class SideBySide:
    """A quote and its source span as runs of text, aligned word by word."""

    quote: tuple[Run, ...]
    source: tuple[Run, ...]
    """Empty when the quote has no counterpart."""
    before: str = ""
    """Source text just before the span (one line, clipped), when the source could be read."""
    after: str = ""
    """Source text just after the span."""

    @property
    def changed(self) -> bool:
        """True when any word differs (cosmetic differences included)."""
        return any(r.change not in ("", "ellipsis") for r in (*self.quote, *self.source))


@dataclass
class _Chars:
    """Per-character presentation of one text, grouped into runs at the end."""

    text: str
    change: list[str]
    impact: list[str]
    note: list[str]

    @classmethod
    def of(cls, text: str) -> _Chars:
        n = len(text)
        return cls(text, [""] * n, [""] * n, [""] * n)

    def mark(self, start: int, end: int, change: str) -> None:
        for i in range(max(0, start), min(end, len(self.text))):
            self.change[i] = change

    def runs(self) -> tuple[Run, ...]:
        # A gap between two words presented alike is presented like them.
        words = [m.span() for m in _WORD.finditer(self.text)]
        for (_, a_end), (b_start, _) in itertools.pairwise(words):
            left, right = a_end - 1, b_start
            same = (self.change[left], self.impact[left]) == (
                self.change[right],
                self.impact[right],
            )
            if (
                same
                and self.change[left]
                and all(not self.change[i] for i in range(a_end, b_start))
            ):
                for i in range(a_end, b_start):
                    self.change[i], self.impact[i], self.note[i] = (
                        self.change[left],
                        self.impact[left],
                        self.note[left],
                    )
        out: list[Run] = []
        start = 0
        for i in range(1, len(self.text) + 1):
            if i == len(self.text) or (self.change[i], self.impact[i], self.note[i]) != (
                self.change[start],
                self.impact[start],
                self.note[start],
            ):
                out.append(
                    Run(
                        self.text[start:i],
                        self.change[start],
                        self.impact[start],
                        self.note[start],
                    )
                )
                start = i
        return tuple(out)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).translate(_FOLD).casefold()


def _overlaps(a: int, b: int, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return False
    if start == end:
        return a <= start <= b
    return a < end and start < b


def _edit_note(edit: Edit) -> str:
    return f"{edit.kind.value}: {edit.note}" if edit.note else edit.kind.value


def _classify(chars: _Chars, base: int, edits: list[tuple[Edit, int | None, int | None]]) -> None:
    """Set impact and note for every changed word of ``chars`` from the edits covering it."""
    for m in _WORD.finditer(chars.text):
        a, b = m.span()
        covering = [e for e, s, t in edits if _overlaps(base + a, base + b, s, t)]
        change = chars.change[a]
        if not covering and change in ("", "elided", "ellipsis", "bracket", "label"):
            continue
        if any(e.meaning_changing for e in covering):
            impact = "meaning"
        elif covering and all(e.kind in COSMETIC_EDITS for e in covering):
            impact = "cosmetic"
        else:
            impact = ""
        if not change:
            change = "case" if impact == "cosmetic" else "sub"
        note = "; ".join(dict.fromkeys(_edit_note(e) for e in covering))
        for i in range(a, b):
            chars.change[i], chars.impact[i], chars.note[i] = change, impact, note


def side_by_side(q: QuoteResult, source_text: str | None = None) -> SideBySide:
    """The quote and its source span as aligned runs.

    ``source_text`` is the whole text of the matched source, when it could be read: it gives
    the context around the span (ignored when it does not contain the span where the match
    says).
    """
    quote = _Chars.of(q.text)
    for seg in q.segments:
        if seg.kind is SegmentKind.ELLIPSIS:
            quote.mark(seg.start - q.start, seg.end - q.start, "ellipsis")
        elif seg.kind is SegmentKind.INSERTION:
            quote.mark(seg.start - q.start, seg.end - q.start, "bracket")
        elif seg.kind is SegmentKind.LABEL:
            quote.mark(seg.start - q.start, seg.end - q.start, "label")
    match = q.match
    if match is None:
        return SideBySide(quote=quote.runs(), source=())
    source = _Chars.of(match.text)
    q_words = [m for m in _WORD.finditer(q.text) if not quote.change[m.start()]]
    s_words = list(_WORD.finditer(match.text))
    matcher = SequenceMatcher(
        None,
        [_fold(m.group()) for m in q_words],
        [_fold(m.group()) for m in s_words],
        autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue  # case and typography differences show only where an edit says so
        q_change, s_change = {
            "replace": ("sub", "sub"),
            "delete": ("ins", ""),
            "insert": ("", "del"),
        }[tag]
        for qm in q_words[i1:i2]:
            quote.mark(*qm.span(), q_change)
        for sm in s_words[j1:j2]:
            inside = not match.pieces or any(
                p_start <= match.start + sm.start() and match.start + sm.end() <= p_end
                for p_start, p_end in match.pieces
            )
            source.mark(*sm.span(), s_change if inside else "elided")
    _classify(quote, q.start, [(e, e.quote_start, e.quote_end) for e in q.edits])
    _classify(source, match.start, [(e, e.source_start, e.source_end) for e in q.edits])
    before, after = source_context(q, source_text)
    return SideBySide(quote=quote.runs(), source=source.runs(), before=before, after=after)


def source_context(q: QuoteResult, source_text: str | None) -> tuple[str, str]:
    """The rest of the source sentence(s) around the quote's span ("" when unknown).

    The context reaches back to the start of the sentence the span starts in and on to the end
    of the sentence it ends in, never across a paragraph break (the package's one pattern for
    it, :data:`~quotecheck.lang.sentences.BLANK_LINE`), clipped to about 160
    characters at a word boundary (with "…" where it was cut).  This is what shows a cut
    before "but …", or that the words stand inside the source's own quote marks.
    """
    match = q.match
    if match is None or source_text is None:
        return "", ""
    if source_text[match.start : match.end] != match.text:
        return "", ""
    head = source_text[max(0, match.start - _CONTEXT * 2) : match.start]
    head = BLANK_LINE.split(head)[-1]
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        head = head[ends[-1].end() :]
    tail = source_text[match.end : match.end + _CONTEXT * 2]
    tail = BLANK_LINE.split(tail)[0]
    end = _SENTENCE_END.search(tail)
    if end:
        tail = tail[: end.end()].rstrip()
    before = one_line(head) if head.strip() else ""
    if len(before) > _CONTEXT:
        cut = before[-_CONTEXT:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    after = one_line(tail) if tail.strip() else ""
    if len(after) > _CONTEXT:
        cut = after[:_CONTEXT]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    # Keep the space that separated the context from the span.
    if before and head[-1:].isspace():
        before += " "
    if after and tail[:1].isspace():
        after = " " + after
    return before, after


# --------------------------------------------------------------------------- selecting quotes


def end_line(q: QuoteResult) -> int:
    """The line on which the quote's text ends."""
    return q.line + len(_BREAK.findall(q.text))


def select_quotes(
    quotes: tuple[QuoteResult, ...], line: int | None
) -> tuple[list[QuoteResult], str | None]:
    """The quotes to show for ``line`` and a note when none stands on that line.

    Without a line, every quote.  Otherwise the quotes whose text covers the line; when there
    is none, the nearest quotes before or after it, with a note saying so.
    """
    if line is None or not quotes:
        return list(quotes), None
    hits = [q for q in quotes if q.line <= line <= end_line(q)]
    if hits:
        return hits, None

    def distance(q: QuoteResult) -> int:
        return q.line - line if q.line > line else line - end_line(q)

    best = min(distance(q) for q in quotes)
    nearest = [q for q in quotes if distance(q) == best]
    lines = ", ".join(str(q.line) for q in nearest)
    return nearest, f"no quote on line {line}; the nearest is on line {lines}"


# --------------------------------------------------------------------------- terminal


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
_FAMILY_STYLE = {
    "faithful": "bold green",
    "changed": "bold yellow",
    "wrong": "bold red",
    "unknown": "bold bright_black",
}
_LEVEL_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
_PLAIN_MARKS = {
    # (change, side) -> (open, close) in plain mode, wdiff-like
    ("ins", "quote"): ("{+", "+}"),
    ("del", "source"): ("[-", "-]"),
    ("sub", "quote"): ("{~", "~}"),
    ("sub", "source"): ("[~", "~]"),
    ("case", "quote"): ("{=", "=}"),
    ("case", "source"): ("[=", "=]"),
    ("elided", "source"): ("[…", "…]"),
}
_LEGEND_PLAIN = (
    "{+added+} [-dropped-] {~changed~} [~was~] {=cosmetic=} […elided…]; ! = meaning changed"
)


def _style(run: Run) -> str:
    if run.change in ("", "bracket", "label"):
        return "italic" if run.change in ("bracket", "label") else ""
    if run.change == "ellipsis":
        return "bold"
    if run.change == "elided":
        return "dim strike"
    strike = " strike" if run.change == "del" else ""
    if run.impact == "meaning":
        return "bold white on red" + strike
    if run.impact == "cosmetic" or run.change == "case":
        return "cyan underline" + strike
    return "bold yellow" + (strike or " underline")


def _plain(run: Run, side: str) -> str:
    marks = _PLAIN_MARKS.get((run.change, side))
    if marks is None:
        return run.text
    if run.impact == "cosmetic" and run.change in ("ins", "del", "sub"):
        marks = ("{=", "=}") if side == "quote" else ("[=", "=]")
    bang = "!" if run.impact == "meaning" else ""
    return f"{marks[0]}{bang}{run.text}{marks[1]}"


def _text(runs: tuple[Run, ...], side: str, color: bool, before: str = "", after: str = "") -> Text:
    from rich.text import Text

    out = Text()
    if before:
        out.append(before, "dim")
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].change, merged[-1].impact) == (run.change, run.impact):
            merged[-1] = Run(merged[-1].text + run.text, run.change, run.impact)
        else:
            merged.append(run)
    for run in merged:
        shown = one_line(run.text) if run.text.strip() else " "
        if run.text[:1].isspace() and shown != " ":
            shown = " " + shown
        if run.text[-1:].isspace() and shown != " ":
            shown += " "
        if color:
            out.append(shown, _style(run))
        else:
            out.append(_plain(Run(shown, run.change, run.impact), side))
    if after:
        out.append(after, "dim")
    return out


def describe_edit(edit: Edit) -> str:
    """The edit in words: “new” for “old”, added “…”, or dropped “…”."""
    if edit.quote and edit.source:
        return f"“{one_line(edit.quote)}” for “{one_line(edit.source)}”"
    if edit.quote:
        return f"added “{one_line(edit.quote)}”"
    return f"dropped “{one_line(edit.source)}”"


def _quote_block(
    q: QuoteResult,
    number: int,
    sbs: SideBySide,
    where: str | None,
    color: bool,
    fix: QuoteFix | FixRefusal | None = None,
) -> list[object]:
    from rich import box
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    def indented(renderable: object) -> Padding:
        return Padding(renderable, (0, 0, 0, 4))  # type: ignore[arg-type]

    family = VERDICT_FAMILY[q.verdict]
    head = Text()
    head.append(f"{number:>2}. ", "bold")
    head.append(
        f" {q.verdict.value.replace('_', ' ').upper()} ", _FAMILY_STYLE[family] + " reverse"
    )
    head.append(f"  line {q.line}:{q.column}")
    head.append(f"  similarity {q.similarity:.2f}", "dim")
    who = Text()
    if q.speaker_mention:
        who.append(f"“{one_line(q.speaker_mention)}”", "italic")
        who.append(" → ")
    who.append(
        one_line(q.speaker) if q.speaker else "no speaker found", "bold" if q.speaker else "dim"
    )
    parts: list[object] = [head, indented(who)]
    if q.explanation:
        parts.append(indented(Text(one_line(q.explanation))))
    table = Table(
        box=box.ROUNDED,
        expand=True,
        padding=(0, 1),
        header_style="bold",
        caption=where,
        caption_justify="left",
        caption_style="dim",
    )
    table.add_column("Article", ratio=1)
    if q.match is not None:
        speaker = one_line(q.match.speaker) if q.match.speaker else "not the source's own words"
        table.add_column(f"Source · {speaker}", ratio=1)
        table.add_row(
            _text(sbs.quote, "quote", color),
            _text(sbs.source, "source", color, sbs.before, sbs.after),
        )
    else:
        table.add_column("Source", ratio=1)
        table.add_row(
            _text(sbs.quote, "quote", color),
            Text("no counterpart in the sources", "dim italic"),
        )
    parts.append(indented(table))
    details = Table.grid(padding=(0, 1))
    details.add_column(no_wrap=True)
    details.add_column()
    if q.edits:
        changes = Text()
        for i, edit in enumerate(q.edits):
            if i:
                changes.append("; ")
            meaning = edit.meaning_changing
            style = "red" if meaning else ("cyan" if edit.kind in COSMETIC_EDITS else "")
            changes.append(f"{'!' if meaning else ''}{edit.kind.value}", style)
            changes.append(" " + describe_edit(edit))
        details.add_row(Text("changes", "bold"), changes)
    for f in q.findings:
        rule = rule_for(f.code, f.name, f.level)
        label = Text(f"{f.code} ")
        label.append(f"{f.level.value:<7}", _LEVEL_STYLE[f.level.value])
        body = Text()
        body.append(f.name, "bold")
        body.append(f" — {rule.summary}\n")
        body.append(one_line(f.message), "dim")
        details.add_row(label, body)
    if isinstance(fix, FixRefusal):
        details.add_row(Text("fix", "bold"), Text(f"none: {fix.reason}", "dim"))
    elif fix is not None:
        diff = Text()
        diff.append(f"- {one_line(fix.old)}\n", "red")
        diff.append(f"+ {one_line(fix.replacement)}", "green")
        details.add_row(Text("fix", "bold"), diff)
        details.add_row(Text(""), Text("the source's words; apply with --fix (review it)", "dim"))
    if details.row_count:
        parts.append(indented(details))
    return parts


def _article_blocks(
    art: ArticleReport, line: int | None, options: FormatOptions, texts: TextCache
) -> list[object]:
    from rich.rule import Rule as HRule
    from rich.text import Text

    color = options.color
    path = display_path(relative_path(art.path, options.root))
    parts: list[object] = [HRule(Text(path, "bold"), align="left", style="dim")]
    if art.error:
        parts.append(Text("error: " + one_line(art.error), "red"))
        return parts
    for note in art.notes:
        parts.append(Text("note: " + one_line(note), "dim"))
    for f in art.findings:
        if line is None or f.line == line:
            t = Text(f"{f.line}:{f.column} ")
            t.append(f"{f.code} {f.level.value}", _LEVEL_STYLE[f.level.value])
            t.append(f" {f.name}: {one_line(f.message)}")
            parts.append(t)
    if not art.quotes:
        parts.append(Text("no quotes found", "dim"))
        return parts
    chosen, missing = select_quotes(art.quotes, line)
    if missing:
        parts.append(Text(missing, "yellow"))
    if not color and any(side_by_side(q).changed for q in chosen):
        parts.append(Text("legend: " + _LEGEND_PLAIN, "dim"))
    numbers = {id(q): k for k, q in enumerate(art.quotes, start=1)}  # not .index(): quadratic
    article_text = texts.index(art.path)
    for q in chosen:
        source_text: str | None = None
        where: str | None = None
        if q.match is not None:
            index = texts.index(q.match.source)
            source_text = index.text if index is not None else None
            where = display_path(relative_path(q.match.source, options.root))
            if q.match.location is not None:
                where += f" · {one_line(location_label(q.match.location))}"
            elif index is not None and index.text[q.match.start : q.match.end] == q.match.text:
                where += f":{index.position(q.match.start).line}"
        number = numbers[id(q)]
        parts.append(Text(""))
        fix = (
            plan_fix(
                q, article_text.text, art.language, article_format(art.path, article_text.text)
            )
            if article_text is not None
            else None
        )
        parts.extend(_quote_block(q, number, side_by_side(q, source_text), where, color, fix))
    return parts


def explain(
    report: Report,
    *,
    line: int | None = None,
    options: FormatOptions | None = None,
    article: str | None = None,
    width: int | None = None,
) -> str:
    """Each quote of the report's article(s) beside its source span, for the terminal.

    ``line`` shows only the quote(s) on that line of the article (or the nearest ones, with a
    note); ``article`` picks one article of a multi-article report by its path as given (every
    article otherwise).  Colour (ANSI) only when ``options.color``; ``width`` defaults to the
    terminal's width, clamped to 60–160 columns.
    """
    from rich.console import Console

    from quotecheck.formats import FormatOptions

    options = options or FormatOptions()
    if width is None:
        width = max(60, min(160, shutil.get_terminal_size((100, 24)).columns))
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        _environ={},
    )
    texts = TextCache(options.root)
    articles = [a for a in report.articles if article is None or a.path == article]
    if not articles:
        return f"no article {article!r} in the report\n"
    for i, art in enumerate(articles):
        if i:
            console.print()
        for part in _article_blocks(art, line, options, texts):
            console.print(part)
    return "".join(_TRAILING.sub(r"\1", line) for line in buffer.getvalue().splitlines(True))


def render(report: Report, options: FormatOptions) -> str:
    """Every quote of every article, side by side (the format-module interface)."""
    return explain(report, options=options)
