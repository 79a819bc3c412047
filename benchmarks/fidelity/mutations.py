"""The mutation bank: real debate sentences, each changed in one known way, in a short article.

Every mutation kind is a function ``(sentence, rng, pool) → Mutation | None`` (None when the
sentence offers nothing to mutate).  The article sentences around the quote are written here;
the quoted words come from the transcripts at run time and are never stored.

What counts as caught is given per kind by ``Mutation.verdicts`` (accepted verdicts) and
``Mutation.edit``/``Mutation.code`` (an edit kind or a rule code the result must carry).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.common.debates import Sentence
from quotecheck.lang import get_language
from quotecheck.match.normalize import tokenize
from quotecheck.score.edits import contraction_readings

EN = get_language("en")

MEANING_KINDS = (
    "negation-drop",
    "negation-insert",
    "number",
    "entity",
    "synonym",
    "tense",
    "modality",
    "limiter-cut",
    "splice-unmarked",
    "narration-frame",
    "person-shift",
    "reorder",
)
"""Kinds that change what the speaker said (or how it reads): must be caught."""
CONTROL_KINDS = ("unchanged", "house-style")
"""Kinds that must not raise an alarm."""
HONEST_KINDS = ("splice-ellipsis",)
"""An honest edit that must be recognised as such (elided), not flagged."""
ALL_KINDS = MEANING_KINDS + HONEST_KINDS + CONTROL_KINDS


@dataclass
class Mutation:
    """One mutated quote in its article, with what a correct check reports."""

    kind: str
    article: str
    quote: str
    speaker: str
    verdicts: tuple[str, ...]
    edit: str | None = None
    """An edit kind the result must contain (``EditKind`` value)."""
    code: str | None = None
    """A rule code the result must carry."""
    source_ids: tuple[int, ...] = ()
    """CSV line numbers of the turns the quote was taken from."""
    info: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------ article sentences
_FULL_TEMPLATES = (
    '"{q}," {name} said on stage.',
    '{name} said: "{q}."',
    'The exchange grew tense. "{q}," {name} said.',
    'Later in the evening {name} said, "{q}."',
)
_PARTIAL_TEMPLATES = (
    'In one exchange {name} said that "{q}".',
    '{name} argued that "{q}" and moved on to the next question.',
)


def _strip_end(text: str) -> tuple[str, str]:
    """(words, closing punctuation) of a sentence."""
    m = re.match(r"^(.*?)([.!?]*)$", text.strip(), flags=re.S)
    assert m is not None
    return m.group(1).rstrip(" ,;:"), m.group(2)


def full_article(quote: str, name: str, rng: random.Random) -> str:
    """A short article sentence quoting ``quote`` in full, attributed to ``name``."""
    words, _ = _strip_end(quote)
    return rng.choice(_FULL_TEMPLATES).format(q=words, name=name)


def partial_article(quote: str, name: str, rng: random.Random) -> str:
    """A sentence that quotes a fragment inside the reporter's narration."""
    return rng.choice(_PARTIAL_TEMPLATES).format(q=quote, name=name)


# ------------------------------------------------------------------ word helpers
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _replace(text: str, m: re.Match[str] | tuple[int, int], new: str) -> str:
    a, b = (m.start(), m.end()) if isinstance(m, re.Match) else m
    return text[:a] + new + text[b:]


def _keep_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


ENTITY_GROUPS = (
    [
        "Russia",
        "China",
        "Iran",
        "Iraq",
        "Syria",
        "Mexico",
        "Japan",
        "Germany",
        "Israel",
        "Libya",
        "Afghanistan",
        "Ukraine",
        "Canada",
        "Egypt",
        "Pakistan",
        "India",
        "France",
        "Cuba",
        "Jordan",
        "Turkey",
        "Saudi",
        "Yemen",
    ],
    [
        "Obama",
        "Bush",
        "Putin",
        "Assad",
        "Reagan",
        "Lincoln",
        "Sanders",
        "Romney",
        "Giuliani",
        "Bannon",
        "Kasich",
        "Biden",
    ],
    [
        "Ohio",
        "Michigan",
        "Florida",
        "Chicago",
        "Detroit",
        "Pennsylvania",
        "Virginia",
        "Indiana",
        "Texas",
        "California",
        "Arizona",
        "Nevada",
        "Iowa",
        "Colorado",
        "Wisconsin",
        "Missouri",
    ],
    ["Democrats", "Republicans"],
)
SYNONYMS = {
    "big": "large",
    "large": "big",
    "country": "nation",
    "nation": "country",
    "problem": "issue",
    "problems": "issues",
    "issue": "problem",
    "issues": "problems",
    "important": "crucial",
    "really": "truly",
    "terrible": "awful",
    "very": "extremely",
    "start": "begin",
    "begin": "start",
    "stop": "halt",
    "buy": "purchase",
    "fight": "battle",
    "strong": "powerful",
    "quickly": "rapidly",
    "talk": "speak",
    "talking": "speaking",
    "think": "believe",
    "believe": "think",
    "kids": "children",
    "children": "kids",
    "help": "assist",
    "jobs": "positions",
    "money": "funds",
    "great": "tremendous",
    "tremendous": "great",
    "people": "folks",
    "wrong": "mistaken",
    "hard": "difficult",
    "difficult": "hard",
    "smart": "clever",
    "understand": "grasp",
    "rich": "wealthy",
    "thing": "matter",
    "things": "matters",
}
_TENSE = {
    "is": "was",
    "are": "were",
    "was": "is",
    "were": "are",
    "has": "had",
    "have": "had",
    "am": "was",
}
_MODAL_SWAP = {
    "will": "may",
    "would": "might",
    "can": "must",
    "could": "must",
    "should": "must",
    "must": "should",
    "may": "will",
    "might": "will",
}
_AUX_FOR_NOT = [
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "do",
    "does",
    "did",
    "has",
    "have",
]
_NEGATION_DROP = {
    "not": "",
    "never": "",
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "can't": "can",
    "won't": "will",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "wouldn't": "would",
    "shouldn't": "should",
    "couldn't": "could",
    "haven't": "have",
    "hasn't": "has",
}
_FIRST_TO_THIRD = {
    "i": "{he}",
    "me": "{him}",
    "my": "{his}",
    "we": "they",
    "our": "their",
    "us": "them",
}
_FEMALE = {"Clinton", "Quijano", "Raddatz"}
_FRAMES = (
    "{He} went on to say that ",
    "{Surname} said that ",
    "I went on to say that ",
    "{He} added that ",
)
_NUMBER_WORD_SWAP = {
    "two": "three",
    "three": "four",
    "four": "five",
    "five": "six",
    "six": "seven",
    "seven": "eight",
    "eight": "nine",
    "nine": "ten",
    "ten": "twelve",
    "twenty": "thirty",
    "thirty": "forty",
    "hundred": "thousand",
    "thousand": "million",
    "million": "billion",
    "billion": "trillion",
}


def _pronouns(sentence: Sentence) -> dict[str, str]:
    female = sentence.turn.speaker in _FEMALE
    return {
        "he": "she" if female else "he",
        "him": "her" if female else "him",
        "his": "her" if female else "his",
    }


def _name(sentence: Sentence) -> str:
    return sentence.turn.full_name


# ------------------------------------------------------------------ mutation kinds
Mutator = Callable[[Sentence, random.Random, Sequence[Sentence]], "Mutation | None"]


def _full(
    kind: str,
    s: Sentence,
    quote: str,
    rng: random.Random,
    verdicts: tuple[str, ...],
    *,
    edit: str | None = None,
    code: str | None = None,
) -> Mutation:
    return Mutation(
        kind,
        full_article(quote, _name(s), rng),
        quote,
        _name(s),
        verdicts,
        edit,
        code,
        (s.turn.line,),
    )


def unchanged(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    return _full("unchanged", s, s.text, rng, ("verbatim",))


def _house_changes(text: str) -> list[tuple[tuple[int, int], str]]:
    inv_spelling = {v: k for k, v in EN.spelling_variants.items()}
    inv_numbers = {v: k for k, v in EN.number_words.items() if int(v) <= 20}
    contracted = {v: k for k, v in EN.contractions.items() if "'" in k and k != "let's"}
    out: list[tuple[tuple[int, int], str]] = []
    for m in re.finditer(r"\b[\w']+\b", text):
        w = m.group(0)
        lw = w.lower()
        if lw in inv_spelling:
            out.append(((m.start(), m.end()), _keep_case(w, inv_spelling[lw])))
        elif lw.replace("’", "'") in EN.contractions and lw not in ("can't", "won't"):
            written = _perfect_reading(lw, EN.contractions[lw], text[m.end() :])
            out.append(((m.start(), m.end()), _keep_case(w, written)))
        elif (
            w.isdigit()
            and w in inv_numbers
            and re.fullmatch(r"\s", text[m.start() - 1 : m.start()] or " ")
            and re.fullmatch(r"[\s.,;]?", text[m.end() : m.end() + 1])
            and not re.match(r"[.,]\d", text[m.end() : m.end() + 2])
        ):
            out.append(((m.start(), m.end()), inv_numbers[w]))
    for m in re.finditer(r"\b(\w+) (\w+)\b", text):
        pair = m.group(0).lower()
        if pair in contracted and not text[m.start() : m.start() + 1].isupper():
            out.append(((m.start(), m.end()), contracted[pair]))
            break
    for m in re.finditer(r"\bU\.S\.(?=\s)", text):
        out.append(((m.start(), m.end()), "US"))
    return out


def _perfect_reading(word: str, written: str, rest: str) -> str:
    """``written`` (a contraction written out, "it is" for "it's") with its last word the
    perfect reading when the words after it (``rest``) allow only that, as the checker reads
    them (:func:`quotecheck.score.edits.contraction_readings`): "it's been" is "it has been",
    "I'd (never) seen" "I had (never) seen".  A house-style control says the same words."""
    after, beyond = (*tokenize(rest, lang=EN)[:2], None, None)[:2]
    folded = word.replace("’", "'")
    head, _, last = written.rpartition(" ")
    for form, words in EN.ambiguous_contractions.items():
        readings = words.split()
        if not folded.endswith(form) or not head or last not in readings:
            continue
        allowed = contraction_readings(form, folded[: -len(form)], after, EN, beyond=beyond)
        perfect = [w for w in readings if "perfect" in EN.tense_markers.get(w, "")]
        if allowed and last not in allowed and perfect and perfect[0] in allowed:
            return f"{head} {perfect[0]}"
    return written


def house_style(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    changes = _house_changes(s.text)
    if not changes:
        return None
    chosen = sorted(rng.sample(changes, min(len(changes), 2)), key=lambda c: -c[0][0])
    text = s.text
    last = len(text) + 1
    for (a, b), new in chosen:
        if b > last:
            continue
        text = text[:a] + new + text[b:]
        last = a
    if text == s.text:
        return None
    return _full("house-style", s, text, rng, ("normalized", "verbatim"))


def negation_drop(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    cands = [m for m in _words(s.text) if m.group(0).lower().replace("’", "'") in _NEGATION_DROP]
    if not cands:
        return None
    m = rng.choice(cands)
    new = _NEGATION_DROP[m.group(0).lower().replace("’", "'")]
    if new:
        text = _replace(s.text, m, _keep_case(m.group(0), new))
    else:
        text = s.text[: m.start()].rstrip() + " " + s.text[m.end() :].lstrip()
        text = text.strip()
        if m.start() == 0:
            text = text[:1].upper() + text[1:]
    return _full("negation-drop", s, text, rng, ("altered",), edit="negation")


def negation_insert(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    ws = _words(s.text)
    cands = [
        m
        for i, m in enumerate(ws)
        if m.group(0) in _AUX_FOR_NOT
        and i + 1 < len(ws)
        and ws[i + 1].group(0).lower() not in EN.negations
        and i > 0
    ]
    if not cands:
        return None
    m = rng.choice(cands)
    text = s.text[: m.end()] + " not" + s.text[m.end() :]
    return _full("negation-insert", s, text, rng, ("altered",), edit="negation")


def number(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    cands: list[tuple[tuple[int, int], str]] = []
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", s.text):
        digits = m.group(0).rstrip(",.")
        if not digits:
            continue
        head = digits[0]
        new_head = str((int(head) + rng.randint(1, 8)) % 10)
        if new_head == "0" and len(digits) == 1:
            new_head = "9"
        cands.append(((m.start(), m.start() + len(digits)), new_head + digits[1:]))
    for m in _words(s.text):
        w = m.group(0).lower()
        if w in _NUMBER_WORD_SWAP and w != "one":
            cands.append(((m.start(), m.end()), _keep_case(m.group(0), _NUMBER_WORD_SWAP[w])))
    if not cands:
        return None
    span, new = rng.choice(cands)
    return _full("number", s, _replace(s.text, span, new), rng, ("altered",), edit="number")


def entity(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    cands = []
    for m in _words(s.text):
        if m.start() == 0:
            continue
        for group in ENTITY_GROUPS:
            if m.group(0) in group:
                cands.append((m, group))
    if not cands:
        return None
    m, group = rng.choice(cands)
    present = {w.group(0) for w in _words(s.text)}
    choices = [g for g in group if g not in present]
    if not choices:
        return None
    other = rng.choice(choices)
    return _full("entity", s, _replace(s.text, m, other), rng, ("altered",), edit="entity")


def synonym(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    cands = [m for m in _words(s.text) if m.group(0) in SYNONYMS and m.start() > 0]
    if not cands:
        return None
    m = rng.choice(cands)
    new = _keep_case(m.group(0), SYNONYMS[m.group(0).lower()])
    return _full("synonym", s, _replace(s.text, m, new), rng, ("altered",), edit="substitution")


def tense(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    cands = [m for m in _words(s.text) if m.group(0) in _TENSE]
    if not cands:
        return None
    m = rng.choice(cands)
    return _full(
        "tense", s, _replace(s.text, m, _TENSE[m.group(0)]), rng, ("altered",), edit="tense"
    )


def modality(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    ws = _words(s.text)
    cands = [
        m
        for i, m in enumerate(ws)
        if m.group(0) in _MODAL_SWAP and i + 1 < len(ws) and ws[i + 1].group(0)[:1].islower()
    ]
    if not cands:
        return None
    m = rng.choice(cands)
    text = _replace(s.text, m, _MODAL_SWAP[m.group(0)])
    return _full("modality", s, text, rng, ("altered",), edit="modality")


def limiter_cut(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    m = re.search(r",?\s+\b(but|unless|except)\b\s", s.text)
    if m is None:
        return None
    head = s.text[: m.start()].strip()
    if len(head.split()) < 5 or len(s.text[m.end() :].split()) < 2:
        return None
    quote = head[:1].lower() + head[1:] if not head.startswith("I ") else head
    return Mutation(
        "limiter-cut",
        partial_article(quote, _name(s), rng),
        quote,
        _name(s),
        ("verbatim", "normalized"),
        code="QC106",
        source_ids=(s.turn.line,),
    )


def _body(text: str) -> str:
    return _strip_end(text)[0]


def splice_unmarked(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    others = [
        o
        for o in pool
        if o.turn.speaker == s.turn.speaker
        and abs(o.turn.line - s.turn.line) >= 4
        and 6 <= len(o.text.split()) <= 25
    ]
    if not others or len(s.text.split()) > 25:
        return None
    o = rng.choice(others)
    quote = f"{_body(s.text)}. {_body(o.text)}"
    return Mutation(
        "splice-unmarked",
        full_article(quote, _name(s), rng),
        quote,
        _name(s),
        ("spliced",),
        code="QC103",
        source_ids=(s.turn.line, o.turn.line),
    )


def splice_ellipsis(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    later = [
        o
        for o in pool
        if o.turn is s.turn and o.index >= s.index + 2 and 6 <= len(o.text.split()) <= 25
    ]
    if not later or len(s.text.split()) > 25:
        return None
    o = rng.choice(later)
    second = o.text if o.text.startswith("I ") else o.text[:1].lower() + o.text[1:]
    quote = f"{_body(s.text)} … {_body(second)}"
    return Mutation(
        "splice-ellipsis",
        full_article(quote, _name(s), rng),
        quote,
        _name(s),
        ("elided",),
        source_ids=(s.turn.line,),
    )


def narration_frame(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    p = _pronouns(s)
    frame = rng.choice(_FRAMES).format(
        He=p["he"].capitalize(), Surname=s.turn.speaker if s.turn.speaker else "He"
    )
    first = s.text.split()[0]
    rest = s.text if first in ("I", "I'm", "I've", "I'll") else s.text[:1].lower() + s.text[1:]
    if any(first in g for g in ENTITY_GROUPS) or first.isupper():
        rest = s.text
    quote = frame + rest
    return _full("narration-frame", s, quote, rng, ("narration_inserted",), code="QC104")


def person_shift(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    ws = _words(s.text)
    cands = [(i, m) for i, m in enumerate(ws) if m.group(0).lower() in _FIRST_TO_THIRD]
    if not cands:
        return None
    i, m = rng.choice(cands)
    p = _pronouns(s)
    new = _FIRST_TO_THIRD[m.group(0).lower()].format(**p)
    new = _keep_case(m.group(0), new) if m.start() == 0 else new
    text = _replace(s.text, m, new)
    if new in ("he", "she", "He", "She") and i + 1 < len(ws):
        nxt = ws[i + 1]
        agree = {"am": "is", "have": "has", "do": "does", "don't": "doesn't", "was": "was"}
        fix = agree.get(nxt.group(0))
        if fix:
            shift = len(new) - len(m.group(0))
            text = _replace(text, (nxt.start() + shift, nxt.end() + shift), fix)
    return _full("person-shift", s, text, rng, ("altered",), edit="person")


def reorder(s: Sentence, rng: random.Random, pool: Sequence[Sentence]) -> Mutation | None:
    body, _ = _strip_end(s.text)
    parts = body.split(", ")
    if len(parts) != 2:
        return None
    a, b = parts
    if len(a.split()) < 4 or len(b.split()) < 4:
        return None
    a2 = a if a.startswith("I ") or a.split()[0] in ("I'm",) else a[:1].lower() + a[1:]
    b2 = b[:1].upper() + b[1:]
    return _full("reorder", s, f"{b2}, {a2}", rng, ("altered",), edit="reordering")


MUTATORS: dict[str, Mutator] = {
    "negation-drop": negation_drop,
    "negation-insert": negation_insert,
    "number": number,
    "entity": entity,
    "synonym": synonym,
    "tense": tense,
    "modality": modality,
    "limiter-cut": limiter_cut,
    "splice-unmarked": splice_unmarked,
    "narration-frame": narration_frame,
    "person-shift": person_shift,
    "reorder": reorder,
    "splice-ellipsis": splice_ellipsis,
    "unchanged": unchanged,
    "house-style": house_style,
}


def eligible(s: Sentence) -> bool:
    """A sentence usable as a quote: 8–40 words, no quote marks, brackets or dashes."""
    n = len(s.text.split())
    return (
        8 <= n <= 40
        and not re.search(r"[\"“”‘()\[\]]|--|—|\.\.\.|…|(?:^|\s)'|'(?:\s|$)", s.text)
        and s.text[:1].isupper()
    )


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"[\w$%]+", text.lower().replace("’", "'")))


def build_bank(
    sentences: Sequence[Sentence], per_kind: int, seed: int, kinds: Sequence[str] = ALL_KINDS
) -> list[Mutation]:
    """``per_kind`` mutations of each kind, from distinct sentences, deterministically."""
    seen: dict[str, int] = {}
    for s in sentences:
        key = " ".join(s.text.lower().split())
        seen[key] = seen.get(key, 0) + 1
    pool = [s for s in sentences if eligible(s) and seen[" ".join(s.text.lower().split())] == 1]
    corpus = " " + " ".join(_norm_words(s.text) for s in sentences) + " "
    bank: list[Mutation] = []
    for kind in kinds:
        rng = random.Random(f"{seed}-{kind}")
        order = list(pool)
        rng.shuffle(order)
        made = 0
        for s in order:
            if made >= per_kind:
                break
            mut = MUTATORS[kind](s, rng, pool)
            if mut is None or mut.quote.strip() == "":
                continue
            words = " " + _norm_words(mut.quote) + " "
            if kind == "limiter-cut" and corpus.count(words) != 1:
                continue  # the words stand elsewhere without the limiter: not a cut
            if kind in MEANING_KINDS and kind != "limiter-cut" and words in corpus:
                continue  # the "mutation" is something the speaker also said
            bank.append(mut)
            made += 1
    return bank
