"""The primary sources of the real-news benchmark, read at run time (nothing is stored here).

Three collections, each turned into a list of :class:`Turn` (one speaker turn of one occasion):

* ``debate/<date>``: the four 2016 general-election debates (``../shared/data/debates2016-cc0``,
  CC0), one turn per CSV row; turn ids are the CSV ``Line`` numbers.
* ``tcc/<file stem>``: the Trump Campaign Corpus (github.com/unendin/Trump_Campaign_Corpus):
  speeches, interviews, town halls, press conferences and statements of Donald Trump, June 2015
  to November 2016, one file per occasion, turns introduced by ``FULL NAME:`` lines.  The file
  name gives the date, the genre and the place.  Its three general-election debates are left
  out (the CC0 transcripts above are the same occasions).  Turn ids count from 0 in the file.
* ``paigecm/<file stem>``: Hillary Clinton's campaign speeches as released by her campaign
  (github.com/paigecm/2016-campaign, folder ``Clinton documents``), one turn each.

Both repositories are read from a bare git snapshot (the ``fetch`` tool's mirror) or a checkout,
named by ``TRUMP_CORPUS_DIR`` / ``CLINTON_SPEECHES_DIR`` or found at the default mirror paths.
Most of their text is copyrighted news transcription: it is read at run time, never copied into
the repository; labels refer to it by source id and turn id only.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import debates

MIRROR = Path("/work/.mirror")
TCC_DEFAULT = MIRROR / "unendin+Trump_Campaign_Corpus" / "repo"
PAIGECM_DEFAULT = MIRROR / "paigecm+2016-campaign" / "repo"

_TCC_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}) [\d.]+ \(([^)]*)\) (.*)\.txt$")
_TURN_LABEL = re.compile(r"^([A-Z][A-Z.'\- ]{1,40}):\s*(.*)$")
_GENERAL_DEBATES = ("2016-09-26", "2016-10-09", "2016-10-19")
_PAIGECM_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-clinton-speech(?:-\d)?\.txt$")
# One file of the collection is named month-day-two-digit-year ("8-11-16-clinton-speech.txt");
# read it too rather than dropping a speech silently.
_PAIGECM_MDY = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{2})-clinton-speech(?:-\d)?\.txt$")


class SourcesUnavailable(Exception):
    """A source collection is missing (the reason is the message)."""


@dataclass(frozen=True)
class Turn:
    """One speaker turn of one occasion."""

    source: str
    """Source id: ``debate/2016-09-26``, ``tcc/<file stem>`` or ``paigecm/<file stem>``."""
    turn: int
    speaker: str
    """Full name, title case (``Donald Trump``); labels such as ``Audience`` kept as given."""
    text: str


@dataclass(frozen=True)
class Occasion:
    """What a source covers: the occasion in words, its ISO date and its genre."""

    source: str
    occasion: str
    date: str
    genre: str


def _git_dir(root: Path) -> Path | None:
    for cand in (root, root / ".git", root / "repo"):
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    return None


def _decode(data: bytes) -> str:
    """UTF-8, else Windows-1252 (a few of the speech files were saved that way)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_tree(root: Path, folder: str) -> list[tuple[str, str]]:
    """``(file name, UTF-8 text)`` of every file in ``folder`` of a checkout or bare git dir."""
    if (root / folder).is_dir():
        return [
            (p.name, _decode(p.read_bytes()))
            for p in sorted((root / folder).iterdir())
            if p.is_file()
        ]
    git = _git_dir(root)
    if git is None:
        raise SourcesUnavailable(f"{root} is neither a checkout nor a git directory")
    ls = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "-z", "--name-only", f"HEAD:{folder}"],
        capture_output=True,
        check=False,
    )
    if ls.returncode != 0:
        raise SourcesUnavailable(f"{root}: no folder {folder!r}")
    names = [n for n in ls.stdout.decode().split("\0") if n]
    req = "".join(f"HEAD:{folder}/{n}\n" for n in names).encode()
    data = subprocess.run(
        ["git", "--git-dir", str(git), "cat-file", "--batch"],
        input=req,
        capture_output=True,
        check=True,
    ).stdout
    out: list[tuple[str, str]] = []
    pos = 0
    for n in names:
        nl = data.index(b"\n", pos)
        header = data[pos:nl].split()
        size = int(header[2]) if len(header) >= 3 and header[1] == b"blob" else 0
        out.append((n, _decode(data[nl + 1 : nl + 1 + size])))
        pos = nl + 1 + size + 1
    return out


def _locate(env: str, default: Path) -> Path:
    value = os.environ.get(env)
    path = Path(value) if value else default
    if not path.exists():
        raise SourcesUnavailable(f"{path} does not exist (set {env})")
    return path


