"""A synthetic archive whose quote lineage is known: batch records of articles copying and
mutating each other along a generated tree.

Each source is a made-up statement of sentences of random words (a vocabulary generated here,
never text from a data set).  Each sentence is a passage; its renderings grow a tree: the first
article quotes it from the source, every later one copies an earlier rendering (or, with
probability ``independent``, the source again), one to three days after it, and with
probability ``mutate`` adds one alteration of its own:

* ``edit``: a word replaced by another (a substitution edit, as the checker reports it);
* ``elision``: two to four words left out behind a marked cut (…);
* ``cut``: the quote starts a few words into the sentence;
* ``descriptor``: the speaker called by a title the source never uses ("the harbour minister").

Some renderings are then made harder: ``translated`` of them become translations (another
language: no words in common; the checker's cross-lingual match gives the same span), and
``unmatched`` lose their match (a quote the matcher missed: grouped by similarity only); an
article that introduces an alteration is never one of those (its alteration would be invisible
to any method), and no alteration is introduced twice in one passage.
``undated`` of the articles carry no date; article ids are in random order, so the input order
says nothing about who came first.

The truth returned with the records: for every alteration its trait key (as
:mod:`quotecheck.lineage.traits` names it) and the article that introduced it, the true passage
of every rendering, and whether each article copied or quoted the source.  The records are what
``quotecheck.batch.check_batch`` gives for such articles, without running the NLP pipeline: the
benchmark measures the lineage, not extraction.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Archive", "generate"]

_SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "te",
    "lu",
    "sa",
    "ven",
    "dor",
    "pel",
    "tim",
    "gra",
    "ho",
    "bel",
    "nar",
    "fis",
    "qua",
    "lo",
    "mer",
    "tan",
    "sul",
    "pri",
    "dan",
    "kel",
    "vor",
    "mis",
    "tu",
    "ba",
    "re",
    "ol",
    "an",
]


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))))
    return sorted(words)


@dataclass
class _State:
    """What a rendering says, relative to its passage's words."""

    start: int = 0  # first word rendered
    subs: dict[int, str] = field(default_factory=dict)  # word index → replacement
    gaps: tuple[tuple[int, int], ...] = ()  # [a, b) word ranges left out
    descriptor: str | None = None
    traits: tuple[str, ...] = ()  # trait keys carried


@dataclass
class Archive:
    """The records and the truth."""

    records: list[dict[str, Any]]
    sources: dict[str, str]
    origins: dict[str, str]
    """Trait key (prefixed by the passage) → the article that introduced it."""
    passage_of: dict[str, str]
    """Rendering key (``article#0``) → its passage id."""
    copied: dict[str, bool]
    """Article → whether it copied an earlier rendering carrying an alteration (True) or
    quoted the source or an unaltered rendering (False)."""
    dated: dict[str, bool]


def _passage_offsets(words: list[str], base: int) -> list[tuple[int, int]]:
    out = []
    at = base
    for i, w in enumerate(words):
        out.append((at, at + len(w)))
        at += len(w) + (1 if i < len(words) - 1 else 0)
    return out


