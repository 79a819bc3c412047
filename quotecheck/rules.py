"""The rule catalogue: stable codes, kebab-case names, default levels and documentation.

Codes are ``QC`` + three digits; the hundreds digit is the family:

====  ===================  ====================================================
0xx   tool                 the article itself could not be read or checked
1xx   wording              the words inside the quote marks differ from the source
2xx   attribution          the words are pinned on the wrong speaker or occasion
3xx   fabrication          no counterpart, or no source to check against
4xx   translation          a quote in another language than its source
5xx   source declaration   sources that are missing, unsafe or without a speaker
6xx   suppression hygiene  inline suppressions that are wrong or unused
====  ===================  ====================================================

Codes are never renumbered or reused; a retired rule keeps its code.  The engine
(:mod:`quotecheck.score`) decides *that* a rule fires; this module says what the rule *is*.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import yaml

from quotecheck.models import Finding, Frozen, Level


class Example(Frozen):
    """One executable example of a rule (``quotecheck/data/rules/<code>.yml``).

    ``run: check`` (the default) checks ``article`` against ``source`` spoken by ``speaker``
    (the source may declare more in front matter); ``run: lint`` writes the article to
    ``articles/article.md``, the source to ``sources/source.txt`` and ``config`` to
    ``quotecheck.toml`` of an empty repository and runs ``quotecheck check`` on the article
    (``article: null`` checks a file that does not exist).  A ``fail`` example must raise the
    rule's code and ``codes``; a ``pass`` example must raise none of the rule's code and
    ``absent``.  ``verdict`` is the verdict of the (first) quote when given.
    """

    expect: Literal["pass", "fail"]
    article: str | None
    source: str | None = None
    speaker: str | None = None
    kind: str | None = None
    """Source kind (``transcript`` reads ``NAME:`` turns)."""
    language: str = "en"
    """Language of the article."""
    verdict: str | None = None
    codes: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    run: Literal["check", "lint"] = "check"
    config: str | None = None
    """``quotecheck.toml`` of a lint example."""

    def text(self) -> str:
        """The example as a reader sees it."""
        lines = []
        if self.config:
            lines.append("quotecheck.toml: " + " ".join(self.config.split()))
        lint = self.run == "lint"
        if self.source is not None:
            who = f" ({self.speaker})" if self.speaker else ""
            label = "sources/source.txt" if lint else f"Source{who}"
            lines.append(f"{label}: " + self.source.strip().replace("\n", "\n  "))
        label = "articles/article.md" if lint else "Article"
        if self.article is None:
            lines.append(f"{label}: (no such file)")
        else:
            lines.append(f"{label}: " + self.article.strip().replace("\n", "\n  "))
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        """The example as ``quotecheck rule --output-format json`` prints it."""
        head: dict[str, object] = {
            "expect": self.expect,
            "source": self.source,
            "speaker": self.speaker,
            "article": self.article,
        }
        return head | self.model_dump(exclude_defaults=True, exclude=set(head))


@functools.cache
def rule_examples(code: str) -> tuple[Example, ...]:
    """The examples of rule ``code`` (none when it has no example file)."""
    path = resources.files("quotecheck") / "data" / "rules" / f"{code}.yml"
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return tuple(Example.model_validate(item) for item in data)


@dataclass(frozen=True)
class Rule:
    """One rule: its code, name, default level and documentation."""

    code: str
    name: str
    level: Level
    family: str
    summary: str
    explanation: str

    @property
    def examples(self) -> tuple[Example, ...]:
        """The rule's pass and fail examples (``quotecheck/data/rules/<code>.yml``)."""
        return rule_examples(self.code)

    @property
    def passing(self) -> str:
        """The first passing example, as text."""
        return next((e.text() for e in self.examples if e.expect == "pass"), "")

    @property
    def failing(self) -> str:
        """The first failing example, as text."""
        return next((e.text() for e in self.examples if e.expect == "fail"), "")

    def as_dict(self) -> dict[str, object]:
        """The rule as ``quotecheck rule --output-format json`` prints it."""
        return {
            "code": self.code,
            "name": self.name,
            "level": self.level.value,
            "family": self.family,
            "summary": self.summary,
            "explanation": self.explanation,
            "examples": [e.as_dict() for e in self.examples],
        }


FAMILIES = {
    "0": "tool",
    "1": "wording",
    "2": "attribution",
    "3": "fabrication",
    "4": "translation",
    "5": "source declaration",
    "6": "suppression hygiene",
}

