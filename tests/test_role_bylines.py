"""A byline that names a post and not a person ("STATEMENT BY THE HARBOUR MASTER") gives no
speaker; a person named in a byline after it does (red team 17, F15)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.sources import infer_byline, make_source

_BODY = "\n\nThe east quay will reopen to fishing boats on Monday.\n"


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("STATEMENT BY THE HARBOUR MASTER", None),
        ("PRESS STATEMENT OF THE MAYOR", None),
        ("Statement by The Mayor", None),
        ("STATEMENT BY THE HARBOUR MASTER\nStatement by Tomas Wilde", "Tomas Wilde"),
        ("KELLAN — STATEMENT BY THE HARBOUR MASTER\nStatement by Tomas Wilde", "Tomas Wilde"),
        ("Statement by Tomas Wilde, harbour master", "Tomas Wilde"),
    ],
)
def test_a_post_is_no_byline_speaker(head: str, speaker: str | None) -> None:
    src = make_source(head + _BODY, id="s.txt")
    assert src.speaker == speaker


def test_the_person_after_a_post_keeps_the_title_line() -> None:
    head = "STATEMENT BY THE MAYOR\nStatement by Tomas Wilde, harbour master\n"
    found = infer_byline(head, 0, "en")
    assert found == ("Tomas Wilde", "harbour master")
