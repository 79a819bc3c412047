"""The stable JSON contract (``schema_version`` 1): the report model dumped as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.models import Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions


def render(report: Report, options: FormatOptions) -> str:
    """The report as one JSON object (see ``docs/json-contract.md``)."""
    return report.model_dump_json(indent=2) + "\n"
