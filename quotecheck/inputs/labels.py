"""What a transcript's speaker label is: a line that opens with a name of up to five words and
a colon, the speaker's words following on the same line ("ANN LEE: We are ready.", "MS. VAN DER
BERG: …", "ÉMILE ZOLA: …", "Q: …", in Markdown bold "**Lee:** …", after a time stamp
"[00:00:03] ANN LEE: …"), or a line of a name and a time stamp alone, the words on the lines
after it ("Ann Lee  0:03", as Otter.ai exports) or of a name and a post after a dash ("Lena Sato
-- Chief Executive Officer", an earnings call's, with its "Operator" lines,
:func:`_voice_lines`), or a court record's "Q. …" / "A. …" (a question or answer label and a
full stop, :func:`_dot_labels`), or an official briefing's "Q …" (the question label alone,
:func:`_bare_labels`), or a hearing record's "Senator Price. …" (a title and a name
and a full stop, :func:`_record_labels`).  The one definition that a
source's turns
(:func:`sources.transcript_turns`) and the scorer's reading of what is said over a gap
(``score.checks.splice``) share: the words of a label are the transcriber's, not the speaker's.

The words of a name are the language's (``name_particles``: "de", "van"), and so are the first
words of a "Word: …" line that heads a note, a caption or a link rather than a turn
(``label_headings``: "Note", "Photo").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from quotecheck.lang import get_language
from quotecheck.lang.sentences import BLANK_LINE, SENTENCE_CLOSERS, SENTENCE_STOPS

__all__ = [
    "EXAMINER",
    "WITNESS",
    "CourtHeader",
    "Interjection",
    "court_headers",
    "in_speaker_label",
    "interjection_at",
    "interjection_line_end",
    "interjections",
    "interjector",
    "label_person",
    "label_role",
    "line_time_stamp",
    "placeholder_label",
    "speaker_labels",
]

_TIME = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
"""A transcription tool's time stamp: "0:03", "00:00:03", "01:02:03.5"."""

_LINE_TIME = re.compile(rf"^[ \t]*[\[(]?(?P<stamp>{_TIME})[\])]?[ \t]+(?=\S)", re.M)
"""A time stamp opening a line, the words going on after it ("[00:12:34] new clinic on")."""


def line_time_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a transcription tool's time stamp opening a line
    ("[00:12:34] new clinic on …", "(00:12:34.120) Road …", "12:34 the fall …") in a text
    that writes one at the head of at least half of its lines, two or more: a timestamped
    transcript's export (Rev, Otter, YouTube), whose stamps are the tool's, not the speaker's
    words, on a line that goes on with the turn of the line before as on one that opens a
    label.  A time the speaker said at the head of a wrapped line ("at\n9:30 we open") in a
    text with no such stamps elsewhere is no stamp."""
    starts, ends = _line_stamps(text)
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= ends[k]


@lru_cache(maxsize=16)
def _line_stamps(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the line-opening time stamps of ``text`` stand (their starts, their ends), when
    they head at least half of its lines that hold words, two or more; none otherwise."""
    found = [(m.start("stamp"), m.end("stamp")) for m in _LINE_TIME.finditer(text)]
    lines = sum(1 for line in text.splitlines() if line.strip())
    if len(found) < 2 or 2 * len(found) < lines:
        return (), ()
    return tuple(a for a, _ in found), tuple(b for _, b in found)


_POST = r"(?:--|[—–])[ \t]+[^\n]*?\S"
"""An earnings call's post or firm after a speaker's name on a header line ("-- Chief
Executive Officer", "-- Harlow Securities -- Analyst", as the Motley Fool writes them)."""

_LABEL = re.compile(
    rf"^[ \t]*(?:[\[(]?{_TIME}[\])]?[ \t]+)?"
    r"(?:\*\*|__)?(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,4})[ \t]*"
    r"(?P<aside>(?:\([^()\n:]{1,40}\)[ \t]*){1,2})?"
    r"(?:(?::(?:\*\*|__)?|(?:\*\*|__):)[ \t]+(?=\S)"
    rf"|(?P<header>[ \t](?:{_TIME}|[ \t]*{_POST})[ \t]*(?:\r?\n[ \t]*)+(?=\S)))",
    re.M,
)
"""A line opening with up to five words and a colon, words following (a parliamentary record
may put one or two asides in brackets before the colon, ``aside``: "Tom Brack (Eastholm)
(Con):", "The Prime Minister (Ann Lee):", :func:`label_person`); the label may be set in
Markdown bold (``**Lee:**``, ``**Lee**:``) or follow a time stamp (``[00:00:03] LEE: …``, as
transcription tools export); or a line of only a name and a time stamp, the words on the next
line (``Ann Lee  0:03``, Otter.ai's export), or of a name and a post after a dash (``Lena Sato --
Chief Executive Officer``, an earnings call's, :data:`_POST`): speakers only when some name heads
two or more such lines, :func:`_header_speakers`.  Which words may make a name is
:func:`_is_speaker`'s question (``re`` has no class for a Unicode capital)."""


