"""An article set out as an interview: turns opened by speaker labels ("**Ledger:** …" /
"**Ostrander:** …", "Q: …" / "A: …") whose words stand in no quote marks.

A Q&A is the most verbatim genre a newsroom prints, and its answers are quotations without
marks.  The turns are read with the sources' own definition of a transcript
(:func:`quotecheck.inputs.sources.labelled_turns`: three labelled turns or more whose labels
name people, one recurring or a post, a title or a first name and a surname), so a
statement's topic heads ("Housing: …") or a lone "Update: …" line are none.

Each turn is then read for whose words it gives (:func:`interview`):

* an answer label ("A: …", the language's ``answer_labels``) is the interviewee's: the one
  speaker the sources declare whom the article names in full before the exchange (its title,
  its intro "Mara Quist, the harbour master, spoke with …"), when it names no other person
  there and its intro ties no one else to the interview ("A ferry captain who asked not to
  be named spoke with the Gazette": the language's ``interview_ties``) — nothing is guessed
  onto a declared speaker the intro merely mentions.  The interviewer is never the one
  answering: a transcript's speaker whose turns the article's questions give ("Q: …" found
  in one of its turns) or whose turns are mostly questions asks (:func:`_questioners`; a
  byline "By Sam Hale" for the label "HALE:"), and when the article's questions are all one
  speaker's turns (the transcript records this exchange), the one
  answering may be a transcript's label in capitals ("ORLA BRENNICK:" for the intro's "Orla
  Brennick") or by surname ("BRENNICK:", the one person of that surname the intro names in
  full) — another of the transcript's speakers named in the intro leaves it open (QC151);
* a label that names one speaker the sources declare ("**Mara Quist:**", titles left out) is
  that speaker's; a part of the name ("**Quist:**") only when the article names her in full
  and no one else of that surname;
* a question label ("Q: …", ``question_labels``), or a label that names no declared speaker
  and whose turns are questions (the publication's name, the interviewer's), is the
  interviewer's: their questions are not the interviewee's words and no source is theirs, so
  they are left as the article's own words (as its narration is);
* any other turn (a guest no source speaks for, an "A:" when the article names none of the
  sources' speakers, or several) cannot be checked: the caller says so (QC151), with why.

An answer is checked paragraph by paragraph, each paragraph one quote (a paragraph of a
multi-paragraph answer goes on from the one before, as a quote's paragraphs in marks do); a
paragraph after the exchange's last label is the article's again, and so is a Markdown heading
or a line that ends no sentence (a section title between questions).  A paragraph that holds
quote marks is checked through them (the interviewee quoting someone, or the article quoting
inside a turn), as before; an answer's labelled paragraph that holds them has its whole
sentences before the marks checked as a piece of the answer, and a sentence of its own after
them is said unchecked (QC151), never passed in silence; a later paragraph of the answer that
holds marks has any sentence of its own outside them said unchecked (it may be the answer going
on or the article's narration, "We will hold the levy, she added.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from quotecheck.inputs.sources import MIN_LABELLED_TURNS, labelled_turns
from quotecheck.lang.phrases import phrase_pattern
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import BLANK_LINE
from quotecheck.models import Turn

__all__ = ["Answer", "Interview", "condensed_note", "interview", "unquoted_turns"]


@dataclass(frozen=True)
class Answer:
    """One paragraph of an interviewee's answer: the words at ``start:end`` of the view
    (label and blanks left out), ``speaker``'s, under the article's ``label``."""

    start: int
    end: int
    speaker: str
    label: str
    label_start: int
    label_end: int
    goes_on: bool = False
    """A later paragraph of the same turn (the one before is its previous piece)."""


@dataclass(frozen=True)
class Interview:
    """An article's labelled turns without quote marks, read for whose words they give."""

    answers: list[Answer] = field(default_factory=list)
    unchecked: list[Turn] = field(default_factory=list)
    """Turns no answer was made of: the interviewee unknown or without a source."""
    why: str = ""
    """Why :attr:`unchecked` could not be checked, for the QC151 notice."""
    questions: int = 0
    """Turns read as the interviewer's questions (left as the article's words)."""


