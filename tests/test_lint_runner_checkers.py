"""A chunk of lint tasks resolves each article's checker once, and every article is checked by
the checker that parsed it ahead, however many settings the chunk holds (the process keeps
only the last 16 checkers)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

import pytest

import quotecheck.lint.runner as runner
from quotecheck.config import Settings
from quotecheck.inputs.document import Document
from quotecheck.models import ArticleReport

ARTICLES = (
    "The ferry captain said “we leave at dawn, whatever the tide does”.",
    "“Nobody told us the bridge was closing,” a cyclist complained.",
    "Asked about the orchard, the mayor said “the apples stay where they are”.",
)


class CountingChecker:
    """Stands in for :class:`quotecheck.api.Checker`: remembers what it parsed ahead."""

    built: ClassVar[list[CountingChecker]] = []

    def __init__(self, sources: list[Any], settings: Settings, nlp: Any = None) -> None:
        self.settings = settings
        self.ahead: set[int] = set()
        self.checked: list[tuple[Document, bool]] = []
        CountingChecker.built.append(self)

    def parse_ahead(self, documents: Sequence[Document]) -> Any:
        @contextmanager
        def block() -> Iterator[None]:
            self.ahead.update(id(d) for d in documents)
            yield
            self.ahead.difference_update(id(d) for d in documents)

        return block()

    def check_document(self, document: Document) -> ArticleReport:
        self.checked.append((document, id(document) in self.ahead))
        return ArticleReport(path=document.path or "", language=self.settings.language)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[CountingChecker]:
    monkeypatch.setattr(runner, "Checker", CountingChecker)
    monkeypatch.setattr(runner, "_CHECKERS", OrderedDict())
    monkeypatch.setattr(runner, "_SOURCE_SETS", {"none": []})
    monkeypatch.setattr(CountingChecker, "built", [])
    return CountingChecker


@pytest.mark.parametrize(
    ("kinds", "repeats"),
    [(1, 3), (2, 2), (16, 2), (17, 2), (20, 1), (30, 2)],
    ids=lambda v: str(v),
)
def test_each_article_is_checked_by_the_checker_that_parsed_it_ahead(
    counting: type[CountingChecker], monkeypatch: pytest.MonkeyPatch, kinds: int, repeats: int
) -> None:
    lookups: list[str] = []
    real = runner._checker

    def looked_up(sources_key: str, settings: Settings) -> Any:
        lookups.append(sources_key)
        return real(sources_key, settings)

    monkeypatch.setattr(runner, "_checker", looked_up)
    settings = [Settings(time_budget=10.0 + k) for k in range(kinds)]
    tasks: list[runner.Task] = [
        (f"a{r}-{k}.txt", ARTICLES[(r + k) % len(ARTICLES)], "text", "none", settings[k])
        for r in range(repeats)
        for k in range(kinds)
    ]
    reports = runner.analyse_many(tasks)

    assert [r.path for r in reports] == [t[0] for t in tasks]
    assert len(lookups) == kinds  # resolved once per settings, not once more per check
    assert len(counting.built) == kinds  # one checker per settings, not one per lookup
    checked = [(d.path, ahead) for c in counting.built for d, ahead in c.checked]
    assert sorted(checked) == sorted((t[0], True) for t in tasks)
    for checker in counting.built:  # and each with its own settings
        assert {d.path for d, _ in checker.checked} == {
            t[0] for t in tasks if t[4] is checker.settings
        }


@pytest.mark.parametrize("kinds", [1, 17])
def test_a_checker_that_cannot_be_built_is_that_articles_error_alone(
    counting: type[CountingChecker], monkeypatch: pytest.MonkeyPatch, kinds: int
) -> None:
    settings = [Settings(time_budget=10.0 + k) for k in range(kinds)]
    tasks: list[runner.Task] = [
        (f"b{k}.txt", ARTICLES[k % len(ARTICLES)], "text", "none", settings[k])
        for k in range(kinds)
    ]
    tasks.append(("lost.txt", ARTICLES[0], "text", "missing", settings[0]))
    reports = runner.analyse_many(tasks)
    assert [r.error is None for r in reports] == [True] * kinds + [False]
    assert "lost.txt" in (reports[-1].error or "")
