"""Frames found by position alone: "Name: “…”", a labelled line, "“…” — Name", "“PENCE: …”".

Regular expressions over the view around the quote; O(line) per quote.
"""

from __future__ import annotations

import re
from typing import Any

from quotecheck.extract.attribution.context import ArticleContext, QuoteSite
from quotecheck.extract.attribution.cues import Found, idiom, speech_source
from quotecheck.extract.attribution.mentions import Mention, clean_name, mention
from quotecheck.extract.speakers import same_person
from quotecheck.lang.credits import CREDIT_NAME
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import SENTENCE_CLOSERS
from quotecheck.models import Attribution, AttributionRule

CREDIT_DASH = r"[ \t\u00a0\u202f]*[—–―-]{1,2}[ \t\u00a0\u202f]*"
"""What stands between a closing mark and a credit: an em or en dash, a horizontal bar (―)
or hyphens, with ordinary or no-break spaces around it."""
_DASH_CREDIT = re.compile(CREDIT_DASH + r"((?:[A-Z][\w.'’-]*[ \t\u00a0]?){1,5})")
"""``“…” — Name`` after the closing mark."""
_CREDIT_LINE = re.compile(
    r"[ \t\u00a0]*[.,]?[ \t\u00a0]*\n[ \t\u00a0\n]*[—–―-]{1,2}[ \t\u00a0]*" + CREDIT_NAME
)
"""``“…”`` ending its paragraph, then a line ``- Name.`` or ``— Name, at a rally``: a credit
line (a box of quotes, an epigraph, a post's "— Name (@handle) date").  Only a short run of
capitalised words that ends the line, a comma or meets a handle: a list item after a quote
("- The plan costs …") is not a credit."""
_SPEAKER_LABEL = re.compile(
    r"[ \t]*((?:[^\W\d_][\w.'’-]*[ \t]+){0,3}[^\W\d_][\w.'’-]*):[ \t]+(?=\S)"
)
_COLON_LABEL = re.compile(r"(?:[^\W\d_][\w.'’-]*\s+){0,4}[^\W\d_][\w.'’-]*")
_LINE_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*):[ \t]")


