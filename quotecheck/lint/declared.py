"""Sources an article declares: front matter, HTML ``<meta>``, or the configuration's mapping.

Front matter (YAML ``---``, TOML ``+++`` or JSON) under a ``quotecheck:`` key::

    quotecheck:
      lang: en
      sources:
        - id: harbour-statement
          path: ../sources/harbour-statement.md     # relative to the article
          speaker: Mara Lindqvist
          kind: statement                           # statement, transcript, interview …
      aliases:
        Mara Lindqvist: [the coastal minister]      # article-local names of a speaker

HTML articles: ``<meta name="quotecheck:source" content="../sources/a.md; speaker=Ann Lee">``
(repeatable; ``key=value`` pairs after the path), ``<meta name="quotecheck:lang" content="de">``
and ``<meta name="quotecheck:alias" content="Ann Lee = the senator, Lee">``.

The configuration's ``[tool.quotecheck.sources]`` maps globs of articles to sources whose paths
are relative to the repository root.

Paths are resolved here, never fetched: a URL, an absolute path, a path that leaves the
repository root (``..``) or a symlink that points outside it is refused (``QC502``); a file
that does not exist or cannot be read is ``QC501``.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from quotecheck.budget import checkpoint
from quotecheck.config import _LINT_MODEL, LintConfig, SourceSpec, _source_list
from quotecheck.errors import FrontMatterError
from quotecheck.lint.globs import glob_match

__all__ = ["ArticleDeclaration", "Declarations", "Problem", "declarations", "resolve_path"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//|[^\\/])")
_SOURCE_ONLY_KEYS = frozenset({"speaker", "kind", "occasion", "date", "url", "title", "id"})


class ArticleDeclaration(BaseModel):
    """The ``quotecheck:`` table of an article's front matter."""

    model_config = _LINT_MODEL

    sources: tuple[SourceSpec, ...] = ()
    aliases: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Speaker → other names this article uses for them."""
    lang: str | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _sources(cls, value: Any) -> Any:
        return _source_list(value)

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: [v] if isinstance(v, str) else v for k, v in value.items()}
        return value


@dataclass(frozen=True)
class Problem:
    """A declared source that was refused or cannot be read."""

    code: str
    """``QC501`` or ``QC502``."""
    message: str
    needle: str
    """Text of the declaration (its path), used to place the finding in the article."""


@dataclass(frozen=True)
class ResolvedSource:
    """A declared source whose path is safe and points at a file."""

    spec: SourceSpec
    path: Path
    """Absolute, symlinks resolved."""
    display: str
    """Relative to the root, ``/`` separators."""


@dataclass
class Declarations:
    """What an article declares about its sources."""

    sources: list[ResolvedSource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    language: str | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    is_source: bool = False
    """The file's ``quotecheck:`` table describes a source (speaker, kind …), not an article."""
    group: tuple[str, ...] | None = None
    """The configuration globs the article matched, when its sources come from them alone (no
    sources in its front matter): articles of one group declare the same sources."""
    top_level_sources: bool = False
    """The front matter has a ``sources:`` key of its own, outside the ``quotecheck:`` table,
    which is not read (another tool's key, or a declaration in the wrong place): the run's
    note on articles without sources says where the key belongs."""


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:
        return False


def display_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with ``/`` separators, or as given when outside it."""
    absolute = os.path.abspath(path)
    plain_root = os.path.abspath(root)
    if _inside(absolute, plain_root):
        return PurePosixPath(Path(os.path.relpath(absolute, plain_root)).as_posix()).as_posix()
    # Symlinks are resolved only when the plain path is outside the root: resolving costs a
    # system call per path component, and this runs once per article and declared source.
    real = str(Path(absolute).resolve())
    if _inside(real, str(root)):
        return PurePosixPath(Path(os.path.relpath(real, str(root))).as_posix()).as_posix()
    return Path(path).as_posix()


_display_memo = functools.lru_cache(maxsize=1 << 16)(display_path)
""":func:`display_path` remembered: with a run's memo of resolved paths, the same sources are
shown for every article (200 articles × 1,858 sources were 372,000 calls)."""


def resolve_path(declared: str, base: str, root: Path) -> Path | Problem:
    """Resolve ``declared`` against ``base`` (a folder relative to ``root``, ``/``-separated).

    Returns the absolute real path, or a :class:`Problem` for a path that is unsafe or is not
    a file.  ``root`` must be absolute with symlinks resolved.
    """
    text = declared.strip()
    if "\x00" in text:
        return Problem(
            "QC502",
            f"source {declared!r} contains a NUL character; it cannot name a file",
            declared,
        )
    if _URL.match(text) and not PureWindowsPath(text).drive:
        return Problem(
            "QC502",
            f"source {declared!r} is a URL; sources are never fetched from the network — "
            "save the source in the repository and declare its path",
            declared,
        )
    if text.startswith(("/", "\\", "~")) or PureWindowsPath(text).drive:
        return Problem(
            "QC502",
            f"source {declared!r} is an absolute path; declare sources by a path relative to "
            "the article (front matter) or the repository root (configuration)",
            declared,
        )
    lexical = os.path.normpath(os.path.join(base or ".", text))
    if lexical == ".." or lexical.startswith(("../", "..\\")):
        return Problem(
            "QC502",
            f"source {declared!r} leaves the repository root; sources must live inside the "
            "repository",
            declared,
        )
    candidate = root / lexical
    try:
        real = candidate.resolve()
        if not _inside(str(real), str(root)):
            return Problem(
                "QC502",
                f"source {declared!r} is a symlink that points outside the repository root; "
                "sources must live inside the repository",
                declared,
            )
        if _inside(str(real), str(root / ".git")):
            return Problem(
                "QC502",
                f"source {declared!r} leads into the repository's .git folder, which quotecheck "
                "never reads (it holds credentials on CI runners)",
                declared,
            )
        if not real.exists():
            return Problem("QC501", f"source {declared!r}: no such file ({lexical})", declared)
        if not real.is_file():
            return Problem("QC501", f"source {declared!r} is not a file ({lexical})", declared)
    except (OSError, RuntimeError) as exc:  # a name too long, a symlink loop …
        return Problem("QC501", f"source {declared!r} cannot be resolved: {exc}", declared)
    return real


def _html_declaration(meta: dict[str, Any]) -> dict[str, Any]:
    """The ``<meta name="quotecheck:…">`` values as a front-matter-like table."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        values = value if isinstance(value, list) else [value]
        if key == "source":
            specs = []
            for v in values:
                path, *pairs = [p.strip() for p in str(v).split(";")]
                spec: dict[str, Any] = {"path": path}
                for pair in pairs:
                    k, _, val = pair.partition("=")
                    spec[k.strip()] = val.strip()
                if isinstance(spec.get("aliases"), str):
                    spec["aliases"] = [a.strip() for a in spec["aliases"].split(",") if a.strip()]
                specs.append(spec)
            out["sources"] = specs
        elif key == "alias":
            aliases: dict[str, list[str]] = {}
            for v in values:
                name, _, rest = str(v).partition("=")
                aliases[name.strip()] = [a.strip() for a in rest.split(",") if a.strip()]
            out["aliases"] = aliases
        else:
            out[key] = values[0] if len(values) == 1 else values
    return out


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        if err["type"] == "extra_forbidden":
            parts.append(
                f"unknown key 'quotecheck.{loc}'; allowed: lang, sources, aliases "
                "(and id, path, speaker, kind, lang, aliases, format, url, occasion, date for each "
                "source)"
            )
        else:
            parts.append(f"quotecheck.{loc}: {str(err['msg']).removeprefix('Value error, ')}")
    return "; ".join(parts)


