"""Primary sources: who speaks where.

A source's speaker comes, in order of precedence, from the caller (``--speaker``), from the
source's front matter (``speaker:``, ``aliases:``, ``kind:``, ``lang:``, ``occasion:``,
``date:``), or from its byline ("Press Statement of NAME, …"), using the language's byline
patterns.  A transcript ("NAME: words" at the start of lines) gives each turn its own speaker.
Words the source itself puts in quote marks are recorded as quoted turns: they are not the
source speaker's own.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any, Literal, get_args

from quotecheck.errors import FrontMatterError, SourceFormatError
from quotecheck.inputs.document import make_document
from quotecheck.inputs.furniture import furniture_spans
from quotecheck.inputs.labels import (
    WITNESS,
    CourtHeader,
    court_headers,
    interjection_line_end,
    interjections,
    interjector,
    label_person,
    label_role,
    speaker_labels,
)
from quotecheck.inputs.places import Extracted
from quotecheck.inputs.sniff import check_format, detect_source_format
from quotecheck.inputs.text import DEFAULT_MAX_BYTES, decode_bytes, read_bytes
from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.models import Source, Turn
from quotecheck.scanner import scan

SourceKind = Literal["statement", "transcript", "interview", "speech", "document", "post"]
"""What a source declares itself to be (``kind:``); the one list, read by the configuration too."""
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)
_FRONT_KEYS = {
    "speaker",
    "aliases",
    "kind",
    "lang",
    "language",
    "occasion",
    "date",
    "title",
    "id",
    "url",
    "quotecheck",
}


def _front_matter_source(meta: dict[str, Any], *, path: str) -> dict[str, Any]:
    data = meta.get("quotecheck", meta) if isinstance(meta.get("quotecheck"), dict) else meta
    # YAML keys need not be strings (``? null``, ``1:``, an anchor): name them as written.
    unknown = sorted(k if isinstance(k, str) else repr(k) for k in set(data) - _FRONT_KEYS)
    if unknown and data is meta:
        unknown = []  # plain front matter of a web page: ignore keys that are not ours
    if unknown:
        raise FrontMatterError(
            f"unknown key(s) {', '.join(unknown)} under 'quotecheck:'; allowed: "
            f"{', '.join(sorted(_FRONT_KEYS - {'quotecheck'}))}",
            path=path,
        )
    aliases = data.get("aliases", ())
    if isinstance(aliases, str):
        aliases = (aliases,)
    if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
        raise FrontMatterError("'aliases' must be a list of names", path=path)
    kind = data.get("kind")
    if kind is not None and kind not in SOURCE_KINDS:
        raise FrontMatterError(
            f"'kind' is {kind!r}; expected one of {', '.join(SOURCE_KINDS)}", path=path
        )
    speaker = data.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise FrontMatterError("'speaker' must be a name (a string)", path=path)
    return {
        "speaker": speaker,
        "aliases": tuple(aliases),
        "kind": kind,
        "language": data.get("lang") or data.get("language"),
        "occasion": str(data["occasion"]) if data.get("occasion") else None,
        "date": str(data["date"]) if data.get("date") else None,
        "title": str(data["title"]) if data.get("title") else None,
    }


def infer_byline(text: str, start: int, language: str) -> tuple[str, str] | None:
    """(speaker, title) from a byline like "Press Statement of NAME, TITLE" in the first lines."""
    lang = get_language(language)
    head = text[start : start + 2000]
    for rx in lang.byline_patterns:
        pattern = re.compile(rx, flags=re.M)
        pos = 0
        while (m := pattern.search(head, pos)) is not None:
            # A byline's name stands on one line; the patterns' \s would run on into the next
            # paragraph ("Statement by Ann Lee" + "We will …" → "Ann Lee We").
            name = m.group("name").split("\n", 1)[0]
            if _role_only(name, lang):
                # "STATEMENT BY THE COUNCIL LEADER": a post; the person may be named after it
                pos = m.start("name") + len(name)
                continue
            name_end = m.start("name") + len(name)
            words = name.split()
            while len(words) > 1 and (
                words[0].lower().strip(".") in lang.title_words | lang.honorific_styles
                or words[0].casefold() in lang.determiners
            ):
                words = words[1:]  # "Minister Mara Lindqvist" → "Mara Lindqvist"
            name = " ".join(words)
            rest = head[name_end:].split("\n", 1)[0]
            title = rest.lstrip(" ,").strip()
            return name, title
    return None


def _role_only(name: str, lang: LanguageData) -> bool:
    """Whether a byline's "name" names a post, not a person: it opens with a determiner ("THE
    COUNCIL LEADER", "The Mayor") or is role nouns only ("MAYOR", :func:`labels.label_role`);
    a determiner before a style of address opens a person's name ("The Hon Jane Smith MP",
    ``honorific_styles``)."""
    words = name.split()
    if not words:
        return False
    if words[0].casefold() in lang.determiners:
        rest = words[1:]
        return not rest or rest[0].casefold().strip(".") not in lang.honorific_styles
    return bool(label_role(name, lang.code))


def transcript_turns(
    text: str, start: int = 0, language: str = "en", speaker: str | None = None
) -> list[Turn]:
    """Speaker turns of a transcript in ``language``: a speaker label ("NAME: …",
    :mod:`labels`) starts a turn that runs until the next.  A post's label with the person in
    brackets ("The Prime Minister (Ann Lee):", :func:`labels.label_person`) is that person's
    turn, and so is every later label of the same post alone ("The Prime Minister:"), as a
    parliamentary record names a minister once.  ``speaker``: the source's declared speaker
    (:func:`labels.speaker_labels`)."""
    heads = list(speaker_labels(text, start, language, speaker))
    # A court record's header lines ("MARISOL BEAUNE, having been first duly sworn, …",
    # "BY MS. OKONJO:") are the reporter's: the turn before one ends there.
    breaks = sorted(
        [*(h.start() for h in heads), *(c.start for c in court_headers(text, start, language))]
    )
    turns = []
    holders: dict[str, str] = {}
    interrupted: str | None = None
    for m in heads:
        k = bisect.bisect_right(breaks, m.start())
        end = breaks[k] if k < len(breaks) else len(text)
        name = " ".join(m.group("name").split())
        if interjector(name, language):
            # A parliamentary record's interjection ("Hon. Members: Hear, hear.") is its one
            # line (wrapped, to its sentence's end); the member it interrupted goes on after
            # it, unlabelled.
            stop = interjection_line_end(text, m.end(), end)
            turns.append(Turn(start=m.end(), end=stop, speaker=name))
            if interrupted and text[stop:end].strip():
                turns.append(Turn(start=stop, end=end, speaker=interrupted))
            continue
        person = label_person(m, language)
        if person:
            holders[name.casefold()] = person
        speaker = person or holders.get(name.casefold(), name)
        turns.append(Turn(start=m.end(), end=end, speaker=speaker))
        interrupted = speaker
    return turns


MIN_LABELLED_TURNS = 3
"""Labelled turns that make a text a transcript when it does not say it is one: fewer may be
a stray "Word: …" line of a statement or a speech."""

TURN_KINDS = frozenset({"transcript", "interview"})
"""Declared kinds whose every speaker label is a turn: a transcript's, an interview's."""


POST_KIND = "post"
"""A social-media post (``kind: post``): a written kind, whose saved copy may hold the post's
earlier version (``inputs/versions.py``)."""

WRITTEN_KINDS = frozenset({"statement", "document", POST_KIND})
"""Declared source kinds (``kind:``) of a written text, not a record of speech."""


def written_source(src: Source | None) -> bool:
    """Whether ``src`` declares itself written (``kind: statement`` or ``document``, declared,
    not the loader's default "statement" for a source of unknown kind, which may be a speech
    pasted without labels): two transcripts of one speech differ in small words, one written
    text does not (red team 20 F13)."""
    return src is not None and src.kind_declared and src.kind in WRITTEN_KINDS


def speech_source(src: Source | None) -> bool:
    """Whether ``src`` shows itself a record of speech: a declared kind that is no written
    one (a transcript, an interview, a speech), or speaker turns that make it a transcript.
    A source of unknown kind may be speech or typeset prose (a news release), where a spaced
    dash between two figures writes a range (``score.restarts.corrected_number``)."""
    return src is not None and src.kind_declared and src.kind not in WRITTEN_KINDS


def labelled_turns(
    text: str, start: int, language: str, kind: str | None, speaker: str | None = None
) -> list[Turn]:
    """The speaker turns of a text source of ``kind`` (None: not declared): every labelled
    turn of a transcript or an interview (:data:`TURN_KINDS`); of any other source (a
    statement, a speech, a document, or no kind said) its turns when there are
    :data:`MIN_LABELLED_TURNS` or more whose labels name people (:func:`_labels_name_people`: a
    press conference's Q&A tail, an interview declared as a speech; not a statement's topic
    heads "Housing: …"), else none.  Declaring a kind never switches the labels off: the questions
    of an interview are the interviewer's whatever the source calls itself."""
    turns = transcript_turns(text, start, language, speaker)
    if kind in TURN_KINDS:
        return turns
    if len(turns) < MIN_LABELLED_TURNS or not _labels_name_people(turns, language, speaker):
        return []
    return turns


