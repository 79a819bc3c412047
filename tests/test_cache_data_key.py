"""The result cache's key follows the code and data quotecheck ships, not only its version: a
refitted calibration table or ranker, an edited language file or an edited module (a developer,
a git install) must not serve stale results."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from quotecheck import paths
from quotecheck.config import Settings
from quotecheck.lint import cache
from quotecheck.match import cache as token_cache
from quotecheck.models import ArticleReport
from quotecheck.xling import langid


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


BASE = {
    "data/calibration.json": b'{"cells": {}}',
    "lang/en/negations.txt": b"not\nnever\n",
    "module.py": b"x = 1\n",
}


@pytest.mark.parametrize(
    ("changed", "differs"),
    [
        ({"data/calibration.json": b'{"cells": {"verbatim": {"p": 0.9}}}'}, True),
        ({"lang/en/negations.txt": b"not\n"}, True),
        ({"lang/en/modals.txt": b"must\n"}, True),  # a new data file
        ({"module.py": b"x = 2\n"}, True),  # code counts too, not only the version
        ({"lang/helpers.py": b"y = 1\n"}, True),  # a new module
        ({"module.py": b"x = 1\n"}, False),  # rewritten as it was: content, not mtime
        ({"__pycache__/module.cpython-311.pyc": b"\x00"}, False),
        ({"lang/module.pyc": b"\x00"}, False),
    ],
)
def test_tree_digest_follows_code_and_data_files(
    tmp_path: Path, changed: dict[str, bytes], differs: bool
) -> None:
    before = paths.tree_digest(_tree(tmp_path / "a", BASE))
    after = paths.tree_digest(_tree(tmp_path / "b", {**BASE, **changed}))
    assert (before != after) is differs


def test_a_moved_data_file_changes_the_digest(tmp_path: Path) -> None:
    moved = {"data/other.json" if k == "data/calibration.json" else k: v for k, v in BASE.items()}
    assert paths.tree_digest(_tree(tmp_path / "a", BASE)) != paths.tree_digest(
        _tree(tmp_path / "b", moved)
    )


def test_cache_key_includes_the_package_data(monkeypatch: pytest.MonkeyPatch) -> None:
    def key() -> str:
        return cache.cache_key(display="a.md", fmt="md", raw="x", sources="s", settings=Settings())

    monkeypatch.setattr(cache, "package_digest", lambda: "fit-1")
    first = key()
    assert key() == first
    monkeypatch.setattr(cache, "package_digest", lambda: "fit-2")
    assert key() != first


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "quotecheck"
    shutil.copytree(
        Path(str(resources.files("quotecheck"))),
        copy,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return copy


@pytest.mark.parametrize(
    ("edit", "hit"),
    [
        (("lang/en/negations.txt", "\n"), False),  # a language file grows a line
        (("data/calibration.json", " "), False),
        (("lint/cache.py", "\n# edited\n"), False),  # a module is edited
        (("lang/en/negations.txt", ""), True),  # written again unchanged
    ],
)
def test_an_edit_to_a_copy_of_the_package_misses_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: tuple[str, str], hit: bool
) -> None:
    """A result stored by one copy of the package is not served once a file of that copy
    changes (a developer's tree, a git install): the key is the copy's code and data."""
    copy = _package_copy(tmp_path)
    monkeypatch.setattr(cache, "package_digest", lambda: paths.tree_digest(copy))

    def key() -> str:
        return cache.cache_key(display="a.md", fmt="md", raw="x", sources="s", settings=Settings())

    store = cache.ResultCache(tmp_path / "cache")
    store.put(key(), ArticleReport(path="a.md", language="en"))
    assert store.get(key()) is not None
    name, added = edit
    target = copy / name
    target.write_text(target.read_text(encoding="utf-8") + added, encoding="utf-8")
    assert (store.get(key()) is not None) is hit


@pytest.mark.parametrize(
    ("table", "entry"),
    [
        ("contractions", ("y'know", "you know")),
        ("spelling_variants", ("harbor", "harbour")),
        ("number_words", ("dozen", "12")),
        ("abbreviations", ("harb.", "harbour")),
    ],
)
def test_the_token_cache_key_follows_the_tokenizer_data(table: str, entry: tuple[str, str]) -> None:
    """Source tokens cached on disk are keyed by the language data the tokenizer reads, so an
    added contraction or spelling variant is never answered with tokens made without it."""
    import dataclasses

    from quotecheck.lang import get_language
    from quotecheck.match.normalize import data_digest

    lang = get_language("en")
    grown = dataclasses.replace(lang, **{table: {**getattr(lang, table), entry[0]: entry[1]}})
    assert data_digest(grown) != data_digest(lang)
    assert data_digest(lang) == data_digest(get_language("en"))


@pytest.mark.parametrize(
    ("edited", "same"),
    [
        ("match/normalize.py", False),  # the normalisation ladder
        ("lang/sentences.py", False),  # what a word is
        ("score/ladder.py", True),  # no token depends on it: the cache is kept
        ("lang/en/negations.txt", True),  # nor on this table (data_digest names the ones)
    ],
)
def test_the_token_cache_key_follows_the_tokenizer_s_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: str, same: bool
) -> None:
    """Source tokens cached on disk (shared by every checkout on the machine) are keyed by the
    code that makes them: an edited tokenizer never reads tokens the old one made."""
    copy = _package_copy(tmp_path)
    monkeypatch.setattr(token_cache, "package_digest", lambda *p: paths.parts_digest(copy, p))

    def key() -> str:
        return token_cache.token_key("Words of a source.", 0, "en:digest", "aliases")

    before = key()
    target = copy / edited
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert (key() == before) is same


@pytest.mark.parametrize(
    ("edited", "same"),
    [("xling/langid.py", False), ("match/normalize.py", True), ("lang/en/negations.txt", True)],
)
def test_the_language_cache_key_follows_the_detector_s_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: str, same: bool
) -> None:
    """A source's detected language cached on disk is keyed by the detector's code (its
    thresholds): an edited threshold is never answered with the old code's language."""
    copy = _package_copy(tmp_path)
    monkeypatch.setattr(langid, "package_digest", lambda *p: paths.parts_digest(copy, p))
    before = langid._sample_key("Words of a source.")
    target = copy / edited
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert (langid._sample_key("Words of a source.") == before) is same
