"""Subtitle sources (SRT and WebVTT): captions joined into text, with cue times and turns.

The cues are parsed by ``srt`` and ``webvtt-py`` (both MIT; the ``subtitles`` extra); each
cue line is then found in the file, so every character of the text maps back to its offset in
the file and to its cue's start and end time.  Then:

* cues are read in order of start time (overlapping cues, two people talking at once, keep
  their own times); a line equal to the line just read is dropped (roll-up auto-captions repeat
  the previous line at the top of each cue);
* cue lines are joined by a space, so a sentence split across cues reads as one; the matcher
  needs no sentence punctuation or case, so unpunctuated lowercase auto-captions match too;
* markup is removed (``<i>``, ``<c.x>``, ``<00:00:01.000>`` word times, ``{\\an8}``), character
  references decoded, and sound descriptions (``[Applause]``, ``(LAUGHTER)``, ``♪``) dropped;
* a bracketed person's name opening a cue line ("[ANN LEE] …", "(Ann Lee) …", the caption
  style guides' speaker ID) starts that speaker's turn: two to four capitalised words, none a
  word of the language's ``caption_sounds`` ("[DOOR SLAMS]" is a sound), of a speaker the file
  names elsewhere (a label, a voice tag, the same ID opening another line) or the source's
  declared speaker or an alias; any other bracketed item is a sound ("[CAMERAS CLICKING]");
* a voice tag ``<v Name>``, a line starting "NAME:" (the label is not part of the text) or a
  dash or ``>>`` at the start of a line starts a speaker turn; a dash or ``>>`` without a name
  is a turn of an unnamed speaker, another voice than the turn before it
  (:data:`_UNNAMED_VOICES`), except after a line of sounds alone ("[APPLAUSE]" ¶ ">> And
  …": the speaker resumes) and a file's opening ">>" that no other unnamed turn follows (one
  voice throughout).  A dash or a mixed-case "Name:" counts only after the end
  of a sentence (a wrapped line may start "- and …"); ``>>`` and an all-caps "NAME:" always.
  Each turn starts on a new line of the text.

Cost: linear in the size of the file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quotecheck.errors import SourceFormatError
from quotecheck.inputs.places import Extracted, TextBuilder, turn_spans
from quotecheck.inputs.sniff import require
from quotecheck.lang import available_languages, base_code, get_language


@dataclass
class Cue:
    """One caption: its times (seconds) and its lines with their offsets in the file."""

    start: float
    end: float
    lines: list[tuple[str, int | None]]


_TIME = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})")
_MARKUP = re.compile(
    r"<v(?:\.[^\s>]*)?\s+(?P<voice>[^>]*)>|</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}"
    r"|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|\[(?P<bracket>[^\]\n]*)\]"
    r"|\((?P<paren>[A-Z][A-Z ,'’-]*)\)|\((?P<named>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})\)"
    r"|[♪♫]"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_NAME_WORDS = (2, 4)
"""How many words a bracketed speaker's name has ("[ANN LEE]", "[CLLR ANN VAN DAM]"): one
word alone ("[APPLAUSE]", "[MUSIC]") is never taken for a name."""
_CHANGE = re.compile(r"(?:[-–—]|>>)[ \t]*")
_LABEL = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][a-z.'’-]+(?:[ \t]+(?:[A-Z][a-z.'’-]+|de|van|von|bin|al)){0,3})[ \t]*:[ \t]+(?=\S)"
)
_UNNAMED_VOICES = ("voice 1", "voice 2")
"""Labels of the unnamed voices of dash or ``>>`` turns: each such turn is another speaker than
the one before it (the caption convention), so they alternate between two voices, neither of
them known to be the source's declared speaker (a doubt, QC205: docs/sources.md)."""
_SENTENCE_END = frozenset('.?!…"”’)]:;')
_NOT_NAMES = frozenset({"Note", "Music", "Applause", "Laughter", "Narrator", "Caption"})


def seconds(stamp: str) -> float:
    """Seconds of a cue time ``HH:MM:SS,mmm`` / ``MM:SS.mmm``."""
    m = _TIME.fullmatch(stamp.strip())
    if not m:
        raise ValueError(f"not a cue time: {stamp!r}")
    h, mi, s, frac = m.groups()
    ms = (int(h or 0) * 3600 + int(mi) * 60 + int(s)) * 1000 + int(frac.ljust(3, "0"))
    return ms / 1000


