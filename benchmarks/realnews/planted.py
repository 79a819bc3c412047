"""The planted arm of the real-news benchmark: real articles and transcripts, accusations planted.

The hand-labelled set holds one real misattribution and no invented quote, so the precision of
``misattributed`` and ``fabricated`` cannot be measured on it: a verdict never raised wrongly
may also never be raised rightly.  This arm plants both, in memory, in the real articles, and
checks them as the ``declared`` arm does (each article against the transcripts it declares):

* **Misattribution.**  A quote labelled ``faithful`` whose article names its speaker as the
  subject of a reporting cue in the quote's own sentence ("…,” Trump said.", "said Mr. Trump",
  "according to Clinton") gets that name replaced by another candidate who has transcripts in
  the set (Trump ↔ Clinton, Pence ↔ Kaine; a full name by a full name, a surname by a surname,
  a title by the other's title).  The words stay where the transcript has them, spoken by the
  real speaker, so the right verdict is ``misattributed``.
* **Control.**  The same swap into a person of our own invention (:data:`INVENTED`), who has no
  transcript anywhere.  By ``docs/verdicts.md`` (rule 2, *The source as evidence* 4) the
  right verdict is again ``misattributed``: the words are found in a source of the quote's
  occasion, in another speaker's turn, and the article names someone else explicitly; having
  no source of one's own does not make found words ``fabricated`` (rule 9 is for words not
  found).  The control shows that the accusation rests on the source, not on whether the named
  person is known to the index.
* **Passage.**  Both swaps again, with every other mention of the speaker around the quote
  (the candidate window and a margin, possessives included) swapped too, as an article that
  confuses the two for a whole passage would (inside other quotes too: a question put to
  "Mr. Trump" becomes one put to "Mrs. Clinton"): the real speaker is then no longer named
  next to the quote, so the ladder's *Theirs* rule has no name to go by.
* **Fabrication.**  After the paragraph of one faithful quote of a candidate, a new paragraph
  is inserted: an invented sentence (``planted_sentences.txt``, our own words) in the article's
  quote marks, credited to the same name form, at the occasion of the quote's transcript
  ("…,” Trump said at the debate.").  The transcript is declared by the article and covers the
  occasion, so the right verdict is ``fabricated`` (rule 9).

By the ladder's order a misattribution is taken as the real speaker's own (QC204) when the
article names that speaker next to the quote (rule 2, *Theirs*).  A plant keeps every other
mention, so each swap records whether the original surname still stands within the candidate
window (``near``): those are expected to pass by design, and are counted apart.

Levels: the articles are checked with ``error-confidence = 0`` (the ladder's own levels, the
article's explicit-attribution doubt included), and the shipped calibration is applied
afterwards exactly as ``--rescore`` does (``run.shipped_level``), so both the ladder's and the
shipped levels are reported from one run.  Nothing planted is written anywhere: results hold
ids, verdicts and counts only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realnews import labels as labels_mod
from benchmarks.realnews import run, sources
from benchmarks.realnews.labels import Label
from benchmarks.realnews.run import CONFIRMED, ERROR_VERDICT_RIGHT, Outcome, outcome_for

SENTENCES_TXT = Path(__file__).with_name("planted_sentences.txt")

KINDS = ("misattribution", "control", "passage", "passage-control", "fabrication")
EXPECTED = {
    "misattribution": "misattributed",
    "control": "misattributed",
    "passage": "misattributed",
    "passage-control": "misattributed",
    "fabrication": "fabricated",
}
"""Plant kind → the verdict that is right for it."""


@dataclass(frozen=True)
class Person:
    """How an article may name a person: full forms (longest first), the surname, the titles
    that may stand before a name, and the title to use when replacing a titled name."""

    name: str
    full: tuple[str, ...]
    surname: str
    titles: tuple[str, ...]
    title: str


PEOPLE = {
    p.name: p
    for p in (
        Person("Donald Trump", ("Donald J. Trump", "Donald Trump"), "Trump", ("Mr.",), "Mr."),
        Person(
            "Hillary Clinton",
            ("Hillary Rodham Clinton", "Hillary Clinton"),
            "Clinton",
            ("Mrs.", "Secretary", "Sec."),
            "Mrs.",
        ),
        Person("Mike Pence", ("Mike Pence",), "Pence", ("Gov.", "Governor", "Mr."), "Gov."),
        Person("Tim Kaine", ("Tim Kaine",), "Kaine", ("Sen.", "Senator", "Mr."), "Sen."),
    )
}
"""The candidates with transcripts in the set (the debates hold all four)."""

SWAP = {
    "Donald Trump": "Hillary Clinton",
    "Hillary Clinton": "Donald Trump",
    "Mike Pence": "Tim Kaine",
    "Tim Kaine": "Mike Pence",
}

INVENTED = Person("Norma Vantree", ("Norma Vantree",), "Vantree", ("Ms.",), "Ms.")
"""A person of our own invention: no transcript, no article names her."""

OCCASION_PHRASES = {
    "debate": "at the debate",
    "speech": "in the speech",
    "interview": "in the interview",
    "press conference": "at the press conference",
    "statement": "in the statement",
    "town hall": "at the town hall",
}
"""A transcript's genre (``sources.Occasion.genre``) → the words placing a quote on it; each is
a phrase of ``occasion_places.txt`` that admits that kind of source."""

_ABBREV = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "Sec", "St", "Jr", "Sr", "Lt", "Gen", "J")
_SENTENCE_END = re.compile("".join(rf"(?<!\b{a})" for a in _ABBREV) + r"[.!?]+[\"'”’]*(?=\s|$)|\n")
_MARKS = "\"'“”‘’"
_CLOSING = {"“": "”", "‘": "’", '"': '"', "'": "'", "''": "''", "``": "''", "”": "”"}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around the quote ``text[start:end]`` (the words between its marks): from
    after the last sentence end (or line break) before the quote to the first one after it.
    A period after a title or an initial ("Mr.", "J.") ends no sentence; the quote's own
    closing punctuation ends it only when it is a period and no lower-case word follows
    ("“Why?” Lee asked." and "“No.” he said." go on).  O(len(text))."""
    lo = 0
    for before in _SENTENCE_END.finditer(text, 0, start):
        lo = before.end()
    rest = text[end:].lstrip(_MARKS + " \u00a0")
    if text[end - 1 : end] == "." and not rest[:1].islower():
        return lo, end  # the quote's own period ends the sentence: “… Mexican.” Trump called
    m = _SENTENCE_END.search(text, end)
    while m and m.group() != "\n" and text[end : m.start()].strip(_MARKS) == "":
        rest = text[m.end() :].lstrip()
        if "?" not in m.group() and "!" not in m.group() and not rest[:1].islower():
            break
        m = _SENTENCE_END.search(text, m.end())
    return lo, (m.start() if m else len(text))


