"""Writing a benchmark's results: ``<stem>.json`` (numbers only, never data-set text) and
``<stem>.md`` beside it in one folder, the same way for every benchmark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["write_results"]


def write_results(
    folder: Path, stem: str, data: Any, markdown: str, *, ensure_ascii: bool = True
) -> tuple[Path, Path]:
    """Write ``data`` as indented JSON to ``folder/stem.json`` and ``markdown`` to
    ``folder/stem.md`` (UTF-8, the folder made if missing); returns both paths.
    ``ensure_ascii=False`` keeps non-ASCII letters readable (the translation benchmarks)."""
    folder.mkdir(parents=True, exist_ok=True)
    js, md = folder / f"{stem}.json", folder / f"{stem}.md"
    js.write_text(json.dumps(data, indent=2, ensure_ascii=ensure_ascii) + "\n", encoding="utf-8")
    md.write_text(markdown, encoding="utf-8")
    return js, md
