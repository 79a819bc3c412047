"""Span-matching metrics for quote extraction (pure functions, no I/O).

Definitions (all spans are half-open character spans, compared after trimming whitespace):

* **exact match**: the predicted span equals the gold span.
* **overlap match**: ``overlap(a, b) = |a ∩ b| / max(|a|, |b|) >= 0.5``.  Dividing by the
  longer span means a prediction must cover at least half of the gold quote *and* may not be
  more than twice as long, so one long prediction cannot match several short gold quotes.
* Matching is one-to-one: candidate pairs are taken greedily by decreasing overlap (ties by
  position), each gold quote and each prediction used at most once.
* **precision** = matched predictions / predictions; **recall** = matched gold / gold;
  F1 their harmonic mean (0 when both are 0).
* **scare**: predictions the extractor labels ``scare`` (titles, scare quotes).  The gold sets
  leave those unannotated, so metrics are reported twice: over all predictions, and with the
  scare-labelled predictions removed.  ``scare_fp`` counts scare predictions that matched no
  gold quote (at overlap).
* **recall in marks**: recall over the gold quotes that stand between quote marks (GUM also
  annotates block quotations without marks, which no mark-based extractor can see in its plain
  text).
* **speaker accuracy**: over gold quotes that were matched (at overlap) and have a gold speaker
  span.  A speaker is correct when the predicted mention span overlaps a gold speaker span, or
  when the predicted canonical speaker shares a name token (case-insensitive, at least two
  letters, not a title or article such as "Mr" or "der") with the gold speaker's text.
* **relative pronouns** (since the #15 round two): when the gold Source is a lone relative
  pronoun ("Lee, who said “…”" annotates ``who``), a predicted mention is also correct when it
  is the pronoun's antecedent: the noun phrase the pronoun directly follows, with nothing
  between them but a comma, one comma-enclosed apposition (", the port's director,") or an
  appositive noun phrase with an article (", a consultant and a former aide who").  That is
  syntax, not coreference: no judgement about who a "he" stands for is made.  The literal
  score (mention overlap or shared name token only) is kept as ``speaker_correct_literal``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from benchmarks.common import GoldQuote

Span = tuple[int, int]

OVERLAP_THRESHOLD = 0.5
NON_NAME_TOKENS = frozenset(
    {
        *("the", "a", "an", "of", "and", "mr", "mrs", "ms", "miss", "dr", "prof", "sir"),
        *("jr", "sr", "herr", "herrn", "frau", "der", "die", "das", "den", "dem", "des"),
        *("von", "van", "de", "la", "le", "du", "und"),
        *("senator", "sen", "rep", "president", "minister"),
    }
)
"""Tokens that do not identify a person (titles, articles, particles, offices)."""
_NAME_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Prediction:
    """A predicted quote, system-independent."""

    start: int
    end: int
    kind: str = "full"
    speaker: str | None = None
    """Canonical speaker name, when the system gives one."""
    mention: Span | None = None
    """Where the system found the speaker mention."""


def overlap(a: Span, b: Span) -> float:
    """``|a ∩ b| / max(|a|, |b|)``; 0 for empty spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    if inter <= 0 or longest <= 0:
        return 0.0
    return inter / longest


def spans_touch(a: Span, b: Span) -> bool:
    """Whether two spans share at least one character."""
    return min(a[1], b[1]) > max(a[0], b[0])


