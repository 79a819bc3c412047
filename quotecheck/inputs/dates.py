"""An article's date (and title and outlet) from what the file declares about itself.

Looked for, in order: front matter ``date:`` (or ``published:``, ``pubdate:``, or ``date:``
under ``quotecheck:``); an HTML ``<meta>`` with ``name``/``property``/``itemprop`` ``date``,
``pubdate``, ``article:published_time``, ``datePublished``, ``dc.date`` or
``quotecheck:date``; a ``<time datetime=… pubdate>``.  A batch input's ``metadata`` may give
a date too, under the same keys as front matter (:func:`metadata_date` reads it, for the check
and for the quote lineage alike: it comes before what the file declares).  Text in
the body is never parsed for dates: a date mentioned in a story is not the story's date.

Dates are normalised to ISO 8601 (``2026-04-03`` or ``2026-04-03T09:30:00`` in UTC), so that
they sort as strings.  Cost: one regular-expression pass over the first 64 KiB of an HTML file.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from typing import Any

from quotecheck.errors import InputError

__all__ = [
    "DATE_KEYS",
    "ArticleInfo",
    "article_info",
    "given_date",
    "metadata_date",
    "normalise_date",
]

DATE_KEYS = ("date", "published", "pubdate", "published_at", "datePublished")
"""The keys an article's date is given under, in this order: in its front matter and in the
``metadata`` of a batch input (and so of its records)."""
_META_NAMES = frozenset(
    {
        "date",
        "pubdate",
        "publish-date",
        "publication_date",
        "article:published_time",
        "og:published_time",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "quotecheck:date",
    }
)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))""")
_TIME = re.compile(r"<time\b[^>]*\bpubdate\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HEAD_CHARS = 65536


class ArticleInfo:
    """What an article says about itself: date (ISO), where it came from, title, outlet."""

    __slots__ = ("date", "date_from", "outlet", "title", "unread")

    def __init__(
        self,
        date: str | None = None,
        date_from: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
    ) -> None:
        self.date = date
        self.date_from = date_from
        self.title = title
        self.outlet = outlet
        self.unread: list[tuple[str, str]] = []
        """Front-matter date keys whose value is not a date, with the value as written: left
        out, and reported (QC504), never read as no date silently."""


def normalise_date(value: Any) -> str | None:
    """``value`` (a date, a datetime or an ISO-like string) as an ISO string, or None.

    A datetime with a time zone is converted to UTC; one without stays as written.
    """
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        parsed: dt.datetime = dt.datetime.fromisoformat(text)
        return normalise_date(parsed)
    except ValueError:
        return None


def given_date(value: Any, *, path: str, what: str = "date") -> str | None:
    """A date given from outside the article (``what``: which field), as :func:`normalise_date`
    gives it; None for no date (None, an empty string, or a data frame's missing value).

    Anything else that is not a date raises :class:`~quotecheck.errors.InputError` (E100)
    naming ``path`` and the field: a date misread as none would silently turn the occasion
    dating off for that article."""
    if value is None or (isinstance(value, float | dt.datetime) and value != value):
        return None  # NaN and NaT are the only values unequal to themselves
    if isinstance(value, str) and not value.strip():
        return None
    found = normalise_date(value)
    if found is None:
        raise InputError(
            f"{what} is not a date: {value!r} (give an ISO 8601 date such as 2026-04-03, or a "
            "date and time such as 2026-04-03T09:30:00+02:00)",
            path=path,
        )
    return found


def metadata_date(metadata: Mapping[str, Any], *, path: str) -> str | None:
    """The date a batch input's ``metadata`` gives (``path``: the article): the first of
    :data:`DATE_KEYS` that holds a value, read by :func:`given_date` (None for none: a key
    absent, null, blank or a data frame's missing value is passed over).

    A value that is not a date raises :class:`~quotecheck.errors.InputError` (E100) naming
    ``path`` and the key, even when a later key holds a date: which one was meant is not
    known.  O(len(DATE_KEYS))."""
    for key in DATE_KEYS:
        found = given_date(metadata.get(key), path=path, what=f"metadata {key!r}")
        if found is not None:
            return found
    return None


def _attrs(tag: str) -> dict[str, str]:
    out = {}
    for m in _ATTR.finditer(tag):
        value = m.group(3) if m.group(3) is not None else m.group(4) or m.group(5) or ""
        out[m.group(1).lower()] = html.unescape(value)
    return out


def _html_date(raw: str) -> str | None:
    head = raw[:_HEAD_CHARS]
    for m in _META.finditer(head):
        attrs = _attrs(m.group())
        name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        if name in _META_NAMES:
            found = normalise_date(attrs.get("content"))
            if found:
                return found
    for m in _TIME.finditer(head):
        found = normalise_date(_attrs(m.group()).get("datetime"))
        if found:
            return found
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def article_info(raw: str, meta: Mapping[str, Any], fmt: str) -> ArticleInfo:
    """The date, title and outlet an article declares (``meta``: its parsed front matter)."""
    info = ArticleInfo()
    nested = meta.get("quotecheck")
    scopes = [meta, nested] if isinstance(nested, Mapping) else [meta]
    for scope in scopes:
        for key in DATE_KEYS:
            value = scope.get(key)
            found = normalise_date(value)
            if found and info.date is None:
                info.date, info.date_from = found, "front-matter"
            elif found is None and value is not None and str(value).strip():
                info.unread.append((key, str(value)))
        info.title = info.title or _text(scope.get("title"))
        info.outlet = info.outlet or _text(scope.get("outlet")) or _text(scope.get("publisher"))
    if fmt == "html":
        if info.date is None:
            found = _html_date(raw)
            if found:
                info.date, info.date_from = found, "html-meta"
        if info.title is None:
            m = _TITLE.search(raw[:_HEAD_CHARS])
            if m:
                info.title = _text(html.unescape(re.sub(r"<[^>]*>", "", m.group(1))))
    return info
