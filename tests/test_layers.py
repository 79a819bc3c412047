"""Every module of the package imports on its own, in a fresh interpreter.

An import cycle (``inputs`` ↔ ``extract`` once made ``import quotecheck.inputs.document`` fail)
only shows when a module is the first one imported, which the test suite's shared interpreter
never sees.  One subprocess walks every module, each time with the package dropped from
``sys.modules`` (third-party modules stay loaded, so this costs seconds, not minutes).  The
layer rules themselves are checked by ``lint-imports`` (pyproject.toml, ``.ci/run``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import quotecheck

PACKAGE = Path(quotecheck.__file__).resolve().parent

# Modules that need an optional extra to import at all.
OPTIONAL = {
    "quotecheck.dask": "dask",
    "quotecheck.frames": "dask",
    "quotecheck.lineage.dask": "dask",
}

_WALK = r"""
import importlib, importlib.machinery, sys, traceback

# Each module is compiled once, not once per walk step (without .pyc files, as under
# PYTHONDONTWRITEBYTECODE, compiling would be most of the cost).
_compiled = {}
_compile = importlib.machinery.SourceFileLoader.source_to_code


def _source_to_code(self, data, path, **kwargs):
    if path not in _compiled:
        _compiled[path] = _compile(self, data, path, **kwargs)
    return _compiled[path]


importlib.machinery.SourceFileLoader.source_to_code = _source_to_code
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "quotecheck" or m.startswith("quotecheck.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ":\n" + traceback.format_exc(limit=-3))
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def _modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name == "quotecheck.__main__":
            continue  # runs the CLI
        extra = OPTIONAL.get(name)
        if extra and _missing(extra):
            continue
        names.append(name)
    return names


def _missing(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def test_every_module_imports_alone() -> None:
    modules = _modules()
    assert "quotecheck.inputs.document" in modules and "quotecheck.scanner" in modules
    run = subprocess.run(
        [sys.executable, "-c", _WALK, *modules],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, f"modules that fail to import alone:\n{run.stdout}{run.stderr}"
