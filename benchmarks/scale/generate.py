# ruff: noqa: SIM905 -- word lists are data, written as split strings
"""Made-up sources and articles for the scale benchmark, generated from word lists (seeded).

Sources are statements by invented officials: a byline, then paragraphs of sentences made of
invented words with a Zipf-like frequency glued by real English function words, so that word
trigrams are as varied as in real speech (rare words seed retrieval, common ones make it work).
Articles are short news items with three quotes of one speaker: verbatim, with one word altered
(a dropped negation, a changed number, a swapped word), or in no source at all, around
narration.  Nothing here comes from a data set.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from benchmarks.common.corpus import alter_one_word
from quotecheck.models import Source

GIVEN = "Alma Bruno Cecile Dario Edda Femi Goran Hilde Ivo Jana Kasper Leila Marek Nadia".split()
ROLES = "Minister Mayor Commissioner Governor Director Senator".split()
FUNCTION = (
    "the the the of of and and to to in in a a we we will will that is for on our with "
    "not it be this are by from have has as at must can more all new than been would should"
).split()
NARRATION = [
    "The announcement came after weeks of debate.",
    "Residents had asked for details for months.",
    "Opposition members called the session chaotic.",
    "The figures were published on Monday.",
    "Several groups plan to respond next week.",
    "The decision affects thousands of households.",
]
_ONSETS = "b br c ch d dr f fl g gr h j k kl l m n p pl pr r s sh st t tr v w z".split()
_VOWELS = "a e i o u ai ea ou io".split()
_CODAS = [*"n r l s t m nd st rk ng x".split(), "", "", "", ""]


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 2, 3))
        w = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if len(w) > 2 and w not in FUNCTION:
            words[w] = None
    return list(words)


class Speech:
    """A generator of sentences of invented words (Zipf-like) and real function words."""

    def __init__(self, vocabulary: int = 40_000, seed: int = 3) -> None:
        rng = random.Random(seed)
        self.words = _vocabulary(vocabulary, rng)
        self.cum_weights = list(
            itertools.accumulate(1.0 / (r + 10) for r in range(len(self.words)))
        )

    def sentence(self, rng: random.Random) -> str:
        """One sentence of 8 to 24 words."""
        n = rng.randint(8, 24)
        content = rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        out = []
        for w in content:
            r = rng.random()
            if r < 0.45:
                out.append(rng.choice(FUNCTION))
            elif r < 0.48:
                out.append(str(rng.randint(2, 990)))
            else:
                out.append(w)
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."


@dataclass(frozen=True)
class Corpus:
    """The generated sources and, per source, its speaker and sentences."""

    sources: list[Source]
    speakers: list[str]
    sentences: list[list[str]]
    speech: Speech

    @property
    def size_bytes(self) -> int:
        return sum(len(s.text.encode()) for s in self.sources)


def corpus(total_bytes: int = 10_000_000, source_bytes: int = 100_000, seed: int = 7) -> Corpus:
    """Statements of about ``source_bytes`` each, ``total_bytes`` in all; every speaker has a
    family name of their own, so "NAME said" is never ambiguous."""
    from quotecheck.api import make_source

    rng = random.Random(seed)
    speech = Speech()
    families = sorted({w.title() for w in _vocabulary(2000, random.Random(seed + 1))})
    rng.shuffle(families)
    names = [f"{GIVEN[i % len(GIVEN)]} {f}" for i, f in enumerate(families)]
    sources: list[Source] = []
    sentences: list[list[str]] = []
    made = 0
    while made < total_bytes:
        name = names[len(sources) % len(names)]
        said: list[str] = []
        paragraphs: list[str] = []
        size = 0
        while size < min(source_bytes, total_bytes - made):
            para = [speech.sentence(rng) for _ in range(rng.randint(2, 5))]
            said.extend(para)
            paragraphs.append(" ".join(para))
            size += len(paragraphs[-1]) + 2
        text = f"Statement by {rng.choice(ROLES)} {name}\n\n" + "\n\n".join(paragraphs) + "\n"
        sources.append(make_source(text, id=f"statement-{len(sources):04d}.txt", speaker=name))
        sentences.append(said)
        made += len(text.encode())
    speakers = [s.speaker or "" for s in sources]
    return Corpus(sources, speakers, sentences, speech)


def articles(c: Corpus, n: int, seed: int = 11) -> list[dict[str, str]]:
    """``n`` articles of three quotes each: verbatim, altered or in no source, in rotation."""
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    for i in range(n):
        s = rng.randrange(len(c.sources))
        name = c.speakers[s]
        parts = [f"{rng.choice(NARRATION)} {rng.choice(NARRATION)}"]
        for k in range(3):
            kind = (i + k) % 3
            quote = rng.choice(c.sentences[s])
            if kind == 1:
                quote = alter_one_word(quote, rng)
            elif kind == 2:
                quote = c.speech.sentence(rng)
            who = name if k == 0 else name.split()[1]
            parts.append(f'"{quote.rstrip(".")}," {who} said.')
            parts.append(rng.choice(NARRATION))
        out.append({"id": f"article-{i:06d}", "text": "\n\n".join(parts) + "\n"})
    return out
