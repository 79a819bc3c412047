"""The shape docs/architecture.md promises for the scorer, checked on the source code.

* a :class:`~quotecheck.models.Finding` is built only by ``rules.make_finding``;
* a verdict is chosen only in ``score/ladder.py`` (the one caller of ``verdict_result``);
* the scorer never matches or scans the article itself (no ``match_quote``, no ``scan``);
* every check declares the codes it raises, and they are in the catalogue.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from quotecheck.rules import RULES
from quotecheck.score.checks import CHECK_CODES
from quotecheck.score.result import VERDICT_CODES

PACKAGE = Path(__file__).resolve().parent.parent / "quotecheck"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _calls(path: Path, name: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
    ]


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("Finding", {"rules.py"}),
        ("verdict_result", {"score/ladder.py"}),
    ],
)
def test_built_in_one_place(name: str, allowed: set[str]) -> None:
    found = {str(p.relative_to(PACKAGE)): lines for p in MODULES if (lines := _calls(p, name))}
    assert set(found) <= allowed, found


def test_the_scorer_neither_matches_nor_scans() -> None:
    for path in sorted((PACKAGE / "score").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not imported & {"match_quote", "scan"}, path


def test_checks_declare_catalogue_codes() -> None:
    declared = {c for codes in CHECK_CODES.values() for c in codes}
    assert declared <= set(RULES)
    assert set(VERDICT_CODES.values()) <= set(RULES)
    assert {"QC104", "QC105", "QC106", "QC113", "QC115", "QC201", "QC203"} <= declared
