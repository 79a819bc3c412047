"""Loader for the 2016 US debate transcripts (``shared/data/debates2016-cc0/debate.csv``, CC0).

One CSV row per speaker turn (``Line, Speaker, Text, Date``).  The loader turns each of the four
debates into one quotecheck transcript source ("Full Name: words" per turn, front matter with
``kind: transcript``, ``occasion:`` and ``date:``), and splits turns into sentences for the
mutation bank.  Nothing of the data set is stored in the repository: it is read at run time.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CSV = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "debates2016-cc0" / "debate.csv"
)

FULL_NAMES = {
    "Trump": "Donald Trump",
    "Clinton": "Hillary Clinton",
    "Pence": "Mike Pence",
    "Kaine": "Tim Kaine",
    "Holt": "Lester Holt",
    "Wallace": "Chris Wallace",
    "Quijano": "Elaine Quijano",
    "Cooper": "Anderson Cooper",
    "Raddatz": "Martha Raddatz",
}
"""The CSV's speaker labels (surnames) → full names."""

CANDIDATES = ("Trump", "Clinton", "Pence", "Kaine")

DEBATES = {
    "9/26/16": ("first presidential debate", "2016-09-26"),
    "10/4/16": ("vice-presidential debate", "2016-10-04"),
    "10/9/16": ("second presidential debate", "2016-10-09"),
    "10/19/2016": ("third presidential debate", "2016-10-19"),
}
"""The CSV's date column → (occasion, ISO date)."""

_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Gen|Rep|Jr|Sr|vs)|\b\w\.\w)\.$")


class DebatesUnavailable(Exception):
    """The debate CSV is missing (the reason is the message)."""


@dataclass(frozen=True)
class DebateTurn:
    """One speaker turn."""

    line: int
    speaker: str
    """The CSV label (a surname, or a label such as ``Audience``)."""
    text: str
    debate: str
    """The CSV's date value, a key of :data:`DEBATES`."""

    @property
    def full_name(self) -> str:
        """The speaker's full name (the label itself for labels that are not people)."""
        return FULL_NAMES.get(self.speaker, self.speaker.title())


@dataclass(frozen=True)
class Sentence:
    """A sentence of a turn, with its place in the turn."""

    turn: DebateTurn
    index: int
    """Position of the sentence in its turn."""
    text: str


def load_turns(path: Path | None = None) -> list[DebateTurn]:
    """Every turn of the CSV, in file order."""
    p = path or DEFAULT_CSV
    if not p.is_file():
        raise DebatesUnavailable(f"{p} not found (../shared/data/debates2016-cc0 is absent)")
    with p.open(encoding="utf-8", newline="") as fh:
        return [
            DebateTurn(int(r["Line"]), r["Speaker"].strip(), " ".join(r["Text"].split()), r["Date"])
            for r in csv.DictReader(fh)
        ]


def transcript_text(turns: list[DebateTurn], debate: str) -> str:
    """One debate as a transcript source: front matter, then "Full Name: words" per turn."""
    occasion, date = DEBATES[debate]
    lines = ["---", "kind: transcript", f"occasion: {occasion}", f"date: {date}", "---", ""]
    for t in turns:
        if t.debate == debate and t.text:
            lines.append(f"{t.full_name}: {t.text}")
            lines.append("")
    return "\n".join(lines)


def transcript_sources(turns: list[DebateTurn]) -> list[object]:
    """The four debates as quotecheck :class:`~quotecheck.models.Source` objects, each
    declaring its occasion and date in front matter, as an editorial repository would."""
    import quotecheck

    out = []
    for debate, (occasion, date) in DEBATES.items():
        header = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n"
        text = header + transcript_text(turns, debate)
        out.append(quotecheck.make_source(text, id=f"debate-{date}.txt"))
    return out


def sentences(turn: DebateTurn) -> Iterator[Sentence]:
    """The sentences of a turn (split after ``.``, ``!`` or ``?``)."""
    pieces: list[str] = []
    pos = 0
    for m in _BREAK.finditer(turn.text):
        if _ABBREV.search(turn.text, 0, m.start()):
            continue
        pieces.append(turn.text[pos : m.start()])
        pos = m.end()
    pieces.append(turn.text[pos:])
    for i, s in enumerate(p.strip() for p in pieces):
        if s:
            yield Sentence(turn, i, s)
