"""Draw a batch of PolNeAR quotes to hand-label for the real-news set (terminal only).

``python -m benchmarks.realnews.draw`` prints, for each drawn quote, the article around it and
the nearest transcript passages, so that a person can judge it by the protocol of
``benchmarks/realnews/README.md`` *before* quotecheck is run on it.  It writes nothing into the
repository (everything it prints is read from the fetched data at run time); labels are typed
into ``labels.csv`` by hand.

The search is independent of quotecheck's matcher, as for the earlier batches:

1. every quote and every transcript turn is reduced to lower-case words (:func:`words`);
2. each turn votes for a quote once per word trigram they share (:func:`vote`), and the
   :data:`TOP_TURNS` turns with most votes are kept;
3. ``rapidfuzz.fuzz.partial_ratio_alignment`` of the quote's words against each kept turn's
   words gives the score (0–100) and the aligned passage.

Candidates are PolNeAR train/dev gold quotes of at least :data:`MIN_WORDS` words whose span
overlaps no span labelled before batch three (:func:`excluded`; the first :data:`PRIOR_ROWS`
rows of ``labels.csv``, so that the draw is the same after its own labels are appended).
Three strata, aimed at what the set lacks, each quote in the first that takes it:

* ``a``: the gold speaker names Trump, Clinton, Pence or Kaine (:func:`candidate`), and the best
  score is in [:data:`CLOSE_LOW`, :data:`CLOSE_HIGH`] — close but not identical: alteration
  candidates and stock-line echoes;
* ``b``: not in ``a``; the quote's sentence or the one before places it on an occasion
  (:func:`occasion_cue`: a rally, an interview, reporters, a tweet, a statement …), and the best
  passage, scoring at least :data:`LOOKALIKE`, is in a transcript dated neither on the article's
  day nor in the :data:`NEAR_DAYS` days before it (a look-alike from another date);
* ``c``: not in ``a`` or ``b``; the gold speaker does not name a candidate (a pronoun, a
  title), the quote has at least :data:`C_MIN_WORDS` words, and its best passage scores in
  [:data:`C_LOW`, :data:`CLOSE_HIGH`] in a turn one of the four candidates speaks (more
  alteration candidates, attributed the way articles often do: "he said").

Each stratum is shuffled with ``random.Random(SEED)`` after sorting by key, so the order is
reproducible; a batch is the first N of each stratum in that order (``--a N --b N --c N``).
Bounds: one pass over the transcripts' trigrams (restricted to trigrams some quote has), then
at most :data:`TOP_TURNS` alignments per candidate quote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import os
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SEED = 161616
"""The draw's seed (batch three of #16; batch one used 16, batch two 1616)."""
MIN_WORDS = 4
TOP_TURNS = 3
CLOSE_LOW, CLOSE_HIGH = 70.0, 97.0
LOOKALIKE = 80.0
C_LOW = 80.0
C_MIN_WORDS = 6
PRIOR_ROWS = 359
"""Rows of ``labels.csv`` labelled before batch three (the draw excludes their spans only)."""
FOUR = ("Donald Trump", "Hillary Clinton", "Mike Pence", "Tim Kaine")
NEAR_DAYS = 3
CONTEXT = 320
POLNEAR_DEFAULT = "/work/.mirror/networkdynamics+PolNeAR/repo"
"""Characters of article shown on each side of a quote."""

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_OCCASION = re.compile(
    r"\b(?:rally|rallies|interview(?:ed)?|told (?:reporters|the press|supporters|the crowd)"
    r"|reporters|tweet(?:ed|s)?|twitter|statement|press conference|town hall|speech"
    r"|said on|appearance on|radio|on (?:cnn|fox|msnbc|nbc|abc|cbs)|podcast|op-ed|email)\b",
    re.IGNORECASE,
)
_CANDIDATES = ("trump", "clinton", "hillary", "pence", "kaine", "donald")
_FAMILY = ("ivanka", "eric", "melania", "jr", "tiffany", "lara", "bill", "chelsea", "barron")


