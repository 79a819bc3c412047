"""Typed edits: what changed between a quote and its source span, in words both sides can read.

Alignment opcodes say *where* tokens differ; this module says *what kind* of difference each is,
looking at the words through the language data: a dropped "not" is a negation edit, 43,548 →
43,549 a number edit, "will" → "may" a modality edit, "he" → "I" a person shift.  Differences that
the normalisation ladder absorbed (spelling, case, aliases, contractions) become cosmetic edits,
so an editor sees them without their counting against the quote.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from quotecheck.inputs.labels import interjection_at, line_time_stamp, speaker_labels
from quotecheck.lang.phrases import phrase_list
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import WORD_OR_NUMBER, opens_sentence_in
from quotecheck.match.initials import UNCONFIRMED
from quotecheck.match.normalize import (
    APOSTROPHE_FOLD,
    APOSTROPHES,
    SOFT_HYPHEN,
    Token,
    letter_words,
)
from quotecheck.models import MEANING_CHANGING_EDITS, Edit, EditKind
from quotecheck.score.restarts import (
    BREAK_MARK,
    FALSE_START_WORDS,
    corrected_number,
    restart_after,
)

if TYPE_CHECKING:
    from quotecheck.xling.checks import Amount

_DIGIT = re.compile(r"\d")


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


def _signs(words: Sequence[str], after: str | None, lang: LanguageData) -> list[str]:
    """The signs of ``sign_words`` among ``words`` that stand right before digits (the next of
    ``words``, or ``after``, the word after them in their text): "minus" of "minus 4"."""
    return [
        lang.sign_words[w]
        for i, w in enumerate(words)
        if w in lang.sign_words
        and _DIGIT.search(words[i + 1] if i + 1 < len(words) else after or "") is not None
    ]


def _month_homonym(tok: Token, first: bool, lang: LanguageData) -> bool:
    """A month name that is also a common word (``calendar_homonyms``: "May") written with a
    capital, not in capitals throughout, and not as the first word of a sentence: the month,
    not the modal."""
    s = tok.surface
    return tok.norm in lang.calendar_homonyms and s[:1].isupper() and not s.isupper() and not first


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
    quote_initial: bool = False,
    after: tuple[str | None, str | None] = (None, None),
) -> EditKind:
    """The kind of a replacement (``q`` → ``s``), an insertion (``s`` empty) or a deletion.
    ``source_initial``: ``s`` opens a sentence of the source (its first word's capital says
    nothing, as the quote's first word's does not); ``quote_initial``: ``q`` opens a sentence
    inside the quote ("… at once. You've seen it": no name); ``after``: the normalised word
    right after ``q`` and after ``s`` in their texts, where there is one (the "to" of "has to":
    :func:`_modal_classes`).

    The future is a tense, not a modality: two sides whose modal words differ only in future
    markers ("will" dropped, "are going to" for "will") differ in tense at most, never in
    commitment or possibility; "will" against "might", "must" or "has to" is a modality
    change.  A person change is a pronoun of another person against a pronoun, or against
    words, in one position (:func:`_persons_aligned`): a stretch the aligner paired whose
    other words are other words ("waving and they are booing" against "having fun. I'm
    laughing") is a change of wording."""
    qn = [t.norm for t in q]
    sn = [t.norm for t in s]
    neg_q = sum(1 for w in qn if w in lang.negations)
    neg_s = sum(1 for w in sn if w in lang.negations)
    if neg_q != neg_s:
        return EditKind.NEGATION
    num_q = [w for w in qn if _DIGIT.search(w)]
    num_s = [w for w in sn if _DIGIT.search(w)]
    if num_q != num_s and not misspelt_number(q, s, lang):
        return EditKind.NUMBER
    # A sign written as a word right before digits ("minus 4") is part of the number: dropped
    # or added, the number's value changes.
    if _signs(qn, after[0], lang) != _signs(sn, after[1], lang):
        return EditKind.NUMBER
    # A two-word modal ("has to") is read where it stands against the other side's words
    # ("has to" / "going to"); a phrase dropped or added that holds one ("I have to say, it is
    # odd, but") is a change of wording, as for a tense or a person below.
    # A month name that is also a modal ("May") written with a capital inside a sentence is the
    # month ("reopen in May" → "in June" changes a name, as "March" → "April" does).
    qm = [
        ""
        if _month_homonym(t, i + quote_start_index == 0 or (i == 0 and quote_initial), lang)
        else w
        for i, (t, w) in enumerate(zip(q, qn, strict=True))
    ]
    sm = [
        "" if _month_homonym(t, i == 0 and source_initial, lang) else w
        for i, (t, w) in enumerate(zip(s, sn, strict=True))
    ]
    mod_q = _modal_classes(qm, after[0], lang, pairs=bool(q and s))
    mod_s = _modal_classes(sm, after[1], lang, pairs=bool(q and s))
    future_only = mod_q != mod_s and _past_future(mod_q) == _past_future(mod_s)
    if mod_q != mod_s and not future_only:
        return EditKind.MODALITY
    per_q = _persons(qn, lang)
    per_s = _persons(sn, lang)
    aligned = not (q and s) or _persons_aligned(qn, sn, lang)
    if per_q and per_s and per_q != per_s and aligned:
        return EditKind.PERSON
    # One side speaks in the first person and the other not: a pronoun swapped for other
    # words ("we" → "the people"), or pronouns added or dropped with function words alone
    # ("want us to" → "want to", "the council and I" → "the council", "all of us").  A phrase
    # added or dropped that holds a word of its own ("I have to say, it's funny, but") is a
    # change of wording, as for tense below.
    if (
        ("1" in per_q) != ("1" in per_s)
        and (per_q or per_s)
        and (
            (q and s and aligned)
            or (
                not (q and s) and _only_markers_differ(qn, sn, lang.pronouns, _person_fillers(lang))
            )
        )
    ):
        return EditKind.PERSON
    names_q = [
        t.norm
        for i, t in enumerate(q)
        if _is_name(t, i + quote_start_index == 0 or (i == 0 and quote_initial), lang)
    ]
    names_s = [t.norm for i, t in enumerate(s) if _is_name(t, i == 0 and source_initial, lang)]
    if (names_q or names_s) and names_q != names_s and q and s and not _same_stem(names_q, names_s):
        return EditKind.ENTITY
    tense_q = _tenses(qn, after[0], lang)
    tense_s = _tenses(sn, after[1], lang)
    # A tense change swaps one tense marker for another ("is" → "was"), or adds or drops
    # markers and nothing else ("have signed" → "signed").  A phrase added or dropped that
    # happens to hold an auxiliary ("did this by"), or an auxiliary aligned against other
    # words ("are coming" for "people on"), is a change of wording, not of tense.
    if future_only:
        return EditKind.TENSE
    if tense_q != tense_s and (
        (tense_q and tense_s and aligned) or _only_markers_differ(qn, sn, lang.tense_markers)
    ):
        return EditKind.TENSE
    return _plain(q, s)


FUTURE = "future"
"""The modal class (``modals.txt``) of the markers of the future tense ("will", "going"):
a tense, which no modality edit reads (:func:`classify`)."""


PRESENT = "present"
"""The tense (``tense_markers.txt``) of "am", "is", "are": before a future marker
("are going to") the future's own auxiliary (:func:`_tenses`)."""


def _modal_classes(
    words: Sequence[str], after: str | None, lang: LanguageData, *, pairs: bool = True
) -> list[str]:
    """The modal classes of ``words`` in order: a two-word entry of ``modals`` ("has to",
    "have to") read whole, its second word being the next of ``words`` or ``after`` (the word
    after them in their text), else a one-word entry, or the modal word of a negated modal
    written as one word (``written_apart``: "cannot" is "can not", the ability of "can");
    ``pairs`` false: one-word entries only."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else after
        cls = lang.modals.get(f"{w} {nxt}") if pairs and nxt is not None else None
        cls = cls or lang.modals.get(w)
        if cls:
            out.append(cls)
        elif w in lang.written_apart:
            out.extend(lang.modals[p] for p in lang.written_apart[w].split() if p in lang.modals)
    return out


def _tenses(words: Sequence[str], after: str | None, lang: LanguageData) -> list[str]:
    """The tenses of ``words`` in order (``tense_markers``): a marker of the future
    (:data:`FUTURE` in ``modals``: "will", "going") is the future, and a present form of "be"
    before "going" ("are going to") is part of it, no present of its own; a past one ("was
    going to") stays: a future seen from the past is another tense."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else after
        tense = lang.tense_markers.get(w)
        if lang.modals.get(w) == FUTURE:
            out.append(FUTURE)
        elif tense and not (
            tense == PRESENT and nxt is not None and lang.modals.get(nxt) == FUTURE
        ):
            out.append(tense)
    return out


def _past_future(classes: Sequence[str]) -> list[str]:
    """``classes`` without the future (:data:`FUTURE`)."""
    return [c for c in classes if c != FUTURE]


def _persons_aligned(q: Sequence[str], s: Sequence[str], lang: LanguageData) -> bool:
    """Whether the pronouns of two replaced stretches stand in one position: the stretches'
    words other than pronouns and auxiliaries (which agree with the pronoun: "I am" / "we
    are") are the same words (:func:`same_word`: "he likes" / "I like"), or one side has none
    (a pronoun for other words: "the islanders" / "we").  Two stretches the aligner paired
    whose other words differ ("to me" / "and booing", "than we are" / "that were plan") are
    other wording: a pronoun in one is no pronoun changed in the other — unless, short, they
    hold a pronoun at the same place (:func:`_pronoun_in_place`: "she ordered" / "I
    approved")."""
    skip = _union(_person_fillers_strict(lang), lang.auxiliaries)
    rest_q = [w for w in q if w not in skip]
    rest_s = [w for w in s if w not in skip]
    if not rest_q or not rest_s:
        return True
    if len(rest_q) == len(rest_s) and all(
        same_word(x, y, lang) for x, y in zip(rest_q, rest_s, strict=True)
    ):
        return True
    return _pronoun_in_place(q, s, lang)


PERSON_STRETCH_WORDS = 3
"""Words at most on each side of a replaced stretch in which a pronoun is read by its place
(:func:`_pronoun_in_place`): "she ordered" / "I approved"."""


def _pronoun_in_place(q: Sequence[str], s: Sequence[str], lang: LanguageData) -> bool:
    """Whether two short stretches (at most :data:`PERSON_STRETCH_WORDS` words each) hold a
    pronoun at the same place, the words before it being the same words: the subject of
    the same clause even when its verb was also replaced ("she ordered" / "I approved",
    "they cut" / "we slashed").  Pronouns after other words ("of mine" / "to me") stand
    in other phrases: other wording."""
    if len(q) > PERSON_STRETCH_WORDS or len(s) > PERSON_STRETCH_WORDS:
        return False
    for k, (x, y) in enumerate(zip(q, s, strict=False)):
        if x in lang.pronouns and y in lang.pronouns:
            return all(same_word(a, b, lang) for a, b in zip(q[:k], s[:k], strict=True))
    return False


def _person_fillers_strict(lang: LanguageData) -> frozenset[str]:
    """The words of a person: pronouns, possessive pronouns, first- and third-person words
    and :attr:`LanguageData.pronoun_companions` ("all" of "all of us", "own" of "my own")."""
    return _union(
        frozenset(lang.pronouns),
        frozenset(lang.possessive_pronouns),
        lang.first_person,
        lang.third_person,
        lang.pronoun_companions,
    )


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


def _only_markers_differ(
    q: Sequence[str],
    s: Sequence[str],
    markers: Mapping[str, str],
    fillers: frozenset[str] = frozenset(),
) -> bool:
    """Whether every word that is neither a marker nor one of ``fillers`` on one side also
    stands on the other."""
    rest_q = {w for w in q if w not in markers and w not in fillers}
    rest_s = {w for w in s if w not in markers and w not in fillers}
    return rest_q == rest_s


def _person_fillers(lang: LanguageData) -> frozenset[str]:
    """Words that, added or dropped with a pronoun, make no phrase of their own: function
    words (stopwords, conjunctions, determiners), first- and third-person words ("myself")
    and :attr:`LanguageData.pronoun_companions` ("all" of "all of us", "own" of "my own").
    Their union is made once per language (:func:`_union`)."""
    return _union(
        lang.stopwords,
        lang.conjunctions,
        lang.determiners,
        lang.first_person,
        lang.third_person,
        lang.pronoun_companions,
    )


@cache
def _union(*words: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*words)


def misspelt_number(q: Sequence[Token], s: Sequence[Token], lang: LanguageData) -> bool:
    """Whether one word against one word is a number word and that word misspelt ("forty" for
    the source's "fourty"): the word that reads as no number is a known misspelling of the
    number word on the other side (:attr:`~LanguageData.misspelt_numerals`), so no number
    changed (a spelling, not QC111).  Any other word, however close ("your" / "four", "there" /
    "three"), is a real word: the number was changed."""
    if len(q) != 1 or len(s) != 1:
        return False
    a, b = q[0].surface.lower(), s[0].surface.lower()
    return lang.misspelt_numerals.get(a) == b or lang.misspelt_numerals.get(b) == a


STEM_CHARS = 4
"""Two forms of a name share at least this many first letters …"""

SUFFIX_CHARS = 3
"""… and differ only in an ending of at most this many letters (Korea/Korean, Ukraine/Ukrainian)."""


def _same_stem(a: Sequence[str], b: Sequence[str]) -> bool:
    """Ukraine/Ukrainian, Korea/Korean: another form of the same name, not another name."""
    if len(a) != len(b) or not a:
        return False

    return all(same_stem(x, y) for x, y in zip(a, b, strict=True))


def same_stem(x: str, y: str) -> bool:
    """Whether two words are one stem with other endings ("country" / "countries", "Korea" /
    "Korean"): the same first :data:`STEM_CHARS` letters, one the other but for an ending of at
    most :data:`SUFFIX_CHARS` letters."""

    def stem(w: str) -> str:
        return w[: max(STEM_CHARS, len(w) - SUFFIX_CHARS)]

    return (
        len(x) >= STEM_CHARS
        and len(y) >= STEM_CHARS
        and x[:STEM_CHARS] == y[:STEM_CHARS]
        and (x.startswith(stem(y)) or y.startswith(stem(x)))
    )


def same_word(x: str, y: str, lang: LanguageData) -> bool:
    """Whether two normalised words are one word, as written or in another inflection
    ("family" / "families", "make" / "making"): both come down to one bare form by the
    language's :attr:`~LanguageData.inflection_endings` (:func:`_bare_forms`).

    Stricter than :func:`same_stem` (which reads forms of a name, "Korea" / "Korean") because
    it decides whether a passage holds the words a quote says, the ground of a misattribution
    (:attr:`~quotecheck.score.evidence.Evidence.unsaid`): an ending that is no inflection
    changes the word ("police" / "policy" share "polic" and differ by one letter each), and a
    number is compared as written ("1500" / "15000" share their first four characters).  So a
    word that carries meaning by itself (:func:`meaning_word`: a number, a negation, a modal;
    "not" is no "noted") is the same only as written, and a word the data cannot bring down
    to another is another word: doubt, never an accusation, on a guess.  One word must be a
    bare form of the other: two words that merely come down to a common form by different
    endings are two words ("wines" and "wins" both reach "win", "hated" and "hats" "hat")."""
    if x == y:
        return True
    if meaning_word(x, lang) or meaning_word(y, lang):
        return False
    return y in _bare_forms(x, lang) or x in _bare_forms(y, lang)


def _bare_forms(w: str, lang: LanguageData) -> set[str]:
    """``w`` and every bare form of :data:`BARE_CHARS` letters or more it comes down to by one
    inflection ending (:meth:`LanguageData.bare_forms`)."""
    return {f for f in lang.bare_forms(w) if f == w or len(f) >= BARE_CHARS}


BARE_CHARS = 3
"""A bare form has at least this many letters ("fee" of "fees", "make" of "making"): a shorter
one would fold function words ("as" / "a", "is" / "i")."""


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
    own: Callable[[int], bool] | None = None,
    lead: Sequence[Token] = (),
    spoken: bool = False,
    shows_speech: bool = False,
) -> list[Edit]:
    """Edits for one aligned piece (``s_tokens`` is the aligned source span).

    ``own(offset)``: whether a source offset stands in the quoted speaker's own words (not in
    another speaker's turn, not in a speaker label); without it every source word counts as
    theirs.  ``lead``: the source words right before the span (a speaker's broken-off first
    attempt may stand there: :func:`_restart`).  ``spoken``: the source may write down speech
    (it does not declare itself written: :func:`quotecheck.inputs.sources.written_source`),
    so it may have lost a word the speaker said (:func:`garbled_at`) or corrected a number
    (:func:`quotecheck.score.restarts.corrected_number`); ``shows_speech``: it shows itself a
    record of speech (:func:`quotecheck.inputs.sources.speech_source`), so a spaced dash
    between two figures is a break too, not a range.  Differences of
    transcription conventions that carry no meaning (*Transcription conventions* in
    ``docs/verdicts.md``) are edits with ``convention`` set, or cosmetic edits: shown, never
    counted as changes."""
    edits: list[Edit] = []
    numbers = _Numbers(quote_text, source_text, q_tokens, s_tokens, lang)
    for group in _groups(opcodes):
        tag, i1, i2, j1, j2 = group[0][0], group[0][1], group[-1][2], group[0][3], group[-1][4]
        qs, ss = list(q_tokens[i1:i2]), list(s_tokens[j1:j2])
        if tag == "equal":
            for k, (qt, st) in enumerate(zip(qs, ss, strict=True)):
                kind = _cosmetic(qt, st, is_first=first_piece and qt.start == q_tokens[0].start)
                nxt = q_tokens[i1 + k + 1 : i1 + k + 3]
                misread = _misread(qt, st, nxt, lang) if kind is EditKind.CONTRACTION else None
                if misread is not None:
                    edits.append(
                        _make(quote_text, source_text, [qt], [st], EditKind.TENSE, misread)
                    )
                    continue
                last = edits[-1] if edits else None
                if (
                    kind in (EditKind.ALIAS, EditKind.SPELLING)
                    and last is not None
                    and last.kind is kind
                    and (last.quote_start, last.quote_end) == (qt.start, qt.end)
                    and last.source_start is not None
                    and last.source_end is not None
                    and st.start >= last.source_end
                ):
                    # one quote stretch for several source words ("NHS" for "National Health
                    # Service", match.initials; "May 3" for "the 3rd of May", match.dates):
                    # one edit
                    edits[-1] = last.model_copy(
                        update={
                            "source": source_text[last.source_start : st.end],
                            "source_end": st.end,
                        }
                    )
                    continue
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
                            meaning_changing=kind is EditKind.ENTITY,
                        )
                    )
            continue
        # A run of changed words that is the same words written another way: one edit.
        same = _otherwise_edit(
            (quote_text, source_text), (q_tokens, s_tokens), (i1, i2, j1, j2), lang, numbers
        )
        if same is not None:
            edits.append(same)
            continue
        beside = _convention_beside(
            (quote_text, source_text), (q_tokens, s_tokens), (i1, i2, j1, j2), lang, numbers
        )
        if beside is not None:
            # A convention next to a word added or dropped ("going to" for "like, gonna"):
            # two edits, so the word is typed on its own and the convention's words lend it
            # no kind (red team 20 F2: the merged edit was a tense change).
            rest, convention = beside
            word = _typed(
                quote_text,
                source_text,
                q_tokens,
                s_tokens,
                rest,
                lang,
                first_piece=first_piece,
                own=own,
                numbers=numbers,
                lead=lead,
                spoken=spoken,
            )
            leading = rest[0] == i1 and rest[2] == j1
            edits.extend([word, convention] if leading else [convention, word])
            continue
        cut = _cut_before(source_text, q_tokens, s_tokens, (i1, i2, j1, j2), lead)
        if cut is not None:
            # The quote's first words stand a few words before the passage, in its sentence:
            # the words between were cut ("never … not once" for "never raise the tax, not
            # once"), not changed into the quote's.
            dropped = [*cut, *ss]
            kind = classify([], dropped, lang)
            edits.append(_make(quote_text, source_text, [], dropped, kind, None))
            continue
        if _unsaid_edge(source_text, q_tokens, s_tokens, (i1, i2, j1, j2), lang):
            # The quote's words at the passage's edge have nothing in common with the source
            # words the passage was padded with there: words not in the source, added.
            at = (i1, i2, j1, j1) if i1 == 0 else (i1, i2, j2, j2)
            edits.append(
                _typed(
                    quote_text,
                    source_text,
                    q_tokens,
                    s_tokens,
                    at,
                    lang,
                    first_piece=first_piece,
                    own=own,
                    numbers=numbers,
                    lead=lead,
                    spoken=spoken,
                    shows_speech=shows_speech,
                )
            )
            continue
        typed = [
            _typed(
                quote_text,
                source_text,
                q_tokens,
                s_tokens,
                (k1, k2, l1, l2),
                lang,
                first_piece=first_piece,
                own=own,
                numbers=numbers,
                lead=lead,
                spoken=spoken,
                shows_speech=shows_speech,
            )
            for _, k1, k2, l1, l2 in group
        ]
        if len(group) > 1 and _same_meaning_words(qs, ss, lang):
            # The opcodes cut one changed stretch in several places ("are going to" against
            # "will": "are" for "will", then "going to" dropped); what the stretch says is
            # compared as a whole, and the same future, negations and numbers on both sides are
            # no change of meaning in any of its parts; nor, where the stretch holds the same
            # tenses, a tense (the future read from "are" for "will" alone).
            after = (
                q_tokens[i2].norm if i2 < len(q_tokens) else None,
                s_tokens[j2].norm if j2 < len(s_tokens) else None,
            )
            same_tense = _tenses([t.norm for t in qs], after[0], lang) == _tenses(
                [t.norm for t in ss], after[1], lang
            )
            typed = [_as_wording(e, tense=same_tense) for e in typed]
        edits.extend(typed)
    return _reorderings(_one_apostrophe(edits))