def generate(
    renderings: int,
    *,
    seed: int = 1,
    per_passage: int = 40,
    mutate: float = 0.35,
    independent: float = 0.1,
    translated: float = 0.03,
    unmatched: float = 0.03,
    undated: float = 0.0,
) -> Archive:
    """An archive of about ``renderings`` quotes, one per article (see the module docstring)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 4000)
    titles = [w for w in _vocabulary(random.Random(seed + 1), 600) if w not in set(vocab)]
    passages = max(1, renderings // per_passage)
    n_sources = max(1, passages // 100)
    sources: dict[str, str] = {}
    passage_words: list[tuple[str, list[str], list[tuple[int, int]]]] = []
    for s in range(n_sources):
        name = f"sources/statement-{s:04d}.md"
        text = f"Statement by Ann Lee number {s}\n\n"
        for _ in range(passages // n_sources + (1 if s < passages % n_sources else 0)):
            ws = [rng.choice(vocab) for _ in range(rng.randint(14, 24))]
            ws[0] = ws[0].capitalize()
            offsets = _passage_offsets(ws, len(text))
            text += " ".join(ws) + ". "
            passage_words.append((name, ws, offsets))
        sources[name] = text
    # article ids in random order: the input order says nothing about time
    ids = [f"articles/{i:07d}.md" for i in range(renderings)]
    rng.shuffle(ids)
    records: list[dict[str, Any]] = []
    origins: dict[str, str] = {}
    passage_of: dict[str, str] = {}
    copied: dict[str, bool] = {}
    dated: dict[str, bool] = {}
    start_day = dt.date(2026, 1, 1)
    made = 0
    for p, (source, ws, offsets) in enumerate(passage_words):
        count = per_passage if p < len(passage_words) - 1 else renderings - made
        tree: list[tuple[str, _State, dt.date]] = []
        for k in range(count):
            if made >= renderings:
                break
            article = ids[made]
            made += 1
            if not tree or rng.random() < independent:
                parent_state, day = _State(), start_day + dt.timedelta(days=rng.randint(0, 30))
                copied[article] = False
            else:
                _, parent_state, parent_day = rng.choice(tree)
                day = parent_day + dt.timedelta(days=rng.randint(1, 3))
                copied[article] = bool(parent_state.traits)
            state = _State(
                start=parent_state.start,
                subs=dict(parent_state.subs),
                gaps=parent_state.gaps,
                descriptor=parent_state.descriptor,
                traits=parent_state.traits,
            )
            introduced = False
            if k == 0 or rng.random() < mutate:
                trial = copy.deepcopy(state)
                key = _mutate(rng, trial, ws, offsets, vocab, titles)
                if key is not None and f"{p}|{key}" not in origins:  # no convergent alterations
                    origins[f"{p}|{key}"] = article
                    state = trial
                    state.traits = (*state.traits, key)
                    introduced = True
            tree.append((article, state, day))
            has_date = rng.random() >= undated
            dated[article] = has_date
            kind = "plain"
            roll = rng.random()
            if introduced:
                pass  # a translation or an unmatched quote would hide its own alteration
            elif roll < translated:
                kind = "translated"
            elif roll < translated + unmatched:
                kind = "unmatched"
            passage_of[f"{article}#0"] = str(p)
            records.append(
                _record(article, source, ws, offsets, state, day if has_date else None, kind)
            )
    return Archive(records, sources, origins, passage_of, copied, dated)


def _mutate(
    rng: random.Random,
    state: _State,
    ws: list[str],
    offsets: list[tuple[int, int]],
    vocab: list[str],
    titles: list[str],
) -> str | None:
    """Add one alteration to ``state``; its trait key (as the lineage names it), or None."""
    free = [
        i
        for i in range(state.start + 1, len(ws) - 1)
        if i not in state.subs and not any(a - 1 <= i <= b for a, b in state.gaps)
    ]
    kind = rng.choice(["edit", "edit", "elision", "cut", "descriptor"])
    new_start = rng.randint(2, 4)
    untouched = not any(i <= new_start + 1 for i in state.subs) and not any(
        a <= new_start + 2 for a, _ in state.gaps
    )
    if kind == "cut" and state.start == 0 and len(ws) > 10 and untouched:
        state.start = new_start
        return f"cut-start:{offsets[state.start][0]}"
    if kind == "descriptor" and state.descriptor is None:
        state.descriptor = rng.choice(titles)
        return f"descriptor:en:{state.descriptor} minister"
    if kind == "elision" and len(free) > 6:
        a = rng.choice(free[:-4])
        b = min(a + rng.randint(2, 4), len(ws) - 2)
        if any(i in state.subs for i in range(a - 1, b + 1)) or any(
            ga <= b and a <= gb for ga, gb in state.gaps
        ):
            return None
        state.gaps = tuple(sorted((*state.gaps, (a, b))))
        return f"elision:{offsets[a - 1][1]}:{offsets[b][0]}"
    if not free:
        return None
    i = rng.choice(free)
    new = rng.choice(vocab)
    state.subs[i] = new
    s, e = offsets[i]
    return f"edit:substitution:{s}:{e}:{new.lower()}:{ws[i].lower()}"


def _record(
    article: str,
    source: str,
    ws: list[str],
    offsets: list[tuple[int, int]],
    state: _State,
    day: dt.date | None,
    kind: str,
) -> dict[str, Any]:
    shown: list[str] = []
    segments: list[dict[str, Any]] = []
    pieces: list[list[int]] = []
    edits: list[dict[str, Any]] = []
    at = 0
    piece_start: int | None = None
    i = state.start
    text_start = 0

    def close_text(upto: int) -> None:
        nonlocal text_start
        if upto > text_start:
            chunk = " ".join(shown)[text_start:upto]
            segments.append({"kind": "text", "text": chunk, "start": text_start, "end": upto})

    while i < len(ws):
        gap = next((g for g in state.gaps if g[0] == i), None)
        if gap is not None:
            pieces.append([piece_start if piece_start is not None else 0, offsets[i - 1][1]])
            piece_start = None
            close_text(at - 1)
            shown.append("…")
            segments.append({"kind": "ellipsis", "text": "…", "start": at, "end": at + 1})
            at += 2
            text_start = at
            i = gap[1]
            continue
        word = state.subs.get(i, ws[i])
        if piece_start is None:
            piece_start = offsets[i][0]
        if i in state.subs:
            edits.append(
                {
                    "kind": "substitution",
                    "quote": word,
                    "source": ws[i],
                    "quote_start": at,
                    "quote_end": at + len(word),
                    "source_start": offsets[i][0],
                    "source_end": offsets[i][1],
                    "meaning_changing": False,
                    "note": None,
                }
            )
        shown.append(word)
        at += len(word) + 1
        i += 1
    pieces.append([piece_start if piece_start is not None else 0, offsets[-1][1]])
    text = " ".join(shown)
    close_text(len(text))
    start, end = offsets[state.start][0], offsets[-1][1]
    source_words = " ".join(ws[state.start :])
    verdict = "altered" if edits else ("elided" if state.gaps else "verbatim")
    language, normalization = "en", ""
    if kind == "translated":
        text = " ".join(w[::-1] for w in shown)  # other words, the same cuts
        language, normalization, verdict, edits = "de", "translation:de→en", "translated", []
        segments = [
            {"kind": "ellipsis" if w == "…" else "text", "text": w, "start": 0, "end": 1}
            for w in shown
        ]
        pieces = [[start, end]]
    record: dict[str, Any] = {
        "article_id": article,
        "record": "quote",
        "quote_index": 0,
        "language": language,
        "text": text,
        "start": 0,
        "end": len(text),
        "line": 1,
        "column": 1,
        "speaker": "Ann Lee",
        "speaker_mention": f"the {state.descriptor} minister" if state.descriptor else "Ann Lee",
        "verdict": verdict,
        "similarity": 1.0,
        "kind": "full",
        "edits": json.dumps(edits),
        "segments": json.dumps(segments),
        "metadata": json.dumps({"date": day.isoformat()} if day else {}),
    }
    if kind != "unmatched":
        record.update(
            match_source=source,
            match_start=start,
            match_end=end,
            match_text=source_words,
            match_normalization=normalization,
            match_pieces=json.dumps(pieces),
        )
    else:
        record.update(verdict="fabricated", edits="[]")
    return record