_DOT_LABEL = re.compile(r"^[ \t]*(?P<name>[^\W\d_]{1,2})\.[ \t]+(?=\S)", re.M)
"""A court reporter's question or answer label: a letter and a full stop opening the line,
the words following ("Q. Did you sign it?", "A. I did."; which letters are the language's
``question_labels`` and ``answer_labels``, :func:`_dot_labels`)."""


_BARE_LABEL = re.compile(r"^[ \t]*(?P<name>[^\W\d_])[ \t]+(?=[^\W\d_])", re.M)
"""A reporter's question label as an official briefing transcript prints it: a capital letter
alone opening the line, blanks, the words following ("Q Thanks, Renata. …", "Q    Does the …";
which letter is the language's ``bare_question_labels``, :func:`_bare_labels`)."""


_VOICE_LINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_]+)(?P<header>[ \t]*(?:\r?\n[ \t]*)+(?=\S))", re.M
)
"""A line of one word alone, the words on the lines after it: a voice the transcript names
without a person ("Operator"), a label only as :func:`_voice_lines` says."""


def _voice_lines(text: str, start: int, language: str) -> list[re.Match[str]]:
    """The lines of ``text`` from ``start`` on that name a voice alone (:data:`_VOICE_LINE`,
    a word of the language's ``voice_lines``: an earnings call's "Operator"), when the text's
    header lines are speakers (:func:`_header_speakers`: "Lena Sato -- Chief Executive
    Officer" heads two turns); none otherwise, so a heading "Moderator" of an article or a
    programme is no turn."""
    lang = get_language(language)
    found = [
        m
        for m in _VOICE_LINE.finditer(text, start)
        if m.group("name").casefold() in lang.voice_lines
    ]
    return found if found and _header_speakers(text, language) else []


_RECORD_LABEL = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][\w'’-]*\.?(?:[ \t]+[^\W\d_][\w'’-]*){1,3})\.[ \t]+(?=\S)", re.M
)
"""A hearing record's speaker label, as the US Government Publishing Office prints one: a
title or a post and a name, a full stop, the words following on the line ("Senator Price.
Madam Secretary, …", "Secretary Okafor. Thank you.", "Mr. Hale. …", "The Chairman. …");
which words make one is :func:`_record_name`'s question."""


def _record_name(name: str, language: str) -> bool:
    """Whether the words of a :data:`_RECORD_LABEL` name a speaker: a determiner and role
    nouns ("The Chairman", :func:`label_role`), or a title or a role noun ("Senator", "Mr.",
    "Secretary") and capitalised words (or particles of names) that are not role nouns only
    ("Senator Price", not "Mr. Chairman": an address, no speaker)."""
    lang = get_language(language)
    words = name.split()
    first = words[0].rstrip(".").casefold()
    if first in lang.determiners:
        return bool(label_role(name, language))
    if first not in lang.title_words and first not in lang.role_nouns:
        return False
    rest = words[1:]
    if not all(w[0].isupper() or w in lang.name_particles for w in rest):
        return False
    return not all(w.casefold() in lang.role_nouns for w in rest)


