"""Attribute quotes to speakers: find the cue and its subject, then resolve the person.

With a dependency parse (English), a cue is a reporting verb outside the quote marks in the
quote's sentence(s) and its speaker is the verb's subject (climbing through "went on to add").
"according to X" takes its object; "X: “…”" and "“…” — X" take the name by position.  Without a
parse (blank pipelines) the same frames are found by token patterns over the language data.
A quote with no frame of its own carries the previous quote's speaker when it directly follows
it; otherwise it is unattributed, with a reason.

Every attribution records the rule that fired and a confidence, so a wrong one can be traced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quotecheck.budget import checkpoint
from quotecheck.extract.speakers import SpeakerRegistry, descriptor_words
from quotecheck.lang.schema import LanguageData
from quotecheck.models import Attribution

_NAME_DEPS = frozenset(
    {
        "compound",
        "flat",
        "flat:name",
        "nmod",
        "amod",
        "det",
        "poss",
        "case",
        "nummod",
        "punct",
        "quantmod",
        "npadvmod",
    }
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "prep"})
_ENTITY_NOT_PERSON = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "DATE", "TIME"})


@dataclass
class QuoteSite:
    """What attribution needs to know about one quote."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark."""
    depth: int
    paragraph: int
    continues: int | None = None
    label: tuple[int, int] | None = None
    """Span of a transcript speaker label opening the quote ("PENCE: …"), colon included."""


CREDIT_DASH = r"[ \t\u00a0\u202f]*[—–―-]{1,2}[ \t\u00a0\u202f]*"
"""What stands between a closing mark and a credit: an em or en dash, a horizontal bar (―)
or hyphens, with ordinary or no-break spaces around it."""
_DASH_CREDIT = re.compile(CREDIT_DASH + r"((?:[A-Z][\w.'’-]*[ \t\u00a0]?){1,5})")
"""``“…” — Name`` after the closing mark."""
_SPEAKER_LABEL = re.compile(
    r"[ \t]*((?:[^\W\d_][\w.'’-]*[ \t]+){0,3}[^\W\d_][\w.'’-]*):[ \t]+(?=\S)"
)


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


@dataclass
class _Mention:
    text: str
    start: int
    end: int
    name: str | None
    head_lower: str
    kind: str  # name | pronoun | role | organisation | other


class Attributor:
    """Attributes the quotes of one document."""

    def __init__(
        self,
        doc: Any,
        view: str,
        sites: Sequence[QuoteSite],
        lang: LanguageData,
        registry: SpeakerRegistry,
        *,
        parsed: bool,
        name_doc: Any = None,
    ) -> None:
        self.doc = doc
        self.name_doc = name_doc
        """Entities only, of the lines focused parsing left out (names introduced there)."""
        self.view = view
        self.sites = sites
        self.lang = lang
        self.registry = registry
        self.parsed = parsed
        self.in_quote = [False] * len(doc)
        top = [s for s in sites if s.depth == 0]
        # One sweep over tokens and quote spans, both in offset order (not tokens × quotes).
        spans = sorted((s.start, s.end) for s in top)
        k = 0
        for tok in doc:
            while k < len(spans) and spans[k][1] <= tok.idx:
                k += 1
            j = k
            while j < len(spans) and spans[j][0] <= tok.idx:
                if tok.idx < spans[j][1]:
                    self.in_quote[tok.i] = True
                    break
                j += 1
        self.spoken: list[tuple[int, str]] = []
        """(offset, canonical) of every speaker attributed so far, in document order."""

    # ----------------------------------------------------------------- registry of names
    def collect_names(self) -> None:
        """Register every person the article names (NER PERSON and proper-noun subjects)."""
        found: list[tuple[int, str, set[str]]] = []
        for ent in getattr(self.doc, "ents", ()):
            if ent.label_ == "PERSON" and not self.in_quote[ent.start]:
                name = self._clean_name(ent)
                if name:
                    desc = self._descriptors_before(self.doc, ent.start)
                    found.append((ent.start_char, name, desc))
        for ent in getattr(self.name_doc, "ents", ()):
            if ent.label_ == "PERSON":
                name = self._clean_name(ent)
                if name:
                    desc = self._descriptors_before(self.name_doc, ent.start)
                    found.append((ent.start_char, name, desc))
        for _, name, descriptors in sorted(found, key=lambda f: f[0]):
            self.registry.add(name, descriptors)

    def _clean_name(self, span: Any) -> str | None:
        toks = [t for t in span if not t.is_punct and t.text not in ("’s", "'s")]
        while toks and toks[0].lower_ in self.lang.title_words:
            toks = toks[1:]
        if not toks:
            return None
        return self.view[toks[0].idx : toks[-1].idx + len(toks[-1].text)]

    def _descriptors_before(self, doc: Any, i: int) -> set[str]:
        """Words describing a person right before their name ("harbour minister Lee …").

        Without part-of-speech tags (a document parsed for names alone) function words end
        the description instead of verbs and prepositions."""
        words = []
        j = i - 1
        while j >= 0 and i - j <= 6:
            tok = doc[j]
            if (
                tok.is_punct
                or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ")
                or (not tok.pos_ and tok.lower_ in self.lang.stopwords)
            ):
                break
            words.append(tok.lower_)
            j -= 1
        return descriptor_words(" ".join(words), self.lang.stopwords)

    # ----------------------------------------------------------------- main entry
    def attribute_all(self) -> list[Attribution]:
        """One attribution per site, in the order of ``sites``."""
        self.collect_names()
        out: list[Attribution] = []
        previous: Attribution | None = None
        previous_site: QuoteSite | None = None
        for site in self.sites:
            checkpoint("attributing quotes")
            if site.depth > 0:
                out.append(
                    Attribution(
                        rule="nested",
                        reason="a quote within a quote: "
                        "second-hand speech of someone the speaker quotes",
                    )
                )
                continue
            has_previous = previous is not None and bool(previous.speaker or previous.mention)
            if (
                site.continues is not None
                and previous is not None
                and has_previous
                and site.label is None  # a new speaker label starts a new turn
            ):
                att = previous.model_copy(update={"rule": "continuation", "confidence": 0.8})
            else:
                att = self._attribute(site)
                near = previous_site is not None and site.paragraph - previous_site.paragraph <= 1
                if att.mention is None and self.parsed:
                    att = self._preceding_subject(site, cue_only=True) or att
                if att.mention is None and has_previous and near and self._starts_sentence(site):
                    assert previous is not None
                    att = previous.model_copy(
                        update={
                            "rule": "carry-over",
                            "confidence": 0.5,
                            "cue": None,
                            "cue_start": None,
                            "cue_end": None,
                        }
                    )
                elif att.mention is None and self.parsed:
                    att = self._sentence_subject(site) or self._preceding_subject(site) or att
            if att.speaker:
                self.spoken.append((site.start, att.speaker))
            out.append(att)
            previous, previous_site = att, site
        return out

    def _sentence_subject(self, site: QuoteSite) -> Attribution | None:
        """A partial quote inside narration with no reporting verb ("X blamed it on “…”"):
        the person who is the subject of the sentence's main verb.  Low confidence."""
        if self._starts_sentence(site):
            return None
        first = self._token_at(site.start)
        if first is None:
            return None
        sent = self.doc[first].sent
        root = sent.root
        if self.in_quote[root.i]:
            return None
        for child in root.children:
            if (
                child.dep_ in _SUBJECT_DEPS
                and not self.in_quote[child.i]
                and (self._personhood(child) >= 2)
            ):
                return self._attribution_for(child, site, "sentence-subject", 0.4)
        return None

    def _attribution_for(self, tok: Any, site: QuoteSite, rule: str, conf: float) -> Attribution:
        mention = self._mention(tok)
        speaker = self._resolve(mention, site)
        return Attribution(
            speaker=speaker,
            mention=mention.text,
            mention_start=mention.start,
            mention_end=mention.end,
            rule=rule,
            confidence=conf,
            reason=None if speaker else "the speaker could not be resolved",
        )

    def _preceding_subject(self, site: QuoteSite, *, cue_only: bool = False) -> Attribution | None:
        """A quote standing alone right after a sentence about a person: that person.

        ("The judge turned to me. “Mr. Smith?”") Low confidence: no cue says it.  With
        ``cue_only`` the sentence must be in the quote's paragraph, its main verb a reporting
        verb and not the frame of an earlier quote ("His partner called him a master. “…”").
        """
        if not self._starts_sentence(site):
            return None
        first = self._token_at(site.start)
        if first is None:
            return None
        sent = self.doc[first].sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        gap = self.view[prev.end_char : site.start]
        if gap.count("\n") > (0 if cue_only else 2):
            return None
        if cue_only:
            if any(self.in_quote[t.i] for t in prev):
                return None
            tail = self._trailing_frame(prev)
            if tail is not None:  # "…, Schiff said." closing the sentence before
                return self._attribution_for(tail, site, "preceding-cue", 0.5)
            if prev.root.lemma_.lower() not in self.lang.reporting_verbs:
                return None
        for tok in prev:
            if (
                tok.dep_ in _SUBJECT_DEPS
                and tok.head.dep_ == "ROOT"
                and (self._personhood(tok) >= 2)
                and not self.in_quote[tok.i]
            ):
                rule, conf = ("preceding-cue", 0.5) if cue_only else ("preceding-subject", 0.4)
                return self._attribution_for(tok, site, rule, conf)
        return None

    def _idiom(self, tok: Any) -> bool:
        """Whether ``tok`` and its object make a reporting idiom ("put it")."""
        lemma = tok.lemma_.lower()
        return any(
            lemma == verb and any(c.lower_ == obj for c in tok.children)
            for verb, obj in self.lang.reporting_idioms
        )

    def _trailing_frame(self, sent: Any) -> Any | None:
        """The person subject of a reporting verb among the last words of ``sent`` ("…, the
        senator said.", "…, said Lee.")."""
        words = [t for t in sent if not t.is_punct][-4:]
        for tok in words:
            if tok.lemma_.lower() in self.lang.reporting_verbs and tok.pos_ in ("VERB", "AUX"):
                subj = self._subject(tok)
                if subj is not None and self._personhood(subj) >= 1 and subj.i >= words[0].i:
                    return subj
        return None

    def _starts_sentence(self, site: QuoteSite) -> bool:
        i = site.start - 1
        while i >= 0 and self.view[i].isspace() and self.view[i] != "\n":
            i -= 1  # spaces, tabs and no-break spaces
        if i >= 1 and self.view[i] in "\u201d\"'\u2019\u00bb" and self.view[i - 1] in ".!?":
            return True  # “…ended.” “Next quote
        return i < 0 or self.view[i] in "\n.!?:"

    def _attribute(self, site: QuoteSite) -> Attribution:
        if site.label is not None:
            return self._labelled(site, site.label)
        toks = self._window(site)
        found = self._by_parse(site, toks) if self.parsed else self._by_pattern(site, toks)
        if found is None:
            found = self._by_position(site)
        if found is None:
            return Attribution(
                rule="none",
                reason="no reporting verb, 'according to' or "
                "speaker name next to the quote, and no quote right before it",
            )
        mention, cue, rule, confidence = found
        speaker = self._resolve(mention, site)
        return Attribution(
            speaker=speaker,
            mention=mention.text,
            mention_start=mention.start,
            mention_end=mention.end,
            cue=cue.text if cue is not None else None,
            cue_start=cue.idx if cue is not None else None,
            cue_end=cue.idx + len(cue.text) if cue is not None else None,
            rule=rule,
            confidence=confidence if speaker else confidence / 2,
            reason=None if speaker else "the speaker could not be resolved to a person",
            occasion=self._occasion(toks),
        )

    def _labelled(self, site: QuoteSite, label: tuple[int, int]) -> Attribution:
        """A quoted transcript line names its speaker: "PENCE: Well, …" → Pence."""
        text = self.view[label[0] : label[1] - 1]
        words = text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.lang.title_words:
            words = words[1:]  # SEN. WARREN → Warren
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        mention = _Mention(text, label[0], label[0] + len(text), name, name.lower(), "name")
        return Attribution(
            speaker=self._resolve(mention, site),
            mention=text,
            mention_start=mention.start,
            mention_end=mention.end,
            rule="speaker-label",
            confidence=0.8,
        )

    # ----------------------------------------------------------------- windows
    def _window(self, site: QuoteSite) -> list[Any]:
        """Tokens of the sentences the quote touches, plus the attribution around it.

        The next sentence is included when it continues the quote's sentence ("“…,” the
        minister said" split by the parser, or a short "she said." after a full stop); the
        previous one when it ends with a colon that introduces the quote.
        """
        doc = self.doc
        first = self._token_at(site.start)
        last = self._token_at(max(site.start, site.end - 1))
        if first is None or last is None:
            return []
        lo = doc[first].sent.start
        hi = doc[last].sent.end
        if hi < len(doc):
            nxt = doc[hi].sent
            gap = self.view[site.end : nxt.start_char]
            inside_end = self.view[max(site.start, site.end - 2) : site.end]
            follows = self.view[nxt.start_char : nxt.start_char + 1]
            cue_soon = any(
                t.lemma_.lower() in self.lang.reporting_verbs
                or t.lower_ in self.lang.reporting_verbs
                for t in list(nxt)[:5]
                if t.pos_ in ("VERB", "AUX") or not self.parsed
            )
            if (
                gap.strip() == ""
                and "\n" not in gap
                and (len(nxt) <= 12 or "," in inside_end or follows.islower() or cue_soon)
            ):
                hi = nxt.end
        j = lo - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].text == ":":
            prev = doc[j].sent
            if len(prev) <= 60:
                lo = prev.start
        return [t for t in doc[lo:hi] if not t.is_space]

    def _token_at(self, offset: int) -> int | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return int(span.start)

    # ----------------------------------------------------------------- parse-based rules
    def _by_parse(
        self, site: QuoteSite, toks: list[Any]
    ) -> tuple[_Mention, Any, str, float] | None:
        """The best (mention, cue) in the window.

        Candidates are ranked by whether the cue governs the quote in the parse (the quote is
        its complement), then by how person-like the subject is, then by distance.
        """
        candidates: list[tuple[tuple[int, int, int], _Mention, Any, str, float]] = []
        lang = self.lang
        quote_heads = self._quote_heads(site)
        for tok in toks:
            if self.in_quote[tok.i]:
                continue
            if self._according_word(tok.lower_):
                for seq in lang.according_to:
                    words = [t.lower_ for t in self.doc[tok.i : tok.i + len(seq)]]
                    if tuple(words) == seq:
                        obj = self._object_after(tok.i + len(seq) - 1)
                        if obj is not None:
                            m = self._mention(obj)
                            key = (1, self._personhood(obj), -self._distance(site, tok))
                            candidates.append((key, m, tok, "according-to", 0.9))
            if tok.pos_ in ("VERB", "AUX", "NOUN") and (
                tok.lemma_.lower() in lang.reporting_verbs
                or tok.lower_ in lang.reporting_verbs
                or self._idiom(tok)
            ):
                subj = self._subject(tok)
                if subj is not None:
                    m = self._mention(subj)
                    direct = subj.head.i == tok.i
                    rule = "verb-subject" if direct else "verb-subject-climbed"
                    governs = int(any(self._is_ancestor(tok, h) for h in quote_heads))
                    key = (governs, self._personhood(subj), -self._distance(site, tok))
                    conf = (0.9 if direct else 0.8) if governs else 0.7
                    candidates.append((key, m, tok, rule, conf))
        if not candidates:
            return self._colon_subject(site, toks)
        candidates.sort(key=lambda c: c[0], reverse=True)
        _, mention, cue, rule, conf = candidates[0]
        return mention, cue, rule, conf

    def _quote_heads(self, site: QuoteSite) -> list[Any]:
        """Tokens outside the quote that quote tokens hang from (where the quote attaches)."""
        heads = []
        for tok in self.doc.char_span(site.start, site.end, alignment_mode="expand") or ():
            if tok.head.i != tok.i and not (site.start <= tok.head.idx < site.end):
                heads.append(tok.head)
        return heads

    @staticmethod
    def _is_ancestor(verb: Any, tok: Any) -> bool:
        node = tok
        for _ in range(6):
            if node.i == verb.i:
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _personhood(self, tok: Any) -> int:
        """3 person name or pronoun, 2 role noun, 1 organisation or place, 0 anything else."""
        low = tok.lower_
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and low in self.lang.pronouns):
            return 3
        if tok.pos_ == "PROPN" and tok.ent_type_ not in _ENTITY_NOT_PERSON:
            return 3
        if tok.lemma_.lower() in self.lang.role_nouns or low in self.lang.role_nouns:
            return 2
        if tok.ent_type_ in ("ORG", "NORP", "GPE") or low in self.lang.organisation_heads:
            return 1
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            return 3  # "his former partner, Ann Lee,"
        return 0

    def _colon_subject(
        self, site: QuoteSite, toks: list[Any]
    ) -> tuple[_Mention, Any, str, float] | None:
        """``The statement reads: “…”``: the subject of the clause that ends with the colon."""
        i = site.start - 1
        while i >= 0 and self.view[i].isspace():
            i -= 1
        if i < 0 or self.view[i] != ":":
            return None
        before = [t for t in toks if t.idx < i and not self.in_quote[t.i]]
        for tok in reversed(before):
            if tok.dep_ in _SUBJECT_DEPS and self._personhood(tok) >= 1:
                return self._mention(tok), tok.head, "colon-subject", 0.6
        if before and before[-1].ent_type_ == "PERSON":
            # "… - Jane Q. Public: “…”": a name right before the colon.
            return self._mention(before[-1]), None, "colon-subject", 0.6
        return None

    def _distance(self, site: QuoteSite, tok: Any) -> int:
        idx: int = tok.idx
        if idx >= site.end:
            return idx - site.end
        if idx < site.start:
            return site.start - idx
        return 10_000  # inside a nested structure; prefer anything outside

    def _subject(self, verb: Any) -> Any | None:
        if verb.pos_ == "NOUN":  # "Trump's claim that “…”": the possessor made the claim
            for child in verb.children:
                if child.dep_ == "poss" and not self.in_quote[child.i] and self._personhood(child):
                    return child
        node = verb
        for _ in range(4):
            for child in node.children:
                if child.dep_ in _SUBJECT_DEPS and not self.in_quote[child.i]:
                    if child.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                        return node.head
                    return child
            if node.dep_ in _CLIMB_DEPS and node.head.i != node.i:
                node = node.head
                continue
            break
        return self._person_left_of(verb)

    def _person_left_of(self, verb: Any) -> Any | None:
        """The nearest person-like word before a subjectless cue in its sentence.

        Parsers sometimes attach "her adviser, Tom Hale, said:" without a subject; the person
        named right before the verb is then the speaker.
        """
        sent = verb.sent
        for j in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
            tok = self.doc[j]
            if self.in_quote[j] or tok.text in (":", ";", ".", "“", '"'):
                return None
            if self._personhood(tok) >= 2 and tok.dep_ not in ("pobj", "dobj", "poss"):
                return tok
        return None

    def _object_after(self, i: int) -> Any | None:
        tok = self.doc[i]
        for child in tok.children:
            if child.dep_ in ("pobj", "obj", "nmod") and not self.in_quote[child.i]:
                return child
        if i + 1 < len(self.doc):
            nxt = self.doc[i + 1]
            if nxt.pos_ in ("PROPN", "NOUN", "DET", "PRON") and not self.in_quote[nxt.i]:
                head = nxt
                while head.head.i != head.i and head.head.i > i and head.dep_ in _NAME_DEPS:
                    head = head.head
                return head
        return None

    def _mention(self, head: Any) -> _Mention:
        """The noun phrase headed by ``head``, without relative clauses or appositions."""
        keep = {head.i}
        stack = [c for c in head.children if c.i < head.i or c.dep_ in ("flat", "compound")]
        while stack:
            t = stack.pop()
            if t.dep_ in ("relcl", "acl", "appos", "cc", "conj", "prep") or self.in_quote[t.i]:
                continue
            keep.add(t.i)
            stack.extend(t.children)
        lo, hi = min(keep), max(keep)
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space):
            lo += 1
        while hi > lo and (self.doc[hi].is_punct or self.doc[hi].is_space):
            hi -= 1
        span = self.doc[lo : hi + 1]
        text = self.view[span.start_char : span.end_char]
        name = None
        kind = "other"
        low = head.lower_
        people = [
            e
            for e in getattr(self.doc, "ents", ())
            if e.label_ == "PERSON"
            and lo <= e.start
            and e.end - 1 <= hi + 3
            and not self.in_quote[e.start]
            and not any(t.lower_ in ("’s", "'s") for t in self.doc[e.end - 1 : e.end + 1])
        ]
        if not people:  # "His former partner at the firm, Ann Lee,": the apposition names
            appos = {c.i for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"}
            people = [
                e
                for e in getattr(self.doc, "ents", ())
                if e.label_ == "PERSON" and any(e.start <= i < e.end for i in appos)
            ]
        if people and low not in self.lang.pronouns:
            # "Vice President for programming Ann Lee": the person named in the phrase.
            ent = people[-1]
            e_end = ent.end
            while (
                e_end < len(self.doc)
                and self.doc[e_end].pos_ == "PROPN"
                and self.doc[e_end].lower_ not in ("’s", "'s")
                and not self.in_quote[e_end]
            ):
                e_end += 1  # NER often stops short of a three-part name ("Lee Min | Jun")
            ent = self.doc[ent.start : e_end]
            cleaned = self._clean_name(ent)
            if cleaned:
                end = max(span.end_char, ent.end_char)
                return _Mention(
                    self.view[span.start_char : end], span.start_char, end, cleaned, low, "name"
                )
        if head.pos_ == "PROPN" or (head.ent_type_ == "PERSON"):
            chain = [head]
            j = head.i - 1
            while (
                j >= lo and self.doc[j].pos_ == "PROPN" and self.doc[j].lower_ not in ("’s", "'s")
            ):
                chain.insert(0, self.doc[j])
                j -= 1
            j = head.i + 1
            while j <= hi and self.doc[j].pos_ == "PROPN":
                chain.append(self.doc[j])
                j += 1
            chain = [t for t in chain if t.ent_type_ not in _ENTITY_NOT_PERSON or t.i == head.i]
            while chain and (
                chain[0].lower_ in self.lang.title_words or chain[0].lower_ in self.lang.role_nouns
            ):
                chain = chain[1:]
            if chain:
                name = self.view[chain[0].idx : chain[-1].idx + len(chain[-1].text)]
                kind = "organisation" if head.ent_type_ in ("ORG", "GPE", "NORP") else "name"
        elif low in self.lang.pronouns:
            kind = "pronoun"
        elif head.lemma_.lower() in self.lang.role_nouns or low in self.lang.role_nouns:
            kind = "role"
        elif low in self.lang.organisation_heads or head.lemma_.lower() in (
            self.lang.organisation_heads
        ):
            kind = "organisation"
        elif head.text[:1].isupper() and not any(c.dep_ == "det" for c in head.children):
            # A capitalised word the tagger took for a common noun ("Pike", "Rose"): a name.
            kind = "name"
            name = head.text
        return _Mention(text, span.start_char, span.end_char, name, low, kind)

    # ----------------------------------------------------------------- pattern-based rules
    def _by_pattern(
        self, site: QuoteSite, toks: list[Any]
    ) -> tuple[_Mention, Any, str, float] | None:
        """Frames without a parse: cue word next to a capitalised name or a pronoun."""
        lang = self.lang
        best: tuple[int, _Mention, Any, str, float] | None = None
        for k, tok in enumerate(toks):
            if self.in_quote[tok.i]:
                continue
            low = tok.lower_
            is_according = self._according_word(low)
            if not (low in lang.reporting_verbs or is_according):
                continue
            # speaker after the cue ("sagte Merkel", "so Merkel", "according to Merkel")
            after = self._name_run(toks, k + 1, +1)
            before = self._name_run(toks, k - 1, -1) if not is_according else None
            for run, rule in ((after, "cue-then-name"), (before, "name-then-cue")):
                if run is None:
                    continue
                m = run
                d = self._distance(site, tok)
                if best is None or d < best[0]:
                    best = (d, m, tok, rule, 0.7)
        if best is None:
            best = self._pattern_clause_pronoun(site, toks)
        if best is None:
            return None
        return best[1], best[2], best[3], best[4]

    def _pattern_clause_pronoun(
        self, site: QuoteSite, toks: list[Any]
    ) -> tuple[int, _Mention, Any, str, float] | None:
        """Without a parse: a cue with a personal pronoun or name in its clause.

        German puts the subject after the verb ("haben Sie gesagt", "sagen Sie") or early in
        the clause ("Sie haben von einer „…“ gesprochen"); the nearest one to the cue counts.
        """
        lang = self.lang
        best: tuple[int, _Mention, Any, str, float] | None = None
        for k, tok in enumerate(toks):
            if self.in_quote[tok.i] or tok.lower_ not in lang.reporting_verbs:
                continue
            for j in sorted(range(max(0, k - 8), min(len(toks), k + 4)), key=lambda j: abs(j - k)):
                cand = toks[j]
                if j == k or self.in_quote[cand.i]:
                    continue
                if any(t.text in ".;:!?" for t in toks[min(j, k) : max(j, k)]):
                    continue
                low = cand.lower_
                if (
                    low in lang.pronouns
                    and lang.pronouns[low][0] in "123"
                    and low
                    not in (
                        "es",
                        "ihm",
                        "ihn",
                        "mir",
                        "mich",
                        "dir",
                        "dich",
                        "uns",
                        "euch",
                        "ihnen",
                    )
                ):
                    m = _Mention(
                        cand.text, cand.idx, cand.idx + len(cand.text), None, low, "pronoun"
                    )
                    d = self._distance(site, tok)
                    if best is None or d < best[0]:
                        best = (d, m, tok, "cue-clause-pronoun", 0.5)
                    break
        return best

    def _name_run(self, toks: list[Any], k: int, step: int) -> _Mention | None:
        """A run of capitalised tokens (or one pronoun) starting at ``toks[k]``."""
        run: list[Any] = []
        skip_det = 0
        while 0 <= k < len(toks) and len(run) < 5:
            t = toks[k]
            if self.in_quote[t.i] or t.is_punct:
                break
            low = t.lower_
            if not run and low in self.lang.pronouns:
                return _Mention(t.text, t.idx, t.idx + len(t.text), None, low, "pronoun")
            if t.text[:1].isupper() and low not in self.lang.reporting_verbs:
                run.append(t)
            elif not run and low in self.lang.stopwords and skip_det < 2:
                skip_det += 1
            elif not run and (low in self.lang.role_nouns):
                run.append(t)
                break
            else:
                break
            k += step
        if not run:
            return None
        if step < 0:
            run.reverse()
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        text = self.view[start:end]
        while run and run[0].lower_ in self.lang.title_words:
            run = run[1:]
        if not run:
            return None
        head = run[-1].lower_
        if head in self.lang.role_nouns:
            return _Mention(text, start, end, None, head, "role")
        if self.lang.capitalised_nouns and len(run) == 1 and self._in_prepositional(run[0]):
            return None  # "nach dem Motto", "zu Recht": a common noun, not a name
        name = self.view[run[0].idx : run[-1].idx + len(run[-1].text)]
        return _Mention(text, start, end, name, head, "name")

    def _according_word(self, low: str) -> bool:
        """Whether ``low`` opens an "according to" phrase of the language ("laut", "so")."""
        return any(seq[0] == low for seq in self.lang.according_to)

    def _in_prepositional(self, tok: Any) -> bool:
        """Whether ``tok`` is governed by a preposition: right after one that is not a cue
        ("zu Recht", "mit Erlaubnis"), or after one and an article ("nach dem Motto")."""
        lang = self.lang
        prev = [self.doc[j].lower_ for j in range(max(0, tok.i - 2), tok.i)]
        if not prev:
            return False
        last = prev[-1]
        cue = last in lang.reporting_verbs or self._according_word(last)
        if last in lang.prepositions and not cue:
            return True
        return len(prev) == 2 and last in lang.stopwords and prev[0] in lang.prepositions

    # ----------------------------------------------------------------- positional frames
    def _by_position(self, site: QuoteSite) -> tuple[_Mention, Any, str, float] | None:
        """``X: “…”`` and ``“…” — X``."""
        view = self.view
        i = site.start - 1
        while i >= 0 and view[i] in " \t":
            i -= 1
        if i >= 0 and view[i] == ":":
            line_start = view.rfind("\n", 0, i) + 1
            label = view[line_start:i].strip()
            m = re.fullmatch(r"(?:[^\W\d_][\w.'’-]*\s+){0,4}[^\W\d_][\w.'’-]*", label)
            if m and label[:1].isupper():
                start = line_start + view[line_start:i].index(label)
                return (
                    _Mention(label, start, start + len(label), label, label.lower(), "name"),
                    None,
                    "colon-label",
                    0.7,
                )
        line_start = view.rfind("\n", 0, site.start) + 1
        head = re.match(
            r"[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*):[ \t]",
            view[line_start : site.start],
        )
        if head and "\n" not in view[line_start : site.start]:
            # A headline or transcript line "Name: … ‘quoted words’": the label speaks.
            label = head.group(1)
            start = line_start + head.start(1)
            return (
                _Mention(label, start, start + len(label), label, label.lower(), "name"),
                None,
                "line-label",
                0.6,
            )
        m2 = _DASH_CREDIT.match(view, site.end)
        if m2:
            name = m2.group(1).strip()
            start = m2.start(1)
            return (
                _Mention(name, start, start + len(name), name, name.lower(), "name"),
                None,
                "dash-credit",
                0.7,
            )
        return None

    # ----------------------------------------------------------------- resolution
    def _resolve(self, mention: _Mention, site: QuoteSite) -> str | None:
        reg = self.registry
        if mention.name and mention.kind == "organisation":
            known = reg.find(mention.name)
            if known is not None:
                return known.canonical  # NER took a surname for an organisation
        if mention.name and mention.kind == "name":
            person = reg.add(
                mention.name,
                descriptor_words(mention.text.replace(mention.name, " "), self.lang.stopwords),
            )
            return person.canonical
        if mention.kind == "organisation":
            return mention.name or mention.text
        words = descriptor_words(mention.text, self.lang.stopwords)
        if mention.kind == "role":
            described = reg.by_descriptor(words, head=mention.head_lower)
            if described is not None:
                return described.canonical
        if mention.kind in ("role", "pronoun"):
            if mention.head_lower in self.lang.first_person:
                return None
            if mention.kind == "pronoun":
                local = self._named_earlier_in_sentence(mention.start)
                if local:
                    return local  # "Lee says she would …": the name in the same sentence
            gendered = self.lang.pronouns.get(mention.head_lower, "")[1:2] in ("m", "f")
            last = self._last_spoken(personal=mention.kind == "pronoun" and gendered)
            if last:
                return last
            named_before = self._last_named_before(min(mention.start, site.start))
            if named_before:
                return named_before
            later = self._next_named_speaker(site)
            if later:
                return later
        return None

    def _last_spoken(self, *, personal: bool) -> str | None:
        """The speaker of the latest attributed quote; for "he" or "she" the latest that is not
        an organisation or a document ("he" never stands for "the campaign's statement")."""
        for _, speaker in reversed(self.spoken):
            words = speaker.lower().split()
            if not personal or not words or words[-1] not in self.lang.organisation_heads:
                return speaker
        return None

    def _named_earlier_in_sentence(self, offset: int) -> str | None:
        """The person named last before ``offset`` in the same sentence, outside quotes."""
        if not self.parsed:
            return None
        tok = self._token_at(offset)
        if tok is None:
            return None
        sent = self.doc[tok].sent
        best = None
        for ent in getattr(self.doc, "ents", ()):
            if (
                ent.label_ == "PERSON"
                and sent.start <= ent.start
                and ent.end_char <= offset
                and not self.in_quote[ent.start]
                and ent.root.dep_ in _SUBJECT_DEPS
            ):
                best = ent
        found = self._canonical(best)
        # A known person's name the recogniser missed ("Kasich says he'd …"), later in the
        # sentence than any entity it found.
        after = best.end if best is not None else sent.start
        for t in self.doc[after:tok]:
            if t.dep_ in _SUBJECT_DEPS and t.pos_ == "PROPN" and not self.in_quote[t.i]:
                person = self.registry.find(t.text)
                if person is not None:
                    found = person.canonical
        return found

    def _canonical(self, ent: Any) -> str | None:
        """The registered person a PERSON entity names (its cleaned text if none)."""
        if ent is None:
            return None
        name = self._clean_name(ent)
        person = self.registry.find(name) if name else None
        return person.canonical if person else name

    def _last_named_before(self, offset: int) -> str | None:
        best = None
        for ent in getattr(self.doc, "ents", ()):
            if ent.label_ == "PERSON" and ent.start_char < offset and not self.in_quote[ent.start]:
                best = ent
        return self._canonical(best)

    def _next_named_speaker(self, site: QuoteSite) -> str | None:
        """Cataphora: the first named speaker of a later quote (article openings)."""
        for later in self.sites:
            if later.start <= site.start or later.depth > 0:
                continue
            toks = self._window(later)
            found = self._by_parse(later, toks) if self.parsed else self._by_pattern(later, toks)
            if found and found[0].kind == "name" and found[0].name:
                return self.registry.add(found[0].name).canonical
        return None

    def _occasion(self, toks: list[Any]) -> str | None:
        if not toks:
            return None
        text = " ".join(t.text for t in toks if not self.in_quote[t.i])
        for rx in self.lang.occasion_cues:
            m = re.search(rx, text, flags=re.IGNORECASE)
            if m:
                return m.group(0).strip()
        return None
