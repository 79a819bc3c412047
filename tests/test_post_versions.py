"""An edited post saved with its earlier version (session 24, records item 4): a quote of
the earlier version is faithful to it, and its result says which version it matched; a
change of either version is still a change.  Sentences invented: a lake town's mayor."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.versions import post_versions
from quotecheck.models import Verdict

NOW = "The night bus to Eskholm runs on Saturdays from June. Fares stay at two crowns."
BEFORE = "The night bus to Eskholm runs on Fridays from June. Fares stay at two crowns."

LAYOUTS = [
    # a saved X post with its edit history under the post
    (
        f"Tova Rask (@TovaRaskMayor) · May 3, 2026\n{NOW}\nLast edited 11:02 AM · May 3, 2026\n\n"
        f"Edit history\n\nTova Rask (@TovaRaskMayor) · 9:40 AM · May 3, 2026\n{BEFORE}\n"
    ),
    # a copy that gives the original after the edited post
    f"Tova Rask, May 3, 2026 (edited)\n\n{NOW}\n\nOriginal post, 9:40 AM:\n\n{BEFORE}\n",
]


def _check(layout: str, sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Tova Rask\nkind: post\ndate: 2026-05-03\n---\n{layout}", id="post.md"
    )
    article = f"---\ndate: 2026-05-04\n---\n\nMayor Tova Rask posted about buses.\n\n{sentence}\n"
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    return q


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "quoted",
    [
        "The night bus to Eskholm runs on Fridays from June.",
        BEFORE,
    ],
)
def test_a_quote_of_the_earlier_version_is_faithful_and_says_so(layout: str, quoted: str) -> None:
    q = _check(layout, f"Rask wrote: “{quoted}”")
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not q.findings
    assert "earlier version" in q.explanation


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_quote_of_the_post_as_it_stands_says_so(layout: str) -> None:
    q = _check(layout, "Rask wrote: “The night bus to Eskholm runs on Saturdays from June.”")
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert "as it stands" in q.explanation


@pytest.mark.parametrize("layout", LAYOUTS)
def test_words_both_versions_share_say_no_version(layout: str) -> None:
    q = _check(layout, "Rask wrote: “Fares stay at two crowns.”")
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert "version" not in q.explanation and "edit" not in q.explanation


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "quoted",
    [
        # the earlier version with its fare changed
        "The night bus to Eskholm runs on Fridays from June. Fares stay at three crowns.",
        # a day neither version has
        "The night bus to Eskholm runs on Sundays from June.",
        # a negation added to the earlier version
        "The night bus to Eskholm never runs on Fridays from June.",
    ],
)
def test_a_change_of_either_version_is_still_altered(layout: str, quoted: str) -> None:
    q = _check(layout, f"Rask wrote: “{quoted}”")
    assert q.verdict is Verdict.ALTERED, q.explanation


def test_a_post_without_an_earlier_version_has_none() -> None:
    text = f"Tova Rask · May 3, 2026 · Edited\n{NOW}\n\nOriginally, the plan was for Fridays.\n"
    assert post_versions(text) == ()


def test_a_long_line_opening_with_a_head_s_words_is_the_post_s() -> None:
    text = (
        f"{NOW}\nOriginal post offices in Eskholm and the villages will stay open, "
        "every one of them, all through the summer.\n"
    )
    assert post_versions(text) == ()


# e71c587 read any short line opening with a head's words as a head (review 24-1 #7): a
# statement's sentence "Original version …" split it into a post and its "earlier version",
# and the explanation spoke of a post's edit.  After the head only a time stamp may follow.
@pytest.mark.parametrize(
    "line",
    [
        "Original version of the timetable dropped the late ferry.",
        "Earlier version drafts were shared with the unions.",
        "Previous version numbers are kept in the archive.",
        "Edit history matters less than the result.",
    ],
)
def test_a_sentence_opening_with_a_head_s_words_is_no_head(line: str) -> None:
    text = f"{NOW}\n\n{line}\n\nThe harbour office opens at eight.\n"
    assert post_versions(text) == ()


@pytest.mark.parametrize(
    "head",
    [
        "Original post, 4:15 p.m. Tuesday:",
        "Edit history · Jun 2, 2026",
        "Previous version (edited 10:02 UTC):",
        "Original tweet, June 2 at 9:40 AM",
        "Earlier version — Tuesday morning",
    ],
)
def test_a_head_with_a_time_stamp_still_heads_the_earlier_version(head: str) -> None:
    text = f"{NOW}\n\n{head}\n\n{BEFORE}\n"
    (now, before) = post_versions(text)
    assert not now.earlier and before.earlier and before.head == head


def test_a_statement_s_original_version_sentence_says_no_post() -> None:
    src = quotecheck.make_source(
        "---\nspeaker: Tova Rask\ndate: 2026-05-03\n---\n"
        "The harbour office opens at eight from Monday.\n\n"
        "Original version of the timetable dropped the late ferry.\n\n"
        "The late ferry now runs until midnight on Fridays.\n",
        id="statement.md",
    )
    article = (
        "---\ndate: 2026-05-04\n---\n\nMayor Tova Rask announced the timetable.\n\n"
        "“The late ferry now runs until midnight on Fridays,” Rask said.\n"
    )
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert "post" not in q.explanation and "edit" not in q.explanation, q.explanation


def test_a_changed_quote_under_a_stamped_head_is_still_altered() -> None:
    # the twin: an earlier version headed with a time stamp, changed, is still a change
    head = "Original post, 4:15 p.m. Tuesday:"
    layout = f"Tova Rask, May 3, 2026 (edited)\n\n{NOW}\n\n{head}\n\n{BEFORE}\n"
    q = _check(layout, "Rask wrote: “The night bus to Eskholm runs on Fridays from July.”")
    assert q.verdict is Verdict.ALTERED, q.explanation
    q = _check(layout, "Rask wrote: “The night bus to Eskholm runs on Fridays from June.”")
    assert q.verdict is Verdict.VERBATIM and "earlier version" in q.explanation, q.explanation
