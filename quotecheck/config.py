"""Settings for a run, and the ``[tool.quotecheck]`` configuration the lint layer reads.

:class:`Settings` is what the library takes (thresholds, alias tables, language, limits).
:class:`LintConfig` is the configuration file's table (file globs, rule selection, severities,
per-file ignores, declared sources, fail level …); :func:`load_config` finds it (nearest
``quotecheck.toml`` or ``pyproject.toml`` upwards), applies ``QUOTECHECK_*`` variables and
command-line values on top (command line > environment > file) and turns every mistake into a
:class:`~quotecheck.errors.ConfigError` that names the key and the allowed values.

All are frozen pydantic models with ``extra="forbid"``.  Nothing here prints or exits.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from quotecheck.errors import ConfigError
from quotecheck.extract.settings import ExtractSettings
from quotecheck.inputs.sources import SourceKind
from quotecheck.inputs.text import DEFAULT_MAX_BYTES
from quotecheck.lang import language_code
from quotecheck.match import MatchSettings
from quotecheck.models import Level
from quotecheck.paths import real_path
from quotecheck.score.settings import ScoreSettings
from quotecheck.xling.core import XlingSettings

SECTIONS: dict[str, type[BaseModel]] = {
    "extract": ExtractSettings,
    "match": MatchSettings,
    "score": ScoreSettings,
    "xling": XlingSettings,
}
"""The settings tree: one section per stage, each passed to its stage as it is."""

_LEGACY_KEYS = {
    "max_quote_chars": ("extract", "max_quote_chars"),
    "max-quote-chars": ("extract", "max_quote_chars"),
    "parse": ("extract", "parse"),
}
"""Top-level keys of earlier releases → (section, key); still read."""


def _fold_legacy(data: Any) -> Any:
    """Earlier spellings moved into the tree: ``[thresholds]`` → ``[score]``, top-level
    ``max-quote-chars`` and ``parse`` → ``[extract]`` (a value given the old way wins, so an
    environment variable or command-line value still overrides a file's section)."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    moves: list[tuple[str, str, str | None]] = [("thresholds", "score", None)]
    moves += [(key, section, name) for key, (section, name) in _LEGACY_KEYS.items()]
    for key, section, name in moves:
        if key not in data:
            continue
        current = data.get(section) or {}
        if isinstance(current, BaseModel):
            current = current.model_dump()
        value = data[key]
        if name is None and not isinstance(value, dict):
            continue  # a bad [thresholds] value: validation names it
        if not isinstance(current, dict):
            continue  # a bad section: validation names it
        del data[key]
        moved = value if name is None else {name: value}
        data[section] = {_kebab(str(k)): v for d in (current, moved) for k, v in d.items()}
    return data


DEFAULT_TIME_BUDGET = 120.0
"""Seconds the analysis of one article may take by default (see docs/limits.md)."""


AUTO_LANGUAGE = "auto"
"""``Settings.language`` value that detects each article's language."""


class AnalysisOptions(BaseModel):
    """The options that shape the analysis, shared by :class:`Settings` (the library) and
    :class:`LintConfig` (the ``[tool.quotecheck]`` table), so the two cannot drift apart."""

    language: str = "en"
    """Language of the articles (per-language data and pipeline), or ``auto`` to detect it."""
    models: dict[str, str] = Field(default_factory=dict)
    """Language → spaCy pipeline package to use instead of the default."""
    default_aliases: bool = True
    """Use the alias tables shipped with quotecheck (country and organisation names)."""
    aliases: tuple[tuple[str, ...], ...] = ()
    """Extra alias groups given inline, e.g. ``[["Myanmar", "Burma"]]``."""
    match: MatchSettings = Field(default_factory=MatchSettings)
    """``[tool.quotecheck.match]``: thresholds of the matcher."""
    score: ScoreSettings = Field(default_factory=ScoreSettings)
    """``[tool.quotecheck.score]``: thresholds of the verdict ladder (``thresholds`` is the
    older name of this section, still read)."""
    xling: XlingSettings = Field(default_factory=XlingSettings)
    """``[tool.quotecheck.xling]``: thresholds of the cross-language path."""
    extract: ExtractSettings = Field(default_factory=ExtractSettings)
    """``[tool.quotecheck.extract]``: how quotes are found (``max-quote-chars``, ``parse``)."""
    max_file_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0)
    """Larger files are not read (E105)."""
    time_budget: float = Field(DEFAULT_TIME_BUDGET, ge=0)
    """Seconds one article may take (0: no limit); over it, the article gets an error (E107)."""
    fail_level: Level = Level.ERROR
    """Findings at or above this level make ``quotecheck check`` exit 1."""
    crosslingual: bool = True
    """Check quotes in another language than their sources with multilingual embeddings, and
    tell re-translated paraphrases from fabrications (see ``docs/translation.md``)."""

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        """The one home of a language code's spelling, whatever route gave it (``--language``,
        the configuration, the environment, an article's front matter): ``en-US``, ``EN`` and
        ``en_GB`` are ``en``, ``de-AT`` is ``de`` — the code the language data, the pipeline
        and the report all key on (review 23-1 #2).  An unknown code is kept as written, so
        that E301 names it; ``auto`` (detect each article's language) in any case is ``auto``."""
        return AUTO_LANGUAGE if value.strip().lower() == AUTO_LANGUAGE else language_code(value)

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        return _fold_legacy(data)


