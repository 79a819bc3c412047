"""``.gitignore`` rules for directory walks, as git applies them.

A file or folder is ignored when the deepest ``.gitignore`` with a pattern that matches it
says so (a ``!pattern`` in a deeper file re-includes what a shallower one ignored); the root's
``.git/info/exclude`` acts as a ``.gitignore`` of the root.  Patterns are read with pathspec's
``GitIgnoreSpec`` (git's wildmatch rules), relative to the folder of the file that holds them.

Cost: each ``.gitignore`` is read once per walk; a path is checked against the files of its
ancestors only (a handful), so a walk stays O(files × depth).
"""

from __future__ import annotations

from pathlib import Path

import pathspec

__all__ = ["IgnoreRules"]

_MAX_IGNORE_BYTES = 1 << 20
"""A larger .gitignore is not read (no editorial repository has one; a hostile one could)."""


def _read_lines(path: Path) -> list[str] | None:
    try:
        if not path.is_file() or path.stat().st_size > _MAX_IGNORE_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None


class IgnoreRules:
    """The ``.gitignore`` files of a repository, loaded as a walk meets their folders."""

    def __init__(self, root: Path) -> None:
        """Rules for the repository at ``root`` (its ``.git/info/exclude`` included)."""
        self.root = root.resolve()
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}
        exclude = _read_lines(self.root / ".git" / "info" / "exclude") or []
        own = _read_lines(self.root / ".gitignore") or []
        lines = exclude + own
        self._specs[self.root] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None

    def _spec(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            lines = _read_lines(folder / ".gitignore")
            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        """Whether git would ignore ``path`` (a file or, with ``is_dir``, a folder)."""
        path = path.resolve()
        try:
            rel = path.relative_to(self.root)
        except ValueError:
            return False  # outside the repository: not ours to judge
        parts = rel.parts
        # Deepest folder first: the first .gitignore with a matching pattern decides.
        for depth in range(len(parts) - 1, -1, -1):
            folder = self.root.joinpath(*parts[:depth])
            spec = self._spec(folder)
            if spec is None:
                continue
            sub = "/".join(parts[depth:]) + ("/" if is_dir else "")
            decided = spec.check_file(sub).include
            if decided is not None:
                return decided
        return False