def _record_labels(
    text: str, start: int, language: str, speaker: str | None = None
) -> list[re.Match[str]]:
    """The hearing record's labels of ``text`` from ``start`` on (:data:`_RECORD_LABEL`), when
    the text has an exchange of them: two speakers or more, one heading two turns or more
    (a senator's question, the witness's answer, the senator again); none otherwise, so a
    speech's paragraph opening "Mr. Speaker. …" is no turn.  None either when the source
    declares its ``speaker`` and no label names them (:func:`_names_speaker`): a rally speech's
    shout-outs ("Senator Price. What a great man …", "Governor Hale. Thank you, Governor.")
    would make the speaker's own words the people's they greet."""
    found = [m for m in _RECORD_LABEL.finditer(text) if _record_name(m.group("name"), language)]
    keys = [_key(m) for m in found]
    if len(set(keys)) < 2 or len(set(keys)) == len(keys):
        return []
    if speaker and not any(_names_speaker(m.group("name"), speaker, language) for m in found):
        return []
    return [m for m in found if m.start() >= start]


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _names_speaker(name: str, speaker: str, language: str) -> bool:
    """Whether a record label's words, titles, role nouns and determiners left out, are all
    words of the ``speaker``'s name ("Secretary Okafor" for Amara Okafor); a label of a post
    alone ("The Chairman") names no one."""
    lang = get_language(language)
    skip = lang.title_words | lang.role_nouns | lang.determiners
    words = {w.casefold() for w in _NAME_WORD.findall(name)} - skip
    own = {w.casefold() for w in _NAME_WORD.findall(speaker)}
    return bool(words) and words <= own


def _line_labels(
    text: str, start: int, language: str, speaker: str | None = None
) -> list[re.Match[str]]:
    """The labels of ``text`` from ``start`` on that are a whole line's shape rather than a
    name and a colon: a court record's "Q." / "A." (:func:`_dot_labels`), a briefing's "Q"
    (:func:`_bare_labels`), a hearing record's
    "Senator Price." (:func:`_record_labels`), an earnings call's "Operator"
    (:func:`_voice_lines`)."""
    return [
        *_dot_labels(text, start, language),
        *_bare_labels(text, start, language),
        *_record_labels(text, start, language, speaker),
        *_voice_lines(text, start, language),
    ]


def _dot_labels(text: str, start: int, language: str) -> list[re.Match[str]]:
    """The "Q. …" / "A. …" labels of ``text`` from ``start`` on (:data:`_DOT_LABEL`), when it
    has both a question and an answer so labelled (an examination); none otherwise: a lone
    "A. Lee" or an outline's "A. Background" is no turn."""
    lang = get_language(language)
    found = list(_DOT_LABEL.finditer(text))
    asked = [m for m in found if m.group("name").casefold() in lang.question_labels]
    told = [m for m in found if m.group("name").casefold() in lang.answer_labels]
    if not asked or not told:
        return []
    return sorted((m for m in [*asked, *told] if m.start() >= start), key=lambda m: m.start())


def _bare_labels(text: str, start: int, language: str) -> list[re.Match[str]]:
    """The "Q …" labels of ``text`` from ``start`` on (:data:`_BARE_LABEL`: a capital question
    label, no colon, no full stop), when the text has two of them or more and its answers are
    under speaker labels with a colon ("MS. OYELARAN: …"): an official briefing transcript's
    questions, the reporters' words, never the spokesperson's.  Only the language's
    ``bare_question_labels`` count, letters that are no word of it: a Russian paragraph opening
    with the preposition "В" ("В этом году …") is the speaker's own words, though "в" labels a
    question with a colon.  None otherwise: prose whose line opens with the word "Q" ("Q is for
    quorum"), an earnings call's "Q3 results" (no blank after the letter), a lowercase "q" are
    no turns."""
    lang = get_language(language)
    found = [
        m
        for m in _BARE_LABEL.finditer(text)
        if m.group("name").isupper()
        and m.group("name").casefold() in lang.bare_question_labels
        and m.group("name").casefold() in lang.question_labels
    ]
    if len(found) < 2 or not any(_is_speaker(m, language) for m in _LABEL.finditer(text)):
        return []
    return [m for m in found if m.start() >= start]


def _is_speaker(m: re.Match[str], language: str) -> bool:
    """Whether the label's words make a speaker's name as written: each opens with a capital
    ("ANN", "Óscar", "ПУТИН") or is a particle of names ("de", "van"), and the first is no
    heading ("Note", "NOTE", compared case-folded); a label with a bracketed aside only when
    its words name a person (:func:`_names_person`), are a name of two words or more before
    two asides (a member, a constituency and a party), or head another label of the text.
    A parliamentary record's interjector ("An hon. Member:", :func:`interjector`) is a label
    as written, lower-case "hon." and all."""
    lang = get_language(language)
    if not m.groupdict().get("aside") and interjector(m.group("name"), language):
        return True
    words = m.group("name").split()
    if not words[0][0].isupper() or words[0].casefold() in lang.label_headings:
        return False
    if not all(w[0].isupper() or w in lang.name_particles for w in words[1:]):
        return False
    aside = m.groupdict().get("aside")
    if not aside or _names_person(m.group("name"), language):
        return True
    if aside.count("(") == 2 and len(words) > 1 and not any("'" in w or "’" in w for w in words):
        return True  # a member's name, constituency and party: "Iris Dunmore (Kelby) (Lab):"
    return sum(_key(other) == _key(m) for other in _LABEL.finditer(m.string)) > 1


