"""Words a written source without a speaker of its own (a town's press release, no
``speaker:``) quotes and credits by name, in their own sentence, are that person's (red team
20 F8): an article that gives them to someone else by name is `misattributed`, one that gives
them to the person credited is faithful (second-hand, QC206) — also when the article writes
the surname only and the release the whole name.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee and the
head of its ferry board, Cy Moss.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

RELEASE = """NEWS RELEASE, Port Wenlow town hall

Night ferry returns in May

PORT WENLOW — The night ferry to the islands will run again from May, the town hall said today.

“The islands deserve a ferry that runs after dark,” said Mayor Ann Lee.

“Tickets will cost the same as by day,” she added.

“Our crews have trained all winter for the night crossings,” said Cy Moss, chair of the ferry board.
"""

LEDE = "PORT WENLOW — Mayor Ann Lee said on Monday that the night ferry would return.\n\n"

LEE_WORDS = "The islands deserve a ferry that runs after dark."
MOSS_WORDS = "Our crews have trained all winter for the night crossings."


def _first(article: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(RELEASE, id="release.txt")
    report = quotecheck.check_text(LEDE + article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "verdict", "present", "absent"),
    [
        pytest.param(
            f"Lee said: “{MOSS_WORDS}”",
            Verdict.MISATTRIBUTED,
            {"QC201"},
            {"QC206"},
            id="the chair's words given to the mayor: misattributed",
        ),
        pytest.param(
            f"Moss said: “{LEE_WORDS}”",
            Verdict.MISATTRIBUTED,
            {"QC201"},
            {"QC206"},
            id="the mayor's words given to the chair, the mayor in the lede: misattributed",
        ),
        pytest.param(
            f"“{MOSS_WORDS}” Moss said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="surname only against the whole name: his",
        ),
        pytest.param(
            f"Cy Moss said: “{MOSS_WORDS}”",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="the whole name: his",
        ),
        pytest.param(
            f"“{LEE_WORDS}” Lee said.",
            Verdict.VERBATIM,
            {"QC206"},
            {"QC201", "QC205"},
            id="the mayor's own words: hers",
        ),
        pytest.param(
            f"“{MOSS_WORDS}” Lee said, quoting Moss.",
            None,
            {"QC205"},
            {"QC201"},
            id="the article says she read out his words: no accusation",
        ),
    ],
)
def test_written_source_credits(
    article: str, verdict: Verdict | None, present: set[str], absent: set[str]
) -> None:
    q = _first(article)
    codes = {f.code for f in q.findings}
    if verdict is not None:
        assert q.verdict is verdict, (q.verdict, [f.message for f in q.findings])
    else:
        assert q.verdict is not Verdict.MISATTRIBUTED, [f.message for f in q.findings]
    assert present <= codes, [f.message for f in q.findings]
    assert not absent & codes, [f.message for f in q.findings]


def test_misattribution_names_whom_the_release_credits() -> None:
    q = _first(f"Lee said: “{MOSS_WORDS}”")
    message = next(f.message for f in q.findings if f.code == "QC201")
    assert "Cy Moss" in message and "said Cy Moss" in message


def test_inferred_speaker_only_doubted() -> None:
    """A speaker the article only infers (a pronoun) is no explicit attribution: doubt, not
    an accusation (issue #16, rule 1)."""
    q = _first(f"She added: “{MOSS_WORDS}”")
    assert q.verdict is not Verdict.MISATTRIBUTED, [f.message for f in q.findings]


# A release and an article may spell one name two ways (review 21-3 F9): accents, the
# apostrophe's shape, a hyphen for a space, a title's or an initial's stop — the same person,
# second-hand (QC206), never misattributed.  Made up: the lido's keepers.
LIDO_RELEASE = """NEWS RELEASE, Port Wenlow town hall

Lido opens early

“The water is warm enough by the first of May,” said Inés Gómez, the lido keeper.

“Lifeguards start on the same day,” said Dr. Rory O'Dea, the lido doctor.

“The café opens at noon,” said Ann-Marie Holt, the café manager.

“Swimming lessons are free this year,” said Tomas K. Brandt, the swimming coach.
"""


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "Ines Gomez said: “The water is warm enough by the first of May.”", id="accents"
        ),
        pytest.param("Rory O’Dea said: “Lifeguards start on the same day.”", id="apostrophe"),
        pytest.param("Ann Marie Holt said: “The café opens at noon.”", id="hyphen"),
        pytest.param("Tomas Brandt said: “Swimming lessons are free this year.”", id="initial"),
    ],
)
def test_one_name_spelt_two_ways_is_one_person(article: str) -> None:
    src = quotecheck.make_source(LIDO_RELEASE, id="lido.txt")
    lede = "PORT WENLOW — The town hall said on Monday that the lido would open early.\n\n"
    quotes = [q for q in quotecheck.check_text(lede + article, sources=[src]).quotes]
    q = next(q for q in quotes if "Monday" not in q.text)
    assert q.verdict is not Verdict.MISATTRIBUTED, q.explanation
    assert "QC201" not in q.codes and "QC206" in q.codes, q.explanation


def test_must_stay_another_person_spelt_alike_is_misattributed() -> None:
    src = quotecheck.make_source(LIDO_RELEASE, id="lido.txt")
    article = (
        "PORT WENLOW — Mayor Ann Lee said on Monday that the lido would open early.\n\n"
        "Lee said: “Lifeguards start on the same day.”"
    )
    q = next(
        q for q in quotecheck.check_text(article, sources=[src]).quotes if "Monday" not in q.text
    )
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation
