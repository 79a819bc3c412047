"""A match's place in a PDF or a recording (``match.location``) in every human and CI format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.formats import FormatOptions, render
from quotecheck.formats._common import clock, location_label, location_link
from quotecheck.models import (
    ArticleReport,
    Finding,
    Level,
    Location,
    MatchInfo,
    QuoteResult,
    Report,
    ToolInfo,
    Verdict,
)

ARTICLE = 'She said: "We will raise the toll."\n'


def report(location: Location) -> Report:
    start = ARTICLE.index("We")
    end = ARTICLE.index('."') + 1
    finding = Finding(
        code="QC110",
        name="negation-changed",
        level=Level.ERROR,
        message="“” where the source has “not”",
        start=start,
        end=end,
        line=1,
        column=start + 1,
        quote_index=0,
    )
    q = QuoteResult(
        text=ARTICLE[start:end],
        start=start,
        end=end,
        line=1,
        column=start + 1,
        speaker="Ann Lee",
        speaker_mention="She",
        verdict=Verdict.ALTERED,
        similarity=0.8,
        match=MatchInfo(
            source="sources/hearing.srt",
            start=10,
            end=37,
            text="We will not raise the toll.",
            speaker="Ann Lee",
            location=location,
        ),
        codes=("QC110",),
        findings=(finding,),
    )
    return Report(
        tool=ToolInfo(version="0"),
        articles=(ArticleReport(path="article.md", quotes=(q,)),),
    )


PDF = Location(page=2, line=14, url="https://example.org/s.pdf#page=2")
MEDIA = Location(start_time=872.0, end_time=881.5, url="https://video.example/w?v=1&t=872")


@pytest.mark.parametrize(
    ("location", "label"),
    [
        (PDF, "p. 2, l. 14"),
        (Location(page=3), "p. 3"),
        (MEDIA, "00:14:32–00:14:41"),
        (Location(start_time=3.2, end_time=3.9), "00:00:03"),
        (Location(), ""),
        (None, ""),
    ],
)
def test_location_label(location: Location | None, label: str) -> None:
    assert location_label(location) == label


def test_clock_and_links() -> None:
    assert clock(3725.9) == "01:02:05"
    assert location_link(PDF) == PDF.url
    assert location_link(Location(page=1, url="javascript:alert(1)")) is None


@pytest.mark.parametrize(
    ("location", "label"), [(PDF, "p. 2, l. 14"), (MEDIA, "00:14:32–00:14:41")]
)
@pytest.mark.parametrize("fmt", ["full", "sarif", "rdjson", "rdjsonl", "html", "json"])
def test_formats_show_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, location: Location, label: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    out = render(report(location), fmt, FormatOptions(root=tmp_path))
    if fmt == "json":
        got = json.loads(out)["articles"][0]["quotes"][0]["match"]["location"]
        assert got == location.model_dump()
        return
    assert label in out
    if fmt == "html":
        assert f'href="{location.url.replace("&", "&amp;")}"' in out  # type: ignore[union-attr]
    if fmt == "sarif":
        result = json.loads(out)["runs"][0]["results"][0]
        assert label in result["message"]["text"]
        assert result["relatedLocations"][0]["message"]["text"].endswith(label)
        assert "region" not in result["relatedLocations"][0]["physicalLocation"]


def test_explain_shows_the_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck.formats.explain import explain

    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    out = explain(report(MEDIA), options=FormatOptions(root=tmp_path))
    assert "sources/hearing.srt · 00:14:32–00:14:41" in out
