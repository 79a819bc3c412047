"""Fuzz the input layer without spaCy: decoding, front matter, Markdown/HTML masking, the
quote-mark scanner, source reading and configuration parsing.

    pip install atheris
    python tests/fuzz/fuzz_inputs.py -max_total_time=3600 -max_len=4096 tests/fuzz/corpus/inputs

Only :class:`quotecheck.errors.QuotecheckError` may escape; everything else is a crash.
See tests/fuzz/README.md.
"""

from __future__ import annotations

import contextlib
import sys
import tomllib
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["quotecheck"]):
    from quotecheck.config import LintConfig, validate_config
    from quotecheck.errors import QuotecheckError
    from quotecheck.inputs.document import make_document
    from quotecheck.inputs.sources import make_source
    from quotecheck.inputs.text import decode_bytes
    from quotecheck.lang import get_language
    from quotecheck.lint.declared import declarations
    from quotecheck.scanner import scan

APOSTROPHES = get_language("en").apostrophe_words
ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("text", "markdown", "html")


def one_document(raw: str, fmt: str) -> None:
    try:
        doc = make_document(raw, path=f"a.{fmt}", fmt=fmt)
    except QuotecheckError:
        return
    assert len(doc.view) == len(raw)
    for a, b in doc.mark_spans.values():
        assert 0 <= a < b <= len(raw)
    result = scan(doc.view, mark_spans=doc.mark_spans, apostrophe_words=APOSTROPHES)
    for q in result.quotes:
        assert 0 <= q.open_start <= q.open_end <= q.close_start <= q.close_end <= len(raw)
    for p in result.problems:
        assert 0 <= p.start < p.end <= len(raw)
    with contextlib.suppress(QuotecheckError):
        declarations(
            doc.meta,
            doc_format=doc.format,
            article=ROOT / "docs" / "x.md",
            display="docs/x.md",
            root=ROOT,
            config=LintConfig(),
        )


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    if mode == 0:  # bytes as a file would give them
        try:
            raw = decode_bytes(rest, path="f")
        except QuotecheckError:
            return
    else:
        raw = rest.decode("utf-8", "surrogateescape" if mode == 3 else "replace")
    for fmt in FORMATS:
        one_document(raw, fmt)
    with contextlib.suppress(QuotecheckError):
        make_source(raw, id="s")
    try:
        table = tomllib.loads(raw)
    except (tomllib.TOMLDecodeError, RecursionError):
        return
    with contextlib.suppress(QuotecheckError):
        validate_config(table, "fuzz")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