def _labels_name_people(turns: list[Turn], language: str, speaker: str | None) -> bool:
    """Whether the labels of a source not declared a transcript are people's, not a
    statement's topic heads ("Housing: We will build …", "Schools: …"): a label recurs (an
    exchange), or one names the source's speaker, a question or an answer ("Q:"), a post
    ("THE CHAIR", :func:`labels.label_role`), or opens with a title ("MAYOR LEE") or is a known
    first name and more ("Ann Lee"; a lone "Grace:" may head a topic)."""
    lang = get_language(language)
    labels = [t.speaker for t in turns if t.speaker and not t.quoted]
    if len({label.casefold() for label in labels}) < len(labels):
        return True
    own = _name_words(speaker, lang.title_words) if speaker else set()
    for label in labels:
        first = label.split()[0].lower().strip(".")
        words = _name_words(label, lang.title_words)
        if (
            (own and words and words <= own)
            or label.casefold().rstrip(".") in lang.answer_labels
            or label.casefold().rstrip(".") in lang.question_labels
            or label_role(label, language)
            or first in lang.title_words
            or (first in lang.first_names and len(label.split()) > 1)
        ):
            return True
    return False


_LABEL_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _name_words(name: str, titles: frozenset[str]) -> set[str]:
    """Lower-cased words of a name or label, titles and honorifics left out ("MS. LEE" → lee)."""
    return {w for w in (m.group().lower() for m in _LABEL_WORD.finditer(name)) if w not in titles}


