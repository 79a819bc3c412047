"""Renderings from what the checker reports: a :class:`QuoteResult` or a flat batch record.

Scare quotes and titles are not speech and take no part in a lineage; neither do quotes that
are someone else's words (``misattributed``) or have no source for their speaker
(``unverifiable``): there is no passage of the speaker's to descend from.
"""

from __future__ import annotations

import json
import numbers
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from quotecheck.errors import InputError, LanguageNotSupported
from quotecheck.inputs.dates import ArticleInfo, metadata_date
from quotecheck.lang import available_languages, get_language
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


def _int(value: Any) -> int | None:
    """``value`` as an int, None when it is missing or not a whole number (for naming a record
    in a message, where a malformed value must not raise)."""
    try:
        return _whole(value)
    except (TypeError, ValueError, OverflowError):
        return None


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


# Readers of the typed fields of a quote record.  Each takes the raw value (a Python, NumPy or
# pandas value, or JSON text) and returns it typed, or raises TypeError or ValueError saying
# what is wrong (JSON's and pydantic's errors are reworded into one); :func:`_fields` turns that
# into the coded error.  A missing value (None, NaN, NA, "") is never malformed: it takes the
# default.


def _whole(value: Any) -> int | None:
    """An int64 column: an int (NumPy's too), a float without a fraction (a pandas column
    with gaps is float) or its digits as text."""
    if _missing(value):
        return None
    if isinstance(value, bool):
        raise TypeError("a truth value, not a number")
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        if not number.is_integer():
            raise ValueError("not a whole number")
        return int(number)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            raise ValueError("not a whole number") from None
    raise TypeError(f"a {type(value).__name__}, not a number")


def _json(value: Any) -> Any:
    """A JSON column: its text parsed (a value that is already parsed is taken as it is)."""
    if _missing(value):
        return None
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON ({exc.msg} at character {exc.pos})") from None
    return value


def _json_list(value: Any) -> list[Any]:
    parsed = _json(value)
    if parsed is None:
        return []
    if isinstance(parsed, str | bytes | Mapping) or not isinstance(parsed, Sequence):
        raise TypeError(f"a JSON {_json_kind(parsed)}, not a list")
    return list(parsed)


def _json_kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    return "number" if isinstance(value, int | float) else type(value).__name__


def _metadata(value: Any) -> Mapping[str, Any]:
    parsed = _json(value)
    if parsed is None:
        return {}
    if not isinstance(parsed, Mapping):
        raise TypeError(f"a JSON {_json_kind(parsed)}, not an object")
    return parsed


def _pieces(value: Any) -> tuple[tuple[int, int], ...]:
    out = []
    for i, piece in enumerate(_json_list(value)):
        if isinstance(piece, str | Mapping) or not isinstance(piece, Sequence) or len(piece) != 2:
            raise ValueError(f"piece {i} is not a pair [start, end]")
        try:
            start, end = (_whole(v) for v in piece)
        except (TypeError, ValueError, OverflowError) as exc:
            raise ValueError(f"piece {i}: {exc}") from None
        if start is None or end is None:
            raise ValueError(f"piece {i} has no start or end")
        out.append((start, end))
    return tuple(out)


def _models(value: Any, model: type[Edit] | type[Segment]) -> tuple[Any, ...]:
    out = []
    for i, item in enumerate(_json_list(value)):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ValueError(f"item {i}{' ' + where if where else ''}: {first['msg']}") from None
    return tuple(out)


def _edits(value: Any) -> tuple[Edit, ...]:
    return _models(value, Edit)


def _segments(value: Any) -> tuple[Segment, ...]:
    return _models(value, Segment)


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "quote_index": _whole,
    "start": _whole,
    "end": _whole,
    "line": _whole,
    "match_start": _whole,
    "match_end": _whole,
    "match_pieces": _pieces,
    "edits": _edits,
    "segments": _segments,
    "metadata": _metadata,
}
"""The typed fields a rendering reads (the string fields are taken when they are text)."""


def _fields(record: Mapping[str, Any], article: str) -> dict[str, Any]:
    """Every typed field of ``record`` read by its reader in :data:`_FIELDS`; a malformed one
    raises InputError (E100) naming the record (its article, quote index, line and first words)
    and the field, with the value and what is wrong with it."""
    out: dict[str, Any] = {}
    for name, read in _FIELDS.items():
        value = record.get(name)
        try:
            out[name] = read(value)
        except (TypeError, ValueError, OverflowError) as exc:
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:59] + "…"
            raise InputError(
                f"a quote record{_named(record)} has a malformed {name}, {shown}: {exc} "
                f"(the `{name}` column of quotecheck.batch.RECORD_SCHEMA)",
                path=article,
            ) from exc
    return out


