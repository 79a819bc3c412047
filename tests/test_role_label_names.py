"""A transcript label of a role alone ("THE PRESIDENT:") names no one called "The": its
function words identify no one, its role words do, and messages show the whole label
(review1 item 3; sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.score.checks.speaker import _identifying_words

BRIEFING = (
    "THE PRESIDENT: The new bridge will span the river before the first snow.\n\n"
    "Q: When exactly?\n\n"
    "THE PRESIDENT: Soon.\n"
)
WORDS = "The new bridge will span the river before the first snow"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("THE PRESIDENT", ["President"]),
        ("THE MAYOR", ["Mayor"]),
        ("THE MAYOR OF THORNBURY", ["Thornbury"]),
        ("ANN LEE", ["Ann", "Lee"]),
        ("Senator Jan de Vries", ["Jan", "Vries"]),
    ],
)
def test_identifying_words_leave_out_function_words(name: str, words: list[str]) -> None:
    assert _identifying_words(name, get_language("en")) == words


def test_any_the_near_the_quote_does_not_name_the_role() -> None:
    article = f"The mayor, Ann Lee, spoke on Friday. “{WORDS},” Ann Lee said."
    src = quotecheck.make_source(BRIEFING, id="briefing.txt")
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == "misattributed"
    (finding,) = [f for f in q.findings if f.code == "QC201"]
    assert "in the source The President says them" in finding.message
    assert "The's" not in finding.message


def test_role_named_next_to_the_quote_is_no_accusation() -> None:
    article = f"Ann Lee spoke on Friday. The President was in town. “{WORDS},” she said."
    src = quotecheck.make_source(BRIEFING, id="briefing.txt")
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value != "misattributed"
    # The President's words: re-read by the checker (QC204) or, since aa5b4ae (a pronoun after a
    # sentence whose subject is a definite role noun is that role), resolved so by the extractor.
    assert "QC204" in q.codes or q.speaker == "THE PRESIDENT"
    for finding in (f for f in q.findings if f.code == "QC204"):
        assert "taken as The President's" in finding.message
        assert "The's" not in finding.message