def own_labels(
    turns: list[Turn], speaker: str | None, aliases: tuple[str, ...], language: str
) -> list[Turn]:
    """``turns`` with each label that names the source's own speaker ("LEE:", "MS. LEE:",
    "ANN LEE:", "SECRETARY LEE:", "CHAIRMAN LEE:" for Ann Lee, or one of her aliases) replaced
    by the speaker's name, so that one person is not listed under two names.  A label names the
    speaker when its words, titles left out, all occur in the speaker's name or in one alias;
    so do its words with role nouns left out too when some remain (a press briefing's label
    gives the post before the name: ``role_nouns``; a role alone, "CHAIR:", is the speaker's
    only when declared as an alias, "the chair")."""
    if not speaker or not turns:
        return turns
    lang = get_language(language)
    titles = lang.title_words
    names = [_name_words(n, titles) for n in (speaker, *aliases)]
    out = []
    for t in turns:
        if t.speaker and t.speaker != speaker and not t.quoted:
            words = _name_words(t.speaker, titles)
            named = words - lang.role_nouns
            words = named or words
            if words and any(words <= n for n in names):
                t = t.model_copy(update={"speaker": speaker})
        out.append(t)
    return out


QaRoles = list[str | None]
"""Each turn's part in a Q&A interview (:func:`interview_roles`): :data:`ANSWER` (the
interviewee's), the language's name for the interviewer (a question), or None (any other
turn)."""

ANSWER = ""
"""A turn of :data:`QaRoles` that is an answer ("A: …"): the interviewee's."""


def interview_roles(turns: list[Turn], language: str) -> QaRoles | None:
    """Each turn's part in a Q&A interview, read once from its label: an answer label ("A:",
    the language's ``answer_labels``) is the interviewee's (:data:`ANSWER`), a question label
    ("Q:", ``question_labels``) the interviewer's, under the language's name for them; None
    for a quoted turn or any other label.  None for them all when no turn is an answer: not a
    Q&A (a town-hall debate's "QUESTION:" stays as labelled)."""
    lang = get_language(language)
    roles: QaRoles = []
    for t in turns:
        key = t.speaker.casefold().rstrip(".") if t.speaker and not t.quoted else None
        if key is not None and key in lang.answer_labels:
            roles.append(ANSWER)
        elif key is not None and key in lang.question_labels:
            roles.append(lang.question_labels[key])
        else:
            roles.append(None)
    return roles if ANSWER in roles else None