def unquoted_turns(view: str, marked: Sequence[tuple[int, int]], language: str) -> list[Turn]:
    """The labelled turns of an article's ``view`` (in ``language``) whose paragraph holds
    words and no quote marks (``marked``: the spans of paired marks, marks included), in
    order; none when the article is not set out as an exchange of labelled turns, or when
    fewer than :data:`~quotecheck.inputs.sources.MIN_LABELLED_TURNS` of its turns are so (a
    tally's "Clinton: 1,769." holds no words; one unquoted line among quoted turns is no
    interview).  Each turn runs to the next label (its ``end``); its first paragraph is the
    labelled one.  O(text + turns × marked)."""
    out = []
    for turn in labelled_turns(view, 0, language, None):
        if turn.quoted:
            continue
        gap = BLANK_LINE.search(view, turn.start, turn.end)
        end = gap.start() if gap else turn.end
        if not any(c.isalpha() for c in view[turn.start : end]):
            continue
        if any(a < end and turn.start < b for a, b in marked):
            continue
        out.append(turn)
    return out if len(out) >= MIN_LABELLED_TURNS else []


def first_paragraph(view: str, turn: Turn) -> int:
    """Where the labelled paragraph of ``turn`` ends (its first blank line, or the turn's end)."""
    gap = BLANK_LINE.search(view, turn.start, turn.end)
    return gap.start() if gap else turn.end


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)\]]\W*$")
_HEADING = re.compile(r"^[ \t]*(?:#|<h\d)")
_SET_APART = re.compile(r"[*_\[(]|<(?:em|i|small)\b")
"""A paragraph opening in italics or brackets: an editor's note between turns."""


def _speaks_of(text: str, speaker: str) -> bool:
    """Whether ``text`` names ``speaker`` by their surname: the article's narration about
    them, not their own words."""
    surname = speaker.split()[-1]
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) is not None


def _words(name: str, lang: LanguageData) -> frozenset[str]:
    """Lower-cased words of a name or label, titles left out ("MAYOR QUIST" → quist)."""
    found = (m.group().lower() for m in _NAME_WORD.finditer(name))
    return frozenset(w for w in found if w.strip(".") not in lang.title_words)


def _named(
    label: str, people: Sequence[tuple[str, Sequence[str]]], lang: LanguageData
) -> str | None:
    """The one declared speaker (``people``: name and aliases) a label names: its words,
    titles left out, all words of the name or of one alias; None for none or several."""
    words = _words(label, lang)
    if not words:
        return None
    hits = {
        name
        for name, aliases in people
        if any(words <= _words(n, lang) for n in (name, *aliases) if _words(n, lang))
    }
    return hits.pop() if len(hits) == 1 else None


_CAPITALISED = r"[A-Z][\w'’-]*"


def _persons(text: str, lang: LanguageData) -> list[str]:
    """The people ``text`` names by a first name of the language's table and one or two
    capitalised words after it ("Laura Bush", "Mara van Quist" without the particle), as
    written, in order."""
    rx = re.compile(rf"(?<!\w)({_CAPITALISED})((?:[ \t]+{_CAPITALISED}){{1,2}})(?!\w)")
    return [m.group(0) for m in rx.finditer(text) if m.group(1).lower() in lang.first_names]