TOOL_ERROR = "QC000"
"""The rule of an article that could not be read or checked: never dropped by selection, never
suppressed inline, always an error."""

_RULES: tuple[Rule, ...] = (
    Rule(
        TOOL_ERROR,
        "article-error",
        Level.ERROR,
        "tool",
        "The article could not be read or checked.",
        "quotecheck could not read or decode the article (missing file, directory, binary data, "
        "wrong encoding, too large), so none of its quotes were checked. The message says what "
        "went wrong; fix the file or the path and run again.",
    ),
    Rule(
        "QC101",
        "altered-wording",
        Level.WARNING,
        "wording",
        "Words inside the quote marks differ from the source.",
        "The quote matches a passage of the source, but some words were substituted, added or "
        "dropped. Quote marks promise the speaker's exact words: restore them or take the marks "
        "away and paraphrase.",
    ),
    Rule(
        "QC102",
        "paraphrased-quote",
        Level.WARNING,
        "wording",
        "The quote is the source reworded throughout.",
        "The passage is recognisably the source's, but reworded throughout (often a "
        "re-translation). A paraphrase belongs outside quote marks.",
    ),
    Rule(
        "QC103",
        "spliced-quote",
        Level.ERROR,
        "wording",
        "Pieces from different places were joined without an ellipsis.",
        "The quote joins words that are not adjacent in the source (out of order, far apart, or "
        "from different sources) without marking the cut. Mark the cut with an ellipsis or quote "
        "the pieces separately.",
    ),
    Rule(
        "QC104",
        "narration-inserted",
        Level.ERROR,
        "wording",
        "The quote contains the reporter's narration, not the speaker's words.",
        'A reporting frame ("he said that", "I added that") or words from the article\'s own '
        "narration stand inside the quote marks, so the speaker is made to say what the reporter "
        "wrote.",
    ),
    Rule(
        "QC105",
        "misleading-elision",
        Level.ERROR,
        "wording",
        "The ellipsis cuts words that change the meaning.",
        "What the ellipsis left out contains a negation or qualifier, so the quote says more (or "
        "less) than the speaker did.",
    ),
    Rule(
        "QC106",
        "misleading-cut",
        Level.WARNING,
        "wording",
        "The quote stops right before a limiter or the negation of its last word, or starts right "
        "after a negation or a condition.",
        'The source goes on with "but", "unless", "except" or "if", or the quoted words are '
        "governed by a negation just before them or by a condition their sentence opens with: "
        "the cut changes what the speaker meant.",
    ),
    Rule(
        "QC110",
        "negation-changed",
        Level.ERROR,
        "wording",
        "A negation was added to or dropped from the quote.",
        "The quote and the source differ in a negation word (not, never, no …): the meaning is "
        "reversed.",
    ),
    Rule(
        "QC111",
        "number-changed",
        Level.ERROR,
        "wording",
        "A number or unit in the quote differs from the source.",
        "Digits, signs and units are never normalised: a different figure is a different claim.",
    ),
    Rule(
        "QC112",
        "modality-changed",
        Level.ERROR,
        "wording",
        "A modal word (will, may, must …) was changed.",
        '"Will" is a commitment, "may" a possibility, "must" an obligation: swapping them changes '
        "what the speaker promised or claimed.",
    ),
    Rule(
        "QC113",
        "entity-changed",
        Level.ERROR,
        "wording",
        "A name in the quote differs from the source.",
        "A person, place or organisation was swapped for another. Configured aliases (e.g. a "
        "country's official and common names) do not count as changes.",
    ),
    Rule(
        "QC114",
        "person-shifted",
        Level.ERROR,
        "wording",
        "The grammatical person changed (third person became first, or the reverse).",
        'A shift from "he" to "I" usually means the reporter\'s sentence was put in the '
        "speaker's mouth.",
    ),
    Rule(
        "QC115",
        "tense-changed",
        Level.WARNING,
        "wording",
        "The tense of a verb changed.",
        "A past event reported as present or future (or the reverse) changes the claim.",
    ),
    Rule(
        "QC116",
        "invisible-characters",
        Level.ERROR,
        "wording",
        "Invisible characters inside the quote marks: bidirectional controls, zero-width "
        "spaces or joiners, other format characters.",
        "They are not in what readers see, yet they are in the text: a right-to-left override "
        "around a number (U+202E 12 U+202C) shows readers 21 while the text holds 12, and a "
        "zero-width space splits a word for search and copy. A quote with one is never "
        "verbatim: a bidirectional control makes it altered, any other invisible character "
        "normalized. Remove them. The joiner inside an emoji, a soft hyphen inside a word, a "
        "zero-width space after a compound's hyphen or slash (a line-break opportunity) and "
        "(bidirectional controls apart) a character the source passage has too are not counted.",
    ),
    Rule(
        "QC150",
        "unbalanced-quote-mark",
        Level.WARNING,
        "wording",
        "A quote mark has no partner.",
        "An opening mark is never closed (or a closing mark never opened) within its paragraph. "
        "The other quotes of the document are still checked.",
    ),
    Rule(
        "QC151",
        "unquoted-turns",
        Level.INFO,
        "wording",
        "Words set out as an interview's turns, without quote marks, were not checked.",
        "The article prints an exchange as speaker labels and their words ('Ledger: …' / "
        "'Ostrander: …', 'Q: …' / 'A: …'), the answers in no quote marks. quotecheck checks "
        "the words inside quote marks only, so these turns were not matched against any source: "
        "nothing is said about whether they are faithful. The finding stands at the first such "
        "turn and says how many there are and whose. Put the words to be checked in quote "
        "marks, or check the interview against its own transcript by hand.",
    ),
    Rule(
        "QC152",
        "condensed-answer",
        Level.INFO,
        "wording",
        "An interview's answer leaves words out, as the article says it was edited for length.",
        "The article prints an interview as labelled turns and says it was condensed ('This "
        "interview has been edited for length and clarity.'). An answer whose every word "
        "stands in the speaker's own turn of a source, in order, and that only leaves words out "
        "is elided by that declared convention (normalized when only fillers or a false start "
        "were left out), not altered: the finding lists what was left out. Words left out that "
        "change what the rest says (a negation, a number, a modal, a name, a limiter or a "
        "condition inside a sentence, or a whole sentence opening with one) are read as in any "
        "quote, and so are words added or changed.",
    ),
    Rule(
        "QC201",
        "misattributed-quote",
        Level.ERROR,
        "attribution",
        "The words are in a source, but someone else said them.",
        "The quote was found in a source of its occasion, but in a turn of another speaker, or "
        "in words the source itself quotes from someone else, and the article names its speaker "
        "plainly in the quote's own frame (the named subject of the reporting verb, 'according "
        "to', a speaker label, a dash credit) while the source's speaker is no plausible speaker "
        "of the quote (not named near it, nor ranked among its candidates). Where the "
        "attribution is an inference (a pronoun, a role noun, a speaker carried over) the doubt "
        "is said instead (QC205); where the source's speaker is a plausible one, the words are "
        "taken as theirs (QC204).",
    ),
    Rule(
        "QC202",
        "unattributed-quote",
        Level.INFO,
        "attribution",
        "No speaker could be found for the quote.",
        'quotecheck found no reporting verb, "according to", or earlier speaker to attach the '
        "quote to; it is matched against every source.",
    ),
    Rule(
        "QC203",
        "occasion-mismatch",
        Level.WARNING,
        "attribution",
        "The words were found, but the article places them on another occasion.",
        "The article says the quote was said somewhere else (a tweet, a rally, another year) than "
        "the source it was found in.",
    ),
    Rule(
        "QC204",
        "speaker-from-source",
        Level.INFO,
        "attribution",
        "The words are another named person's in the source; the quote is taken as theirs.",
        "The article's speaker was resolved as one person, but the source shows the words spoken "
        "by someone the article names next to the quote: the words are that person's, and the "
        "quote is checked as theirs.",
    ),
    Rule(
        "QC205",
        "attribution-uncertain",
        Level.WARNING,
        "attribution",
        "Another speaker's words, and the article's attribution is an inference.",
        "The source shows someone else saying the words, but the article does not name its "
        "speaker in the quote's own frame (it says 'he said', or the speaker was carried over "
        "from an earlier quote): quotecheck cannot tell a misattribution from its own misreading, "
        "so it shows both names instead of accusing.",
    ),
    Rule(
        "QC206",
        "second-hand-quote",
        Level.INFO,
        "attribution",
        "The source reports the words from the article's speaker.",
        "The words are in the source as another speaker's account of what the article's speaker "
        "said (a moderator reading a line back, a speech quoting an opponent): they are checked "
        "second-hand, via that source.",
    ),
    Rule(
        "QC301",
        "fabricated-quote",
        Level.ERROR,
        "fabrication",
        "No counterpart in the speaker's source of the quote's occasion.",
        "The quote is attributed to a speaker whose sources were checked, one of them covers the "
        "occasion the article gives the quote (the article declares that source for itself, or "
        "the source declares an occasion the article names), nothing close enough was found, "
        "and the article places the quote on no other occasion. A quote merely absent from "
        "sources given for many articles is unverifiable, not fabricated.",
    ),
    Rule(
        "QC302",
        "unverifiable-quote",
        Level.INFO,
        "fabrication",
        "The sources given cannot settle the quote, so it cannot be checked.",
        "No speaker was found, no source is the speaker's, the article places the quote on an "
        "occasion no source of the speaker covers (the nearest passage is shown as 'similar "
        "words in …'), or the quote is not in sources given for many articles with none "
        "declared for its occasion ('not in the given sources'). Cannot check is not the same "
        "as not found: declare the source of the quote's occasion to check it.",
    ),
    Rule(
        "QC401",
        "translated-altered",
        Level.ERROR,
        "translation",
        "A translated quote changed the meaning of its source.",
        "The quote is in another language than its source and a number, name, negation or modal "
        "word does not correspond.",
    ),
    Rule(
        "QC402",
        "translated-quote",
        Level.INFO,
        "translation",
        "The quote is a translation of its source.",
        "The meaning is kept across languages; shown for information.",
    ),
    Rule(
        "QC501",
        "source-not-found",
        Level.ERROR,
        "source declaration",
        "A declared source file does not exist or cannot be read.",
        "Fix the path in the front matter or configuration.",
    ),
    Rule(
        "QC502",
        "source-outside-root",
        Level.ERROR,
        "source declaration",
        "A declared source path leaves the repository root.",
        "Paths with '..', absolute paths and symlinks pointing outside the repository are "
        "refused, so a pull request cannot read other files on the CI machine.",
    ),
    Rule(
        "QC503",
        "source-speaker-unknown",
        Level.WARNING,
        "source declaration",
        "A source has no declared or inferable speaker.",
        "Declare the speaker with --speaker or a 'speaker:' key in the source's front matter; "
        "without one, quotes cannot be told apart from misattributions.",
    ),
    Rule(
        "QC504",
        "article-date-unreadable",
        Level.WARNING,
        "source declaration",
        "The article's front matter gives a date that is not a date.",
        "A front-matter 'date:' (or 'published:', 'pubdate:', …) that does not read as an ISO "
        "8601 date ('December 2, 2026', '2026-13-45', 'yesterday') is left out: the article is "
        "checked without it, so the occasion of its quotes is not dated by it. Give the date "
        "as 2026-04-03 or 2026-04-03T09:30:00+02:00.",
    ),
    Rule(
        "QC601",
        "unknown-suppression-code",
        Level.ERROR,
        "suppression hygiene",
        "A suppression names a code or rule name that does not exist.",
        "Check the spelling against `quotecheck rule --list`.",
    ),
    Rule(
        "QC602",
        "unused-suppression",
        Level.WARNING,
        "suppression hygiene",
        "A suppression suppresses nothing.",
        "Remove it: it would hide a future finding nobody has looked at.",
    ),
    Rule(
        "QC603",
        "suppression-without-reason",
        Level.WARNING,
        "suppression hygiene",
        "A suppression gives no reason, and reasons are required.",
        "Add `-- reason` after the codes.",
    ),
)

RULES: dict[str, Rule] = {r.code: r for r in _RULES}
BY_NAME: dict[str, Rule] = {r.name: r for r in _RULES}


def get_rule(code_or_name: str) -> Rule:
    """Look a rule up by code (``QC101``) or name (``altered-wording``); KeyError if unknown."""
    key = code_or_name.strip()
    if key.upper() in RULES:
        return RULES[key.upper()]
    if key.lower() in BY_NAME:
        return BY_NAME[key.lower()]
    raise KeyError(code_or_name)


def all_rules() -> tuple[Rule, ...]:
    """Every rule, in code order."""
    return tuple(sorted(_RULES, key=lambda r: r.code))


def make_finding(
    code: str,
    message: str,
    *,
    start: int,
    end: int,
    line: int,
    column: int,
    quote_index: int | None = None,
) -> Finding:
    """A finding of rule ``code`` (a code or a name) at its default level: the one place a
    :class:`~quotecheck.models.Finding` is built.  The lint engine stamps the configured level
    later; ``KeyError`` for a code outside the catalogue."""
    rule = get_rule(code)
    return Finding(
        code=rule.code,
        name=rule.name,
        level=rule.level,
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        quote_index=quote_index,
    )