@dataclass(frozen=True)
class Cue:
    """The article's name of the speaker in a reporting cue: ``text[start:end]``."""

    start: int
    end: int
    full: bool
    """Whether the name is a full form ("Donald Trump") rather than the surname alone."""
    titled: bool
    """Whether a title stands before it ("Mr. Trump"); it is part of the span."""


def _name_pattern(person: Person) -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in person.titles)
    names = "|".join(re.escape(f) for f in (*person.full, person.surname))
    # Not a possessive ("Trump's plan") nor part of a longer name ("Trump Tower").
    return re.compile(rf"(?:(?P<title>{titles})\s+)?\b(?P<name>{names})\b(?![’']s\b)(?!\s+[A-Z])")


def find_cue(
    text: str, start: int, end: int, person: Person, is_verb: Callable[[str], bool]
) -> Cue | None:
    """Where the article names ``person`` as the subject of a reporting cue in the sentence of
    the quote ``text[start:end]``, outside its marks: the name followed by a reporting verb
    (an adverb in ``-ly`` may stand between: "Trump said", "Clinton quickly added"), or after
    one ("said Trump"), or after "according to".  The one nearest the quote when several.
    ``is_verb`` tells a reporting verb (lower case).  O(sentence length)."""
    lo, hi = sentence_bounds(text, start, end)
    best: Cue | None = None
    best_gap = len(text) + 1
    for m in _name_pattern(person).finditer(text, lo, hi):
        if m.start() < end and m.end() > start - 2:
            continue  # inside the quote (or its marks)
        after = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", text[m.end() : hi])
        # A verb before the name makes it the subject only right after the quote ("…,” said
        # Trump); elsewhere the name is its object ("Clinton told Trump").
        inverted = m.start() >= end and re.fullmatch(
            r"[\s,.!?\"'”’—-]*([a-z]+)\s+", text[end : m.start()]
        )
        cued = (
            bool(after and is_verb(after.group(1)))
            or bool(inverted and is_verb(inverted.group(1)))
            or text[lo : m.start()].lower().endswith("according to ")
        )
        if not cued:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end
        if gap < best_gap:
            best_gap = gap
            best = Cue(m.start(), m.end(), m.group("name") in person.full, bool(m.group("title")))
    return best


