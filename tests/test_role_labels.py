"""A transcript turn labelled by role ("THE CHAIR:", "MODERATOR:") is the person the article
names in that role ("Chair Ines Dalton … Dalton said"): not a misattribution (red team 16,
F26).  A role held by no one the article names, or by several, links no one."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import KnownSpeaker
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.extract.stage import role_holders
from quotecheck.inputs.labels import label_role
from quotecheck.lang import get_language
from quotecheck.models import Verdict


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("THE CHAIR", "chair"),
        ("THE CLERK", "clerk"),
        ("MODERATOR", "moderator"),
        ("The Mayor", "mayor"),
        ("CHAIR DALTON", ""),  # a name with a title: a person
        ("INES DALTON", ""),
        ("Q", ""),
    ],
)
def test_a_label_of_role_words_names_a_role(label: str, role: str) -> None:
    assert label_role(label, "en") == role


def _registry(named: list[tuple[str, set[str]]]) -> SpeakerRegistry:
    registry = SpeakerRegistry()
    registry.add_external("THE CHAIR", title="chair")
    for name, descriptors in named:
        registry.add(name, descriptors)
    return registry


LABEL = [KnownSpeaker("THE CHAIR", title="chair", role="chair")]


@pytest.mark.parametrize(
    ("named", "holder"),
    [
        ([("Ines Dalton", {"chair"})], "Ines Dalton"),
        ([("Ines Dalton", {"chair"}), ("Omar Fell", {"treasurer"})], "Ines Dalton"),
        ([("Omar Fell", {"treasurer"})], None),  # no one named as chair
        ([("Ines Dalton", {"chair"}), ("Omar Fell", {"chair"})], None),  # two chairs
        ([("Ines Dalton", {"former", "chair"})], None),  # once the chair, not now
        ([("Ines Dalton", {"vice", "chair"})], None),
        ([("Ines Dalton", {"ex", "chair"})], None),
        ([("Ines Dalton", {"deputy", "chair"}), ("Omar Fell", {"chair"})], "Omar Fell"),
    ],
)
def test_the_one_named_holder_of_the_role_is_the_label(
    named: list[tuple[str, set[str]]], holder: str | None
) -> None:
    modifiers = get_language("en").role_modifiers
    assert role_holders(_registry(named), LABEL, modifiers).get("THE CHAIR") == holder


HEARING = """THE CLERK: The committee is in session.

THE CHAIR: The canal locks will reopen in March, and the towpath stays closed until then.

MR FELL: May I ask about the budget?

THE CHAIR: The budget is unchanged.
"""


def _verdict(article: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(HEARING, id="hearing.txt", kind="transcript")
    report = quotecheck.check_text(
        article, sources=[source], settings=quotecheck.api.Settings(time_budget=0)
    )
    return report.quotes[0]


def test_the_named_chair_speaks_in_the_chairs_turn() -> None:
    q = _verdict(
        "Committee chair Ines Dalton opened the canal hearing on Monday.\n\n"
        '"The canal locks will reopen in March, and the towpath stays closed until then," '
        "Dalton said."
    )
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not [f for f in q.findings if f.code in ("QC201", "QC205")]


def test_the_clerks_words_are_not_the_named_chairs() -> None:
    q = _verdict(
        "Committee chair Ines Dalton opened the canal hearing on Monday.\n\n"
        '"The committee is in session," Dalton said.'
    )
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation


@pytest.mark.parametrize(
    "described",
    [
        "Former committee chair Ines Dalton",
        "Vice chair Ines Dalton",
        "Committee vice-chair Ines Dalton",
        "Acting chair Ines Dalton",
        "Ex-chair Ines Dalton",
    ],
)
def test_a_chair_with_a_modifier_is_not_the_chair_label(described: str) -> None:
    q = _verdict(
        f"{described} sat in the public gallery of the canal hearing on Monday.\n\n"
        '"The canal locks will reopen in March, and the towpath stays closed until then," '
        "Dalton said."
    )
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation
