"""The longest common run used by the narration check, against difflib as the oracle."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.score.evidence import longest_common_run as _longest_common_run

WORDS = st.lists(st.sampled_from([f"w{i}" for i in range(40)]), max_size=80)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_matches_the_reference_on_prose_like_text(a: list[str], b: list[str]) -> None:
    size, i, j = _longest_common_run(a, b)
    ref = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(
        0, len(a), 0, len(b)
    )
    assert size == (ref.size if ref.size >= 5 else 0)
    assert a[i : i + size] == b[j : j + size]


def test_work_is_linear_on_long_distinct_text() -> None:
    a = [f"q{i}" for i in range(20_000)]
    b = [f"n{i}" for i in range(20_000)] + a[5_000:5_010]
    assert _longest_common_run(a, b) == (10, 5_000, 20_000)
