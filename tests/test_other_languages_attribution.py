"""French, Spanish and Russian attribution with their own word lists (blank pipelines, token
patterns): "a déclaré X", "X a déclaré :", "selon X", a lower-case role noun before the name,
a several-word "according to" phrase, spaced French guillemets (cases in
``tests/fixtures/attribution/other_frames.yml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from quotecheck.extract import extract_quotes

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "attribution" / "other_frames.yml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['lang']}-{c['quote']}")
def test_frame(case: dict[str, Any]) -> None:
    quotes = [
        q
        for q in extract_quotes(case["text"], language=case["lang"])
        if q.text.strip().startswith(case["quote"])
    ]
    assert len(quotes) == 1, [q.text for q in extract_quotes(case["text"], language=case["lang"])]
    att = quotes[0].attribution
    assert att.speaker == case["speaker"], att
    if "mention" in case:
        assert att.mention == case["mention"], att