def interview_turns(turns: list[Turn], speaker: str | None, roles: QaRoles | None) -> list[Turn]:
    """``turns`` of a Q&A interview read as whose they are (``roles``, from
    :func:`interview_roles`): an answer ("A: …") is the interviewee's, the source's
    ``speaker`` (left as labelled when the source names no one, or when a label of its own
    already names her: ``turns`` come from :func:`own_labels`, so "MAYOR LEE: …" beside
    "A. …" / "THE WITNESS: …" says the answers are someone else's); a question ("Q: …") is
    the interviewer's, shown under the language's name for them.  Not a Q&A (``roles``
    None): the turns as they are."""
    if roles is None:
        return turns
    labelled = any(t.speaker == speaker for t in turns if not t.quoted)
    out = []
    for t, role in zip(turns, roles, strict=True):
        if role == ANSWER and speaker and not labelled:
            t = t.model_copy(update={"speaker": speaker})
        elif role:
            t = t.model_copy(update={"speaker": role})
        out.append(t)
    return out


def court_turns(
    turns: list[Turn], roles: QaRoles | None, headers: list[CourtHeader]
) -> tuple[list[Turn], QaRoles | None]:
    """A court record's examination read by its header lines (:func:`labels.court_headers`):
    an answer ("A. …", "THE WITNESS: …") after a witness's header ("MARISOL BEAUNE, having
    been first duly sworn, testified as follows:") is that witness's, up to the next
    witness's header, so that each witness of a trial day has their own answers; a question
    ("Q. …") after an examiner's line ("BY MS. OKONJO:") is that lawyer's, up to the next
    examiner's line or witness (before any, the interviewer's, as in an interview).  Turns so
    read leave the Q&A roles (``roles``: None when no answer is left to the source's
    speaker)."""
    if roles is None or not headers:
        return turns, roles
    out: list[Turn] = []
    left: QaRoles = []
    witness = examiner = None
    k = 0
    for t, role in zip(turns, roles, strict=True):
        while k < len(headers) and headers[k].start <= t.start:
            if headers[k].role == WITNESS:
                witness, examiner = headers[k].name, None
            else:
                examiner = headers[k].name
            k += 1
        if role == ANSWER and witness:
            t, role = t.model_copy(update={"speaker": witness}), None
        elif role:
            t, role = t.model_copy(update={"speaker": examiner or role}), None
        out.append(t)
        left.append(role)
    return out, (left if ANSWER in left else None)


def _interviewee(title: str | None, text: str, start: int, lang: str) -> str | None:
    """Who answers in a Q&A interview that names no speaker: the name its title gives
    ("Interview with NAME", the language's byline patterns), else its byline in the text."""
    found = infer_byline(title, 0, lang) if title else None
    found = found or infer_byline(text, start, lang)
    return found[0] if found else None


def quoted_turns(text: str, start: int, language: str) -> list[Turn]:
    """Words the source puts between quote marks: someone else's, not the source speaker's;
    and a parliamentary record's bracketed interjections inside a member's turn ("[Hon.
    Members: "Shame!"]", :func:`labels.interjections`), whoever interjected, the note whole,
    marks or none: the record writes a shout so, the member quotes no one."""
    aw = get_language(language).apostrophe_words
    view = " " * start + text[start:]
    notes = [i for i in interjections(text, language) if i.bracketed and i.start >= start]
    return [
        *(Turn(start=i.start, end=i.end, speaker=i.who) for i in notes),
        *(
            Turn(start=q.start, end=q.end, speaker=None, quoted=True)
            for q in scan(view, apostrophe_words=aw).quotes
            if q.depth == 0 and not any(i.start <= q.start < i.end for i in notes)
        ),
    ]