CUT_REACH = 4
"""The most source words a quote may have cut right after its first words without an ellipsis
for :func:`_cut_before` to read them as cut."""


_CUT_BREAK = re.compile(BREAK_MARK)
"""A dash or an ellipsis between a quote's first words and its passage: the speaker broke off
there (:data:`quotecheck.score.restarts.BREAK_MARK`), so :func:`_cut_before` does not read the
words between as cut."""


def _cut_before(
    source_text: str,
    q_tokens: Sequence[Token],
    s_tokens: Sequence[Token],
    at: tuple[int, int, int, int],
    lead: Sequence[Token],
) -> list[Token] | None:
    """The source words a quote cut after its first words, when the changed stretch ``at``
    opens both the piece and its passage and the quote's words there stand, word for word, in
    the source right before the passage, at most :data:`CUT_REACH` words before it and in the
    same sentence: the source words between them and the passage (which the edit shows with
    the passage's own changed words as dropped); None otherwise."""
    i1, i2, j1, j2 = at
    if i1 != 0 or j1 != 0 or i2 == 0 or j2 == 0 or i2 == len(q_tokens):
        return None
    want = [t.norm for t in q_tokens[i1:i2]]
    n = len(want)
    for k in range(len(lead) - n, max(-1, len(lead) - n - CUT_REACH - 1), -1):
        if k < 0:
            break
        if [t.norm for t in lead[k : k + n]] != want:
            continue
        between = source_text[lead[k + n - 1].end : s_tokens[0].start]
        if any(c in between for c in ".!?;\n") or _CUT_BREAK.search(between):
            # another sentence, or a speaker who broke off and began again ("Lee wants to
            # -- she wants to"): a restart (:func:`_restart`), not words cut
            return None
        return list(lead[k + n :])
    return None


EDGE_PHRASE_WORDS = 3
"""From this many words on each side, a stretch changed at the very edge of a passage that
shares no word with it is words not in the source (:func:`_unsaid_edge`), not a change of
what the source says there."""


def _unsaid_edge(
    source_text: str,
    q_tokens: Sequence[Token],
    s_tokens: Sequence[Token],
    at: tuple[int, int, int, int],
    lang: LanguageData,
) -> bool:
    """Whether the changed stretch ``at`` opens or closes both the quote piece and its passage,
    holds :data:`EDGE_PHRASE_WORDS` words or more on each side, and shares no word (nor a
    word's stem) with the source side: the passage was padded to the quote's length with
    source words the quote never took up ("He will raise it on the first day" against "tax
    by ten cents on the first day"), so the quote's words are added, not a changed number of
    the source's: the source side holds a number and the quote side none (a number changed
    needs a number on both sides, or one added or dropped alone).  At the closing edge the
    source side must run past the end of the sentence the matched words come from (a source
    word in it opens a sentence): source words that are that sentence's own end are what the
    quote put its words for ("by hardly anything at all" for "by 10 cents per litre"), a
    substitution whose dropped number stays in the evidence."""
    i1, i2, j1, j2 = at
    opening = i1 == 0 and j1 == 0
    edge = opening or (i2 == len(q_tokens) and j2 == len(s_tokens))
    if not edge or min(i2 - i1, j2 - j1) < EDGE_PHRASE_WORDS:
        return False
    if opening and i2 == len(q_tokens) and j2 == len(s_tokens):
        return False  # the whole piece: nothing else was found
    if not opening and not any(
        opens_sentence_in(lang, source_text, t.start) for t in s_tokens[max(j1, 1) : j2]
    ):
        return False  # the matched sentence's own end, not padding beyond it
    qn = [t.norm for t in q_tokens[i1:i2]]
    sn = [t.norm for t in s_tokens[j1:j2]]
    if any(_DIGIT.search(w) for w in qn) or not any(_DIGIT.search(w) for w in sn):
        # only where the padding would make the quote change a number it never says; other
        # kinds (a negation the quote drops at the edge) stay compared with the source's words
        return False
    return not any(same_word(x, y, lang) for x in qn for y in sn)


def _bare(word: str) -> str:
    return "".join(c for c in word.lower() if c not in APOSTROPHES)


def _one_apostrophe(edits: list[Edit]) -> list[Edit]:
    """``edits`` without the second edit of a contraction that differs from the other side's
    word by its apostrophe alone ("It's" for the source's "Its", "wont" for "won't"): the
    contraction reads as two words, one aligned against the other side's word and one left
    over, but it is one written word, one difference (the substitution), not also an added
    "is" (a tense) or "not"."""
    quoted: set[tuple[int | None, int | None]] = set()
    sourced: set[tuple[int | None, int | None]] = set()
    for e in edits:
        if e.quote and e.source and e.quote != e.source and _bare(e.quote) == _bare(e.source):
            quoted.add((e.quote_start, e.quote_end))
            sourced.add((e.source_start, e.source_end))
    if not quoted:
        return edits
    return [
        e
        for e in edits
        if not (e.quote and not e.source and (e.quote_start, e.quote_end) in quoted)
        and not (e.source and not e.quote and (e.source_start, e.source_end) in sourced)
    ]


MISREAD_NOTE = "“{}” before “{}” can only be “{}”: “{}” is another tense"


def _misread(a: Token, b: Token, after: Sequence[Token], lang: LanguageData) -> str | None:
    """Why two equal words are another tense, or None: one is a contracted form of
    ``ambiguous_contractions`` the normaliser read as one of its words ("it's" as "it is"),
    the other writes that reading out, and the participle after it (``after``: the next two
    words; :func:`_participle_after`) allows only the perfect reading: a participle of
    ``perfect_participles`` ("it's been" is "it has been", so "it is been" says something
    else), or any participle not written as the bare verb after a modal reading ("she'd
    seen" is "she had seen", never "she would seen").  Before other participles ("it's
    closed") either reading may stand."""
    nxt, beyond = (*after, None, None)[:2]
    participle = _participle_after(nxt, beyond, lang)
    if nxt is None or participle is None:
        return None
    for x, y in ((a, b), (b, a)):
        surface = _fold(x.surface)
        for form, words in lang.ambiguous_contractions.items():
            readings = words.split()
            if not surface.endswith(form) or x.norm not in readings or "'" in _fold(y.surface):
                continue
            allowed = _participle_readings(form, participle, lang)
            if allowed and x.norm not in allowed:
                perfect = [w for w in readings if w in allowed]
                return MISREAD_NOTE.format(form, nxt.surface, perfect[0], y.surface)
    return None


def _same_meaning_words(qs: Sequence[Token], ss: Sequence[Token], lang: LanguageData) -> bool:
    """Whether two stretches hold the same negations, numbers, modal classes and persons."""
    qn = [t.norm for t in qs]
    sn = [t.norm for t in ss]
    return (
        sum(w in lang.negations for w in qn) == sum(w in lang.negations for w in sn)
        and [w for w in qn if _DIGIT.search(w)] == [w for w in sn if _DIGIT.search(w)]
        and [lang.modals[w] for w in qn if w in lang.modals]
        == [lang.modals[w] for w in sn if w in lang.modals]
        and _persons(qn, lang) == _persons(sn, lang)
    )


def _persons(words: Sequence[str], lang: LanguageData) -> set[str]:
    """The grammatical persons (1, 2, 3) of the personal and possessive pronouns in ``words``
    (``pronouns``, ``possessive_pronouns``: "ours" is the first person)."""
    out = set()
    for w in words:
        code = lang.pronouns.get(w) or lang.possessive_pronouns.get(w)
        if code:
            out.add(code[0])
    return out


_STRETCH_KINDS = frozenset({EditKind.NEGATION, EditKind.NUMBER, EditKind.MODALITY, EditKind.PERSON})
"""Meaning kinds a stretch compared as a whole can clear (a name is still read opcode by
opcode, and a tense only where the stretch's tenses are the same: :func:`_as_wording`)."""


def _as_wording(edit: Edit, *, tense: bool = False) -> Edit:
    """``edit`` as a plain change of wording, when its meaning kind is one the stretch it is
    part of shows unchanged (``tense``: the stretch holds the same tenses on both sides)."""
    if edit.kind not in _STRETCH_KINDS and not (tense and edit.kind is EditKind.TENSE):
        return edit
    return edit.model_copy(
        update={"kind": _plain(edit.quote, edit.source), "meaning_changing": False, "note": None}
    )


