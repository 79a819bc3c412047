"""The documentation names the codes the program has, and no others.

* docs/verdicts.md, *Every rule*: one row per rule of the catalogue (``quotecheck.rules``),
  with its name, default level and summary as the catalogue has them, and no other row;
* every ``QC`` code the documentation names (README.md, docs/) is a rule of the catalogue;
* every rule is raised somewhere in the package: its code stands as a string in the code of
  a module other than the catalogue (not in a docstring), or it is the catalogue's
  :data:`~quotecheck.rules.TOOL_ERROR`, which the lint engine reports by that name;
* docs/errors.md: one row per error class of ``quotecheck.errors`` that carries its own code,
  with that code and the class name, and no other row;
* docs/languages.md, *The data files*: one row per ``<field>.txt`` file a language folder may
  hold (``quotecheck.lang.load.TEXT_FIELDS``), naming the folders that hold it, and no other row.
"""

from __future__ import annotations

import ast
import inspect
import re
from functools import cache
from pathlib import Path

import pytest

import quotecheck.errors as errors_module
from quotecheck.errors import QuotecheckError
from quotecheck.lang import available_languages
from quotecheck.lang.load import TEXT_FIELDS
from quotecheck.rules import RULES, TOOL_ERROR, all_rules

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "quotecheck"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_CODE = re.compile(r"\bQC\d{3}\b")
_RULE_ROW = re.compile(r"^\| (QC\d{3}) \| `([a-z-]+)` \| (\w+) \| (.*) \|$")
_ERROR_ROW = re.compile(r"^\| (E\d{3}) \| `(\w+)` \|")
_FILE_ROW = re.compile(r"^\| `(\w+\.txt)` \| ([a-z ]*) \| .+ \|$")
LANG_ROOT = PACKAGE / "lang"


def _section(page: Path, heading: str) -> str:
    """The text of ``page`` under ``heading`` (a level-2 heading), up to the next one."""
    text = page.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


@cache
def documented_rules() -> dict[str, tuple[str, str, str]]:
    """code → (name, level, summary) of the rows of docs/verdicts.md, *Every rule*."""
    rows: dict[str, tuple[str, str, str]] = {}
    for line in _section(ROOT / "docs" / "verdicts.md", "Every rule").splitlines():
        m = _RULE_ROW.match(line)
        if m:
            assert m.group(1) not in rows, f"{m.group(1)} has two rows"
            rows[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return rows


def _string_constants(path: Path) -> set[str]:
    """The string constants of a module's code, its docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


@cache
def raised_codes() -> frozenset[str]:
    """Every rule code standing as a string in the package's code outside the catalogue."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "rules.py":
            continue
        found.update(s for s in _string_constants(path) if re.fullmatch(r"QC\d{3}", s))
    return frozenset(found)


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_rule_has_its_row_in_verdicts_md(code: str) -> None:
    rule = RULES[code]
    assert documented_rules().get(code) == (rule.name, rule.level.value, rule.summary)


def test_verdicts_md_has_a_row_for_no_other_code() -> None:
    assert sorted(documented_rules()) == [r.code for r in all_rules()]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_documentation_names_only_codes_of_the_catalogue(page: Path) -> None:
    named = set(_CODE.findall(page.read_text(encoding="utf-8")))
    assert named <= set(RULES), sorted(named - set(RULES))


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_rule_is_raised_in_the_package(code: str) -> None:
    assert code in raised_codes() or code == TOOL_ERROR


def _error_classes() -> dict[str, str]:
    """code → class name of each error class of ``quotecheck.errors`` with a code of its own."""
    out: dict[str, str] = {}
    for name, cls in inspect.getmembers(errors_module, inspect.isclass):
        if issubclass(cls, QuotecheckError) and "code" in vars(cls) and cls is not QuotecheckError:
            out[cls.code] = name
    return out


@cache
def documented_errors() -> dict[str, str]:
    """code → class name of the rows of docs/errors.md."""
    rows: dict[str, str] = {}
    for line in (ROOT / "docs" / "errors.md").read_text(encoding="utf-8").splitlines():
        m = _ERROR_ROW.match(line)
        if m:
            rows[m.group(1)] = m.group(2)
    return rows


@pytest.mark.parametrize("code", sorted(_error_classes()))
def test_each_error_class_has_its_row_in_errors_md(code: str) -> None:
    assert documented_errors().get(code) == _error_classes()[code]


def test_errors_md_has_a_row_for_no_other_code() -> None:
    assert sorted(documented_errors()) == sorted(_error_classes())


@cache
def documented_files() -> dict[str, list[str]]:
    """file name → the languages column of the rows of docs/languages.md, *The data files*."""
    rows: dict[str, list[str]] = {}
    for line in _section(ROOT / "docs" / "languages.md", "The data files").splitlines():
        m = _FILE_ROW.match(line)
        if m:
            assert m.group(1) not in rows, f"{m.group(1)} has two rows"
            rows[m.group(1)] = m.group(2).split()
    return rows


@pytest.mark.parametrize("field", sorted(TEXT_FIELDS))
def test_each_data_file_has_its_row_in_languages_md(field: str) -> None:
    name = f"{field}.txt"
    holding = [c for c in sorted(available_languages()) if (LANG_ROOT / c / name).is_file()]
    assert documented_files().get(name) == holding


def test_languages_md_has_a_row_for_no_other_file() -> None:
    assert sorted(documented_files()) == sorted(f"{f}.txt" for f in TEXT_FIELDS)
