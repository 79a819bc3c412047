"""The hand labels of the real-news benchmark (``labels.csv``): ids, offsets and judgements only.

One row per quote: the PolNeAR article id and split, the code-point offsets of the text between
the quote marks, a 10-hex-digit SHA-1 prefix of that text (to notice a changed snapshot without
storing the text), the benchmark split (``tuning`` or ``report``), the label and its kind, who
the article says is speaking, where the words (or their nearest look-alike) are in the sources
(source id and turn id), the occasion the article names, and a note in the labeller's words.
The protocol is in ``benchmarks/realnews/README.md``.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

LABELS_CSV = Path(__file__).with_name("labels.csv")

LABELS = ("faithful", "altered", "other_occasion", "not_in_source", "misattributed", "skip")
"""``skip`` marks a region that is not a quotation of anyone (a mark-pairing artefact, a
slogan merely mentioned); skipped rows are listed but never scored."""

KINDS = {
    "faithful": ("", "variant", "secondhand", "reading"),
    "altered": ("word", "tense", "person", "omission", "addition", "order", "splice"),
    "other_occasion": ("", "echo"),
    "not_in_source": ("", "echo"),
    "misattributed": ("quoted",),
    "skip": ("",),
}
"""Allowed kinds per label (see the README's protocol)."""

SPLITS = ("tuning", "report")
PLACES = (
    "ad",
    "debate",
    "email",
    "event",
    "interview",
    "none",
    "press",
    "rally",
    "speech",
    "statement",
    "tv",
    "tweet",
    "video",
    "writing",
)

FIELDS = (
    "article",
    "polnear_split",
    "start",
    "end",
    "sha1",
    "split",
    "label",
    "kind",
    "speaker",
    "source",
    "turn",
    "placed",
    "note",
)


class LabelError(ValueError):
    """A row of the labels file is malformed (the message names the line)."""


@dataclass(frozen=True)
class Label:
    """One hand-labelled quote."""

    article: str
    polnear_split: str
    start: int
    end: int
    sha1: str
    split: str
    label: str
    kind: str
    speaker: str
    """Who the article says speaks; a lower-case description ("voter") when it names nobody."""
    source: str
    turn: int | None
    placed: str
    note: str

    @property
    def key(self) -> str:
        return f"{self.article}:{self.start}-{self.end}"

    @property
    def named(self) -> bool:
        """Whether the article names a person or body (not a description such as "voter")."""
        return bool(self.speaker) and self.speaker[0].isupper()

    def text_matches(self, text: str) -> bool:
        """Whether ``text[start:end]`` is the span that was labelled."""
        return span_digest(text[self.start : self.end]) == self.sha1


def span_digest(span: str) -> str:
    """The 10-hex-digit SHA-1 prefix recorded for a span."""
    return hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]


def article_split(article: str) -> str:
    """The benchmark split of an article: ``report`` when the first 32 bits of the SHA-1 of its
    id are odd, else ``tuning`` (every quote of an article falls in one split)."""
    return "report" if int(hashlib.sha1(article.encode()).hexdigest()[:8], 16) % 2 else "tuning"


def parse(text: str, name: str = "labels.csv") -> list[Label]:
    """Parse and validate the CSV text; raises :class:`LabelError` naming the line."""
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != FIELDS:
        raise LabelError(f"{name}: header must be {','.join(FIELDS)}")
    out: list[Label] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        try:
            start, end = int(row["start"]), int(row["end"])
            turn = int(row["turn"]) if row["turn"] else None
        except ValueError as exc:
            raise LabelError(f"{name}:{line}: offsets and turn must be integers") from exc
        lab = Label(
            article=row["article"],
            polnear_split=row["polnear_split"],
            start=start,
            end=end,
            sha1=row["sha1"],
            split=row["split"],
            label=row["label"],
            kind=row["kind"],
            speaker=row["speaker"],
            source=row["source"],
            turn=turn,
            placed=row["placed"],
            note=row["note"],
        )
        problem = _problem(lab)
        if problem:
            raise LabelError(f"{name}:{line}: {problem}")
        if lab.key in seen:
            raise LabelError(f"{name}:{line}: {lab.key} is labelled twice")
        seen.add(lab.key)
        out.append(lab)
    return out


def _problem(lab: Label) -> str | None:
    if lab.polnear_split not in ("train", "dev"):
        return f"PolNeAR split {lab.polnear_split!r} (only train and dev may be used)"
    if not 0 <= lab.start < lab.end:
        return f"bad span {lab.start}-{lab.end}"
    if lab.label not in LABELS:
        return f"unknown label {lab.label!r}"
    if lab.kind not in KINDS[lab.label]:
        return f"kind {lab.kind!r} is not one of {KINDS[lab.label]} for {lab.label}"
    if lab.split != article_split(lab.article):
        return f"split {lab.split!r} disagrees with the article hash ({article_split(lab.article)})"
    if lab.label != "skip" and lab.placed not in PLACES:
        return f"unknown occasion {lab.placed!r}"
    if lab.label in ("faithful", "altered", "misattributed") and not lab.source:
        return f"a {lab.label} quote needs the source where its words are"
    if len(lab.sha1) != 10:
        return "sha1 must be 10 hex digits"
    return None


def load(path: Path | None = None) -> list[Label]:
    """The committed labels (or those of ``path``)."""
    p = path or LABELS_CSV
    return parse(p.read_text(encoding="utf-8"), p.name)


def by_article(
    labels: list[Label], texts: dict[str, str]
) -> tuple[dict[str, list[Label]], list[str]]:
    """The labels grouped by article (in order), and the keys of those whose span is not found.

    A label is not found when its article is missing from ``texts`` or the span at its offsets
    is not the one labelled (another snapshot of PolNeAR): the run lists those, never scores them.
    """
    grouped: dict[str, list[Label]] = {}
    missing: list[str] = []
    for lab in labels:
        text = texts.get(lab.article)
        if text is None or not lab.text_matches(text):
            missing.append(lab.key)
            continue
        grouped.setdefault(lab.article, []).append(lab)
    return grouped, missing