def speaker_label(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The span (colon included) of a transcript speaker label that opens the text between
    ``start`` and ``end`` ("WALLACE: Let’s start …", "SEN. WARREN: …"), or None.

    Only capital letters make a label (the transcript convention): "Note: …" or "Update: …" in
    ordinary case stay part of the quote.
    """
    m = _SPEAKER_LABEL.match(view, start, end)
    if m is None:
        return None
    label = m.group(1)
    if not label.isupper() or sum(c.isalpha() for c in label) < 2:
        return None
    return m.start(1), m.end(1) + 1


_CREDIT_INSIDE = re.compile(
    r"[ \t\u00a0]*(?:[—–―-]{1,2}[ \t\u00a0]*)?"
    r"((?:[A-Z][\w'’.-]*[ \t\u00a0]+){1,3}[A-Z][\w'’-]*),[ \t\u00a0]+"
    r"([A-Z][\w'’&.-]*(?:[ \t\u00a0]+[\w'’&.-]+){0,9})\.?[ \t\u00a0]*"
)
"""A credit line: a name of two to four capitalised words, a comma, a short organisation."""


def credit_line(
    view: str,
    start: int,
    end: int,
    joiners: frozenset[str],
) -> tuple[int, int] | None:
    """The span of a credit line that closes a quote of several paragraphs inside its marks
    (a box of quotes: "“We will need stimulus again. ¶ Ann Lee, Harbour Trust.”"): the last
    line between ``start`` and ``end``, a name of two to four capitalised words, a comma and
    a short organisation whose words are capitalised or ``joiners`` ("Center for Economic
    and Policy Research"), a full stop at most, after a line whose sentence has ended.  None
    otherwise: "… the President of the ¶ United States, Joe Biden." (a wrapped line), "… three
    ports. ¶ Kell Island, Dunmore Harbour and Port Ellen." (places) are the quote's words.
    Whether the name is a person's (then it credits the quote: ``QuoteSite.credit``) is the
    caller's; whether the line is cut from the words compared is :func:`credit_used`'s.
    O(line)."""
    nl = view.rfind("\n", start, end)
    if nl < 0 or not any(c.isalnum() for c in view[start:nl]):
        return None
    body = view[start:nl].rstrip().rstrip(SENTENCE_CLOSERS)
    if body[-1:] not in CREDIT_AFTER:
        return None  # "… the President of the ¶ United States, Joe Biden.": a wrapped line
    m = _CREDIT_INSIDE.fullmatch(view, nl + 1, end)
    if m is None:
        return None
    if any(not w[:1].isupper() and w.lower() not in joiners for w in m.group(2).split()):
        return None  # "New York, New Jersey and Connecticut are ready": a sentence
    return m.start(1), m.end()


CREDIT_AFTER = ".!?"
"""What ends the line before a credit line inside a quote: a sentence's end."""


def credit_used(
    site: QuoteSite, att: Attribution, view: str, lang: LanguageData
) -> tuple[int, int] | None:
    """The span of the credit line inside the quote at ``site`` when it names the speaker:
    the speaker came from it (rule dash-credit, the mention on that line), or another rule
    ("Mina Okafor said: “… ¶ Mina Okafor, Department of Health.”") found the same person
    (:func:`~quotecheck.extract.speakers.same_person`, titles dropped) — also on a line of a
    credit's shape whose name the recogniser did not read as a person's
    (``QuoteSite.credit_shape``): the speaker is one.  The line then says
    who speaks, not what, and is cut from the words compared.  None otherwise: a line that
    names someone else, or when no speaker is known, stays the quote's words (one
    decision).  O(line)."""
    span = site.credit or site.credit_shape
    if span is None:
        return None
    if (
        span == site.credit
        and att.rule is AttributionRule.DASH_CREDIT
        and att.mention_start is not None
        and span[0] <= att.mention_start < span[1]
    ):
        return span
    if att.speaker is None:
        return None
    name = _credit_name(view[span[0] : span[1]], lang.title_words)
    return span if same_person(name, att.speaker, lang.name_suffixes) else None


def _credit_name(line: str, titles: frozenset[str]) -> str:
    """The name a credit line gives, the part before its comma without titles ("— Dr. Lena
    Marsh, Port Authority" → Lena Marsh)."""
    words = line[: line.index(",")].lstrip(" \t—–―-").split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


def credit_mention(ctx: ArticleContext, credit: tuple[int, int]) -> Mention:
    """The mention a credit line inside the quote gives: its name, without a title."""
    text = ctx.view[credit[0] : credit[1]]
    name = _credit_name(text, ctx.lang.title_words)  # "Mayor Ann Lee, …" → Ann Lee
    start = credit[0] + text.index(name.split()[0])
    return Mention(name, start, start + len(name), name, name.lower(), "name")


def label_mention(ctx: ArticleContext, label: tuple[int, int]) -> Mention:
    """The mention a quoted transcript label gives: "PENCE: Well, …" → Pence."""
    text = ctx.view[label[0] : label[1] - 1]
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ctx.lang.title_words:
        words = words[1:]  # SEN. WARREN → Warren
    name = " ".join(w.capitalize() if w.isupper() else w for w in words)
    return Mention(text, label[0], label[0] + len(text), name, name.lower(), "name")


def by_position(ctx: ArticleContext, site: QuoteSite) -> Found | None:
    """``X: “…”`` and ``“…” — X``."""
    view = ctx.view
    i = site.start - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    if i >= 0 and view[i] == ":":
        line_start = view.rfind("\n", 0, i) + 1
        label = view[line_start:i].strip()
        # "Claire Dumas a déclaré : « … »" is a frame, not a label, in a pipeline without a
        # parser (whose token patterns read the frame); a parsed one ranks it as before
        # (the pipeline's flag: asking a never-parsed document for DEP reads every token)
        framed = not ctx.parsed and any(
            w.lower() in ctx.lang.reporting_verbs for w in label.split()
        )
        if _COLON_LABEL.fullmatch(label) and label[:1].isupper() and not framed:
            start = line_start + view[line_start:i].index(label)
            return (
                _label_mention(ctx.lang, label, start),
                None,
                AttributionRule.COLON_LABEL,
                0.7,
            )
    line_start = view.rfind("\n", 0, site.start) + 1
    head = _LINE_LABEL.match(view[line_start : site.start])
    if head and "\n" not in view[line_start : site.start]:
        # A headline or transcript line "Name: … ‘quoted words’": the label speaks.
        label = head.group(1)
        start = line_start + head.start(1)
        return (
            Mention(label, start, start + len(label), label, label.lower(), "name"),
            None,
            AttributionRule.LINE_LABEL,
            0.6,
        )
    m2 = _DASH_CREDIT.match(view, site.end) or _CREDIT_LINE.match(view, site.end)
    if m2:
        name = m2.group(1).strip()
        start = m2.start(1)
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in ctx.lang.title_words:
            words = words[1:]  # "- President Obama" → Obama
        start += name.index(words[0])
        name = view[start : m2.end(1)].strip()
        if m2.re is _CREDIT_LINE:
            name = name.rstrip(".")
        return (
            Mention(name, start, start + len(name), name, name.lower(), "name"),
            None,
            AttributionRule.DASH_CREDIT,
            0.7,
        )
    return None


def _label_mention(lang: LanguageData, label: str, start: int) -> Mention:
    """The speaker a colon label before a quote names (at ``start``): a headline's "Who on
    topic: “…”" names its speaker before the preposition ("Mayor on Eastside pipes" →
    "Mayor", "Penhallow on the budget" → "Penhallow"); a label that is then nothing but role
    nouns (determiners aside: "Mayor", "The council clerk") is a role, resolved as "the mayor
    said" is — to the person the article describes so, or no one — never a person of that
    name."""
    words = label.split()
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if k and w in lang.prepositions and w not in lang.name_particles
        ),
        len(words),
    )  # lower case only, a name's particle kept: "María de la Cruz", "Minister Of State"
    if cut < len(words):
        label = " ".join(words[:cut])
    kept = [w.lower().rstrip(".") for w in label.split()]
    kept = [w for w in kept if w not in lang.determiners]
    if kept and all(w in lang.role_nouns for w in kept):
        return Mention(label, start, start + len(label), None, kept[-1], "role")
    return Mention(label, start, start + len(label), label, label.lower(), "name")


_MAX_FRAME_WORDS = 6
_MAX_APPOSITION = 12
"""Tokens of an apposition skipped between a name after a quote and its cue."""


def _cue_after_apposition(ctx: ArticleContext, j: int) -> Any | None:
    """The reporting word right after a comma-enclosed apposition that starts at token
    ``j`` ("the head of the trust, wrote"), or None: at most ``_MAX_APPOSITION`` tokens, on
    one line, outside quote marks, the cue the first word after the closing comma."""
    doc = ctx.doc
    for k in range(j, min(len(doc) - 1, j + _MAX_APPOSITION)):
        tok = doc[k]
        if ctx.in_quote[k] or "\n" in tok.text or (tok.is_punct and tok.text not in ",-'’"):
            return None
        if tok.text == ",":
            if k == j:
                return None
            nxt = k + 1
            while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
                nxt += 1
            if nxt < len(doc) and (ctx.is_reporting(doc[nxt]) or idiom(ctx, doc[nxt])):
                return doc[nxt]
            return None
    return None


_SOURCE_REACH = 6
"""Words between a preposition after a noun of speech and the name it gives ("from Harbour
Trust chair Tom Reyes")."""


def _source_after(ctx: ArticleContext, cue: Any) -> Any | None:
    """Who said what the noun of speech ``cue`` names: by the parse
    (:func:`~quotecheck.extract.attribution.cues.speech_source`), or by position, a preposition
    of ``speech_source_prepositions`` right after the noun and a person named within
    ``_SOURCE_REACH`` words after it (the parser may read "That quote from …" as anything: its
    last word); None otherwise.  O(reach)."""
    found = speech_source(ctx, cue)
    if found is not None:
        return found
    doc = ctx.doc
    j = cue.i + 1
    if j >= len(doc) or doc[j].lower_ not in ctx.lang.speech_source_prepositions:
        return None
    for ent in ctx.ents_between(j + 1, j + 1 + _SOURCE_REACH):
        if ent.label_ == "PERSON" and ent.start > j and not ctx.in_quote[ent.start]:
            return doc[ent.end - 1]
    return None


def cue_after_quote(ctx: ArticleContext, site: QuoteSite) -> Found | None:
    """``“…” the 43-year-old asked`` / ``“…,” a voice-over in the ad states``: a few words
    right after the closing mark, then a reporting word, read by position (any part of
    speech) for when the parse gives the cue no subject.  The words are the mention."""
    doc = ctx.doc
    last = ctx.token_at(max(site.start, site.end - 1))  # the closing mark
    if last is None:
        return None
    j = last + 1
    words: list[Any] = []
    cue = None
    while j < len(doc) and len(words) <= 2 * _MAX_FRAME_WORDS:
        tok = doc[j]
        j += 1
        if tok.is_space:
            if "\n" in tok.text:
                return None
            continue
        if ctx.in_quote[tok.i]:
            return None
        if tok.is_punct and tok.text not in ("-", "\u2010"):  # hyphens join words
            if words and tok.text == "," and words[0].text[:1].isupper():
                # "“…” Lee, the head of the trust, wrote": one apposition between commas
                cue = _cue_after_apposition(ctx, j)
                if cue is not None:
                    break
            if words or tok.text != ",":
                return None
            continue
        if words and (ctx.is_reporting(tok) or idiom(ctx, tok)):
            if (
                tok.pos_ not in ("VERB", "AUX")
                and tok.text[:1].islower()
                and all(w.lower_ in ctx.lang.determiners for w in words)
            ):
                # "“…” That quote from Tom Reyes appeared …": a determiner is no one; the
                # noun's preposition names who said it, or the noun heads the words for the
                # speaker ("“…” the email read"; a capitalised word is a name's: "The Post")
                source = _source_after(ctx, tok)
                if source is not None:
                    return mention(ctx, source), tok, AttributionRule.CUE_AFTER_QUOTE, 0.6
            else:
                cue = tok
                break
        words.append(tok)
    if cue is None or not words:
        return None
    lang = ctx.lang
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = ctx.view[start:end]
    low = words[-1].lower_
    name = None
    people = [e for e in ctx.ents_between(words[0].i, words[-1].i + 1) if e.label_ == "PERSON"]
    if people:
        name, kind = clean_name(ctx, people[-1]), "name"
    elif len(words) == 1 and low in lang.pronouns:
        kind = "pronoun"
    elif low in lang.organisation_heads:
        kind = "organisation"
    elif words[-1].text[:1].isupper() and not words[0].text[:1].islower():
        name, kind = text, "name"
    else:
        kind = "role"  # "the 43-year-old", "a voice-over in the ad"
    return Mention(text, start, end, name, low, kind), cue, AttributionRule.CUE_AFTER_QUOTE, 0.6