def _groups(
    opcodes: Sequence[tuple[str, int, int, int, int]],
) -> list[list[tuple[str, int, int, int, int]]]:
    """The opcodes with each run of consecutive non-equal ones gathered in one group (an
    equal opcode is a group of its own): "healthcare" against "health care" is a deletion
    and a replacement next to each other, one difference."""
    out: list[list[tuple[str, int, int, int, int]]] = []
    for op in opcodes:
        if op[0] != "equal" and out and out[-1][0][0] != "equal":
            out[-1].append(op)
        else:
            out.append([op])
    return out


def _make(
    quote_text: str,
    source_text: str,
    qs: Sequence[Token],
    ss: Sequence[Token],
    kind: EditKind,
    note: str | None,
    *,
    gap: bool = False,
    convention: bool = False,
    heard: bool = False,
    reach: tuple[tuple[int, int] | None, tuple[int, int] | None] | None = None,
) -> Edit:
    """One edit of quote tokens ``qs`` against source tokens ``ss``; ``reach``: the bounds
    of both sides when they are wider than the tokens (a number read whole past the compared
    piece's edge, :meth:`_Numbers.reach`)."""
    qa, qb = reach[0] if reach and reach[0] else _bounds(qs)
    sa, sb = reach[1] if reach and reach[1] else _bounds(ss)
    return Edit(
        kind=kind,
        quote=quote_text[qa:qb] if qa is not None else "",
        source=source_text[sa:sb] if sa is not None else "",
        quote_start=qa,
        quote_end=qb,
        source_start=sa,
        source_end=sb,
        meaning_changing=kind in MEANING_CHANGING_EDITS,
        note=note or _NOTES.get(kind),
        gap=gap,
        convention=convention,
        heard=heard,
    )


def _typed(
    quote_text: str,
    source_text: str,
    q_tokens: Sequence[Token],
    s_tokens: Sequence[Token],
    at: tuple[int, int, int, int],
    lang: LanguageData,
    *,
    first_piece: bool,
    own: Callable[[int], bool] | None,
    numbers: _Numbers,
    lead: Sequence[Token] = (),
    spoken: bool = False,
    shows_speech: bool = False,
) -> Edit:
    """The edit of one non-equal opcode (quote tokens ``i1:i2``, source tokens ``j1:j2``)."""
    i1, i2, j1, j2 = at
    qs, ss = list(q_tokens[i1:i2]), list(s_tokens[j1:j2])
    if _restart(source_text, q_tokens, s_tokens, at, lead, lang, own) or (
        not qs and _restart_said(source_text, s_tokens, j1, j2, lang, own)
    ):
        # The speaker broke off and began again with a pronoun for the words of the first
        # attempt ("Lee wants to -- she wants to sail"); the quote gives the first attempt.
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), RESTART_NOTE, convention=True)
    if (
        not qs
        and spoken
        and corrected_number(source_text, s_tokens, j1, j2, lang, typeset=not shows_speech)
        and (own is None or all(own(t.start) for t in ss))
    ):
        # "We'll hire ten, uh, twelve officers" quoted with "twelve": the speaker corrected
        # the number, and the quote gives the one they settled on.
        shown = " ".join(_span_text(source_text, ss[:1]).split())
        note = CORRECTED_NOTE.format(shown, s_tokens[j2].surface)
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), note, convention=True)
    if (
        not qs
        and spoken
        and not shows_speech
        and corrected_number(source_text, s_tokens, j1, j2, lang)
        and (own is None or all(own(t.start) for t in ss))
    ):
        # A source of unknown kind: "10 – 12" is a range if it is typeset prose, a corrected
        # number if it writes down speech — the quote's "12" cannot be judged either way
        # (review 21-3, F7).
        shown = " ".join(_span_text(source_text, ss[:1]).split())
        note = RANGE_OR_CORRECTED_NOTE.format(shown, s_tokens[j2].surface)
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), note, gap=True)
    if (
        at_gap(source_text, s_tokens, j1, j2, lang)
        and _only_unheard_differs(qs, ss, source_text, lang)
        and (qs or not _heard_own(ss, source_text, lang, own))
    ):
        # The transcript could not hear the speaker here: nothing to compare with (but a
        # word it did hear, such as a "not" next to the gap, is still compared, and the
        # speaker's heard words left out beside it are still left out).
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), GAP_NOTE, gap=True)
    # Words only the quote has at a clip's edge, or words for a clip's note itself ("need
    # it" for "END VIDEO").
    marks = {_clip_mark(source_text, t, lang) for t in ss}
    clip = None
    if qs and not ss:
        clip = clip_edge(source_text, s_tokens, j1, lang)
    elif qs and len(marks) == 1 and None not in marks:
        clip = CLIP_NOTE.format(marks.pop())
    if clip is not None:
        # A replayed clip cut mid-sentence ("(BEGIN VIDEO CLIP) Lee: Running the ferry …"):
        # what the quote has before its first word (or after its last) is not in the record.
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), clip, gap=True)
    if spoken and garbled_at(source_text, s_tokens, (j1, j2), qs, lang):
        # The transcript lost a word of the verb group ("we going to do"): what the speaker
        # said there cannot be read from it, so the quote's verb group there is not checked.
        shown = _span_text(source_text, s_tokens[j1 - 1 : max(j2, j1 + 1)])
        note = GARBLED_NOTE.format(" ".join(shown.split()))
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), note, gap=True)
    if _other_turn(source_text, s_tokens, (j1, j2), qs, own, lang):
        # Another speaker's backchannel between two of the speaker's own ("HOST: Right."):
        # not the speaker's words, so none the quote left out.
        shown = " ".join(_span_text(source_text, ss).split())
        note = OTHER_TURN_NOTE.format(shown)
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), note, convention=True)
    if (not ss and repeated(quote_text, q_tokens, i1, i2, lang)) or (
        not qs and repeated(source_text, s_tokens, j1, j2, lang)
    ):
        # A phrase said twice in a row and written once (or the other way round): a
        # disfluency two transcribers render differently; the words themselves stand.
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), REPEAT_NOTE, convention=True)
    if (
        not qs
        and spoken
        and (own is None or all(own(t.start) for t in ss))
        and (start := false_start_left(source_text, s_tokens, j1, j2, lang)) is not None
    ):
        # "We will -- we are going to fix it" quoted "We are going to fix it": the speaker
        # broke off a start and began again; the quote gives what they went on to say.
        return _make(
            quote_text,
            source_text,
            qs,
            ss,
            _plain(qs, ss),
            FALSE_START_NOTE.format(start),
            convention=True,
        )
    if (not ss and _ordinal_suffix(quote_text, q_tokens, (i1, i2), s_tokens[:j1], lang)) or (
        not qs and _ordinal_suffix(source_text, s_tokens, (j1, j2), q_tokens[:i1], lang)
    ):
        # "1st" for "first": the letters written onto the digits, the other side holding the
        # ordinal word of the same value ("3rd" for "3" or for "times" is a change).
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), NUMBER_NOTE, convention=True)
    if not qs or not ss:
        text, toks = (source_text, ss) if ss else (quote_text, qs)
        # Where the words only one side has end, does the other side open a sentence or a
        # clause ("…, and we will see" against "…. We'll see" or "…; we'll see")?
        other_text, other, pos = (quote_text, q_tokens, i1) if ss else (source_text, s_tokens, j1)
        split = pos < len(other) and opens_sentence_in(
            lang, other_text, other[pos].start, clause=True
        )
        said = _unsaid(text, toks, lang, source=bool(ss), split=split)
        if said is None:
            own_toks, a, b = (s_tokens, j1, j2) if ss else (q_tokens, i1, i2)
            said = _optional_word(text, own_toks, a, b, lang)
        if said is None:
            said = _name_article((text, own_toks, a, b), (other_text, other, pos), lang)
        if said is not None:
            return _make(quote_text, source_text, qs, ss, _plain(qs, ss), said, convention=True)
    if bool(qs) != bool(ss):
        own_toks, a, b = (s_tokens, j1, j2) if ss else (q_tokens, i1, i2)
        perfect = contracted_perfect(own_toks, a, b, lang)
        if perfect is not None:
            # "I'd never said" / "I never said": a contracted "had" before a past participle,
            # which transcribers hear or miss; in a text declared written, another tense.
            if spoken:
                note = PERFECT_NOTE.format(*perfect)
                return _make(quote_text, source_text, qs, ss, _plain(qs, ss), note, heard=True)
            note = PERFECT_WRITTEN_NOTE.format(*perfect)
            return _make(quote_text, source_text, qs, ss, EditKind.TENSE, note)
    same = _otherwise_edit(
        (quote_text, source_text), (q_tokens, s_tokens), (i1, i2, j1, j2), lang, numbers
    )
    if same is not None:
        return same
    kind = classify(
        qs,
        ss,
        lang,
        quote_start_index=i1 if first_piece else 1,
        source_initial=bool(ss) and opens_sentence_in(lang, source_text, ss[0].start),
        quote_initial=bool(qs) and opens_sentence_in(lang, quote_text, qs[0].start),
        after=(
            q_tokens[i2].norm if i2 < len(q_tokens) else None,
            s_tokens[j2].norm if j2 < len(s_tokens) else None,
        ),
    )
    if kind is EditKind.PERSON and (
        (
            not ss
            and _shared_subject((quote_text, q_tokens, i1, i2), (source_text, s_tokens, j1), lang)
        )
        or (
            not qs
            and _shared_subject((source_text, s_tokens, j1, j2), (quote_text, q_tokens, i1), lang)
        )
    ):
        # "if I win and I come back" / "if I win and come back": the pronoun one side
        # repeats is the subject the other side's sentence already has.
        kind = _plain(qs, ss)
    if kind is EditKind.NUMBER and _prop_numeral(
        qs or ss, q_tokens[:i1] if qs else s_tokens[:j1], lang
    ):
        return _make(quote_text, source_text, qs, ss, _plain(qs, ss), PROP_NOTE, convention=True)
    if spoken and kind is _plain(qs, ss) and (not qs or not ss):
        text, own_toks, a, b = (
            (source_text, s_tokens, j1, j2) if ss else (quote_text, q_tokens, i1, i2)
        )
        other_text, other, pos = (quote_text, q_tokens, i1) if ss else (source_text, s_tokens, j1)
        weak = _weak_word((text, own_toks, a, b), (other_text, other, pos), lang)
        if weak is not None:
            return _make(quote_text, source_text, qs, ss, kind, weak, heard=True)
    reach = numbers.reach(qs, ss) if kind is EditKind.NUMBER else None
    return _make(quote_text, source_text, qs, ss, kind, None, reach=reach)


PERFECT_NOTE = (
    "a contracted “{0}” (before “{2}” only “{1}”) two transcripts of one speech often differ in"
)
"""Said of a contracted perfect auxiliary added or dropped alone in a record of speech
(:func:`contracted_perfect`)."""

PERFECT_WRITTEN_NOTE = "a contracted “{0}” (before “{2}” only “{1}”): another tense"
"""Said of the same in a source declared written, where no transcriber misheard it."""


def contracted_perfect(
    toks: Sequence[Token], a: int, b: int, lang: LanguageData
) -> tuple[str, str, str] | None:
    """Whether ``toks[a:b]``, the words only one side has, are the contracted auxiliary of a
    perfect alone — the second word of a contraction of ``ambiguous_contractions`` ("I'd",
    read "I would") that the words after it allow only as a perfect auxiliary
    (:func:`contraction_readings`: "'d" before a past participle not written as the bare verb
    is "had": "I'd never said", "we'd told"; "'s" before "been" is "has") — as its form, that
    auxiliary and the participle; or None.  A contracted "had" is a murmur two transcribers of
    one speech hear or miss (the labelling protocol's own example of a variant: "I never said"
    / "I'd never said").  Where it may be "would" ("I'd go", "we'd put") it is a modal word
    and compared; "had" written out ("I had never said") is a tense and compared."""
    if b - a != 1:
        return None
    tok = toks[a]
    surface = _fold(tok.surface)
    for form, words in lang.ambiguous_contractions.items():
        readings = words.split()
        host = surface[: -len(form)]
        if not surface.endswith(form) or not host or tok.norm not in readings:
            continue
        perfect = frozenset(w for w in readings if "perfect" in lang.tense_markers.get(w, ""))
        after = toks[b] if b < len(toks) else None
        beyond = toks[b + 1] if b + 1 < len(toks) else None
        allowed = contraction_readings(form, host, after, lang, beyond=beyond)
        participle = _participle_after(after, beyond, lang)
        if allowed and allowed <= perfect and participle is not None:
            return form, min(allowed), participle
    return None


FALSE_START_NOTE = "a false start the speaker broke off and began again (“{}”), left out"
"""Said of a speaker's abandoned start that a quote leaves out (:func:`false_start_left`)."""


def false_start_left(
    text: str, toks: Sequence[Token], a: int, b: int, lang: LanguageData
) -> str | None:
    """The words of a speaker's false start (:func:`quotecheck.score.restarts.restart_after`:
    a short start broken off by a dash, an ellipsis, a filler or a marker, and begun again with
    its first word, or a pronoun for its noun) when ``toks[a:b]``, words only the source has,
    are that start and its break, word for word, so that the quote goes on with the new start
    ("We will -- we are going to fix it" quoted "We are going to fix it"; the aligner may have
    kept the start's first words and dropped the new start's same words instead: "will --
    we", the same words written alike), and the start was broken off inside its verb group
    (:func:`_in_verb_group`) without saying a clause (:func:`_clause_said`: "I lied --" said
    something); None otherwise.  A quote that keeps the start and drops the new
    one ("We won't fix it" for "We won't -- we will fix it") leaves out what the speaker
    settled on: a change.  A start said again word for word after its break
    (:func:`_said_again`) is one too, however far it went: the quote holds every word of it."""
    n = b - a
    for k in range(n + 1):
        lo, hi = a - k, b - k
        if lo < 0:
            break
        if [_fold(t.surface) for t in toks[lo:a]] != [_fold(t.surface) for t in toks[hi:b]]:
            continue  # the quote's words there are the new start's, written the same
        again = _said_again(text, toks, lo, hi, lang)
        if again is not None:
            return again
        restart = restart_after(text, toks, lo, hi, lang)
        if (
            restart is not None
            and (restart.head, restart.again) == (lo, hi)
            and _in_verb_group(toks[restart.head : restart.broken], lang)
            and not _clause_said(toks[restart.head : restart.broken], toks[hi:], lang)
        ):
            return " ".join(text[toks[lo].start : toks[restart.broken - 1].end].split())
    return None