def match(
    gold: Sequence[Span], pred: Sequence[Span], *, exact: bool = False
) -> list[tuple[int, int]]:
    """One-to-one matches as ``(gold index, prediction index)`` pairs.

    With ``exact`` the spans must be equal; otherwise their :func:`overlap` must reach
    :data:`OVERLAP_THRESHOLD`.  Best overlaps are matched first.
    """
    cands: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g == p:
                    cands.append((1.0, gi, pi))
            else:
                ov = overlap(g, p)
                if ov >= OVERLAP_THRESHOLD:
                    cands.append((ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def name_tokens(name: str) -> set[str]:
    """Lower-cased tokens of a name that can identify a person."""
    return {
        t
        for t in (m.group(0).lower() for m in _NAME_TOKEN.finditer(name))
        if len(t) >= 2 and t not in NON_NAME_TOKENS and not t.isdigit()
    }


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
"""Gold Sources that stand for the noun phrase before them."""
_ANTECEDENT_GAP = re.compile(
    r"\s*(?:,\s*)?"  # "Lee, who" / "a former spymaster who"
    r"|\s*,[^,.;:!?\n\"\u201c\u201d]{1,80},\s*"  # "Lee, the port's director, who"
    r"|\s*,\s*(?:a|an|the)\s[^,.;:!?\n\"\u201c\u201d]{1,80}"  # "Lee, a consultant who"
)
"""What may stand between a relative pronoun's antecedent and the pronoun."""


def antecedent_of_relative(
    text: str, gold_spans: Sequence[Span], gold_text: str | None, mention: Span | None
) -> bool:
    """Whether ``mention`` is the antecedent of a gold Source that is a lone relative pronoun
    (see the module docs): it ends before the pronoun with only :data:`_ANTECEDENT_GAP`
    between them.  O(gap)."""
    if mention is None or not gold_text or len(gold_spans) != 1:
        return False
    if gold_text.strip().lower() not in RELATIVE_PRONOUNS:
        return False
    start = gold_spans[0][0]
    if mention[1] > start or start - mention[1] > 200:
        return False
    return _ANTECEDENT_GAP.fullmatch(text, mention[1], start) is not None


def speaker_correct(
    gold_spans: Sequence[Span],
    gold_text: str | None,
    pred: Prediction,
    text: str | None = None,
) -> bool:
    """Whether a prediction's speaker agrees with the gold speaker (see the module docs).

    With the article's ``text`` a relative-pronoun Source also accepts its antecedent; without
    it the literal test alone applies."""
    if pred.mention is not None and any(spans_touch(pred.mention, g) for g in gold_spans):
        return True
    if pred.speaker and gold_text and name_tokens(pred.speaker) & name_tokens(gold_text):
        return True
    return text is not None and antecedent_of_relative(text, gold_spans, gold_text, pred.mention)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (each 0.0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Counts:
    """Additive counts for one system on one data set."""

    docs: int = 0
    docs_failed: int = 0
    gold: int = 0
    pred: int = 0
    tp_exact: int = 0
    tp_overlap: int = 0
    pred_scare: int = 0
    scare_fp: int = 0
    """Scare-labelled predictions that matched no gold quote (at overlap)."""
    pred_noscare: int = 0
    tp_exact_noscare: int = 0
    tp_overlap_noscare: int = 0
    gold_marked: int = 0
    """Gold quotes in quote marks (GUM also has block quotations without marks)."""
    tp_overlap_marked: int = 0
    speaker_eval: int = 0
    speaker_correct: int = 0
    speaker_none: int = 0
    """Of ``speaker_eval``: quotes the system gave no speaker (no mention, no name)."""
    speaker_correct_literal: int = 0
    """Of ``speaker_eval``: correct without the relative-pronoun rule (the scoring before it)."""
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        """Add ``other`` into these counts."""
        for k, v in asdict(other).items():
            if k == "extra":
                for ek, ev in v.items():
                    self.extra[ek] = self.extra.get(ek, 0) + ev
            else:
                setattr(self, k, getattr(self, k) + v)

    def summary(self) -> dict[str, float | int | None]:
        """Counts plus derived precision/recall/F1 and speaker accuracy."""
        out: dict[str, float | int | None] = {k: v for k, v in asdict(self).items() if k != "extra"}
        out.update(self.extra)
        for name, tp, n_pred in (
            ("exact", self.tp_exact, self.pred),
            ("overlap", self.tp_overlap, self.pred),
            ("exact_noscare", self.tp_exact_noscare, self.pred_noscare),
            ("overlap_noscare", self.tp_overlap_noscare, self.pred_noscare),
        ):
            p, r, f = prf(tp, n_pred, self.gold)
            out[f"p_{name}"], out[f"r_{name}"], out[f"f1_{name}"] = p, r, f
        out["speaker_acc"] = self.speaker_correct / self.speaker_eval if self.speaker_eval else None
        out["speaker_acc_literal"] = (
            self.speaker_correct_literal / self.speaker_eval if self.speaker_eval else None
        )
        out["r_overlap_marked"] = (
            self.tp_overlap_marked / self.gold_marked if self.gold_marked else None
        )
        return out


def score_document(
    gold: Sequence[GoldQuote],
    pred: Iterable[Prediction],
    *,
    failed: bool = False,
    text: str | None = None,
) -> Counts:
    """Counts for one document (``text``: the article, for the relative-pronoun rule)."""
    preds = list(pred)
    c = Counts(docs=1, docs_failed=int(failed), gold=len(gold), pred=len(preds))
    g_spans = [(g.start, g.end) for g in gold]
    p_spans = [(p.start, p.end) for p in preds]
    ov = match(g_spans, p_spans)
    c.tp_exact = len(match(g_spans, p_spans, exact=True))
    c.tp_overlap = len(ov)
    matched_p = {pi for _, pi in ov}
    c.gold_marked = sum(g.marked for g in gold)
    c.tp_overlap_marked = sum(gold[gi].marked for gi, _ in ov)
    c.pred_scare = sum(p.kind == "scare" for p in preds)
    c.scare_fp = sum(p.kind == "scare" and i not in matched_p for i, p in enumerate(preds))
    keep = [i for i, p in enumerate(preds) if p.kind != "scare"]
    k_spans = [p_spans[i] for i in keep]
    c.pred_noscare = len(keep)
    c.tp_exact_noscare = len(match(g_spans, k_spans, exact=True))
    c.tp_overlap_noscare = len(match(g_spans, k_spans))
    for gi, pi in ov:
        g = gold[gi]
        if not g.speaker_spans and not g.speaker_text:
            continue
        c.speaker_eval += 1
        c.speaker_correct += speaker_correct(g.speaker_spans, g.speaker_text, preds[pi], text)
        c.speaker_correct_literal += speaker_correct(g.speaker_spans, g.speaker_text, preds[pi])
        c.speaker_none += preds[pi].speaker is None and preds[pi].mention is None
    return c