def _introduced(
    view: str,
    before: int,
    people: Sequence[tuple[str, Sequence[str]]],
    lang: LanguageData,
    recognise: Callable[[str], list[str]] | None,
    askers: Sequence[str] = (),
    labels: bool = False,
) -> tuple[list[str], list[str]]:
    """The people the article names before offset ``before`` (its title and intro): the
    declared speakers named in full (a name or alias of two words or more; with ``labels``, a
    transcript's one-word label, "BRENNICK:", when the intro names one person of that surname
    in full, "Orla Brennick"), and the other people named (a first name and a surname, or a
    person the entity recogniser ``recognise`` finds) who are none of them nor one of
    ``askers`` (the interview's questioners, :func:`_questioners`: a byline's "By Sam Hale"
    for the label "HALE") — each once, in order."""
    head = view[:before]
    # A person the recogniser finds is a name of two capitalised words or more: one word alone
    # ("Gazette") is as often a publication or a place.
    recognised = [
        " ".join(p.split())
        for p in (recognise(head) if recognise is not None else [])
        if len(p.split()) > 1 and all(w[:1].isupper() for w in p.split())
    ]
    persons = _persons(head, lang) + recognised
    declared: list[str] = []
    for name, aliases in people:
        forms = [n for n in (name, *aliases) if len(n.split()) > 1 and n[:1].isupper()]
        if name not in declared and any(_names_in(head, f, labels) for f in forms):
            declared.append(name)
    # A one-word label that is the surname of the one person the intro names in full, when
    # no speaker named there already holds it ("BRENNICK" beside a statement's "Orla Brennick").
    for name, _ in people if labels else ():
        words = _words(name, lang)
        if (
            name not in declared
            and not any(words <= _words(d, lang) for d in declared)
            and _surname_in_full(name, persons, head, lang)
        ):
            declared.append(name)
    known = [_words(n, lang) for n in (*declared, *askers)]
    others: list[str] = []
    # Another of the sources' speakers the intro names, even by surname alone ("Orla Brennick
    # and Tom Vale spoke with …" for a transcript's "BRENNICK:" and "VALE:"): whose the
    # answers are is not clear.
    said = {w.group().lower() for w in _NAME_WORD.finditer(head)}
    for name, _ in people if labels else ():
        words = _words(name, lang)
        if (
            name not in declared
            and words
            and words <= said
            and not any(words <= k or k <= words for k in known if k)
        ):
            others.append(name)
    for person in persons:
        words = _words(person, lang)
        if not words:
            continue
        if not any(words <= k or k <= words for k in known if k) and person not in others:
            others.append(person)
    return declared, others


def _surname_in_full(label: str, persons: Sequence[str], head: str, lang: LanguageData) -> bool:
    """Whether a one-word transcript ``label`` ("BRENNICK") is the surname of exactly one
    person the intro ``head`` names in full: one of ``persons`` ("Orla Brennick"), and no
    other capitalised word than that first name before the surname there ("Dana Brennick";
    titles left out, "Mayor Brennick" is no other person) — two people of that surname leave
    whose label it is open."""
    if len(label.split()) != 1:
        return False
    surname = label.rstrip(".")
    key = surname.casefold()
    holders = [p.split() for p in persons if len(p.split()) > 1 and p.split()[-1].casefold() == key]
    firsts = {p[-2].casefold() for p in holders}
    rx = rf"({_CAPITALISED})[ \t]+{re.escape(surname)}(?!\w)"
    for m in re.finditer(rx, head, re.IGNORECASE):
        word = m.group(1)
        if word[:1].isupper() and word.casefold().strip(".") not in lang.title_words:
            firsts.add(word.casefold())
    return bool(holders) and len(firsts) == 1


def _names_in(text: str, form: str, labels: bool = False) -> bool:
    """Whether ``text`` names a person by ``form`` (two words or more), as written — or, with
    ``labels``, for a form set in capitals as transcripts print their labels ("ORLA
    BRENNICK"), in any case whose every word is capitalised ("Orla Brennick", never "orla
    brennick")."""
    if not labels or not form.isupper():
        return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE):
        if all(w[:1].isupper() for w in m.group().split()):
            return True
    return False


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _tied_to_another(head: str, who: str, lang: LanguageData, askers: Sequence[str] = ()) -> str:
    """The words by which the article's ``head`` (title and intro) ties someone other than
    ``who`` to its interview: a sentence with one of the language's ``interview_ties`` whose
    words before it neither name ``who`` nor open with a pronoun ("A ferry captain who asked
    not to be named spoke with"), nor name one of ``askers`` (the interviewer: "reporter Sam
    Hale sat down with …") with ``who`` named after it; "" when it ties ``who`` or ties no
    one."""
    names = _words(who, lang)
    asking = [_words(a, lang) for a in askers]
    # A language that lists no subject pronouns: its pronouns of a third person, he or she.
    pronouns = lang.subject_pronouns or {
        w for w, person in lang.pronouns.items() if person in ("3m", "3f")
    }
    for m in _SENTENCE.finditer(head):
        sentence = m.group()
        for phrase in sorted(lang.interview_ties):
            tie = re.search(rf"(?<!\w){phrase_pattern(phrase)}(?!\w)", sentence, re.I)
            if tie is None:
                continue
            before = sentence[: tie.start()]
            words = [w.group().lower() for w in _NAME_WORD.finditer(before)]
            if not words or words[0] in pronouns or names & set(words):
                return ""
            after = {w.group().lower() for w in _NAME_WORD.finditer(sentence[tie.end() :])}
            if any(a and a <= set(words) for a in asking) and names and names <= after:
                return ""
            return " ".join(sentence[: tie.end()].split())
    return ""


