"""Typed edits: what changed between a quote and its source span, in words both sides can read.

Alignment opcodes say *where* tokens differ; this module says *what kind* of difference each is,
looking at the words through the language data: a dropped "not" is a negation edit, 43,548 →
43,549 a number edit, "will" → "may" a modality edit, "he" → "I" a person shift.  Differences that
the normalisation ladder absorbed (spelling, case, aliases, contractions) become cosmetic edits,
so an editor sees them without their counting against the quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache

from quotecheck.lang.schema import LanguageData
from quotecheck.match.normalize import Token
from quotecheck.models import MEANING_CHANGING_EDITS, Edit, EditKind

_DIGIT = re.compile(r"\d")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "\u00ad": None})


def _span_text(text: str, toks: Sequence[Token]) -> str:
    if not toks:
        return ""
    return text[toks[0].start : toks[-1].end]


def _bounds(toks: Sequence[Token]) -> tuple[int | None, int | None]:
    if not toks:
        return None, None
    return toks[0].start, toks[-1].end


def _is_name(tok: Token, first: bool, lang: LanguageData) -> bool:
    """Capitalised (not as the first word), or an acronym — and not a function word: "I'm",
    "The" and "Will" are capitalised words, not names."""
    s = tok.surface
    if _function_word(tok.norm, lang):
        return False
    return (bool(s[:1].isupper()) and not first and not s.isupper()) or (
        s.isupper() and len(s) > 1 and s.isalpha()
    )


def _function_word(norm: str, lang: LanguageData) -> bool:
    return (
        norm in lang.stopwords
        or norm in lang.pronouns
        or norm in lang.modals
        or norm in lang.negations
        or norm in lang.tense_markers
    )


def classify(
    q: Sequence[Token],
    s: Sequence[Token],
    lang: LanguageData,
    *,
    quote_start_index: int = 1,
    source_initial: bool = False,
) -> EditKind:
    """The kind of a replacement (``q`` → ``s``), an insertion (``s`` empty) or a deletion.
    ``source_initial``: ``s`` opens a sentence of the source (its first word's capital says
    nothing, as the quote's first word's does not)."""
    qn = [t.norm for t in q]
    sn = [t.norm for t in s]
    neg_q = sum(1 for w in qn if w in lang.negations)
    neg_s = sum(1 for w in sn if w in lang.negations)
    if neg_q != neg_s:
        return EditKind.NEGATION
    num_q = [w for w in qn if _DIGIT.search(w)]
    num_s = [w for w in sn if _DIGIT.search(w)]
    if num_q != num_s:
        return EditKind.NUMBER
    mod_q = [lang.modals[w] for w in qn if w in lang.modals]
    mod_s = [lang.modals[w] for w in sn if w in lang.modals]
    if mod_q != mod_s:
        return EditKind.MODALITY
    per_q = {lang.pronouns[w][0] for w in qn if w in lang.pronouns}
    per_s = {lang.pronouns[w][0] for w in sn if w in lang.pronouns}
    if per_q and per_s and per_q != per_s:
        return EditKind.PERSON
    if ("1" in per_q) != ("1" in per_s) and (per_q or per_s):
        return EditKind.PERSON
    names_q = [t.norm for i, t in enumerate(q) if _is_name(t, i + quote_start_index == 0, lang)]
    names_s = [t.norm for i, t in enumerate(s) if _is_name(t, i == 0 and source_initial, lang)]
    if (names_q or names_s) and names_q != names_s and q and s and not _same_stem(names_q, names_s):
        return EditKind.ENTITY
    tense_q = [lang.tense_markers[w] for w in qn if w in lang.tense_markers]
    tense_s = [lang.tense_markers[w] for w in sn if w in lang.tense_markers]
    # A tense change swaps one tense marker for another ("is" → "was"), or adds or drops
    # markers and nothing else ("have signed" → "signed").  A phrase added or dropped that
    # happens to hold an auxiliary ("did this by"), or an auxiliary aligned against other
    # words ("are coming" for "people on"), is a change of wording, not of tense.
    if tense_q != tense_s and (
        (tense_q and tense_s) or _only_markers_differ(qn, sn, lang.tense_markers)
    ):
        return EditKind.TENSE
    return _plain(q, s)


def _prop_numeral(added: Sequence[Token], before: Sequence[Token], lang: LanguageData) -> bool:
    """Whether ``added`` (an insertion's or a deletion's words) is the numeral for 1 written
    out, right after a word of ``prop_numeral_after`` ("this one" for "this"): a pronoun, not a
    number."""
    if len(added) != 1 or not before:
        return False
    word = added[0]
    return (
        word.norm == "1" and word.surface.isalpha() and before[-1].norm in lang.prop_numeral_after
    )


def _only_markers_differ(q: Sequence[str], s: Sequence[str], markers: Mapping[str, str]) -> bool:
    """Whether every word that is not a marker on one side also stands on the other."""
    rest_q = {w for w in q if w not in markers}
    rest_s = {w for w in s if w not in markers}
    return rest_q == rest_s


STEM_CHARS = 4
"""Two forms of a name share at least this many first letters …"""

SUFFIX_CHARS = 3
"""… and differ only in an ending of at most this many letters (Korea/Korean, Ukraine/Ukrainian)."""


def _same_stem(a: Sequence[str], b: Sequence[str]) -> bool:
    """Ukraine/Ukrainian, Korea/Korean: another form of the same name, not another name."""
    if len(a) != len(b) or not a:
        return False

    def stem(w: str) -> str:
        return w[: max(STEM_CHARS, len(w) - SUFFIX_CHARS)]

    return all(
        len(x) >= STEM_CHARS
        and len(y) >= STEM_CHARS
        and x[:STEM_CHARS] == y[:STEM_CHARS]
        and (x.startswith(stem(y)) or y.startswith(stem(x)))
        for x, y in zip(a, b, strict=True)
    )


_NOTES = {
    EditKind.NEGATION: "a negation differs: the meaning is reversed",
    EditKind.NUMBER: "a number differs",
    EditKind.MODALITY: "a modal word differs (commitment vs possibility)",
    EditKind.PERSON: "the grammatical person differs",
    EditKind.ENTITY: "a name differs",
    EditKind.TENSE: "the tense differs",
}


def typed_edits(
    quote_text: str,
    source_text: str,
    q_tokens: Sequence[Token],
    s_tokens: Sequence[Token],
    opcodes: Sequence[tuple[str, int, int, int, int]],
    lang: LanguageData,
    *,
    first_piece: bool = True,
) -> list[Edit]:
    """Edits for one aligned piece (``s_tokens`` is the aligned source span)."""
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in opcodes:
        qs, ss = list(q_tokens[i1:i2]), list(s_tokens[j1:j2])
        if tag == "equal":
            for qt, st in zip(qs, ss, strict=True):
                kind = _cosmetic(qt, st, is_first=first_piece and qt.start == q_tokens[0].start)
                if kind is not None and not any(
                    e.quote_start == qt.start and e.source_start == st.start for e in edits
                ):
                    edits.append(
                        Edit(
                            kind=kind,
                            quote=qt.surface,
                            source=st.surface,
                            quote_start=qt.start,
                            quote_end=qt.end,
                            source_start=st.start,
                            source_end=st.end,
                        )
                    )
            continue
        note: str | None = None
        gap = False
        if at_gap(source_text, s_tokens, j1, j2, lang) and _only_unheard_differs(
            qs, ss, source_text, lang
        ):
            # The transcript could not hear the speaker here: nothing to compare with (but a
            # word it did hear, such as a "not" next to the gap, is still compared).
            kind, note, gap = _plain(qs, ss), GAP_NOTE, True
        elif (not ss and _repeated(q_tokens, i1, i2)) or (not qs and _repeated(s_tokens, j1, j2)):
            # A phrase said twice in a row and written once (or the other way round): a
            # disfluency two transcribers render differently; the words themselves stand.
            kind, note = _plain(qs, ss), REPEAT_NOTE
        else:
            kind = classify(
                qs,
                ss,
                lang,
                quote_start_index=i1 if first_piece else 1,
                source_initial=bool(ss) and _opens_sentence(source_text, ss[0].start),
            )
            if kind is EditKind.NUMBER and _prop_numeral(
                qs or ss, q_tokens[:i1] if qs else s_tokens[:j1], lang
            ):
                kind = EditKind.INSERTION if qs else EditKind.DELETION
        qa, qb = _bounds(qs)
        sa, sb = _bounds(ss)
        edits.append(
            Edit(
                kind=kind,
                quote=_span_text(quote_text, qs),
                source=_span_text(source_text, ss),
                quote_start=qa,
                quote_end=qb,
                source_start=sa,
                source_end=sb,
                meaning_changing=kind in MEANING_CHANGING_EDITS,
                note=note or _NOTES.get(kind),
                gap=gap,
            )
        )
    return _reorderings(edits)


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]|\n)[\"'“‘(\[\s]*$")
"""What stands before a word that opens a sentence, a line or a turn."""

OPENING_REACH = 12
"""Characters read back from a word to see whether it opens a sentence."""


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence (or a line, or the text)."""
    return _SENTENCE_BEFORE.search(text[max(0, at - OPENING_REACH) : at]) is not None


