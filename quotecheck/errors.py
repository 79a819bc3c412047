"""The exception hierarchy: one root, messages that say what was expected, what was found, and
how to fix it.  Each error carries a stable code (``E###``) so users can look it up in
``docs/errors.md``.

This module imports nothing from the rest of the package.
"""

from __future__ import annotations


class QuotecheckError(Exception):
    """Root of every error quotecheck raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(QuotecheckError):
    """An article or source file cannot be read or decoded."""

    code = "E100"


class FileNotFound(InputError):
    """A named file does not exist."""

    code = "E101"


class NotAFile(InputError):
    """A path names a directory or something else that is not a regular file."""

    code = "E102"


class DecodeError(InputError):
    """The bytes of a file are not text in a supported encoding."""

    code = "E103"


class BinaryFileError(InputError):
    """The file looks binary (NUL bytes or mostly control characters)."""

    code = "E104"


class InputTooLarge(InputError):
    """A file is larger than the configured limit."""

    code = "E105"


class FrontMatterError(InputError):
    """The front matter of a file cannot be parsed or has unexpected keys."""

    code = "E106"


class TimeBudgetExceeded(InputError):
    """Analysing one file took longer than the per-file time budget."""

    code = "E107"


class OutsideRepository(InputError):
    """A path read or written on the repository's behalf leads outside the repository root,
    into ``.git/``, or to something that is not a regular file."""

    code = "E108"


class SourceFormatError(InputError):
    """A PDF, subtitle file, web page or timed transcript cannot be read as that format."""

    code = "E120"


class NoTextLayer(SourceFormatError):
    """A PDF has no text to read (a scanned document: images of pages, no text layer)."""

    code = "E121"


class MissingExtra(InputError):
    """Reading a source needs an optional dependency that is not installed."""

    code = "E122"


class ConfigError(QuotecheckError):
    """Configuration (file, environment or arguments) is invalid."""

    code = "E200"


class OutputError(QuotecheckError):
    """A report, baseline or other file quotecheck writes cannot be written."""

    code = "E400"


class ModelError(QuotecheckError):
    """An NLP pipeline or embedding model cannot be loaded."""

    code = "E300"


class LanguageNotSupported(QuotecheckError, LookupError):
    """No language data exists for a requested language (also a :class:`LookupError`: the
    language is looked up among the supported ones)."""

    code = "E301"