def _named(record: Mapping[str, Any]) -> str:
    """`` (quote_index 3, line 2, "Wir bauen…")``: the record as a message names it (the parts
    it has and can read), or ``""``."""
    where = []
    if (index := _int(record.get("quote_index"))) is not None:
        where.append(f"quote_index {index}")
    if (line := _int(record.get("line"))) is not None:
        where.append(f"line {line}")
    text = " ".join((_str(record.get("text")) or "").split())
    if text:
        where.append(f'"{text[:40].rstrip()}…"' if len(text) > 40 else f'"{text}"')
    return f" ({', '.join(where)})" if where else ""


def _article_id(record: Mapping[str, Any]) -> str:
    """The record's ``article_id`` as text; InputError (E100) naming the record when it has
    none, since lineage names and orders the articles by it."""
    value = record.get("article_id")
    if not _missing(value):
        return str(value)
    raise InputError(
        f"a quote record{_named(record)} has no article_id (the `article_id` column of "
        "quotecheck.batch.RECORD_SCHEMA): lineage names and orders the articles by it"
    )


def from_record(record: Mapping[str, Any]) -> Rendering | None:
    """A rendering from a ``quote`` record of :func:`quotecheck.batch.check_batch`.

    The article's date comes from the record's ``metadata``, read as the check read it
    (:func:`~quotecheck.inputs.dates.metadata_date`: ``date``, ``published``, ``pubdate`` …);
    its order from the article id (file order for ``quotecheck batch``, whose ids are the
    sorted paths).  Other records, scare quotes and skipped verdicts give None.

    A quote record without a ``language`` (absent, null or empty; ``quotecheck batch`` always
    writes one) or in a language quotecheck has no data for raises
    :class:`~quotecheck.errors.LanguageNotSupported` (E301) naming its article: its traits are
    keyed on its language's stopwords and titles, so reading it as English would group a German
    quote wrongly without a word, as an unknown language would.
    One without an ``article_id`` (absent, null or empty) raises
    :class:`~quotecheck.errors.InputError` (E100) naming the record by its quote index, line
    and first words; so does one whose typed field is malformed (a ``start`` that is not a
    whole number, ``segments``, ``edits``, ``match_pieces`` or ``metadata`` that is not JSON of
    the contract's shape), naming its article too, the field, the value and what is wrong
    (:func:`_fields`: the fields and their readers are listed once, in :data:`_FIELDS`), or
    whose ``metadata`` gives a date that is not a date (naming the key and the value).
    Records that take no part are not read further and need neither.
    """
    if record.get("record") != "quote":
        return None
    verdict = _str(record.get("verdict")) or ""
    kind = _str(record.get("kind"))
    text = _str(record.get("text")) or ""
    if kind == QuoteKind.SCARE.value or verdict in SKIPPED_VERDICTS or not text.strip():
        return None
    article = _article_id(record)
    f = _fields(record, article)
    meta: Mapping[str, Any] = f["metadata"]
    try:
        date = metadata_date(meta, path=article)  # as the check read it
    except InputError as exc:
        raise InputError(f"a quote record{_named(record)}: {exc.message}", path=article) from exc
    source = _str(record.get("match_source"))
    s_start, s_end = f["match_start"], f["match_end"]
    pieces: tuple[tuple[int, int], ...] = f["match_pieces"]
    if source is not None and not pieces and s_start is not None and s_end is not None:
        pieces = ((s_start, s_end),)
    foreign = _translated_from((_str(record.get("match_normalization")) or "").split())
    language = foreign or _str(record.get("language"))
    if not language:
        index = f["quote_index"]
        raise LanguageNotSupported(
            f"a quote record{f' (quote_index {index})' if index is not None else ''} has no "
            "language (the `language` column of quotecheck.batch.RECORD_SCHEMA); lineage never "
            f"guesses one: give the article's language (supported: "
            f"{', '.join(available_languages())})",
            path=article,
        )
    get_language(language, path=article)  # E301 now, not in the middle of a group's analysis
    return Rendering(
        article=article,
        order=article,
        date=date,
        date_from="metadata" if date else None,
        title=_str(meta.get("title")),
        outlet=_str(meta.get("outlet")),
        quote_index=f["quote_index"] or 0,
        language=language,
        text=text,
        start=f["start"] or 0,
        end=f["end"] or 0,
        line=f["line"] or 1,
        speaker=_str(record.get("speaker")),
        mention=_str(record.get("speaker_mention")),
        verdict=verdict,
        source=source,
        source_start=s_start,
        source_end=s_end,
        source_text=_str(record.get("match_text")),
        pieces=pieces,
        edits=f["edits"],
        segments=f["segments"],
        translated=foreign is not None,
    )
