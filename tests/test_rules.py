"""The rule catalogue: stable, well-formed codes and names."""

from __future__ import annotations

import re

from quotecheck.rules import FAMILIES, all_rules, get_rule


def test_codes_and_names_are_well_formed_and_unique() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert re.fullmatch(r"QC[0-6]\d\d", r.code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
        assert FAMILIES[r.code[2]] == r.family
        assert r.summary and r.explanation and r.passing and r.failing


def test_lookup_by_code_or_name() -> None:
    assert get_rule("qc101") is get_rule("altered-wording")


def test_qc000_is_in_the_catalogue_but_never_dropped_or_relevelled() -> None:
    """An unreadable article is always reported, as an error, whatever the selection."""
    from quotecheck.config import LintConfig
    from quotecheck.lint.engine import RuleEngine
    from quotecheck.models import Level
    from quotecheck.rules import TOOL_ERROR, make_finding

    assert get_rule("article-error").code == TOOL_ERROR == "QC000"
    engine = RuleEngine(
        LintConfig(select=("QC1",), ignore=("QC0",), severity={"QC000": Level.INFO})
    )
    finding = make_finding(TOOL_ERROR, "file not found", start=0, end=0, line=1, column=1)
    assert engine.keep([finding], "a.md") == (finding,)
    assert engine.level(TOOL_ERROR) is Level.ERROR
