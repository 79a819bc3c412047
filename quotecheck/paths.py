"""Where quotecheck keeps files of its own (caches), and how it writes them: shared by every
layer that caches."""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "DiskCache",
    "cache_secret",
    "default_cache_dir",
    "link_target",
    "package_digest",
    "parts_digest",
    "real_path",
    "replacing",
    "tree_digest",
    "write_atomically",
]

SECRET_ENV = "QUOTECHECK_CACHE_SECRET"
"""Variable that gives the cache key secret (CI keeps it as a repository secret)."""


def default_cache_dir() -> Path:
    """The cache directory.

    ``$QUOTECHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/quotecheck``, else ``~/.cache/quotecheck``.
    """
    env = os.environ.get("QUOTECHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "quotecheck"
    return Path.home() / ".cache" / "quotecheck"


@functools.lru_cache(maxsize=1)
def cache_secret() -> bytes:
    """The machine-local secret mixed into every cache key, so that no one who only controls
    the repository (a committed ``.quotecheck_cache``, an article) can compute where an entry
    lives or forge one.

    ``$QUOTECHECK_CACHE_SECRET`` when set; else 32 random bytes kept in
    ``$XDG_CACHE_HOME/quotecheck/secret`` (or ``~/.cache/quotecheck/secret``; never under
    ``$QUOTECHECK_CACHE_DIR``, which may lie in the repository), created on first use with
    mode 0600.  When that file cannot be kept, a fresh secret for this process: the caches
    then only miss.  Read once per process.
    """
    env = os.environ.get(SECRET_ENV)
    if env:
        return b"env:" + env.encode("utf-8", "surrogatepass")
    xdg = os.environ.get("XDG_CACHE_HOME")
    folder = Path(xdg).expanduser() / "quotecheck" if xdg else Path.home() / ".cache/quotecheck"
    path = folder / "secret"
    with contextlib.suppress(OSError):
        if path.is_file() and not path.is_symlink() and path.stat().st_size == 64:
            data = path.read_bytes()
            if len(data) == 64:
                return data
    fresh = secrets.token_hex(32).encode()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(fresh)
    with contextlib.suppress(OSError):  # another process may have won the race: use its secret
        data = path.read_bytes()
        if len(data) == 64 and not path.is_symlink():
            return data
    return fresh


_BYTECODE_SUFFIXES = (".pyc", ".pyo")
"""Compiled from the sources the digest already reads (and rewritten by every interpreter)."""


def tree_digest(root: Traversable) -> str:
    """SHA-256 over ``root`` (a file, or every file under a folder but bytecode), by relative
    path and content, in sorted order: the code and the data a cached result depends on."""
    h = hashlib.sha256()

    def add(name: str, data: bytes) -> None:
        for piece in (name.encode("utf-8", "surrogatepass"), data):
            h.update(len(piece).to_bytes(8, "big"))
            h.update(piece)

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = f"{prefix}/{child.name}" if prefix else child.name
            if child.is_dir():
                if child.name != "__pycache__":
                    walk(child, name)
            elif not child.name.endswith(_BYTECODE_SUFFIXES):
                add(name, child.read_bytes())

    if root.is_dir():
        walk(root, "")
    else:
        add(root.name, root.read_bytes())
    return h.hexdigest()


def parts_digest(root: Traversable, parts: tuple[str, ...] = ()) -> str:
    """:func:`tree_digest` of ``root``, or of the named ``parts`` of it (files or folders, by
    relative path: ``"match/normalize.py"``), in the order given."""
    if not parts:
        return tree_digest(root)
    h = hashlib.sha256()
    for part in parts:
        h.update(f"{part}\0{tree_digest(root.joinpath(*part.split('/')))}\0".encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def package_digest(*parts: str) -> str:
    """:func:`parts_digest` of the quotecheck package this process runs (all its code and data
    files, or the named ``parts``), read once per process: an edited module or data file is a
    new cache key, whatever the version says."""
    return parts_digest(resources.files("quotecheck"), parts)


def real_path(path: Path) -> Path:
    """``path`` absolute with its symlinks resolved, or only made absolute when it cannot be
    resolved (a symlink loop: Python 3.11 raises :class:`RuntimeError` there, later versions
    :class:`OSError`).  For comparing paths: such a path equals no readable file, and reading
    it reports the problem, naming the file."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _umask() -> int:
    """The process's umask, read without changing it where the system tells (Linux)."""
    with (
        contextlib.suppress(OSError, ValueError),
        open("/proc/self/status", encoding="ascii") as fh,
    ):
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(umask)
    return umask


def _remove(path: str) -> None:
    """Remove a file or a folder tree, quietly (clean-up after a failure or a swap)."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def link_target(path: Path) -> Path:
    """Where a write to ``path`` lands when it follows symlinks: the end of its chain of links
    (which need not exist yet: the shell's ``echo > link`` creates it), or ``path`` itself when
    it is no link.  A link loop raises :class:`OSError` (ELOOP) naming ``path``: there is no
    file to write."""
    if not os.path.islink(path):
        return path
    end = Path(os.path.realpath(path))
    if os.path.islink(end):  # realpath stops at a link only in a loop
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return end


@contextlib.contextmanager
def replacing(
    path: Path,
    *,
    folder: bool = False,
    suffix: str = ".tmp",
    keep_mode: bool = False,
    follow_links: bool = False,
) -> Iterator[Path]:
    """A new sibling of ``path`` (an empty file, or with ``folder`` an empty folder such as a
    Parquet data set) to write in; moved into place when the block ends without an error,
    removed when it raises, so that ``path`` is always the old whole output or the new one.

    A file is moved with one :func:`os.replace`: a reader (another process included) sees the
    old file or the new one, never half of one.  A folder cannot replace a folder in one step:
    the old one is first renamed aside and deleted once the new one is in place (a crash
    between the two renames leaves the old data as ``.NAME.*.old`` beside ``path``).
    ``keep_mode`` gives the new file or folder the old one's permission bits, or the umask's
    when there is none (outputs); otherwise it stays private (0600/0700: cache entries).

    ``follow_links`` (a user's outputs: reports, baselines, fixed articles, data sets) writes
    through a symlink at ``path``: the file or folder it leads to (:func:`link_target`) is
    replaced, beside it (a rename cannot cross file systems), and the user's link stays.
    Without it (cache entries) a link at ``path`` is replaced by the new file: a link planted
    in a cache folder must not carry a write elsewhere.
    Raises :class:`OSError` when the disk refuses, or for a link loop with ``follow_links``.
    """
    if follow_links:
        path = link_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{path.name}."
    if folder:
        tmp = tempfile.mkdtemp(prefix=prefix, suffix=suffix, dir=path.parent)
    else:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
        os.close(fd)
    try:
        if keep_mode:
            try:
                mode = os.stat(path).st_mode & 0o7777
            except OSError:
                mode = (0o777 if folder else 0o666) & ~_umask()
            os.chmod(tmp, mode)
        yield Path(tmp)
        if folder and os.path.lexists(path):
            old = tmp + ".old"
            os.rename(path, old)
            try:
                os.rename(tmp, path)
            except OSError:
                os.rename(old, path)
                raise
            _remove(old)
        else:
            os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def write_atomically(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    suffix: str = ".tmp",
    keep_mode: bool = False,
    durable: bool = False,
    follow_links: bool = False,
) -> None:
    """Write the file ``path`` with ``write`` through :func:`replacing` (``follow_links`` as
    there); ``durable`` flushes the data to the disk before the rename (reports, baselines and
    fixed articles, not cache entries).  Raises :class:`OSError` when the disk refuses; leaves
    no temporary file."""
    with (
        replacing(path, suffix=suffix, keep_mode=keep_mode, follow_links=follow_links) as tmp,
        tmp.open("wb") as f,
    ):
        write(f)
        if durable:
            f.flush()
            os.fsync(f.fileno())


class DiskCache:
    """A cache folder (default :func:`default_cache_dir`) with the counters every cache keeps:
    ``hits``, ``misses``, ``writes`` and ``errors`` (unreadable entries, refused writes)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self.errors = 0
