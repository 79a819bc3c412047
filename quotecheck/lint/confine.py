"""One confinement rule for every path read or written on a repository's behalf.

Whoever opens a pull request controls the articles, the configuration and every committed
file, symlinks included.  A path the repository names (a walked or declared article, a source,
an alias table, the cache folder, the baseline) is used only when

* its real path (every symlink resolved) lies inside the repository root,
* it is not under the root's ``.git/`` (a CI checkout keeps its token in ``.git/config``),
* a file to read is a regular file (not a FIFO, a device such as ``/dev/zero``, a socket)
  no larger than the limit, checked before a byte is read.

Anything else is an error naming the path and the rule it broke, and nothing is opened:
:class:`~quotecheck.errors.OutsideRepository` (E108) for a path that leads outside or into
``.git/``, :class:`~quotecheck.errors.NotAFile` (E102) for a device, FIFO or folder,
:class:`~quotecheck.errors.InputTooLarge` (E105) over the limit,
:class:`~quotecheck.errors.FileNotFound` (E101) for nothing there.  Paths the person running
quotecheck gives on the command line or in ``QUOTECHECK_*`` variables are theirs and are not
confined (a file they name is still checked to be regular and within the limit).

Cost: one ``realpath`` and one ``stat`` per path.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quotecheck.errors import FileNotFound, InputTooLarge, NotAFile, OutsideRepository

__all__ = ["confine", "inside", "under_git"]


def inside(path: str | Path, root: str | Path) -> bool:
    """Whether ``path`` is ``root`` or below it (both absolute; compared as given)."""
    try:
        return os.path.commonpath([str(path), str(root)]) == str(root)
    except ValueError:  # different drives
        return False


def under_git(real: Path, root: Path) -> bool:
    """Whether the real path ``real`` lies in the repository's ``.git`` folder (or is it)."""
    return inside(real, root / ".git")


def confine(
    path: Path,
    root: Path,
    *,
    what: str,
    kind: str = "file",
    max_bytes: int | None = None,
    must_exist: bool = True,
) -> Path:
    """The real path of ``path`` when it obeys the rule above; else :class:`OutsideRepository`.

    ``root`` must be absolute with symlinks resolved.  ``kind`` is ``"file"`` (a regular file
    to read, at most ``max_bytes``) or ``"folder"`` (a folder to write into; it may not exist
    yet, in which case its nearest existing ancestor is what is resolved).  ``what`` names the
    path in the message (``"article"``, ``"alias-files"`` …).
    """
    shown = str(path)
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError) as exc:
        raise OutsideRepository(f"{what}: cannot be resolved ({exc})", path=shown) from exc
    if not inside(real, root):
        raise OutsideRepository(
            f"{what} leads outside the repository root {str(root)!r} (through '..', an absolute "
            "path or a symlink); only files inside the repository are read or written on its "
            "behalf",
            path=shown,
        )
    if under_git(real, root):
        raise OutsideRepository(
            f"{what} leads into the repository's .git folder, which quotecheck never reads or "
            "writes (it holds credentials on CI runners)",
            path=shown,
        )
    try:
        info = os.stat(real)
    except FileNotFoundError:
        if must_exist:
            raise FileNotFound(f"{what}: no such file; check the path", path=shown) from None
        return real
    except OSError as exc:
        raise OutsideRepository(f"{what}: cannot be read ({exc.strerror})", path=shown) from exc
    if kind == "folder":
        if not stat.S_ISDIR(info.st_mode):
            raise NotAFile(f"{what} is not a folder", path=shown)
        return real
    if stat.S_ISDIR(info.st_mode):
        raise NotAFile(f"{what} is a directory; expected a text file", path=shown)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(
            f"{what} is not a regular file (a device, FIFO or socket); only regular files are read",
            path=shown,
        )
    if max_bytes is not None and info.st_size > max_bytes:
        raise InputTooLarge(
            f"{what} is {info.st_size:,} bytes, larger than the limit of {max_bytes:,} bytes; "
            "raise the limit (max_file_bytes) or split the file",
            path=shown,
        )
    return real