def interjector(name: str, language: str = "en") -> bool:
    """Whether a label's words name who interjected in a parliamentary record, not a member
    speaking in their turn: its words, letters only and in lower case, are an entry of the
    language's ``interjection_labels`` ("Hon. Members", "An hon. Member")."""
    words = " ".join(w.casefold() for w in _NAME_WORD.findall(name))
    return words in get_language(language).interjection_labels


_BRACKETED_INTERJECTION = re.compile(
    r"[\[(](?P<who>[^\[\]()\n:]{1,40}):[^\[\]()\n]*(?:\n[^\[\]()\n]*)?[\])]"
)
"""A bracketed note inside a turn of who interjected, a colon and their words ("[Hon. Members:
"Shame!"]", "(An hon. Member: Rubbish.)"), over one line break at most (a hard-wrapped
record's note; never a blank line): an interjection when :func:`interjector` says so."""


class Interjection(NamedTuple):
    """A parliamentary record's interjection (:func:`interjections`)."""

    start: int
    end: int
    """The whole note or line: brackets and who interjected included."""
    who: str
    """Who interjected, as written ("Hon. Members")."""
    words: int
    """Where their words start (after the colon)."""
    bracketed: bool


def interjections(text: str, language: str = "en") -> tuple[Interjection, ...]:
    """A parliamentary record's interjections in ``text``, in order: a bracketed note inside
    a member's turn naming who interjected, a colon and their words ("[Hon. Members: "That
    is not what you said!"]"), or a line under such a label ("An hon. Member: That is a
    disgrace."), to the line's end (:func:`interjection_line_end`: a hard-wrapped line goes on
    to its sentence's end).  Whatever their length, their words are others' (and
    the record's), never the member's: the turns (:func:`sources.transcript_turns`), the
    matcher's joining of a member's sentences and the edit typing read them here.  O(text),
    once per text."""
    return _interjections(text, language)


@lru_cache(maxsize=64)
def _interjections(text: str, language: str) -> tuple[Interjection, ...]:
    found = [
        Interjection(m.start(), m.end(), m.group("who").strip(), m.end("who") + 1, True)
        for m in _BRACKETED_INTERJECTION.finditer(text)
        if interjector(m.group("who"), language)
    ]
    labels = list(_LABEL.finditer(text))
    for k, m in enumerate(labels):
        after = labels[k + 1] if k + 1 < len(labels) else None
        if m.group("header") or m.groupdict().get("aside"):
            continue
        if interjector(m.group("name"), language):
            stop = interjection_line_end(text, m.end(), after.start() if after else None)
            who = " ".join(m.group("name").split())
            found.append(Interjection(m.start("name"), stop, who, m.end(), False))
    return tuple(sorted(found))


def interjection_line_end(text: str, start: int, end: int | None = None) -> int:
    """Where an interjection's line ("An hon. Member: That is a disgrace, and the minister
    should resign over¶the closures …") that opens at ``start`` ends: at a line end after a
    sentence's end (``SENTENCE_STOPS``, perhaps closing marks), at a blank line, or at
    ``end`` (the next label), whichever comes first — a hard-wrapped record's line that breaks
    mid-sentence goes on with the interjector's words, not the member's."""
    end = len(text) if end is None else end
    at = start
    while (stop := text.find("\n", at, end)) >= 0:
        line = text[start:stop].rstrip().rstrip(SENTENCE_CLOSERS)
        if not line or line[-1] in SENTENCE_STOPS or BLANK_LINE.match(text, stop):
            return stop
        at = stop + 1
    return end


def interjection_at(text: str, offset: int, language: str = "en") -> Interjection | None:
    """The interjection (:func:`interjections`) that ``offset`` stands in, or None."""
    found = _interjections(text, language)
    k = bisect.bisect_right(found, (offset, len(text) + 1)) - 1
    if k >= 0 and found[k].start <= offset < found[k].end:
        return found[k]
    return None


