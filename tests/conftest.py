"""Shared fixtures.  Tests that read ../shared skip with a reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


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
