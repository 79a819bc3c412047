"""The map from a source's text back to its original: PDF page and line, cue times, file offsets.

Readers of formats whose text is not the file itself (PDF, subtitles, web pages, timed
transcripts) build the text with a :class:`TextBuilder`: every piece appended carries its place,
so the resulting :class:`~quotecheck.models.Place` runs cover every character of the text, in
order and without gaps.  :func:`locate` turns a span of the text back into a
:class:`~quotecheck.models.Location` (first place of the span; the end time of the last).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from quotecheck.models import Location, Place, Source


@dataclass
class TextBuilder:
    """Text assembled piece by piece, each piece remembering where it came from."""

    parts: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    length: int = 0

    def add(
        self,
        text: str,
        *,
        offset: int | None = None,
        page: int | None = None,
        line: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        inserted: bool = False,
    ) -> None:
        """Append ``text`` copied from ``offset`` of the original (or added by the reader)."""
        if not text:
            return
        place = Place(
            start=self.length,
            end=self.length + len(text),
            offset=offset,
            page=page,
            line=line,
            start_time=start_time,
            end_time=end_time,
            inserted=inserted,
        )
        self.parts.append(text)
        self.places.append(place)
        self.length += len(text)

    def separator(self, text: str) -> None:
        """Append characters the reader adds between pieces (a space, a line break), placed
        where the piece before them stands."""
        if not text:
            return
        prev = self.places[-1] if self.places else None
        self.add(
            text,
            offset=None,
            page=prev.page if prev else None,
            line=prev.line if prev else None,
            start_time=prev.end_time if prev else None,
            end_time=prev.end_time if prev else None,
            inserted=True,
        )

    def tail(self, n: int) -> str:
        """The last ``n`` characters appended so far."""
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    @property
    def text(self) -> str:
        """Everything appended, as one string."""
        return "".join(self.parts)


def place_at(places: Sequence[Place], offset: int) -> Place | None:
    """The place of text character ``offset`` (binary search, O(log n))."""
    if not places:
        return None
    i = bisect.bisect_right([p.start for p in places], offset) - 1
    if i < 0:
        return None
    return places[i]


def _first_real(places: Sequence[Place], start: int, end: int) -> tuple[Place, Place] | None:
    starts = [p.start for p in places]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_left(starts, max(start, end - 1) + 1) - 1)
    inside = [p for p in places[i : j + 1] if not p.inserted] or list(places[i : j + 1])
    if not inside:
        return None
    return inside[0], inside[-1]


def deep_link(url: str | None, location: Location) -> str | None:
    """``url`` pointing at the place: ``#page=2`` for a page, ``t=872`` (seconds) for media."""
    if not url:
        return None
    parts = urlsplit(url)
    if location.page is not None:
        return urlunsplit(parts._replace(fragment=f"page={location.page}"))
    if location.start_time is not None:
        t = f"t={int(location.start_time)}"
        query = f"{parts.query}&{t}" if parts.query else t
        return urlunsplit(parts._replace(query=query))
    return url


def locate(source: Source, start: int, end: int) -> Location | None:
    """Where ``source.text[start:end]`` stands in the original, or None for a text source.

    PDF: the page and line of the span's first character.  Subtitles and timed transcripts:
    from the start of the first cue to the end of the last one the span touches.
    """
    if not source.places:
        return None
    found = _first_real(source.places, start, end)
    if found is None:
        return None
    first, last = found
    if first.page is not None:
        loc = Location(page=first.page, line=first.line)
    elif first.start_time is not None:
        loc = Location(
            start_time=first.start_time,
            end_time=max(x for x in (first.end_time, last.end_time) if x is not None)
            if last.end_time is not None or first.end_time is not None
            else None,
        )
    else:
        return None
    link = deep_link(source.url, loc)
    return loc.model_copy(update={"url": link}) if link else loc


def turn_spans(
    starts: Sequence[tuple[int, str | None]], length: int
) -> tuple[tuple[int, int, str | None], ...]:
    """Speaker turns from where each begins (``(offset, speaker)``, in text order): a turn runs
    to the next one's start, the last to ``length``; a turn left empty is dropped."""
    if not starts:
        return ()
    ends = [at for at, _ in starts[1:]] + [length]
    return tuple((a, b, who) for (a, who), b in zip(starts, ends, strict=True) if b > a)


@dataclass
class Extracted:
    """What a reader of a PDF, subtitle file, web page or timed transcript returns: the text
    with its map back to the original, the speaker turns it found, and the document's own
    metadata.  :func:`quotecheck.inputs.sources.source_from_extracted` makes the Source."""

    text: str
    places: tuple[Place, ...]
    format: str
    turns: tuple[tuple[int, int, str | None], ...] = ()
    """(start, end, speaker) of each speaker turn the reader found (None: unnamed speaker)."""
    voices: tuple[tuple[int, int, str | None], ...] = ()
    """(start, end, label) of each unnamed voice's turn ("SPEAKER_00"; None: a named one)."""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    occasion: str | None = None