ANALYSIS_FIELDS = frozenset(AnalysisOptions.model_fields)
"""Names of the options :class:`Settings` and :class:`LintConfig` share."""


class Settings(AnalysisOptions):
    """Everything that shapes a run, with the defaults quotecheck ships."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    alias_files: tuple[Path, ...] = ()
    """Extra alias tables (TSV or YAML)."""
    cache_dir: Path | None = None
    """Root of the on-disk caches (default: ``$QUOTECHECK_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/quotecheck``, else ``~/.cache/quotecheck``)."""
    index_cache_enabled: bool = True
    """Keep each source's comparison tokens on disk, keyed by content hash, so an unchanged
    source is never tokenised again (``<cache_dir>/index/``)."""
    embedding_cache: Path | None = None
    """Where source embeddings are cached (default: ``cache_dir``)."""
    embedding_cache_enabled: bool = True


# --------------------------------------------------------------------------- lint configuration

CONFIG_FILES = ("quotecheck.toml", "pyproject.toml")
"""Configuration files, in the order they are looked for in each directory."""

DEFAULT_INCLUDE = ("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt")
"""Files a directory argument contributes by default."""

DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".github",
    ".gitlab",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "vendor",
    "site-packages",
    "__pycache__",
    ".quotecheck_cache",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "_build",
    "build",
    "dist",
    # Static-site generators: generated pages and theme templates, not articles.
    "public",
    "_site",
    "themes",
    "resources/_gen",
    ".jekyll-cache",
    ".docusaurus",
    ".next",
    ".astro",
    # Repository files that are not articles.
    "README.*",
    "CHANGELOG.*",
    "CONTRIBUTING.*",
    "CODE_OF_CONDUCT.*",
    "SECURITY.*",
    "LICENSE*",
)
"""Folders and files never walked (vendor, tool and build folders, static-site output and
themes, repository read-me files); ``exclude`` adds to them.  A file named on the command line
is still checked (unless ``--force-exclude``)."""

DEFAULT_CACHE_DIR = ".quotecheck_cache"
DEFAULT_BASELINE = "quotecheck-baseline.json"

ENV_PREFIX = "QUOTECHECK_"
_ENV_RESERVED = frozenset({"QUOTECHECK_DEBUG", "QUOTECHECK_CONFIG", "QUOTECHECK_CACHE_SECRET"})
"""``QUOTECHECK_*`` variables that are not configuration keys."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


_LINT_MODEL = ConfigDict(frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True)


def rule_selector_codes(selector: str) -> frozenset[str]:
    """Codes a selector names: a code, a rule name, a code prefix (``QC1``), or ``ALL``."""
    from quotecheck.rules import RULES, get_rule

    key = selector.strip()
    if key.upper() == "ALL":
        return frozenset(RULES)
    try:
        return frozenset({get_rule(key).code})
    except KeyError:
        pass
    upper = key.upper()
    if re.fullmatch(r"QC\d{0,2}", upper):
        found = frozenset(c for c in RULES if c.startswith(upper))
        if found:
            return found
    raise ValueError(
        f"unknown rule {selector!r}; use a code (QC101), a name (altered-wording), a code "
        "prefix (QC1) or ALL — see 'quotecheck rule --list'"
    )


