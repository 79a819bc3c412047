"""The human format ("full"): each quote with its verdict, the article's and the source's words,
and what changed."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING

from quotecheck.formats._common import display_path, location_label, one_line
from quotecheck.models import Level, QuoteResult, Report, Verdict
from quotecheck.score.edits import other_turn

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

_COLORS = {
    Verdict.VERBATIM: "32",
    Verdict.NORMALIZED: "32",
    Verdict.ELIDED: "32",
    Verdict.TRANSLATED: "32",
    Verdict.ALTERED: "33",
    Verdict.PARAPHRASED: "33",
    Verdict.UNVERIFIABLE: "2",
    Verdict.SPLICED: "31",
    Verdict.NARRATION_INSERTED: "31",
    Verdict.TRANSLATED_ALTERED: "31",
    Verdict.FABRICATED: "31",
    Verdict.MISATTRIBUTED: "31",
}
_LEVEL_COLORS = {Level.ERROR: "31", Level.WARNING: "33", Level.INFO: "36"}
_WIDTH = 100


def _c(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def _clip(text: str, n: int = 160) -> str:
    # one line, control characters shown as \xNN: data never moves the cursor, clears the
    # screen, sets a title or starts a line of its own (a workflow command on CI)
    text = one_line(" ".join(text.split()))
    return text if len(text) <= n else text[: n - 1] + "…"


def _wrap(label: str, text: str) -> list[str]:
    body = textwrap.wrap(text, width=_WIDTH - 16) or [""]
    out = [f"        {label:<8}{body[0]}"]
    out.extend(f"                {line}" for line in body[1:])
    return out


def _quote_lines(q: QuoteResult, color: bool) -> list[str]:
    verdict = _c(f"{q.verdict.value:<18}", _COLORS[q.verdict], color)
    who = one_line(q.speaker) if q.speaker else "(no speaker)"
    if q.speaker_mention and q.speaker_mention != q.speaker:
        who += f" — “{_clip(q.speaker_mention, 50)}”"
    lines = [f"  {q.line:>4}:{q.column:<4} {verdict} {q.similarity:4.2f}  {who}"]
    lines += _wrap("quote", f"“{_clip(q.shown)}”")
    if q.match is not None:
        lines += _wrap(
            "source",
            f"“{_clip(q.match.text)}” ({one_line(q.match.source)}"
            f"{', ' + location_label(q.match.location) if q.match.location else ''}"
            f"{', ' + one_line(q.match.speaker) if q.match.speaker else ''})",
        )
    shown = [e for e in q.edits][:6]
    if shown:
        parts = []
        for e in shown:
            if e.quote and e.source:
                parts.append(f"{e.kind.value}: “{_clip(e.quote, 40)}” ← “{_clip(e.source, 40)}”")
            elif e.quote:
                parts.append(f"{e.kind.value}: added “{_clip(e.quote, 40)}”")
            elif other_turn(e):
                # Another speaker's backchannel the quote runs across ("another speaker's
                # turn … (“HOST: Right.”)"): not words the quote dropped.
                parts.append(f"{e.kind.value}: {_clip(e.note or '', 100)}")
            else:
                parts.append(f"{e.kind.value}: dropped “{_clip(e.source, 40)}”")
        more = f" (+{len(q.edits) - len(shown)} more)" if len(q.edits) > len(shown) else ""
        lines += _wrap("changes", "; ".join(parts) + more)
    for f in q.findings:
        lines.append(
            "        "
            + _c(f"{f.code} [{f.level.value}]", _LEVEL_COLORS[f.level], color)
            + f" {f.name}: {_clip(f.message, 120)}"
        )
    return lines


def render(report: Report, options: FormatOptions) -> str:
    """The report as readable text, one block per quote, and a summary line."""
    color = options.color
    out: list[str] = []
    verdicts: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    for art in report.articles:
        out.append(_c(display_path(art.path), "1", color))
        if art.error:
            out.append("  " + _c("error", "31", color) + f": {one_line(art.error)}")
            out.append("")
            continue
        for note in art.notes:
            out.append(f"  note: {one_line(note)}")
        if not art.quotes:
            out.append("  no quotes found")
        for f in art.findings:
            out.append(
                f"  {f.line:>4}:{f.column:<4} "
                + _c(f"{f.code} [{f.level.value}]", _LEVEL_COLORS[f.level], color)
                + f" {f.name}: {one_line(f.message)}"
            )
            levels[f.level.value] += 1
        for q in art.quotes:
            out.extend(_quote_lines(q, color))
            verdicts[q.verdict.value] += 1
            for f in q.findings:
                levels[f.level.value] += 1
        out.append("")
    n_quotes = sum(verdicts.values())
    summary = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items(), key=lambda kv: -kv[1]))
    errors = sum(1 for a in report.articles if a.error)
    tail = (
        f"{len(report.articles)} article(s), {n_quotes} quote(s)"
        + (f": {summary}" if summary else "")
        + f" — {levels['error']} error(s), {levels['warning']} warning(s), "
        f"{levels['info']} info"
    )
    if errors:
        tail += f"; {errors} file(s) could not be checked"
    out.append(tail)
    return "\n".join(out) + "\n"
