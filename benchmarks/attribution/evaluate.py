"""Speaker accuracy of quotecheck's extractor on PolNeAR train/dev, per fold, with errors.

Uses the extraction benchmark's matching and speaker metric (``benchmarks.common.metrics``),
so the figures are the same as ``python -m benchmarks.extraction`` gives for the same split.
Parses are cached (``benchmarks.common.spacy_cache``).  Folds: an article's fold is the
SHA-1 of its id modulo the number of folds, so it does not depend on the order of files.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.common import Document, strip_span
from benchmarks.common.metrics import Prediction, match, speaker_correct


def fold_of(article: str, folds: int = 5) -> int:
    """The cross-validation fold of an article (stable, order-independent)."""
    return int(hashlib.sha1(article.encode()).hexdigest(), 16) % folds


def load_polnear(split: str, polnear: str | None = None) -> list[Document]:
    from benchmarks.common import polnear as pn

    return pn.load(pn.resolve_dir(polnear), split)


def cached_pipeline() -> Any:
    from benchmarks.common.spacy_cache import CachedPipeline
    from quotecheck.extract.nlp import load_pipeline

    return CachedPipeline(load_pipeline("en"))


@dataclass
class Outcome:
    """One gold quote with a gold speaker that the extractor found (overlap)."""

    doc: str
    start: int
    end: int
    gold_text: str
    gold_spans: tuple[tuple[int, int], ...]
    correct: bool
    speaker: str | None
    mention: str | None
    rule: str
    reason: str | None
    quote: Any = None
    """The extracted ``Quote`` (for feature extraction)."""
    literal: bool = False
    """Correct by the literal test alone (no relative-pronoun antecedent rule)."""


@dataclass
class Result:
    outcomes: list[Outcome] = field(default_factory=list)

    def accuracy(
        self, keep: Iterable[str] | None = None, *, literal: bool = False
    ) -> tuple[int, int]:
        """(correct, evaluated), over the articles ``keep`` (all by default); ``literal``
        scores without the relative-pronoun rule (``benchmarks.common.metrics``)."""
        ids = set(keep) if keep is not None else None
        rows = [o for o in self.outcomes if ids is None or o.doc in ids]
        return sum(o.literal if literal else o.correct for o in rows), len(rows)

    def unattributed(self, keep: Iterable[str] | None = None) -> Counter[str]:
        ids = set(keep) if keep is not None else None
        return Counter(
            o.reason or o.rule
            for o in self.outcomes
            if (ids is None or o.doc in ids) and not o.speaker and not o.mention
        )


def evaluate(
    docs: Sequence[Document], nlp: Any, parse: str = "focused", ranker: Any = None
) -> Result:
    """Extract every document and score the speakers of the matched gold quotes."""
    from quotecheck.extract import extract
    from quotecheck.inputs.document import make_document

    res = Result()
    for doc in docs:
        quotes = [
            q
            for q in extract(
                make_document(doc.text, path=doc.id, fmt="text"),
                nlp=nlp,
                parse=parse,
                ranker=ranker,
            ).quotes
            if q.parent is None
        ]
        preds = []
        for q in quotes:
            a = q.attribution
            s, e = strip_span(doc.text, q.start, q.end)
            mention = (
                (a.mention_start, a.mention_end)
                if a.mention_start is not None and a.mention_end is not None
                else None
            )
            preds.append(Prediction(s, e, q.kind.value, a.speaker, mention))
        pairs = match([(g.start, g.end) for g in doc.quotes], [(p.start, p.end) for p in preds])
        for gi, pi in pairs:
            g = doc.quotes[gi]
            if not g.speaker_spans and not g.speaker_text:
                continue
            q = quotes[pi]
            a = q.attribution
            res.outcomes.append(
                Outcome(
                    doc.id,
                    g.start,
                    g.end,
                    g.speaker_text or "",
                    tuple(g.speaker_spans),
                    speaker_correct(g.speaker_spans, g.speaker_text, preds[pi], doc.text),
                    a.speaker,
                    a.mention,
                    str(a.rule),
                    a.reason,
                    q,
                    speaker_correct(g.speaker_spans, g.speaker_text, preds[pi]),
                )
            )
    return res


def show_errors(result: Result, docs: Sequence[Document], keep: Iterable[str]) -> None:
    """Print the wrong speakers with their context (data-set text: terminal only)."""
    ids = set(keep)
    texts = {d.id: d.text for d in docs}
    for o in result.outcomes:
        if o.correct or o.doc not in ids:
            continue
        text = texts[o.doc]
        a = max(0, o.start - 220)
        b = min(len(text), o.end + 120)
        ctx = text[a:b].replace("\n", " ¶ ")
        print(
            f"--- {o.doc} @{o.start} rule={o.rule} pred={o.speaker!r} mention={o.mention!r} "
            f"gold={o.gold_text!r}\n    {ctx}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m benchmarks.attribution.evaluate")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--polnear", default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--show", default="", help="comma-separated folds (or 'all') whose errors to print"
    )
    ap.add_argument("--parse", default="focused")
    args = ap.parse_args(argv)
    docs = load_polnear(args.split, args.polnear)
    nlp = cached_pipeline()
    res = evaluate(docs, nlp, args.parse)
    ok, n = res.accuracy()
    lit, _ = res.accuracy(literal=True)
    print(
        f"{args.split}: speaker {ok}/{n} = {100 * ok / n:.1f}% (literal {lit}/{n} = "
        f"{100 * lit / n:.1f}%)  (cache {nlp.hits} hit, {nlp.misses} new)"
    )
    if args.split == "train":
        for f in range(args.folds):
            ids = [d.id for d in docs if fold_of(d.id, args.folds) == f]
            ok, n = res.accuracy(ids)
            lit, _ = res.accuracy(ids, literal=True)
            print(f"  fold {f}: {ok}/{n} = {100 * ok / n:.1f}% (literal {100 * lit / n:.1f}%)")
    print("no speaker:", dict(res.unattributed()))
    rules = Counter((o.rule, o.correct) for o in res.outcomes)
    print("by rule (rule, correct): ", sorted(rules.items()))
    if args.show:
        keep = (
            [d.id for d in docs]
            if args.show == "all"
            else [d.id for d in docs if str(fold_of(d.id, args.folds)) in args.show.split(",")]
        )
        show_errors(res, docs, keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
