"""Sources are tokenised as arrays (:func:`tokenize_arrays`); quotes one match at a time
(:func:`tokenize`).  Both must give the same tokens with the same raw spans, or a quote and
its source would be compared in two different views: checked here on generated text built
from the characters the token pattern cares about, on every shipped language, and on real
text (the repository's examples and, when present, ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.lang import available_languages, get_language
from quotecheck.match.normalize import (
    LEVELS,
    AliasTable,
    TokenArrays,
    build_alias_table,
    default_alias_groups,
    tokenize,
    tokenize_arrays,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ALIASES = build_alias_table(default_alias_groups())

# Pieces that exercise every branch: abbreviations, signed and grouped numbers, money and
# percentages, apostrophes of both kinds, contractions, possessives, line-break hyphenation,
# soft hyphens, non-ASCII letters, underscores, alias names (one and several words, capitals
# only) and the punctuation between words.
PIECES = (
    "U.S.",
    "u.s.a.",
    "e.g.",
    "A.",
    "3",
    "43,548",
    "1,000,000.5",
    "-12",
    "\u221212.5",
    "+4%",
    "$3.50",
    "10:30",
    "1/2",
    "3abc",
    "abc3",
    "don't",
    "don’t",
    "can’t",
    "Kim's",
    "Kim’s",
    "'s",
    "rock'n'roll",
    "devel-\nopment",
    "devel-\r\nopment",
    "co\u00adoperate",
    "snake_case",
    "_lead",
    "Über",
    "straße",
    "Москва",
    "élan",
    "towards",
    "three",
    "United",
    "States",
    "US",
    "us",
    "who",
    "World",
    "Health",
    "Organization",
    "North",
    "Korea",
    "DPRK",
    "the",
    "\u00a0",
    " ",
    "  ",
    "\n",
    "\n\n",
    ",",
    ".",
    "…",
    "—",
    "-",
    "'",
    "’",
    "“",
    "”",
    "(",
    "$",
    "%",
)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def as_rows(text: str, a: TokenArrays) -> list[tuple[str, int, int, str, str]]:
    return [
        (a.words[i], s, e, text[s:e], LEVELS[lv])
        for i, s, e, lv in zip(
            a.ids.tolist(), a.starts.tolist(), a.ends.tolist(), a.levels.tolist(), strict=True
        )
    ]


def assert_same(text: str, start: int, code: str, aliases: AliasTable | None) -> None:
    lang = get_language(code)
    old = tokenize(text, start, lang=lang, aliases=aliases)
    new = tokenize_arrays(text, start, lang=lang, aliases=aliases)
    assert as_rows(text, new) == [(t.norm, t.start, t.end, t.surface, t.level) for t in old]
    # the vocabulary is each normal form once, in order of first occurrence
    assert new.words == list(dict.fromkeys(t.norm for t in old))


@FAST
@given(
    parts=st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60),
    start=st.integers(0, 8),
    code=st.sampled_from(sorted(available_languages())),
    with_aliases=st.booleans(),
)
def test_same_tokens_on_generated_text(
    parts: list[str], start: int, code: str, with_aliases: bool
) -> None:
    text = "".join(parts)
    assert_same(text, min(start, len(text)), code, ALIASES if with_aliases else None)


def test_same_tokens_in_one_process_across_texts() -> None:
    # the table of distinct surfaces is shared by every call: order must not matter
    texts = ["the U.S. said don’t", "Kim’s 43,548 US troops", "", "   ", "the United States"]
    for text in texts + texts[::-1]:
        assert_same(text, 0, "en", ALIASES)


def _real_texts() -> list[Path]:
    found = sorted((ROOT / "examples").rglob("*.md")) + sorted((ROOT / "examples").rglob("*.txt"))
    if SHARED.is_dir():
        found += sorted((SHARED / "seeds").glob("*.txt"))
        found += sorted((SHARED / "data" / "debates2016-cc0").glob("*.csv"))
    return found


@pytest.mark.parametrize("path", _real_texts(), ids=lambda p: p.name)
def test_same_tokens_on_real_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_same(text, 0, "en", ALIASES)
    assert_same(text, 0, "en", None)


def test_shared_present_or_skip() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: real sources not checked")
    assert any(SHARED.glob("seeds/*.txt"))
