"""Outputs are replaced whole or not at all: :func:`quotecheck.paths.replacing`, the one helper
behind every file quotecheck writes (reports, baselines, ``--fix``, caches) and the Parquet
data set of ``quotecheck batch``.

Each case writes part of the new output and then fails: the old output must be there byte for
byte, and nothing of the attempt may be left beside it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from quotecheck.paths import replacing, write_atomically

OLD_FILE = b"old report\n"
OLD_PARTS = {"part.0.parquet": b"old 0", "part.1.parquet": b"old 1", "part.2.parquet": b"old 2"}


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every entry under ``root`` (its parent's view: names relative to the parent)."""
    out: dict[str, bytes | None] = {}
    for p in sorted(root.parent.rglob("*")):
        out[p.relative_to(root.parent).as_posix()] = p.read_bytes() if p.is_file() else None
    return out


def make_old(target: Path, kind: str) -> None:
    if kind == "file":
        target.write_bytes(OLD_FILE)
    elif kind == "folder":
        target.mkdir()
        for name, data in OLD_PARTS.items():
            (target / name).write_bytes(data)


def disk_full() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("old", ["none", "file", "folder"])
@pytest.mark.parametrize("folder", [False, True], ids=["file-output", "folder-output"])
def test_a_failure_mid_write_leaves_the_old_output(tmp_path: Path, old: str, folder: bool) -> None:
    target = tmp_path / "out" / "results.parquet"
    target.parent.mkdir()
    make_old(target, old)
    before = snapshot(target)
    with pytest.raises(OSError, match="No space left"), replacing(target, folder=folder) as tmp:
        if folder:
            (tmp / "part.0.parquet").write_bytes(b"new 0")
            (tmp / "part.1.parquet").write_bytes(b"ne")  # the disk filled up here
        else:
            tmp.write_bytes(b"half a rep")
        raise disk_full()
    assert snapshot(target) == before


def test_write_atomically_failing_inside_the_writer_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    target.write_bytes(OLD_FILE)

    def write(f: BinaryIO) -> None:
        f.write(b'{"runs": [')
        raise disk_full()

    with pytest.raises(OSError):
        write_atomically(target, write, keep_mode=True, durable=True)
    assert snapshot(target) == {"report.sarif": OLD_FILE}


@pytest.mark.parametrize("old", ["none", "file", "folder"])
def test_a_complete_folder_replaces_whatever_was_there(tmp_path: Path, old: str) -> None:
    target = tmp_path / "results.parquet"
    make_old(target, old)
    with replacing(target, folder=True, keep_mode=True) as tmp:
        (tmp / "part.0.parquet").write_bytes(b"new 0")
    assert snapshot(target) == {"results.parquet": None, "results.parquet/part.0.parquet": b"new 0"}


@pytest.mark.parametrize("folder", [False, True], ids=["file-output", "folder-output"])
def test_modes_outputs_keep_the_old_bits_caches_stay_private(tmp_path: Path, folder: bool) -> None:
    target = tmp_path / "out"
    make_old(target, "folder" if folder else "file")
    target.chmod(0o750 if folder else 0o640)
    with replacing(target, folder=folder, keep_mode=True):
        pass
    assert stat.S_IMODE(target.stat().st_mode) == (0o750 if folder else 0o640)
    private = tmp_path / "cache-entry"
    with replacing(private, folder=folder):
        pass
    assert stat.S_IMODE(private.stat().st_mode) == (0o700 if folder else 0o600)


def test_a_folder_that_cannot_be_moved_into_place_puts_the_old_one_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "results.parquet"
    make_old(target, "folder")
    before = snapshot(target)
    rename = os.rename

    def second_rename_fails(src: str, dst: str) -> None:
        if Path(dst) == target and not str(src).endswith(".old"):
            raise disk_full()
        rename(src, dst)

    monkeypatch.setattr(os, "rename", second_rename_fails)
    with pytest.raises(OSError), replacing(target, folder=True) as tmp:
        (tmp / "part.0.parquet").write_bytes(b"new 0")
    assert snapshot(target) == before
