"""The two ways a name is split into words, which differ on purpose (tidy review item 6):

* ``speaker._identifying_words``: the words that name a person when they stand alone in
  running text (capitalised, two letters or more, no title), as running text writes them;
* ``occasion._speaker_name_words``: every word of every speaker's name, lower case, titles and
  particles kept: an occasion word that is one of them names a person, not the occasion.

Made-up names only.
"""

from __future__ import annotations

import pytest

from quotecheck.lang import get_language
from quotecheck.score.checks.occasion import _speaker_name_words
from quotecheck.score.checks.speaker import _identifying_words

CASES = [
    # (name, identifying words, every name word)
    ("Mara Lind", ["Mara", "Lind"], {"mara", "lind"}),
    ("MARA LIND", ["Mara", "Lind"], {"mara", "lind"}),
    ("Senator Jan de Vries", ["Jan", "Vries"], {"senator", "jan", "de", "vries"}),
    ("J. Oduya", ["Oduya"], {"j", "oduya"}),
    ("Élodie Mars-Ruiz", ["Élodie", "Mars", "Ruiz"], {"élodie", "mars", "ruiz"}),
    ("Agent 47", ["Agent"], {"agent"}),
]


@pytest.mark.parametrize(("name", "identifying", "every"), CASES, ids=[c[0] for c in CASES])
def test_identifying_words(name: str, identifying: list[str], every: set[str]) -> None:
    assert _identifying_words(name, get_language("en")) == identifying


@pytest.mark.parametrize(("name", "identifying", "every"), CASES, ids=[c[0] for c in CASES])
def test_every_name_word(name: str, identifying: list[str], every: set[str]) -> None:
    assert _speaker_name_words((name,)) == frozenset(every)


def test_every_name_word_of_several_speakers() -> None:
    assert _speaker_name_words(("Mara Lind", "Senator Jan de Vries")) == frozenset(
        {"mara", "lind", "senator", "jan", "de", "vries"}
    )
