"""A role noun with an owner ("the mayor's spokesman", "her lawyer", "Fell's son") names
someone who speaks for or belongs to the owner: never the owner, nor whoever spoke or was
named last (issue #15: a spokesman's words credited to the mayor are a false attribution).
Only a person the article describes by that role is that speaker; else nobody."""

from __future__ import annotations

import pytest

from quotecheck.extract import extract_quotes


@pytest.mark.parametrize(
    "article",
    [
        "Ann Lee arrived at the depot late on Monday. "
        '"The line will reopen," her spokesman said.\n',
        'Mayor Ann Lee opened the session. "The budget holds," she said.\n\n'
        '"We will publish the figures," the mayor\'s spokesman said.\n',
        'Omar Fell spoke first. "The budget is too thin," Fell said.\n\n'
        '"He was tired," Fell\'s son said.\n',
    ],
)
def test_an_owned_role_is_not_the_owner(article: str) -> None:
    last = extract_quotes(article)[-1]
    assert last.attribution.mention is not None
    assert last.attribution.speaker is None


def test_an_owned_role_is_the_person_described_by_the_role() -> None:
    article = (
        'Spokesman Tom Reyes took questions. "The budget holds," he said.\n\n'
        'Mayor Ann Lee left early. "We will publish the figures," the mayor\'s spokesman '
        "said.\n"
    )
    last = extract_quotes(article)[-1]
    assert last.attribution.speaker == "Tom Reyes"


@pytest.mark.parametrize(
    "article",
    [
        # not the next person who speaks (most often the husband)
        "His sister said the boat had sunk at dawn: “He swam back to the pier alone.”\n\n"
        "Fisherman Piet Vos said: “We will raise the boat next week.”\n",
        # not the person the owner's words describe ("Warden Ilse Marr")
        "The warden's deputy said: “The park gates stay shut until the floods pass.”\n\n"
        "Warden Ilse Marr said: “We thank the volunteers for their patience.”\n",
    ],
)
def test_an_owned_role_at_an_opening_is_not_the_next_speaker(article: str) -> None:
    first = extract_quotes(article)[0]
    assert first.attribution.mention is not None
    assert first.attribution.speaker is None, first.attribution.speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # another owner's spokesman is not this owner's
        (
            "Bishop's spokesman Karel Dunn spoke after the service. "
            '"The roof fund is closed," Dunn said.\n\n'
            "Provost Ida Brandt thanked the choir. "
            '"The college will repair the chapel," the provost\'s spokesman said.\n',
            None,
        ),
        # the same owner's words: the spokesman the article named
        (
            "Bishop's spokesman Karel Dunn spoke after the service. "
            '"The roof fund is closed," Dunn said.\n\n'
            "Provost Ida Brandt thanked the choir. "
            '"The diocese will repair the chapel," the bishop\'s spokesman said.\n',
            "Karel Dunn",
        ),
        # one owner named two ways: by name, then by the role the article gives her
        (
            "Brandt's spokesman Karel Dunn spoke after the service. "
            '"The roof fund is closed," Dunn said.\n\n'
            "Provost Ida Brandt thanked the choir. "
            '"The college will repair the chapel," the provost\'s spokesman said.\n',
            "Karel Dunn",
        ),
    ],
)
def test_an_owned_role_described_with_its_owner(article: str, speaker: str | None) -> None:
    last = extract_quotes(article)[-1]
    assert last.attribution.mention is not None
    assert last.attribution.speaker == speaker
