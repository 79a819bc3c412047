"""What a transcript's speaker label is: a line that opens with a name of up to five words and
a colon, the speaker's words following on the same line ("ANN LEE: We are ready.", "MS. VAN DER
BERG: …", "Q: …").  The one definition that a source's turns (:func:`sources.transcript_turns`)
and the scorer's reading of what is said over a gap (``score.checks.splice``) share: the words
of a label are the transcriber's, not the speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["in_speaker_label", "speaker_labels"]

_LABEL = re.compile(
    r"^[ \t]*(?P<name>(?:[A-Z][\w.'’-]*|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\w.'’-]*|[A-Z]{2,}|de|van|von|"
    r"bin|al|la|le|da|di)){0,4})[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_NOT_SPEAKERS = frozenset(
    {
        "Note",
        "Source",
        "Date",
        "Update",
        "Editor",
        "Title",
        "Read",
        "Photo",
        "Image",
        "Video",
        "Watch",
        "See",
        "Also",
        "Related",
    }
)
"""First words of a "Word: …" line that heads a note, a caption or a link, not a turn."""


def _is_speaker(m: re.Match[str]) -> bool:
    return m.group("name").split()[0] not in _NOT_SPEAKERS


def speaker_labels(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """The speaker labels of ``text`` from ``start`` on, in order: each match spans the label
    and the blanks after its colon; its group ``name`` is the speaker as written."""
    return (m for m in _LABEL.finditer(text, start) if _is_speaker(m))


def in_speaker_label(text: str, offset: int) -> bool:
    """Whether ``offset`` stands in the name of the speaker label opening its line."""
    line = text.rfind("\n", 0, offset) + 1
    m = _LABEL.match(text, line)
    return m is not None and _is_speaker(m) and m.start("name") <= offset < m.end("name")