def words(text: str) -> list[str]:
    """Lower-case words (digits kept, curly apostrophes straightened, punctuation dropped)."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def trigrams(ws: Sequence[str]) -> set[tuple[str, str, str]]:
    """The word trigrams of a word list (none when it has fewer than three words)."""
    return {(ws[i], ws[i + 1], ws[i + 2]) for i in range(len(ws) - 2)}


def postings(
    turn_words: Iterable[Sequence[str]], wanted: set[tuple[str, str, str]]
) -> dict[tuple[str, str, str], set[int]]:
    """Trigram → the turns (by position) that contain it, for the ``wanted`` trigrams only."""
    out: dict[tuple[str, str, str], set[int]] = {}
    for i, ws in enumerate(turn_words):
        for tri in trigrams(ws) & wanted:
            out.setdefault(tri, set()).add(i)
    return out


def vote(
    quote_tris: set[tuple[str, str, str]],
    posting: dict[tuple[str, str, str], set[int]],
    top: int = TOP_TURNS,
) -> list[tuple[int, int]]:
    """``(turn, votes)`` of the ``top`` turns sharing most trigrams with the quote (one vote per
    shared trigram), most votes first, ties by turn position; turns with no vote are left out."""
    c: Counter[int] = Counter()
    for tri in quote_tris:
        c.update(posting.get(tri, ()))
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def excluded(
    article: str, start: int, end: int, labelled: dict[str, list[tuple[int, int]]]
) -> bool:
    """Whether the span overlaps a span of the same article that is already labelled."""
    return any(s < end and start < e for s, e in labelled.get(article, ()))


def candidate(speaker_text: str | None) -> bool:
    """Whether the gold speaker names one of the four candidates (not a family member)."""
    toks = set(words(speaker_text or ""))
    return bool(toks & set(_CANDIDATES)) and not toks & set(_FAMILY)


def occasion_cue(context: str) -> str | None:
    """The first occasion phrase in ``context`` (a rally, reporters, a tweet …), if any."""
    m = _OCCASION.search(context)
    return m.group(0) if m else None


def sentence_window(text: str, start: int, end: int) -> str:
    """The text from the start of the sentence before the quote's to the end of the quote's
    sentence, quote included (where an article places a quote).  The end is the first sentence
    stop after the closing mark, so a quote ending in its own full stop takes the next sentence
    in too (a cue there, "..." she said at the rally., still counts)."""
    left = text.rfind("\n", 0, start)
    stops = [m.end() for m in re.finditer(r"[.!?][\"\u201d]?\s", text[max(left, 0) : start])]
    begin = max(left, 0) + (stops[-2] if len(stops) >= 2 else 0)
    after = re.search(r"[.!?](?:\s|$)|\n", text[end:])
    return text[begin : end + (after.end() if after else len(text) - end)]


def other_date(source_date: str, article_date: str | None, near: int = NEAR_DAYS) -> bool:
    """Whether a transcript's date is neither the article's day nor one of ``near`` days before."""
    if not article_date:
        return True
    d = dt.date.fromisoformat(article_date) - dt.date.fromisoformat(source_date)
    return not 0 <= d.days <= near


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown to whole words (the alignment is by characters)."""
    while start > 0 and text[start - 1] != " ":
        start -= 1
    while end < len(text) and text[end] != " ":
        end += 1
    return start, end


