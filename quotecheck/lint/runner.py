"""One lint run: discover articles, resolve their sources, analyse (or reuse cached results),
then apply rule selection, inline suppressions and the baseline.

The spaCy pipeline is loaded once per process (:func:`quotecheck.extract.nlp.load_pipeline`
caches it) and one :class:`~quotecheck.api.Checker` serves every article with the same sources
and settings.  :attr:`LintStats.analysed` counts the articles that were actually analysed
(not taken from the cache): an unchanged article costs nothing.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import warnings
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from quotecheck._version import __version__
from quotecheck.api import Checker
from quotecheck.budget import checkpoint, time_budget
from quotecheck.config import AUTO_LANGUAGE, LoadedConfig, Settings, SourceSpec
from quotecheck.errors import InputError, QuotecheckError, TimeBudgetExceeded
from quotecheck.extract.guard import PIPELINE_MAX_LENGTH, refuse_too_long
from quotecheck.inputs.document import Document, detect_format, make_document
from quotecheck.inputs.sources import load_source
from quotecheck.inputs.text import read_text
from quotecheck.lint.baseline import Baseline, finding_key
from quotecheck.lint.cache import (
    ResultCache,
    cache_key,
    source_digest,
    sources_key,
    tracked_by_git,
)
from quotecheck.lint.confine import confine, inside
from quotecheck.lint.declared import (
    Declarations,
    Problem,
    declarations,
    display_path,
    resolve_path,
)
from quotecheck.lint.discover import changed_files, discover
from quotecheck.lint.engine import RuleEngine, map_findings, span_finding
from quotecheck.lint.suppressions import apply_suppressions
from quotecheck.models import (
    ArticleReport,
    Finding,
    QuoteResult,
    Report,
    Source,
    Suppression,
    ToolInfo,
)
from quotecheck.offsets import line_starts
from quotecheck.paths import real_path

__all__ = ["LintOptions", "LintResult", "LintStats", "Linter"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LintOptions:
    """Per-run options that are not configuration."""

    extra_sources: tuple[Path, ...] = ()
    """Sources given on the command line: every article is checked against them too."""
    speaker: str | None = None
    """Speaker of :attr:`extra_sources` (else read from their front matter or byline)."""
    changed_since: str | None = None
    """Only articles changed since this git revision (or whose sources changed)."""
    force_exclude: bool = False
    """Apply ``exclude`` and the declared-source rule to files named explicitly too (for
    pre-commit, which passes every changed file)."""
    jobs: int = 1
    """Worker processes for the analysis (results are identical and in input order)."""
    use_cache: bool = True
    baseline: Path | None = None
    """Baseline whose findings are not reported."""
    progress: Progress | None = None
    """Called as ``progress(done, total, path)`` after each article."""
    extra_source_objects: tuple[Source, ...] = ()
    """Sources already in memory (the Python API's ``sources=``), like :attr:`extra_sources`."""
    settings: Settings | None = None
    """Analysis settings for every article instead of those the configuration gives."""
    nlp: Any = None
    """A loaded spaCy pipeline to analyse with (in this process; ``jobs`` must be 1)."""


@dataclass
class LintStats:
    """Counters of a run."""

    articles: int = 0
    analysed: int = 0
    cached: int = 0
    unchanged: int = 0
    """Articles left out by ``changed_since``."""


@dataclass
class LintResult:
    """The outcome of :meth:`Linter.run`."""

    report: Report
    root: Path
    stats: LintStats
    current: Baseline
    """Every finding of the checked articles (before the baseline), as a baseline."""
    baselined: int = 0
    """Findings not reported because the baseline lists them."""
    stale: Baseline = field(default_factory=Baseline)
    """Baseline entries of checked articles that no longer match a finding."""
    notes: list[str] = field(default_factory=list)


@dataclass
class _Article:
    path: Path
    display: str
    raw: str = ""
    doc: Document | None = None
    error: str | None = None
    decl: Declarations = field(default_factory=Declarations)
    sources: list[Source] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    settings: Settings | None = None
    group: tuple[str, ...] | None = None
    """Its sources are those of every article of this group (``_GroupSources``)."""


@dataclass
class _GroupSources:
    """The sources a declaration gives, read, and its problems as ``(code, message, needle)``
    in the order they are placed; with their key once an article has needed it."""

    sources: list[Source] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    key: str | None = None
    """The sources key of the group's articles: these sources and the run's extra sources
    (the same for every article of the run, so one key serves the whole group)."""


# --------------------------------------------------------------------------- analysis


_CHECKERS: OrderedDict[str, Checker] = OrderedDict()
_SOURCE_SETS: dict[str, list[Source]] = {}
"""Source lists of the current run by :func:`~quotecheck.lint.cache.sources_key`: installed
once per process (a worker gets them once, when it starts), so a task names its sources by key
instead of carrying them, and nothing per article grows with the size of the sources."""


_PIPELINE: list[Any] = [None]
"""A pipeline handed in by the caller of an in-process run (else each Checker loads its own)."""


def _install(source_sets: dict[str, list[Source]], nlp: Any = None) -> None:
    _SOURCE_SETS.clear()
    _SOURCE_SETS.update(source_sets)
    if nlp is not None or _PIPELINE[0] is not None:
        _PIPELINE[0] = nlp
        _CHECKERS.clear()


def _checker_key(sources_key: str, settings: Settings) -> str:
    """What makes two checkers the same: the sources (their key) and the settings."""
    return sources_key + hashlib.sha256(settings.model_dump_json().encode()).hexdigest()


def _checker(sources_key: str, settings: Settings) -> Checker:
    """The process's checker for these sources and settings (the 16 most recently used are
    kept, so a later chunk of the same run reuses its checker and what it indexed)."""
    key = _checker_key(sources_key, settings)
    if key in _CHECKERS:
        _CHECKERS.move_to_end(key)
        return _CHECKERS[key]
    checker = Checker(list(_SOURCE_SETS[sources_key]), settings, _PIPELINE[0])
    _CHECKERS[key] = checker
    while len(_CHECKERS) > 16:
        _CHECKERS.popitem(last=False)
    return checker


Task = tuple[str, str, str, str, Settings]
"""``display, raw text, format, sources key, settings`` of one article."""


def analyse(task: Task) -> ArticleReport:
    """Analyse one article; picklable for worker processes (its sources must be installed)."""
    return _analyse(task, None, None)


def _analyse(task: Task, checker: Checker | None, document: Document | None) -> ArticleReport:
    """:func:`analyse`, with the article's checker and :class:`Document` when they were
    already resolved and read."""
    display, raw, fmt, sources_key, settings = task
    try:
        if checker is None:
            checker = _checker(sources_key, settings)
        if document is None:
            document = make_document(raw, path=display, fmt=fmt)
        return checker.check_document(document)
    except QuotecheckError as exc:  # over a limit (time budget, size): this article only
        return ArticleReport(path=display, language=settings.language, error=str(exc))
    except Exception as exc:  # a bug: report it for this article, go on with the others
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        return ArticleReport(
            path=display,
            language=settings.language,
            error=f"{display}: internal error: {type(exc).__name__}: {exc} (please report this "
            "with the input that caused it)",
        )


PARSE_BATCH = 32
"""Articles parsed together (:func:`analyse_many`)."""


def analyse_many(tasks: Sequence[Task]) -> list[ArticleReport]:
    """:func:`analyse` of each task, with the articles parsed ahead in one batch per checker
    (:meth:`quotecheck.api.Checker.parse_ahead`); the reports are those of :func:`analyse`.
    Each article's checker is resolved once, and every article of the chunk with the same
    sources and settings gets the same checker — the one that parsed it ahead — however many
    other checkers the chunk needs (the process's cache keeps only the last 16).
    Anything that stops the parse ahead leaves each article to parse itself."""
    with ExitStack() as stack:
        by_key: dict[str, tuple[Checker, list[Document]]] = {}
        resolved: list[tuple[Checker | None, Document | None]] = []
        for display, raw, fmt, sources_key, settings in tasks:
            checker: Checker | None = None
            try:
                key = _checker_key(sources_key, settings)
                if key in by_key:
                    checker = by_key[key][0]
                else:
                    checker = _checker(sources_key, settings)
                    by_key[key] = (checker, [])
                document = make_document(raw, path=display, fmt=fmt)
            except Exception:  # _analyse reports it, for this article alone
                resolved.append((checker, None))
                continue
            resolved.append((checker, document))  # read once: the check takes the same one
            by_key[key][1].append(document)
        for checker, documents in by_key.values():
            if not documents:
                continue
            try:
                stack.enter_context(checker.parse_ahead(documents))
            except Exception:  # parsed one by one by _analyse
                continue
        return [
            _analyse(task, checker, document)
            for task, (checker, document) in zip(tasks, resolved, strict=True)
        ]


def _chunks(tasks: list[Task], size: int) -> list[list[Task]]:
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _context() -> BaseContext:
    """``fork`` where it is safe (POSIX, no other thread running: workers inherit a pipeline
    that is already loaded), else ``spawn`` (each worker loads the pipeline once)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _run_tasks(
    tasks: list[Task], jobs: int, source_sets: dict[str, list[Source]], nlp: Any = None
) -> Iterator[ArticleReport]:
    _install(source_sets, nlp)
    if nlp is not None:
        jobs = 1  # a pipeline object is not shipped to worker processes
    if jobs <= 1 or len(tasks) <= 1:
        for chunk in _chunks(tasks, PARSE_BATCH):
            yield from analyse_many(chunk)
        return
    with warnings.catch_warnings():
        # Python 3.12+ warns about fork() whenever the OS reports another thread (e.g. one a
        # C library started); the check above already ruled out Python threads.
        warnings.simplefilter("ignore", DeprecationWarning)
        context = _context()
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(tasks)),
            mp_context=context,
            initializer=_install,
            initargs=(source_sets,),
        ) as pool:
            # Several articles per message (fewer round trips to the workers), parsed
            # together (analyse_many).
            size = max(1, min(PARSE_BATCH, len(tasks) // (4 * jobs)))
            for reports in pool.map(analyse_many, _chunks(tasks, size)):
                yield from reports


# --------------------------------------------------------------------------- the run


def _pairs(art: ArticleReport) -> list[tuple[Finding, QuoteResult | None]]:
    out: list[tuple[Finding, QuoteResult | None]] = [(f, None) for f in art.findings]
    for q in art.quotes:
        out.extend((f, q) for f in q.findings)
    out.sort(key=lambda p: (p[0].start, p[0].code, p[0].end))
    return out


class Linter:
    """Runs quotecheck over files and folders with one configuration."""

    def __init__(self, loaded: LoadedConfig, options: LintOptions | None = None) -> None:
        """Prepare the rule engine and the cache for ``loaded``."""
        self.loaded = loaded
        self.config = loaded.config
        self.root = loaded.root.resolve()
        self.options = options or LintOptions()
        self.engine = RuleEngine(self.config)
        self._notes: list[str] = []
        self.cache = None
        if self.options.use_cache and self.config.cache:
            folder = self._own_path("cache_dir", kind="folder", must_exist=False)
            if tracked_by_git(folder, self.root):
                self._notes.append(
                    f"the cache folder {self.config.cache_dir!r} is tracked by git: a committed "
                    "cache is never used (it could hold forged results); remove it from git"
                )
            else:
                self.cache = ResultCache(folder)
        for name in self.config.alias_files:
            self._own_path("alias_files", name, max_bytes=self.config.max_file_bytes)
        self._source_memo: dict[tuple[Path, str], Source | str] = {}
        self._digests: dict[int, tuple[Source, str]] = {}
        self._resolved: dict[tuple[str, str], Path | Problem] = {}
        # per group of articles declaring the same sources (declared.Declarations.group):
        # what resolving them gave, and their key; computed once per run, not per article
        self._groups: dict[tuple[str, ...], Declarations] = {}
        self._group_sources: dict[tuple[str, ...], _GroupSources] = {}

    # ---- preparation

    def _own_path(
        self,
        key: str,
        value: str | None = None,
        *,
        kind: str = "file",
        must_exist: bool = True,
        max_bytes: int | None = None,
    ) -> Path:
        """The path configuration ``key`` names (``value`` for one item of a list), confined
        to the repository unless the operator gave it (command line, environment); a file to
        read must be a regular file within ``max_bytes`` either way."""
        name = value if value is not None else str(getattr(self.config, key))
        path = self.loaded.root / name
        operator = key in self.loaded.operator
        return confine(
            path,
            Path(path.anchor) if operator else self.root,
            what=key.replace("_", "-"),
            kind=kind,
            must_exist=must_exist,
            max_bytes=max_bytes,
        )

    def _prepare(self, path: Path, walked: bool = True) -> _Article:
        art = _Article(path=path, display=display_path(path, self.root))
        try:
            lexical = os.path.abspath(path)
            if walked or inside(lexical, self.root) or inside(lexical, self.loaded.root):
                # read on the repository's behalf: a symlink out, .git/ or a device is refused
                confine(path, self.root, what="article", max_bytes=self.config.max_file_bytes)
            art.raw = read_text(path, max_bytes=self.config.max_file_bytes)
            # before the document is built: masking 19 MB of marks alone took a minute
            refuse_too_long(
                art.raw,
                path=art.display,
                limit=PIPELINE_MAX_LENGTH,
                markup=detect_format(art.display) == "html",
            )
            # building the document and resolving its declarations count against its budget
            with time_budget(self.config.time_budget or None, path=art.display):
                art.doc = make_document(art.raw, path=art.display)
                art.decl = declarations(
                    art.doc.meta,
                    doc_format=art.doc.format,
                    article=path,
                    display=art.display,
                    root=self.root,
                    config=self.config,
                    resolved=self._resolved,
                    groups=self._groups,
                )
        except InputError as exc:
            art.error = str(exc).replace(art.display, str(path), 1)
        return art

    def _declared_source_files(self, articles: Sequence[_Article]) -> set[Path]:
        out = {s.path for a in articles for s in a.decl.sources}
        for specs in self.config.sources.values():
            for spec in specs:
                # the run's memo: the articles' declarations resolved most of these already
                key = (spec.path, "")
                if key not in self._resolved:
                    self._resolved[key] = resolve_path(spec.path, "", self.root)
                found = self._resolved[key]
                if isinstance(found, Path):
                    out.add(found)
        out.update(real_path(p) for p in self.options.extra_sources)
        return out

    def _load_source(self, path: Path, display: str, spec: SourceSpec) -> Source | str:
        key = (path, spec.model_dump_json())
        if key not in self._source_memo:
            try:
                self._source_memo[key] = load_source(
                    path,
                    id=spec.id or display,
                    display=display,
                    speaker=spec.speaker,
                    aliases=spec.aliases,
                    kind=spec.kind,
                    language=spec.lang,
                    fmt=spec.format,
                    url=spec.url,
                    occasion=spec.occasion,
                    date=spec.date,
                    max_bytes=self.config.max_file_bytes,
                )
            except QuotecheckError as exc:
                self._source_memo[key] = str(exc)
        return self._source_memo[key]

    def _extra_sources(self) -> list[Source]:
        out = []
        for p in self.options.extra_sources:
            shown = display_path(p, self.root)
            out.append(
                load_source(
                    p,
                    display=shown,
                    speaker=self.options.speaker,
                    max_bytes=self.config.max_file_bytes,
                ).model_copy(update={"shared": True})  # --source: given for every article
            )
        out.extend(self.options.extra_source_objects)
        return out

    def _load_declared(self, decl: Declarations) -> _GroupSources:
        """The sources ``decl`` declares, read (each file once per run), and the problems to
        place in the article: unreadable (QC501) or without a speaker (QC503)."""
        out = _GroupSources()
        for resolved in decl.sources:
            got = self._load_source(resolved.path, resolved.display, resolved.spec)
            if isinstance(got, str):
                out.problems.append(
                    (
                        "QC501",
                        f"source {resolved.spec.path!r} cannot be read: {got}",
                        resolved.spec.path,
                    )
                )
                continue
            if got.speaker and got.speaker in decl.aliases:
                merged = tuple(dict.fromkeys((*got.aliases, *decl.aliases[got.speaker])))
                got = got.model_copy(update={"aliases": merged})
            if got.speaker is None and not any(t.speaker for t in got.turns):
                # a timed transcript whose voices are placeholders ("SPEAKER_01")
                voices = got.format == "transcript-json" and any(not t.quoted for t in got.turns)
                out.problems.append(
                    (
                        "QC503",
                        f"source {resolved.display!r} has no speaker: declare 'speaker:' in the "
                        "article's source entry or the source's front matter"
                        + (
                            ', or name its voices in the transcript\'s "speakers" map'
                            if voices
                            else ""
                        ),
                        resolved.spec.path,
                    )
                )
            out.sources.append(got)
        return out

    def _resolve_sources(self, art: _Article, extra: list[Source]) -> None:
        assert art.doc is not None
        raw = art.raw
        head_end = art.doc.body_start if art.doc.format != "html" else len(raw)
        starts = line_starts(raw)  # once: not per finding (100k declared sources)
        cursor = 0
        found: dict[str, int] = {}

        def place(code: str, message: str, needle: str) -> None:
            # Declarations are placed in the order they are written: each search starts where
            # the last one ended, and a needle is looked for from the top once at most.
            nonlocal cursor
            at = found.get(needle, -1) if needle else -1
            if needle and needle not in found:
                at = raw.find(needle, cursor, head_end)
                if at < 0:
                    at = raw.find(needle, 0, head_end)
                found[needle] = at
            if at >= cursor:
                cursor = at + len(needle)
            start, end = (at, at + len(needle)) if at >= 0 else (0, 0)
            art.problems.append(span_finding(code, message, raw, start, end, starts))

        for problem in art.decl.problems:
            place(problem.code, problem.message, problem.needle)
        group = art.decl.group if not art.decl.aliases else None
        loaded = self._group_sources.get(group) if group is not None else None
        if loaded is None:
            loaded = self._load_declared(art.decl)
            if group is not None:
                self._group_sources[group] = loaded
        for code, message, needle in loaded.problems:
            place(code, message, needle)
        sources = loaded.sources
        art.group = group
        art.sources = [*sources, *extra]
        # The article's declared language, unless the operator named one (--language, the
        # environment): theirs wins, but "auto" never detects over a declaration (docs/cli.md).
        declared = art.decl.language
        if "language" in self.loaded.operator and self.config.language != AUTO_LANGUAGE:
            declared = None
        if self.options.settings is not None:
            settings = self.options.settings
            if declared:  # validated, so the code is spelled as every other route's
                settings = settings.model_validate({**dict(settings), "language": declared})
        else:
            settings = self.config.settings(self.root, language=declared)
        if self.cache is not None:  # source tokens cached beside the results
            settings = settings.model_copy(update={"cache_dir": self.cache.folder})
        else:
            settings = settings.model_copy(update={"index_cache_enabled": False})
        art.settings = settings

    # ---- the run

    def run(self, paths: Sequence[Path]) -> LintResult:
        """Check the files and folders in ``paths``."""
        stats = LintStats()
        notes: list[str] = list(self._notes)
        candidates = discover(
            paths, self.root, self.config, force_exclude=self.options.force_exclude
        )
        prepared = [(c, self._prepare(c.path, c.walked)) for c in candidates]
        declared = self._declared_source_files([a for _, a in prepared])
        articles = [
            a
            for c, a in prepared
            if not (
                (c.walked or self.options.force_exclude)
                and (a.decl.is_source or real_path(c.path) in declared)
            )
        ]
        if self.options.changed_since is not None:
            changed = changed_files(self.options.changed_since, self.root)
            everything = self.loaded.path is not None and self.loaded.path.resolve() in changed
            keep = []
            for a in articles:
                touched = {real_path(a.path), *(s.path for s in a.decl.sources)}
                touched.update(real_path(p) for p in self.options.extra_sources)
                if everything or touched & changed:
                    keep.append(a)
            stats.unchanged = len(articles) - len(keep)
            articles = keep
        extra = self._extra_sources()
        for a in articles:
            if a.error is None:
                self._resolve_sources(a, extra)
        stats.articles = len(articles)

        bases: dict[int, ArticleReport] = {}
        tasks: list[Task] = []
        source_sets: dict[str, list[Source]] = {}
        task_of: list[tuple[int, str | None]] = []
        done = 0
        for i, a in enumerate(articles):
            if a.error is not None or a.doc is None or a.settings is None:
                bases[i] = ArticleReport(
                    path=a.display, language=self.config.language, error=a.error
                )
                continue
            skey = self._group_key(a)
            source_sets.setdefault(skey, a.sources)
            key = None
            if self.cache is not None:
                key = cache_key(
                    display=a.display,
                    fmt=a.doc.format,
                    raw=a.raw,
                    sources=skey,
                    settings=a.settings,
                )
                hit = self.cache.get(key)
                if hit is not None:
                    bases[i] = hit
                    stats.cached += 1
                    continue
            tasks.append((a.display, a.raw, a.doc.format, skey, a.settings))
            task_of.append((i, key))
        for i in bases:
            done += 1
            self._tick(done, len(articles), articles[i].display)
        for (i, key), got in zip(
            task_of,
            _run_tasks(tasks, self.options.jobs, source_sets, self.options.nlp),
            strict=True,
        ):
            stats.analysed += 1
            bases[i] = got
            if self.cache is not None and key is not None and got.error is None:
                self.cache.put(key, got)
            done += 1
            self._tick(done, len(articles), articles[i].display)

        baseline = Baseline.load(self.options.baseline) if self.options.baseline else None
        current = Baseline()
        used: dict[str, Counter[str]] = {}
        baselined = 0
        out: list[ArticleReport] = []
        for i, a in enumerate(articles):
            report = bases[i]
            if report.error is None:
                # rule engine, suppressions and baseline keys count against the article's
                # budget too (a fresh one: the analysis may have run in a worker process)
                seconds = self.config.time_budget or None
                try:
                    with time_budget(seconds, path=a.display):
                        report, hidden = self._finish(a, report, current, baseline, used)
                    baselined += hidden
                except TimeBudgetExceeded as exc:
                    current.entries.pop(a.display, None)
                    report = ArticleReport(path=a.display, language=report.language, error=str(exc))
            out.append(report)
        unsourced = [a for a in articles if a.error is None and not a.sources]
        # Sources declared but none readable (QC501/QC502 name each) are not a missing
        # declaration: the note says which of the two it is (red team 23, CI).
        unread = [a.display for a in unsourced if a.decl.sources or a.decl.problems]
        undeclared = [a.display for a in unsourced if not (a.decl.sources or a.decl.problems)]
        if undeclared:
            shown = ", ".join(undeclared[:3]) + (" …" if len(undeclared) > 3 else "")
            notes.append(
                f"{len(undeclared)} article(s) have no usable sources ({shown}): declare them "
                "in front matter or [tool.quotecheck.sources]; their quotes cannot be checked"
            )
        if unread:
            shown = ", ".join(unread[:3]) + (" …" if len(unread) > 3 else "")
            notes.append(
                f"{len(unread)} article(s) have no usable sources ({shown}): none of the "
                "sources they declare could be read (QC501/QC502 say why); their quotes "
                "cannot be checked"
            )
        misplaced = [a.display for a in unsourced if a.decl.top_level_sources]
        if misplaced:
            shown = ", ".join(misplaced[:3]) + (" …" if len(misplaced) > 3 else "")
            notes.append(
                f"{shown}: the front matter's top-level 'sources:' is not read; "
                "indent it under a 'quotecheck:' key"
            )
        stale = (
            baseline.stale(used, [a.display for a in articles if a.error is None])
            if baseline
            else Baseline()
        )
        return LintResult(
            report=Report(tool=ToolInfo(version=__version__), articles=tuple(out)),
            root=self.root,
            stats=stats,
            current=current,
            baselined=baselined,
            stale=stale,
            notes=notes,
        )

    def _group_key(self, a: _Article) -> str:
        """The sources key of ``a``: once per group of articles declaring the same sources."""
        loaded = self._group_sources.get(a.group) if a.group is not None else None
        if loaded is None:
            return self._sources_key(a.sources)
        if loaded.key is None:
            loaded.key = self._sources_key(a.sources)
        return loaded.key

    def _sources_key(self, sources: Sequence[Source]) -> str:
        """The key of an article's sources; each source is hashed once per run."""
        digests = []
        for s in sources:
            d = self._digests.get(id(s))
            if d is None or d[0] is not s:
                d = (s, source_digest(s))
                self._digests[id(s)] = d
            digests.append(d[1])
        return sources_key(digests)

    def _tick(self, done: int, total: int, display: str) -> None:
        if self.options.progress is not None:
            self.options.progress(done, total, display)

    def _finish(
        self,
        a: _Article,
        report: ArticleReport,
        current: Baseline,
        baseline: Baseline | None,
        used: dict[str, Counter[str]],
    ) -> tuple[ArticleReport, int]:
        """Rule selection, suppressions and baseline for one analysed article."""
        report = self.engine.apply(report, a.display, extra=a.problems)
        pairs = _pairs(report)
        result = apply_suppressions(
            a.raw,
            [f for f, _ in pairs],
            enabled=lambda code: self.engine.enabled(code, a.display),
            require_reason=self.config.require_reason,
        )
        if result.suppressed:
            gone = {id(pairs[i][0]) for i in result.suppressed}
            report = map_findings(report, lambda f, _q: None if id(f) in gone else f)
            report = _record_suppressions(report, pairs, result.reasons)
        if result.hygiene:
            hygiene = self.engine.keep(result.hygiene, a.display)
            report = report.model_copy(update={"findings": (*report.findings, *hygiene)})
        budget = baseline.budget(a.display) if baseline else Counter[str]()
        mine = used.setdefault(a.display, Counter())
        hidden: set[int] = set()
        for n, (f, q) in enumerate(_pairs(report)):
            if n % 1024 == 0:
                checkpoint("applying the baseline")
            key = finding_key(f, q, a.raw)
            text = q.text if q is not None else a.raw[f.start : f.end] or f.message
            current.add(a.display, key, f.code, text)
            if budget[key] > 0:
                budget[key] -= 1
                mine[key] += 1
                hidden.add(id(f))
        if hidden:
            report = map_findings(report, lambda f, _q: None if id(f) in hidden else f)
        return report, len(hidden)


def _record_suppressions(
    report: ArticleReport,
    pairs: list[tuple[Finding, QuoteResult | None]],
    reasons: dict[int, str],
) -> ArticleReport:
    """Each quote keeps what was suppressed on it and why (the report shows it)."""
    by_quote: dict[tuple[int, int], list[Suppression]] = {}
    for i, reason in sorted(reasons.items()):
        finding, quote = pairs[i]
        if quote is not None:
            by_quote.setdefault((quote.start, quote.end), []).append(
                Suppression(code=finding.code, name=finding.name, reason=reason)
            )
    if not by_quote:
        return report
    quotes = tuple(
        q.model_copy(update={"suppressed": (*q.suppressed, *by_quote[(q.start, q.end)])})
        if (q.start, q.end) in by_quote
        else q
        for q in report.quotes
    )
    return report.model_copy(update={"quotes": quotes})


def default_workers(jobs: int) -> int:
    """``jobs``, with 0 meaning one worker per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)