def _place_lines(
    raw: str, lines: list[str], cursor: int
) -> tuple[list[tuple[str, int | None]], int]:
    out: list[tuple[str, int | None]] = []
    for line in lines:
        at = raw.find(line, cursor) if line else -1
        out.append((line, at if at >= 0 else None))
        if at >= 0:
            cursor = at + len(line)
    return out, cursor


def srt_cues(raw: str, *, path: str) -> list[Cue]:
    """The cues of an SRT file (``srt`` parses; each line is then found in ``raw``)."""
    require("srt", "srt", path=path, package="srt")
    import srt

    try:
        subs = list(srt.parse(raw))
    except (srt.SRTParseError, ValueError) as exc:
        raise SourceFormatError(f"is not a valid SRT subtitle file: {exc}", path=path) from exc
    cues, cursor = [], 0
    for sub in subs:
        head = raw.find("-->", cursor)
        cursor = raw.find("\n", head) + 1 if head >= 0 else cursor
        lines, cursor = _place_lines(raw, sub.content.split("\n"), cursor)
        start, end = (round(t.total_seconds(), 3) for t in (sub.start, sub.end))
        cues.append(Cue(start, end, lines))
    return cues


def vtt_cues(raw: str, *, path: str) -> list[Cue]:
    """The cues of a WebVTT file (``webvtt-py`` parses; each line is then found in ``raw``)."""
    require("webvtt", "vtt", path=path, package="webvtt-py")
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = list(webvtt.from_string(raw).captions)
    except (MalformedFileError, ValueError) as exc:
        raise SourceFormatError(f"is not a valid WebVTT file: {exc}", path=path) from exc
    cues, cursor = [], 0
    for cap in captions:
        head = raw.find("-->", cursor)
        cursor = raw.find("\n", head) + 1 if head >= 0 else cursor
        lines, cursor = _place_lines(raw, list(cap.lines), cursor)
        cues.append(Cue(seconds(cap.start), seconds(cap.end), lines))
    return cues


def _speaker(name: str) -> str:
    name = " ".join(name.split())
    return name.title() if name.isupper() else name


def _bracketed_name(text: str, sounds: frozenset[str], named: frozenset[str]) -> bool:
    """Whether a caption's bracketed item ("[ANN LEE]", "(Ann Lee)") is a person's name, not a
    sound ("[DOOR SLAMS]", "(LAUGHTER)", "[CAMERAS CLICKING]"): it has a name's shape
    (:func:`_name_shaped`) and the file names that speaker elsewhere or the speaker is declared
    (``named``, casefolded: :func:`_named_speakers`).  No closed list of sound words covers
    captions, so an item named nowhere else is a sound description, left out."""
    return _name_shaped(text, sounds) and _speaker(text).casefold() in named


def _name_shaped(text: str, sounds: frozenset[str]) -> bool:
    """Whether a bracketed item could be a name: two to four words, each opening with a
    capital, none of them a word of ``sounds`` (the language's ``caption_sounds``; without
    any, no bracketed item is a name)."""
    words = text.split()
    return (
        bool(sounds)
        and _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
        and all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words)
        and not any(w.casefold().strip(".'’") in sounds for w in words)
    )


_ID_AGAIN = 2
"""How many cue lines a bracketed speaker ID must open to be a name by itself ("[ANN LEE]" at
two cue starts): one bracketed item once, named nowhere else, is a sound — unless its words
are a person's (:func:`_person_shaped`)."""


def _named_speakers(
    cues: list[Cue],
    sounds: frozenset[str],
    declared: tuple[str, ...],
    first_words: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The speakers a subtitle file names (casefolded): voice tags, "NAME:" labels opening a
    line, bracketed IDs of a name's shape opening ``_ID_AGAIN`` lines or more or of a person's
    shape once (:func:`_person_shaped`: "[MARTA VOSS]" heckling once), and the
    ``declared`` speaker and aliases.  A bracketed item opening a line is a name only if it is
    one of these (:func:`_bracketed_name`).  O(file)."""
    names = {_speaker(d).casefold() for d in declared if d}
    ids: dict[str, int] = {}
    for cue in cues:
        for line, _ in cue.lines:
            for m in _MARKUP.finditer(line):
                if m.group("voice") is not None and m.group("voice").strip():
                    names.add(_speaker(m.group("voice")).casefold())
                bracketed = m.group("bracket") or m.group("paren") or m.group("named")
                opens = _CHANGE.fullmatch(line, 0, m.start()) or not line[: m.start()].strip()
                if bracketed and opens and _name_shaped(bracketed, sounds):
                    key = _speaker(bracketed).casefold()
                    ids[key] = ids.get(key, 0) + 1
            start = _CHANGE.match(line)
            label = _LABEL.match(line, start.end() if start else len(line) - len(line.lstrip()))
            if label and label.group("name").split()[0] not in _NOT_NAMES:
                names.add(_speaker(label.group("name")).casefold())
    names.update(k for k, n in ids.items() if n >= _ID_AGAIN or _person_shaped(k, first_words))
    return frozenset(names)


_PERSON_WORDS = (2, 3)
"""How many words a bracketed ID opening one line only has to be read as a person's name."""


def _person_shaped(name: str, first_words: frozenset[str]) -> bool:
    """Whether a name-shaped bracketed ID (casefolded) is a person's by its words alone: two or
    three words, the first a first name or a title (``first_words``: the language's
    ``first_names`` and ``title_words``): "marta voss", "dr lena marsh"; "cameras clicking"
    is not."""
    words = name.split()
    return (
        _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1] and words[0].rstrip(".") in first_words
    )