_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
"""A language code as front matter writes one ("de", "pt-BR", "fr_CA"), not a language's name."""


def _plain_language(meta: dict[str, Any]) -> str | None:
    """The article's language as its plain front matter declares it, outside the ``quotecheck:``
    table (``language: de`` or ``lang: de``, as a source's front matter does): a code, else
    None — a name ("English") is another tool's value, not read (red team 23 F8)."""
    for key in ("language", "lang"):
        value = meta.get(key)
        if isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value.strip()):
            return value.strip()
    return None


def declarations(
    meta: dict[str, Any],
    *,
    doc_format: str,
    article: Path,
    display: str,
    root: Path,
    config: LintConfig,
    resolved: dict[tuple[str, str], Path | Problem] | None = None,
    groups: dict[tuple[str, ...], Declarations] | None = None,
) -> Declarations:
    """Resolve the sources declared for one article.

    ``meta`` is the document's front matter (or HTML meta table); ``display`` the article's
    path relative to ``root``.  ``resolved`` memoises path resolution across the articles of
    one run (the same sources are declared by many articles).  ``groups`` memoises whole
    answers for articles whose sources come from the configuration alone, by the globs they
    match: an archive mapped to thousands of sources resolves them once per run, not once
    per article.  A malformed ``quotecheck:`` table is a
    :class:`~quotecheck.errors.FrontMatterError` naming the key.
    """
    table = meta.get("quotecheck")
    if doc_format == "html" and isinstance(table, dict):
        table = _html_declaration(table)
    out = Declarations(top_level_sources="sources" in meta and table is None)
    if table is not None and not isinstance(table, dict):
        raise FrontMatterError("'quotecheck' must be a table of keys", path=display)
    if isinstance(table, dict) and "sources" not in table and _SOURCE_ONLY_KEYS & set(table):
        out.is_source = True
        return out
    try:
        decl = ArticleDeclaration.model_validate(table or {})
    except ValidationError as exc:
        raise FrontMatterError(_describe(exc), path=display) from exc
    out.language = decl.lang or (None if doc_format == "html" else _plain_language(meta))
    out.aliases = dict(decl.aliases)
    # The article's folder relative to the root ("../…" for an article outside the root, so
    # that every path it declares is refused rather than read).
    base = Path(os.path.relpath(os.path.abspath(article.parent), os.path.abspath(root)))
    if not _inside(os.path.abspath(article), os.path.abspath(root)):
        base = Path(os.path.relpath(article.parent.resolve(), root))
    matched = tuple(glob for glob in config.sources if glob_match(glob, display))
    group = matched if not decl.sources and resolved is not None else None
    if group is not None and groups is not None and group in groups:
        known = groups[group]
        out.sources, out.problems, out.group = list(known.sources), list(known.problems), group
        return out
    specs = [(s, base.as_posix()) for s in decl.sources]
    for glob in matched:
        specs.extend((s, "") for s in config.sources[glob])
    seen: set[Path] = set()
    for n, (spec, folder) in enumerate(specs):
        if n % 1024 == 0:
            checkpoint("resolving declared sources")
        key = (spec.path, folder)
        if resolved is None:
            found = resolve_path(spec.path, folder, root)
        else:
            if key not in resolved:
                resolved[key] = resolve_path(spec.path, folder, root)
            found = resolved[key]
        if isinstance(found, Problem):
            out.problems.append(found)
        elif found not in seen:
            seen.add(found)
            shown = (
                _display_memo(found, root) if resolved is not None else display_path(found, root)
            )
            out.sources.append(ResolvedSource(spec, found, shown))
    if group is not None and groups is not None:
        out.group = group
        groups[group] = Declarations(sources=list(out.sources), problems=list(out.problems))
    return out
