"""QC105 misleading-elision: what an ellipsis cut contains a negation or a limiter ("but",
"unless") in the sentence of a kept piece, or a narrower ("only") right before the kept words."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from quotecheck.lang.phrases import phrase_list
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import opens_sentence_in
from quotecheck.match.index import Alignment
from quotecheck.match.normalize import Token
from quotecheck.models import Finding, SegmentKind, Source
from quotecheck.score.evidence import Evidence, _own_words, clip, same_sentence
from quotecheck.score.restarts import restart_after

__all__ = ["CODES", "gap_findings"]

CODES = ("QC105",)


def gap_findings(ev: Evidence) -> list[Finding]:
    """QC105 for each ellipsis whose cut holds a negation or limiter of the kept words.

    Only the cut words in the sentence of the piece before or after the ellipsis count: an
    ellipsis that leaves out whole sentences between two kept ones governs neither; nor does
    a negation inside a relative clause set off by commas that the cut leaves out whole
    (:func:`_cut_asides`: "The quay, which was not built by us, … will open in May" for
    "The quay … will open in May"): it speaks of the noun, not of the kept words; nor do the
    negations of :func:`_idle_negations` (a fixed phrase, a tag question, an echo).  A limiter
    ("unless", "but") counts wherever it stands in the cut, unless it is the whole cut between
    two kept clauses (:func:`_cut_conjunction`); a narrower ("only") counts right before the
    kept words resume.
    """
    ctx, lang = ev.ctx, ev.ctx.lang
    out = []
    for a, b in itertools.pairwise(ev.qmatch.found):
        assert a.alignment is not None and b.alignment is not None
        if a.alignment.source != b.alignment.source or b.segment == a.segment:
            continue
        src = ctx.index.sources[a.alignment.source]
        toks = ctx.index.tokens[a.alignment.source]
        gap = toks[a.alignment.end : b.alignment.start]
        if not gap:
            continue
        lead = toks[a.alignment.end - 1 : b.alignment.start]
        near = same_sentence(src.text, lead, head=True)[1:]
        trail = toks[a.alignment.end : b.alignment.start + 1]
        near += [t for t in same_sentence(src.text, trail, head=False)[:-1] if t not in near]
        kept = same_sentence(src.text, toks[a.alignment.start : a.alignment.end], head=False)
        asides = _cut_asides(
            src.text, lead, toks[b.alignment.start], _noun_phrase(kept, lang), lang
        )
        # Do the kept words after the cut go on to the end of their sentence?
        to_end = b.alignment.end >= len(toks) or opens_sentence_in(
            lang, src.text, toks[b.alignment.end].start
        )
        idle = _idle_negations(src.text, lead, toks[b.alignment.start], kept, lang, to_end=to_end)
        asides += idle
        free = _cut_conjunction(src.text, lead, kept, lang)
        asides += _false_start(src.text, toks, a.alignment, b.alignment.start, lang)
        hits = [
            t
            for t in near
            if (t.norm in lang.limiters and t not in free)
            or (t.norm in lang.negations and not _inside(t, asides))
            or (t == gap[-1] and t.norm in lang.narrowers and not _inside(t, idle))
        ]
        if hits:
            cut = src.text[gap[0].start : gap[-1].end]
            why = f"the ellipsis cuts “{clip(cut)}”, which contains “{hits[0].surface}”"
            out.append(ctx.finding(ev.quote, "QC105", why))
            continue
        marks = ev.quote.segments[a.segment + 1 : b.segment]
        if not any(m.kind is SegmentKind.ELLIPSIS for m in marks):
            continue  # an insertion ("bomb the [expletive] out of") stands for a word or two
        asked = _question_cut(src, toks, a.alignment.end, b.alignment.start, lang)
        if asked:
            why = (
                f"the ellipsis cuts another speaker's question (“{clip(asked)}”): the words "
                "after it answer that question"
            )
            out.append(ctx.finding(ev.quote, "QC105", why))
    return out


def _false_start(
    text: str, toks: Sequence[Token], kept: Alignment, resume: int, lang: LanguageData
) -> list[tuple[int, int]]:
    """The span of a false start the cut leaves out (:func:`.restarts.restart_after`)
    when the kept words before the cut (source tokens ``kept``) are its first words and the cut
    goes on to the new start, whose words up to ``resume`` (where the kept words resume) say
    the kept ones again, the first of them perhaps as a pronoun for a noun: "I don't -- I think
    we should wait" quoted as "I … think we should wait", "We will never -- we will always put
    residents first" as "We will … always put residents first", "The ferry isn't, uh, it won't
    be cheap" as "The ferry … won't be cheap".  What the start held before it broke off governs
    nothing said after the break.  Empty when the cut holds no such start."""
    for i in range(kept.end, resume):
        if toks[i].norm not in lang.negations:
            continue
        restart = restart_after(text, toks, i, resume, lang)
        if restart is None or not kept.start <= restart.head < kept.end:
            return []
        again = [t.norm for t in toks[restart.again : resume]]
        if again and again[0] != toks[restart.head].norm:
            again = again[1:]  # the pronoun for the noun the start opened with
        if kept.end - len(again) < kept.start:
            return []
        if again != [t.norm for t in toks[kept.end - len(again) : kept.end]]:
            return []
        return [(toks[restart.head].start, toks[resume - 1].end)]
    return []


def _question_cut(src: Source, toks: Sequence[Token], lo: int, hi: int, lang: LanguageData) -> str:
    """The words of another speaker's turn with a question mark that the cut ``toks[lo:hi]``
    holds between two pieces of the quoted speaker's own turns (``toks[lo - 1]`` the last kept
    token, ``toks[hi]`` the one the kept words resume with), or "": the kept words after it
    answer that question (an interviewer's "And will you cut their pay?"), so the ellipsis
    joins two answers.  A turn without a question (a "Right." between) is not one; nor is a
    question that opens no new topic (:func:`_same_answer`: a "Really?", a "Sorry, did you
    say the money is there?"): the words after it go on with the same answer."""
    if not 0 < lo < hi < len(toks):
        return ""
    own = _own_words(src, toks[lo - 1].start)
    if own is None or not own(toks[lo - 1].start) or not own(toks[hi].start):
        return ""
    i = lo
    while i < hi:
        if own(toks[i].start):
            i += 1
            continue
        j = next((k for k in range(i, hi) if own(toks[k].start)), hi)
        turn = src.text[toks[i].start : toks[j].start]
        if "?" in turn and not _same_answer(src, toks, i, j, own, lang):
            return turn[: turn.rfind("?") + 1].strip()
        i = j
    return ""


def _same_answer(
    src: Source,
    toks: Sequence[Token],
    i: int,
    j: int,
    own: Callable[[int], bool],
    lang: LanguageData,
) -> bool:
    """Whether the other speaker's question ``toks[i:j]`` (labels and all) opens no new topic:
    its words, speaker labels aside, are the language's ``backchannels`` alone ("Really?",
    "Is that right?"), or it echoes the quoted speaker's words right before it — a content
    word (not a ``stopwords`` entry, an auxiliary, a modal or a pronoun; at least
    :data:`ECHO_LETTERS` letters) of their last turn ("…we have the money." / "Sorry, did
    you say the money is there?"): a listener checking what was said, not a new question."""
    words = [t.norm for t in toks[i:j] if _in_other_turn(src, t.start, own)]
    if not words or phrase_list(lang.backchannels).covers(words):
        return True
    before: set[str] = set()
    k = i - 1
    while k >= 0 and not _in_other_turn(src, toks[k].start, own):
        if own(toks[k].start):
            before.add(toks[k].norm)
        k -= 1
    idle = (
        lang.stopwords
        | lang.auxiliaries
        | frozenset(lang.modals)
        | lang.subject_pronouns
        | lang.object_pronouns
        | lang.first_person
    )
    return any(w in before and w not in idle and len(w) >= ECHO_LETTERS for w in words)


ECHO_LETTERS = 4
"""Letters a word of another speaker's question needs to count as an echo of the quoted
speaker's words (shorter ones are function words the stop lists may miss)."""


def _in_other_turn(src: Source, at: int, own: Callable[[int], bool]) -> bool:
    """Whether offset ``at`` stands in a turn of someone else (not a speaker label)."""
    return not own(at) and any(t.start <= at < t.end for t in src.turns)


def _cut_asides(
    text: str, lead: Sequence[Token], resume: Token, after_noun: bool, lang: LanguageData
) -> list[tuple[int, int]]:
    """Spans of ``text`` that are relative clauses set off by commas and cut whole: ``lead``
    is the last kept token, then the cut ones; a clause opens with a comma and an aside
    opener (``aside_openers``: "which", "who", "whose") among the cut tokens and closes with
    a comma before ``resume``, the token where the kept words resume.  An opener that may
    speak of a whole clause (``clause_relatives``: "…, which I will never allow, …") counts
    only right after the kept piece, when that piece is a noun phrase (``after_noun``,
    :func:`_noun_phrase`) and the kept words resume with its verb, not a preposition or a
    determiner ("The quay, which …, opens in May"; not "The harbour will be sold, which …, to
    a hotel chain")."""
    spans: list[tuple[int, int]] = []
    done = 0
    for i, (prev, t) in enumerate(itertools.pairwise(lead)):
        if t.start < done or t.norm not in lang.aside_openers:
            continue
        if "," not in text[prev.end : t.start]:
            continue
        if t.norm in lang.clause_relatives and (
            i != 0 or not after_noun or resume.norm in lang.prepositions | lang.determiners
        ):
            continue
        close = text.find(",", t.end, resume.start)
        if close != -1:
            spans.append((t.start, close))
            done = close
    return spans


def _inside(t: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= t.start < hi for lo, hi in spans)


def _idle_negations(
    text: str,
    lead: Sequence[Token],
    resume: Token,
    kept: Sequence[Token],
    lang: LanguageData,
    *,
    to_end: bool = False,
) -> list[tuple[int, int]]:
    """Spans of ``text`` whose negations the cut leaves out without turning the kept words:
    ``lead`` is the last kept token, then the cut ones, ``resume`` the token where the kept
    words resume, ``kept`` the kept words of the sentence before the cut; ``to_end``: the
    kept words after the cut go on to the end of their sentence.

    * a fixed phrase with a negation word that negates nothing (``negative_idioms``: "no
      doubt", "without question", "not least", "no matter"), cut whole as the whole cut or
      at the head of words set off by commas ("This is, no doubt, the right plan"; "The
      money will arrive, no matter what the Treasury says, before May");
    * a narrowing phrase (a ``narrowers`` entry of more than one word: "not only") cut
      whole the same way, when the kept words go on to the end of the sentence (``to_end``)
      and so keep the other half it announces ("We will … paint the boathouse, we will also
      fix its roof"); kept words that stop short ("The strike is … about pay." for "The
      strike is not only about pay, it is about safety.") say the first half is all;
    * a tag question set off by a comma and closed by a question mark ("It is a fair plan,
      isn't it? We will …"): a negation and a pronoun after it, nothing else but its verb;
    * an echo of a negation the kept words hold already, set off by commas and cut whole
      ("Nobody, and I mean nobody, will lose …"; "No ward, not one, will close"): the aside
      opens with a negation or repeats one of the kept words'.
    """
    cut = list(lead[1:])
    if not cut:
        return []
    before = text[lead[0].end : cut[0].start]
    after = text[cut[-1].end : resume.start]
    norms = [t.norm for t in cut]
    spans: list[tuple[int, int]] = []
    set_off = "," in before and "," in after and "," not in text[cut[0].start : cut[-1].end]
    halves = sorted(tuple(n.split()) for n in lang.narrowers if " " in n) if to_end else []
    for idiom in (*lang.negative_idioms, *halves):
        if tuple(norms[: len(idiom)]) == idiom and (len(cut) == len(idiom) or set_off):
            spans.append((cut[0].start, cut[len(idiom) - 1].end))
    if (
        "," in before
        and "?" in after.split(",")[0]
        and len(cut) <= 4
        and norms[-1] in lang.pronouns
        and any(n in lang.negations for n in norms)
    ):
        spans.append((cut[0].start, cut[-1].end))
    kept_neg = {t.norm for t in kept if t.norm in lang.negations}
    if set_off and kept_neg and (norms[0] in lang.negations or kept_neg & set(norms)):
        spans.append((cut[0].start, cut[-1].end))
    return spans


def _cut_conjunction(
    text: str, lead: Sequence[Token], kept: Sequence[Token], lang: LanguageData
) -> list[Token]:
    """The cut when it is one adversative alone (``adversatives``: "but", "yet") between two
    kept clauses — after a comma or a semicolon ("It is not easy, but it is right" quoted as
    "It is not easy … it is right") or after kept words with a negation ("not a promise but a
    fact"): both claims stay; only the word that set them side by side is gone.  So is one
    that opens the sentence the kept words resume in, the cut's last word, after whole
    sentences cut ("… I wonder how long he waited? But for Bill to go …" quoted as "… for Bill
    to go …"): it links the kept words to cut ones, and limits none of them."""
    cut = list(lead[1:])
    if not cut or cut[-1].norm not in lang.adversatives:
        return []
    between = text[lead[-2].end : cut[-1].start]
    if len(cut) > 1:
        return cut[-1:] if any(c in between for c in ".?!") else []
    if "," in between or ";" in between or any(t.norm in lang.negations for t in kept):
        return cut
    return []


def _noun_phrase(kept: Sequence[Token], lang: LanguageData) -> bool:
    """Whether ``kept`` (the kept words of a sentence before an ellipsis) is a noun phrase
    alone: a first word, then words none of which is a function word or a modal ("The new
    quay", "Our night ferry"; not "The old harbour will be sold")."""
    return bool(kept) and not any(
        t.norm in lang.stopwords or t.norm in lang.modals for t in kept[1:]
    )
