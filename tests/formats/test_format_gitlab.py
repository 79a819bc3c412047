"""GitLab Code Quality: required keys, severities, unique and stable fingerprints."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from quotecheck.formats import FormatOptions, render
from quotecheck.models import Report, ToolInfo


def issues(sample: Any) -> list[dict[str, Any]]:
    """The sample rendered as a Code Quality report and parsed."""
    out: list[dict[str, Any]] = json.loads(render(sample.report, "gitlab", sample.options))
    return out


def test_issue_shape(sample: Any) -> None:
    found = issues(sample)
    assert len(found) == 10
    for issue in found:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["description"].startswith(issue["check_name"] + " ")
        assert issue["check_name"].startswith("QC")
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["location"]["path"], str)
        lines = issue["location"]["lines"]
        assert 1 <= lines["begin"] <= lines["end"]


def test_severity_mapping(sample: Any) -> None:
    by_code = {issue["check_name"]: issue["severity"] for issue in issues(sample)}
    assert by_code["QC202"] == "info"
    assert by_code["QC101"] == "minor"
    assert by_code["QC111"] == "major"
    assert by_code["QC000"] == "critical"


def test_paths_are_relative_to_the_root(make_sample: Callable[..., Any]) -> None:
    sample = make_sample(absolute=True)
    paths = {issue["location"]["path"] for issue in issues(sample)}
    assert "articles/berlin.md" in paths
    assert not any(str(sample.root) in p for p in paths)


def test_fingerprints_unique_and_stable(make_sample: Callable[..., Any], base_article: str) -> None:
    before = issues(make_sample(name="before"))
    again = issues(make_sample(name="again"))
    edited = issues(make_sample(text="Vorspann ✨\n\n\n" + base_article, name="edited"))
    prints = [issue["fingerprint"] for issue in before]
    assert len(set(prints)) == len(prints)
    assert prints == [issue["fingerprint"] for issue in again]
    assert sorted(prints) == sorted(issue["fingerprint"] for issue in edited)
    begin_before = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in before}
    begin_after = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in edited}
    berlin = [i["fingerprint"] for i in before if i["location"]["path"] == "articles/berlin.md"]
    assert berlin
    assert all(begin_after[fp] == begin_before[fp] + 3 for fp in berlin)


def test_identical_quotes_get_different_fingerprints(sample: Any) -> None:
    twins = [issue for issue in issues(sample) if issue["check_name"] == "QC111"]
    assert len(twins) == 2
    assert twins[0]["fingerprint"] != twins[1]["fingerprint"]


def test_empty_report() -> None:
    out = render(Report(tool=ToolInfo(version="0.1.0")), "gitlab", FormatOptions())
    assert json.loads(out) == []
