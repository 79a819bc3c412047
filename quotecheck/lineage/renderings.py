"""Renderings from what the checker reports: a :class:`QuoteResult` or a flat batch record.

Scare quotes and titles are not speech and take no part in a lineage; neither do quotes that
are someone else's words (``misattributed``) or have no source for their speaker
(``unverifiable``): there is no passage of the speaker's to descend from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from quotecheck.errors import InputError, LanguageNotSupported
from quotecheck.inputs.dates import ArticleInfo, normalise_date
from quotecheck.lang import available_languages
from quotecheck.lineage.model import Rendering
from quotecheck.models import ArticleReport, Edit, QuoteKind, QuoteResult, Segment

__all__ = ["SKIPPED_VERDICTS", "from_record", "from_report", "order_key"]

SKIPPED_VERDICTS = frozenset({"misattributed", "unverifiable"})


def order_key(position: int) -> str:
    """The sort key of the ``position``-th article of the input (file order)."""
    return f"{position:09d}"


def _translated_from(normalization: Sequence[str]) -> str | None:
    """The quote's language when it was matched across languages (``translation:de→en``)."""
    for n in normalization:
        if n.startswith("translation"):
            head = n.partition(":")[2].partition("→")[0].strip()
            return head or "und"
    return None


def from_quote(
    q: QuoteResult, index: int, article: ArticleReport, info: ArticleInfo, order: str
) -> Rendering | None:
    """One rendering, or None for a quote that takes no part (see the module docstring)."""
    if q.kind is QuoteKind.SCARE or q.verdict.value in SKIPPED_VERDICTS or not q.text.strip():
        return None
    m = q.match
    foreign = _translated_from(m.normalization) if m else None
    return Rendering(
        article=article.path,
        order=order,
        date=info.date,
        date_from=info.date_from,
        title=info.title,
        outlet=info.outlet,
        quote_index=index,
        language=foreign or article.language,
        text=q.text,
        start=q.start,
        end=q.end,
        line=q.line,
        speaker=q.speaker,
        mention=q.speaker_mention,
        verdict=q.verdict.value,
        source=m.source if m else None,
        source_start=m.start if m else None,
        source_end=m.end if m else None,
        source_text=m.text if m else None,
        pieces=(m.pieces or ((m.start, m.end),)) if m else (),
        edits=q.edits,
        segments=q.segments,
        translated=foreign is not None,
    )


def from_report(article: ArticleReport, info: ArticleInfo, order: str) -> list[Rendering]:
    """The renderings of one checked article (none for an article with an error)."""
    out = []
    for i, q in enumerate(article.quotes):
        r = from_quote(q, i, article, info, order)
        if r is not None:
            out.append(r)
    return out


def _json(value: Any, default: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return default
    if isinstance(value, str):
        return json.loads(value) if value else default
    return value


def _int(value: Any) -> int | None:
    if value is None:
        return None
    try:
        if value != value:  # NaN / pandas NA
            return None
    except (TypeError, ValueError):
        return None
    return int(value)


def _str(value: Any) -> str | None:
    if value is None or not isinstance(value, str):
        return None
    return value


def _missing(value: Any) -> bool:
    """None, NaN, pandas NA or an empty string."""
    if value is None:
        return True
    try:
        return bool(value != value) or value == ""
    except (TypeError, ValueError):  # pandas NA has no truth value
        return True


def _article_id(record: Mapping[str, Any]) -> str:
    """The record's ``article_id`` as text; InputError (E100) naming the record when it has
    none, since lineage names and orders the articles by it."""
    value = record.get("article_id")
    if not _missing(value):
        return str(value)
    where = []
    if (index := _int(record.get("quote_index"))) is not None:
        where.append(f"quote_index {index}")
    if (line := _int(record.get("line"))) is not None:
        where.append(f"line {line}")
    text = " ".join((_str(record.get("text")) or "").split())
    if text:
        where.append(f'"{text[:40].rstrip()}…"' if len(text) > 40 else f'"{text}"')
    named = f" ({', '.join(where)})" if where else ""
    raise InputError(
        f"a quote record{named} has no article_id (the `article_id` column of "
        "quotecheck.batch.RECORD_SCHEMA): lineage names and orders the articles by it"
    )


def from_record(record: Mapping[str, Any]) -> Rendering | None:
    """A rendering from a ``quote`` record of :func:`quotecheck.batch.check_batch`.

    The article's date comes from the record's ``metadata`` (``date``, ``published``); its
    order from the article id (file order for ``quotecheck batch``, whose ids are the sorted
    paths).  Other records, scare quotes and skipped verdicts give None.

    A quote record without a ``language`` (absent, null or empty; ``quotecheck batch`` always
    writes one) raises :class:`~quotecheck.errors.LanguageNotSupported` (E301) naming its
    article: its traits are keyed on its language's stopwords and titles, so reading it as
    English would group a German quote wrongly without a word, as an unknown language would.
    One without an ``article_id`` (absent, null or empty) raises
    :class:`~quotecheck.errors.InputError` (E100) naming the record by its quote index, line
    and first words.
    """
    if record.get("record") != "quote":
        return None
    verdict = _str(record.get("verdict")) or ""
    kind = _str(record.get("kind"))
    text = _str(record.get("text")) or ""
    if kind == QuoteKind.SCARE.value or verdict in SKIPPED_VERDICTS or not text.strip():
        return None
    meta = _json(record.get("metadata"), {})
    date = None
    for key in ("date", "published", "pubdate"):
        date = normalise_date(meta.get(key)) if isinstance(meta, Mapping) else None
        if date:
            break
    source = _str(record.get("match_source"))
    s_start, s_end = _int(record.get("match_start")), _int(record.get("match_end"))
    pieces = tuple(tuple(p) for p in _json(record.get("match_pieces"), []))
    if source is not None and not pieces and s_start is not None and s_end is not None:
        pieces = ((s_start, s_end),)
    foreign = _translated_from((_str(record.get("match_normalization")) or "").split())
    article = _article_id(record)
    language = foreign or _str(record.get("language"))
    if not language:
        index = _int(record.get("quote_index"))
        raise LanguageNotSupported(
            f"a quote record{f' (quote_index {index})' if index is not None else ''} has no "
            "language (the `language` column of quotecheck.batch.RECORD_SCHEMA); lineage never "
            f"guesses one: give the article's language (supported: "
            f"{', '.join(available_languages())})",
            path=article,
        )
    return Rendering(
        article=article,
        order=article,
        date=date,
        date_from="metadata" if date else None,
        title=_str(meta.get("title")) if isinstance(meta, Mapping) else None,
        outlet=_str(meta.get("outlet")) if isinstance(meta, Mapping) else None,
        quote_index=_int(record.get("quote_index")) or 0,
        language=language,
        text=text,
        start=_int(record.get("start")) or 0,
        end=_int(record.get("end")) or 0,
        line=_int(record.get("line")) or 1,
        speaker=_str(record.get("speaker")),
        mention=_str(record.get("speaker_mention")),
        verdict=verdict,
        source=source,
        source_start=s_start,
        source_end=s_end,
        source_text=_str(record.get("match_text")),
        pieces=tuple((int(a), int(b)) for a, b in pieces),
        edits=tuple(Edit.model_validate(e) for e in _json(record.get("edits"), [])),
        segments=tuple(Segment.model_validate(s) for s in _json(record.get("segments"), [])),
        translated=foreign is not None,
    )