def _tied_with_another(head: str, who: str, lang: LanguageData) -> str:
    """The words by which the article's ``head`` ties ``who`` and someone else together to its
    interview: a sentence with one of the language's ``interview_ties`` whose words before it
    name ``who`` and join another person to that subject (:func:`_joins_subject`: "Ruth
    Dorset and a bus driver spoke with", "Ruth Dorset, who runs the board, and her deputy
    talked to"): two interviewees answer under one "A:", so no answer is one person's.  ""
    when none does.  O(head)."""
    names = _words(who, lang)
    for m in _SENTENCE.finditer(head):
        sentence = m.group()
        for phrase in sorted(lang.interview_ties):
            tie = re.search(rf"(?<!\w){phrase_pattern(phrase)}(?!\w)", sentence, re.I)
            if tie is None:
                continue
            if _joins_subject(sentence[: tie.start()], names, lang):
                return " ".join(sentence[: tie.end()].split())
            break
    return ""


def _joins_subject(before: str, names: frozenset[str], lang: LanguageData) -> bool:
    """Whether the words ``before`` an interview tie join another person to the one named
    (``names``: the words of her name): right after her name (its first run of words; a
    firm's "Dorset and Vance" later is not her), past any aside set off by commas (", who
    chairs Parks and Recreation,", ", 54,"), a coordinating conjunction (``conjunctions``)
    followed by a determiner or a capitalised word.  An "and" elsewhere ("On Monday and
    Tuesday, Ruth Dorset spoke", "a partner at Dorset and Vance") joins no one to her."""
    words = list(_NAME_WORD.finditer(before))
    first = next((i for i, w in enumerate(words) if w.group().lower() in names), None)
    if first is None:
        return False
    last = first
    while last + 1 < len(words) and words[last + 1].group().lower() in names:
        last += 1
    rest = before[words[last].end() :]
    while True:
        following = [w.group() for w in _NAME_WORD.finditer(rest)][:2]
        opening = rest.lstrip().lstrip(",").lstrip()
        if (
            len(following) == 2
            and opening.startswith(following[0])
            and following[0].lower() in lang.conjunctions
            and (following[1].lower() in lang.determiners or following[1][:1].isupper())
        ):
            return True
        aside = rest.lstrip()
        close = aside.find(",", 1) if aside.startswith(",") else -1
        if close < 0:
            return False
        rest = aside[close:]


def _namesake(view: str, who: str, lang: LanguageData) -> str | None:
    """Another person the article names with the surname of ``who`` (a first name of the
    language's table before it that ``who``'s name does not hold: "Laura Bush" beside a
    source's "George W. Bush"), or None."""
    mine = _words(who, lang)
    surname = who.split()[-1]
    for person in _persons(view, lang):
        parts = person.split()
        if parts[-1] == surname and parts[0].lower() not in mine:
            return person
    return None


def _in_full(view: str, who: str, aliases: Sequence[str]) -> bool:
    """Whether the article names ``who`` in full: the name or an alias of two words or more."""
    forms = [n for n in (who, *aliases) if len(n.split()) > 1]
    return any(_names_in(view, f, labels=True) for f in forms)


def _asks(view: str, turns: Sequence[Turn]) -> bool:
    """Whether most of ``turns`` (one label's) are questions: their labelled paragraph ends
    with a question mark."""
    return _mostly_questions([view[t.start : first_paragraph(view, t)] for t in turns])


def _mostly_questions(texts: Sequence[str]) -> bool:
    """Whether most of ``texts`` (one speaker's turns) end with a question mark: the one test
    of who asks, for an article's labelled paragraphs (:func:`_asks`) and a source's turns
    (:func:`_questioners`)."""
    return 2 * sum(1 for text in texts if text.rstrip().endswith("?")) > len(texts)


QUESTION_MATCH = 0.75
"""How alike an article's turn ("Q: …") and one turn of a source must be for the one to give
the other: twice the words they share over the words of both (a question the answer after it
repeats, "And the late bus?" in "The late bus stays … and that is plenty", is no match)."""