def word_diff(quote: Sequence[str], passage: Sequence[str]) -> str:
    """The quote's words against the passage's: ``[-quote only-]{+passage only+}``."""
    out: list[str] = []
    sm = difflib.SequenceMatcher(a=quote, b=passage, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            out += quote[a0:a1]
            continue
        if a1 > a0:
            out.append("[-" + " ".join(quote[a0:a1]) + "-]")
        if b1 > b0:
            out.append("{+" + " ".join(passage[b0:b1]) + "+}")
    return " ".join(out)


@dataclass
class Match:
    turn: int
    votes: int
    score: float
    start: int
    end: int


@dataclass
class Cand:
    article: str
    polnear_split: str
    start: int
    end: int
    speaker: str
    stratum: str
    cue: str | None
    matches: list[Match]


def ordered(keys: Iterable[tuple[str, int]], seed: int = SEED) -> list[tuple[str, int]]:
    """The draw order of a stratum: its ``(article, start)`` keys sorted, then shuffled with
    ``random.Random(seed)`` (the same keys always come out in the same order)."""
    items = sorted(keys)
    random.Random(seed).shuffle(items)
    return items


def _date(article: str) -> str | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", article)
    return m.group(1) if m else None


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - needs the fetched data
    from rapidfuzz import fuzz

    from benchmarks.common import polnear
    from benchmarks.realnews import labels as labels_mod
    from benchmarks.realnews import sources

    p = argparse.ArgumentParser(prog="python -m benchmarks.realnews.draw", description=__doc__)
    p.add_argument("--polnear", default=None)
    p.add_argument("--a", type=int, default=70, help="how many of stratum a to print")
    p.add_argument("--b", type=int, default=50, help="how many of stratum b to print")
    p.add_argument("--skip", type=int, default=0, help="start printing after this many per stratum")
    p.add_argument("--c", type=int, default=60, help="how many of stratum c to print")
    p.add_argument(
        "--labelled-rows",
        type=int,
        default=PRIOR_ROWS,
        help="exclude the spans of this many first rows of labels.csv (default: those before "
        "batch three, so the draw does not change as its labels are appended)",
    )
    p.add_argument("--find", nargs="+", help="print turns holding all these words, then stop")
    args = p.parse_args(argv)

    turns, occasions, skipped = sources.load_all()
    for reason in skipped:
        print("skipped:", reason)
    tw = [words(t.text) for t in turns]
    if args.find:
        want = [w.lower() for w in args.find]
        for t, t_words in zip(turns, tw, strict=True):
            flat = " ".join(t_words)
            if all(w in flat for w in want):
                i = flat.find(want[0])
                print(f"{t.source} #{t.turn} {t.speaker}: …{flat[max(0, i - 250) : i + 350]}…\n")
        return 0
    date_of = {o.source: o.date for o in occasions}
    root = Path(args.polnear or os.environ.get("POLNEAR_DIR") or POLNEAR_DEFAULT)
    labelled: dict[str, list[tuple[int, int]]] = {}
    for lab in labels_mod.load()[: args.labelled_rows]:
        labelled.setdefault(lab.article, []).append((lab.start, lab.end))
    docs = [d for split in ("train", "dev") for d in polnear.load(root, split)]
    pool: list[tuple[str, str, int, int, str, list[str], str]] = []
    for d in docs:
        for gq in d.quotes:
            if not gq.marked or excluded(d.id, gq.start, gq.end, labelled):
                continue
            gw = words(d.text[gq.start : gq.end])
            if len(gw) < MIN_WORDS:
                continue
            pool.append((d.id, d.group, gq.start, gq.end, gq.speaker_text or "", gw, d.text))
    wanted: set[tuple[str, str, str]] = set()
    for item in pool:
        wanted |= trigrams(item[5])
    posting = postings(tw, wanted)
    joined = [" ".join(ws) for ws in tw]
    strata: dict[str, list[Cand]] = {"a": [], "b": [], "c": []}
    for art, psplit, s, e, spk, q_words, text in pool:
        ranked = vote(trigrams(q_words), posting)
        q_flat = " ".join(q_words)
        matches = []
        for ti, v in ranked:
            al = fuzz.partial_ratio_alignment(q_flat, joined[ti])
            if al is None:  # only with a score cutoff, which is not given
                continue
            a0, a1 = widen(joined[ti], al.dest_start, al.dest_end)
            matches.append(Match(ti, v, al.score, a0, a1))
        matches.sort(key=lambda m: -m.score)
        best = matches[0] if matches else None
        cue = occasion_cue(sentence_window(text, s, e).replace(text[s:e], " "))
        if candidate(spk) and best and CLOSE_LOW <= best.score <= CLOSE_HIGH:
            strata["a"].append(Cand(art, psplit, s, e, spk, "a", cue, matches))
        elif (
            cue
            and best
            and best.score >= LOOKALIKE
            and other_date(date_of.get(turns[best.turn].source, "1900-01-01"), _date(art))
        ):
            strata["b"].append(Cand(art, psplit, s, e, spk, "b", cue, matches))
        elif (
            not candidate(spk)
            and best
            and len(q_words) >= C_MIN_WORDS
            and C_LOW <= best.score <= CLOSE_HIGH
            and turns[best.turn].speaker in FOUR
        ):
            strata["c"].append(Cand(art, psplit, s, e, spk, "c", cue, matches))
    texts = {d.id: d.text for d in docs}
    for name, n in (("a", args.a), ("b", args.b), ("c", args.c)):
        by_key = {(c.article, c.start): c for c in strata[name]}
        items = [by_key[k] for k in ordered(by_key)]
        print(f"=== stratum {name}: {len(items)} candidates; printing {args.skip}..{args.skip + n}")
        for k, c in enumerate(items[args.skip : args.skip + n], start=args.skip):
            text = texts[c.article]
            qtext = text[c.start : c.end]
            print(
                f"\n##### {name}{k} {c.article} {c.polnear_split} {c.start} {c.end} "
                f"sha1={labels_mod.span_digest(qtext)} split={labels_mod.article_split(c.article)}"
            )
            print(f"gold speaker: {c.speaker!r}  cue: {c.cue!r}  article date: {_date(c.article)}")
            ctx = text[max(0, c.start - CONTEXT) : c.start] + "<<" + qtext + ">>"
            ctx += text[c.end : c.end + CONTEXT // 2]
            print("CTX: " + " ".join(ctx.split()))
            qw = words(qtext)
            for m in c.matches:
                t = turns[m.turn]
                passage = joined[m.turn][m.start : m.end]
                wider = joined[m.turn][max(0, m.start - 150) : m.end + 150]
                print(
                    f"  -> {m.score:.1f} v{m.votes} {t.source} #{t.turn} {t.speaker} "
                    f"({date_of.get(t.source)})"
                )
                print("     DIFF: " + word_diff(qw, passage.split()))
                print("     WIDE: …" + wider + "…")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
