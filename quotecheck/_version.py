"""The package version, in a module of its own so that any layer can read it without importing
the package root (which imports :mod:`quotecheck.api` and with it every stage).

This module imports nothing.  Keep it equal to ``version`` in ``pyproject.toml``.
"""

__version__ = "0.1.0"