def _check_selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    for v in values:
        rule_selector_codes(v)
    return values


class SourceSpec(BaseModel):
    """A source declared for an article (front matter, HTML meta or the config's mapping)."""

    model_config = _LINT_MODEL

    path: str = Field(min_length=1)
    """Relative to the article (front matter) or to the repository root (configuration)."""
    id: str | None = None
    speaker: str | None = None
    kind: SourceKind | None = None
    lang: str | None = None
    aliases: tuple[str, ...] = ()
    format: Literal["text", "pdf", "web", "srt", "vtt", "transcript-json"] | None = None
    """How to read the file when its extension and content do not tell (see docs/sources.md)."""
    url: str | None = None
    """Where the original is published: the report links a match's page or time into it."""
    occasion: str | None = None
    date: str | None = None
    """Occasion and date of a source that cannot carry front matter (a PDF, subtitles)."""

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, dt.date) else value  # YAML reads 2026-03-13


def _source_list(value: Any) -> Any:
    """A single path or spec becomes a one-element list; a bare string becomes ``{path: …}``."""
    if isinstance(value, str | dict):
        value = [value]
    if isinstance(value, list | tuple):
        return [{"path": v} if isinstance(v, str) else v for v in value]
    return value


class LintConfig(AnalysisOptions):
    """The ``[tool.quotecheck]`` table: what ``quotecheck check`` reads from a config file.

    Keys are kebab-case in files (``per-file-ignores``); snake_case is accepted too.
    """

    model_config = _LINT_MODEL

    include: tuple[str, ...] = DEFAULT_INCLUDE
    """Globs (relative to the root) of articles a directory argument contributes."""
    exclude: tuple[str, ...] = ()
    """Globs excluded when walking directories (in addition to :data:`DEFAULT_EXCLUDE`)."""
    respect_gitignore: bool = True
    """Skip what ``.gitignore`` files (and ``.git/info/exclude``) ignore when walking."""
    select: tuple[str, ...] = ("ALL",)
    """Rules to report: codes, names, code prefixes (``QC1``) or ``ALL``."""
    ignore: tuple[str, ...] = ()
    """Rules never reported (wins over ``select``)."""
    severity: dict[str, Level] = Field(default_factory=dict)
    """Rule (code or name) → level, replacing the rule's default level."""
    per_file_ignores: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Glob → rules not reported for files matching it."""
    sources: dict[str, tuple[SourceSpec, ...]] = Field(default_factory=dict)
    """Glob of articles → the sources they quote (paths relative to the root)."""
    alias_files: tuple[str, ...] = ()
    """Alias tables (TSV or YAML), relative to the root."""
    output_format: str = "full"
    require_reason: bool = False
    """Inline suppressions must give a reason after ``--`` (else QC603)."""
    cache: bool = True
    cache_dir: str = DEFAULT_CACHE_DIR
    """Results cache, relative to the root."""
    baseline: str | None = None
    """Baseline file applied by default, relative to the root."""

    @field_validator("select", "ignore")
    @classmethod
    def _selectors(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _check_selectors(value)

    @field_validator("severity")
    @classmethod
    def _severity_keys(cls, value: dict[str, Level]) -> dict[str, Level]:
        _check_selectors(tuple(value))
        return value

    @field_validator("per_file_ignores")
    @classmethod
    def _pfi(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for codes in value.values():
            _check_selectors(codes)
        return value

    @field_validator("sources", mode="before")
    @classmethod
    def _sources(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: _source_list(v) for k, v in value.items()}
        return value

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_groups(cls, value: Any) -> Any:
        if isinstance(value, dict):  # {"Myanmar": ["Burma"]} is accepted as well
            return [
                [k, *([v] if isinstance(v, str) else v)] if isinstance(v, str | list) else v
                for k, v in value.items()
            ]
        return value

    @field_validator("aliases")
    @classmethod
    def _alias_sizes(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        for group in value:
            if len(group) < 2:
                raise ValueError(f"an alias group needs two or more names, got {list(group)}")
        return value

    @field_validator("output_format")
    @classmethod
    def _format(cls, value: str) -> str:
        from quotecheck.formats import FORMATS

        if value not in FORMATS:
            raise ValueError(f"{value!r} is not a format; allowed: {', '.join(sorted(FORMATS))}")
        return value

    def settings(self, root: Path, *, language: str | None = None) -> Settings:
        """The library :class:`Settings` for articles in ``language`` (paths under ``root``)."""
        shared = {name: getattr(self, name) for name in ANALYSIS_FIELDS}
        shared["language"] = language or self.language
        return Settings(**shared, alias_files=tuple(root / f for f in self.alias_files))


_MODELS_BY_PREFIX: dict[str, type[BaseModel]] = {
    "": LintConfig,
    **SECTIONS,
    "sources": SourceSpec,
}


def _allowed_keys(model: type[BaseModel]) -> list[str]:
    return sorted(f.alias or name for name, f in model.model_fields.items())


def describe_validation_error(exc: ValidationError, origin: str) -> str:
    """One line per problem, each naming the key, the value and what is allowed."""
    lines = []
    for err in exc.errors():
        loc = [str(x) for x in err["loc"]]
        key = ".".join(loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            parent = "sources" if loc and loc[0] == "sources" else (loc[0] if len(loc) > 1 else "")
            model = _MODELS_BY_PREFIX.get(parent, LintConfig)
            lines.append(
                f"{origin}: unknown key {loc[-1]!r}"
                + (f" in {'.'.join(loc[:-1])}" if len(loc) > 1 else "")
                + f"; allowed keys: {', '.join(_allowed_keys(model))}"
            )
            continue
        msg = str(err["msg"]).removeprefix("Value error, ")
        got = err.get("input")
        shown = "" if isinstance(got, dict | list) or got is None else f" (got {got!r})"
        lines.append(f"{origin}: {key}: {msg}{shown}")
    return "; ".join(lines)


def validate_config(data: dict[str, Any], origin: str) -> LintConfig:
    """Validate a ``[tool.quotecheck]`` mapping; :class:`ConfigError` names key and values."""
    try:
        return LintConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, origin)) from exc


def _has_quotecheck_table(data: dict[str, Any]) -> bool:
    tool = data.get("tool")
    return isinstance(tool, dict) and "quotecheck" in tool


def read_config_file(path: Path) -> dict[str, Any]:
    """The ``[tool.quotecheck]`` table of ``path`` (a ``quotecheck.toml`` may omit the header)."""
    if not path.is_file():  # a folder, or a FIFO that reading would wait on forever
        raise ConfigError("is not a file; a configuration file was expected", path=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"cannot read the configuration: {exc.strerror or exc}", path=str(path)
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from exc
    except RecursionError as exc:  # tomllib recurses once per level of nesting
        raise ConfigError("not readable: nested too deeply", path=str(path)) from exc
    if _has_quotecheck_table(data):
        table = data["tool"]["quotecheck"]
        if not isinstance(table, dict):
            raise ConfigError("[tool.quotecheck] must be a table", path=str(path))
        return dict(table)
    if path.name == "pyproject.toml":
        return {}
    return data


def find_config(start: Path) -> Path | None:
    """The nearest ``quotecheck.toml`` (or ``pyproject.toml`` with ``[tool.quotecheck]``)
    in ``start`` or a directory above it.

    A ``quotecheck.toml`` that is not a file, and a ``pyproject.toml`` that cannot be read or
    parsed but names ``tool.quotecheck``, are returned all the same, so that reading them
    (:func:`read_config_file`) stops the run with the problem: running without the
    configuration the user wrote would be silent.  Another broken ``pyproject.toml`` is not
    quotecheck's to judge and is passed over.
    """
    here = real_path(start)
    for folder in (here, *here.parents):
        candidate = folder / "quotecheck.toml"
        if candidate.exists():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                raw = candidate.read_bytes()
            except OSError:
                return candidate  # cannot tell whether it configures quotecheck: say so
            try:
                data = tomllib.loads(raw.decode("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
                if b"tool.quotecheck" in raw:
                    return candidate
                continue
            if _has_quotecheck_table(data):
                return candidate
    return None


def _env_value(name: str, raw: str, field: Any) -> Any:
    annotation = str(field.annotation)
    if "tuple" in annotation:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if field.annotation is bool:
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{name}={raw!r}: expected one of 1, true, yes, on, 0, false, no, off")
    return raw.strip()


_ENV_KEYS = (
    "include",
    "exclude",
    "respect_gitignore",
    "select",
    "ignore",
    "language",
    "default_aliases",
    "alias_files",
    "max_file_bytes",
    "max_quote_chars",
    "time_budget",
    "fail_level",
    "output_format",
    "require_reason",
    "crosslingual",
    "cache",
    "cache_dir",
    "baseline",
)
"""Keys settable through ``QUOTECHECK_<KEY>`` (lists comma-separated)."""


def env_overrides(environ: Mapping[str, str]) -> dict[str, tuple[str, Any]]:
    """Key → (variable name, value) for the ``QUOTECHECK_*`` variables that are set.

    An unknown ``QUOTECHECK_*`` variable is an error that lists the allowed ones.
    """
    out: dict[str, tuple[str, Any]] = {}
    allowed = {ENV_PREFIX + k.upper(): k for k in _ENV_KEYS}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or name in _ENV_RESERVED:
            continue
        if name not in allowed:
            raise ConfigError(
                f"unknown environment variable {name}; allowed: "
                f"{', '.join(sorted([*allowed, *_ENV_RESERVED]))}"
            )
        key = allowed[name]
        field = LintConfig.model_fields.get(key) or ExtractSettings.model_fields[key]
        out[key] = (name, _env_value(name, raw, field))
    return out


@dataclass(frozen=True)
class LoadedConfig:
    """A validated configuration and where it came from."""

    config: LintConfig
    path: Path | None
    """The configuration file, or None when none was found (or ``--isolated``)."""
    root: Path
    """The repository root: the configuration file's folder (else the git top level, else
    the working directory).  Paths in the output and declared sources are relative to it."""
    operator: frozenset[str] = frozenset()
    """Keys set on the command line or in ``QUOTECHECK_*`` variables: the operator's paths,
    not confined to the repository as the file's (and the defaults) are."""