def inner_quote_spans(text: str, apostrophe_words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of quote marks a source's ``text`` sets inside quoted words (a quote within
    a quote: "“As the councillor put it, ‘…’”"), marks included, in order.  Reading a
    source's marks is the inputs' work, so the scorer asks here rather than scanning.
    O(text)."""
    found = scan(text, apostrophe_words=apostrophe_words).quotes
    return [(q.start, q.end) for q in found if q.depth > 0]


def make_source(
    text: str,
    *,
    id: str = "source",
    path: str | None = None,
    speaker: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    kind: str | None = None,
    language: str | None = None,
    occasion: str | None = None,
    date: str | None = None,
) -> Source:
    """A :class:`Source` from text in memory (front matter, byline and turns are read).

    ``occasion`` and ``date``, when given (an article's declaration of the source), win over
    the source's own front matter."""
    shown = path or id
    doc = make_document(text, path=shown, fmt="text")
    meta = _front_matter_source(doc.meta, path=shown) if doc.meta else {}
    body = doc.body_start
    text = blank_furniture(text, body)  # a PDF's page numbers and headers saved as text
    lang = language or meta.get("language") or "en"
    get_language(lang, path=shown)  # E301 naming the file, before any work
    origin = "none"
    title = ""
    if speaker:
        origin = "declared"
    elif meta.get("speaker"):
        speaker, origin = meta["speaker"], "front-matter"
    kind = kind or meta.get("kind")
    kind_declared = kind is not None
    roles: QaRoles | None = None
    turns = labelled_turns(text, body, lang, kind, speaker)
    if turns or kind == "transcript":
        roles = interview_roles(turns, lang)
        turns, roles = court_turns(turns, roles, court_headers(text, body, lang))
        kind = kind or "transcript"
        kind_declared = True  # speaker turns say what it is; only the default is a guess
        if not speaker and turns:
            origin = "transcript"
            asked = _interviewee(meta.get("title"), text, body, lang) if roles else None
            if asked:
                speaker, origin = asked, "byline"
    if not speaker and origin == "none":
        found = infer_byline(text, body, lang)
        if found:
            speaker, title = found
            origin = "byline"
    all_aliases = tuple(dict.fromkeys((*aliases, *meta.get("aliases", ()))))
    turns = interview_turns(own_labels(turns, speaker, all_aliases, lang), speaker, roles)
    turns.extend(quoted_turns(text, body, lang))
    del title
    return Source(
        id=id,
        path=path,
        text=text,
        language=lang,
        language_declared=bool(language or meta.get("language")),
        kind=kind or "statement",
        kind_declared=kind_declared,
        speaker=speaker,
        speaker_origin=origin,
        aliases=all_aliases,
        turns=tuple(sorted(turns, key=lambda t: (t.start, t.end))),
        occasion=occasion or meta.get("occasion"),
        date=date or meta.get("date"),
        body_start=body,
    )


def blank_furniture(text: str, body: int) -> str:
    """``text`` with the page furniture of its body (:func:`furniture_spans`: page numbers,
    running headers a PDF saved as text kept) replaced by spaces, every offset kept."""
    spans = furniture_spans(text, body)
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for a, b in spans:
        parts += [text[at:a], " " * (b - a)]
        at = b
    parts.append(text[at:])
    return "".join(parts)


def source_title(source: Source) -> str:
    """Words describing the source speaker in the byline ("Vice-minister of …"), if any."""
    found = infer_byline(source.text, source.body_start, source.language)
    if found and source.speaker and found[0] == source.speaker:
        return found[1]
    return ""


_TEXT_READERS = frozenset({"pdf", "web"})
"""Readers whose text keeps a transcript's "NAME:" lines as lines (a PDF's paragraphs, a web
page's blocks): its labels are read as a text source's.  Subtitles and timed transcripts
read their own speakers (their text is read for labels only when declared a transcript)."""


def source_from_extracted(
    found: Extracted,
    *,
    id: str,
    path: str | None = None,
    speaker: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    kind: str | None = None,
    language: str | None = None,
    url: str | None = None,
) -> Source:
    """A :class:`Source` from what a format reader extracted (PDF, subtitles, web, JSON).

    The speaker is, in order: declared, the reader's speaker turns (a transcript), or the
    byline in the text ("Statement by NAME").  Words the text puts in quote marks are quoted
    turns, as for plain text.
    """
    text = found.text
    lang = language or "en"
    kind_declared = kind is not None
    origin = "declared" if speaker else "none"
    voice = {a: label for a, _, label in found.voices}
    turns = [Turn(start=a, end=b, speaker=who, voice=voice.get(a)) for a, b, who in found.turns]
    roles = interview_roles(turns, lang)
    if any(t.speaker for t in turns):
        kind = kind or "transcript"
        kind_declared = True  # the reader's labelled turns say what it is
        if not speaker:
            origin = "transcript"
    elif not turns and (found.format in _TEXT_READERS or kind == "transcript"):
        turns = labelled_turns(text, 0, lang, kind, speaker)
        roles = interview_roles(turns, lang)
        turns, roles = court_turns(turns, roles, court_headers(text, 0, lang))
        if turns:
            kind = kind or "transcript"
            kind_declared = True
        if not speaker and turns:
            origin = "transcript"
            asked = _interviewee(found.title, text, 0, lang) if roles else None
            if asked:
                speaker, origin = asked, "byline"
    if not speaker and origin == "none":
        by = infer_byline(text, 0, lang)
        if by:
            speaker, origin = by[0], "byline"
    turns = interview_turns(own_labels(turns, speaker, tuple(aliases), lang), speaker, roles)
    turns.extend(quoted_turns(text, 0, lang))
    return Source(
        id=id,
        path=path,
        text=text,
        language=lang,
        language_declared=bool(language),
        kind=kind or "statement",
        kind_declared=kind_declared,
        speaker=speaker,
        speaker_origin=origin,
        aliases=tuple(dict.fromkeys(aliases)),
        turns=tuple(sorted(turns, key=lambda t: (t.start, t.end))),
        date=found.date,
        occasion=found.occasion,
        format=found.format,
        url=url,
        title=found.title,
        author=found.author,
        places=found.places,
    )


def _extract(
    data: bytes,
    fmt: str,
    *,
    path: str,
    language: str | None = None,
    declared: tuple[str, ...] = (),
) -> Extracted:
    """Run the reader of ``fmt`` (imported only when needed: some need optional extras)."""
    if fmt == "pdf":
        from quotecheck.inputs import pdf

        return pdf.read_pdf(data, path=path)
    if fmt == "web":
        from quotecheck.inputs import web

        return web.read_web(decode_bytes(data, path=path), path=path)
    if fmt in ("srt", "vtt"):
        from quotecheck.inputs import subtitles

        return subtitles.read_subtitles(
            decode_bytes(data, path=path),
            fmt,
            path=path,
            language=language or "en",
            declared=declared,
        )
    from quotecheck.inputs import timed

    return timed.read_timed_json(decode_bytes(data, path=path), path=path)


def load_source(
    path: str | Path,
    *,
    speaker: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    kind: str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    id: str | None = None,
    display: str | None = None,
    fmt: str | None = None,
    url: str | None = None,
    occasion: str | None = None,
    date: str | None = None,
) -> Source:
    """Read a source file (any :class:`~quotecheck.errors.InputError` names the file).

    ``fmt`` (one of :data:`~quotecheck.inputs.sniff.SOURCE_FORMATS`) overrides what the
    extension and the first bytes tell (:func:`~quotecheck.inputs.sniff.detect_source_format`).
    ``display`` is the path shown in results and messages (default: ``path`` as given).
    ``url``, ``occasion`` and ``date`` are declared for the source (they win over the file's).
    """
    shown = display or str(path)
    data = read_bytes(path, max_bytes=max_bytes)
    try:
        fmt = check_format(fmt) if fmt else detect_source_format(str(path), data[:4096])
    except ValueError as exc:
        raise SourceFormatError(str(exc), path=shown) from exc
    if fmt == "text":
        source = make_source(
            decode_bytes(data, path=shown),
            id=id or shown,
            path=shown,
            speaker=speaker,
            aliases=aliases,
            kind=kind,
            language=language,
            occasion=occasion,
            date=date,
        )
    else:
        source = source_from_extracted(
            _extract(
                data,
                fmt,
                path=shown,
                language=language,
                declared=(speaker or "", *aliases),
            ),
            id=id or shown,
            path=shown,
            speaker=speaker,
            aliases=aliases,
            kind=kind,
            language=language,
        )
    declared = {"url": url, "occasion": occasion, "date": date}
    update = {k: v for k, v in declared.items() if v is not None}
    return source.model_copy(update=update) if update else source
