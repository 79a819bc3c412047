"""A statement's topic heads ("Parks: …", "Roads: …") are no speaker turns unless the source
is declared a transcript; labels that name people still are (review 17-3, 49a08da)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.places import Extracted
from quotecheck.inputs.sources import make_source, source_from_extracted

_TOPICS = (
    "Budget statement by Councillor Odile Varga\n\n"
    "Parks: Every park in the borough will keep its keeper.\n\n"
    "Libraries: The central library will open on Sundays from May.\n\n"
    "Roads: We will fill the potholes on the coast road this winter.\n"
)


def _front(kind: str | None) -> str:
    lines = ["---", "speaker: Odile Varga"] + ([f"kind: {kind}"] if kind else []) + ["---", ""]
    return "\n".join(lines)


def _turns(src: object) -> list[str | None]:
    return [t.speaker for t in src.turns if not t.quoted]  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", [None, "statement", "speech", "document"])
def test_topic_heads_are_no_turns(kind: str | None) -> None:
    src = make_source(_front(kind) + _TOPICS, id="s.md")
    assert _turns(src) == []
    assert src.speaker == "Odile Varga"


@pytest.mark.parametrize("fmt", ["web", "pdf"])
def test_topic_heads_of_a_web_page_are_no_turns(fmt: str) -> None:
    src = source_from_extracted(Extracted(text=_TOPICS, places=(), format=fmt), id="p")
    assert _turns(src) == []
    assert src.speaker is not None and src.speaker.endswith("Odile Varga")


def test_declared_transcript_still_reads_topic_like_labels() -> None:
    src = make_source(_front("transcript") + _TOPICS, id="s.md")
    assert _turns(src) == [
        "Parks",
        "Libraries",
        "Roads",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # the source's own speaker among the labels
        "DUNNE: Where is the money?\n\nVARGA: In the reserve.\n\nPRICE: Which reserve?\n",
        # a first name
        "Odile Varga: The reserve pays.\n\nMark Dunne: It does not.\n\nLena Price: Prove it.\n",
        # a post
        "THE CHAIR: Order.\n\nVARGOS: The reserve pays.\n\nDUNNE: It does not.\n",
    ],
    ids=["own-speaker", "first-names", "post"],
)
@pytest.mark.parametrize("kind", [None, "statement"])
def test_labels_naming_people_still_make_turns(body: str, kind: str | None) -> None:
    src = make_source(_front(kind) + body, id="s.md")
    assert len(_turns(src)) == 3
