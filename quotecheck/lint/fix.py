"""``quotecheck check --fix``: apply the suggested fixes (:mod:`quotecheck.fixes`) in place.

Only when asked, only the characters between a quote's marks, and nothing else of the file:
the bytes are decoded as the pipeline decoded them (UTF-8 with or without a BOM, UTF-16 with a
BOM), the fixes are applied by offset, and the text is encoded back with the same encoding and
byte-order mark.  A fix whose old words are no longer at its offsets (the file changed since
the check) is skipped, and so is a quote whose rewrite is not safe (:func:`unsafe_fixes`
says why, for the caller to tell).  The file is replaced atomically and keeps its permission
bits; a disk that refuses leaves the old file as it was.  An article that is a symlink is
fixed where the link leads (the file that was read), and the link stays.
"""

from __future__ import annotations

from pathlib import Path

from quotecheck.fixes import FixRefusal, QuoteFix, apply_fixes, fixes_for, refusals_for
from quotecheck.inputs.text import decode_bytes, encode_like, read_bytes
from quotecheck.models import ArticleReport
from quotecheck.paths import write_atomically

__all__ = ["fix_article", "unsafe_fixes"]


def fix_article(path: Path, article: ArticleReport) -> list[QuoteFix]:
    """Apply the fixes of ``article``'s quotes to the file at ``path``; the fixes applied.

    Raises :class:`OSError` when the file cannot be read or written (the old file survives).
    """
    data = read_bytes(path)
    raw = decode_bytes(data, path=str(path))
    fixes = fixes_for(
        article.quotes, raw, article.language
    )  # none for a quote whose text changed since
    if not fixes:
        return []
    fixed = encode_like(apply_fixes(raw, fixes), data)
    write_atomically(
        path, lambda f: f.write(fixed), keep_mode=True, durable=True, follow_links=True
    )
    return fixes


def unsafe_fixes(path: Path, article: ArticleReport) -> list[FixRefusal]:
    """The quotes of ``article`` (the file at ``path``) that :func:`fix_article` leaves alone
    because their rewrite is not safe, and why.

    Raises :class:`OSError` when the file cannot be read.
    """
    raw = decode_bytes(read_bytes(path), path=str(path))
    return refusals_for(article.quotes, raw, article.language)
