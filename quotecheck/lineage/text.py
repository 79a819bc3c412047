"""The lineage as text (``quotecheck lineage``'s default ``full`` format) and as JSON.

Presentation only: a :class:`~quotecheck.lineage.model.LineageReport` in, a string out.
"""

from __future__ import annotations

import re

from quotecheck.lineage.model import ArticleRef, Group, LineageReport, Variant

__all__ = ["render_json", "render_text"]

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str, limit: int = 110) -> str:
    # one line, control characters shown as \xNN: data (a quote, a file name) never sends an
    # escape sequence to the terminal or starts a line of its own (a CI workflow command)
    text = _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _s(text: str | None) -> str:
    """A name or path on one line, controls visible (:func:`_one_line` without a limit)."""
    return _one_line(text or "", 1 << 30)


def _when(ref: ArticleRef) -> str:
    return _s(ref.date) if ref.date else "no date (input order)"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _trait_labels(variant: Variant, keys: tuple[str, ...]) -> str:
    by_key = {t.key: t.label for t in variant.traits}
    return "; ".join(_s(by_key[k]) for k in keys if k in by_key)


def _variant_lines(v: Variant, group: Group) -> list[str]:
    o = v.origin
    head = f"  {v.id}  {v.verdict:<18} {_s(o.path)}  {_when(o)}"
    if v.parent:
        head += f"  (built on {_s(v.parent)})"
    elif v.introduced:
        head += "  (origin)"
    else:
        head += "  (quoted from the source)"
    lines = [head, f"      “{_one_line(v.text, 1000)}”"]
    if v.introduced:
        lines.append(f"      introduced  {_trait_labels(v, v.introduced)}")
    if v.inherited:
        parent = next((p for p in group.variants if p.id == v.parent), None)
        origin = f" from {_s(parent.origin.path)}" if parent else ""
        lines.append(f"      inherited   {_trait_labels(v, v.inherited)}{origin}")
    if v.introduced or v.inherited:
        lines.append(f"      origin confidence {v.origin_confidence:.2f}")
    for c in v.copies:
        a = c.article
        what = {
            "same-words": "same words",
            "translation": f"translation ({a.language})",
            "derived": f"changed further as {_s(c.variant)}",
        }.get(c.relation, c.relation)
        lines.append(
            f"      copied by   {_s(a.path)}  {_when(a)}  {what}  confidence {c.confidence:.2f}"
        )
        evidence = "; ".join(e.detail for e in c.evidence)
        lines.append(f"                  evidence: {_one_line(evidence, 140)}")
    for ref in v.independent:
        lines.append(
            f"      also        {_s(ref.path)}  {_when(ref)}  same words, quoted independently"
        )
    return lines


def _group_lines(g: Group) -> list[str]:
    span = g.span
    where = f"{_s(span.source)}:{span.start}-{span.end}" if span.source else "(no source passage)"
    order = {
        "date": "ordered by date",
        "date-and-input-order": "ordered by date; articles without a date by input order",
        "input-order": "no dates: ordered by input order",
    }[g.order]
    how = "" if g.grouped_by == "source-span" else ", grouped by similarity"
    lines = [
        f"{where}  {_s(span.speaker or 'unknown speaker')}  "
        f"({_plural(g.renderings, 'quote')}, {order}{how})",
        f"  source  “{_one_line(span.text, 1000)}”",
    ]
    for v in g.variants:
        lines.extend(_variant_lines(v, g))
    if g.alterations:
        lines.append("  alterations")
        for a in g.alterations:
            carried = ", ".join(_s(c) for c in a.carriers) if a.carriers else "nobody later"
            lines.append(f"      {_one_line(a.trait.label, 80)}")
            lines.append(
                f"          introduced by {_s(a.origin)} ({_s(a.variant)}); carried by {carried}"
            )
    return lines


def render_text(report: LineageReport) -> str:
    """The ``full`` text: one block per passage, its variants in date order."""
    lines = [
        f"quote lineage: {_plural(report.articles, 'article')}, "
        f"{_plural(report.renderings, 'quote')} in {_plural(len(report.groups), 'passage')}",
        "",
    ]
    for g in report.groups:
        lines.extend(_group_lines(g))
        lines.append("")
    for e in report.errors:
        lines.append(f"error: {_s(e)}")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_json(report: LineageReport) -> str:
    """The JSON contract (``docs/lineage.md``)."""
    return report.model_dump_json(indent=2) + "\n"
