"""What a transcript's speaker label is: a line that opens with a name of up to five words and
a colon, the speaker's words following on the same line ("ANN LEE: We are ready.", "MS. VAN DER
BERG: …", "ÉMILE ZOLA: …", "Q: …", in Markdown bold "**Lee:** …", after a time stamp
"[00:00:03] ANN LEE: …"), or a line of a name and a time stamp alone, the words on the lines
after it ("Ann Lee  0:03", as Otter.ai exports), or a court record's "Q. …" / "A. …" (a
question or answer label and a full stop, :func:`_dot_labels`).  The one definition that a
source's turns
(:func:`sources.transcript_turns`) and the scorer's reading of what is said over a gap
(``score.checks.splice``) share: the words of a label are the transcriber's, not the speaker's.

The words of a name are the language's (``name_particles``: "de", "van"), and so are the first
words of a "Word: …" line that heads a note, a caption or a link rather than a turn
(``label_headings``: "Note", "Photo").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotecheck.lang import get_language

__all__ = [
    "in_speaker_label",
    "label_person",
    "label_role",
    "placeholder_label",
    "speaker_labels",
]

_TIME = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
"""A transcription tool's time stamp: "0:03", "00:00:03", "01:02:03.5"."""

_LABEL = re.compile(
    rf"^[ \t]*(?:[\[(]?{_TIME}[\])]?[ \t]+)?"
    r"(?:\*\*|__)?(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,4})[ \t]*"
    r"(?P<aside>(?:\([^()\n:]{1,40}\)[ \t]*){1,2})?"
    r"(?:(?::(?:\*\*|__)?|(?:\*\*|__):)[ \t]+(?=\S)"
    rf"|(?P<header>[ \t]{_TIME}[ \t]*(?:\r?\n[ \t]*)+(?=\S)))",
    re.M,
)
"""A line opening with up to five words and a colon, words following (a parliamentary record
may put one or two asides in brackets before the colon, ``aside``: "Tom Brack (Eastholm)
(Con):", "The Prime Minister (Ann Lee):", :func:`label_person`); the label may be set in
Markdown bold (``**Lee:**``, ``**Lee**:``) or follow a time stamp (``[00:00:03] LEE: …``, as
transcription tools export); or a line of only a name and a time stamp, the words on the next
line (``Ann Lee  0:03``, Otter.ai's export; speakers only when some name heads two or more
such lines, :func:`_header_speakers`).  Which words may make a name is
:func:`_is_speaker`'s question (``re`` has no class for a Unicode capital)."""


_DOT_LABEL = re.compile(r"^[ \t]*(?P<name>[^\W\d_]{1,2})\.[ \t]+(?=\S)", re.M)
"""A court reporter's question or answer label: a letter and a full stop opening the line,
the words following ("Q. Did you sign it?", "A. I did."; which letters are the language's
``question_labels`` and ``answer_labels``, :func:`_dot_labels`)."""


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


def _is_speaker(m: re.Match[str], language: str) -> bool:
    """Whether the label's words make a speaker's name as written: each opens with a capital
    ("ANN", "Óscar", "ПУТИН") or is a particle of names ("de", "van"), and the first is no
    heading ("Note", "NOTE", compared case-folded); a label with a bracketed aside only when
    its words name a person (:func:`_names_person`), are a name of two words or more before
    two asides (a member, a constituency and a party), or head another label of the text."""
    lang = get_language(language)
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


def speaker_labels(text: str, start: int = 0, language: str = "en") -> Iterator[re.Match[str]]:
    """The speaker labels of ``text`` (in ``language``) from ``start`` on, in order: each match
    spans the label and the blanks after its colon; its group ``name`` is the speaker as
    written."""
    found = [m for m in _LABEL.finditer(text, start) if _is_speaker(m, language)]
    spoken = _header_speakers(text, language)
    found = [m for m in found if not m.group("header") or _key(m) in spoken]
    dotted = _dot_labels(text, start, language)
    if not dotted:
        return iter(found)
    return iter(sorted([*found, *dotted], key=lambda m: m.start()))


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
    dot = _DOT_LABEL.match(text, line)
    if dot is not None and dot.start("name") <= offset < dot.end("name"):
        return any(m.start() == dot.start() for m in _dot_labels(text, 0, language))
    m = _LABEL.match(text, line)
    if m is None or not _is_speaker(m, language) or not m.start("name") <= offset < m.end("name"):
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
    MAYOR", "THE CLERK" → "moderator", "mayor", "clerk"; not "MAYOR QUIST", "CLLR BERG")."""
    lang = get_language(language)
    words = [w for w in name.lower().split() if w not in lang.determiners]
    return " ".join(words) if words and all(w in lang.role_nouns for w in words) else ""
