"""The rule catalogue: stable, well-formed codes and names."""

from __future__ import annotations

import re

from quotecheck.rules import FAMILIES, all_rules, get_rule


def test_codes_and_names_are_well_formed_and_unique() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert re.fullmatch(r"QC[1-6]\d\d", r.code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
        assert FAMILIES[r.code[2]] == r.family
        assert r.summary and r.explanation and r.passing and r.failing


def test_lookup_by_code_or_name() -> None:
    assert get_rule("qc101") is get_rule("altered-wording")
