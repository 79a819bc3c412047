"""WebVTT captions built from lines, one cue of two seconds each: the caption tests share it."""

from __future__ import annotations


def vtt(lines: list[str]) -> str:
    """A WebVTT file whose cues are ``lines`` in order, each its own cue."""
    cues = [
        f"00:00:{2 * i + 1:02d}.000 --> 00:00:{2 * i + 2:02d}.500\n{line}\n"
        for i, line in enumerate(lines)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)
