"""Baselines for gradual adoption: known findings that do not fail the run.

A baseline file (JSON) lists, per article, the findings that existed when it was written.  An
entry is keyed on a hash of the rule code, the normalised quote text (NFKC, case-folded,
typographic quote marks and dashes unified, whitespace collapsed), the matched source and the
speaker; article-level findings hash the normalised text of their span.  Line numbers are not
part of the key, so edits elsewhere in the article keep the entry matching.  Identical
findings in one article are counted.

Entries that no longer match any finding of an article that was checked are *stale*; ``quotecheck
baseline --prune`` removes them.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck._version import __version__
from quotecheck.errors import ConfigError, OutputError
from quotecheck.formats._common import normalize_for_fingerprint
from quotecheck.models import Finding, QuoteResult
from quotecheck.paths import write_atomically

__all__ = ["BASELINE_VERSION", "Baseline", "BaselineEntry", "finding_key"]

BASELINE_VERSION = 1


def finding_key(finding: Finding, quote: QuoteResult | None, raw: str | None) -> str:
    """The baseline key of a finding: rule, normalised quote, source and speaker."""
    if quote is not None:
        source = quote.match.source if quote.match else ""
        parts = [
            finding.code,
            normalize_for_fingerprint(quote.text),
            source,
            normalize_for_fingerprint(quote.speaker),
        ]
    else:
        span = raw[finding.start : finding.end] if raw is not None else ""
        parts = [finding.code, normalize_for_fingerprint(span or finding.message)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]


@dataclass
class BaselineEntry:
    """One known finding (``count`` identical ones) of an article."""

    key: str
    code: str
    text: str
    """The quote (or span) it concerns, for people reading the file."""
    count: int = 1


@dataclass
class Baseline:
    """Known findings by article path (relative to the root)."""

    entries: dict[str, dict[str, BaselineEntry]] = field(default_factory=dict)

    def add(self, path: str, key: str, code: str, text: str) -> None:
        """Record one finding."""
        per = self.entries.setdefault(path, {})
        if key in per:
            per[key].count += 1
        else:
            per[key] = BaselineEntry(key, code, " ".join(text.split())[:200])

    def __len__(self) -> int:
        return sum(e.count for per in self.entries.values() for e in per.values())

    def budget(self, path: str) -> Counter[str]:
        """How many findings of each key the baseline allows in ``path``."""
        return Counter({k: e.count for k, e in self.entries.get(path, {}).items()})

    def stale(self, used: dict[str, Counter[str]], checked: Iterable[str]) -> Baseline:
        """The part of the baseline the checked articles no longer produce."""
        out = Baseline()
        for path in checked:
            for key, entry in self.entries.get(path, {}).items():
                left = entry.count - used.get(path, Counter())[key]
                if left > 0:
                    out.entries.setdefault(path, {})[key] = BaselineEntry(
                        key, entry.code, entry.text, left
                    )
        return out

    def without(self, stale: Baseline) -> Baseline:
        """This baseline with ``stale`` entries removed (``baseline --prune``)."""
        out = Baseline()
        for path, per in self.entries.items():
            for key, entry in per.items():
                left = entry.count - (
                    stale.entries[path][key].count if key in stale.entries.get(path, {}) else 0
                )
                if left > 0:
                    out.entries.setdefault(path, {})[key] = BaselineEntry(
                        key, entry.code, entry.text, left
                    )
        return out

    def to_json(self) -> str:
        """The file contents: sorted, so that the file diffs well in review."""
        data: dict[str, Any] = {
            "version": BASELINE_VERSION,
            "tool": {"name": "quotecheck", "version": __version__},
            "articles": {
                path: [
                    {"key": e.key, "code": e.code, "count": e.count, "text": e.text}
                    for e in sorted(per.values(), key=lambda e: (e.code, e.key))
                ]
                for path, per in sorted(self.entries.items())
                if per
            },
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read a baseline file; a missing or malformed file is a :class:`ConfigError`."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(
                "no such baseline file; create it with 'quotecheck check --write-baseline'",
                path=str(path),
            ) from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ConfigError(f"cannot read the baseline: {exc}", path=str(path)) from exc
        out = cls()
        try:
            if data.get("version") != BASELINE_VERSION:
                raise ValueError(f"version {data.get('version')!r}, expected {BASELINE_VERSION}")
            for article, rows in data["articles"].items():
                for row in rows:
                    entry = BaselineEntry(
                        str(row["key"]),
                        str(row["code"]),
                        str(row.get("text", "")),
                        int(row["count"]),
                    )
                    out.entries.setdefault(str(article), {})[entry.key] = entry
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"not a quotecheck baseline file ({exc})", path=str(path)) from exc
        return out

    def write(self, path: Path) -> None:
        """Write the file atomically (:func:`write_file`)."""
        write_file(path, self.to_json(), what="the baseline")


def write_file(path: Path, text: str, *, what: str) -> None:
    """:func:`write_atomic`, with a disk error as an :class:`OutputError` naming ``what`` and
    the file (the old file is left as it was)."""
    try:
        write_atomic(path, text, durable=True, follow_links=True)
    except OSError as exc:
        raise OutputError(
            f"cannot write {what}: {exc.strerror or exc}; the previous file, if any, is unchanged",
            path=str(path),
        ) from exc


def write_atomic(
    path: Path, text: str, *, durable: bool = False, follow_links: bool = False
) -> None:
    """Write ``text`` to ``path`` atomically (:func:`quotecheck.paths.write_atomically`): a
    reader sees the old file or the new one, never part of one, and a full disk leaves the old
    file.  The new file keeps the old one's permission bits (a new file gets the umask's).
    ``durable`` flushes the data to the disk before the rename, and ``follow_links`` writes
    through a symlink at ``path`` (both for reports and baselines, not cache entries)."""
    write_atomically(
        path,
        lambda f: f.write(text.encode("utf-8")),
        keep_mode=True,
        durable=durable,
        follow_links=follow_links,
    )