def replacement(cue: Cue, target: Person) -> str:
    """The target's name in the cue's form: a full form for a full form, the surname for a
    surname, the target's title when the cue had one."""
    name = target.full[-1] if cue.full else target.surname
    return f"{target.title} {name}" if cue.titled else name


def shift(pos: int, at: int, delta: int) -> int:
    """An offset after text of length change ``delta`` was replaced or inserted at ``at``:
    offsets at or after ``at`` move, earlier ones stay."""
    return pos + delta if pos >= at else pos


@dataclass(frozen=True)
class Planted:
    """An article's text with one change planted, and where the planted quote now is."""

    text: str
    start: int
    end: int
    at: int
    """Offsets of the original text at or after this one moved by ``delta`` (:func:`shift`)."""
    delta: int
    old: str
    new: str


def swap_name(text: str, start: int, end: int, cue: Cue, target: Person) -> Planted:
    """Replace the cue's name by ``target``'s; the quote ``text[start:end]`` keeps its words and
    moves when the cue stands before it and the names differ in length."""
    new = replacement(cue, target)
    old = text[cue.start : cue.end]
    out = text[: cue.start] + new + text[cue.end :]
    delta = len(new) - len(old)
    # A cue before the quote ends before it: the quote moves; one after it leaves it in place.
    s, e = shift(start, cue.end, delta), shift(end, cue.end, delta)
    return Planted(out, s, e, cue.end, delta, old, new)


def mentions(text: str, lo: int, hi: int, person: Person) -> list[Cue]:
    """Every mention of ``person`` in ``text[lo:hi]``, possessives included ("Trump's"): a
    full form, or the surname (with its title, if any) when no other capitalised word stands
    before it ("Bill Clinton" is not Hillary) or after it ("Trump Tower").  O(hi - lo)."""
    titles = "|".join(re.escape(t) for t in person.titles)
    names = "|".join(re.escape(f) for f in (*person.full, person.surname))
    pattern = re.compile(rf"(?:(?P<title>{titles})\s+)?\b(?P<name>{names})\b(?!\s+[A-Z])")
    out: list[Cue] = []
    for m in pattern.finditer(text, lo, hi):
        full = m.group("name") in person.full
        if not full and not m.group("title") and re.search(r"[A-Z][a-z]+\s$", text[: m.start()]):
            continue
        out.append(Cue(m.start(), m.end(), full, bool(m.group("title"))))
    return out


def swap_names(text: str, start: int, end: int, cues: Sequence[Cue], target: Person) -> Planted:
    """:func:`swap_name` for several names at once (none inside the quote), the last first so
    that earlier offsets hold; the quote moves by the changes before it.  ``at`` is the first
    change's start and ``delta`` the total change of length; ``old``/``new`` the cue nearest
    the quote."""
    out, s, e = text, start, end
    for cue in sorted(cues, key=lambda c: c.start, reverse=True):
        new = replacement(cue, target)
        out = out[: cue.start] + new + out[cue.end :]
        delta = len(new) - (cue.end - cue.start)
        s, e = shift(s, cue.end, delta), shift(e, cue.end, delta)
    first = min(cues, key=lambda c: c.start)
    nearest = min(cues, key=lambda c: abs(c.start - start))
    return Planted(
        out,
        s,
        e,
        first.start,
        len(out) - len(text),
        text[nearest.start : nearest.end],
        replacement(nearest, target),
    )


def marks_of(text: str, start: int) -> tuple[str, str]:
    """The opening mark of the quote whose words begin at ``start`` and its closing mark
    (two apostrophes or backticks when the article doubles them, as some wires do)."""
    two = text[max(0, start - 2) : start]
    if two in ("''", "``"):
        return two, "''"
    one = text[start - 1 : start] if start else ""
    return (one, _CLOSING[one]) if one in _CLOSING else ("“", "”")


def insert_sentence(
    text: str, after: int, sentence: str, name: str, phrase: str, marks: tuple[str, str]
) -> Planted:
    """A new paragraph ``<open><sentence>,<close> <name> said <phrase>.`` after the paragraph
    holding offset ``after`` (at the next line break, else at the end).  The planted quote is
    the sentence and its comma, between the marks, as the article's own quotes are spanned."""
    at = text.find("\n", after)
    if at < 0:
        at = len(text)
    open_, close = marks
    said = f"said {phrase}".strip()
    new = f"\n\n{open_}{sentence},{close} {name} {said}."
    start = at + 2 + len(open_)
    return Planted(
        text[:at] + new + text[at:], start, start + len(sentence) + 1, at, len(new), "", new
    )