def _names_person(name: str, language: str) -> bool:
    """Whether the words before a label's bracketed aside name a person, as a parliamentary
    record's do ("Tom Brack (Eastholm) (Con):", "The Prime Minister (Ann Lee):"): they open
    with a title ("Mr", ``title_words``) or a known first name (``first_names``), or are a post
    (role nouns only, :func:`label_role`, or a determiner and words one of which is a role
    noun: "The Prime Minister").  A heading with a note in brackets ("Figures (Audited):",
    "Statement (Full Text):") is no speaker; a name not known so is a speaker's when it heads
    another label of the text too ("Iris Dunmore (Kelby North) (Lab): …", later "Iris
    Dunmore: …", :func:`_is_speaker`)."""
    lang = get_language(language)
    words = name.casefold().split()
    first = words[0].strip(".")
    if first in lang.title_words or first in lang.first_names or label_role(name, language):
        return True
    return first in lang.determiners and any(w in lang.role_nouns for w in words[1:])


def speaker_labels(
    text: str, start: int = 0, language: str = "en", speaker: str | None = None
) -> Iterator[re.Match[str]]:
    """The speaker labels of ``text`` (in ``language``) from ``start`` on, in order: each match
    spans the label and the blanks after its colon; its group ``name`` is the speaker as
    written.  ``speaker``: the source's declared speaker, when it has one
    (:func:`_record_labels`)."""
    found = [m for m in _LABEL.finditer(text, start) if _is_speaker(m, language)]
    spoken = _header_speakers(text, language)
    found = [m for m in found if not m.group("header") or _key(m) in spoken]
    lines = _line_labels(text, start, language, speaker)
    if not lines:
        return iter(found)
    return iter(sorted([*found, *lines], key=lambda m: m.start()))


def _key(m: re.Match[str]) -> str:
    return " ".join(m.group("name").split()).casefold()


def _header_speakers(text: str, language: str) -> set[str]:
    """The names of ``text``'s "Name  0:03" header lines when one of them heads two or more
    (an exchange: an Otter.ai export's speakers speak more than once), else none: a
    programme's "Opening Ceremony 9:30", "Closing Fireworks 21:30" head one item each and are
    no speakers."""
    names = [
        _key(m) for m in _LABEL.finditer(text) if m.group("header") and _is_speaker(m, language)
    ]
    return set(names) if len(set(names)) < len(names) else set()


def in_speaker_label(text: str, offset: int, language: str = "en") -> bool:
    """Whether ``offset`` stands in the name of the speaker label opening its line."""
    line = text.rfind("\n", 0, offset) + 1
    for rx in (_DOT_LABEL, _BARE_LABEL, _RECORD_LABEL, _VOICE_LINE):
        shaped = rx.match(text, line)
        if shaped is not None and shaped.start("name") <= offset < shaped.end("name"):
            return any(m.start() == shaped.start() for m in _line_labels(text, line, language))
    m = _LABEL.match(text, line)
    if m is None or not _is_speaker(m, language):
        return False
    # a header line's words are all the transcriber's: "Lena Sato -- Chief Executive Officer"
    if not m.start("name") <= offset < (m.end("header") if m.group("header") else m.end("name")):
        return False
    return not m.group("header") or _key(m) in _header_speakers(text, language)


def label_person(m: re.Match[str], language: str = "en") -> str | None:
    """The person a label's bracketed aside names when the label itself names a post ("The
    Prime Minister (Ann Lee):" → "Ann Lee", as a parliamentary record writes a minister's
    first answer): the label opens with a determiner or is role nouns only
    (:func:`label_role`), and its first aside is capitalised words, two to four, not role
    nouns.  None otherwise ("Tom Brack (Eastholm) (Con):" is Tom Brack's: a place and a
    party)."""
    aside = m.groupdict().get("aside")
    if not aside:
        return None
    lang = get_language(language)
    name = m.group("name").split()
    if name[0].casefold() not in lang.determiners and not label_role(m.group("name"), language):
        return None
    first = aside[aside.index("(") + 1 : aside.index(")")].split()
    if not 2 <= len(first) <= 4 or not all(w[0].isupper() for w in first):
        return None
    if any(w.casefold() in lang.role_nouns or w.casefold() in lang.determiners for w in first):
        return None
    return " ".join(first)