def _pieces(
    line: str, sounds: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, int]], list[tuple[int, str | None]]]:
    """Visible text of a cue line as (text, offset in the line) pieces, and speaker changes as
    (offset in the visible text, speaker).  A bracketed person's name opening the line (after
    a dash or ``>>``, if any: :func:`_bracketed_name`) is a speaker change, as a voice tag is;
    any other bracketed item is a sound description, left out ("(Ann Lee)" in mixed case
    elsewhere in a line is text)."""
    pieces: list[tuple[str, int]] = []
    changes: list[tuple[int, str | None]] = []
    visible = 0
    pos = 0
    for m in _MARKUP.finditer(line):
        if m.start() > pos:
            pieces.append((line[pos : m.start()], pos))
            visible += m.start() - pos
        token = m.group()
        bracketed = m.group("bracket") or m.group("paren") or m.group("named")
        opens = _CHANGE.fullmatch(line, 0, m.start()) or not line[: m.start()].strip()
        if bracketed and opens and _bracketed_name(bracketed, sounds, named):
            changes.append((visible, _speaker(bracketed)))
        elif m.group("named") is not None:
            pieces.append((token, m.start()))  # "(Ann Lee)" inside a line: text
            visible += len(token)
        elif m.group("voice") is not None and m.group("voice").strip():
            changes.append((visible, _speaker(m.group("voice"))))
        elif token.startswith("&"):
            decoded = html.unescape(token)
            pieces.append((decoded if decoded.strip() else " ", m.start()))
            visible += 1
        pos = m.end()
    if pos < len(line):
        pieces.append((line[pos:], pos))
    return pieces, changes


def _voice(cue: Cue, sounds: frozenset[str], named: frozenset[str]) -> str | None:
    """The speaker a cue names at its start (voice tag, bracketed name or "NAME:" label), if
    any."""
    for line, _ in cue.lines:
        pieces, changes = _pieces(line, sounds, named)
        visible = "".join(p for p, _ in pieces)
        skip = len(visible) - len(visible.lstrip())
        for at, who in changes:
            if at <= skip:
                return who
        label = _LABEL.match(visible, skip)
        if label and label.group("name").split()[0] not in _NOT_NAMES:
            return _speaker(label.group("name"))
        if visible.strip():
            return None
    return None


def _interleave(cues: list[Cue], sounds: frozenset[str], named: frozenset[str]) -> list[Cue]:
    """Cues in reading order: a named speaker's cue that overlaps in time the cue of another
    speaker being read is held back while that speaker's next cues overlap it too, so that a
    sentence interrupted by someone talking over it reads as one (O(cues))."""
    out: list[Cue] = []
    held: list[Cue] = []
    current: str | None = None
    last_end = float("-inf")
    for cue in cues:
        voice = _voice(cue, sounds, named)
        if held:
            if voice is not None and voice == current and cue.start < max(c.end for c in held):
                out.append(cue)
                last_end = cue.end
                continue
            out.extend(held)
            current = _voice(held[-1], sounds, named) or current
            last_end = max(last_end, *(c.end for c in held))
            held = []
        if voice is not None and current is not None and voice != current and cue.start < last_end:
            held.append(cue)
            continue
        out.append(cue)
        current = voice or current
        last_end = cue.end
    return out + held