def debate_turns(csv_path: Path | None = None) -> tuple[list[Turn], list[Occasion]]:
    """The four CC0 debates."""
    try:
        rows = debates.load_turns(csv_path)
    except debates.DebatesUnavailable as exc:
        raise SourcesUnavailable(str(exc)) from exc
    turns: list[Turn] = []
    occasions: dict[str, Occasion] = {}
    for r in rows:
        occasion, date = debates.DEBATES[r.debate]
        sid = f"debate/{date}"
        occasions.setdefault(sid, Occasion(sid, occasion, date, "debate"))
        if r.text:
            turns.append(Turn(sid, r.line, r.full_name, r.text))
    return turns, list(occasions.values())


def _title(label: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


def tcc_turns(root: Path | None = None) -> tuple[list[Turn], list[Occasion]]:
    """The Trump Campaign Corpus without its three general-election debates."""
    base = root or _locate("TRUMP_CORPUS_DIR", TRUMP_DEFAULT)
    turns: list[Turn] = []
    occasions: list[Occasion] = []
    for name, text in _read_tree(base, "text"):
        m = _TCC_NAME.match(name)
        if not m:
            continue
        date, _state, rest = m.groups()
        genre = rest.split(",")[0].split(" with ")[0].strip().lower()
        if genre == "debate" and date in _GENERAL_DEBATES:
            continue
        sid = "tcc/" + name[: -len(".txt")]
        occasions.append(Occasion(sid, rest, date, genre))
        speaker = "Donald Trump"
        buf: list[str] = []
        n = 0
        for para in text.split("\n"):
            lm = _TURN_LABEL.match(para.strip())
            if lm:
                if buf:
                    turns.append(Turn(sid, n, speaker, " ".join(buf)))
                    n += 1
                speaker, buf = _title(lm.group(1)), [lm.group(2)]
            elif para.strip():
                buf.append(para.strip())
        if buf:
            turns.append(Turn(sid, n, speaker, " ".join(buf)))
    return turns, occasions


TRUMP_DEFAULT = TCC_DEFAULT


def paigecm_turns(root: Path | None = None) -> tuple[list[Turn], list[Occasion]]:
    """Hillary Clinton's released campaign speeches, one turn per speech."""
    base = root or _locate("CLINTON_SPEECHES_DIR", PAIGECM_DEFAULT)
    turns: list[Turn] = []
    occasions: list[Occasion] = []
    for name, text in _read_tree(base, "Clinton documents"):
        m = _PAIGECM_NAME.match(name)
        if m:
            y, mo, d = m.groups()
        elif m := _PAIGECM_MDY.match(name):
            mo, d, yy = m.groups()
            y = f"20{yy}"
        else:
            continue
        date = f"{y}-{int(mo):02d}-{int(d):02d}"
        sid = "paigecm/" + name[: -len(".txt")]
        occasions.append(Occasion(sid, f"campaign speech, {date}", date, "speech"))
        turns.append(Turn(sid, 0, "Hillary Clinton", " ".join(text.split())))
    return turns, occasions


Loaded = tuple[list[Turn], list[Occasion], list[str]]
"""What :func:`load_all` read: the turns, the occasions, a one-line reason per missing
collection."""


def load_all() -> Loaded:
    """Every available collection, and a one-line reason per missing one (the benchmark stops
    on one unless ``--partial`` is given: ``__main__.refused``)."""
    turns: list[Turn] = []
    occasions: list[Occasion] = []
    skipped: list[str] = []
    for loader in (debate_turns, tcc_turns, paigecm_turns):
        try:
            t, o = loader()
        except SourcesUnavailable as exc:
            skipped.append(f"{loader.__name__}: {exc}")
            continue
        turns += t
        occasions += o
    return turns, occasions, skipped


def as_sources(turns: list[Turn], occasions: list[Occasion]) -> list[object]:
    """One quotecheck transcript source per occasion: front matter with ``kind: transcript``,
    the ``occasion:`` in words and its ``date:`` (as an editorial repository would declare
    them), then "Full Name: words" per turn.  They are marked ``shared``: given for every
    article, as ``--source`` on a command line gives them."""
    import json

    import quotecheck

    by_source: dict[str, list[Turn]] = {}
    for t in turns:
        by_source.setdefault(t.source, []).append(t)
    out: list[object] = []
    for occ in occasions:
        body = by_source.get(occ.source)
        if not body:
            continue
        lines = [
            "---",
            "kind: transcript",
            f"occasion: {json.dumps(occ.occasion)}",
            f"date: {occ.date}",
            "---",
            "",
        ]
        for t in body:
            lines += [f"{t.speaker}: {t.text}", ""]
        src = quotecheck.make_source("\n".join(lines), id=occ.source)
        out.append(src.model_copy(update={"shared": True}))  # as --source gives them
    return out


def partial_banner(skipped: Sequence[str]) -> list[str]:
    """The lines that open a partial run's Markdown (none for a full run)."""
    if not skipped:
        return []
    return [
        "**Partial run (`--partial`), not comparable with a full run: transcripts missing: "
        + "; ".join(skipped)
        + ".**",
        "",
    ]