def _said_again(text: str, toks: Sequence[Token], a: int, b: int, lang: LanguageData) -> str | None:
    """The words of a start the speaker broke off and then said again word for word, when
    ``toks[a:b]`` (words only the source has) are that start — a joining word of
    ``sentence_joiners`` before it aside ("and") — and its break: a dash or an ellipsis
    (:data:`~quotecheck.score.restarts.BREAK_MARK`) or a transcript's note of what happened
    (:func:`_stage_direction`: "(CROWD BOOING)") between it and ``toks[b:]``, which begin with
    the same words ("and if the levy passes... (CHEERING) If the levy passes in May" quoted
    "If the levy passes in May"); None otherwise.  Every word the speaker said in the start
    stands in the quote, said again: nothing is left out but the break and the joining word
    the speaker dropped when beginning again.  "But", "so" and any other word before the start
    are no joining word (a contrast or a consequence is said); a start not said again in full,
    or with no break before the new start ("up and up"), is no such start."""
    k = a + 1 if a < b and toks[a].norm in lang.sentence_joiners else a
    end = b
    while end > k and _stage_direction(text, toks[end - 1], lang) is not None:
        end -= 1
    start = toks[k:end]
    if not start or b + len(start) > len(toks):
        return None
    if [_fold(t.surface) for t in start] != [_fold(t.surface) for t in toks[b : b + len(start)]]:
        return None
    if end == b and not re.search(BREAK_MARK, text[toks[end - 1].end : toks[b].start]):
        return None  # said twice with no break between: a repetition (:func:`repeated`)
    return " ".join(text[start[0].start : start[-1].end].split())


def _in_verb_group(start: Sequence[Token], lang: LanguageData) -> bool:
    """Whether a false start's own words (``start``, fillers and markers at its break left
    out) break off inside its verb group: its subject (its first word, and the word after it
    when the first is a determiner: "the ferry"), then auxiliaries, modal words and negations
    (:attr:`LanguageData.auxiliaries`: "we will", "we won't", "I don't"; of the negations only
    :attr:`LanguageData.verb_group_negations`, not "no" or "nothing") and at most one other
    word, the verb ("we fixed", "I went", "we will fix").  A start that goes on past its verb
    ("I voted for it --", "I said no --") said a clause, and a quote that leaves it out leaves
    out what the speaker said: an omission, not a tidy-up."""
    spans = list(dict.fromkeys((t.start, t.end) for t in start))
    norms = {(t.start, t.end): t.norm for t in start}
    subject = 2 if norms[spans[0]] in lang.determiners else 1
    others = [sp for sp in spans[subject:] if not _aux_word(start, sp, lang)]
    return len(others) <= 1


def _clause_said(start: Sequence[Token], again: Sequence[Token], lang: LanguageData) -> bool:
    """Whether a false start in its verb group (:func:`_in_verb_group`; ``start``, its own
    words) is a whole clause the speaker said: its subject and a verb with no auxiliary, modal
    word or negation before it ("I lied --", "we failed --", "I resign --"), that the new start
    (``again``: the words from it on) does not say again in another form ("I drove -- I was
    driving" takes the verb up: :func:`same_verb`).  A quote that leaves such a start out
    leaves out what the speaker said ("Yes, I lied -- I told the council" is no tidied "I
    told the council"); a start broken off after an auxiliary ("we will --", "we will mend
    --") or before its verb ("the old jetty can't --") said no clause."""
    spans = list(dict.fromkeys((t.start, t.end) for t in start))
    norms = {(t.start, t.end): t.norm for t in start}
    subject = 2 if norms[spans[0]] in lang.determiners else 1
    if len(spans) != subject + 1 or _aux_word(start, spans[-1], lang):
        return False
    verb = norms[spans[-1]]
    return not any(same_verb(verb, w, lang) for w in _new_verb(again, lang))


def _new_verb(again: Sequence[Token], lang: LanguageData) -> list[str]:
    """The verb group of a new start (``again``, its words and those after), within
    :data:`~quotecheck.score.restarts.FALSE_START_WORDS` words: past its subject (one word,
    two after a determiner) its auxiliaries, modal words and negations and the first other
    word ("was going to": "going" is listed among the auxiliaries)."""
    spans = list(dict.fromkeys((t.start, t.end) for t in again))[:FALSE_START_WORDS]
    if not spans:
        return []
    norms = {(t.start, t.end): t.norm for t in again}
    k = 2 if norms[spans[0]] in lang.determiners else 1
    group = k
    while group < len(spans) and _aux_word(again, spans[group], lang):
        group += 1
    return [norms[sp] for sp in spans[k : group + 1]]


def same_verb(x: str, y: str, lang: LanguageData) -> bool:
    """Whether ``x`` and ``y`` are forms of one verb: the same word in another inflection
    (:func:`same_word`, or one stem with endings of :attr:`LanguageData.verb_endings`: "go" /
    "going", "painted" / "painting"), or forms :attr:`LanguageData.irregular_verbs` lists
    together ("drove" / "drive" / "driving")."""

    def bare(w: str) -> set[str]:
        return {w} | {forms[0] for forms in lang.irregular_verbs if w in forms}

    def stems(w: str) -> set[str]:
        return {w} | {w[: -len(e)] for e in lang.verb_endings if w.endswith(e) and w != e}

    return any(same_word(a, b, lang) or bool(stems(a) & stems(b)) for a in bare(x) for b in bare(y))


def _aux_word(start: Sequence[Token], span: tuple[int, int], lang: LanguageData) -> bool:
    """Whether every token written at ``span`` (one word, or a contraction's pieces: "won't"
    is "will" and "not") is an auxiliary, a modal word or a negation."""
    return all(
        t.norm in lang.auxiliaries
        and (t.norm not in lang.negations or t.norm in lang.verb_group_negations)
        for t in start
        if (t.start, t.end) == span
    )


WEAK_NOTE = "a word said unstressed (“{}”) two transcripts of one speech often differ in"
"""Said of a weak form added or dropped alone in a record of speech (:func:`_weak_word`)."""


def _weak_word(
    own: tuple[str, Sequence[Token], int, int],
    other: tuple[str, Sequence[Token], int],
    lang: LanguageData,
) -> str | None:
    """Why the words only one side has (``own``: its text, tokens and ``a:b``, in a record of
    speech) may be a transcriber's difference, or None: one word of ``weak_forms`` ("a",
    "the", "and": said unstressed, a murmur in running speech; "and" only before a subject
    pronoun it lists) with a word after it in its own text that is no word of
    ``article_senses`` ("a few" / "few", "the last year" / "last year" are other amounts and
    times), no number ("the one who" / "one who", "a hundred": a number word's norm is its
    digits) and no name on either side ("the Sailors" / "Sailors" may say all of them or
    some; "the president" / "President" makes a common noun a title).  An "and" joining a
    clause (a weak form with its own list of words after it) is heard either way only where
    the other side (``other``: text, tokens, the position the word would stand at) still sets
    the clause off there with a comma or a sentence break ("we tested it, and it held" / "we
    tested it, it held"): without one, two clauses run together ("if you vote for the levy
    and it passes" / "… the levy it passes" turns two conditions into a cause).  Not a
    convention: the difference is still said (:func:`heard_either_way`)."""
    text, toks, a, b = own
    other_text, other_toks, pos = other
    if b - a != 1 or b >= len(toks) or toks[a].norm not in lang.weak_forms:
        return None
    after = toks[b]
    before = lang.weak_forms[toks[a].norm]
    if before != "-" and (
        after.norm not in before.split()
        or pos >= len(other_toks)
        or not _clause_set_off(other_text, other_toks[pos].start, lang)
    ):
        return None
    senses = {after.norm, after.surface.lower()}
    if senses & lang.article_senses or after.norm in lang.number_words:
        return None
    if _DIGIT.search(after.norm) or _DIGIT.search(after.surface):
        return None
    if _is_name(after, opens_sentence_in(lang, text, after.start), lang):
        return None
    if pos < len(other_toks) and _is_name(
        other_toks[pos], opens_sentence_in(lang, other_text, other_toks[pos].start), lang
    ):
        return None
    return WEAK_NOTE.format(toks[a].surface)


_CLAUSE_MARKS = ",;:"
"""Marks that set a clause off from the one before it without a joining word."""


def _clause_set_off(text: str, at: int, lang: LanguageData) -> bool:
    """Whether the word at ``at`` opens a sentence or a clause set off by a comma, semicolon
    or colon right before it ("we tested it, it held")."""
    before = text[:at].rstrip()
    return (bool(before) and before[-1] in _CLAUSE_MARKS) or opens_sentence_in(
        lang, text, at, clause=True
    )


def _shared_subject(
    own: tuple[str, Sequence[Token], int, int],
    other: tuple[str, Sequence[Token], int],
    lang: LanguageData,
) -> bool:
    """Whether the words only one side has (``own``: its text, tokens and ``a:b``) are one
    pronoun opening a clause — after a conjunction or a comma ("and I come back", ", we lose")
    — and the other side (``other``: text, tokens and the position where the pronoun would
    stand) has that same pronoun as its sentence's main subject, the first pronoun of the
    sentence: a subject said again or left to the coordinated verb ("if I win and I come
    back" / "if I win and come back"), the same person either way.  Another pronoun there
    ("if I win and we come back"), a pronoun the other side's sentence does not have or has
    only after another ("he said I lied, and I quit" / "he said I lied, and quit": who quit
    changed), or one that opens no clause ("give me the keys" / "give the keys") is a change
    of person."""
    text, toks, a, b = own
    other_text, other_toks, pos = other
    if b - a != 1 or a == 0 or toks[a].norm not in lang.pronouns:
        return False
    before = toks[a - 1]
    if before.norm not in lang.conjunctions and "," not in text[before.end : toks[a].start]:
        return False
    first = None
    for k in range(min(pos, len(other_toks)) - 1, -1, -1):
        if other_toks[k].norm in lang.pronouns:
            first = other_toks[k].norm
        if opens_sentence_in(lang, other_text, other_toks[k].start):
            break
    return first == toks[a].norm


BACKCHANNEL_WORDS = 8
"""Source words at most, speaker labels included, of another speaker's turn between two of
the quoted speaker's own that a quote may run across (:func:`_other_turn`)."""

OTHER_TURN_NOTE = "another speaker's turn between the speaker's words (“{}”), not part of the quote"


def _other_turn(
    source_text: str,
    s_tokens: Sequence[Token],
    at: tuple[int, int],
    qs: Sequence[Token],
    own: Callable[[int], bool] | None,
    lang: LanguageData,
) -> bool:
    """Whether source words ``s_tokens[j1:j2]`` (``at``) that the quote does not have (``qs``
    empty) are, all of them, outside the quoted speaker's own turns while the words on both
    sides are in them — another speaker's backchannel and the labels around it ("HOST: Right.
    QUIST:"), at most :data:`BACKCHANNEL_WORDS` words — so that the speaker's words run on
    across it: an interviewer's "Right." is no word of the quote.  The turn's words, labels
    aside, must all be the language's ``backchannels`` and hold no question mark: a question
    between ("Right. And the mayor?") is what the answer after it answers, words left out —
    unless the speaker's sentence runs on across the turn (:func:`_runs_on`): then any short
    interjection ("Rubbish!") is no word of theirs."""
    j1, j2 = at
    if qs or own is None or not 0 < j1 < j2 < len(s_tokens) or j2 - j1 > BACKCHANNEL_WORDS:
        return False
    if not (own(s_tokens[j1 - 1].start) and own(s_tokens[j2].start)):
        return False
    if any(own(t.start) for t in s_tokens[j1:j2]):
        return False
    if _runs_on(source_text, s_tokens[j1 - 1].end, s_tokens[j1].start, s_tokens[j2].start):
        return True
    return _backchannel(source_text, s_tokens[j1].start, s_tokens[j2].start, lang)


_SENTENCE_ENDS = frozenset(".?!…;:")
"""Punctuation after which the speaker's next words may answer what was said between."""


_MARKED_REACH = 300
"""Characters read on each side of another speaker's turn for a full stop, question or
exclamation mark: a source with none there (a lower-case auto-caption without punctuation)
marks no sentence, so its words after the turn cannot show that a sentence runs on."""

_FULL_STOPS = frozenset(".?!…")


def _runs_on(text: str, own_end: int, turn_start: int, resume: int) -> bool:
    """Whether the speaker's sentence runs on across the other turn: their words before it
    (up to ``own_end``) end no sentence, and their words after it (at ``resume``) go on in
    lower case ("we will spend 3.4 million pounds" / "[LEE] Rubbish!" / "on the sea
    defences"): an interjection cut into a sentence, no question the words after answer.
    Only where the source marks sentences (:data:`_MARKED_REACH`): in an unpunctuated
    lower-case caption every turn would seem to run on, a question ("and the ferry") too."""
    around = text[max(0, own_end - _MARKED_REACH) : own_end] + text[resume : resume + _MARKED_REACH]
    if not any(c in _FULL_STOPS for c in around):
        return False
    return not any(c in _SENTENCE_ENDS for c in text[own_end:turn_start]) and (
        text[resume : resume + 1].islower()
    )


