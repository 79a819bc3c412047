"""Glob patterns over ``/``-separated paths relative to the repository root.

``*`` and ``?`` stay within one path segment, ``**`` spans segments (``**/`` also matches no
folder at all, a trailing ``/**`` also matches the folder itself), ``[abc]`` is a character
class.  A pattern without ``/`` matches a file or folder name at any depth (``node_modules``,
``*.draft.md``); one with ``/`` matches the whole relative path (``articles/2024/**``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    pat = pattern.strip().removeprefix("./").lstrip("/")
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("/**", i) and i + 3 == len(pat):
            out.append("(?:/.*)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[" and "]" in pat[i + 2 :]:
            end = pat.index("]", i + 2)
            body = pat[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out), re.S)


def glob_match(pattern: str, path: str) -> bool:
    """Whether the relative ``path`` matches ``pattern`` (see the module docstring)."""
    path = path.removeprefix("./")
    rx = _compile(pattern)
    if "/" not in pattern.strip().rstrip("/"):
        return any(rx.fullmatch(part) for part in path.split("/"))
    return rx.fullmatch(path) is not None


def match_any(patterns: Iterable[str], path: str) -> bool:
    """Whether ``path`` matches one of ``patterns``."""
    return any(glob_match(p, path) for p in patterns)
