"""Which files to check: directory walks with include/exclude globs, and ``--changed-since``."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from quotecheck.config import DEFAULT_EXCLUDE, LintConfig
from quotecheck.errors import ConfigError
from quotecheck.lint.declared import display_path
from quotecheck.lint.globs import match_any
from quotecheck.lint.ignore import IgnoreRules

__all__ = ["Candidate", "changed_files", "discover"]


class Candidate:
    """A file to check: its path as found and whether it came from a directory walk."""

    __slots__ = ("path", "walked")

    def __init__(self, path: Path, walked: bool) -> None:
        """Record ``path``; ``walked`` is False for files named on the command line."""
        self.path = path
        self.walked = walked


def _walk(
    folder: Path, root: Path, config: LintConfig, gitignore: IgnoreRules | None
) -> list[Path]:
    excludes = (*DEFAULT_EXCLUDE, *config.exclude)
    found: list[Path] = []
    for here, dirs, files in os.walk(folder):
        base = Path(here)
        dirs[:] = sorted(
            d
            for d in dirs
            if not match_any(excludes, display_path(base / d, root))
            and not (gitignore and gitignore.ignored(base / d, is_dir=True))
        )
        for name in sorted(files):
            path = base / name
            rel = display_path(path, root)
            if (
                match_any(config.include, rel)
                and not match_any(excludes, rel)
                and not (gitignore and gitignore.ignored(path, is_dir=False))
            ):
                found.append(path)
    return found


def discover(
    paths: Sequence[Path], root: Path, config: LintConfig, *, force_exclude: bool = False
) -> list[Candidate]:
    """Files named in ``paths`` (kept even when excluded, as ruff does, unless
    ``force_exclude``) and the files below each folder that match ``include`` and no
    ``exclude``; each file once, in argument order."""
    out: list[Candidate] = []
    seen: set[str] = set()
    excludes = (*DEFAULT_EXCLUDE, *config.exclude)
    # One set of .gitignore rules for the whole call: each file is read once, however many
    # folders and named files share it.
    gitignore = IgnoreRules(root) if config.respect_gitignore else None
    for p in paths:
        if p.is_dir():
            entries = [(f, True) for f in _walk(p, root, config, gitignore)]
        elif force_exclude and (
            match_any(excludes, display_path(p, root))
            or (gitignore is not None and gitignore.ignored(p, is_dir=False))
        ):
            entries = []
        else:
            entries = [(p, False)]
        for f, walked in entries:
            key = os.path.abspath(f)
            if key not in seen:
                seen.add(key)
                out.append(Candidate(f, walked))
    return out


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=120
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ConfigError(f"--changed-since needs git: {exc}") from exc
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()
        raise ConfigError(
            f"--changed-since: 'git {' '.join(args)}' failed: "
            f"{detail[-1] if detail else f'exit status {proc.returncode}'}"
        )
    return proc.stdout


def _is_shallow(cwd: Path) -> bool:
    try:
        return _git(["rev-parse", "--is-shallow-repository"], cwd).strip() == "true"
    except ConfigError:
        return False


def changed_files(ref: str, cwd: Path) -> set[Path]:
    """Files changed since the merge base of ``ref`` and ``HEAD`` (as ``git diff REF...``),
    including uncommitted changes and untracked files; absolute paths, symlinks resolved."""
    if ref.startswith("-"):
        raise ConfigError(f"--changed-since {ref!r}: not a git revision")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    try:
        base = _git(["merge-base", ref, "HEAD"], cwd).strip()
    except ConfigError as exc:
        if _is_shallow(cwd):
            raise ConfigError(
                f"{exc}; this is a shallow clone, so the history that links {ref!r} to HEAD "
                "is missing: fetch it (actions/checkout 'fetch-depth: 0', GitLab "
                "'GIT_DEPTH: 0', or 'git fetch --unshallow')"
            ) from exc
        raise
    names = _git(["diff", "--name-only", "--no-renames", "-z", base, "--"], top).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {(top / n).resolve() for n in names if n}