def _git_toplevel(start: Path) -> Path | None:
    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=start,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    out = proc.stdout.strip()
    return Path(out).resolve() if proc.returncode == 0 and out else None


def start_folder(paths: Sequence[Path]) -> Path:
    """Where the search for a configuration file begins: the common folder of ``paths`` (the
    current directory when there are none, or when they are on different drives)."""
    if not paths:
        return Path.cwd()
    folders = [os.path.abspath(p if p.is_dir() else p.parent) for p in paths]
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:  # different drives
        return Path.cwd()


def load_config(
    *,
    start: Path,
    config_file: Path | None = None,
    isolated: bool = False,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> LoadedConfig:
    """Configuration with precedence command line > environment > file.

    ``start`` is where the search for a configuration file begins (the folder of the paths to
    check); ``config_file`` (or ``$QUOTECHECK_CONFIG``) names one explicitly; ``isolated``
    ignores files.  ``overrides`` are command-line values by key (None values are ignored).
    Every problem is a :class:`ConfigError` naming the key (and file or variable) and the
    allowed values.
    """
    environ = os.environ if environ is None else environ
    path: Path | None = None
    if not isolated:
        named = config_file or (
            Path(environ["QUOTECHECK_CONFIG"]) if environ.get("QUOTECHECK_CONFIG") else None
        )
        if named is not None:
            if not named.exists():
                raise ConfigError("no such configuration file", path=str(named))
            path = real_path(named)
        else:
            path = find_config(start)
    data: dict[str, Any] = read_config_file(path) if path else {}
    origin = f"{path.name} [tool.quotecheck]" if path else "configuration"
    if path and path.name == "quotecheck.toml":
        origin = path.name
    config = validate_config(data, str(path.parent / origin) if path else origin)
    operator: set[str] = set()
    for key, (name, value) in env_overrides(environ).items():
        operator.add(key)
        merged = {**config.model_dump(exclude_unset=True), key: value}
        config = validate_config(merged, f"environment variable {name}")
    cli = {k: v for k, v in (overrides or {}).items() if v is not None}
    operator.update(cli)
    if cli:
        merged = {**config.model_dump(exclude_unset=True), **cli}
        config = validate_config(merged, "command line")
    if path is not None:
        root = path.parent
    else:
        cwd = Path.cwd().resolve()
        here = start.resolve()
        root = _git_toplevel(here) or (cwd if here == cwd or cwd in here.parents else here)
    return LoadedConfig(config=config, path=path, root=root, operator=frozenset(operator))
