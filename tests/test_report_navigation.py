"""The HTML report as a newsroom navigates it: a list of articles to jump to, filters by
level and rule, suppressed quotes shown with their reason, and chips readable in dark mode."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.formats.html import TEMPLATES

SOURCE = "---\nquotecheck:\n  speaker: Ann Lee\n---\nThe new library will hold 40,000 books.\n"
HEAD = "---\nquotecheck:\n  sources: [sources/lee.md]\n---\n"
BAD = '"The new library will hold 45,000 books," Ann Lee said.\n'
SUPPRESSED = (
    "<!-- quotecheck-disable-next-line QC111 QC101 -- the mayor corrected the figure on air -->\n"
    + BAD
)

# The ladder's own levels: these tests are about the lint mechanics, not calibration (a
# changed number, a cell the real-news set never produced, is a warning under the shipped
# table: docs/verdicts.md, *Cells with no evidence of their own*).
LADDER_LEVELS = "[score]\nerror-confidence = 0\n"


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, object]]:
    (tmp_path / "quotecheck.toml").write_text(LADDER_LEVELS, encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "lee.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.md").write_text(HEAD + BAD, encoding="utf-8")
    (tmp_path / "b.md").write_text(HEAD + SUPPRESSED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "a.md", "b.md", "--no-progress", "-q", "--report", "html=report.html",
          "--report", "json=report.json"])  # fmt: skip
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    return html, json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))


def test_article_list_links_every_article(page: tuple[str, dict[str, object]]) -> None:
    html, _ = page
    nav = re.search(r'<nav class="toc".*?</nav>', html, re.S)
    assert nav is not None
    links = re.findall(r'<a href="#(a\d+)">([^<]+)</a>', nav.group())
    assert [p for _, p in links] == ["a.md", "b.md"]
    for anchor, _ in links:
        assert f'<section class="article" id="{anchor}"' in html


def test_filters_by_level_and_rule(page: tuple[str, dict[str, object]]) -> None:
    html, _ = page
    assert '<select id="f-level"' in html and '<select id="f-rule"' in html
    rules = re.findall(r'<option value="(QC\d{3})">', html)
    assert "QC111" in rules and "QC101" in rules
    card = re.search(r'<li class="card v-altered[^"]*"[^>]*>', html)
    assert card is not None
    assert 'data-level="error"' in card.group() and "QC111" in card.group()
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    assert "f-level" in script and "f-rule" in script


def test_a_suppressed_quote_shows_its_reason(page: tuple[str, dict[str, object]]) -> None:
    html, report = page
    articles = report["articles"]  # type: ignore[index]
    (quote,) = next(a for a in articles if a["path"] == "b.md")["quotes"]  # type: ignore[index]
    assert quote["findings"] == []
    assert {(s["code"], s["reason"]) for s in quote["suppressed"]} == {
        ("QC101", "the mayor corrected the figure on air"),
        ("QC111", "the mayor corrected the figure on air"),
    }
    assert 'class="card v-altered f-' in html and ' suppressed"' in html
    assert "the mayor corrected the figure on air" in html


def _hex(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _mix(a: tuple[float, ...], b: tuple[float, ...], share: float) -> tuple[float, ...]:
    return tuple(share * x + (1 - share) * y for x, y in zip(a, b, strict=True))


def _luminance(c: tuple[float, ...]) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_mode_chips_are_readable() -> None:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    dark = css[css.index("@media (prefers-color-scheme: dark)") :]
    card = _hex(re.search(r"--card:\s*(#[0-9a-f]{6})", dark).group(1))  # type: ignore[union-attr]
    accents = dict(re.findall(r"\.v-([a-z_]+) \{ --v: (#[0-9a-f]{6}); \}", css))
    assert "fabricated" in accents and len(accents) >= 12
    chip_dark = re.search(
        r"@media \(prefers-color-scheme: dark\) \{[^@]*?\.chip \{ color: color-mix\(in srgb, "
        r"var\(--v\) (\d+)%, (#[0-9a-f]{6})\); \}",
        css,
    )
    assert chip_dark is not None, "no dark-mode colour for the verdict chips"
    share, toward = int(chip_dark.group(1)) / 100, _hex(chip_dark.group(2))
    for verdict, accent in accents.items():
        v = _hex(accent)
        text = _mix(v, toward, share)
        background = _mix(v, card, 0.12)  # .chip's background: var(--v) 12% on the card
        assert _contrast(text, background) >= 4.5, verdict
