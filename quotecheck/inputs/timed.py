"""Timed transcripts in JSON: speaker segments with start and end times (optional word times).

The shape (the one WhisperX-style transcription tools write; see ``docs/sources.md``)::

    {"title": "…", "date": "2026-03-02", "occasion": "interview on Radio X",
     "speakers": {"SPEAKER_00": "Ann Lee"},
     "segments": [{"speaker": "SPEAKER_00", "start": 872.0, "end": 881.4,
                   "text": "We will not raise the toll this year.",
                   "words": [{"word": "We", "start": 872.0, "end": 872.2}, …]}]}

A bare list of segments is accepted too.  ``speaker`` is optional (a segment without one
continues the turn before it); ``speakers`` maps a tool's labels to names.  Segments are joined
by a space, a change of speaker starts a new line and a turn.  Each character maps back to its
offset in the JSON file (inside the string literal, escapes accounted for) and to the time of
its word, when word times are given, else of its segment.  Cost: linear in the file's size.
"""

from __future__ import annotations

import json
import re
from typing import Any

from quotecheck.errors import SourceFormatError
from quotecheck.inputs.labels import placeholder_label
from quotecheck.inputs.places import Extracted, TextBuilder, turn_spans

_TEXT_KEY = re.compile(r'"text"\s*:\s*"')
_ESCAPE = re.compile(r'\\u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\.|[^\\"]+')


def _literal_pieces(raw: str, start: int) -> list[tuple[str, int, bool]]:
    """The decoded characters of the JSON string literal whose content starts at ``start``,
    as (text, offset in ``raw``, is an escape) pieces."""
    pieces = []
    pos = start
    while pos < len(raw) and raw[pos] != '"':
        m = _ESCAPE.match(raw, pos)
        if m is None:
            break
        token = m.group()
        text = json.loads(f'"{token}"') if token.startswith("\\") else token
        pieces.append((text, pos, token.startswith("\\")))
        pos = m.end()
    return pieces