def _backchannel(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether ``text[start:end]``, its speaker labels aside, is words of the language's
    ``backchannels`` alone (a phrase of them is matched whole) and no question."""
    kept: list[str] = []
    at = text.rfind("\n", 0, start) + 1
    for m in speaker_labels(text, at, lang.code):
        if m.start() >= end:
            break
        kept.append(text[max(at, start) : max(start, m.start())])
        at = max(at, m.end())
    kept.append(text[max(at, start) : end])
    turn = " ".join(kept)
    if "?" in turn or "¿" in turn:
        return False
    # A number is words of the turn too ("okay, 5"): no backchannel.
    words = [w.casefold().replace("’", "'") for w in WORD_OR_NUMBER.findall(turn)]
    return bool(words) and phrase_list(lang.backchannels).covers(words)


def other_turn(edit: Edit) -> bool:
    """Whether ``edit`` is another speaker's short turn the quote runs across (its note)."""
    prefix = OTHER_TURN_NOTE.split("“", 1)[0]
    return edit.convention and (edit.note or "").startswith(prefix)


def _ordinal_suffix(
    text: str,
    toks: Sequence[Token],
    at: tuple[int, int],
    before: Sequence[Token],
    lang: LanguageData,
) -> bool:
    """Whether ``toks[a:b]`` (``at``), which the other text does not have, is one ordinal
    suffix (``ordinal_suffixes``: the "st" of "1st") written onto the digits right before it,
    with nothing between, and the other text's word right before that point (the last of
    ``before``) is the ordinal word of the same value (``ordinal_words``: "first" = 1)."""
    a, b = at
    if b - a != 1 or a == 0 or toks[a].norm not in lang.ordinal_suffixes or not before:
        return False
    prev = toks[a - 1]
    if not (
        prev.norm.isdigit() and prev.end == toks[a].start and text[prev.start : prev.end].isdigit()
    ):
        return False
    return lang.ordinal_words.get(before[-1].norm) == prev.norm.lstrip("0")


def _heard_own(
    ss: Sequence[Token], source_text: str, lang: LanguageData, own: Callable[[int], bool] | None
) -> bool:
    """Whether source words left out beside a gap include words the speaker was heard saying
    (outside the gap mark, in their own turn)."""
    return any(not gap_mark(source_text, t, lang) and (own is None or own(t.start)) for t in ss)


PROP_NOTE = "“one” standing for a noun after a word such as “this”: no number"

RESTART_NOTE = (
    "the speaker broke off and began again with a pronoun for the name: the quote gives the "
    "first attempt"
)

CORRECTED_NOTE = (
    "the speaker broke off “{}” and said “{}” instead: the quote gives the number they settled on"
)

RANGE_OR_CORRECTED = "may be a range or a speaker's correction"
RANGE_OR_CORRECTED_NOTE = (
    "“{}” and “{}” "
    + RANGE_OR_CORRECTED
    + " (the source does not say whether it records speech): not checked"
)
"""Said of a number left out before a spaced dash in a source of unknown kind."""

_BREAK = re.compile(rf"^\s*(?:{BREAK_MARK}|\s-)\s*$")
"""What stands between a speaker's broken-off attempt and the new start: a break
(:data:`quotecheck.score.restarts.BREAK_MARK`), or a hyphen glued to the new start, nothing
else."""


def _restart(
    source_text: str,
    q_tokens: Sequence[Token],
    s_tokens: Sequence[Token],
    at: tuple[int, int, int, int],
    lead: Sequence[Token],
    lang: LanguageData,
    own: Callable[[int], bool] | None,
) -> bool:
    """Whether quote tokens ``i1:i2`` against source tokens ``0:j2`` (the span's first words)
    are a speaker's restart read the other way: in the source, right before the span and
    parted from it by a dash or an ellipsis, the speaker said the quote's words and then the
    words that follow them in both texts, broke off, and began again with one third-person
    pronoun in their place that can stand for them (:func:`_pronoun_fits`: "Lee wants to --
    she wants to sail" quoted "Lee wants to sail"; not "Ann Lee -- he", "Tom Berg -- they",
    "the council -- she").
    The quote's words hold no pronoun, negation, modal word or number: a speaker who breaks
    off to say another name, number or modal ("Lee -- Berg will sail", "ten -- twenty boats")
    corrects themselves, and the quote that keeps the first is a change."""
    i1, i2, j1, j2 = at
    qs, ss = q_tokens[i1:i2], s_tokens[j1:j2]
    if j1 != 0 or not qs or len(ss) != 1 or not lead:
        return False
    if not lang.pronouns.get(ss[0].norm, "").startswith("3"):
        return False
    if any(_guarded(t.norm, lang) or t.norm in lang.tense_markers for t in qs):
        return False
    if not _BREAK.match(source_text[lead[-1].end : ss[0].start]):
        return False
    n = len(qs)
    for m in range(n + 1, len(lead) + 1):
        first = lead[len(lead) - m :]
        said_again = [t.norm for t in first[n:]]
        if (
            [t.norm for t in first[:n]] == [t.norm for t in qs]
            and said_again == [t.norm for t in s_tokens[j2 : j2 + m - n]]
            and said_again == [t.norm for t in q_tokens[i2 : i2 + m - n]]
            and (own is None or all(own(t.start) for t in first))
            and _pronoun_fits(ss[0].norm, source_text, lead[: len(lead) - m + n], lang)
        ):
            return True
    return False


REFERENT_WORDS = 4
"""Words read back from the end of the words a restart's pronoun stands for ("Mayor Ann
Lee", "the harbour council") to tell a person's name from a thing."""


def _pronoun_fits(pronoun: str, text: str, before: Sequence[Token], lang: LanguageData) -> bool:
    """Whether the third-person ``pronoun`` of a speaker's restart can stand for the words that
    end ``before``: a person's name (capitalised words with a first name of ``first_names`` or
    a title, no determiner before them) for "he" or "she" — agreeing with the first name's or
    title's gender when ``first_names`` or ``gendered_titles`` give one ("Ann Lee -- he" is
    someone else) — never for "it" or "they"; names joined by a conjunction ("Ann and Tom")
    for "they" only; a thing or a body (a lower-case noun, a determiner before the capitals,
    an ``organisation_nouns`` head: "the council", "The Harbour Board") for "it" or "they",
    never "he" or "she".  A capitalised word no list knows ("Berg", "Mexico") may be any of
    them: a person, a place or a company; two or more ("Kwame Osei", "Goldman Sachs") any but
    "it" (a person's full name; a firm is "they" as often).  A capitalised conjunction or stop
    word opening the sentence ("So", "And", "But") is no part of the name."""
    code = lang.pronouns.get(pronoun, "")
    if not code.startswith("3") or not before:
        return False
    words = before[-REFERENT_WORDS:]
    run: list[Token] = []
    for t in reversed(words):
        if not t.surface[:1].isupper() or t.norm in lang.determiners:
            break
        run.insert(0, t)
    while run and (run[0].norm in lang.conjunctions or run[0].norm in lang.stopwords):
        run.pop(0)  # "So Norland will pay": the sentence's opening word, not the name's
    k = len(words) - len(run)
    if (
        run
        and k > 1
        and words[k - 1].norm in lang.conjunctions
        and words[k - 2].surface[:1].isupper()
    ):
        return code == "3p"  # "Ann and Tom": several people
    genders = {
        g for t in run for g in (lang.first_names.get(t.norm), lang.gendered_titles.get(t.norm))
    } - {None}
    thing = (
        not run
        or (k > 0 and words[k - 1].norm in lang.determiners)
        or run[-1].norm in lang.organisation_heads
    )
    if not thing and not genders and not any(t.norm in lang.title_words for t in run):
        # "Berg", "Mexico": a person, a place or a body; two capitalised words or more
        # ("Kwame Osei", "Goldman Sachs"): a person's full name or a firm's, never "it"
        return len(run) < 2 or code != "3n"
    if code in ("3m", "3f"):
        return not thing and (not genders or code[1] in genders)
    return thing


def _restart_said(
    source_text: str,
    s_tokens: Sequence[Token],
    j1: int,
    j2: int,
    lang: LanguageData,
    own: Callable[[int], bool] | None,
) -> bool:
    """Whether source tokens ``j1:j2``, which only the source has, are a speaker's new start
    after a break: one third-person pronoun and then, word for word, the words said right
    before the break, which follow a word that is no pronoun, negation, modal word or number
    (the name the pronoun stands for, which it must fit: :func:`_pronoun_fits`): "Lee wants
    to -- she wants to sail" quoted "Lee wants to sail".  "Lee wants to -- Berg wants to
    sail" is no restart (another name)."""
    ss = s_tokens[j1:j2]
    n = len(ss) - 1
    if n < 1 or j1 - n - 1 < 0 or not lang.pronouns.get(ss[0].norm, "").startswith("3"):
        return False
    before = s_tokens[j1 - n - 1 : j1]
    if [t.norm for t in before[1:]] != [t.norm for t in ss[1:]]:
        return False
    if _guarded(before[0].norm, lang) or before[0].norm in lang.tense_markers:
        return False
    if not _BREAK.match(source_text[before[-1].end : ss[0].start]):
        return False
    if not _pronoun_fits(ss[0].norm, source_text, s_tokens[: j1 - n], lang):
        return False
    return own is None or all(own(t.start) for t in (*before, *ss))


FILLER_NOTE = "a filler (“{}”) one transcript writes and the other leaves out"

MARKER_NOTE = "a word set off from the sentence (“{}”) one transcript writes and the other not"

STAGE_NOTE = "a transcript's note of what happened (“{}”), not the speaker's words"

TIME_STAMP_NOTE = "a transcript's time stamp opening a line (“{}”), not the speaker's words"

SPLIT_NOTE = "a joining word (“{}”) where the other text starts a new sentence"

OPTIONAL_NOTE = "a word (“{}”) that may open a clause or be left out, saying the same"

ARTICLE_NOTE = "an article (“{}”) a transcript may leave out before “{}”, saying the same"

STRESS_NOTE = "a word (“{}”) that only stresses the next one, said or left out"

PARTITIVE_NOTE = "a joining word (“{}”) between “{}” and “{}”, said or left out, saying the same"

NUMBER_NOTE = "the same number written another way"


def only_stage_directions(edit: Edit) -> bool:
    """Whether ``edit`` is words only one side has that are all a transcript's notes of what
    happened ("(APPLAUSE)"): no word said differs, as at a gap."""
    prefix = STAGE_NOTE.split("“", 1)[0]
    return (
        edit.convention
        and bool(edit.note)
        and all(part.startswith(prefix) for part in (edit.note or "").split("; "))
    )


COMPOUND_NOTE = "written as one word in one text and as two in the other"

SPOKEN_NOTE = "a spoken form written out (or the other way round)"

CONTRACTED_NOTE = "a contraction read another way (“{}” stands for {})"


_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:;,\u2013\u2014()\[\]\"“”‘’]|--|\s-|\n)\s*$")
"""What stands before a word set off from the sentence: clause punctuation, a dash, a
bracket, a quote mark, a line break or the start of the text."""

_CLAUSE_AFTER = re.compile(r"^\s*(?:$|[.!?:;,\u2013\u2014()\[\]\"“”‘’…]|--|-\s)")
"""What follows a word set off from the sentence."""

_SET_OFF_REACH = 12
"""Characters read on each side of a word to see whether punctuation sets it off."""


def _set_off(text: str, a: int, b: int) -> tuple[bool, bool]:
    """Whether ``text[a:b]`` has clause punctuation (or a text edge) before and after it."""
    before = _CLAUSE_BEFORE.search(text[max(0, a - _SET_OFF_REACH) : a]) is not None
    after = _CLAUSE_AFTER.match(text[b : b + _SET_OFF_REACH]) is not None
    return before, after


