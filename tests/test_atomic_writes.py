"""Outputs are replaced whole or not at all, and through a user's symlink:
:func:`quotecheck.paths.replacing`, the one helper behind every file quotecheck writes
(reports, baselines, ``--fix``, caches) and the Parquet data set of ``quotecheck batch``.

Each case writes part of the new output and then fails: the old output must be there byte for
byte, and nothing of the attempt may be left beside it.
"""

from __future__ import annotations

import errno
import itertools
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


# A user's output path may be a symlink (a report published from another folder, a baseline kept
# elsewhere): the write goes where the link leads and the link stays.  Cache entries do not
# follow links (a link planted in a cache folder must not carry a write elsewhere).

LINKS = {
    # name: (the link's chain, relative to tmp_path; the last entry is where the write lands)
    "to-a-file": ["out.json", "published/report.json"],
    "dangling": ["out.json", "published/not-yet.json"],
    "chain": ["out.json", "middle.json", "published/report.json"],
}


def make_links(tmp_path: Path, chain: list[str], *, absolute: bool) -> None:
    (tmp_path / "published").mkdir()
    for here, there in itertools.pairwise(chain):
        target = (
            tmp_path / there
            if absolute
            else Path(os.path.relpath(tmp_path / there, (tmp_path / here).parent))
        )
        os.symlink(target, tmp_path / here)


@pytest.mark.parametrize("absolute", [False, True], ids=["relative-link", "absolute-link"])
@pytest.mark.parametrize("name", sorted(LINKS))
def test_an_output_written_through_a_symlink_lands_where_it_leads(
    tmp_path: Path, name: str, absolute: bool
) -> None:
    chain = LINKS[name]
    make_links(tmp_path, chain, absolute=absolute)
    end = tmp_path / chain[-1]
    if name != "dangling":
        end.write_bytes(OLD_FILE)
        end.chmod(0o640)
    links = {p: os.readlink(tmp_path / p) for p in chain[:-1]}
    write_atomically(
        tmp_path / chain[0], lambda f: f.write(b"new\n"), keep_mode=True, follow_links=True
    )
    assert {p: os.readlink(tmp_path / p) for p in chain[:-1]} == links  # every link kept
    assert end.read_bytes() == b"new\n" and not end.is_symlink()
    if name != "dangling":
        assert stat.S_IMODE(end.stat().st_mode) == 0o640
    assert sorted(p.name for p in end.parent.iterdir()) == [end.name]  # nothing left beside


def test_a_folder_output_through_a_symlink_replaces_the_folder_it_leads_to(tmp_path: Path) -> None:
    real = tmp_path / "data" / "results.parquet"
    real.parent.mkdir()
    make_old(real, "folder")
    os.symlink(real, tmp_path / "results.parquet")
    with replacing(
        tmp_path / "results.parquet", folder=True, keep_mode=True, follow_links=True
    ) as tmp:
        (tmp / "part.0.parquet").write_bytes(b"new 0")
    assert os.readlink(tmp_path / "results.parquet") == str(real)
    assert snapshot(real) == {"results.parquet": None, "results.parquet/part.0.parquet": b"new 0"}


@pytest.mark.parametrize("folder", [False, True], ids=["file-output", "folder-output"])
def test_a_symlink_loop_is_refused_and_nothing_is_written(tmp_path: Path, folder: bool) -> None:
    os.symlink("b", tmp_path / "a")
    os.symlink("a", tmp_path / "b")
    with (
        pytest.raises(OSError) as raised,
        replacing(tmp_path / "a", folder=folder, follow_links=True),
    ):
        pass
    assert raised.value.errno == errno.ELOOP and raised.value.filename == str(tmp_path / "a")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_a_cache_entry_replaces_a_planted_link_and_leaves_its_target(tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere.txt"
    victim.write_bytes(OLD_FILE)
    entry = tmp_path / "cache" / "entry.json"
    entry.parent.mkdir()
    os.symlink(victim, entry)
    write_atomically(entry, lambda f: f.write(b"cached\n"))
    assert not entry.is_symlink() and entry.read_bytes() == b"cached\n"
    assert victim.read_bytes() == OLD_FILE


SOURCE = b"Statement by Ida Brandt\n\nThe ferry to the island will run every hour from June.\n"
ARTICLE = b'"The ferry to the island will run every hour from June," Brandt said.\n'
WRITERS = {
    "check --report": ["check", "a.txt", "-s", "s.txt", "--report", "json=out", "--exit-zero"],
    "report -o": ["report", "a.txt", "-s", "s.txt", "-o", "out"],
    "lineage -o": ["lineage", "a.txt", "-s", "s.txt", "-o", "out"],
    "--write-baseline": ["check", "a.txt", "-s", "s.txt", "--baseline", "out", "--write-baseline"],
}


@pytest.mark.slow
@pytest.mark.parametrize("argv", list(WRITERS.values()), ids=list(WRITERS))
def test_the_cli_writes_an_output_through_the_users_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    from quotecheck.cli import main

    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "s.txt").write_bytes(SOURCE)
    (tmp_path / "site").mkdir()
    os.symlink("site/published", tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--no-cache"]) == 0
    assert os.readlink(tmp_path / "out") == "site/published"
    assert (tmp_path / "site" / "published").stat().st_size > 0
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["published"]
