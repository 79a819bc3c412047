"""``quotecheck check --fix``: apply the suggested fixes (:mod:`quotecheck.fixes`) in place.

Only when asked, only the characters between a quote's marks, and nothing else of the file:
the bytes are decoded as the pipeline decoded them (UTF-8 with or without a BOM, UTF-16 with a
BOM), the fixes are applied by offset, and the text is encoded back with the same encoding and
byte-order mark.  A fix whose old words are no longer at its offsets (the file changed since
the check) is skipped, and so is a quote whose rewrite is not safe (returned with the reason,
for the caller to tell).  The file is replaced atomically and keeps its permission
bits; a disk that refuses leaves the old file as it was.  An article that is a symlink is
fixed where the link leads (the file that was read), and the link stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from quotecheck.fixes import FixRefusal, QuoteFix, apply_fixes, article_format, plan_fix
from quotecheck.inputs.text import decode_bytes, encode_like, read_bytes
from quotecheck.models import ArticleReport
from quotecheck.paths import write_atomically

__all__ = ["ArticleFixes", "fix_article"]


class ArticleFixes(NamedTuple):
    """What :func:`fix_article` did to one file: the fixes applied, and the quotes it left
    alone because their rewrite is not safe (:func:`quotecheck.fixes.plan_fix` says why)."""

    applied: list[QuoteFix]
    refused: list[FixRefusal]


def fix_article(path: Path, article: ArticleReport) -> ArticleFixes:
    """Apply the safe fixes of ``article``'s quotes to the file at ``path``: the file is read
    once and each quote's fix planned once, so the refusals told are those of the text fixed.

    Raises :class:`OSError` when the file cannot be read or written (the old file survives).
    """
    data = read_bytes(path)
    raw = decode_bytes(data, path=str(path))
    # None for a quote whose text changed since the check, or that has no fix.
    fmt = article_format(str(path), raw)
    plans = [plan_fix(q, raw, article.language, fmt) for q in article.quotes]
    fixes = [p for p in plans if isinstance(p, QuoteFix)]
    refused = [p for p in plans if isinstance(p, FixRefusal)]
    if fixes:
        fixed = encode_like(apply_fixes(raw, fixes), data)
        write_atomically(
            path, lambda f: f.write(fixed), keep_mode=True, durable=True, follow_links=True
        )
    return ArticleFixes(fixes, refused)
