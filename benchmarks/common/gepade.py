"""Loader for GePaDe / SpkAtt-2023 task 1 (``shared/data/gepade-spkatt2023``).

Each JSON file is one Bundestag speech: ``Sentences`` (lists of tokens) and ``Annotations``
whose roles (``Cue``, ``Source``, ``Message``…) are lists of ``"sentence:token"`` ids.  There is
no raw text, so the loader rebuilds one: tokens joined by single spaces, none before closing
punctuation and closing quote marks, none after opening quote marks and brackets; sentences
joined by a space (the data has no paragraphs).

Gold quotes are the regions between German double quote marks („…“ and »…«) that carry a
Message: the Message's tokens lie inside the marks, or the Message covers at least half of the
region (it usually includes the marks).  The gold speaker is that annotation's Source, when it
has one.  Quoted regions without a Message (titles, scare quotes) are not gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Document, Span, double_quote_regions, gold_from_regions

GERMAN_PAIRS = (("\u201e", "\u201c"), ("\u00bb", "\u00ab"))
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "\u201c", "\u00ab", "\u2018"})
NO_SPACE_AFTER = frozenset({"(", "[", "\u201e", "\u00bb", "\u201a"})
SPLITS = ("train", "dev")


@dataclass
class GepadeDocument(Document):
    """A GePaDe speech with its token offsets."""

    token_spans: dict[str, Span] | None = None
    """``"sentence:token"`` id → character span in ``text``."""
    n_tokens: int = 0


def rebuild(sentences: list[dict[str, object]]) -> tuple[str, dict[str, Span]]:
    """Join the tokens of ``sentences`` into a text; returns it with every token's span."""
    parts: list[str] = []
    length = 0
    spans: dict[str, Span] = {}
    glue_next = True
    for sent in sentences:
        sid = sent["SentenceId"]
        tokens = sent["Tokens"]
        assert isinstance(tokens, list)
        for i, tok in enumerate(tokens):
            tok = str(tok)
            if not (glue_next or tok in NO_SPACE_BEFORE) and length:
                parts.append(" ")
                length += 1
            spans[f"{sid}:{i}"] = (length, length + len(tok))
            parts.append(tok)
            length += len(tok)
            glue_next = tok in NO_SPACE_AFTER
    return "".join(parts), spans


def _role_spans(ids: list[str], token_spans: dict[str, Span]) -> list[Span]:
    """Character spans of a role's tokens, with adjacent tokens merged."""
    out: list[Span] = []
    for tid in sorted(ids, key=lambda t: tuple(int(x) for x in t.split(":"))):
        s, e = token_spans[tid]
        if out and s - out[-1][1] <= 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def load_file(path: Path) -> GepadeDocument:
    """Read one speech."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text, token_spans = rebuild(data["Sentences"])
    attributions = [
        (
            _role_spans(a.get("Message", []), token_spans),
            _role_spans(a.get("Source", []), token_spans),
        )
        for a in data["Annotations"]
        if a.get("Message")
    ]
    regions = double_quote_regions(text, GERMAN_PAIRS)
    return GepadeDocument(
        id=path.stem,
        text=text,
        language="de",
        quotes=gold_from_regions(text, regions, attributions),
        group=path.parent.name,
        token_spans=token_spans,
        n_tokens=len(token_spans),
    )


def load(directory: Path, split: str = "dev") -> list[GepadeDocument]:
    """Load the speeches of ``split`` (``train``, ``dev`` or ``all`` for both)."""
    splits = SPLITS if split == "all" else (split,)
    docs: list[GepadeDocument] = []
    for sp in splits:
        if sp not in SPLITS:
            raise ValueError(f"unknown GePaDe split {sp!r}")
        docs.extend(load_file(p) for p in sorted((directory / sp).glob("*.json")))
    return docs
