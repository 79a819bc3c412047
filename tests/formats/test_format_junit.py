"""JUnit XML: parsable, one suite per article, one case per quote, unique names, escaping."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from quotecheck.formats import FormatOptions, render
from quotecheck.formats.junit import NAME_LIMIT, case_name, xml_safe
from quotecheck.models import Level, Report, ToolInfo

# Attributes the strict Jenkins (Ant) JUnit schema allows on each element.
JENKINS_ATTRIBUTES = {
    "testsuites": {"name", "time", "tests", "failures", "errors", "disabled"},
    "testsuite": {
        "name",
        "tests",
        "failures",
        "errors",
        "time",
        "disabled",
        "skipped",
        "timestamp",
        "hostname",
        "id",
        "package",
        "file",
        "log",
        "url",
        "version",
        "group",
    },
    "testcase": {"name", "assertions", "time", "classname", "status", "group"},
    "failure": {"type", "message"},
    "error": {"type", "message"},
    "system-out": set(),
}


def tree(sample: Any, fail_level: Level = Level.INFO) -> ET.Element:
    """The sample rendered as JUnit XML and parsed (every finding fails at ``info``)."""
    options = dataclasses.replace(sample.options, fail_level=fail_level)
    out = render(sample.report, "junit", options)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(out.encode("utf-8"))


def suites(sample: Any) -> dict[str, ET.Element]:
    """Test suites by name."""
    return {suite.get("name", ""): suite for suite in tree(sample).iter("testsuite")}


def test_parses_with_one_suite_per_article(sample: Any) -> None:
    root = tree(sample)
    assert root.tag == "testsuites"
    names = [suite.get("name", "") for suite in root.iter("testsuite")]
    assert names == sorted(names)
    assert set(names) == {
        "<stdin>",
        "articles/berlin.md",
        "articles/missing.md",
        "articles/odd, name: 100%.md",
    }
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("11", "9", "1")


def test_one_case_per_quote_with_unique_names(sample: Any) -> None:
    berlin = suites(sample)["articles/berlin.md"]
    cases = berlin.findall("testcase")
    names = [case.get("name") for case in cases]
    assert len(names) == len(set(names))
    assert names == [
        "(article)",
        "Grüße an alle Bürger",
        "We will construct the bridge next year.",
        "Wir zahlen 100 % 😀",
        "Wir zahlen 100 % 😀 (2)",
        "a disaster 𝄞 of a plan",
        "Taxes will rise, we will fund schools,",
        "We are ready,",
    ]
    assert (berlin.get("tests"), berlin.get("failures"), berlin.get("errors")) == ("8", "7", "0")


def test_passing_and_failing_cases(sample: Any) -> None:
    berlin = suites(sample)["articles/berlin.md"]
    cases = {case.get("name"): case for case in berlin.findall("testcase")}
    assert list(cases["We are ready,"]) == []
    failure = cases["Wir zahlen 100 % 😀 (2)"].find("failure")
    assert failure is not None
    assert failure.get("type") == "QC111"
    assert failure.get("message") == "QC111 number-changed: The source has no emoji, 100 % differs."
    assert failure.text is not None
    assert "articles/berlin.md:5:62: QC111 [error]" in failure.text
    assert "Source (sources/statement.txt): Wir zahlen 100 %" in failure.text
    article = cases["(article)"].find("failure")
    assert article is not None and article.get("type") == "QC150"


def test_unreadable_article_is_an_error(sample: Any) -> None:
    missing = suites(sample)["articles/missing.md"]
    (case,) = missing.findall("testcase")
    error = case.find("error")
    assert error is not None
    assert (error.get("type"), error.get("message")) == ("QC000", "file not found [E101]")
    assert missing.get("errors") == "1"


def test_control_characters_and_markup_are_escaped(sample: Any) -> None:
    memory = suites(sample)["<stdin>"]
    (case,) = memory.findall("testcase")
    assert case.get("name") == "bell\\x07 vt\\x0b esc\\x1b & <tag> \"quoted\" 'single'"
    failure = case.find("failure")
    assert failure is not None
    assert (
        failure.get("message") == "QC301 fabricated-quote: No counterpart: a < b & c > d \\x0c]]>"
    )


def test_newlines_in_attributes_survive(sample: Any) -> None:
    odd = suites(sample)["articles/odd, name: 100%.md"]
    failure = odd.find("testcase/failure")
    assert failure is not None
    assert failure.get("message", "").endswith("60%:\nsee the source, line 2\r\nend")


def test_helpers() -> None:
    assert xml_safe("a\x00b\ufffec\td\n") == "a\\x00b\\ufffec\td\n"
    assert case_name("  many\n  spaces ") == "many spaces"
    long = case_name("word " * 100)
    assert len(long) <= NAME_LIMIT and long.endswith("…")
    assert case_name("") == "(empty quote)"


def test_empty_report() -> None:
    out = render(Report(tool=ToolInfo(version="0.1.0")), "junit", FormatOptions())
    root = ET.fromstring(out.encode("utf-8"))
    assert (root.tag, root.get("tests"), list(root)) == ("testsuites", "0", [])


@pytest.mark.parametrize("fail_level", [Level.INFO, Level.WARNING, Level.ERROR])
def test_only_the_strict_jenkins_attributes(sample: Any, fail_level: Level) -> None:
    for el in tree(sample, fail_level).iter():
        assert set(el.attrib) <= JENKINS_ATTRIBUTES[el.tag], (el.tag, el.attrib)


def test_findings_below_the_fail_level_pass(sample: Any) -> None:
    # With the default fail level (error) a quote with only warnings or info findings is a
    # passing test whose findings are in <system-out>: CI green means no red test.
    counts = {}
    for level in (Level.INFO, Level.WARNING, Level.ERROR):
        root = tree(sample, level)
        counts[level] = int(root.get("failures", "0"))
        for case in root.iter("testcase"):
            assert case.find("failure") is None or case.find("system-out") is None
    assert counts[Level.INFO] > counts[Level.WARNING] > counts[Level.ERROR] > 0
    berlin = {c.get("name"): c for c in tree(sample, Level.ERROR).iter("testcase")}
    article = berlin["(article)"]  # QC150, a warning
    assert article.find("failure") is None
    out = article.find("system-out")
    assert out is not None and out.text is not None and "QC150 [warning]" in out.text