def load_sentences(path: Path = SENTENCES_TXT) -> list[str]:
    """The invented sentences, one per line (``#`` comments and blank lines left out)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def _pick(article: str, n: int) -> int:
    """A stable choice among ``n`` for an article (its id's SHA-1), the same on every run."""
    return int(hashlib.sha1(article.encode()).hexdigest()[:8], 16) % n


# --------------------------------------------------------------------------- building the plants


@dataclass(frozen=True)
class Plant:
    """One planted accusation: the anchor label, the changed article, the planted quote."""

    kind: str
    anchor: Label
    planted: Planted
    near: bool | None = None
    """For a swap: whether the original surname still stands within the candidate window."""
    sentence: int | None = None
    """For a fabrication: the index of its invented sentence."""
    reason: str = ""
    """Once checked: why the verdict is what it is, in a few words (:func:`miss_reason`)."""

    @property
    def expected(self) -> str:
        return EXPECTED[self.kind]

    @property
    def label(self) -> Label:
        """The anchor label moved to the planted quote (for :func:`run.outcome_for`)."""
        return dataclasses.replace(self.anchor, start=self.planted.start, end=self.planted.end)


_CODE_REASONS = (
    ("QC204", "taken as the source speaker's (QC204)"),
    ("QC205", "attribution uncertain (QC205)"),
    ("QC206", "second-hand (QC206)"),
    ("QC202", "no speaker found (QC202)"),
)
_TEXT_REASONS = (
    ("of another occasion", "similar words in a source of another occasion"),
    ("no source was given for", "no source for the named speaker"),
    ("places other quotes of", "the speaker's other quotes placed elsewhere"),
    ("places it on another occasion", "the quote placed on another occasion"),
    ("does not place the quote there", "the source's occasion not reported"),
    ("nothing close enough", "nothing close enough"),
    ("reworded throughout", "reworded throughout"),
    ("words changed", "words changed"),
    ("identical", "identical, speaker as in the source"),
)
"""Explanation phrase → reason; the ladder's explanations are its own wording
(``quotecheck/score``), matched here only to count the misses by cause."""


def miss_reason(codes: Sequence[str], explanation: str) -> str:
    """Why a planted quote got the verdict it got, in a few words: the speaker rule that decided
    (by its code), else the ladder's explanation by a phrase of it; ``other`` otherwise."""
    for code, why in _CODE_REASONS:
        if code in codes:
            return why
    for needle, why in _TEXT_REASONS:
        if needle in explanation:
            return why
    return "other"


def _near(text: str, start: int, end: int, surname: str, window: tuple[int, int]) -> bool:
    lo, hi = max(0, start - window[0]), min(len(text), end + window[1])
    return re.search(rf"\b{re.escape(surname)}\b", text[lo:hi]) is not None


def build_plants(
    labels: Iterable[Label],
    texts: dict[str, str],
    genre_of: dict[str, str],
    is_verb: Callable[[str], bool],
    sentences: Sequence[str],
    window: tuple[int, int] = (300, 150),
) -> list[Plant]:
    """Every plant for the labelled articles: per faithful quote of a candidate (its own words
    in its source: not second-hand or read out) named in a cue of its sentence, a swap to the
    other candidate and one to :data:`INVENTED`, of the cue's name alone and of every mention
    around the quote (``passage``); per article with such a quote (the first, cued
    or not), one invented sentence placed at its transcript's occasion (``genre_of``: source id
    → genre; sources of other genres plant none)."""
    out: list[Plant] = []
    fabricated: set[str] = set()
    for lab in sorted(labels, key=lambda x: (x.article, x.start)):
        person = PEOPLE.get(lab.speaker)
        text = texts.get(lab.article)
        if (
            person is None
            or text is None
            or lab.label != "faithful"
            or lab.kind not in ("", "variant")
        ):
            continue
        cue = find_cue(text, lab.start, lab.end, person, is_verb)
        if cue is not None:
            for kind, target in (
                ("misattribution", PEOPLE[SWAP[person.name]]),
                ("control", INVENTED),
            ):
                p = swap_name(text, lab.start, lab.end, cue, target)
                near = _near(p.text, p.start, p.end, person.surname, window)
                out.append(Plant(kind, lab, p, near=near))
            # The passage variants: every mention of the speaker around the quote swapped too,
            # as an article confusing the two for a whole passage would.
            lo, hi = max(0, lab.start - window[0] - 40), min(len(text), lab.end + window[1] + 40)
            around = [
                m
                for m in mentions(text, lo, hi, person)
                if m.end <= lab.start or m.start >= lab.end
            ]
            for kind, target in (
                ("passage", PEOPLE[SWAP[person.name]]),
                ("passage-control", INVENTED),
            ):
                p = swap_names(text, lab.start, lab.end, around or [cue], target)
                near = _near(p.text, p.start, p.end, person.surname, window)
                out.append(Plant(kind, lab, p, near=near))
        phrase = OCCASION_PHRASES.get(genre_of.get(lab.source, ""))
        if lab.article in fabricated or phrase is None:
            continue
        fabricated.add(lab.article)
        name = text[cue.start : cue.end] if cue else person.surname
        i = _pick(lab.article, len(sentences))
        p = insert_sentence(text, lab.end, sentences[i], name, phrase, marks_of(text, lab.start))
        out.append(Plant("fabrication", lab, p, sentence=i))
    return out


# --------------------------------------------------------------------------- scoring


def shipped_level(o: Outcome, threshold: float) -> str:
    """The level under the shipped calibration of an outcome checked with
    ``error-confidence = 0`` (:func:`run.shipped_level`: ``calibration.calibrated_level``,
    the decision ``set_levels`` makes; ``--rescore`` applies the same)."""
    return run.shipped_level(o, threshold)


def _tally(
    pairs: Sequence[tuple[Plant, Outcome]], level_of: Callable[[Outcome], str]
) -> dict[str, Any]:
    """Caught at error level / as a warning / missed, with the verdicts of the misses."""
    caught_error = caught_warning = caught_below = 0
    missed: Counter[str] = Counter()
    why: Counter[str] = Counter()
    for plant, o in pairs:
        if o.verdict != plant.expected:
            missed[o.verdict] += 1
            why[plant.reason or "other"] += 1
            continue
        level = level_of(o)
        if level == "error":
            caught_error += 1
        elif level == "warning":
            caught_warning += 1
        else:
            caught_below += 1
    return {
        "n": len(pairs),
        "caught_error": caught_error,
        "caught_warning": caught_warning,
        "caught_below": caught_below,
        "missed": sum(missed.values()),
        "missed_verdicts": dict(sorted(missed.items())),
        "missed_reasons": dict(sorted(why.items())),
    }


def _precision(
    verdict: str,
    natural: Sequence[Outcome],
    planted: Sequence[tuple[Plant, Outcome]],
    level_of: Callable[[Outcome], str],
) -> dict[str, Any]:
    """Error-level ``verdict``: right / raised, on the natural set (right when the hand label
    agrees, ``run.ERROR_VERDICT_RIGHT``) and on the planted quotes (right when it is the plant's
    expected verdict), and over both."""
    nat = [o for o in natural if o.label.label != "skip" and o.verdict == verdict]
    nat = [o for o in nat if level_of(o) == "error"]
    nat_right = sum(o.label.label in ERROR_VERDICT_RIGHT.get(verdict, ()) for o in nat)
    pla = [(p, o) for p, o in planted if o.verdict == verdict and level_of(o) == "error"]
    pla_right = sum(p.expected == verdict for p, _ in pla)
    n, right = len(nat) + len(pla), nat_right + pla_right
    return {
        "natural": {"n": len(nat), "right": nat_right},
        "planted": {"n": len(pla), "right": pla_right},
        "n": n,
        "right": right,
        "precision": round(right / n, 4) if n else None,
    }


LEVELS = ("ladder", "shipped")
"""``ladder``: the levels the ladder gives (``error-confidence = 0``); ``shipped``: with the
shipped calibration table and threshold."""


def score_split(
    natural: Sequence[Outcome],
    planted: Sequence[tuple[Plant, Outcome]],
    threshold: float,
) -> dict[str, Any]:
    """One split's figures, under the ladder's levels and under the shipped calibration."""
    natural_verdict = {o.label.key: o.verdict for o in natural}
    strata: dict[str, Callable[[Plant], bool]] = {
        "clean": lambda p: p.near is False,
        "near": lambda p: p.near is True,
        "confirmed": lambda p: natural_verdict.get(p.anchor.key) in CONFIRMED,
    }
    out: dict[str, Any] = {}
    for name in LEVELS:

        def level_of(o: Outcome, name: str = name) -> str:
            return o.level if name == "ladder" else shipped_level(o, threshold)

        kinds: dict[str, Any] = {}
        for kind in KINDS:
            pairs = [(p, o) for p, o in planted if p.kind == kind]
            kinds[kind] = _tally(pairs, level_of)
            if kind != "fabrication":
                for stratum, keep in strata.items():
                    kinds[kind][stratum] = _tally([(p, o) for p, o in pairs if keep(p)], level_of)
        out[name] = {
            "plants": kinds,
            "precision": {
                v: _precision(v, natural, planted, level_of)
                for v in ("misattributed", "fabricated")
            },
        }
    return out


def _cell(ladder: dict[str, Any], shipped: dict[str, Any]) -> str:
    """``n | caught | error (ladder) | error (shipped) | warning (shipped) | missed | as`` (the
    verdicts are the same under both levels; only the error/warning split differs)."""
    caught = ladder["n"] - ladder["missed"]
    missed = ", ".join(f"{v} {n}" for v, n in ladder["missed_verdicts"].items())
    if ladder["missed_reasons"]:
        missed += "; why: " + ", ".join(f"{c} {n}" for c, n in ladder["missed_reasons"].items())
    return (
        f"{ladder['n']} | {caught} | {ladder['caught_error']} | {shipped['caught_error']} | "
        f"{shipped['caught_warning']} | {ladder['missed']} | {missed or '—'}"
    )


def _prec(p: dict[str, Any]) -> str:
    pct = "—" if p["precision"] is None else f"{100 * p['precision']:.1f}%"
    return (
        f"{p['natural']['right']}/{p['natural']['n']} | {p['planted']['right']}/"
        f"{p['planted']['n']} | {p['right']}/{p['n']} | {pct}"
    )


def markdown(res: dict[str, Any]) -> str:
    """The results as Markdown tables (ids and numbers only)."""
    info = res["info"]
    out = [
        "# Real-news benchmark, planted arm",
        "",
        *sources.partial_banner(info.get("sources_skipped", [])),
        f"Run {res['date']} at commit {res['commit']} on {res['machine']}. "
        f"{info['articles']} PolNeAR train/dev articles, each checked against the transcripts it "
        f"declares ({info['declared_articles']} declare one or more), as the declared arm does; "
        f"into them, in memory, {info['plants']} accusations planted "
        "(`benchmarks/realnews/README.md`, *Planted arm*). Natural = the declared arm of the "
        "hand-labelled set, unchanged. `ladder`: the ladder's levels (`error-confidence = 0`); "
        f"`shipped`: the shipped calibration table with `error-confidence = {info['threshold']}`.",
        "",
    ]
    for split in ("report", "tuning"):
        s = res["splits"][split]
        note = (
            "(the figures to quote: nothing was fitted on it)"
            if split == "report"
            else "(thresholds and the calibration were fitted on it: not a result)"
        )
        out += [f"## {'Report' if split == 'report' else 'Tuning'} split {note}", ""]
        out += [
            "Planted accusations: caught (given the expected verdict), of which at error level "
            "under the ladder's levels and under the shipped calibration (the rest as "
            "warnings); missed, with the verdicts given instead and why (the deciding speaker "
            "code, else the ladder's explanation in a few words). `clean`: the original "
            "speaker's surname no longer stands within the candidate window of the quote; "
            "`near`: it does (the ladder takes such words as that speaker's, QC204, by design); "
            "`confirmed`: the quote's natural verdict was verbatim, normalized or elided (its "
            "words found as they are, so only the attribution can decide).",
            "",
            "| plant | n | caught | error (ladder) | error (shipped) | warning (shipped) | "
            "missed | missed as |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for kind in KINDS:
            lad, shp = s["ladder"]["plants"][kind], s["shipped"]["plants"][kind]
            out.append(f"| {kind} (expected `{EXPECTED[kind]}`) | {_cell(lad, shp)} |")
            for sub in ("clean", "near", "confirmed"):
                if sub in lad:
                    out.append(f"| — {kind}, {sub} | {_cell(lad[sub], shp[sub])} |")
        out += [
            "",
            "Precision of error-level accusations over natural + planted (right / raised):",
            "",
            "| levels | verdict | natural | planted | all | precision (≥ 95%) |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for lv in LEVELS:
            for v, p in s[lv]["precision"].items():
                out.append(f"| {lv} | `{v}` | {_prec(p)} |")
        accused = [r for r in res.get("natural_accusations", []) if r["split"] == split]
        if accused and split != "tuning":
            # The report split is looked at as counts only: its quote ids stay out of the
            # printed table so that nobody designs a rule on them by accident.
            tally = Counter((r["label"], r["verdict"], r["shipped_level"]) for r in accused)
            out += [
                "",
                "Natural quotes given `misattributed` or `fabricated` (any level; counts only "
                "on this split):",
                "",
                "| label | verdict | shipped level | n |",
                "|---|---|---|---:|",
            ]
            out += [f"| {lab} | {v} | {lv} | {n} |" for (lab, v, lv), n in sorted(tally.items())]
        elif accused:
            out += [
                "",
                "Natural quotes given `misattributed` or `fabricated` (any level):",
                "",
                "| quote | label | verdict | ladder level | shipped level |",
                "|---|---|---|---|---|",
            ]
            out += [
                f"| {r['quote']} | {r['label']} | {r['verdict']} | {r['level']} | "
                f"{r['shipped_level']} |"
                for r in accused
            ]
        out.append("")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the run


def collect(
    labels: list[Label],
    root: Path,
    *,
    dates: bool = True,
    show: str | None = None,
    loaded: sources.Loaded | None = None,
) -> tuple[list[Outcome], list[tuple[Plant, Outcome]], dict[str, Any]]:
    """Check every labelled article against its declared transcripts (the natural outcomes),
    then every planted version of it; one checker per article, shared by its versions.
    ``loaded``: the collections as :func:`sources.load_all` read them (read here when not
    given)."""
    import time

    from benchmarks.common import polnear
    from benchmarks.realnews.__main__ import article_date, declared_sources
    from quotecheck.api import Checker
    from quotecheck.config import Settings
    from quotecheck.errors import QuotecheckError
    from quotecheck.lang import get_language

    texts: dict[str, str] = {}
    for split in sorted({lab.polnear_split for lab in labels}):
        for doc in polnear.load(root, split):
            texts[doc.id] = doc.text
    declared = declared_sources(labels)
    wanted = {s for ss in declared.values() for s in ss}
    turns, occasions, skipped = loaded or sources.load_all()
    occasions = [o for o in occasions if o.source in wanted]
    by_id: dict[str, Any] = {s.id: s for s in sources.as_sources(turns, occasions)}  # type: ignore[attr-defined]
    genre_of = {o.source: o.genre for o in occasions}
    base = Settings(crosslingual=False)
    settings = Settings(
        crosslingual=False, score=base.score.model_copy(update={"error_confidence": 0.0})
    )
    lang = get_language("en")

    def is_verb(word: str) -> bool:
        return word in lang.reporting_verbs or lang.inflects_reporting_verb(word)

    by_article, missing = labels_mod.by_article(labels, texts)
    found = [lab for labs in by_article.values() for lab in labs]
    window = (base.score.candidate_window, base.score.candidate_after)
    plants = build_plants(found, texts, genre_of, is_verb, load_sentences(), window)
    plants_of: dict[str, list[Plant]] = {}
    for p in plants:
        plants_of.setdefault(p.anchor.article, []).append(p)
    natural: list[Outcome] = []
    planted: list[tuple[Plant, Outcome]] = []
    failed: list[str] = []
    t0 = time.perf_counter()
    for article, labs in by_article.items():
        own = [
            by_id[i].model_copy(update={"shared": False})
            for i in declared.get(article, ())
            if i in by_id
        ]
        checker = Checker(own, settings)
        date = article_date(article)
        meta = {"date": date} if dates and date else {}

        try:
            report = _check(checker, texts[article], article, meta)
        except QuotecheckError as exc:  # over the time budget on a loaded machine: say so
            failed.append(f"{article}: {exc}")
            natural += [Outcome(lab, extracted=False, verdict="article_failed") for lab in labs]
        else:
            natural += [outcome_for(lab, report.quotes) for lab in labs]
        for p in plants_of.get(article, ()):
            quotes: Sequence[Any] = ()
            try:
                quotes = _check(checker, p.planted.text, article, meta).quotes
                o = outcome_for(p.label, quotes)
            except QuotecheckError as exc:
                failed.append(f"{article} ({p.kind}): {exc}")
                o = Outcome(p.label, extracted=False, verdict="article_failed")
            why = [
                q.explanation
                for q in quotes
                if min(q.end, p.planted.end) - max(q.start, p.planted.start) > 0
            ]
            p = dataclasses.replace(p, reason=miss_reason(o.codes, " ".join(why)))
            planted.append((p, o))
            # printed for the reader only, never written; one split only (``--show``)
            if show and p.anchor.split == show and o.verdict != p.expected:
                snippet = p.planted.text[max(0, p.planted.start - 80) : p.planted.end + 60]
                print(
                    f"  [{p.anchor.split}] {p.kind} {p.anchor.key} {p.planted.old!r}->"
                    f"{p.planted.new.strip()[:40]!r} near={p.near} -> {o.verdict} {o.level} "
                    f"{','.join(o.codes)} speaker={o.speaker!r}: {snippet!r}\n    why: {why}"
                )
    info = {
        "articles": len(by_article),
        "declared_articles": sum(1 for a in by_article if declared.get(a)),
        "sources": len(by_id),
        "sources_skipped": skipped,
        "labels_not_found": missing,
        "articles_failed": failed,
        "plants": len(plants),
        "check_seconds": round(time.perf_counter() - t0, 1),
        "article_dates": dates,
        "threshold": Settings().score.error_confidence,
    }
    return natural, planted, info


def _check(checker: Any, text: str, article: str, meta: dict[str, str]) -> Any:
    """One version of an article checked, with its declared date when given."""
    from quotecheck.inputs.document import make_document

    doc = make_document(text, path=article + ".txt")
    return checker.check_document(dataclasses.replace(doc, meta=meta) if meta else doc)


def plant_rows(
    planted: Sequence[tuple[Plant, Outcome]], natural: Sequence[Outcome], threshold: float
) -> list[dict[str, Any]]:
    """Per plant: ids, what was planted (names only, never article text), the anchor quote's
    natural verdict, the planted quote's verdict and levels."""
    natural_verdict = {o.label.key: o.verdict for o in natural}
    return [
        {
            "kind": p.kind,
            "anchor": p.anchor.key,
            "split": p.anchor.split,
            "swap": f"{p.planted.old} -> {p.planted.new}" if p.kind != "fabrication" else None,
            "near": p.near,
            "sentence": p.sentence,
            "expected": p.expected,
            "natural_verdict": natural_verdict.get(p.anchor.key),
            "reason": p.reason,
            "verdict": o.verdict,
            "level": o.level,
            "shipped_level": shipped_level(o, threshold),
            "codes": list(o.codes),
            "speaker": o.speaker,
            "confidence": o.confidence,
            "key": o.key,
        }
        for p, o in planted
    ]


def outcome_rows(
    natural: Sequence[Outcome], planted: Sequence[tuple[Plant, Outcome]], threshold: float
) -> list[dict[str, Any]]:
    """Every quote's outcome, as the other arms' ``--outcomes`` rows (ids, labels, verdicts,
    levels; no text), each with its level under the shipped calibration (``shipped_level``;
    ``level`` is the ladder's own): the natural quotes with ``plant`` None, then the planted
    ones, each named by its planted span (``quote``) and its anchor's (``anchor``), its
    ``label`` the verdict right for it, ``right`` whether the verdict is that one."""
    from benchmarks.realnews.__main__ import outcome_row

    rows = [
        {**outcome_row(o), "plant": None, "shipped_level": shipped_level(o, threshold)}
        for o in natural
    ]
    for plant, o in planted:
        row = outcome_row(o)
        row.update(
            quote=plant.label.key,
            anchor=plant.anchor.key,
            split=plant.anchor.split,
            label=plant.expected,
            speaker_right=None,
            right=o.verdict == plant.expected,
            plant=plant.kind,
            near=plant.near,
            reason=plant.reason,
            shipped_level=shipped_level(o, threshold),
        )
        rows.append(row)
    return rows


def results(
    natural: list[Outcome], planted: list[tuple[Plant, Outcome]], info: dict[str, Any]
) -> dict[str, Any]:
    """The planted arm's results (what ``python -m benchmarks.realnews --arm planted`` writes)
    from :func:`collect`'s outcomes."""
    import datetime as dt
    import platform

    from benchmarks.realnews.__main__ import _commit

    threshold = float(info["threshold"])
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "info": info,
        "splits": {
            split: score_split(
                [o for o in natural if o.label.split == split],
                [(p, o) for p, o in planted if p.anchor.split == split],
                threshold,
            )
            for split in ("report", "tuning")
        },
        "plants": plant_rows(planted, natural, threshold),
        "natural_accusations": [
            {
                "quote": o.label.key,
                "split": o.label.split,
                "label": o.label.label,
                "verdict": o.verdict,
                "level": o.level,
                "shipped_level": shipped_level(o, threshold),
            }
            for o in natural
            if o.verdict in ("misattributed", "fabricated") and o.label.label != "skip"
        ],
    }