_COURT_NAME = r"[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,5}"
"""A name on a court record's header line, up to six words ("MARISOL BEAUNE", "DET. RUBEN
ALBRECHT", "MS. OKONJO")."""

_SWORN_LINE = re.compile(rf"^[ \t]*(?P<name>{_COURT_NAME})[ \t]*,[ \t]*(?P<rest>[^\n]*)$", re.M)
"""A line opening with a name and a comma: a witness's header when the words after the comma
open with one of the language's ``sworn_phrases`` (:func:`court_headers`)."""

_EXAMINER_LINE = re.compile(
    rf"^[ \t]*(?P<opener>[^\W\d_]+)[ \t]+(?P<name>{_COURT_NAME})[ \t]*:[ \t]*$", re.M
)
"""A line of a word, a name and a colon alone: who examines when the word is one of the
language's ``examiner_openers`` ("BY MS. OKONJO:", :func:`court_headers`)."""


class CourtHeader(NamedTuple):
    """A court record's line that names who speaks in the labelled turns after it."""

    start: int
    """Where the line starts: the turn before it ends there."""
    end: int
    role: str
    """:data:`WITNESS` (the answers after it are theirs) or :data:`EXAMINER` (the questions)."""
    name: str


WITNESS = "witness"
EXAMINER = "examiner"


def court_headers(text: str, start: int = 0, language: str = "en") -> list[CourtHeader]:
    """The lines of a court record from ``start`` on that name who speaks after them, in
    order: a witness's header, a name of capitalised words, a comma and one of the language's
    ``sworn_phrases`` ("MARISOL BEAUNE, having been first duly sworn, testified as follows:");
    an examiner's, a word of ``examiner_openers``, a name and a colon alone on the line ("BY
    MS. OKONJO:").  The record's reporter writes them; no one says them."""
    lang = get_language(language)
    found: list[CourtHeader] = []
    if lang.sworn_phrases:
        for m in _SWORN_LINE.finditer(text, start):
            rest = m.group("rest").casefold()
            if _capitalised(m.group("name"), lang.name_particles) and any(
                re.match(rf"{re.escape(p)}(?!\w)", rest) for p in lang.sworn_phrases
            ):
                name = " ".join(m.group("name").split())
                found.append(CourtHeader(m.start(), m.end(), WITNESS, name))
    if lang.examiner_openers:
        for m in _EXAMINER_LINE.finditer(text, start):
            if m.group("opener").casefold() in lang.examiner_openers and _capitalised(
                m.group("name"), lang.name_particles
            ):
                name = " ".join(m.group("name").split())
                found.append(CourtHeader(m.start(), m.end(), EXAMINER, name))
    return sorted(found)


def _capitalised(name: str, particles: frozenset[str]) -> bool:
    """Whether every word of ``name`` opens with a capital or is a particle of names."""
    return all(w[0].isupper() or w in particles for w in name.split())


_PLACEHOLDER = re.compile(r"[^\W\d_]*[ _-]?\d+")
"""A diarisation tool's label for a voice it could not name: a number, or one word and a
number ("SPEAKER_00", "spk_1", "Speaker 2", "S1", "0")."""


def placeholder_label(label: str) -> bool:
    """Whether a speaker label is a tool's placeholder for an unnamed voice
    (:data:`_PLACEHOLDER`): no person, so no one the article could be contradicted by.  A
    text transcript's "Speaker 1:" is no label at all (:func:`speaker_labels` reads words
    only); a timed transcript's ``speakers`` map names them (docs/sources.md)."""
    return _PLACEHOLDER.fullmatch(label.strip()) is not None


def label_role(name: str, language: str = "en") -> str:
    """The role a speaker label names instead of a person, or "" when it names a person: its
    words, determiners left out, are all role nouns of ``language`` ("MODERATOR", "THE
    MAYOR", "THE CLERK" → "moderator", "mayor", "clerk"; not "MAYOR QUIST", "CLLR BERG"), or
    a post's other name (``label_roles``: "THE COURT" → "judge")."""
    lang = get_language(language)
    words = [w for w in name.lower().split() if w not in lang.determiners]
    joined = " ".join(words)
    if joined in lang.label_roles:
        return lang.label_roles[joined]
    return joined if words and all(w in lang.role_nouns for w in words) else ""
