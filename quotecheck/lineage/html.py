"""The lineage as one self-contained HTML page: the source passage on top, the variants below.

Like the report (:mod:`quotecheck.formats.html`), the page has no external resources and no
script (CSS inline), works from a ``file://`` URL and escapes every piece of article and source
text (Jinja2 with autoescaping).  Per passage it shows

* the source passage, with the words any variant changed or left out marked;
* the variants as a timeline in date order, each indented under the variant it was built on
  (a tree), with the article's words beside the source's (changed words marked, an ellipsis
  shown as a cut, the writer's bracketed insertion shown as theirs and not compared), what it
  introduced and inherited, and its copies with the evidence;
* every article as a link (``link`` maps an article path to the ``href``; by default the path
  itself, so the page works when written next to the articles' folder).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from quotecheck.ellipsis import PATTERN as ELLIPSIS_PATTERN
from quotecheck.formats.html import inline_asset, page_environment
from quotecheck.insertion import marks
from quotecheck.lineage.model import Group, LineageReport, Variant

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = ["Run", "mark_changes", "render_html"]

TEMPLATES = Path(__file__).with_name("templates")

_TOKEN = re.compile(rf"\w+(?:['’]\w+)*|{ELLIPSIS_PATTERN}|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Run:
    """A run of text and how it is marked: ``""``, ``changed``, ``cut`` (an ellipsis),
    ``inserted`` (the writer's words in brackets) or ``dropped`` (source words a variant
    changed or left out)."""

    text: str
    mark: str = ""


def _is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum() or token[0] == "_")


def _quote_tokens(text: str) -> tuple[list[str], list[str]]:
    """``text``'s tokens and their marks: each ellipsis (``cut``) and insertion (``inserted``)
    of :func:`quotecheck.insertion.marks` one token, the rest unmarked."""
    tokens: list[str] = []
    kinds: list[str] = []
    at = 0
    for m in marks(text):
        plain = _TOKEN.findall(text[at : m.start])
        tokens += [*plain, text[m.start : m.end]]
        kinds += [""] * len(plain) + ["cut" if m.kind == "ellipsis" else "inserted"]
        at = m.end
    plain = _TOKEN.findall(text[at:])
    return tokens + plain, kinds + [""] * len(plain)


def mark_changes(text: str, source: str) -> tuple[list[Run], set[int]]:
    """``text``'s runs with the words that differ from ``source`` marked, and the indexes of
    the source's words that ``text`` changed or left out.  The writer's marks are read as the
    check reads them (:func:`quotecheck.insertion.marks`): an ellipsis is a cut, and the words
    of a bracketed insertion are the writer's, never compared with the source's.  O(n·m) worst
    case (difflib) for a quote and a passage of a few dozen words."""
    tokens, kinds = _quote_tokens(text)
    source_words = [w.casefold() for w in _TOKEN.findall(source) if _is_word(w)]
    positions = [i for i, t in enumerate(tokens) if not kinds[i] and _is_word(t)]
    quote_words = [tokens[i].casefold() for i in positions]
    changed: set[int] = set()
    dropped: set[int] = set()
    matcher = SequenceMatcher(None, quote_words, source_words, autojunk=False)
    # The passage is every variant's span together, so a variant may reach less of it: the
    # source's words before its first and after its last matched word are not its own, except
    # those its own first or last words stand against ("at noon" for "at dawn", at the end).
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    first, last = (
        (blocks[0].b, blocks[-1].b + blocks[-1].size) if blocks else (0, len(source_words))
    )
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("replace", "delete"):  # difflib: "delete" = only in the quote
            changed.update(positions[a0:a1])
        if op == "replace":
            if b0 >= last:
                b1 = min(b1, b0 + a1 - a0)
            elif b1 <= first:
                b0 = max(b0, b1 - (a1 - a0))
            dropped.update(range(b0, b1))
        elif op == "insert" and first <= b0 and b1 <= last:  # "insert" = only in the source
            dropped.update(range(b0, b1))
    shown = [kinds[i] or ("changed" if i in changed else "") for i in range(len(tokens))]
    for i, t in enumerate(tokens):  # a space inside a marked phrase belongs to it
        if t.isspace() and 0 < i < len(tokens) - 1 and shown[i - 1] == shown[i + 1]:
            shown[i] = shown[i - 1]
    return _merge(zip(tokens, shown, strict=True)), dropped


def _merge(pieces: Iterable[tuple[str, str]]) -> list[Run]:
    runs: list[Run] = []
    for text, mark in pieces:
        if runs and runs[-1].mark == mark:
            runs[-1] = Run(runs[-1].text + text, mark)
        else:
            runs.append(Run(text, mark))
    return runs


def _source_runs(source: str, dropped: set[int]) -> list[Run]:
    pieces = []
    word = 0
    for t in _TOKEN.findall(source):
        mark = ""
        if _is_word(t):
            mark = "dropped" if word in dropped else ""
            word += 1
        pieces.append((t, mark))
    for i in range(1, len(pieces) - 1):  # a space inside a marked phrase belongs to it
        if pieces[i][0].isspace() and pieces[i - 1][1] == pieces[i + 1][1]:
            pieces[i] = (pieces[i][0], pieces[i - 1][1])
    return _merge(pieces)


@dataclass
class _VariantView:
    variant: Variant
    depth: int
    runs: list[Run]
    comparable: bool
    introduced: list[str]
    inherited: list[str]


@dataclass
class _GroupView:
    group: Group
    number: int
    source_runs: list[Run]
    variants: list[_VariantView]
    articles: int


def _depths(group: Group) -> dict[str, int]:
    parents = {v.id: v.parent for v in group.variants}
    out: dict[str, int] = {}
    for vid in parents:
        depth, seen, at = 0, {vid}, parents[vid]
        while at is not None and at not in seen and depth < 8:
            seen.add(at)
            depth += 1
            at = parents.get(at)
        out[vid] = depth
    return out


def _group_view(group: Group, number: int) -> _GroupView:
    depths = _depths(group)
    dropped_all: set[int] = set()
    views = []
    for v in group.variants:
        by_key = {t.key: t.label for t in v.traits}
        comparable = v.verdict not in ("translated", "translated_altered") and (
            group.span.source is not None
        )
        if comparable:
            runs, dropped = mark_changes(v.text, group.span.text)
            dropped_all |= dropped
        else:
            runs = [Run(v.text)]
        views.append(
            _VariantView(
                variant=v,
                depth=depths[v.id],
                runs=runs,
                comparable=comparable,
                introduced=[by_key[k] for k in v.introduced if k in by_key],
                inherited=[by_key[k] for k in v.inherited if k in by_key],
            )
        )
    articles = {v.origin.path for v in group.variants}
    for v in group.variants:
        articles.update(c.article.path for c in v.copies)
        articles.update(r.path for r in v.independent)
    return _GroupView(
        group=group,
        number=number,
        source_runs=_source_runs(group.span.text, dropped_all),
        variants=views,
        articles=len(articles),
    )


def _default_link(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


@cache
def _environment() -> Environment:
    return page_environment(TEMPLATES)


def render_html(report: LineageReport, link: Callable[[str], str] | None = None) -> str:
    """The lineage as one self-contained HTML page."""
    css = inline_asset(TEMPLATES / "lineage.css")
    groups = [_group_view(g, i) for i, g in enumerate(report.groups, start=1)]
    return (
        _environment()
        .get_template("lineage.html.j2")
        .render(
            report=report,
            groups=groups,
            link=link or _default_link,
            css=css,
        )
    )
