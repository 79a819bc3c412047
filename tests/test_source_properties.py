"""Properties of the subtitle and timed-transcript readers on generated files.

Whatever the captions or segments say (markup, references, escapes, any Unicode, overlapping
times), the text's places cover it in order without gaps, every copied character is the file's
own (a reference or escape maps to where it starts), and every cue time a place carries is one
of the file's.
"""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.inputs.subtitles import read_subtitles
from quotecheck.inputs.timed import read_timed_json
from quotecheck.models import Place

WORD = st.text(
    alphabet=st.sampled_from(string.ascii_letters + "éüß’“”—…0123456789"), min_size=1, max_size=8
)
DECOR = st.sampled_from(["", "<i>", "</i>", "&amp;", "[Music]", "- ", ">> ", "ANN LEE: ", ","])
LINE = st.lists(st.tuples(DECOR, WORD), min_size=1, max_size=6).map(
    lambda parts: " ".join(d + w for d, w in parts)
)


def covers(text: str, places: tuple[Place, ...], raw: str) -> None:
    pos = 0
    for p in places:
        assert p.start == pos < p.end
        pos = p.end
        piece = text[p.start : p.end]
        if (
            p.offset is not None
            and not p.inserted
            and raw[p.offset : p.offset + len(piece)] != piece
        ):
            assert len(piece) == 1 and raw[p.offset] in "&\\", (piece, p)
    assert pos == len(text)


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, 50_000), st.integers(1, 9_000), st.lists(LINE, min_size=1, max_size=3)
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["srt", "vtt"]),
)
def test_subtitles_map_back(cues: list[tuple[int, int, list[str]]], fmt: str) -> None:
    blocks = []
    for i, (start, length, lines) in enumerate(cues, 1):
        a, b = _clock(start / 1000), _clock((start + length) / 1000)
        if fmt == "vtt":
            a, b = a.replace(",", "."), b.replace(",", ".")
        blocks.append(f"{i}\n{a} --> {b}\n" + "\n".join(lines) + "\n")
    raw = ("WEBVTT\n\n" if fmt == "vtt" else "") + "\n".join(blocks)
    found = read_subtitles(raw, fmt, path="gen")
    covers(found.text, found.places, raw)
    starts = {s / 1000 for s, _, _ in cues}
    assert {p.start_time for p in found.places if not p.inserted} <= starts
    for a, b, _ in found.turns:
        assert 0 <= a < b <= len(found.text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, "S0", "S1"]),
            st.text(min_size=1, max_size=40),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_timed_json_maps_back(segments: list[tuple[str | None, str, bool]], ascii: bool) -> None:
    data = {
        "speakers": {"S0": "Ann Lee", "S1": "Bob Ray"},
        "segments": [
            {
                **({"speaker": who} if who else {}),
                "start": float(i),
                "end": float(i) + 0.9,
                "text": text,
                **(
                    {
                        "words": [
                            {"word": w, "start": float(i), "end": i + 0.5} for w in text.split()
                        ]
                    }
                    if words
                    else {}
                ),
            }
            for i, (who, text, words) in enumerate(segments)
        ],
    }
    raw = json.dumps(data, ensure_ascii=ascii)
    found = read_timed_json(raw, path="gen.json")
    covers(found.text, found.places, raw)
    assert " ".join(found.text.split()) == " ".join(" ".join(t for _, t, _ in segments).split())