def _unsaid(
    text: str, toks: Sequence[Token], lang: LanguageData, *, source: bool, split: bool = False
) -> str | None:
    """Why words only one side has carry no meaning, or None: every one of them is a filler
    ("uh", anywhere), a transcript's bracketed note of what happened ("(APPLAUSE)"; in the
    source only: in an article, brackets are the editor's words and compared), or a
    discourse marker set off from its sentence ("You know, …"; "…, OK?" only as a tag
    question; a joining "and" opening a sentence or a turn, or where the other side opens a
    sentence in its place, ``split``: "…, and we will see" / "…. We'll see"; never after a
    comma otherwise).  Word lists: ``fillers``, ``stage_directions``, ``discourse_markers``,
    ``tag_questions``, ``sentence_joiners``."""
    notes: list[str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.norm in lang.fillers:
            notes.append(FILLER_NOTE.format(t.surface))
            k += 1
            continue
        note = _stage_direction(text, t, lang) if source else None
        if note is not None and not _whole_interjection(text, t, toks, lang):
            note = None  # the shout kept, its shouters dropped: others' words in the quote
        if source and note is None and line_time_stamp(text, t.start, t.end):
            note = TIME_STAMP_NOTE.format(t.surface)
        if note is not None:
            notes.append(note)
            k += 1
            continue
        if split and t.norm in lang.sentence_joiners:
            notes.append(SPLIT_NOTE.format(t.surface))
            k += 1
            continue
        step = _marker(text, toks, k, lang)
        if not step:
            return None
        notes.append(MARKER_NOTE.format(_span_text(text, toks[k : k + step])))
        k += step
    return "; ".join(dict.fromkeys(notes)) if notes else None


def _optional_word(
    text: str, toks: Sequence[Token], a: int, b: int, lang: LanguageData
) -> str | None:
    """Why ``toks[a:b]`` (words only one side has) carry no meaning, or None: one word of
    ``optional_complementizers`` inside a sentence, right before a subject pronoun it lists,
    which opens the clause it introduces ("I knew that we would win" / "I knew we would win";
    "the boat that we bought" / "the boat we bought"), or one word of
    ``optional_intensifiers`` right before a word it lists, which it only stresses ("unlike
    the harbour right now" / "unlike the harbour now") where it only stresses
    (:func:`_stressing`: not after a verb it may complement), or one article of
    ``optional_articles`` right before a word it lists ("on a lot of things" / "on lot of
    things"), or the joining word of ``optional_partitives`` between its quantifier and a
    determiner it lists ("all of these boats" / "all these boats"; not "all of them") — with
    no punctuation on either side of it.  An auxiliary is never folded so:
    "you had better go" / "you better go" says the same, but "we had better weather" / "we
    better weather" and "you would better understand" / "you better understand" do not, and
    telling the idiom needs to know that the next word is a bare verb.
    Never before another word: "sold that boat", "I said that every day" (there "that" is
    what was sold, or said), "the right boat", "right away"."""
    if b - a != 1 or a == 0 or b >= len(toks):
        return None
    word, before, after = toks[a], toks[a - 1], toks[b]
    if text[before.end : word.start].strip() or text[word.end : after.start].strip():
        return None
    if after.norm in lang.optional_complementizers.get(word.norm, "").split():
        return OPTIONAL_NOTE.format(word.surface)
    if after.norm in lang.optional_intensifiers.get(word.norm, "").split() and _stressing(
        text, toks, a, lang
    ):
        return STRESS_NOTE.format(word.surface)
    if after.norm in lang.optional_articles.get(word.norm, "").split():
        return ARTICLE_NOTE.format(word.surface, after.surface)
    if after.norm in lang.optional_partitives.get(f"{before.norm} {word.norm}", "").split():
        return PARTITIVE_NOTE.format(word.surface, before.surface, after.surface)
    return None


NAME_WORDS = 2
"""Capitalised words a name has at least, for an article before it to be no word of its own
(:func:`_name_article`: "the White House"; "the Democrats" / "Democrats" may say all of them
or some)."""

NAME_ARTICLE_NOTE = "an article (“{}”) before the name “{}”, written or left out, saying the same"


def _name_article(
    own: tuple[str, Sequence[Token], int, int],
    other: tuple[str, Sequence[Token], int],
    lang: LanguageData,
) -> str | None:
    """Why ``toks[a:b]`` of ``own`` (words only one side has) carry no meaning, or None: one
    article of ``name_articles`` right before a name of :data:`NAME_WORDS` capitalised words
    or more, which the other text writes in capitals too, where it opens no sentence ("in the
    RNC. The Republican National Committee" / "in the RNC, Republican National Committee"):
    the name says whom it names, with or without the article.  Never before one capitalised
    word ("the Democrats"), nor where the other text writes the words in lower case or opens
    a sentence with them (a headline's capitals, a sentence's first word say nothing of a
    name)."""
    text, toks, a, b = own
    other_text, other_toks, pos = other
    if b - a != 1 or toks[a].norm not in lang.name_articles:
        return None
    name, there = toks[b : b + NAME_WORDS], other_toks[pos : pos + NAME_WORDS]
    if len(name) < NAME_WORDS or len(there) < NAME_WORDS:
        return None
    if [t.norm for t in name] != [t.norm for t in there]:
        return None
    if not all(t.surface[:1].isupper() for t in (*name, *there)):
        return None
    if any(text[x.end : y.start].strip() for x, y in itertools.pairwise((toks[a], *name))):
        return None
    if any(other_text[x.end : y.start].strip() for x, y in itertools.pairwise(there)):
        return None
    if opens_sentence_in(lang, other_text, there[0].start):
        return None
    run = [*name]
    for t in toks[b + NAME_WORDS :]:
        if not t.surface[:1].isupper() or text[run[-1].end : t.start].strip():
            break
        run.append(t)
    return NAME_ARTICLE_NOTE.format(toks[a].surface, _span_text(text, run))


STRESS_REACH = 4
"""Words read back from a stressing word for a verb it may complement (the verb, a determiner,
two words: "get the new timetable right now")."""


def _stressing(text: str, toks: Sequence[Token], a: int, lang: LanguageData) -> bool:
    """Whether ``toks[a]`` (a word of ``optional_intensifiers``) only stresses the next one
    here ("losing jobs to other ports right now", "in terrible shape right now"): unless a
    word of ``intensifier_complements`` is one of the :data:`STRESS_REACH` words before it in
    its clause, with only determiners, pronouns and words that are no stop word or auxiliary
    between ("get the new timetable right now", "get it right now": correctly; "turn right
    now": a direction; "proved right now", "all right now"); one that is a stop word only
    right before it ("you are right now" may say "correct"; "is in terrible shape right now"
    stresses)."""
    for k in range(a - 1, max(-1, a - 1 - STRESS_REACH), -1):
        t = toks[k]
        if text[t.end : toks[k + 1].start].strip():
            return True  # punctuation between: another clause
        stop = t.norm in lang.stopwords or t.norm in lang.auxiliaries
        if t.norm in lang.intensifier_complements and (k == a - 1 or not stop):
            return False
        if t.norm in lang.determiners or t.norm in lang.pronouns:
            continue  # "get the timetable right", "get it right"
        if stop:
            return True
    return True


MARKER_WORDS = 3
"""Longest discourse marker, in words ("you know what")."""


def _marker(text: str, toks: Sequence[Token], k: int, lang: LanguageData) -> int:
    """How many words from ``toks[k]`` make a discourse marker set off from its sentence (0
    when none does)."""
    for n in range(min(MARKER_WORDS, len(toks) - k), 0, -1):
        phrase = " ".join(t.norm for t in toks[k : k + n])
        before, after = _set_off(text, toks[k].start, toks[k + n - 1].end)
        if phrase in lang.discourse_markers and before and after:
            return n
        if phrase in lang.tag_questions and before and _TAG_AFTER.match(text, toks[k + n - 1].end):
            return n
        if phrase in lang.sentence_joiners and _opens_turn_sentence(text, toks[k].start, lang):
            return n
    return 0


_TAG_AFTER = re.compile(r"\s*\?")
"""What follows a tag question's word ("…, right?")."""

_NOTE_BEFORE = re.compile(r"(?:\([^()\[\]]*\)|\[[^()\[\]]*\])\s*$")
"""A bracketed note right before a word ("(APPLAUSE) And …"), blanks after it."""


def _opens_turn_sentence(text: str, at: int, lang: LanguageData) -> bool:
    """Whether the word at ``at`` opens a sentence or a turn, bracketed notes before it
    aside ("… June. (APPLAUSE) And …"), by :func:`sentences.opens_sentence` (a speaker
    label's colon counts; not a clause after a comma: "Lee, and only Lee, …" says
    something).  Each note read back is at most :data:`GAP_CHARS` long."""
    k = at
    while True:
        m = _NOTE_BEFORE.search(text, max(0, k - GAP_CHARS - 2), k)
        if m is None:
            return opens_sentence_in(lang, text, k)
        k = m.start()


def _stage_direction(text: str, tok: Token, lang: LanguageData) -> str | None:
    """The bracketed note around ``tok`` when it is a transcript's stage direction: an entry of
    ``stage_directions`` ("[laughter]", "(BEGIN VIDEO CLIP)"), or written in capitals with a
    one-word entry among words that say nothing ("(CROWD CHANTING)").  Never a bracket that
    holds a negation, a modal word, a number, a month or a day, or a name ("(NOT)", "(MAY)",
    "(NATO)", "(ANN LEE)"): those may be words the speaker said.  A parliamentary record's
    interjection, bracketed or a line of its own ("[Hon. Members: "Shame!"]", "An hon.
    Member: That is a disgrace.", :func:`labels.interjections`), is a note too, whatever its
    length."""
    note = interjection_at(text, tok.start, lang.code)
    if note is not None:
        return STAGE_NOTE.format(text[note.start : note.end].strip(_BRACKETS + " "))
    inner = _bracket_inner(text, tok)
    if inner is None or not any(c.isalpha() for c in inner):
        return None
    words = letter_words(inner.lower())
    said = " ".join(words)
    if said in lang.stage_directions:
        return STAGE_NOTE.format(inner.strip())
    letters = "".join(c for c in inner if c.isalpha())
    if (
        letters.isupper()
        and not _DIGIT.search(inner)
        and any(w in _stage_words(lang.stage_directions) for w in words)
        and not any(_says_something(w, lang) for w in words)
    ):
        return STAGE_NOTE.format(inner.strip())
    return None


def _whole_interjection(text: str, tok: Token, toks: Sequence[Token], lang: LanguageData) -> bool:
    """Whether the interjection around ``tok`` (:func:`labels.interjections`), when it is
    one, is left out whole by the words ``toks`` only one side has (a run of the source's
    words): its first and its last word among them.  A quote that keeps the shout
    ("Shame!") and drops who shouted it gives the member others' words.  True for any other
    note."""
    note = interjection_at(text, tok.start, lang.code)
    if note is None:
        return True
    said = [i for i in range(note.words, note.end) if text[i].isalnum()]
    if not said:
        return True
    return all(any(w.start <= i < w.end for w in toks) for i in (said[0], said[-1]))


@cache
def _stage_words(entries: frozenset[str]) -> frozenset[str]:
    """The stage direction entries of one word ("applause", "chanting"): one of them makes a
    note in capitals a stage direction ("(CROWD CHANTING)")."""
    return frozenset(entry for entry in entries if " " not in entry)


def reordered_edits(
    quote_text: str,
    source_text: str,
    said: Sequence[Token],
    stretch: Sequence[Token],
    added: Sequence[Token],
    dropped: Sequence[Token],
    lang: LanguageData,
) -> list[Edit]:
    """The edits of a quote that says the words of a source stretch in another order, but for
    negations, numbers or modals ``added`` (its tokens) or ``dropped`` (the stretch's): the
    reordering, shown, and each such word as the change of its kind (a negation, a modal, a
    number), one side empty."""
    moved = reordering(
        quote_text[said[0].start : said[-1].end],
        source_text[stretch[0].start : stretch[-1].end],
        _bounds(said),
        _bounds(stretch),
    )
    kinds = [(t, True) for t in added] + [(t, False) for t in dropped]
    return [
        moved,
        *(
            _make(quote_text, source_text, [t] if ours else [], [] if ours else [t], kind, None)
            for t, ours in kinds
            for kind in [_meaning_kind(t.norm, lang)]
        ),
    ]


def _meaning_kind(word: str, lang: LanguageData) -> EditKind:
    """The kind of change a word of :func:`meaning_word` makes, added or left out alone."""
    if word in lang.negations:
        return EditKind.NEGATION
    if word in lang.modals:
        return EditKind.MODALITY
    return EditKind.NUMBER


def meaning_word(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` carries meaning by itself, so that no convention ever folds it or reads
    it as a note: a negation, a modal word, a number (digits, or a number word)."""
    return (
        word in lang.negations
        or word in lang.modals
        or word in lang.number_words
        or _DIGIT.search(word) is not None
    )


def says_something(word: str, lang: LanguageData) -> bool:
    """Whether ``word``, as a quote writes it, carries meaning by itself, so that a quote
    that puts it where a transcript marks a gap says what the source cannot confirm: a word
    :func:`_says_something` reads so, or a capitalised word that is no word of grammar or
    talk (a name; "And", "So" or "Well" opening the quote is none: :func:`_function_word`,
    :func:`_talk_word`; review 20-4)."""
    lower = word.lower()
    if word[:1].isupper() and not (_function_word(lower, lang) or _talk_word(lower, lang)):
        return True
    return _says_something(lower, lang)


def _talk_word(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` (lower case) is a word that joins or frames what is said, which a quote
    capitalises only where it opens a sentence: a conjunction, a determiner, a discourse
    marker, a filler or a backchannel ("And", "So", "Well", "Okay") — never an answer word
    (``answer_words``: "Yes", "No", "Maybe"), which says the answer's polarity (review 21-3,
    F6)."""
    if word in lang.answer_words:
        return False
    return (
        word in lang.conjunctions
        or word in lang.determiners
        or word in lang.discourse_markers
        or word in lang.fillers
        or word in lang.backchannels
    )


def _says_something(word: str, lang: LanguageData) -> bool:
    """Whether a bracketed word may be the speaker's: a meaning word (:func:`meaning_word`),
    an ordinal or a fraction, a month or day, a name (a first name or a known name)."""
    return (
        meaning_word(word, lang)
        or word in lang.ordinal_words
        or word in lang.fraction_words
        or word in lang.calendar_words
        or word in lang.first_names
        or word in lang.name_aliases
    )


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?]")
_NEXT_WORDS = re.compile(r"[ \t]*([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?")


def _money_sum(
    quote_text: str,
    quote_amount: Amount,
    source_text: str,
    source_amount: Amount,
    lang: LanguageData,
) -> bool:
    """Whether a sum the quote writes with a currency sign where the source says none
    (:meth:`Amount.sum_of`) is money in the source: its sentence speaks of money
    (``money_words``: "costs", "fund", "levy") and neither side's figure is followed by a word
    of its own that may count something else ("nine million passengers", "$9 million
    gallons"): only a function word (``stopwords``), an adverb (``inner_adverbs``: "now"), a
    relative time ("last year") or no word at all may follow.  Else the sign says what the
    speaker did not (review21-4 #5)."""
    for text, amount in ((quote_text, quote_amount), (source_text, source_amount)):
        if not amount.tokens:
            return False
        after = _NEXT_WORDS.match(text, amount.tokens[-1].end)
        if after is None:
            continue
        first, two = after.group(1).lower(), after.group(0).split()
        framing = first in lang.stopwords or first in lang.inner_adverbs
        if not framing and " ".join(two).lower() not in lang.relative_times:
            return False
    start, end = source_amount.tokens[0].start, source_amount.tokens[-1].end
    stops = list(_SENTENCE_END.finditer(source_text, 0, start))
    head = stops[-1].end() if stops else 0
    tail = _SENTENCE_END.search(source_text, end)
    sentence = source_text[head : tail.start() if tail else len(source_text)]
    return any(w.lower() in lang.money_words for w in _WORD.findall(sentence))


class _Numbers:
    """The numbers of both sides of a piece with their values and units, read once and only
    when a changed word holds a digit (number words are digits after normalisation)."""

    def __init__(
        self,
        quote_text: str,
        source_text: str,
        q_tokens: Sequence[Token],
        s_tokens: Sequence[Token],
        lang: LanguageData,
    ) -> None:
        self._args = (quote_text, source_text, q_tokens, s_tokens, lang)
        self._read: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None
        self._same: bool | None = None

    def _spans(self) -> tuple[bool, list[tuple[int, int]], list[tuple[int, int]]]:
        if self._read is None or self._same is None:
            from quotecheck.xling.checks import Side, amounts, number_reach

            quote_text, source_text, q_tokens, s_tokens, lang = self._args
            same = False
            for widen in (False, True):
                # a number cut at an edge of the piece ("half" of "half a million pounds")
                # is read whole when it does not agree as cut
                sides: list[list[Amount]] = []
                for text, toks in ((quote_text, q_tokens), (source_text, s_tokens)):
                    if not toks:
                        sides.append([])
                        continue
                    a, b = toks[0].start, toks[-1].end
                    wide = number_reach(text, a, b, lang.code) if widen else (a, b)
                    found = amounts(Side(text, wide[0], wide[1], lang.code))
                    if widen:  # only the numbers that start inside the piece
                        found = [x for x in found if x.tokens and x.tokens[0].start < b]
                    sides.append(found)
                aq, as_ = sides
                same = len(aq) == len(as_) and all(
                    x.same_as(y)
                    or (x.sum_of(y) and _money_sum(quote_text, x, source_text, y, lang))
                    for x, y in zip(aq, as_, strict=True)
                )
                if same:
                    break
            self._same = same
            self._read = (
                [(a.tokens[0].start, a.tokens[-1].end) for a in aq if a.tokens],
                [(a.tokens[0].start, a.tokens[-1].end) for a in as_ if a.tokens],
            )
        return self._same, self._read[0], self._read[1]

    def reach(
        self, qs: Sequence[Token], ss: Sequence[Token]
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The bounds of ``qs`` and ``ss``, each widened to the whole of a number read past
        its side's compared piece ("half" of "half a million pounds" when the piece ends at
        "half"), so the edit shows the number as read; None for no tokens.  Only past the
        piece's edge: inside it the other words have edits of their own."""
        _, q_spans, s_spans = self._spans()
        q_tokens, s_tokens = self._args[2], self._args[3]

        def widen(
            toks: Sequence[Token], spans: list[tuple[int, int]], piece: Sequence[Token]
        ) -> tuple[int, int] | None:
            if not toks:
                return None
            a, b = toks[0].start, toks[-1].end
            for x, y in spans:
                if x < b and a < y:
                    if toks[0] is piece[0]:
                        a = min(a, x)
                    if toks[-1] is piece[-1]:
                        b = max(b, y)
            return a, b

        return widen(qs, q_spans, q_tokens), widen(ss, s_spans, s_tokens)

    def same_value(self, qs: Sequence[Token], ss: Sequence[Token]) -> bool:
        """Whether ``qs`` and ``ss`` are parts of numbers (with their units) and both sides
        hold the same numbers, in the same order."""
        if not qs and not ss:
            return False
        same, q_spans, s_spans = self._spans()
        if not same or not (q_spans or s_spans):
            return False

        def inside(t: Token, spans: list[tuple[int, int]]) -> bool:
            return any(a <= t.start and t.end <= b for a, b in spans)

        return all(inside(t, q_spans) for t in qs) and all(inside(t, s_spans) for t in ss)


_Near = tuple[tuple[Token | None, ...], tuple[Token | None, ...]]
"""The words around a changed stretch, quote side then source side: (the word before, the
word after, the one after that), each None past the piece's end."""


def _near(
    q_tokens: Sequence[Token], s_tokens: Sequence[Token], at: tuple[int, int, int, int]
) -> _Near:
    """The word before and the two words after quote tokens ``i1:i2`` and source tokens
    ``j1:j2``."""
    i1, i2, j1, j2 = at

    def around(toks: Sequence[Token], a: int, b: int) -> tuple[Token | None, ...]:
        return (
            toks[a - 1] if a > 0 else None,
            toks[b] if b < len(toks) else None,
            toks[b + 1] if b + 1 < len(toks) else None,
        )

    return around(q_tokens, i1, i2), around(s_tokens, j1, j2)


def _otherwise_edit(
    texts: tuple[str, str],
    tokens: tuple[Sequence[Token], Sequence[Token]],
    at: tuple[int, int, int, int],
    lang: LanguageData,
    numbers: _Numbers,
) -> Edit | None:
    """The one edit, a transcription convention, of quote tokens ``i1:i2`` against source
    tokens ``j1:j2`` (``at``) when they are the same words written another way
    (:func:`_written_otherwise`), else None: asked for a whole run of changed words and for
    each opcode of it, so both read it alike."""
    (quote_text, source_text), (q_tokens, s_tokens) = texts, tokens
    i1, i2, j1, j2 = at
    qs, ss = list(q_tokens[i1:i2]), list(s_tokens[j1:j2])
    same = _written_otherwise(texts, qs, ss, lang, numbers, _near(q_tokens, s_tokens, at))
    if same is None:
        return None
    reach = numbers.reach(qs, ss) if same[1] == NUMBER_NOTE else None
    return _make(quote_text, source_text, qs, ss, same[0], same[1], convention=True, reach=reach)


BESIDE_WORDS = 2
"""The most words next to a transcription convention, on one side of a changed stretch, that
:func:`_convention_beside` tells apart from it."""


def _convention_beside(
    texts: tuple[str, str],
    tokens: tuple[Sequence[Token], Sequence[Token]],
    at: tuple[int, int, int, int],
    lang: LanguageData,
    numbers: _Numbers,
) -> tuple[tuple[int, int, int, int], Edit] | None:
    """When the changed stretch ``at`` is a transcription convention with up to
    :data:`BESIDE_WORDS` words more at one end of one side ("going to" against "like,
    gonna"): the stretch of those words alone (added or dropped) and the convention's edit
    (:func:`_otherwise_edit`); else None.  The words then are typed on their own, not as
    part of the convention's words (whose "going to" would read as a tense)."""
    i1, i2, j1, j2 = at
    if i2 == i1 or j2 == j1:
        return None
    for k in range(1, BESIDE_WORDS + 1):
        tries = []
        if j2 - j1 > k:
            tries += [((i1, i2, j1 + k, j2), (i1, i1, j1, j1 + k))]
            tries += [((i1, i2, j1, j2 - k), (i2, i2, j2 - k, j2))]
        if i2 - i1 > k:
            tries += [((i1 + k, i2, j1, j2), (i1, i1 + k, j1, j1))]
            tries += [((i1, i2 - k, j1, j2), (i2 - k, i2, j2, j2))]
        for inner, rest in tries:
            same = _otherwise_edit(texts, tokens, inner, lang, numbers)
            if same is not None:
                return rest, same
    return None


def _written_otherwise(
    texts: tuple[str, str],
    qs: Sequence[Token],
    ss: Sequence[Token],
    lang: LanguageData,
    numbers: _Numbers,
    near: _Near,
) -> tuple[EditKind, str] | None:
    """(cosmetic kind, why) when the changed words on both sides are the same words written
    another way: a number and its words of the same value ("twenty-five" / "25", "$5 million"
    / "five million dollars"), a compound written as one word or two ("healthcare" / "health
    care"; never joining a function word, ``stopwords``: "a part" / "apart", "over time" /
    "overtime" say other things), a contraction that stands for another word than the
    normaliser read ("Lee's been" / "Lee has been"), a spoken form ("gonna" / "going to",
    :func:`_spoken`; ``texts``, the quote's and the source's, show its apostrophe).
    Digits of another value, negations, modal words and pronouns never are."""
    if not qs and not ss:
        return None
    if qs and ss and _apart_words(qs, lang) == _apart_words(ss, lang):
        return EditKind.SPELLING, COMPOUND_NOTE
    if any(_DIGIT.search(t.norm) for t in (*qs, *ss)) or _unit_only(qs, ss, lang):
        if numbers.same_value(qs, ss):
            return EditKind.SPELLING, NUMBER_NOTE
        return None
    if (
        qs
        and ss
        and len(qs) + len(ss) >= 3
        and not any(_guarded(t.norm, lang) or t.norm in lang.stopwords for t in (*qs, *ss))
        and "".join(t.norm for t in qs) == "".join(t.norm for t in ss)
    ):
        return EditKind.SPELLING, COMPOUND_NOTE
    if qs and ss:
        said = (" ".join(t.norm for t in qs), " ".join(t.norm for t in ss))
        if said[1] in _spoken(texts[0], qs, lang) or said[0] in _spoken(texts[1], ss, lang):
            return EditKind.CONTRACTION, SPOKEN_NOTE
    if len(qs) == len(ss) == 1 and _typing_slip(qs[0], ss[0], near[1], lang):
        return EditKind.SPELLING, SLIP_NOTE.format(ss[0].surface, qs[0].surface)
    if qs and ss and len(qs) == len(ss):
        (q_before, *q_after), (s_before, *s_after) = near
        q_side, s_side = [q_before, *qs, *q_after], [s_before, *ss, *s_after]
        read = [
            _contracted(
                a,
                b,
                lang,
                (q_side[k], q_side[k + 2], q_side[k + 3]),
                (s_side[k], s_side[k + 2], s_side[k + 3]),
            )
            for k, (a, b) in enumerate(zip(qs, ss, strict=True))
        ]
        if all(r is not None for r in read) and any(r for r in read):
            form = next(r for r in read if r)
            alternatives = " or ".join(f"“{w}”" for w in lang.ambiguous_contractions[form].split())
            return EditKind.CONTRACTION, CONTRACTED_NOTE.format(form, alternatives)
    return None


SLIP_NOTE = "a typing slip in the transcript (“{}” for “{}”)"


def _typing_slip(q: Token, s: Token, around: tuple[Token | None, ...], lang: LanguageData) -> bool:
    """Whether the source's ``s``, written in lower case, is a known typing slip
    (``typing_slips``) of the quote's word ``q`` ("hat" for "that", "wich" for "which"), not
    another word said.  ``around`` is the source's word before ``s`` and the two after it: a
    slip that is a word of its own is that word after a determiner or before a preposition
    ("his hat", "hat in hand" / "that in hand"); a slip that is a preposition ("of" for
    "have") only right after a modal ("should of").  A word one letter off that is no listed slip
    is compared ("iron ore" / "iron more", "wit" / "with"); a slip in the article is the
    article's and shown."""
    before, after, _ = around
    if not s.surface.islower() or lang.typing_slips.get(s.norm) != q.norm:
        return False
    if s.norm in lang.prepositions:
        # "should of" for "should have" (red team 20 F6): a preposition is a slip only right
        # after a modal; elsewhere it is the word said.
        return before is not None and before.norm in lang.modals
    if before is not None and before.norm in lang.determiners:
        return False
    return after is None or after.norm not in lang.prepositions


def _apart_words(toks: Sequence[Token], lang: LanguageData) -> list[str]:
    """The words of ``toks`` as written, lower-cased, each word that house style also writes
    apart (``written_apart``: "nobody", "cannot") split into its words."""
    words: list[str] = []
    for k, t in enumerate(toks):
        if k and (t.start, t.end) == (toks[k - 1].start, toks[k - 1].end):
            continue  # another piece of the same word ("do" "not" of "don't")
        word = t.surface.lower().translate(APOSTROPHE_FOLD)
        words.extend(lang.written_apart.get(word, word).split())
    return words


def _spoken(text: str, toks: Sequence[Token], lang: LanguageData) -> list[str]:
    """The readings ``toks`` stand for when they are a spoken form of ``spoken_forms`` ("gonna"
    → "going to"; "gotta" → "got to" or "have got to", readings parted by ``|``), or none.  A
    form opening with an apostrophe ("'em", "'cause") only as a lower-case word written right
    after one ("’em", never "Em Rook"; "'cause", never "the cause")."""
    said = " ".join(t.norm for t in toks)
    words = lang.spoken_forms.get(said)
    first = toks[0]
    if (
        words is None
        and first.surface.islower()
        and text[first.start - 1 : first.start] in APOSTROPHES
    ):
        words = lang.spoken_forms.get("'" + said)
    return [w.strip() for w in words.split("|")] if words else []


def _unit_only(qs: Sequence[Token], ss: Sequence[Token], lang: LanguageData) -> bool:
    """Whether the changed words are only words that go with a number: a unit ("dollars"
    added after it), a word for one before a scale ("a hundred"), a joiner ("and"), a scale's
    or a unit's short form written onto digits ("3m", "2m")."""
    words = [t.norm for t in (*qs, *ss)]
    return bool(words) and all(
        w in lang.unit_words
        or w in lang.scale_articles
        or w in lang.number_parts
        or w in lang.scale_abbreviations
        or w in lang.glued_units
        for w in words
    )


def _guarded(word: str, lang: LanguageData) -> bool:
    """Words whose spelling is never folded into a compound: meaning words
    (:func:`meaning_word`) and pronouns."""
    return meaning_word(word, lang) or word in lang.pronouns


def _contracted(
    a: Token,
    b: Token,
    lang: LanguageData,
    a_near: tuple[Token | None, Token | None, Token | None],
    b_near: tuple[Token | None, Token | None, Token | None],
) -> str | None:
    """For two aligned words: "" when equal, the contracted form ("'s") when one is that
    form and the other a word it may stand for ("is", "has") that the words after it allow
    (:func:`contraction_readings`), None otherwise.  ``*_near``: the word before each and the two
    after it."""
    if a.norm == b.norm:
        return ""
    for x, y, (before, after, beyond) in ((a, b, a_near), (b, a, b_near)):
        surface = _fold(x.surface)
        for form, words in lang.ambiguous_contractions.items():
            if (
                surface.endswith(form)
                and y.norm in words.split()
                and (x.norm == form or x.norm in words.split())
            ):
                host = surface[: -len(form)] or (before.norm if before is not None else "")
                if y.norm in contraction_readings(form, host, after, lang, beyond=beyond):
                    return form
    return None


def contraction_readings(
    form: str,
    host: str,
    after: Token | None,
    lang: LanguageData,
    *,
    beyond: Token | None = None,
) -> frozenset[str]:
    """The words a contracted ``form`` ("'s", "'d") written onto ``host`` ("it", "tom") may
    stand for, by the words after it (``after``, ``beyond``) — the checker's one decision,
    public for callers that write a contraction out (the mutation bank's house-style
    controls): before a past participle of :attr:`LanguageData.perfect_participles` ("Tom's been")
    or after a modal reading ("He'd gone") only a perfect auxiliary ("has", "had": a perfect
    in :attr:`LanguageData.tense_markers`), unless it is written as the bare verb and another
    reading is a modal (:attr:`LanguageData.bare_participles`: "He'd come"
    may be "would come" or "had come": either); before a word of
    :attr:`LanguageData.contraction_idioms` ("he'd better") any; before another participle
    (:func:`_participle_readings`) "is" too ("the harbour's closed" / "the harbour is closed"),
    whatever follows it (a determiner after it may open an object or a clause: "he's
    convinced the ferry will run" is "is convinced"); before a word in "-ing", after a
    pronoun, or before a function word ("Tom's not", "Tom's a friend"), only the others ("is",
    "would").  After a name, before any other word W, the others too ("Tom's happy" /
    "Tom is happy"), unless an auxiliary, modal or negation follows W (``beyond``,
    :attr:`LanguageData.auxiliaries`): then "Tom's W" is the subject of that verb, a
    possessive ("Tom's boats were sold" / "Tom is boats were sold" is a change).  The reading
    asked for is the one the other text writes out in the same sentence, so a possessive
    that reads as well as "is" would take the rest of that sentence to be ungrammatical on
    one side; a perfect ("has") is never read so ("Tom's boats" / "Tom has boats")."""
    words = lang.ambiguous_contractions.get(form, "").split()
    perfect = frozenset(w for w in words if "perfect" in lang.tense_markers.get(w, ""))
    others = frozenset(words) - perfect
    if after is None:
        return frozenset()
    w = after.norm
    if lang.contraction_idioms.get(w) in words:
        return frozenset(words)  # "he'd better": "had better" or "would better"
    participle = _participle_after(after, beyond, lang)
    if participle is not None:
        return _participle_readings(form, participle, lang)
    if (
        _ends_in(w, lang.progressive_endings)
        or host in lang.pronouns
        or w in lang.stopwords
        or w in lang.negations
    ):
        return others
    if host and (beyond is None or beyond.norm not in lang.auxiliaries):
        return others
    return frozenset()


def _participle_readings(form: str, participle: str, lang: LanguageData) -> frozenset[str]:
    """The words a contracted ``form`` may stand for before a past ``participle``: after a
    modal reading ("'d": "would", which takes the bare verb) only the perfect one ("she'd
    seen" is "she had seen"), unless the participle is written as the bare verb
    (:attr:`LanguageData.bare_participles`: "they'd put" is "had put" or "would put");
    otherwise ("'s") any, a participle read as an adjective after "is" as often as a perfect
    ("the harbour's closed" is "is closed" or "has closed"), but before one of
    :attr:`LanguageData.perfect_participles` only the perfect ("it's been" is "it has
    been")."""
    words = lang.ambiguous_contractions.get(form, "").split()
    perfect = frozenset(w for w in words if "perfect" in lang.tense_markers.get(w, ""))
    if any(w in lang.modals for w in words if w not in perfect):
        return frozenset(words) if participle in lang.bare_participles else perfect
    if participle in lang.perfect_participles:
        return perfect
    return frozenset(words)


def _participle_after(after: Token | None, beyond: Token | None, lang: LanguageData) -> str | None:
    """The past participle a contracted auxiliary takes (``after``, the next word, and
    ``beyond``, the one after it): the next word when it is one ("she'd seen"), or the word
    beyond a negation or an adverb of :attr:`LanguageData.inner_adverbs` standing between
    ("I'd never seen", "we'd already told", "she's not been"); None otherwise."""
    if after is None:
        return None
    if _is_participle(after.norm, lang):
        return after.norm
    if (after.norm in lang.negations or after.norm in lang.inner_adverbs) and beyond is not None:
        return beyond.norm if _is_participle(beyond.norm, lang) else None
    return None


def _is_participle(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` is a past participle: listed (:attr:`LanguageData.past_participles`,
    or :attr:`LanguageData.bare_participles`, written as the bare verb), or a regular one by
    its ending, unless that ending is part of the word
    (:attr:`LanguageData.participle_lookalikes`: "exceed", "proceed" are bare verbs, and "we'd
    exceed" may be "we would exceed"): the language's one reading of a past form
    (:meth:`LanguageData.is_past_form`), of letters only."""
    return word in lang.bare_participles or (
        word in lang.past_participles or (word.isalpha() and lang.is_past_form(word))
    )


STEM_MIN_CHARS = 2
"""Letters a word keeps before a regular ending ("closed"; "bed" is no "-ed" form)."""


def _ends_in(word: str, endings: frozenset[str]) -> bool:
    """Whether ``word`` is a stem and one of ``endings`` ("closed", "closing")."""
    return word.isalpha() and any(
        word.endswith(e) and len(word) - len(e) > STEM_MIN_CHARS for e in endings
    )


def _only_unheard_differs(
    qs: Sequence[Token], ss: Sequence[Token], source_text: str, lang: LanguageData
) -> bool:
    """Whether the words of the source the gap leaves heard (none, or some) do not change the
    meaning against the quote's: then the difference stands at the gap alone."""
    heard = [t for t in ss if not gap_mark(source_text, t, lang)]
    return not heard or classify(qs, heard, lang) not in MEANING_CHANGING_EDITS


GAP_NOTE = "the source marks a gap here (it could not hear the speaker): not checked"

GARBLED_NOTE = "the transcript lost a word here (“{}”: a verb missing): not checked"
"""Said of a difference in a verb group the transcript garbled (:func:`garbled_at`)."""


def garbled_at(
    source_text: str,
    s_tokens: Sequence[Token],
    at: tuple[int, int],
    qs: Sequence[Token],
    lang: LanguageData,
) -> bool:
    """Whether source words ``s_tokens[j1:j2]`` (``at``; none: the quote's words ``qs`` stand
    between two source words) lie in a verb group a record of speech garbled — a subject and
    the verb form right after it that no speaker says with nothing between, written together
    (``garbled_pairs``: "we going to", "It going to be"), with no auxiliary before the subject
    ("are we going to …?" is a question) and no verb that takes an object before it
    (``participle_object_verbs``: "keep it going" is no garbled group) — the changed words at
    most the verb form and the word after it ("going to"), or nothing right before the verb
    form; and the quote's words there are only what the record may have lost or misheard
    there (:func:`_garbled_fill`), or none.  The record cannot show what was said there: a
    gap it does not mark.  Only for a source that writes down speech (the caller's
    ``spoken``)."""
    j1, j2 = at
    if not 1 <= j1 < len(s_tokens) or j2 > j1 + 2 or (j2 == j1 and not qs):
        return False
    subject, verb = s_tokens[j1 - 1], s_tokens[j1]
    if f"{subject.norm} {verb.norm}" not in lang.garbled_pairs:
        return False
    if source_text[subject.end : verb.start] != " ":
        return False
    if j1 >= 2:
        before = s_tokens[j1 - 2]
        if before.norm in lang.auxiliaries:
            return False
        if before.surface.lower() in lang.participle_object_verbs:
            return False
    if j2 == j1 + 2 and s_tokens[j1 + 1].norm not in lang.infinitive_markers:
        return False
    return _garbled_fill([t.norm for t in qs], [t.norm for t in s_tokens[j1:j2]], lang)


def _garbled_fill(quoted: Sequence[str], lost: Sequence[str], lang: LanguageData) -> bool:
    """Whether ``quoted``, the quote's words in place of the record's ``lost`` words of a
    garbled verb group (none, "going" or "going to"), is only what the record may have lost or
    misheard there: a form of "be" before the record's words (``garbled_lost``: "we're going
    to" for "we going to"), or "have"/"has"/"got" for its "going" with the "to" after it
    kept (``garbled_misheard``: "It has to be" for "It going to be"), or nothing (the quote
    leaves the garbled words out, "you stop" for "you going to stop").  A modal, a past form,
    a hedge, a negation or another verb there ("had to", "need to", "were going", "possibly")
    says what the record does not."""
    if not quoted:
        return bool(lost)
    n = len(lost)
    if n <= len(quoted) and list(quoted[len(quoted) - n :]) == list(lost):
        head = quoted[: len(quoted) - n]
        if head and all(w in lang.garbled_lost for w in head):
            return True
    if lost:
        rest = list(lost[1:])
        k = len(quoted) - len(rest)
        if k >= 1 and list(quoted[k:]) == rest:
            return all(w in lang.garbled_misheard for w in quoted[:k])
    return False


def is_range_or_correction(edit: Edit) -> bool:
    """Whether ``edit`` is a number left out before a spaced dash in a source of unknown
    kind, a range or a corrected number (:data:`RANGE_OR_CORRECTED_NOTE`): doubt."""
    return edit.gap and RANGE_OR_CORRECTED in (edit.note or "")


def is_garbled(edit: Edit) -> bool:
    """Whether ``edit`` stands in a verb group the transcript garbled (:func:`garbled_at`)."""
    return edit.gap and (edit.note or "").startswith(GARBLED_NOTE.split("“")[0])


REPEAT_NOTE = "a phrase repeated in one text and said once in the other"


def _plain(q: Sequence[object], s: Sequence[object]) -> EditKind:
    """The generic kind of a difference: an insertion, a deletion or a substitution (by
    which side is empty: tokens, or an edit's words)."""
    if not s:
        return EditKind.INSERTION
    if not q:
        return EditKind.DELETION
    return EditKind.SUBSTITUTION


def repeated(text: str, toks: Sequence[Token], a: int, b: int, lang: LanguageData) -> bool:
    """Whether ``toks[a:b]`` (words only one side has) repeats the words right before or right
    after it on its own side ("I have to say this, I have to say this"): every word,
    negations, numbers and modal words included, stands there once more, so dropping the
    repetition changes nothing that was said.  One auxiliary, negation or modal word
    (:attr:`LanguageData.auxiliaries`) only where a comma or a dash parts it from its twin
    ("not, not ever"): "had had" is a past perfect, "had" a simple past."""
    n = b - a
    if n <= 0:
        return False
    words = [t.norm for t in toks[a:b]]
    before = [t.norm for t in toks[max(0, a - n) : a]]
    after = [t.norm for t in toks[b : b + n]]
    if n == 1 and words[0] in lang.auxiliaries:
        gaps = [text[toks[a - 1].end : toks[a].start]] if before == words else []
        gaps += [text[toks[a].end : toks[b].start]] if after == words else []
        return any(_PARTED.search(gap) for gap in gaps)
    return words in (before, after)


_PARTED = re.compile(r"[,\u2013\u2014]|--|\s-\s")
"""What parts a word from its twin in a repetition a speaker makes ("not, not ever")."""


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


CLIP_NOTE = (
    "the source's replayed clip {} here, perhaps mid-sentence: the words beyond it are not in "
    "the record, not checked"
)
"""Said of words a quote has beyond the edge of a clip a transcript replays (:func:`clip_edge`)."""

_LABEL_END = re.compile(r"(?:^|\n)[^\S\n]*[^\n:()\[\]]{1,80}:$")
"""A speaker label ("Lee:") closing the text before a turn's first word."""

_LABEL_START = re.compile(r"^[^\n:()\[\]]{1,80}:\s*")
"""A speaker label ("Lee:") opening the line after a turn's last word."""

_EDGE_CHARS = 200
"""Characters read before or after a word for the clip mark next to it (a label and a note)."""


def clip_edge(text: str, toks: Sequence[Token], at: int, lang: LanguageData) -> str | None:
    """Whether words only the quote has, standing before the source word ``toks[at]`` (after
    ``toks[at - 1]``), stand at the edge of a clip the transcript replays: right after a note
    of ``clip_starts`` ("(BEGIN VIDEO CLIP)") with nothing but a speaker label between it and
    ``toks[at]``, or right before a note of ``clip_ends`` after ``toks[at - 1]`` — its note
    (:data:`CLIP_NOTE`), or None.  A clip is cut from a longer recording, often mid-sentence
    ("(BEGIN VIDEO CLIP) Lee: Running the ferry all winter"): the record holds nothing of what
    came before or after, so the quote's words there ("We're running the ferry …") are at a
    gap, not added (the labelling protocol: "a clip cut mid-sentence is not a difference")."""
    if at < len(toks) and _clip_mark(text, toks[at], lang) == "ends":
        # The aligned span holds the note itself after the clip's last word (unless that
        # word ends its sentence: a clip cut there is not cut mid-sentence).
        if at > 0 and _SENTENCE_END.search(text[toks[at - 1].end : toks[at].start]):
            return None
        return CLIP_NOTE.format("ends")
    if at < len(toks) and lang.clip_starts:
        start = toks[at].start
        before = text[max(0, start - _EDGE_CHARS) : start].rstrip()
        before = _LABEL_END.sub("", before).rstrip()
        opened = max(before.rfind("("), before.rfind("["))
        note = before[opened + 1 : -1] if before.endswith((")", "]")) and opened >= 0 else ""
        if " ".join(letter_words(note.lower())) in lang.clip_starts:
            return CLIP_NOTE.format("starts")
    if 0 < at <= len(toks) and lang.clip_ends:
        end = toks[at - 1].end
        after = text[end : end + _EDGE_CHARS]
        rest = after.lstrip(" \t-\u2013\u2014.,;:!?\u2026")
        if _SENTENCE_END.search(after[: len(after) - len(rest)]):
            # The clip's last sentence ends before its note ("… the night ferry. (END VIDEO
            # CLIP)"): not cut mid-sentence, so words the quote adds there are compared.
            return None
        if rest.startswith("\n"):
            rest = _LABEL_START.sub("", rest.lstrip())
        rest = rest.lstrip()
        shut = min((i for i in (rest.find(")"), rest.find("]")) if i >= 0), default=-1)
        note = rest[1:shut] if rest.startswith(("(", "[")) and shut > 0 else ""
        if " ".join(letter_words(note.lower())) in lang.clip_ends:
            return CLIP_NOTE.format("ends")
    return None


def clip_doubt(edit: Edit, lang: LanguageData) -> EditKind | None:
    """The kind of meaning a word of ``edit`` — words a quote has beyond a clip's edge
    (:func:`at_clip_edge`) — would change were it the quote's own: a negation ("Nobody
    thinks …" before a clip's "thinks …") or a number, in that order; or None.  Not a modal
    word: read alone, "need it" or "will" after a clip's end may be a full verb or the future.
    The record cannot confirm such a word, nor say the speaker did not say it: a doubt, not
    an accusation (review 22-1, 8)."""
    words = [w.lower() for w in WORD_OR_NUMBER.findall(edit.quote)]
    if any(w in lang.negations for w in words):
        return EditKind.NEGATION
    if any(w in lang.number_words or _DIGIT.search(w) for w in words):
        return EditKind.NUMBER
    return None


def _clip_mark(text: str, tok: Token, lang: LanguageData) -> str | None:
    """Which edge of a clip ``tok`` marks: "starts" when it stands inside a note of
    ``clip_starts``, "ends" inside one of ``clip_ends``, else None."""
    inner = _bracket_inner(text, tok)
    said = None if inner is None else " ".join(letter_words(inner.lower()))
    if said in lang.clip_starts:
        return "starts"
    return "ends" if said in lang.clip_ends else None


def at_clip_edge(edit: Edit) -> bool:
    """Whether ``edit`` is words a quote has beyond the edge of a replayed clip
    (:func:`clip_edge`)."""
    return edit.gap and (edit.note or "").startswith(CLIP_NOTE.split("{}", 1)[0])


def _bracket_inner(text: str, tok: Token) -> str | None:
    """The text inside the round or square brackets around ``tok``, or None
    (:func:`_bracket_span`).  Shared by the gap marks and the stage directions."""
    span = _bracket_span(text, tok)
    return None if span is None else text[span[0] : span[1]]


def _bracket_span(text: str, tok: Token) -> tuple[int, int] | None:
    """Where the text inside the round or square brackets around ``tok`` starts and ends, or
    None: the nearest opening bracket at most GAP_CHARS before it and a closing one at most
    GAP_CHARS after that (a note is short; the search never runs past it, as a transcript is
    long), with no bracket inside.  O(GAP_CHARS)."""
    lo = max(0, tok.start - GAP_CHARS)
    opened = max(text.rfind("(", lo, tok.start), text.rfind("[", lo, tok.start))
    if opened < 0:
        return None
    stop = opened + GAP_CHARS + 1
    ends = [i for i in (text.find(")", tok.end, stop), text.find("]", tok.end, stop)) if i >= 0]
    if not ends:
        return None
    inner = text[opened + 1 : min(ends)]
    return None if any(c in inner for c in _BRACKETS) else (opened + 1, min(ends))


def gap_mark(text: str, tok: Token, lang: LanguageData) -> bool:
    """Whether ``tok`` stands inside brackets whose text is a gap mark."""
    inner = _bracket_inner(text, tok)
    if inner is None:
        return False
    said = " ".join(inner.lower().replace("-", " ").strip(" .:;,!?").split())
    return any(said == m or said.startswith(m + " ") for m in _gap_phrases(lang.gap_markers))


@cache
def _gap_phrases(markers: frozenset[str]) -> tuple[str, ...]:
    return tuple(" ".join(m.replace("-", " ").split()) for m in markers)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(APOSTROPHE_FOLD).lower()


def _cosmetic(q: Token, s: Token, *, is_first: bool) -> EditKind | None:
    # A soft hyphen is no difference: the reader sees none (``fer&shy;ry`` for "ferry").
    said, source = q.surface.replace(SOFT_HYPHEN, ""), s.surface.replace(SOFT_HYPHEN, "")
    if said == source:
        return None
    if _fold(q.surface) == _fold(s.surface):
        if said.lower() == source.lower():
            return None if is_first else EditKind.CASING
        return EditKind.PUNCTUATION  # typography only: ’ vs '
    if UNCONFIRMED in (q.level, s.level):
        # a name written out for a source's initialism that no text pairs with it (match.initials)
        return EditKind.ENTITY
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
    """Merge words left out and the same words added elsewhere into one reordering edit —
    whatever kind each side was typed as alone: "we will raise" moved is no tense dropped
    and another added (the words, a negation or a modal among them, are the same)."""
    typed = [e for e in edits if not (e.gap or e.convention)]
    dels = [e for e in edits if e.kind is EditKind.DELETION]
    dels += [e for e in typed if e.kind is not EditKind.DELETION and e.source and not e.quote]
    ins = [e for e in edits if e.kind is EditKind.INSERTION]
    ins += [e for e in typed if e.kind is not EditKind.INSERTION and e.quote and not e.source]
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
    stage direction such as "APPLAUSE"), or a content word for its plural ("law" / "laws",
    :func:`number_ending_only`).  No other substitution is: "a" for "the" and "and" for "but"
    change what is said."""
    if edit.kind is EditKind.INSERTION:
        text = edit.quote
    elif edit.kind is EditKind.DELETION:
        text = edit.source
    elif edit.kind is EditKind.SUBSTITUTION:
        return number_ending_only(edit.quote, edit.source, lang)
    else:
        return False
    words = _words(text)
    if not words:
        return False
    phrase = " ".join(words)
    return phrase in lang.transcript_variants or all(w in lang.transcript_variants for w in words)


def heard_either_way(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit`` is a difference two transcribers of one speech plausibly render
    differently, the narrow class of transcript variants that makes no alteration: a content
    word's plural ending (:func:`number_ending_only`: "law" / "laws") or a weak form added or
    dropped alone before no amount word, number or name (``weak_forms``, :func:`_weak_word`:
    "in the middle" / "in middle").  The broader :func:`is_transcript_variant` ("works well" /
    "works", "the Sailors" / "Sailors") keeps an alteration."""
    if edit.kind is EditKind.SUBSTITUTION:
        return number_ending_only(edit.quote, edit.source, lang)
    return (
        edit.kind in (EditKind.INSERTION, EditKind.DELETION) and not edit.convention and edit.heard
    )


def number_ending_only(quote: str, source: str, lang: LanguageData) -> bool:
    """Whether ``quote`` and ``source`` are one lower-case word each, a content word (no
    function word, pronoun, negation, modal or number word), that differ only by an ending of
    ``number_endings`` ("law" / "laws", "country" / "countries"): a plural "s" a transcriber
    hears or misses at a word's end — not a plural that is a word of its own
    (``plural_senses``: "arms", "goods")."""
    if not re.fullmatch(r"[a-z]+", quote) or not re.fullmatch(r"[a-z]+", source):
        return False
    closed = lang.stopwords | lang.negations | lang.determiners | lang.number_words.keys()
    closed |= lang.plural_senses
    if {quote, source} & (closed | lang.pronouns.keys() | lang.modals.keys()):
        return False
    for long, short in ((quote, source), (source, quote)):
        for end, bare in lang.number_endings.items():
            stem = long[: -len(end)] if long.endswith(end) else None
            if stem and stem + ("" if bare == "-" else bare) == short:
                return True
    return False


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
