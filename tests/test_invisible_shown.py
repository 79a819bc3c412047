"""QC116 is for characters readers do not see.  The joiner inside an emoji (👩‍🏫, 🏳️‍🌈), the
tags of a subdivision flag and a soft hyphen inside a word are part of what readers see, and an
invisible character the speaker's own text has too is copied, not added: none of them is a
finding, and a quote identical to its source stays verbatim.  Hidden characters the source
lacks, and every bidirectional control, still are."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

ZWJ, ZWSP, SHY, WJ, RLM = "\u200d", "\u200b", "\u00ad", "\u2060", "\u200f"
COOK = f"\U0001f9d1{ZWJ}\U0001f373"  # person + cook = one emoji
RAINBOW = f"\U0001f3f3\ufe0f{ZWJ}\U0001f308"  # white flag, selector, rainbow
WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
WAVE_DARK = f"\U0001f44b\U0001f3ff{ZWJ}\U0001f525"  # skin tone before the joiner


def _quote(nlp: Any, said: str, quoted: str) -> Any:
    source = quotecheck.make_source(said, speaker="Ines Holm")
    text = f"“{quoted},” Ines Holm wrote."
    (q,) = quotecheck.check_text(text, sources=[source], nlp=nlp).quotes
    return q


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        # the post's emoji, quoted as posted
        (
            f"Thanks to every cook {COOK} at the soup kitchen.",
            f"Thanks to every cook {COOK} at the soup kitchen",
        ),
        (f"The parade {RAINBOW} starts at noon.", f"The parade {RAINBOW} starts at noon"),
        (f"Off to the match {WALES} tonight.", f"Off to the match {WALES} tonight"),
        (f"See you all there {WAVE_DARK} on Friday.", f"See you all there {WAVE_DARK} on Friday"),
        # a hyphenation point inside a word, from the web page the quote was copied from
        ("The library will open on Sundays.", f"The lib{SHY}rary will open on Sun{SHY}days"),
        # the speaker's own text has the invisible characters: copied, not added
        (f"Our fer{ZWSP}ry runs at dawn.", f"Our fer{ZWSP}ry runs at dawn"),
        (f"The toll is 4{WJ}euros now.", f"The toll is 4{WJ}euros now"),
    ],
    ids=[
        "cook",
        "rainbow-flag",
        "tag-flag",
        "skin-tone",
        "soft-hyphen",
        "zwsp-in-source",
        "wj-in-source",
    ],
)
def test_what_readers_see_is_no_finding(nlp: Any, said: str, quoted: str) -> None:
    q = _quote(nlp, said, quoted)
    assert "QC116" not in q.codes
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED)


@pytest.mark.parametrize(
    ("said", "quoted", "verdict"),
    [
        # a joiner between two letters, a zero-width space the source lacks
        ("Our ferry runs at dawn.", f"Our fer{ZWJ}ry runs at dawn", Verdict.NORMALIZED),
        ("Our ferry runs at dawn.", f"Our fer{ZWSP}ry runs at dawn", Verdict.NORMALIZED),
        # a joiner after an emoji with no emoji after it
        (
            f"Lunch is served {COOK} today.",
            f"Lunch is served {COOK}{ZWJ} today",
            Verdict.NORMALIZED,
        ),
        # a soft hyphen at a word's edge is no hyphenation point
        (
            "The library will open on Sundays.",
            f"The library{SHY} will open on Sundays",
            Verdict.NORMALIZED,
        ),
        # a bidirectional control stays a finding even when the source has it too
        (f"The toll is 4{RLM} euros now.", f"The toll is 4{RLM} euros now", Verdict.ALTERED),
    ],
    ids=["zwj-in-word", "zwsp-added", "zwj-dangling", "shy-at-edge", "bidi-in-both"],
)
def test_hidden_characters_stay_findings(
    nlp: Any, said: str, quoted: str, verdict: Verdict
) -> None:
    q = _quote(nlp, said, quoted)
    assert "QC116" in q.codes
    assert q.verdict is verdict
