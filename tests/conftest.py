"""Shared fixtures.  Tests that read ../shared skip with a reason when it is absent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Library caches (source tokens, embeddings) go to a folder of the run, never to the
    user's home; subprocesses inherit it.  ``XDG_CACHE_HOME``, not ``QUOTECHECK_CACHE_DIR``:
    the latter is also the lint configuration's ``cache-dir`` and would share result caches
    between tests."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The English spaCy pipeline, loaded once for the whole run."""
    from quotecheck.extract.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the repository (skips the test when absent)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside the repository (seed documents unavailable)")
    return SHARED


@pytest.fixture(scope="session")
def examples() -> Path:
    """The bundled examples folder."""
    return EXAMPLES


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Articles the NLP pipeline analysed in each lint run of the test (cache hits excluded),
    read from each run's :class:`~quotecheck.lint.runner.LintStats`; ``sum()`` for a total."""
    from quotecheck.lint import runner

    counts: list[int] = []
    original = runner.Linter.run

    def run(self: runner.Linter, paths: Any) -> runner.LintResult:
        result = original(self, paths)
        counts.append(result.stats.analysed)
        return result

    monkeypatch.setattr(runner.Linter, "run", run)
    return counts