def _number(value: Any, where: str, *, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SourceFormatError(f"{where} must be a number of seconds, found {value!r}", path=path)
    return float(value)


def _segments(data: Any, *, path: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    meta: dict[str, Any] = {}
    if isinstance(data, dict):
        meta = data
        data = data.get("segments")
    if not isinstance(data, list) or not all(isinstance(s, dict) for s in data):
        raise SourceFormatError(
            'is not a timed transcript: expected {"segments": [{"speaker", "start", '
            '"end", "text"}, …]} or a list of such segments (see docs/sources.md)',
            path=path,
        )
    return data, meta


def read_timed_json(raw: str, *, path: str) -> Extracted:
    """The text of a timed JSON transcript (see the module doc)."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SourceFormatError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", path=path
        ) from exc
    except RecursionError as exc:
        raise SourceFormatError("is nested too deeply to be a timed transcript", path=path) from exc
    segments, meta = _segments(data, path=path)
    given = meta.get("speakers")
    names: dict[str, Any] = given if isinstance(given, dict) else {}
    out = TextBuilder()
    turns: list[tuple[int, str | None]] = []
    voices: list[tuple[int, str | None]] = []  # the same turns' placeholder labels
    current: str | None = None
    voice: str | None = None  # the label of the turn: placeholders name no one, but differ
    cursor = 0
    for i, seg in enumerate(segments):
        where = f"segments[{i}]"
        text = seg.get("text")
        if not isinstance(text, str):
            raise SourceFormatError(f"{where}.text must be a string", path=path)
        start = _number(seg.get("start"), f"{where}.start", path=path)
        end = _number(seg.get("end"), f"{where}.end", path=path)
        if end < start:
            raise SourceFormatError(f"{where} ends ({end}) before it starts ({start})", path=path)
        pieces = [(text, -1, False)]  # not found in the file: times kept, no file offset
        for tries, found in enumerate(_TEXT_KEY.finditer(raw, cursor)):
            literal = _literal_pieces(raw, found.end())
            if "".join(p for p, _, _ in literal) == text:
                pieces, cursor = literal, found.end()
                break
            if tries >= 8:  # a word's "text" may come first; further off, give up
                break
        label = seg.get("speaker")
        if label is not None and not isinstance(label, str | int):
            raise SourceFormatError(f"{where}.speaker must be a name (a string)", path=path)
        heard = str(label) if label is not None else voice
        speaker = _speaker(str(label), names) if label is not None else current
        lead = len(text) - len(text.lstrip())
        if not text.strip():
            continue
        if out.length:
            out.separator("\n" if heard != voice else " ")
        if heard != voice or (not turns and speaker):
            turns.append((out.length, speaker))
            voices.append((out.length, heard if speaker is None and heard else None))
            current, voice = speaker, heard
        runs = _word_times(seg.get("words"), text, start, end, where, path=path)
        body_end = len(text.rstrip())
        for a, b, t0, t1 in runs:
            for x, y, off in _slices(pieces, max(a, lead), min(b, body_end)):
                out.add(text[x:y], offset=off, start_time=t0, end_time=t1)
    text_all = out.text
    title = meta.get("title")
    date = meta.get("date")
    occasion = meta.get("occasion")
    return Extracted(
        text=text_all,
        places=tuple(out.places),
        format="transcript-json",
        turns=turn_spans(turns, len(text_all)),
        voices=turn_spans(voices, len(text_all)),
        title=str(title) if title else None,
        date=str(date) if date else None,
        occasion=str(occasion) if occasion else None,
    )


def _speaker(label: str, names: dict[str, Any]) -> str | None:
    """The person a segment's ``label`` names: the ``speakers`` map's name for it, else the
    label itself, or no one when it is a tool's placeholder for an unnamed voice
    ("SPEAKER_01": :func:`~quotecheck.inputs.labels.placeholder_label`)."""
    if label in names:
        return str(names[label])
    return None if placeholder_label(label) else label


def _word_times(
    words: Any, text: str, start: float, end: float, where: str, *, path: str
) -> list[tuple[int, int, float, float]]:
    """(start, end, start_time, end_time) runs covering ``text``: one per word when the
    segment lists word times (each word found in the text in order), else the whole segment."""
    if not isinstance(words, list) or not words:
        return [(0, len(text), start, end)]
    runs: list[tuple[int, int, float, float]] = []
    pos = 0
    for j, w in enumerate(words):
        if not isinstance(w, dict):
            raise SourceFormatError(f"{where}.words[{j}] must be an object", path=path)
        word = str(w.get("word", w.get("text", ""))).strip()
        at = text.find(word, pos) if word else -1
        if at < 0 or "start" not in w or "end" not in w:
            continue  # a word the text does not contain, or an untimed one: segment time
        ws = _number(w["start"], f"{where}.words[{j}].start", path=path)
        we = _number(w["end"], f"{where}.words[{j}].end", path=path)
        if runs:
            runs[-1] = (runs[-1][0], at, runs[-1][2], runs[-1][3])
        elif at > 0:
            runs.append((0, at, start, ws))
        runs.append((at, at + len(word), ws, we))
        pos = at + len(word)
    if not runs:
        return [(0, len(text), start, end)]
    last = runs[-1]
    if last[1] < len(text):  # words after the last timed one: until the segment ends
        runs.append((last[1], len(text), last[3], max(end, last[3])))
    return runs


def _slices(
    pieces: list[tuple[str, int, bool]], a: int, b: int
) -> list[tuple[int, int, int | None]]:
    """``text[a:b]`` cut where the literal's pieces meet, each slice with its file offset: a
    plain piece maps character for character, an escape (``\\n``, ``\\u00e9``) to where it
    starts; None when the literal was not found."""
    out: list[tuple[int, int, int | None]] = []
    seen = 0
    for text, at, escaped in pieces:
        lo, hi = max(a, seen), min(b, seen + len(text))
        if lo < hi:
            if at < 0:
                out.append((lo, hi, None))
            elif escaped:
                out.append((lo, hi, at))
            else:
                out.append((lo, hi, at + (lo - seen)))
        seen += len(text)
    return out