def _lower_words(text: str) -> set[str]:
    return {m.group().lower() for m in _NAME_WORD.finditer(text)}


def _whose(words: set[str], spoken: Sequence[tuple[str, set[str]]]) -> str | None:
    """The one speaker whose turn (``spoken``: each turn's speaker and words) the article's
    turn of ``words`` gives (:data:`QUESTION_MATCH`), or None for none or two alike."""
    scores: dict[str, float] = {}
    for who, said in spoken:
        score = 2 * len(words & said) / (len(words) + len(said)) if words or said else 0.0
        scores[who] = max(scores.get(who, 0.0), score)
    best = max(scores.values(), default=0.0)
    top = [who for who, score in scores.items() if score == best]
    return top[0] if best >= QUESTION_MATCH and len(top) == 1 else None


def _questioners(
    view: str, turns: Sequence[Turn], said: Sequence[tuple[str, str]], lang: LanguageData
) -> tuple[list[str], bool]:
    """The speakers of the sources' turns (``said``: each turn's speaker and words) who ask
    the interview's questions: the speaker of the turn that each of the article's questions
    ("Q: …", the language's ``question_labels``) gives (:func:`_whose`), and any speaker whose
    turns mostly end with a question mark.  The one answering is never among them: a byline's
    "Sam Hale" is the label "HALE:" that asks.  With them, whether the article's questions
    are all one speaker's turns and none of its answers ("A: …") is that speaker's: then that
    source records this very exchange (a debate's moderator, whose turns are questions too,
    asked none of the article's)."""
    if not said:
        return [], False
    matched: list[str] = []
    answered: list[str] = []
    spoken = [(who, _lower_words(words)) for who, words in said]
    for t in turns:
        key = (t.speaker or "").casefold().rstrip(".")
        if key not in lang.question_labels and key not in lang.answer_labels:
            continue
        who = _whose(_lower_words(view[t.start : first_paragraph(view, t)]), spoken)
        found = matched if key in lang.question_labels else answered
        if who is not None and who not in found:
            found.append(who)
    turns_of: dict[str, list[str]] = {}
    for who, text in said:
        turns_of.setdefault(who, []).append(text)
    asking = [
        who for who, texts in turns_of.items() if _mostly_questions(texts) and who not in matched
    ]
    return matched + asking, len(matched) == 1 and matched[0] not in answered


