"""A speaker's title names no occasion (review 19-3): a source declared as "Prime Minister's
Questions" is not named by "Prime Minister Tomas Eld said" — the title is the speaker's,
and the chamber's question time comes every week — so a quote of an article dated weeks
later is of another occasion (doubt, QC302), not an alteration of that week's words.  A
title written as an owner ("at Prime Minister's Questions", "in the Mayor's budget
address") names the occasion as before.

Every sentence here is made up for these tests: an island state whose prime minister,
Tomas Eld, answered questions on Wednesday 4 February 2026, and a harbour town whose
mayor, Ida Renn, gave her budget address the same day; the articles are of 19 February.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.models import Verdict

EDL = "The new lighthouse keepers start work in March"
CHANGED = "The new lighthouse keepers start work in May"
RENN = "The harbour tax stays at four percent this year"
RENN_CHANGED = "The harbour tax stays at six percent this year"


def _check(
    tmp_path: Path, article: str, speaker: str, occasion: str, said: str
) -> quotecheck.QuoteResult:
    """The article's last quote, checked as the command line checks it: the source given
    for every article (``--source``), not declared by this one."""
    src = tmp_path / "eld.md"
    src.write_text(
        f"---\nspeaker: {speaker}\noccasion: {occasion}\ndate: 2026-02-04\n---\n\n"
        f"{said}. Nobody on the islands will be left without a light.\n",
        encoding="utf-8",
    )
    art = tmp_path / "story.md"
    art.write_text(
        f"---\ndate: 2026-02-19\n---\n\n# Keepers and taxes\n\n{article}\n", encoding="utf-8"
    )
    report = quotecheck.check([art], sources=[src], isolated=True)
    quotes = report.articles[0].quotes
    assert quotes, article
    return quotes[-1]


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"Prime Minister Tomas Eld said: “{CHANGED}.”",
            Verdict.UNVERIFIABLE,
            id="title before the name: another week's question time",
        ),
        pytest.param(
            f"Prime Minister Tomas Eld told MPs: “{CHANGED}.”",
            Verdict.UNVERIFIABLE,
            id="title and told MPs",
        ),
        pytest.param(
            f"Tomas Eld, the prime minister, said: “{CHANGED}.”",
            Verdict.UNVERIFIABLE,
            id="title in apposition",
        ),
        pytest.param(
            f"Tomas Eld, the Prime Minister, said: “{CHANGED}.”",
            Verdict.UNVERIFIABLE,
            id="capitalised title in apposition",
        ),
        pytest.param(
            f"At Prime Minister's Questions, Tomas Eld said: “{CHANGED}.”",
            Verdict.ALTERED,
            id="must stay: the occasion named by its name",
        ),
    ],
)
def test_a_prime_ministers_title_names_no_question_time(
    tmp_path: Path, article: str, verdict: Verdict
) -> None:
    got = _check(tmp_path, article, "Tomas Eld", "Prime Minister's Questions", EDL)
    assert got.verdict == verdict, got.findings


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"Asked again, Mayor Ida Renn said: “{RENN_CHANGED}.”",
            Verdict.UNVERIFIABLE,
            id="a mayor's title names no mayor's address",
        ),
        pytest.param(
            f"In the Mayor's budget address, Ida Renn said: “{RENN_CHANGED}.”",
            Verdict.ALTERED,
            id="must stay: the address named with its owner",
        ),
    ],
)
def test_a_mayors_title_names_no_mayors_address(
    tmp_path: Path, article: str, verdict: Verdict
) -> None:
    got = _check(tmp_path, article, "Ida Renn", "Mayor's budget address", RENN)
    assert got.verdict == verdict, got.findings
