"""Real-looking source corpora of any size, for the speed benchmark.

A word-level Markov chain of order 2, trained at run time on the CC0 debate transcripts, writes
sentences that have the vocabulary, word frequencies and sentence lengths of real speech (nothing
generated is stored).  Sources are statements of about ``source_bytes`` each, with a speaker.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\S+")
_END = frozenset(".!?")
_SURNAMES = [
    "Abbott",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
]
_GIVEN = [
    "Ana",
    "Ben",
    "Carla",
    "Dev",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Luis",
    "Mina",
    "Nils",
    "Omar",
    "Pia",
]


@dataclass
class GeneratedSource:
    """One generated statement."""

    id: str
    speaker: str
    text: str


class Markov:
    """An order-2 word chain over sentences (start state ``("", "")``)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.next: dict[tuple[str, str], list[str]] = defaultdict(list)
        for text in texts:
            words = _TOKEN.findall(text)
            a, b = "", ""
            for w in words:
                self.next[(a, b)].append(w)
                a, b = (b, w) if w[-1:] not in _END else ("", "")
                if w[-1:] in _END:
                    a, b = "", ""
        self.table = {k: tuple(v) for k, v in self.next.items()}

    def sentence(self, rng: random.Random, max_words: int = 60) -> str:
        """One sentence (ends with . ! or ? unless cut at ``max_words``)."""
        a, b = "", ""
        out: list[str] = []
        for _ in range(max_words):
            choices = self.table.get((a, b))
            if not choices:
                break
            w = rng.choice(choices)
            out.append(w)
            if w[-1:] in _END:
                break
            a, b = b, w
        text = " ".join(out)
        return text if text[-1:] in _END else text + "."


def generate(
    chain: Markov, total_bytes: int, *, source_bytes: int = 100_000, seed: int = 0
) -> list[GeneratedSource]:
    """Statements of about ``source_bytes`` each, ``total_bytes`` in all, deterministically."""
    rng = random.Random(seed)
    out: list[GeneratedSource] = []
    made = 0
    while made < total_bytes:
        speaker = f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}"
        paragraphs: list[str] = []
        size = 0
        target = min(source_bytes, total_bytes - made)
        while size < target:
            para = " ".join(chain.sentence(rng) for _ in range(rng.randint(2, 6)))
            paragraphs.append(para)
            size += len(para) + 2
        header = f"Statement by {speaker}\n\n"
        text = header + "\n\n".join(paragraphs) + "\n"
        out.append(GeneratedSource(f"gen-{len(out):05d}.txt", speaker, text))
        made += len(text)
    return out


def alter_one_word(
    sentence: str,
    rng: random.Random,
    *,
    negations: frozenset[str] = frozenset({"not"}),
    swap: tuple[str, str] = ("quickly", "slowly"),
) -> str:
    """The sentence with one meaning-changing edit: a negation dropped if it has one, else a
    number changed if it has one, else a word swapped for ``swap[0]`` (``swap[1]`` if it was
    already that word)."""
    words = sentence.split()
    for j, w in enumerate(words[:-1]):
        if w.lower() in negations:
            return " ".join(words[:j] + words[j + 1 :])
    for j, w in enumerate(words):
        if w.isdigit():
            words[j] = str(int(w) + rng.randint(1, 9))
            return " ".join(words)
    j = rng.randrange(1, len(words) - 1)
    words[j] = swap[0] if words[j].lower() != swap[0] else swap[1]
    return " ".join(words)