def interview(
    view: str,
    marked: Sequence[tuple[int, int]],
    lang: LanguageData,
    people: Sequence[tuple[str, Sequence[str]]],
    recognise: Callable[[str], list[str]] | None = None,
    raw: str | None = None,
    said: Sequence[tuple[str, str]] = (),
) -> Interview:
    """The article's turns set out as an interview without quote marks (:func:`unquoted_turns`),
    read for whose words they give (the module docstring): answers of a speaker the sources
    declare (``people``: each one's name and aliases) become :class:`Answer` paragraphs; the
    interviewer's questions are counted; the rest is unchecked, with why.  ``recognise``: the
    people an entity recogniser finds in a text, when there is one (an "A:" is the
    interviewee's only when the intro names no one else); ``raw``: the text the view is of
    (its markup, for a note set in italics between turns).  O(text + turns ×
    (marked + people))."""
    turns = unquoted_turns(view, marked, lang.code)
    if not turns:
        return Interview()
    first_label = view.rfind("\n", 0, turns[0].start) + 1
    askers, one = _questioners(view, turns, said, lang)
    answering = [p for p in people if p[0] not in askers]
    declared, others = _introduced(view, first_label, answering, lang, recognise, askers, one)
    asked = declared + others
    interviewee = declared[0] if len(declared) == 1 and not others else None
    head = view[:first_label]
    tie = _tied_to_another(head, interviewee, lang, askers) if interviewee else ""
    joined = _tied_with_another(head, interviewee, lang) if interviewee and not tie else ""
    if tie or joined:
        interviewee = None
    aliases = {name: tuple(al) for name, al in people}
    by_label: dict[str, list[Turn]] = {}
    for t in turns:
        by_label.setdefault((t.speaker or "").casefold().rstrip("."), []).append(t)
    every = labelled_turns(view, 0, lang.code, None)
    last = max(t.start for t in every)
    plain = {t.start for t in turns}
    # A turn whose labelled paragraph holds quote marks (the interviewee quoting someone): the
    # words in the marks are checked through them, its own sentences before them as an answer.
    holding = [t for t in every if not t.quoted and t.start not in plain and t.speaker]
    answers: list[Answer] = []
    unchecked: list[Turn] = []
    reasons: list[str] = []
    questions = 0
    for t in sorted([*turns, *holding], key=lambda t: t.start):
        key = (t.speaker or "").casefold().rstrip(".")
        if key in lang.question_labels:
            questions += 1 if t.start in plain else 0
            continue
        if key in lang.answer_labels:
            who = interviewee
            if who is None:
                reasons.append(
                    f"the article says someone else answered (“{tie}”)"
                    if tie
                    else f"the article says several people answered (“{joined}”), so whose "
                    "each answer is is not clear"
                    if joined
                    else "the article names no one of the sources' speakers as the one answering"
                    if not declared
                    else f"the article names several people ({', '.join(asked[:4])}) before "
                    "the answers, so whose they are is not clear"
                )
        else:
            who = _named(t.speaker or "", people, lang)
            # A label of part of the name ("Bush:"): the article names the speaker in full,
            # and no one else of that surname ("Laura Bush" for a source's "George W. Bush").
            if (
                who is not None
                and _words(t.speaker or "", lang) != _words(who, lang)
                and (not _in_full(view, who, aliases.get(who, ())) or _namesake(view, who, lang))
            ):
                reasons.append(
                    f"the article does not name {who} in full beside the label "
                    f"“{t.speaker}”, or names someone else of that name"
                )
                unchecked.append(t)
                continue
            if (who is None or who != interviewee) and _asks(view, by_label.get(key, [t])):
                questions += 1  # the interviewer's (the publication's) questions
                continue
            if who is None:
                reasons.append(f"no source gives {t.speaker}'s words")
        if who is None:
            unchecked.append(t)
            continue
        if t.start not in plain:
            piece, rest = _before_marks(view, t, marked)
            if piece is not None:
                answers.append(_answer(view, t, who, *piece))
            if rest:
                reasons.append("an answer holds quote marks: only the words in them were checked")
                unchecked.append(t)
            continue
        found, held = _paragraphs(view, raw or view, t, who, marked, t.start < last)
        answers.extend(found)
        if held:
            reasons.append(
                "a later paragraph of an answer holds quote marks: only the words in them "
                "were checked, not its own sentences around them"
            )
            unchecked.append(t)
    return Interview(answers, unchecked, "; ".join(dict.fromkeys(reasons)), questions)


_SENTENCE_STOP = re.compile(r"[.!?…][\"”’»)\]]*(?=\s)")


def _before_marks(
    view: str, turn: Turn, marked: Sequence[tuple[int, int]], start: int | None = None
) -> tuple[tuple[int, int] | None, bool]:
    """The whole sentences of ``turn``'s labelled paragraph (or of its paragraph at
    ``start``) before its first quote marks (``marked``), as a span (None for none), and
    whether a sentence outside the marks stands after them (words that cannot be checked as a
    piece of the answer)."""
    at = turn.start if start is None else start
    gap = BLANK_LINE.search(view, at, turn.end)
    end = gap.start() if gap else turn.end
    inside = sorted((a, b) for a, b in marked if a < end and at < b)
    if not inside:
        return None, False
    lo = at + len(view[at:end]) - len(view[at:end].lstrip())
    stops = [m.end() for m in _SENTENCE_STOP.finditer(view, lo, inside[0][0])]
    piece = (lo, stops[-1]) if stops and any(c.isalpha() for c in view[lo : stops[-1]]) else None
    outside = list(view[stops[-1] if piece else lo : end])
    base = stops[-1] if piece else lo
    for a, b in inside:
        for k in range(max(a, base), min(b, end)):
            outside[k - base] = " "
    rest = "".join(outside)
    return piece, re.search(r"[^\W\d_][^.!?…]*[.!?…]", rest) is not None


