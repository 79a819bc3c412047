"""A programme's title-cased "Item  10:15" lines are no Otter.ai speaker headers: such headers
are speakers only when a name heads two or more of them (review 17-3, 41fd374)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.sources import make_source


def _front(kind: str | None) -> str:
    lines = ["---", "speaker: Odile Varga"] + ([f"kind: {kind}"] if kind else []) + ["---", ""]
    return "\n".join(lines)


def _turns(src: object) -> list[str | None]:
    return [t.speaker for t in src.turns if not t.quoted]  # type: ignore[attr-defined]


_PROGRAMME = (
    "Morning Concert 10:15\n"
    "Welcome to the square. The band has played here for forty summers.\n\n"
    "Lantern Walk 19:45\n"
    "The walk starts at the bridge and ends at the chapel.\n\n"
    "Midnight Bells 23:59\n"
    "The bells were recast with money from the parish.\n"
)


@pytest.mark.parametrize("kind", [None, "speech", "transcript"])
def test_a_title_cased_programme_has_no_speakers(kind: str | None) -> None:
    src = make_source(_front(kind) + _PROGRAMME, id="p.md")
    assert _turns(src) == []


def test_otter_headers_of_one_exchange_are_speakers() -> None:
    text = (
        "Odile Varga  0:02\nThe reserve pays.\n\n"
        "Mark Dunne  0:09\nIt does not.\n\n"
        "Odile Varga  0:15\nIt does.\n"
    )
    src = make_source(text, id="o.txt")
    assert _turns(src) == ["Odile Varga", "Mark Dunne", "Odile Varga"]
