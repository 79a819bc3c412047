"""The debate transcripts delivered as a PDF and as SRT subtitles, for the fidelity bank.

``python -m benchmarks.fidelity --delivery pdf,srt`` runs the mutation bank against the same
turns read back by quotecheck's PDF and subtitle readers and compares every verdict with the
plain-text run.  The files are generated here (and cached under ``benchmarks/.work/``, never
committed):

* **PDF**: each debate typeset by :mod:`benchmarks.common.minipdf` in two columns, with a
  running header, page numbers and words hyphenated at line ends; a turn is a paragraph
  starting "Full Name:" — everything the reader must undo;
* **SRT**: each turn cut into cues of at most two lines of 42 characters, at 2.5 words a
  second, the first cue of a turn labelled "Full Name:"; sentences run across cues.

Both declare the debate's occasion and date, as the text sources do in front matter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.common import debates
from benchmarks.common.minipdf import pdf_bytes, typeset

WORK = Path(__file__).resolve().parents[1] / ".work" / "fidelity-delivery"
DELIVERIES = ("pdf", "srt")


def _paragraphs(turns: list[debates.DebateTurn], debate: str) -> list[str]:
    return [f"{t.full_name}: {t.text}" for t in turns if t.debate == debate and t.text]


def debate_pdf(turns: list[debates.DebateTurn], debate: str) -> bytes:
    """One debate as a two-column PDF with a running header and page numbers."""
    occasion, date = debates.DEBATES[debate]
    pages = typeset(
        _paragraphs(turns, debate),
        columns=2,
        header=f"Transcript: {occasion}, {date}",
        size=9.0,
        lines_per_page=60,
    )
    return pdf_bytes(pages, title=f"Transcript of the {occasion}")


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def debate_srt(turns: list[debates.DebateTurn], debate: str) -> str:
    """One debate as SRT captions (two lines of at most 42 characters a cue)."""
    cues: list[str] = []
    clock = 0.0
    for para in _paragraphs(turns, debate):
        lines: list[str] = []
        current = ""
        for word in para.split():
            if current and len(current) + 1 + len(word) > 42:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        lines.append(current)
        for i in range(0, len(lines), 2):
            text = "\n".join(lines[i : i + 2])
            seconds = max(1.0, len(text.split()) / 2.5)
            cues.append(f"{len(cues) + 1}\n{_clock(clock)} --> {_clock(clock + seconds)}\n{text}\n")
            clock += seconds + 0.04
        clock += 0.5
    return "\n".join(cues)


def delivered_sources(turns: list[debates.DebateTurn], how: str) -> list[Any]:
    """The four debates read back by quotecheck from generated ``how`` files (pdf or srt)."""
    from quotecheck.inputs.sources import load_source

    WORK.mkdir(parents=True, exist_ok=True)
    out = []
    for debate, (occasion, date) in debates.DEBATES.items():
        path = WORK / f"debate-{date}.{how}"
        if how == "pdf":
            path.write_bytes(debate_pdf(turns, debate))
        else:
            path.write_text(debate_srt(turns, debate), encoding="utf-8")
        source = load_source(path, kind="transcript", max_bytes=200 * 1024 * 1024)
        out.append(source.model_copy(update={"occasion": occasion, "date": date}))
    return out


def compare(base: list[Any], other: list[Any]) -> dict[str, Any]:
    """How the outcomes of one delivery differ from the plain-text run, mutation by mutation."""
    same_verdict = same_all = 0
    differences = []
    for a, b in zip(base, other, strict=True):
        v = a.verdict == b.verdict
        same_verdict += v
        full = v and a.edits == b.edits and a.codes == b.codes and a.speaker == b.speaker
        same_all += full
        if not full:
            differences.append(
                {
                    "kind": a.mutation.kind,
                    "text": [a.verdict, list(a.edits), list(a.codes), a.speaker],
                    "delivered": [b.verdict, list(b.edits), list(b.codes), b.speaker],
                }
            )
    return {
        "n": len(base),
        "same_verdict": same_verdict,
        "same_verdict_edits_codes_speaker": same_all,
        "differences": differences,
    }