def _answer(view: str, turn: Turn, speaker: str, lo: int, hi: int) -> Answer:
    """The answer piece ``lo:hi`` of ``turn``'s labelled paragraph, ``speaker``'s."""
    label_start = view.rfind("\n", 0, turn.start) + 1
    label = view[label_start : turn.start].strip(" \t*_:")
    label_start += len(view[label_start : turn.start]) - len(
        view[label_start : turn.start].lstrip(" \t*_")
    )
    return Answer(lo, hi, speaker, label, label_start, label_start + len(label))


def _paragraphs(
    view: str,
    raw: str,
    turn: Turn,
    speaker: str,
    marked: Sequence[tuple[int, int]],
    more: bool,
) -> tuple[list[Answer], bool]:
    """The paragraphs of ``turn`` as answers of ``speaker``: the labelled one, and when
    another label follows (``more``) the paragraphs up to it that end a sentence and hold no
    heading, no note set apart in italics or brackets (in ``raw``, the text the view blanks
    the markup of) and no mention of the speaker by name (each going on from the one before).
    A later paragraph that holds quote marks ends the answer: whether it holds a whole
    sentence of its own outside them (:func:`_before_marks`; unchecked: said, not passed) is
    returned with the answers."""
    label_start = view.rfind("\n", 0, turn.start) + 1
    label = view[label_start : turn.start].strip(" \t*_:")
    label_start += len(view[label_start : turn.start]) - len(
        view[label_start : turn.start].lstrip(" \t*_")
    )
    label_end = label_start + len(label)
    spans = []
    at = turn.start
    stop = turn.end if more else first_paragraph(view, turn)
    while at < stop:
        gap = BLANK_LINE.search(view, at, stop)
        end = gap.start() if gap else stop
        spans.append((at, end))
        at = gap.end() if gap else stop
    out: list[Answer] = []
    for k, (a, b) in enumerate(spans):
        text = view[a:b]
        lo = a + len(text) - len(text.lstrip())
        hi = a + len(text.rstrip())
        if lo >= hi or not any(c.isalpha() for c in view[lo:hi]):
            break
        holds = any(x < hi and lo < y for x, y in marked)
        if holds and k == 0:
            break
        if k > 0 and (
            _HEADING.match(text)
            or not _SENTENCE_END.search(view[lo:hi])
            or _SET_APART.match(raw[a:hi].lstrip())
            or _speaks_of(view[lo:hi], speaker)
        ):
            break
        if holds:
            # Its words outside the marks may be the answer going on or the article's
            # narration ("We will hold the levy, she added."): said unchecked, never read as
            # either.
            piece, rest = _before_marks(view, turn, marked, a)
            return out, piece is not None or rest
        out.append(Answer(lo, hi, speaker, label, label_start, label_end, goes_on=k > 0))
    return out, False


def condensed_note(view: str, lang: LanguageData) -> str:
    """The article's note that its interview was edited for length ("This interview has been
    edited for length and clarity."; the language's ``condensed_notes``, in a sentence that
    names the interview or its answers, ``condensed_subjects``), as written, or "" when it has
    none.  Read anywhere in the article, outside quote marks or in them alike (a
    note is the newsroom's, set in italics above or below the exchange).  O(text × notes)."""
    best: re.Match[str] | None = None
    for phrase in sorted(lang.condensed_notes):
        rx = re.compile(rf"(?<!\w){phrase_pattern(phrase)}(?!\w)", re.I)
        for m in rx.finditer(view):
            if _of_interview(view, m.start(), m.end(), lang):
                if best is None or m.start() < best.start():
                    best = m
                break
    return " ".join(best.group().split()) if best is not None else ""


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _of_interview(view: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether the sentence around ``view[start:end]`` (a note's phrase) names the interview or
    its answers (the language's ``condensed_subjects``; always, for a language without them)."""
    if not lang.condensed_subjects:
        return True
    marks = [m.end() for m in _SENTENCE_MARK.finditer(view, max(0, start - 400), start)]
    lo = marks[-1] if marks else max(0, start - 400)
    after = _SENTENCE_MARK.search(view, end, end + 400)
    hi = after.start() if after else min(len(view), end + 400)
    words = {w.group().lower() for w in _NAME_WORD.finditer(view[lo:hi])}
    # A word an elided article runs into ("l'entretien") is read without it.
    words |= {re.split(r"['’]", w)[-1] for w in words}
    return not words.isdisjoint(lang.condensed_subjects)
