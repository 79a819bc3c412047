"""Fuzz the whole pipeline with spaCy: extraction, attribution, matching and scoring.

    pip install atheris
    python tests/fuzz/fuzz_extract.py -max_total_time=3600 -max_len=2048 tests/fuzz/corpus/extract

Each input is an article (text, Markdown or HTML) checked with :func:`quotecheck.check_text`
against a small source; only :class:`quotecheck.errors.QuotecheckError` may escape, every
offset must slice the raw text to the reported quote, and the JSON report must serialise.
See tests/fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["quotecheck"]):
    import quotecheck
    from quotecheck.errors import QuotecheckError
    from quotecheck.extract.nlp import load_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from _common import check_report

NLP = load_pipeline("en")
SOURCE = quotecheck.make_source(
    "Statement by Ida Varga. We will not close the ferry line in May. "
    "The pier carries 3,100 cars a day. Nobody loses a job.",
    speaker="Ida Varga",
    id="ferry",
)
FORMATS = ("text", "markdown", "html")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fmt = FORMATS[fdp.ConsumeIntInRange(0, 2)]
    second = fdp.ConsumeBool()
    raw = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    sources = [SOURCE]
    if second:  # the article is also a source: every quote has a counterpart
        with contextlib.suppress(QuotecheckError):
            sources.append(quotecheck.make_source(raw, id="self", speaker="Ida Varga"))
    try:
        report = quotecheck.check_text(raw, sources=sources, fmt=fmt, nlp=NLP)
    except QuotecheckError:
        return
    check_report(raw, report)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