def read_subtitles(
    raw: str, fmt: str, *, path: str, language: str = "en", declared: tuple[str, ...] = ()
) -> Extracted:
    """The text of an SRT (``fmt="srt"``) or WebVTT (``"vtt"``) file (see the module doc);
    ``language`` gives the words of sound descriptions (``caption_sounds``; a language without
    data has none, and then no bracketed item is read as a name); ``declared``: the source's
    declared speaker and aliases, whose bracketed ID is a name even if it opens one line only."""
    known = base_code(language) in available_languages()
    lang = get_language(language) if known else None
    sounds = lang.caption_sounds if lang else frozenset()
    first_words = frozenset(lang.first_names) | lang.title_words if lang else frozenset()
    cues = srt_cues(raw, path=path) if fmt == "srt" else vtt_cues(raw, path=path)
    cues.sort(key=lambda c: c.start)  # stable: cues starting together keep the file's order
    named = _named_speakers(cues, sounds, declared, first_words)
    cues = _interleave(cues, sounds, named)
    out = TextBuilder()
    turns: list[tuple[int, str | None]] = []  # (text offset, speaker) where a turn starts
    voices: list[tuple[int, str | None]] = []  # the same turns' unnamed voices (dash, ">>")
    unnamed = 0  # unnamed dash turns so far: they alternate between two voices
    last_line = ""
    sound = False  # a line of sounds alone ("[APPLAUSE]") since the last line of words
    for cue in cues:
        for line, line_at in cue.lines:
            pieces, changes = _pieces(line, sounds, named)
            visible = "".join(p for p, _ in pieces)
            key = " ".join(visible.lower().split())
            if not key or key == last_line:
                sound = sound or (not key and bool(line.strip()))
                continue  # blank, only markup, or the roll-up repeat of the line just read
            last_line = key
            after_sound, sound = sound, False
            # A speaker change at the start of the line: voice tag, "- ", ">> ", "NAME: ".
            skip = len(visible) - len(visible.lstrip())
            speaker: str | None = None
            changed = False
            for at, who in changes:
                if at <= skip:
                    speaker, changed = who, True
            # A dash or a "Name:" in mixed case counts only where a sentence may start (a
            # wrapped line can begin with "- and …" or "Convention: when …"); ">>" and an
            # all-caps "NAME:" always do.
            tail = out.tail(4).rstrip()
            boundary = not tail or tail[-1] in _SENTENCE_END
            dash = _CHANGE.match(visible, skip)
            if dash and not (boundary or dash.group().startswith(">>")):
                dash = None
            if dash:
                skip, changed = dash.end(), True
                for at, who in changes:  # "- [ANN LEE] …": the name after the dash
                    if at <= skip and who:
                        speaker = who
            label = _LABEL.match(visible, skip)
            name = label.group("name") if label else ""
            if label and name.split()[0] not in _NOT_NAMES and (boundary or name.isupper()):
                speaker, changed, skip = _speaker(name), True, label.end()
            if changed and not dash and turns and speaker == turns[-1][1]:
                changed = False  # the same voice again: the turn goes on
            if changed and dash and speaker is None and after_sound and turns:
                changed = False  # ">>" after "[APPLAUSE]": the speaker resumes, no new voice
            if out.length:
                out.separator("\n" if changed else " ")
            if changed:
                turns.append((out.length, speaker))
                voice = None
                if dash and speaker is None:
                    voice = _UNNAMED_VOICES[unnamed % len(_UNNAMED_VOICES)]
                    unnamed += 1
                voices.append((out.length, voice))
            consumed = 0
            stop = len(visible.rstrip())  # no trailing space (a dropped "[Applause]" left one)
            for text, at in pieces:
                cut = max(0, skip - consumed)
                keep = max(0, stop - consumed)
                consumed += len(text)
                text, at = text[cut:keep], at + cut
                if out.length == 0 or out.tail(1) in " \n":
                    trimmed = text.lstrip()
                    at += len(text) - len(trimmed)
                    text = trimmed
                out.add(
                    text,
                    offset=line_at + at if line_at is not None else None,
                    start_time=cue.start,
                    end_time=cue.end,
                )
            for at, who in changes:  # a voice tag inside the line: a turn from there on
                if at > skip and who:
                    turns.append((out.length - (len(visible) - at), who))
                    voices.append((turns[-1][0], None))
    text = out.text
    if unnamed == 1 and voices and voices[0] == (0, _UNNAMED_VOICES[0]):
        # the file opens with ">>" and no other unnamed turn follows: one voice, no doubt
        voices[0] = (0, None)
    spans = turn_spans(turns, len(text))
    voiced = turn_spans(voices, len(text))
    return Extracted(text=text, places=tuple(out.places), format=fmt, turns=spans, voices=voiced)