def _only_unheard_differs(
    qs: Sequence[Token], ss: Sequence[Token], source_text: str, lang: LanguageData
) -> bool:
    """Whether the words of the source the gap leaves heard (none, or some) do not change the
    meaning against the quote's: then the difference stands at the gap alone."""
    heard = [t for t in ss if not gap_mark(source_text, t, lang)]
    return not heard or classify(qs, heard, lang) not in MEANING_CHANGING_EDITS


GAP_NOTE = "the source marks a gap here (it could not hear the speaker): not checked"


REPEAT_NOTE = "a phrase repeated in one text and said once in the other"


def _plain(q: Sequence[Token], s: Sequence[Token]) -> EditKind:
    """The generic kind of a difference: an insertion, a deletion or a substitution."""
    if not s:
        return EditKind.INSERTION
    if not q:
        return EditKind.DELETION
    return EditKind.SUBSTITUTION


def _repeated(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` (words only one side has) repeats the words right before or right
    after it on its own side ("I have to say this, I have to say this"): every word,
    negations, numbers and modal words included, stands there once more, so dropping the
    repetition changes nothing that was said."""
    n = b - a
    if n <= 0:
        return False
    words = [t.norm for t in toks[a:b]]
    before = [t.norm for t in toks[max(0, a - n) : a]]
    after = [t.norm for t in toks[b : b + n]]
    return words in (before, after)


_BRACKETS = "()[]"
GAP_CHARS = 60
"""Longest bracketed text read as a gap mark ("(inaudible question from the audience)")."""


def at_gap(text: str, toks: Sequence[Token], a: int, b: int, lang: LanguageData) -> bool:
    """Whether the source words ``toks[a:b]`` hold a gap mark, or (words only the quote has,
    ``a == b``) stand right next to one: "(inaudible)", "[crosstalk]" — bracketed text that
    is, or begins with, an entry of :attr:`LanguageData.gap_markers`."""
    if not lang.gap_markers:
        return False
    near = range(a, b) if b > a else (a - 1, a)
    return any(0 <= k < len(toks) and gap_mark(text, toks[k], lang) for k in near)


def gap_mark(text: str, tok: Token, lang: LanguageData) -> bool:
    """Whether ``tok`` stands inside brackets whose text is a gap mark."""
    lo = max(0, tok.start - GAP_CHARS)
    opened = max(text.rfind("(", lo, tok.start), text.rfind("[", lo, tok.start))
    if opened < 0:
        return False
    # a closing bracket further than GAP_CHARS from the opening one is refused below: no need
    # to search past it (a transcript is long)
    stop = opened + GAP_CHARS + 1
    ends = [i for i in (text.find(")", tok.end, stop), text.find("]", tok.end, stop)) if i >= 0]
    if not ends or min(ends) - opened > GAP_CHARS:
        return False
    inner = text[opened + 1 : min(ends)]
    if any(c in inner for c in _BRACKETS):
        return False
    said = " ".join(inner.lower().replace("-", " ").strip(" .:;,!?").split())
    return any(said == m or said.startswith(m + " ") for m in _gap_phrases(lang.gap_markers))


@cache
def _gap_phrases(markers: frozenset[str]) -> tuple[str, ...]:
    return tuple(" ".join(m.replace("-", " ").split()) for m in markers)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()


def _cosmetic(q: Token, s: Token, *, is_first: bool) -> EditKind | None:
    if q.surface == s.surface:
        return None
    if _fold(q.surface) == _fold(s.surface):
        if q.surface.lower() == s.surface.lower():
            return None if is_first else EditKind.CASING
        return EditKind.PUNCTUATION  # typography only: ’ vs '
    if "alias" in (q.level, s.level) and q.surface.lower() != s.surface.lower():
        return EditKind.ALIAS
    if "contraction" in (q.level, s.level):
        return EditKind.CONTRACTION
    if "house-style" in (q.level, s.level) and q.surface.lower() != s.surface.lower():
        return EditKind.SPELLING
    if q.surface.lower() == s.surface.lower():
        return None if is_first else EditKind.CASING
    return EditKind.PUNCTUATION  # typography: ’ vs ', 43,548 vs 43548


def inserted(
    raw: str, start: int, end: int, note: str, *, meaning_changing: bool = False, gap: bool = False
) -> Edit:
    """The quote's words ``raw[start:end]`` as an insertion that no source passage answers:
    narration inside the marks, or words where the source marks a gap (``gap``).  The one
    shape of such an edit, so that every check writes it alike."""
    return Edit(
        kind=EditKind.INSERTION,
        quote=raw[start:end],
        source="",
        quote_start=start,
        quote_end=end,
        meaning_changing=meaning_changing,
        note=note,
        gap=gap,
    )


def reordering(
    quote: str,
    source: str,
    quote_span: tuple[int | None, int | None],
    source_span: tuple[int | None, int | None],
) -> Edit:
    """The same words in another order than the source's: ``quote`` at ``quote_span`` of the
    article, ``source`` at ``source_span`` of the source.  Cosmetic (no meaning change)."""
    return Edit(
        kind=EditKind.REORDERING,
        quote=quote,
        source=source,
        quote_start=quote_span[0],
        quote_end=quote_span[1],
        source_start=source_span[0],
        source_end=source_span[1],
        note="the same words stand in another order",
    )


def _reorderings(edits: list[Edit]) -> list[Edit]:
    """Merge a deletion and an insertion of the same words into one reordering edit."""
    dels = [e for e in edits if e.kind is EditKind.DELETION]
    ins = [e for e in edits if e.kind is EditKind.INSERTION]
    used: set[int] = set()
    out = list(edits)
    for d in dels:
        for e in ins:
            if id(e) in used:
                continue
            if _words(d.source) and _words(d.source) == _words(e.quote):
                used.add(id(e))
                out = [x for x in out if x is not d and x is not e]
                out.append(
                    reordering(
                        e.quote,
                        d.source,
                        (e.quote_start, e.quote_end),
                        (d.source_start, d.source_end),
                    )
                )
                break
    out.sort(key=lambda e: e.quote_start if e.quote_start is not None else -1)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def is_transcript_variant(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit`` is a difference two transcripts of one speech often show: words of
    ``transcript_variants`` added or dropped on their own ("you know", "uh", "the", "and", a
    stage direction such as "APPLAUSE").  A substitution never is: "a" for "the" and "and" for
    "but" change what is said."""
    if edit.kind is EditKind.INSERTION:
        text = edit.quote
    elif edit.kind is EditKind.DELETION:
        text = edit.source
    else:
        return False
    words = _words(text)
    if not words:
        return False
    phrase = " ".join(words)
    return phrase in lang.transcript_variants or all(w in lang.transcript_variants for w in words)


def is_cosmetic_only(edits: Sequence[Edit]) -> bool:
    """Whether every edit is cosmetic (spelling, case, punctuation, alias, contraction)."""
    return all(
        e.kind
        in (
            EditKind.SPELLING,
            EditKind.CASING,
            EditKind.PUNCTUATION,
            EditKind.ALIAS,
            EditKind.CONTRACTION,
        )
        for e in edits
    )
