"""Whose words an offset of a source stands in (``evidence._own_words``): a bisection over the
speaker's own turns answers as a scan of every turn would, on a source with many turns —
nested quoted turns, turns that touch or overlap, empty turns, other speakers between."""

from __future__ import annotations

import random

import pytest

from quotecheck.models import Source, Turn
from quotecheck.score.evidence import _own_words


def _scan(source: Source, at: int, offset: int) -> bool:
    """The answer by a scan of every turn (what the bisection must agree with)."""
    speaker = source.speaker_at(at)[0]
    return any(
        t.start <= offset < t.end and t.speaker == speaker and not t.quoted for t in source.turns
    )


def _source(seed: int, n: int) -> Source:
    rng = random.Random(seed)
    turns: list[Turn] = []
    at = 0
    for _ in range(n):
        length = rng.randint(0, 40)
        speaker = rng.choice(["Ann Lee", "Tom Berg", None])
        turns.append(Turn(start=at, end=at + length, speaker=speaker))
        if length > 4 and rng.random() < 0.3:  # a quote inside the turn
            a = at + rng.randint(0, length - 2)
            turns.append(Turn(start=a, end=a + 2, speaker=None, quoted=True))
        if rng.random() < 0.1:  # a turn of the same speaker overlapping this one
            turns.append(Turn(start=max(0, at - 5), end=at + length + 5, speaker=speaker))
        at += length + rng.choice([0, 0, 1, 3])  # touching, or a label between
    rng.shuffle(turns)
    return Source(id="many-turns.txt", text="x" * (at + 10), turns=tuple(turns))


@pytest.mark.parametrize("seed", range(3))
def test_own_words_agree_with_a_scan_of_every_turn(seed: int) -> None:
    source = _source(seed, 1_000)
    rng = random.Random(seed)
    for at in rng.sample(range(len(source.text)), 3):
        own = _own_words(source, at)
        assert own is not None
        edges = [e for t in rng.sample(source.turns, 60) for e in (t.start, t.end)]
        offsets = {o + d for o in edges for d in (-1, 0, 1)} | {-1, len(source.text)}
        for offset in sorted(offsets | set(rng.sample(range(len(source.text)), 100))):
            assert own(offset) is _scan(source, at, offset), (at, offset)


def test_a_source_without_turns_has_no_test() -> None:
    assert _own_words(Source(id="plain.txt", text="words"), 0) is None
